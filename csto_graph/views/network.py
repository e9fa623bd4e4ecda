"""NetworkX views of the RDF graph: who met whom, who attended what, which body held what.

Every view is computed on demand from the one rdflib graph (the source of truth) and is
never stored. Node keys are IRIs as strings; every node has a ``label`` and a ``type``
(``"person"``, ``"event"`` or an organization kind such as ``"body"`` or ``"state"``);
people also carry their ``posts`` (title, org, first and last evidence dates).

A participant that a bare title names by the date ("the CSTO Secretary General met ...",
``csto:inferredParticipation``) is in the views unless ``inferred=False``, and marked: an
event's ``inferred`` maps such a person to the tenure used, a person-event edge has
``inferred`` True, a person-person edge lists in ``inferred`` the events it owes to one.

Dates are ISO strings, possibly partial (``"2021"``, ``"2021-06"``, ``"2021-12-08"``).
``since``/``until`` keep the events whose date overlaps the range, so ``"2021-06"`` is
kept by ``since="2021-06-15"``; events without a date are dropped when a bound is given.
"""
from __future__ import annotations

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.namespace import PROV, SKOS

from ..errors import CstoGraphError
from ..graph.rdf import CSTO, ORG, SCHEMA
from ..vocab.words import words

TIME = Namespace("http://www.w3.org/2006/time#")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_EXAMPLE = """
@prefix s: <https://schema.org/> . @prefix c: <https://w3id.org/csto-graph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<urn:a> a s:Person ; s:name "Ivan Petrov" .      <urn:b> a s:Person ; s:name "Arman Saparov" .
<urn:csc> a org:Organization ; skos:prefLabel "Collective Security Council" ; c:kind "body" .
<urn:o> a c:Occupancy ; org:member <urn:b> ; c:postTitle "Secretary General" ;
    org:organization <urn:csc> ; c:firstEvidence "2021-06" ; c:lastEvidence "2021-12-08" .
<urn:e1> a s:Event ; s:name "Session" ; s:startDate "2021-12-08" ; s:organizer <urn:csc> ;
    s:attendee <urn:a>, <urn:b> .
<urn:e2> a s:Event ; s:name "Talks" ; s:startDate "2022-03" ; s:attendee <urn:a>, <urn:b> .
"""


class ViewError(CstoGraphError):
    """A view cannot be made: unknown person, malformed date."""


def example_graph() -> Graph:
    """A tiny graph for examples: two people who met twice, one post, one body.

    >>> len(example_graph())
    24
    """
    return Graph().parse(data=_EXAMPLE, format="turtle")


@dataclass(frozen=True)
class Facts:
    """What the views are made of, read from the RDF graph in one pass."""

    people: dict[str, dict]
    orgs: dict[str, dict]
    events: dict[str, dict]  # each with ``roles``: person IRI -> set of roles, and ``inferred``:
    # person IRI -> the label of the tenure a bare title was resolved by (those people are in ``roles`` too)


