"""The RDF stage: a :class:`~csto_graph.models.KnowledgeBase` as an rdflib graph.

IRIs are derived from canonical names, dates and article hashes (never counters), so
the same input always gives the same graph. Every fact-bearing node points with
``prov:wasDerivedFrom`` to :data:`CSTO.Evidence` nodes: the article sentence it was
read from, with character offsets into the decoded source file.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import rdflib
from rdflib import Graph, Literal, Namespace, URIRef

from ..errors import shown_path
from ..models import Article, Event, Evidence, KnowledgeBase, Occupancy, Organization, Person, Place



class _Namespace(Namespace):
    """A namespace that makes each ``NS.term`` once (rdflib's makes a new URIRef on every
    attribute access: a tenth of the time of writing a large graph)."""

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        return _term(str(self), name)


@lru_cache(maxsize=None)
def _term(base: str, name: str) -> URIRef:
    return URIRef(base + name)


class _Terms:
    """The terms of one of rdflib's closed namespaces (``RDF``, ``SKOS``, ...), each looked
    up once: rdflib checks the name against the namespace on every access (3 µs each, 3% of
    a build at 2k articles)."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        setattr(self, name, term)  # found on the instance from now on
        return term


RDF, RDFS, XSD = _Terms(rdflib.RDF), _Terms(rdflib.RDFS), _Terms(rdflib.XSD)
PROV, SKOS = _Terms(rdflib.PROV), _Terms(rdflib.SKOS)


CSTO = _Namespace("https://w3id.org/csto-graph/ontology#")
ID = Namespace("https://w3id.org/csto-graph/id/")
SCHEMA = _Namespace("https://schema.org/")
ORG = _Namespace("http://www.w3.org/ns/org#")

KIND_CLASS = {
    "body": CSTO.Body, "organization": CSTO.InternationalOrganization, "state": CSTO.State,
    "media": CSTO.MediaOutlet, "mission": CSTO.Mission, "other": CSTO.OtherOrganization,
}
ROLE = {"chair": CSTO.Chair, "host": CSTO.Host, "guest": CSTO.Guest,
        "participant": CSTO.Participant, "speaker": CSTO.Speaker}
PREFIXES = {"csto": CSTO, "id": ID, "schema": SCHEMA, "org": ORG, "prov": rdflib.PROV, "skos": rdflib.SKOS,
            "rdfs": rdflib.RDFS, "xsd": rdflib.XSD, "dcterms": rdflib.DCTERMS,
            "time": Namespace("http://www.w3.org/2006/time#")}


def person_iri(person_id: str) -> URIRef:
    return ID[f"person/{person_id}"]


def org_iri(org_id: str) -> URIRef:
    return ID[f"org/{org_id}"]


def place_iri(place_id: str) -> URIRef:
    return ID[f"place/{place_id}"]


def event_iri(event_id: str) -> URIRef:
    return ID[f"event/{event_id}"]


def occupancy_iri(occupancy_id: str) -> URIRef:
    return ID[f"occupancy/{occupancy_id}"]


def participation_iri(event_id: str, person_id: str, role: str) -> URIRef:
    return ID[f"participation/{event_id}/{person_id}/{role}"]


def event_of_participation(iri) -> str | None:
    """The id of the event a participation node belongs to (None for another IRI).

    >>> event_of_participation(participation_iri("2024-05-03-talks-x", "ivan-petrov", "host"))
    '2024-05-03-talks-x'
    >>> event_of_participation(person_iri("ivan-petrov")) is None
    True
    """
    prefix, text = str(ID["participation/"]), str(iri)
    return text[len(prefix):].split("/", 1)[0] if text.startswith(prefix) else None


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{article_id}"]


@lru_cache(maxsize=1 << 14)
def date_literal(value: str) -> Literal:
    """An ISO date, year-month or year as the matching XSD literal (each made once: rdflib
    parses the date of every new typed literal, 80 µs, and a graph repeats a few dates).

    >>> date_literal("2021-06").datatype == XSD.gYearMonth
    True
    """
    kind = _DATE_TYPES.get(len(value))
    return Literal(value, datatype=kind) if kind else Literal(value)


