"""The HTML pages of a built graph: an interactive network and a timeline of posts and events.

Each page is one offline file. vis-network is inlined from the copy shipped inside the
pyvis package; the data is embedded as JSON escaped for ``<script>``; the page's scripts
show every name and sentence with ``textContent`` (never as HTML); and a
Content-Security-Policy allows only the page's own scripts (by hash) and no network.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from importlib.resources import files
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import PROV

from ..files import write_text_atomically
from ..graph.rdf import CSTO, SCHEMA
from ..graph.resolve import NameIndex
from .network import ViewError, find_person, overview, read_facts, tenure_spans

PHYSICS_MAX = 300  # nodes: above this, physics is off and the precomputed layout is final
BIG = 1500  # nodes: above this, edges are straight and hidden while dragging or zooming
EXACT_MAX = 200  # component size: above this, the layout samples repulsion
UNIT = 60  # pixels per unit of layout length (at least)
GAP = 40  # pixels from a node to its nearest neighbour (median)
STYLE = {  # display group -> shape, colour, legend
    "person": ("dot", "#4e79a7", "person"), "body": ("square", "#f28e2b", "body"),
    "organization": ("hexagon", "#e15759", "organization"), "state": ("triangle", "#59a14f", "state"),
    "event": ("diamond", "#c9a100", "event")}
EDGE_STYLE = {"met": "#4e5d6c", "attended": "#b8c2cc", "post": "#59a14f", "organized": "#f5b77a"}
CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src {hashes}; "
       "connect-src 'none'; form-action 'none'; base-uri 'none'")
INFERRED = " (inferred from a title, by the date)"
_SCRIPT = re.compile(r"<script>([\s\S]*?)</script>")


def json_for_script(data) -> str:
    """JSON that can sit inside ``<script>``: ``<``, ``>``, ``&``, U+2028/9 are escaped.

    >>> json_for_script({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _vis_asset(name: str) -> str:
    text = (files("pyvis") / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")
    return re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE)


def _page(template: str, title: str, data: dict, path) -> Path:
    """Fill a template from ``csto_graph/templates``, add the CSP, write it to ``path``."""
    text = (files("csto_graph.views") / "templates" / template).read_text(encoding="utf-8")
    if "@@SEARCH_JS@@" in text:
        text = text.replace("@@SEARCH_JS@@", (files("csto_graph.views") / "templates" / "search.js")
                            .read_text(encoding="utf-8"))
    if "@@VIS_JS@@" in text:
        text = text.replace("@@VIS_JS@@", _vis_asset("vis-network.min.js"))
        text = text.replace("@@VIS_CSS@@", _vis_asset("vis-network.css"))
    # hash the trusted scripts only, before any text from the graph is put in the page
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
                      for s in _SCRIPT.findall(text))
    parts = {"TITLE": html.escape(title), "DATA": json_for_script(data)}
    text = re.sub(r"@@(TITLE|DATA)@@", lambda m: parts[m.group(1)], text)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{CSP.format(hashes=hashes)}">'
    text = text.replace("<head>", "<head>\n" + meta, 1)
    path = Path(path)
    write_text_atomically(path, text)  # an open page, or one a browser is reading, is never half written
    return path


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    return first if not last or last == first else f"{first} – {last}"


def _post_line(post: dict) -> str:
    org = f", {post['org_label']}" if post.get("org_label") else ""
    return f"{post['title']}{org} ({_span(post['first'], post['last'])})"


def _node_title(data: dict, degree: int) -> str:
    kind = data["type"]
    if kind == "person":
        return "\n".join([data["label"]] + [_post_line(p) for p in data["posts"]])
    if kind == "event":
        facts = [data["event_type"], data["date"] or "undated", data["place"]]
        return f"{data['label']}\n{' · '.join(f for f in facts if f)}\n{degree} connection{'s' * (degree != 1)}"
    return f"{data['label']}\n{kind}"


def _edge(G, a: str, b: str, data: dict) -> dict:
    kind, label = data["kind"], (G.nodes[a]["label"], G.nodes[b]["label"])
    edge = {"kind": kind, "width": 1, "inferred": False}
    if kind == "met":
        dates = [G.nodes[e]["date"] if e in G else None for e in data["events"]]
        inferred = set(data.get("inferred", ()))
        edge.update(width=_met_width(data["weight"]), dates=dates, inferred=bool(inferred) and
                    inferred >= set(data["events"]),  # dashed when every meeting rests on an inference
                    meetings=[[d or "undated", (G.nodes[e]["label"] if e in G else e) + (INFERRED if e in inferred else "")]
                              for d, e in zip(dates, data["events"])],
                    title=f"{label[0]} – {label[1]}\n{data['weight']} meeting(s): "
                          + ", ".join(sorted(d or "undated" for d in dates)[:12]) + (" …" if len(dates) > 12 else "")
                          + (f"\n{len(inferred)} of them inferred: one of the two is named there only by a title, "
                             "resolved by the date" if inferred else ""))
    elif kind == "post":
        edge.update(first=min((p["first"] for p in data["posts"] if p["first"]), default=None),
                    last=max((p["last"] for p in data["posts"] if p["last"]), default=None),
                    title="\n".join(f"{label[0]}: {_post_line(p)}" for p in data["posts"]))
    elif kind == "attended":
        person, event = (a, b) if G.nodes[a]["type"] == "person" else (b, a)
        edge["title"] = f"{G.nodes[person]['label']} at {G.nodes[event]['label']}: {', '.join(data['roles'])}"
        if data.get("inferred"):
            edge.update(inferred=True, title=edge["title"] + f"\ninferred: named only by a title, the holder of "
                                                              f"{data.get('tenure') or 'the post'} on that date")
    else:
        edge["title"] = f"{label[0]} – {label[1]}: organizer"
    return edge


def _met_width(weight: int) -> float:
    return round(min(10.0, 1 + 2 * math.log2(weight)), 2)


def _evidence(graph: Graph, iri: str) -> dict:
    from rdflib import URIRef

    def text(node, prop) -> str:
        value = None if node is None else graph.value(node, prop)
        return "" if value is None else str(value)

    node = URIRef(iri)
    article = graph.value(node, PROV.wasQuotedFrom)
    return {"s": text(node, CSTO.sentence), "f": text(node, CSTO.sourceFile),
            "o": f"{text(node, CSTO.charStart)}-{text(node, CSTO.charEnd)}",
            "a": text(article, SCHEMA.headline), "d": text(article, SCHEMA.datePublished)}


def _place_names(graph: Graph, event: str) -> list[str]:
    """Every name of the place an event was held in (its label and aliases, any script), for
    the page's search by place; empty when no place is known."""
    from rdflib import RDFS

    place = graph.value(URIRef(event), SCHEMA.location)
    if place is None:
        return []
    return sorted({str(v) for prop in (SCHEMA.name, RDFS.label, SCHEMA.alternateName) for v in graph.objects(place, prop)})


# Characters the page's search folds to ASCII as the resolver does (anyascii): Latin-1 and
# Latin Extended, Cyrillic, general punctuation; and any other character of a name shipped.
TRANSLIT_RANGES = ((0x00A0, 0x024F), (0x0400, 0x052F), (0x2000, 0x206F))
CYRILLIC = re.compile("[\u0400-\u052f]")


def search_data(index, ids: dict[str, object]) -> dict:
    """What a page's search box matches on: each node's resolver keys and the rules to
    compute a typed name's keys in JavaScript (``templates/search.js``).

    ``ids`` maps the IRIs shown to their ids in the page; only people and bodies have keys.
    """
    from anyascii import anyascii

    from ..graph.resolve import TIERS
    from ..link.matching import SPELLING_PAIRS
    from ..vocab.words import words

    keys = {str(i): index.keys_of(iri) for iri, i in ids.items()
            if iri in index.entries and index.entries[iri].kind != "post"}
    chars = {chr(c) for lo, hi in TRANSLIT_RANGES for c in range(lo, hi + 1)}
    chars |= {ch for iri in ids if iri in index.entries for n in index.entries[iri].names for ch in n if ord(ch) >= 128}
    return {"keys": keys, "tiers": list(TIERS), "pairs": [list(p) for p in SPELLING_PAIRS],
            "particles": sorted(words().surname_particles),
            "translit": {ch: anyascii(ch) for ch in sorted(chars)}}


def other_script_name(index, iri: str) -> str | None:
    """The Cyrillic name shown beside a node's canonical name (None if that is Cyrillic, or
    the node has none).

    For a person, the one written most as a full name (:func:`_full_name_rank`): the
    canonical name's own Cyrillic spelling, then a name in capitals and words over one with
    initials or a word glued to an initial; "А. И.петров" is shown only when no other
    form is there. A body's first Cyrillic name in sort order.
    """
    entry = index.entries.get(iri)
    if entry is None or CYRILLIC.search(entry.label):
        return None
    forms = [n for n in entry.names if CYRILLIC.search(n)]
    if entry.kind == "person" and forms:
        return min(forms, key=lambda n: _full_name_rank(n, entry.label))
    return forms[0] if forms else None


_INITIAL = re.compile(r"^\w{1,2}\.")


def _full_name_rank(name: str, label: str) -> tuple:
    """How far a Cyrillic name is from a full name written out (lower first): not the
    canonical name transliterated, words with initials, words not starting with a
    capital, fewer words; then the name itself (a stable tie-break)."""
    from ..graph.resolve import spelling

    words = name.split()
    return (spelling(name) != spelling(label), sum(bool(_INITIAL.match(w)) or "." in w for w in words),
            sum(not w[:1].isupper() or any(p[:1].islower() for p in w.split("-")) for w in words),
            -len(words), name)


def graph_page_data(graph: Graph, *, person: str | None = None, depth: int = 2,
                    since: str | None = None, until: str | None = None, inferred: bool = True) -> dict:
    """What the graph page embeds: nodes (with layout), edges, evidence sentences, options.

    An edge that rests on a participation inferred from a bare title has ``inferred``
    True (the page draws it dashed) and says so in its ``title``; ``inferred=False``
    leaves those participations out."""
    import networkx as nx

    G = overview(graph, since=since, until=until, inferred=inferred)
    center = None
    if person is not None:
        center = find_person(graph, person)  # the resolver: any case, alias, script or spelling
        if center not in G:  # named as a person knows them, not by the IRI the name was resolved to
            shown = graph.value(URIRef(center), SCHEMA.name) or person
            raise ViewError(f"{str(shown)!r} has no meeting or post between {since or '…'} and {until or '…'}")
        G = nx.ego_graph(G, center, radius=depth)
    order = sorted(G)
    index = {iri: i for i, iri in enumerate(order)}
    pos = layout(G, order)
    evidence = sorted({e for n in order for e in G.nodes[n].get("evidence", ())})
    ev_index = {e: i for i, e in enumerate(evidence)}
    names = NameIndex.from_graph(graph)
    nodes = []
    for i, iri in enumerate(order):
        data, degree = G.nodes[iri], G.degree(iri)
        group = data["type"] if data["type"] in STYLE else "organization"
        alt = other_script_name(names, iri)
        title = _node_title(data, degree)
        nodes.append({"id": i, "iri": iri, "label": data["label"], "group": group, "kind": data["type"],
                      "x": pos[i][0], "y": pos[i][1], "size": round(min(40.0, 8 + 3 * math.sqrt(degree)), 1),
                      "title": title.replace(data["label"], f"{data['label']} ({alt})", 1) if alt else title,
                      "date": data.get("date"), "alt": alt, "place": data.get("place"),
                      "places": _place_names(graph, iri) if data["type"] == "event" else [],
                      "ev": [ev_index[e] for e in data.get("evidence", ())]})
    edges = [{"id": i, "from": index[a], "to": index[b], **_edge(G, a, b, d)}
             for i, (a, b, d) in enumerate(sorted(G.edges(data=True), key=lambda e: (index[e[0]], index[e[1]])))]
    return {"nodes": nodes, "edges": edges, "evidence": [_evidence(graph, e) for e in evidence],
            "center": None if center is None else index[center], "physics": len(nodes) <= PHYSICS_MAX,
            "big": len(nodes) > BIG, "style": {k: list(v) for k, v in STYLE.items()}, "edgeStyle": EDGE_STYLE,
            "range": [since, until], "search": search_data(names, index)}


def render_graph_page(graph: Graph, path, *, person: str | None = None, depth: int = 2,
                      since: str | None = None, until: str | None = None, inferred: bool = True) -> Path:
    """Write the interactive network page of ``graph`` to ``path`` (one offline HTML file).

    Parameters
    ----------
    graph : rdflib.Graph
        A built csto-graph graph.
    path : str or Path
        Where to write the page.
    person, depth : str, int, optional
        Show only the people, events and bodies within ``depth`` steps of this person
        (a name, id or IRI, see :func:`csto_graph.views.network.find_person`).
    since, until : str, optional
        Keep only events dated in this range (ISO, possibly partial).
    inferred : bool, optional
        Show the participants that bare titles name by the date, as dashed edges
        (default True); False leaves them out.

    Returns
    -------
    Path
        The page written.

    Examples
    --------
    >>> import tempfile
    >>> from csto_graph.views.network import example_graph
    >>> page = render_graph_page(example_graph(), Path(tempfile.mkdtemp()) / "graph.html")
    >>> "Ivan Petrov" in page.read_text() and "https://cdn" not in page.read_text()
    True
    """
    data = graph_page_data(graph, person=person, depth=depth, since=since, until=until, inferred=inferred)
    title = "csto-graph"
    if data["center"] is not None:
        title += f": {data['nodes'][data['center']]['label']} and {len(data['nodes']) - 1} around"
    return _page("graph.html", title, data, path)


def timeline_data(graph: Graph, inferred: bool = True) -> dict:
    """Per person: posts as tenures and the events attended, with their bodies.

    A post is a tenure (:func:`~csto_graph.views.network.tenure_spans`): ``first`` and
    ``last`` its start and end, each with its basis (``start_basis``, ``end_basis``:
    ``attested`` or ``inferred``) and, for an inferred one, the limit it lies within
    (``not_before``, ``not_after``). An event a person is at only by a bare title resolved
    by the date has ``inferred`` True (left out with ``inferred=False``)."""
    facts = read_facts(graph, inferred=inferred)
    spans = tenure_spans(graph, facts)
    rows = {iri: {"label": p["label"], "posts": spans.get(iri, []), "events": []} for iri, p in facts.people.items()}
    for iri, event in sorted(facts.events.items(), key=lambda e: (e[1]["date"] or "", e[0])):
        for person, roles in sorted(event["roles"].items()):
            rows[person]["events"].append({"date": event["date"], "label": event["label"], "type": event["event_type"],
                                           "body": event["body"], "roles": sorted(roles),
                                           "inferred": person in event["inferred"]})
    names = NameIndex.from_graph(graph)
    people = [dict(r, id=iri, alt=other_script_name(names, iri))
              for iri, r in sorted(rows.items(), key=lambda r: (r[1]["label"], r[0])) if r["posts"] or r["events"]]
    used = {p["org"] for r in people for p in r["posts"]} | {e["body"] for r in people for e in r["events"]}
    bodies = sorted(({"id": o, "label": facts.orgs[o]["label"] if o in facts.orgs else o} for o in used if o),
                    key=lambda b: (b["label"], b["id"]))
    return {"people": people, "bodies": bodies, "search": search_data(names, {p["id"]: i for i, p in enumerate(people)})}


def render_timeline_page(graph: Graph, path, inferred: bool = True) -> Path:
    """Write the timeline page: per person, tenures as bars and events as points.

    An attested bound (a sentence tells the start or end) ends its bar with a solid cap;
    an inferred one (the first or last evidence) fades out, as far as the limit the real
    bound lies within when one is known. ``inferred=False`` leaves out the events a person
    is at only by a bare title resolved by the date (drawn hollow).

    Examples
    --------
    >>> import tempfile
    >>> from csto_graph.views.network import example_graph
    >>> page = render_timeline_page(example_graph(), Path(tempfile.mkdtemp()) / "timeline.html")
    >>> "Secretary General" in page.read_text()
    True
    """
    return _page("timeline.html", "csto-graph timeline", timeline_data(graph, inferred), path)


def layout(G, order: list[str]) -> list[tuple[float, float]]:
    """Positions in pixels: a spring layout per component, components packed in rows.

    Components of up to ``EXACT_MAX`` nodes get an exact Fruchterman-Reingold layout (all
    at once); bigger ones sample their repulsion, which keeps 5,000 nodes within a second
    or two. Seeded, so the same graph always gets the same layout.
    """
    import networkx as nx
    import numpy as np

    rng = np.random.default_rng(7)
    index = {iri: i for i, iri in enumerate(order)}
    comps = sorted((sorted(index[n] for n in c) for c in nx.connected_components(G)), key=lambda c: (-len(c), c[0]))
    pos = np.zeros((len(order), 2))
    edges = np.array(sorted(sorted((index[a], index[b])) for a, b in G.edges()), dtype=np.int64).reshape(-1, 2)
    for comp in comps:
        pos[comp] = rng.random((len(comp), 2)) * math.sqrt(len(comp))
    small = [c for c in comps if len(c) <= EXACT_MAX]
    if small:
        in_small = np.zeros(len(order), bool)
        in_small[np.concatenate(small)] = True
        pairs = np.concatenate([np.array(c)[np.array(np.triu_indices(len(c), 1)).T] for c in small])
        _spring(pos, edges[in_small[edges[:, 0]]], pairs.reshape(-1, 2), rng)
    for comp in comps[: len(comps) - len(small)]:
        local = {n: i for i, n in enumerate(comp)}
        sub = np.array([(local[a], local[b]) for a, b in edges.tolist() if a in local], dtype=np.int64).reshape(-1, 2)
        pos[comp] = _spring(pos[comp], sub, None, rng)
    x = 0.0
    y = row_height = 0.0
    width = max(max((np.ptp(pos[c], axis=0)[0] for c in comps), default=0),
                math.sqrt(sum((np.ptp(pos[c], axis=0) + 2).prod() for c in comps)) * 1.2)
    for comp in comps:
        block = pos[comp] - pos[comp].min(axis=0)
        w, h = block.max(axis=0) + 2
        if x and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        pos[comp] = block + (x, y)
        x, row_height = x + w, max(row_height, h)
    if len(order) > 1:  # scale so that nodes are about GAP pixels from their nearest neighbour
        probe = pos[rng.choice(len(order), min(400, len(order)), replace=False)]
        dist = np.sqrt(((probe[:, None, :] - pos[None, :, :]) ** 2).sum(2))
        dist[dist == 0] = np.inf
        pos = (pos - pos.mean(axis=0)) * max(UNIT, GAP / max(float(np.median(dist.min(1))), 1e-3))
    return [(round(float(a), 1), round(float(b), 1)) for a, b in pos]


def _spring(pos, edges, pairs, rng, iterations: int = 80, samples: int = 80):
    """Fruchterman-Reingold (ideal length 1) over exact ``pairs`` or sampled repulsion."""
    import numpy as np

    n = len(pos)
    temp = max(0.1, math.sqrt(n if pairs is None else EXACT_MAX) / 5)
    cool = (0.02 / temp) ** (1 / iterations)
    for _ in range(iterations):
        if pairs is None:
            sample = pos[rng.choice(n, min(samples, n), replace=False)]
            dx, dy = pos[:, :1] - sample[:, 0], pos[:, 1:] - sample[:, 1]
            inv = (n / len(sample)) / (dx * dx + dy * dy + 0.01)
            disp = np.stack([(dx * inv).sum(1), (dy * inv).sum(1)], 1)
        else:
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            f = d / ((d * d).sum(1) + 0.01)[:, None]
            disp = _scatter(pairs[:, 0], f, n) - _scatter(pairs[:, 1], f, n)
        d = pos[edges[:, 0]] - pos[edges[:, 1]]
        f = d * np.sqrt((d * d).sum(1))[:, None]
        disp += _scatter(edges[:, 1], f, n) - _scatter(edges[:, 0], f, n)
        length = np.maximum(np.sqrt((disp * disp).sum(1)), 1e-9)[:, None]
        pos += disp / length * np.minimum(length, temp)
        temp *= cool
    return pos


def _scatter(index, values, n):
    import numpy as np

    return np.stack([np.bincount(index, values[:, 0], n), np.bincount(index, values[:, 1], n)], 1)
