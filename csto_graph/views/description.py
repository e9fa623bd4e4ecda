"""The endpoint's SPARQL 1.1 service description (https://www.w3.org/TR/sparql11-service-description/).

``GET /sparql`` without a query answers with this description, in the RDF format the
``Accept`` header asks for (Turtle when it asks for nothing in particular): the
endpoint's address, the query languages (SPARQL 1.0 and 1.1 Query; no Update, no
federation), every result and graph format of :mod:`csto_graph.views.negotiate`, the
entailment regime (simple) and the default dataset.

>>> graph = description_triples("http://127.0.0.1:7878/sparql", 10.0)
>>> sorted(t.object.value for t in graph if t.predicate.value.endswith("#supportedLanguage"))
['http://www.w3.org/ns/sparql-service-description#SPARQL10Query', 'http://www.w3.org/ns/sparql-service-description#SPARQL11Query']
"""
from __future__ import annotations

from .negotiate import GRAPH_FORMATS, RESULT_FORMATS, MediaRange, choose

SD = "http://www.w3.org/ns/sparql-service-description#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PREFIXES = {"sd": SD, "dcterms": "http://purl.org/dc/terms/", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "formats": "http://www.w3.org/ns/formats/", "ent": "http://www.w3.org/ns/entailment/"}


def description_triples(endpoint: str, timeout: float, prefixes: tuple[str, ...] = ()) -> list:
    """The triples of the service description of the endpoint at ``endpoint`` (an absolute IRI),
    whose queries run ``timeout`` seconds at most with ``prefixes`` predeclared.

    Raises
    ------
    ValueError
        ``endpoint`` is not an IRI.
    """
    from pyoxigraph import BlankNode, Literal, NamedNode, Triple

    service, dataset, graph = BlankNode("service"), BlankNode("dataset"), BlankNode("default")

    def sd(term: str) -> NamedNode:
        return NamedNode(SD + term)

    kind = NamedNode(RDF_TYPE)
    triples = [
        Triple(service, kind, sd("Service")),
        Triple(service, sd("endpoint"), NamedNode(endpoint)),
        Triple(service, sd("supportedLanguage"), sd("SPARQL10Query")),
        Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        Triple(service, NamedNode(PREFIXES["dcterms"] + "title"), Literal("csto-graph knowledge graph")),
        Triple(service, NamedNode(PREFIXES["rdfs"] + "comment"), Literal(
            f"Read-only (no SPARQL Update); SERVICE is refused; a query may run {timeout:g} s at most."
            + (f" Predeclared prefixes: {', '.join(p + ':' for p in prefixes)}." if prefixes else ""))),
        *(Triple(service, sd("resultFormat"), NamedNode(f.iri)) for f in (*RESULT_FORMATS, *GRAPH_FORMATS)),
        Triple(service, sd("defaultEntailmentRegime"), NamedNode(PREFIXES["ent"] + "Simple")),
        Triple(service, sd("defaultDataset"), dataset),
        Triple(dataset, kind, sd("Dataset")),
        Triple(dataset, sd("defaultGraph"), graph),
        Triple(graph, kind, sd("Graph")),
    ]
    return triples


def service_description(endpoint: str, accepted: tuple[MediaRange, ...], timeout: float,
                        prefixes: tuple[str, ...] = ()) -> tuple[str, bytes] | None:
    """(media type, bytes) of the description in the format ``accepted`` prefers; None
    when no RDF format fits (the endpoint answers 406).

    >>> media, data = service_description("http://localhost:7878/sparql", (("text/turtle", 1.0),), 10.0)
    >>> media, b"sd:endpoint <http://localhost:7878/sparql>" in data
    ('text/turtle', True)
    """
    from pyoxigraph import RdfFormat, serialize

    fmt = choose(accepted, GRAPH_FORMATS)
    if fmt is None:
        return None
    triples = description_triples(endpoint, timeout, prefixes)
    return fmt.media, serialize(triples, format=getattr(RdfFormat, fmt.engine), prefixes=PREFIXES)
