"""Writing a built graph in other formats: RDF serializations, GraphML, GEXF and CSV.

The RDF formats (Turtle, TriG, N-Quads, JSON-LD) are rdflib serializations of
``graph.nt``; TriG and N-Quads put the triples in the named graph :data:`GRAPH_IRI`.
GraphML, GEXF and CSV are made from :func:`network`, a NetworkX graph derived from
the RDF with :func:`csto_graph.views.network.overview`: people, organizations and events as
nodes; person-event (``attended``, with the role), person-organization (``post``,
with the titles) and body-event (``organized``) edges.
"""
from __future__ import annotations

import csv
import os
import sys
import tempfile
from pathlib import Path

from ..errors import CstoGraphError
from ..graph.rdf import ID, PREFIXES
from ..graph.store import load_graph

GRAPH_IRI = ID["graph"]
RDF_FORMATS = {"turtle": ("turtle", "ttl"), "trig": ("trig", "trig"),
               "nquads": ("nquads", "nq"), "jsonld": ("json-ld", "jsonld")}
NETWORK_FORMATS = {"graphml": "graphml", "gexf": "gexf"}
FORMATS = (*RDF_FORMATS, *NETWORK_FORMATS, "csv")
NODE_COLUMNS = ("id", "label", "category", "type", "date", "place")
EDGE_COLUMNS = ("source", "target", "kind", "label", "first", "last")


class ExportError(CstoGraphError):
    """The export format is unknown or the destination cannot be written."""