_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


@lru_cache(maxsize=1 << 16, typed=True)
def _integer(value: int) -> Literal:
    """``Literal(value)`` for an offset, made once for each number (offsets repeat)."""
    return Literal(value)


def _evidence(g: Graph, ev: Evidence) -> URIRef:
    node = ID[f"evidence/{ev.article}/{ev.start}-{ev.end}"]
    if (node, RDF.type, CSTO.Evidence) not in g:
        g.add((node, RDF.type, CSTO.Evidence))
        g.add((node, PROV.wasQuotedFrom, article_iri(ev.article)))
        g.add((node, CSTO.sentence, Literal(ev.sentence)))
        g.add((node, CSTO.sourceFile, Literal(shown_path(ev.path))))
        g.add((node, CSTO.charStart, _integer(ev.start)))
        g.add((node, CSTO.charEnd, _integer(ev.end)))
    return node


def _derived(g: Graph, subject: URIRef, evidence: tuple[Evidence, ...]) -> None:
    for ev in evidence:
        g.add((subject, PROV.wasDerivedFrom, _evidence(g, ev)))


def _add_article(g: Graph, article: Article) -> None:
    node = article_iri(article.id)
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, SCHEMA.headline, Literal(article.title)))
    g.add((node, SCHEMA.inLanguage, Literal(article.language)))
    g.add((node, CSTO.dateSource, Literal(article.date_source)))
    if article.date:
        g.add((node, SCHEMA.datePublished, date_literal(article.date)))
    for source in article.sources:
        # the name's own bytes (a name that is not UTF-8 arrives surrogate-escaped)
        digest = hashlib.sha1(f"{source.path}\0{source.start}".encode("utf-8", "surrogateescape")).hexdigest()[:12]
        span = ID[f"source/{article.id}/{digest}"]
        g.add((node, CSTO.occursIn, span))
        g.add((span, RDF.type, CSTO.SourceSpan))
        g.add((span, CSTO.sourceFile, Literal(shown_path(source.path))))
        g.add((span, CSTO.charStart, _integer(source.start)))
        g.add((span, CSTO.charEnd, _integer(source.end)))
        g.add((span, CSTO.encoding, Literal(source.encoding)))
    for caption in article.captions:
        g.add((node, SCHEMA.caption, Literal(caption.text, lang=caption.language)))


def name_key(name: str) -> str:
    """The key a name or alias is looked up by: the name in lower case, exactly as SPARQL
    ``LCASE`` gives it (so a query finds it with ``LCASE(STR(?name))``, an index lookup).

    >>> name_key("Sergey SHOIGU"), name_key("ШОЙГУ")
    ('sergey shoigu', 'шойгу')
    """
    return name.lower()


def _add_name_keys(g: Graph, node: URIRef, names) -> None:
    for key in {name_key(name) for name in names}:
        if key:
            g.add((node, CSTO.nameKey, Literal(key)))


def _add_named(g: Graph, node: URIRef, cls: URIRef, name: str, aliases) -> None:
    """A person or a place: its class, its schema:name (also its label) and its other names."""
    g.add((node, RDF.type, cls))
    g.add((node, SCHEMA.name, Literal(name)))
    g.add((node, RDFS.label, Literal(name)))
    for alias in aliases:
        g.add((node, SCHEMA.alternateName, Literal(alias)))


def _add_person(g: Graph, person: Person) -> None:
    node = person_iri(person.id)
    _add_named(g, node, SCHEMA.Person, person.name, person.aliases)
    _add_name_keys(g, node, (person.name, *person.aliases))
    if person.country:
        g.add((node, SCHEMA.nationality, org_iri(person.country)))
    for rank in person.ranks:
        g.add((node, CSTO.rank, Literal(rank)))
    _derived(g, node, person.evidence)


def _short_name(org: Organization) -> str | None:
    """A state's short name from the gazetteer (``short``: "Kyrgyzstan" for the "Kyrgyz
    Republic"), when it is not its name and is one of its aliases; None for other bodies."""
    from ..vocab.gazetteer import load_gazetteer

    entry = load_gazetteer().entries.get(org.id)
    short = entry.short if entry is not None and org.kind == "state" else None
    return short if short and short != org.name and short in org.aliases else None


