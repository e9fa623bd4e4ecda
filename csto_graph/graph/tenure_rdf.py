"""Tenures in RDF: read from the occupancies of a graph, written the ORG / OWL-Time way.

Each occupancy is ``org:memberDuring`` a tenure, a ``time:Interval`` (and ``csto:Tenure``)
with ``time:hasBeginning`` and ``time:hasEnd`` instants. An instant holds its date
(``time:inXSDDate``, ``time:inXSDgYearMonth`` or ``time:inXSDgYear``), ``csto:boundBasis``
(``csto:Attested``: a sentence tells it, or ``csto:Inferred``: the earliest or latest
evidence), the evidence it rests on (``prov:wasDerivedFrom``) and, for an inferred bound,
the limit the real one lies within (``csto:notBefore`` / ``csto:notAfter``, with
``csto:limitBasis``, ``csto:limitEvidence`` and the neighbour's tenure, ``csto:limitFrom``).
The tenures of one post share a ``csto:Position`` (the post in its body or state) that
tells whether one person holds it at a time (``csto:oneHolder``) and the titles it
answers to (``csto:postKey``: whole titles by their words, with and without the body).

The tenures are computed from the triples alone (:func:`tenure_triples`), so a full build
and an incremental one (which patches the triples) write the same ones.
"""
from __future__ import annotations

from collections import defaultdict

from rdflib import Literal, Namespace, URIRef

from ..link.tenures import Bound, Holding, Sighting, Tenure, normal, sort_key, spellings, tenures
from ..vocab.gazetteer import load_gazetteer
from . import bare_titles
from .rdf import CSTO, ID, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, occupancy_iri, org_iri  # (RDF...: terms looked up once)

TIME = Namespace("http://www.w3.org/2006/time#")
BASIS = {"attested": CSTO.Attested, "inferred": CSTO.Inferred}
_IN = {10: TIME.inXSDDate, 7: TIME.inXSDgYearMonth, 4: TIME.inXSDgYear}
_TYPE = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}

# the predicates the tenures are read from (an incremental build reads just these lines)
READ = (RDF.type, ORG.member, ORG.organization, CSTO.postTitle, PROV.wasDerivedFrom, CSTO.sentence,
        PROV.wasQuotedFrom, SCHEMA.datePublished, SCHEMA.name, SCHEMA.alternateName, SKOS.prefLabel,
        SKOS.altLabel, CSTO.kind, CSTO.attestedOn) + bare_titles.READ


def _date(value: str) -> Literal:
    return Literal(value, datatype=_TYPE[len(value)]) if len(value) in _TYPE else Literal(value)


def _facts(triples) -> dict:
    """subject -> predicate -> objects, for the predicates tenures are read from."""
    by = defaultdict(lambda: defaultdict(list))
    wanted = frozenset(READ)
    for s, p, o in triples:
        if p in wanted:
            by[s][p].append(o)
    return by


def holdings(triples, by=None) -> list[Holding]:
    """The occupancies of a set of triples, with their dated sentences."""
    by = _facts(triples) if by is None else by
    gaz = load_gazetteer()
    out = []
    for occ in sorted(s for s, props in by.items() if CSTO.Occupancy in props[RDF.type]):
        props = by[occ]
        person = props[ORG.member][0]
        org = props[ORG.organization][0] if props[ORG.organization] else None
        org_id = str(org).rsplit("/org/", 1)[-1] if org is not None else None
        entry = gaz.entries.get(org_id) if org_id else None
        org_names = [str(n) for n in (by[org][SKOS.prefLabel] + by[org][SKOS.altLabel])] if org is not None else []
        if entry:
            org_names += [entry.name, *entry.aliases, *entry.adjectives, *([entry.short] if entry.short else [])]
        kind = str(by[org][CSTO.kind][0]) if org is not None and by[org][CSTO.kind] else None
        sightings = []
        for ev in sorted(props[PROV.wasDerivedFrom]):
            sentence = by[ev][CSTO.sentence]
            article = by[ev][PROV.wasQuotedFrom]
            date = by[article[0]][SCHEMA.datePublished] if article else []
            if sentence:
                sightings.append(Sighting(str(date[0]) if date else None, str(sentence[0]), str(ev)))
        names = tuple(sorted(str(n) for n in by[person][SCHEMA.name] + by[person][SCHEMA.alternateName]))
        out.append(Holding(str(occ).rsplit("/occupancy/", 1)[-1], str(person).rsplit("/person/", 1)[-1],
                           names, str(props[CSTO.postTitle][0]), org_id, kind, tuple(sorted(set(org_names))),
                           tuple(sightings), tuple(sorted(str(d) for d in props[CSTO.attestedOn]))))
    return out


