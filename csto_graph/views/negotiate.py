"""Content negotiation of the endpoint: which format answers a request, or none (406).

The formats an answer can take are one table per kind of answer (:data:`RESULT_FORMATS`
for SELECT and ASK, :data:`GRAPH_FORMATS` for CONSTRUCT, DESCRIBE and the service
description); the same tables name the formats in the service description and in the
``format`` parameter. A request's ``Accept`` header is read as media ranges with their
quality (RFC 9110, 12.5.1); the format chosen is the one with the highest quality, a
range that names it exactly winning over ``type/*`` and ``*/*``, then the one the header
names first, then the order of the table. A format of quality 0, or none at all that
fits, is no answer: the endpoint says 406.

>>> choose(parse_accept("text/csv;q=0.5, application/sparql-results+json"), RESULT_FORMATS).name
'json'
>>> choose(parse_accept("image/png"), RESULT_FORMATS) is None
True
>>> choose(format_ranges("json-ld"), GRAPH_FORMATS).media
'application/ld+json'
"""
from __future__ import annotations

from dataclasses import dataclass

W3_FORMATS = "http://www.w3.org/ns/formats/"

MediaRange = tuple[str, float]  # ("text/csv", 0.5)


@dataclass(frozen=True)
class Format:
    """One serialization of answers.

    Attributes
    ----------
    name : str
        Its short name (the ``format=`` parameter); ``names`` lists the others accepted.
    media : str
        The media type of the answer.
    engine : str
        The member of pyoxigraph's ``QueryResultsFormat`` or ``RdfFormat`` that writes it.
    iri : str
        Its IRI in the W3C registry of formats (for the service description).
    also : tuple of str
        Other media types that clients send for it (``application/json``...).
    """

    name: str
    media: str
    engine: str
    iri: str
    also: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    def accepts(self, media: str) -> int:
        """How exactly a media range names this format: 2 exactly (or by another name), 1 as
        ``type/*`` of the media type answered, 0 as ``*/*``, -1 not at all.

        >>> [RESULT_FORMATS[0].accepts(m) for m in ("application/json", "application/*", "text/*")]
        [2, 1, -1]
        """
        if media == self.media or media in self.also:
            return 2
        if media == "*/*":
            return 0
        if media.endswith("/*") and self.media.split("/")[0] == media[:-2]:
            return 1
        return -1


RESULT_FORMATS = (
    Format("json", "application/sparql-results+json", "JSON", W3_FORMATS + "SPARQL_Results_JSON",
           ("application/json", "text/javascript", "application/javascript"), ("srj",)),
    Format("xml", "application/sparql-results+xml", "XML", W3_FORMATS + "SPARQL_Results_XML",
           ("application/xml", "text/xml"), ("srx",)),
    Format("csv", "text/csv", "CSV", W3_FORMATS + "SPARQL_Results_CSV"),
    Format("tsv", "text/tab-separated-values", "TSV", W3_FORMATS + "SPARQL_Results_TSV", (), ("tab",)),
)
GRAPH_FORMATS = (
    Format("turtle", "text/turtle", "TURTLE", W3_FORMATS + "Turtle",
           ("application/turtle", "application/x-turtle"), ("ttl",)),
    Format("ntriples", "application/n-triples", "N_TRIPLES", W3_FORMATS + "N-Triples",
           ("text/plain",), ("nt", "n-triples")),
    Format("rdfxml", "application/rdf+xml", "RDF_XML", W3_FORMATS + "RDF_XML",
           ("application/xml", "text/xml"), ("rdf", "rdf+xml", "xml")),
    Format("jsonld", "application/ld+json", "JSON_LD", W3_FORMATS + "JSON-LD",
           ("application/json", "application/x-json+ld"), ("json-ld", "json")),
    Format("n3", "text/n3", "N3", W3_FORMATS + "N3", ("text/rdf+n3", "application/n3")),
)


def parse_accept(header: str | None) -> tuple[MediaRange, ...]:
    """The media ranges of an ``Accept`` header with their quality, in the header's order.

    No header (or an empty one) accepts anything. Parameters other than ``q`` are
    ignored; a range with a malformed quality is dropped.

    >>> parse_accept("text/csv;q=0.5, Application/JSON;charset=utf-8, text/html;q=x")
    (('text/csv', 0.5), ('application/json', 1.0))
    >>> parse_accept(None)
    (('*/*', 1.0),)
    """
    if not header or not header.strip():
        return (("*/*", 1.0),)
    ranges = []
    for item in header.split(","):
        media, *params = [p.strip() for p in item.split(";")]
        quality = next((p.split("=", 1)[1].strip() for p in params if p.lower().startswith("q=")), "1")
        try:
            q = min(1.0, max(0.0, float(quality)))
        except ValueError:
            continue
        if "/" in media:
            ranges.append((media.lower(), q))
    return tuple(ranges)


def format_ranges(name: str) -> tuple[MediaRange, ...]:
    """The media ranges that a ``format`` (or ``output``) parameter asks for.

    A short name (``json``, ``csv``, ``turtle``, ``json-ld``...) names the formats of that
    name in both tables (``json`` is SPARQL JSON for a SELECT, JSON-LD for a CONSTRUCT); a
    media type, or a list of them as in an ``Accept`` header (SPARQLWrapper sends
    ``format=application/ld+json,application/x-json+ld``), names itself. A name no format
    has asks for nothing (so the answer is 406).

    >>> format_ranges("xml")
    (('application/sparql-results+xml', 1.0), ('application/rdf+xml', 1.0))
    >>> format_ranges("application/ld+json,application/x-json+ld")
    (('application/ld+json', 1.0), ('application/x-json+ld', 1.0))
    """
    key = name.strip().lower()
    if "/" in key:
        return parse_accept(key)
    return tuple((f.media, 1.0) for f in (*RESULT_FORMATS, *GRAPH_FORMATS) if key == f.name or key in f.names)


def choose(ranges: tuple[MediaRange, ...], formats: tuple[Format, ...]) -> Format | None:
    """The format of ``formats`` that ``ranges`` prefer, or None when none is acceptable.

    >>> choose(parse_accept("text/turtle;q=0.9, */*;q=0.1"), GRAPH_FORMATS).name
    'turtle'
    >>> choose(parse_accept("text/csv, */*"), RESULT_FORMATS).name
    'csv'
    >>> choose(parse_accept("text/csv;q=0, */*"), RESULT_FORMATS).name
    'json'
    """
    best, best_key = None, None
    for order, fmt in enumerate(formats):
        matches = [(fmt.accepts(media), q, -position) for position, (media, q) in enumerate(ranges)]
        matches = [m for m in matches if m[0] >= 0]
        if not matches:
            continue
        exactness, q, position = max(matches)  # the most specific range decides the quality
        key = (q, exactness, position, -order)
        if q > 0 and (best_key is None or key > best_key):
            best, best_key = fmt, key
    return best


def describe(formats: tuple[Format, ...]) -> str:
    """The media types of ``formats``, for a 406 message.

    >>> describe(RESULT_FORMATS[2:])
    'text/csv, text/tab-separated-values'
    """
    return ", ".join(f.media for f in formats)