def _add_org(g: Graph, org: Organization) -> None:
    node = org_iri(org.id)
    g.add((node, RDF.type, ORG.Organization))
    g.add((node, RDF.type, KIND_CLASS.get(org.kind, CSTO.OtherOrganization)))
    g.add((node, SKOS.prefLabel, Literal(org.name)))
    g.add((node, RDFS.label, Literal(org.name)))
    g.add((node, CSTO.kind, Literal(org.kind)))
    for alias in org.aliases:
        g.add((node, SKOS.altLabel, Literal(alias)))
    short = _short_name(org)
    if short:
        g.add((node, CSTO.shortName, Literal(short)))
    _add_name_keys(g, node, (org.name, *org.aliases))
    if org.parent:
        g.add((node, ORG.subOrganizationOf, org_iri(org.parent)))
        if org.kind == "body":
            g.add((node, ORG.unitOf, org_iri(org.parent)))
    if org.seat:
        g.add((node, CSTO.seat, place_iri(org.seat)))
    _derived(g, node, org.evidence)


def _add_place(g: Graph, place: Place) -> None:
    _add_named(g, place_iri(place.id), SCHEMA.Place, place.name, place.aliases)


def post_label(role: str) -> str:
    """The label of the post ``role`` names: its words, one space between them (the
    dashes and hyphens a text writes inside or before a title are no part of the post).

    >>> post_label("Secretary-General"), post_label("—Prime Minister")
    ('Secretary General', 'Prime Minister')
    """
    return " ".join(re.findall(r"\w+", role)) or role.strip()


def post_iri(label: str) -> URIRef:
    """The post node of ``label`` (a :func:`post_label`): one node per label, so each
    post has exactly one ``skos:prefLabel`` whichever occupancy writes it. The path
    keeps the label's case; a label ASCII cannot spell exactly takes a short hash.

    >>> str(post_iri("Secretary General")).rsplit("/", 1)[1]
    'Secretary-General'
    """
    from anyascii import anyascii

    path = re.sub(r"[^A-Za-z0-9]+", "-", anyascii(label)).strip("-") or "x"
    if path.replace("-", " ") != label:
        path += "-" + hashlib.sha1(label.encode("utf-8")).hexdigest()[:8]
    return ID[f"post/{path}"]


def _add_occupancy(g: Graph, occ: Occupancy) -> None:
    node = occupancy_iri(occ.id)
    label = post_label(occ.role)
    post = post_iri(label)
    g.add((node, RDF.type, CSTO.Occupancy))
    g.add((node, ORG.member, person_iri(occ.person)))
    g.add((node, ORG.role, post))
    g.add((post, RDF.type, CSTO.Post))
    g.add((post, SKOS.prefLabel, Literal(label)))
    g.add((node, CSTO.postTitle, Literal(occ.post)))
    if occ.org:
        g.add((node, ORG.organization, org_iri(occ.org)))
    for date in occ.dates:
        g.add((node, CSTO.attestedOn, date_literal(date)))
    if occ.dates:
        g.add((node, CSTO.firstEvidence, date_literal(occ.dates[0])))
        g.add((node, CSTO.lastEvidence, date_literal(occ.dates[-1])))
    _derived(g, node, occ.evidence)


def _add_event(g: Graph, event: Event) -> None:
    node = event_iri(event.id)
    g.add((node, RDF.type, SCHEMA.Event))
    g.add((node, RDF.type, CSTO[event.type.capitalize()]))
    g.add((node, CSTO.eventType, Literal(event.type)))
    g.add((node, SCHEMA.name, Literal(event.label)))
    g.add((node, RDFS.label, Literal(event.label)))
    if event.date:
        g.add((node, SCHEMA.startDate, date_literal(event.date)))
    if event.end_date:
        g.add((node, SCHEMA.endDate, date_literal(event.end_date)))
    if event.place:
        g.add((node, SCHEMA.location, place_iri(event.place)))
    if event.body:
        g.add((node, SCHEMA.organizer, org_iri(event.body)))
    if event.online:
        g.add((node, SCHEMA.eventAttendanceMode, SCHEMA.OnlineEventAttendanceMode))
    for article in event.articles:
        g.add((node, CSTO.reportedIn, article_iri(article)))
    _derived(g, node, event.evidence)
    for part in event.participants:
        pnode = participation_iri(event.id, part.person, part.role)
        g.add((node, CSTO.participation, pnode))
        g.add((node, SCHEMA.attendee, person_iri(part.person)))
        g.add((pnode, RDF.type, CSTO.Participation))
        g.add((pnode, CSTO.agent, person_iri(part.person)))
        g.add((pnode, CSTO.role, ROLE[part.role]))
        g.add((pnode, PROV.wasDerivedFrom, _evidence(g, part.evidence)))


