"""Writing a built graph in other formats: RDF serializations, GraphML, GEXF and CSV.

The RDF formats (Turtle, TriG, N-Quads, JSON-LD) are rdflib serializations of
``graph.nt``; TriG and N-Quads put the triples in the named graph :data:`GRAPH_IRI`.
GraphML, GEXF and CSV are made from :func:`network`, a NetworkX graph derived from
the RDF with :func:`csto_graph.views.network.overview`: people, organizations and events as
nodes; person-event (``attended``, with the role), person-organization (``post``,
with the titles) and body-event (``organized``) edges. With ``network="people"`` they are
made from :func:`people_network` instead: people only, an edge for two people who took
part in one event, weighted by the number of such events, with its first and last date.

GEXF is written dynamic (GEXF 1.2, ``mode="dynamic"``, ``timeformat="date"``): every
dated node and edge has ``start`` and ``end`` (a partial date spans its month or year),
and an edge of the people network has one spell per shared event, so that Gephi's
timeline plays the graph.
"""
from __future__ import annotations

import calendar
import csv
import os
import sys
import tempfile
from pathlib import Path

from ..errors import CstoGraphError
from ..graph.rdf import ID, PREFIXES
from ..graph.store import load_graph
from ..files import write_atomically

GRAPH_IRI = ID["graph"]
RDF_FORMATS = {"turtle": ("turtle", "ttl"), "trig": ("trig", "trig"),
               "nquads": ("nquads", "nq"), "jsonld": ("json-ld", "jsonld")}
NETWORK_FORMATS = {"graphml": "graphml", "gexf": "gexf"}
FORMATS = (*RDF_FORMATS, *NETWORK_FORMATS, "csv")
NODE_COLUMNS = ("id", "label", "category", "type", "date", "place")
EDGE_COLUMNS = ("source", "target", "kind", "label", "first", "last", "weight")
NETWORKS = ("all", "people")


class ExportError(CstoGraphError):
    """The export format is unknown or the destination cannot be written."""


def export(out: str | os.PathLike, fmt: str, dest: str | os.PathLike | None = None,
           network_kind: str = "all") -> Path:
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
        (``out/export/csv``), ``people.<ext>`` for the people network.
    network_kind : str
        For graphml, gexf and csv: ``all`` (people, bodies and events) or ``people``
        (the weighted person-person network, :func:`people_network`).

    Returns
    -------
    Path
        Where the export was written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} ({', '.join(FORMATS)})")
    if network_kind not in NETWORKS:
        raise ExportError(f"unknown network {network_kind!r} ({', '.join(NETWORKS)})")
    if fmt in RDF_FORMATS and network_kind != "all":
        raise ExportError(f"--network {network_kind} is for graphml, gexf and csv; {fmt} writes the whole RDF graph")
    graph = load_graph(out)
    ext = RDF_FORMATS[fmt][1] if fmt in RDF_FORMATS else NETWORK_FORMATS.get(fmt)
    stem = "people" if network_kind == "people" else "graph"
    if str(dest) == "-":
        if fmt == "csv":
            raise ExportError("csv writes two tables (nodes.csv, edges.csv): give a folder, not -")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"graph.{ext}"
            export(out, fmt, path, network_kind)
            sys.stdout.buffer.write(path.read_bytes())
            sys.stdout.flush()
        return Path("-")
    dest = Path(dest) if dest else Path(out) / "export" / (f"{stem}.{ext}" if ext else f"{stem}-csv" if
                                                          network_kind == "people" else "csv")
    make = people_network if network_kind == "people" else network
    try:
        if fmt in RDF_FORMATS:
            _write_file(dest, lambda path: write_rdf(graph, fmt, path))
        elif fmt == "csv":
            write_csv(make(graph), dest)
        else:
            _write_file(dest, lambda path: write_network(make(graph), fmt, path))
    except OSError as exc:
        raise ExportError(f"cannot write {dest}: {exc.strerror or exc}") from None
    return dest