def _bound(g: set, node: URIRef, b: Bound, end: bool) -> None:
    g.add((node, RDF.type, TIME.Instant))
    g.add((node, _IN.get(len(b.date), TIME.inXSDDate), _date(b.date)))
    g.add((node, CSTO.isoDate, Literal(b.date)))
    g.add((node, CSTO.sortKey, Literal(sort_key(b, end))))
    g.add((node, CSTO.boundBasis, BASIS[b.basis]))
    for ev in b.evidence:
        g.add((node, PROV.wasDerivedFrom, URIRef(ev)))
    if b.limit:
        g.add((node, CSTO.notAfter if end else CSTO.notBefore, _date(b.limit)))
        g.add((node, CSTO.limitBasis, BASIS[b.limit_basis or "inferred"]))
        for ev in b.limit_evidence:
            g.add((node, CSTO.limitEvidence, URIRef(ev)))
        if b.limit_by:
            g.add((node, CSTO.limitFrom, ID[f"tenure/{b.limit_by}"]))


def post_keys(t: Tenure, org_names) -> set[str]:
    """The whole titles a tenure's post answers to: the post, its titles as written, and
    the post with its body's or state's name before it or after "of (the)".

    >>> sorted(post_keys(Tenure("t", "p", "Secretary General", "csto", True, False, None, None, (), ()), ["CSTO"]))
    ['csto secretary general', 'secretary general', 'secretary general of csto', 'secretary general of the csto']
    """
    posts = {normal(p) for p in spellings(t.post)}
    keys = posts | {normal(x) for x in t.titles}
    for name in org_names:
        n = normal(name)
        if n:
            keys |= {k for post in posts for k in (f"{n} {post}", f"{post} of {n}", f"{post} of the {n}")}
    return {k for k in keys if k}


def _add_tenure(g: set, t: Tenure, org_names, label: str) -> None:
    node = ID[f"tenure/{t.id}"]
    position = ID[f"position/{t.position}"]
    g.add((node, RDF.type, TIME.Interval))
    g.add((node, RDF.type, CSTO.Tenure))
    g.add((node, CSTO.holder, ID[f"person/{t.person}"]))
    g.add((node, CSTO.position, position))
    g.add((node, RDFS.label, Literal(f"{t.post}" + (f" ({t.org})" if t.org else ""))))
    if t.acting:
        g.add((node, CSTO.acting, Literal(True)))
    for occ in t.occupancies:
        g.add((occupancy_iri(occ), ORG.memberDuring, node))
    _bound(g, ID[f"tenure/{t.id}/start"], t.start, end=False)
    _bound(g, ID[f"tenure/{t.id}/end"], t.end, end=True)
    g.add((node, TIME.hasBeginning, ID[f"tenure/{t.id}/start"]))
    g.add((node, TIME.hasEnd, ID[f"tenure/{t.id}/end"]))
    g.add((position, RDF.type, CSTO.Position))
    g.add((position, SKOS.prefLabel, Literal(label)))
    g.add((position, CSTO.oneHolder, Literal(t.one_holder)))
    if t.org:
        g.add((position, ORG.organization, org_iri(t.org)))
    for key in post_keys(t, org_names):
        g.add((position, CSTO.postKey, Literal(key)))


def tenure_triples(triples) -> set:
    """The triples of the tenures the occupancies in ``triples`` tell, and of the
    participations their bare titles tell (:mod:`csto_graph.graph.bare_titles`)."""
    by = _facts(triples)
    found = holdings(triples, by)
    names = defaultdict(set)
    for h in found:
        names[h.org] |= set(h.org_names)
    g: set = set()
    held = tenures(found)
    labels = defaultdict(set)  # one label a position: capitalised first ("President", not "president")
    for t in held:
        labels[t.position].add(t.post)
    for t in held:
        label = min(labels[t.position], key=lambda x: (x.islower(), x))
        _add_tenure(g, t, sorted(names[t.org]) if t.org else [], label)
    return g | bare_titles.bare_title_triples(by, held, names)