def kb_triples(kb: KnowledgeBase) -> set:
    """The triples of the knowledge base, as a plain set (no rdflib indexes: about 4x
    faster to fill than a :class:`~rdflib.Graph`; the ``_add_*`` writers take either)."""
    g: set = set()
    for role, node in ROLE.items():
        g.add((node, RDF.type, CSTO.ParticipationRole))
        g.add((node, SKOS.prefLabel, Literal(role)))
    for article in kb.articles:
        _add_article(g, article)
    for person in kb.people:
        _add_person(g, person)
    for org in kb.organizations:
        _add_org(g, org)
    for place in kb.places:
        _add_place(g, place)
    for occ in kb.occupancies:
        _add_occupancy(g, occ)
    for event in kb.events:
        _add_event(g, event)
    from .tenure_rdf import tenure_triples  # tenures are read from the occupancies' triples

    g |= tenure_triples(g)
    return g


WRITERS = {Article: _add_article, Person: _add_person, Organization: _add_org, Place: _add_place,
           Occupancy: _add_occupancy, Event: _add_event}


def object_triples(objects) -> set:
    """The triples the knowledge-base objects ``objects`` (articles, people, ...) state,
    exactly as :func:`kb_triples` writes them (None items are skipped)."""
    g: set = set()
    for obj in objects:
        if obj is not None:
            WRITERS[type(obj)](g, obj)
    return g


def to_rdf(kb: KnowledgeBase | set) -> Graph:
    """The whole knowledge base (or its :func:`kb_triples`) as one rdflib graph."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    triples = kb if isinstance(kb, set) else kb_triples(kb)
    g.addN((s, p, o, g) for s, p, o in triples)
    return g


def ntriples_lines(triples) -> list[bytes]:
    """The N-Triples lines of ``triples`` (a graph or any iterable of triples), sorted, each
    once, UTF-8, with its line end: the one writer of the graph's lines, used by
    :func:`canonical_ntriples` and by the incremental build's patches.

    Each line is written as rdflib's own N-Triples row writer writes it (``_nt_row``: the
    terms' ``n3()``, a literal object by ``_quoteLiteral``), so the bytes are those of
    ``g.serialize(format="nt")``; an IRI's text is made once (a fifth of the writing at 1k).

    >>> ntriples_lines([(ID["a"], SCHEMA.name, Literal("A"))])
    [b'<https://w3id.org/csto-graph/id/a> <https://schema.org/name> "A" .\\n']
    """
    from rdflib.plugins.serializers.nt import _quoteLiteral

    iris: dict = {}  # each IRI written once (rdflib checks its characters on every n3())
    lines = set()
    for s, p, o in triples:
        s3 = iris.get(s) or iris.setdefault(s, s.n3())
        p3 = iris.get(p) or iris.setdefault(p, p.n3())
        o3 = _quoteLiteral(o) if isinstance(o, Literal) else iris.get(o) or iris.setdefault(o, o.n3())
        lines.add(f"{s3} {p3} {o3} .\n".encode("utf-8"))
    return sorted(lines)


def canonical_ntriples(g: Graph | set) -> bytes:
    """Sorted N-Triples: byte-identical for the same graph (it has no blank nodes).

    ``g`` is a graph or a set of triples (see :func:`ntriples_lines`).
    """
    lines = ntriples_lines(g)
    return b"".join(lines) if lines else b"\n"