def _write_file(dest: Path, write) -> None:
    """Let ``write(path)`` fill a temporary file, then move it to ``dest``."""
    if dest.is_dir():
        raise ExportError(f"--out {dest} is a folder; give a file name")
    dest.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(dest, write)



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


def people_network(graph):
    """The person-person network: an edge for two people who took part in one event.

    Nodes have ``label``, ``category`` and ``type`` (``person``); edges have ``kind``
    (``met``), ``weight`` (the number of shared events, an int), ``first`` and ``last``
    (dates) and ``dates`` (one per shared dated event, for the spells of GEXF).

    Examples
    --------
    >>> from csto_graph.views.network import example_graph
    >>> edge = people_network(example_graph()).edges["urn:a", "urn:b"]
    >>> edge["weight"], edge["first"], edge["last"], edge["dates"]
    (2, '2021-12-08', '2022-03', ('2021-12-08', '2022-03'))
    """
    import networkx as nx

    from .network import coattendance, read_facts

    facts = read_facts(graph)
    met = coattendance(graph, facts=facts)
    G = nx.Graph()
    for node, data in sorted(met.nodes(data=True)):
        G.add_node(node, **_strings(label=data.get("label"), category="person", type="person"))
    for a, b, data in sorted(met.edges(data=True), key=lambda e: (e[0], e[1])):
        dates = tuple(sorted(d for d in (facts.events[e]["date"] for e in data["events"]) if d))
        G.add_edge(a, b, kind="met", weight=int(data["weight"]), dates=dates,
                   **_strings(label=f"{data['weight']} shared event{'s' * (data['weight'] != 1)}",
                              first=data.get("first"), last=data.get("last")))
    return G


def period(date: str) -> tuple[str, str]:
    """The first and last day of an ISO date, month or year.

    >>> period("2024"), period("2024-02"), period("2024-02-05")
    (('2024-01-01', '2024-12-31'), ('2024-02-01', '2024-02-29'), ('2024-02-05', '2024-02-05'))
    """
    parts = date.split("-")
    if len(parts) == 1:
        return f"{date}-01-01", f"{date}-12-31"
    if len(parts) == 2:
        days = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{date}-01", f"{date}-{days:02d}"
    return date, date


def dynamic(G):
    """A copy of ``G`` with GEXF's ``start``/``end`` on every dated node and edge.

    An edge's span runs from the first day of its ``first`` date to the last day of its
    ``last`` (an event's: of its ``date``); a node's from its first to its last (an event's
    own date, else those of its edges). An edge with ``dates`` (the people network) gets
    one spell per date instead.
    """
    H = G.copy()
    spans: dict = {}
    for a, b, data in H.edges(data=True):
        dates = data.pop("dates", None)
        first, last = data.get("first"), data.get("last")
        if dates:
            data["spells"] = sorted(set(map(period, dates)))
            first, last = dates[0], dates[-1]
        elif first or last:
            data["start"], data["end"] = period(first or last)[0], period(last or first)[1]
        if first or last:
            for node in (a, b):
                lo, hi = spans.get(node, (None, None))
                start, end = period(first or last)[0], period(last or first)[1]
                spans[node] = (min(filter(None, (lo, start))), max(filter(None, (hi, end))))
    for node, data in H.nodes(data=True):
        if data.get("category") == "event" and data.get("date"):
            data["start"], data["end"] = period(data["date"])[0], period(data.get("end_date") or data["date"])[1]
        elif node in spans:
            data["start"], data["end"] = spans[node]
    return H


def _strings(**attrs) -> dict[str, str]:
    """Attributes without empty values, as strings."""
    return {k: str(v) for k, v in attrs.items() if v not in (None, "")}


def write_network(G, fmt: str, path: Path) -> None:
    """Write a NetworkX graph as GraphML or GEXF."""
    import networkx as nx

    if fmt == "graphml":
        H = G.copy()
        for _, _, data in H.edges(data=True):
            data.pop("dates", None)  # GraphML has no lists; first, last and weight stay
        nx.write_graphml(H, path, encoding="utf-8")
    else:
        nx.write_gexf(dynamic(G), path, encoding="utf-8", version="1.2draft")


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