def export(out: str | os.PathLike, fmt: str, dest: str | os.PathLike | None = None) -> Path:
    """Write the graph built in ``out`` as ``fmt`` to ``dest``.

    Parameters
    ----------
    out : str or path
        A built folder.
    fmt : str
        One of :data:`FORMATS`: turtle, trig, nquads, jsonld, graphml, gexf, csv.
    dest : str or path, optional
        The file to write (for csv: the folder that gets ``nodes.csv`` and
        ``edges.csv``; ``-``: standard output). Default: ``out/export/graph.<ext>``
        (``out/export/csv``).

    Returns
    -------
    Path
        Where the export was written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} ({', '.join(FORMATS)})")
    graph = load_graph(out)
    ext = RDF_FORMATS[fmt][1] if fmt in RDF_FORMATS else NETWORK_FORMATS.get(fmt)
    if str(dest) == "-":
        if fmt == "csv":
            raise ExportError("csv writes two tables (nodes.csv, edges.csv): give a folder, not -")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"graph.{ext}"
            export(out, fmt, path)
            sys.stdout.buffer.write(path.read_bytes())
            sys.stdout.flush()
        return Path("-")
    dest = Path(dest) if dest else Path(out) / "export" / (f"graph.{ext}" if ext else "csv")
    try:
        if fmt in RDF_FORMATS:
            _write_file(dest, lambda path: write_rdf(graph, fmt, path))
        elif fmt == "csv":
            write_csv(network(graph), dest)
        else:
            _write_file(dest, lambda path: write_network(network(graph), fmt, path))
    except OSError as exc:
        raise ExportError(f"cannot write {dest}: {exc.strerror or exc}") from None
    return dest


def _write_file(dest: Path, write) -> None:
    """Let ``write(path)`` fill a temporary file, then move it to ``dest``."""
    if dest.is_dir():
        raise ExportError(f"--out {dest} is a folder; give a file name")
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o666 & ~_umask())  # the mode any new file gets, not mkstemp's 0600
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_rdf(graph, fmt: str, path: Path) -> None:
    """Serialize an rdflib graph as turtle, trig, nquads or jsonld (quads in :data:`GRAPH_IRI`)."""
    from rdflib import Dataset

    rdflib_format = RDF_FORMATS[fmt][0]
    if fmt in ("trig", "nquads"):
        data = Dataset()
        named = data.graph(GRAPH_IRI)
        for triple in graph:
            named.add(triple)
        target = data
    else:
        target = graph
    for prefix, namespace in PREFIXES.items():
        target.bind(prefix, namespace, replace=True)
    options = {"context": {p: str(ns) for p, ns in PREFIXES.items()}, "auto_compact": True} \
        if fmt == "jsonld" else {}
    target.serialize(destination=str(path), format=rdflib_format, encoding="utf-8", **options)


def network(graph):
    """The graph as NetworkX: people, organizations and events, with flat attributes.

    Every node has ``label``, ``category`` (person, organization or event) and ``type``
    (``person``, the organization kind, or the event type); events have ``date`` and
    ``place``. Every edge has ``kind`` (attended, post, organized), ``label`` (the
    role, the post titles joined with ``|``, or ``organizer``) and ``first``/``last``
    dates. All attribute values are strings, as GraphML, GEXF and CSV want them.

    Examples
    --------
    >>> from csto_graph.views.network import example_graph
    >>> G = network(example_graph())
    >>> G.nodes["urn:b"]["category"], G.edges["urn:b", "urn:csc"]["label"]
    ('person', 'Secretary General')
    >>> sorted(kind for _, _, kind in G.edges(data="kind"))
    ['attended', 'attended', 'attended', 'attended', 'organized', 'post']
    """
    import networkx as nx

    from .network import overview

    full = overview(graph)
    G = nx.Graph()
    for node, data in sorted(full.nodes(data=True)):
        if data.get("type") == "person":
            category, kind = "person", "person"
        elif data.get("type") == "event":
            category, kind = "event", data.get("event_type") or "event"
        else:
            category, kind = "organization", data.get("type") or "other"
        G.add_node(node, **_strings(label=data.get("label"), category=category, type=kind,
                                    date=data.get("date"), place=data.get("place")))
    for a, b, data in sorted(full.edges(data=True), key=lambda e: (e[0], e[1])):
        kind = data.get("kind")
        if kind == "attended":
            date = full.nodes[b if full.nodes[b].get("type") == "event" else a].get("date")
            attrs = _strings(kind=kind, label=data.get("role"), first=date, last=date)
        elif kind == "organized":
            attrs = _strings(kind=kind, label="organizer", first=data.get("date"), last=data.get("date"))
        elif kind == "post":
            posts = data.get("posts", [])
            firsts = sorted(p["first"] for p in posts if p.get("first"))
            lasts = sorted(p["last"] for p in posts if p.get("last"))
            attrs = _strings(kind=kind, label="|".join(sorted({p["title"] for p in posts})),
                             first=firsts[0] if firsts else None, last=lasts[-1] if lasts else None)
        else:  # "met" edges are implied by shared events; left out of the export
            continue
        G.add_edge(a, b, **attrs)
    return G


def _strings(**attrs) -> dict[str, str]:
    """Attributes without empty values, as strings."""
    return {k: str(v) for k, v in attrs.items() if v not in (None, "")}


def write_network(G, fmt: str, path: Path) -> None:
    """Write a NetworkX graph as GraphML or GEXF."""
    import networkx as nx

    if fmt == "graphml":
        nx.write_graphml(G, path, encoding="utf-8")
    else:
        nx.write_gexf(G, path, encoding="utf-8")


def write_csv(G, folder: Path) -> None:
    """Write ``nodes.csv`` and ``edges.csv`` (UTF-8, header row) into ``folder``.

    Edges go from person to organization or event, and from organization to event.
    """
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"--out {folder} exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    rank = {"person": 0, "organization": 1, "event": 2}
    nodes = [{"id": n, **d} for n, d in G.nodes(data=True)]
    edges = []
    for a, b, data in G.edges(data=True):  # person -> organization -> event
        if rank.get(G.nodes[a].get("category"), 3) > rank.get(G.nodes[b].get("category"), 3):
            a, b = b, a
        edges.append({"source": a, "target": b, **data})
    for name, columns, rows in (("nodes.csv", NODE_COLUMNS, nodes), ("edges.csv", EDGE_COLUMNS, edges)):
        with open(folder / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, columns, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