def check_date(value: str | None, name: str = "date") -> str | None:
    """Return ``value`` if it is an ISO date, year-month or year (or None), else raise."""
    if value is None:
        return None
    try:
        if not _DATE.match(str(value)):
            raise ValueError
        datetime.date.fromisoformat((str(value) + "-01-01")[:10])
    except ValueError:
        raise ViewError(f"{name} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


def in_range(date: str | None, since: str | None = None, until: str | None = None) -> bool:
    """Whether a (possibly partial) date overlaps ``[since, until]``.

    >>> in_range("2021-06", since="2021-06-15"), in_range("2021", until="2020-12")
    (True, False)
    """
    if since is None and until is None:
        return True
    if not date:
        return False
    return (since is None or _cmp(date, since) >= 0) and (until is None or _cmp(date, until) <= 0)


def _cmp(a: str, b: str) -> int:
    """Compare two ISO dates on their common precision ("2021" equals "2021-06-01")."""
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def _label(g: Graph, node) -> str:
    for prop in (SCHEMA.name, SKOS.prefLabel, RDFS.label):
        value = g.value(node, prop)
        if value is not None:
            return str(value)
    return re.split(r"[/#:]", str(node))[-1]


def _text(g: Graph, node, prop) -> str | None:
    value = g.value(node, prop)
    return None if value is None else str(value)


def _derived(g: Graph, node) -> set[str]:
    return {str(e) for e in g.objects(node, PROV.wasDerivedFrom)}


def read_facts(graph: Graph, since: str | None = None, until: str | None = None,
               inferred: bool = True) -> Facts:
    """People (with posts), organizations and events (with roles) of ``graph``; with
    ``inferred`` (the default), the participants that bare titles name by the date too."""
    check_date(since, "since"), check_date(until, "until")
    people = {str(p): {"label": _label(graph, p), "type": "person", "posts": [],
                       "evidence": _derived(graph, p)}
              for p in sorted(set(graph.subjects(RDF.type, SCHEMA.Person)))}
    orgs = {str(o): {"label": _label(graph, o), "type": _text(graph, o, CSTO.kind) or "other",
                     "evidence": _derived(graph, o)}
            for o in sorted(set(graph.subjects(RDF.type, ORG.Organization)))}
    for occ in sorted(set(graph.subjects(RDF.type, CSTO.Occupancy))):
        person = people.get(str(graph.value(occ, ORG.member)))
        if person is None:
            continue
        dates = sorted(str(d) for d in graph.objects(occ, CSTO.attestedOn))
        org = graph.value(occ, ORG.organization)
        person["posts"].append({
            "title": _text(graph, occ, CSTO.postTitle) or _label(graph, graph.value(occ, ORG.role)),
            "org": None if org is None else str(org),
            "org_label": None if org is None else _label(graph, org),
            "first": _text(graph, occ, CSTO.firstEvidence) or (dates[0] if dates else None),
            "last": _text(graph, occ, CSTO.lastEvidence) or (dates[-1] if dates else None)})
        person["evidence"] |= _derived(graph, occ)
    for person in people.values():
        person["posts"].sort(key=lambda p: (p["first"] is None, p["first"] or "", p["title"], p["org"] or ""))  # undated last
    events = {}
    for node in sorted(set(graph.subjects(RDF.type, SCHEMA.Event))):
        date = _text(graph, node, SCHEMA.startDate)
        if not in_range(date, since, until):
            continue
        body = graph.value(node, SCHEMA.organizer)
        place = graph.value(node, SCHEMA.location)
        event = {"label": _label(graph, node), "type": "event", "date": date,
                 "event_type": _text(graph, node, CSTO.eventType) or "event",
                 "end_date": _text(graph, node, SCHEMA.endDate),
                 "place": None if place is None else _label(graph, place),
                 "body": None if body is None else str(body),
                 "evidence": _derived(graph, node), "roles": defaultdict(set), "inferred": {}}
        for part in graph.objects(node, CSTO.participation):
            agent, role = graph.value(part, CSTO.agent), graph.value(part, CSTO.role)
            if str(agent) in people:
                event["roles"][str(agent)].add(_label(graph, role).lower() if role else "participant")
                people[str(agent)]["evidence"] |= _derived(graph, part)
                event["evidence"] |= _derived(graph, part)
        for agent in graph.objects(node, SCHEMA.attendee):
            if str(agent) in people and str(agent) not in event["roles"]:
                event["roles"][str(agent)].add("participant")
        if inferred:
            _inferred(graph, node, event, people)
        events[str(node)] = event
    return Facts(people, orgs, events)


def _inferred(graph: Graph, node, event: dict, people: dict) -> None:
    """Add to ``event`` the participants that bare titles name by the date, marked."""
    for part in sorted(graph.objects(node, CSTO.inferredParticipation)):
        agent, role = str(graph.value(part, CSTO.agent)), graph.value(part, CSTO.role)
        if agent not in people or agent in event["roles"]:
            continue
        event["roles"][agent].add(_label(graph, role).lower() if role else "participant")
        tenure = graph.value(part, CSTO.byTenure)
        event["inferred"][agent] = "" if tenure is None else _label(graph, tenure)
        event["evidence"] |= _derived(graph, part)


def _attrs(item: dict) -> dict:
    return {k: v for k, v in item.items() if k not in ("roles", "evidence", "inferred")}


def main_role(roles) -> str:
    """The most specific of a person's roles at one event.

    >>> main_role({"participant", "chair"})
    'chair'
    """
    order = words().role_order
    ranked = sorted(roles, key=lambda r: (order.index(r) if r in order else len(order), r))
    return ranked[0] if ranked else "participant"


def coattendance(graph: Graph, *, since: str | None = None, until: str | None = None,
                 inferred: bool = True, facts: Facts | None = None):
    """Person-person graph: an edge for every pair of people who attended the same event.

    Parameters
    ----------
    graph : rdflib.Graph
        A built csto-graph graph.
    since, until : str, optional
        Keep only events dated in this range (ISO, possibly partial).
    inferred : bool, optional
        Count the participants that bare titles name by the date (default True).
    facts : Facts, optional
        Facts already read from ``graph`` (saves reading them twice).

    Returns
    -------
    networkx.Graph
        Every person is a node (``label``, ``type``, ``posts``); edges carry ``weight``
        (number of shared events), ``first`` and ``last`` dates, ``events`` (sorted IRIs)
        and ``inferred`` (those of the events where one of the two is an inferred participant).

    Examples
    --------
    >>> G = coattendance(example_graph())
    >>> edge = G.edges["urn:a", "urn:b"]
    >>> edge["weight"], edge["first"], edge["last"], edge["events"]
    (2, '2021-12-08', '2022-03', ['urn:e1', 'urn:e2'])
    >>> coattendance(example_graph(), until="2021").edges["urn:a", "urn:b"]["weight"]
    1
    """
    import networkx as nx

    facts = facts or read_facts(graph, since, until, inferred)
    G = nx.Graph()
    G.add_nodes_from((iri, _attrs(p)) for iri, p in sorted(facts.people.items()))
    for iri, event in sorted(facts.events.items()):
        date = event["date"]
        for a, b in combinations(sorted(event["roles"]), 2):
            if not G.has_edge(a, b):
                G.add_edge(a, b, weight=0, first=date, last=date, events=[], inferred=[])
            edge = G.edges[a, b]
            edge["weight"] += 1
            edge["events"].append(iri)
            if a in event["inferred"] or b in event["inferred"]:
                edge["inferred"].append(iri)
            if date:
                edge["first"] = min(filter(None, (edge["first"], date)))
                edge["last"] = max(filter(None, (edge["last"], date)))
    return G


def person_event(graph: Graph, *, since: str | None = None, until: str | None = None,
                 inferred: bool = True, facts: Facts | None = None):
    """Bipartite graph of people (``bipartite=0``) and the events they attended (``bipartite=1``).

    Edges carry ``role`` (the most specific: chair, host, speaker, guest, participant)
    and ``roles`` (all of them, sorted) and ``inferred`` (True for a participant a bare
    title names by the date, with ``tenure`` the label of the tenure used); event nodes
    carry ``date``, ``event_type``, ``place`` and ``body`` (the organizer's IRI).

    Examples
    --------
    >>> G = person_event(example_graph())
    >>> sorted(G["urn:a"]), G.edges["urn:a", "urn:e1"]["role"], G.nodes["urn:e2"]["date"]
    (['urn:e1', 'urn:e2'], 'participant', '2022-03')
    """
    import networkx as nx

    facts = facts or read_facts(graph, since, until, inferred)
    G = nx.Graph()
    G.add_nodes_from((iri, {**_attrs(p), "bipartite": 0}) for iri, p in sorted(facts.people.items()))
    for iri, event in sorted(facts.events.items()):
        G.add_node(iri, **_attrs(event), bipartite=1)
        for person, roles in sorted(event["roles"].items()):
            G.add_edge(person, iri, role=main_role(roles), roles=sorted(roles), inferred=person in event["inferred"],
                       **({"tenure": event["inferred"][person]} if person in event["inferred"] else {}))
    return G


def body_event(graph: Graph, *, since: str | None = None, until: str | None = None,
               facts: Facts | None = None):
    """Bipartite graph of bodies (``bipartite=0``) and the events they held (``bipartite=1``).

    Examples
    --------
    >>> G = body_event(example_graph())
    >>> list(G.edges(data=True)), G.nodes["urn:csc"]["type"]
    ([('urn:csc', 'urn:e1', {'relation': 'organizer', 'date': '2021-12-08'})], 'body')
    """
    import networkx as nx

    facts = facts or read_facts(graph, since, until)
    G = nx.Graph()
    for iri, event in sorted(facts.events.items()):
        body = event["body"]
        if body is None:
            continue
        org = facts.orgs.get(body, {"label": body.rsplit("/", 1)[-1], "type": "other"})
        G.add_node(body, **_attrs(org), bipartite=0)
        G.add_node(iri, **_attrs(event), bipartite=1)
        G.add_edge(body, iri, relation="organizer", date=event["date"])
    return G


def find_person(graph: Graph, person: str, facts: Facts | None = None) -> str:
    """The IRI of the one person ``person`` names: an IRI, an id, or a name matched as
    everywhere else (any case, alias, script or spelling, a unique surname; see
    :mod:`csto_graph.graph.resolve`).

    Raises :class:`~csto_graph.graph.resolve.UnknownNameError` (naming the closest
    people) or :class:`~csto_graph.graph.resolve.AmbiguousNameError`.

    >>> find_person(example_graph(), "petrov"), find_person(example_graph(), "Петров")
    ('urn:a', 'urn:a')
    """
    from ..graph.resolve import NameIndex

    people = (facts or read_facts(graph)).people
    if person in people:
        return person
    return NameIndex.from_graph(graph).resolve(person, ("person",))


def overview(graph: Graph, *, since: str | None = None, until: str | None = None, inferred: bool = True):
    """People, organizations and events in one graph, as drawn by the graph page.

    Edges have a ``kind``: ``attended`` (person-event, with ``role``), ``organized``
    (body-event), ``post`` (person-organization, with ``posts``: title, first, last) and
    ``met`` (person-person, as in :func:`coattendance`). Nodes carry ``evidence``: the
    IRIs of the :data:`CSTO.Evidence` sentences they were read from. With a date range,
    posts that do not overlap it and nodes left without edges are dropped. ``inferred=False``
    leaves out the participants that bare titles name by the date.

    Examples
    --------
    >>> G = overview(example_graph())
    >>> sorted(k for _, _, k in G.edges(data="kind"))
    ['attended', 'attended', 'attended', 'attended', 'met', 'organized', 'post']
    """
    facts = read_facts(graph, since, until, inferred)
    G = coattendance(graph, facts=facts)
    for _, _, data in G.edges(data=True):
        data["kind"] = "met"
    for iri, person in sorted(facts.people.items()):
        G.nodes[iri]["evidence"] = sorted(person["evidence"])
        for post in person["posts"]:
            if post["org"] is None or not _overlaps(post, since, until):
                continue
            if not G.has_node(post["org"]):
                org = facts.orgs.get(post["org"], {"label": post["org_label"], "type": "other"})
                G.add_node(post["org"], **_attrs(org), evidence=sorted(org.get("evidence", ())))
            if not G.has_edge(iri, post["org"]):
                G.add_edge(iri, post["org"], kind="post", posts=[])
            G.edges[iri, post["org"]]["posts"].append(post)
    for src, kind in ((person_event(graph, facts=facts), "attended"), (body_event(graph, facts=facts), "organized")):
        for node, data in src.nodes(data=True):
            if not G.has_node(node):
                item = facts.events.get(node) or facts.orgs.get(node, {})
                G.add_node(node, **{k: v for k, v in data.items() if k != "bipartite"},
                           evidence=sorted(item.get("evidence", ())))
        G.add_edges_from(src.edges(data=True), kind=kind)
    if since or until:
        G.remove_nodes_from([n for n, d in G.degree() if d == 0])
    return G


def _overlaps(post: dict, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    return bool(post["first"] and post["last"]) and in_range(post["last"], since) and in_range(post["first"], None, until)


def tenure_spans(graph: Graph, facts: Facts | None = None) -> dict[str, list[dict]]:
    """Per person IRI, the posts held: one span per tenure (its occupancies together).

    A span has ``title``, ``org``, ``org_label``, ``first`` and ``last`` (the tenure's start
    and end), ``start_basis`` and ``end_basis`` (``attested``: a sentence tells it, or
    ``inferred``: the earliest or latest evidence), ``not_before`` / ``not_after`` (the limit
    an inferred bound lies within: the neighbour's bound, or a "former"), ``acting`` and
    ``tenure`` (its IRI). An occupancy without a tenure (no date) spans its evidence,
    both bounds inferred.

    Examples
    --------
    >>> [(s["title"], s["first"], s["start_basis"], s["last"]) for s in tenure_spans(example_graph())["urn:b"]]
    [('Secretary General', '2021-06', 'inferred', '2021-12-08')]
    """
    facts = facts or read_facts(graph)
    spans: dict[str, dict[str, dict]] = defaultdict(dict)
    for occ in sorted(set(graph.subjects(RDF.type, CSTO.Occupancy))):
        person = str(graph.value(occ, ORG.member))
        if person not in facts.people:
            continue
        org = graph.value(occ, ORG.organization)
        tenure = graph.value(occ, ORG.memberDuring)
        span = {"title": _text(graph, occ, CSTO.postTitle) or _label(graph, graph.value(occ, ORG.role)),
                "org": None if org is None else str(org), "org_label": None if org is None else _label(graph, org),
                "tenure": None if tenure is None else str(tenure), "acting": False}
        if tenure is None:
            dates = sorted(str(d) for d in graph.objects(occ, CSTO.attestedOn))
            span.update(first=_text(graph, occ, CSTO.firstEvidence) or (dates[0] if dates else None),
                        last=_text(graph, occ, CSTO.lastEvidence) or (dates[-1] if dates else None),
                        start_basis="inferred", end_basis="inferred", not_before=None, not_after=None)
            spans[person][str(occ)] = span
            continue
        if str(tenure) in spans[person]:
            continue
        start, end = graph.value(tenure, TIME.hasBeginning), graph.value(tenure, TIME.hasEnd)
        position = graph.value(tenure, CSTO.position)
        label = _label(graph, position) if position is not None else ""
        span.update(title=label if label and not label.islower() else span["title"],
                    first=_text(graph, start, CSTO.isoDate), last=_text(graph, end, CSTO.isoDate),
                    start_basis="attested" if graph.value(start, CSTO.boundBasis) == CSTO.Attested else "inferred",
                    end_basis="attested" if graph.value(end, CSTO.boundBasis) == CSTO.Attested else "inferred",
                    not_before=_text(graph, start, CSTO.notBefore), not_after=_text(graph, end, CSTO.notAfter),
                    acting=graph.value(tenure, CSTO.acting) is not None)
        spans[person][str(tenure)] = span
    return {person: sorted(found.values(), key=lambda s: (s["first"] or "", s["title"], s["org"] or ""))
            for person, found in spans.items()}
