"""The SPARQL 1.1 service description of the endpoint."""
from __future__ import annotations

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.compare import isomorphic

from csto_graph.views.description import service_description

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
ENDPOINT = "http://127.0.0.1:7878/sparql"


def parsed(accept: str, fmt: str) -> Graph:
    media, data = service_description(ENDPOINT, ((accept, 1.0),), 4.0, ("schema", "csto"))
    assert media == accept
    return Graph().parse(data=data.decode("utf-8"), format=fmt)


def test_the_description_names_endpoint_languages_limit_and_prefixes():
    graph = parsed("text/turtle", "turtle")
    service = graph.value(predicate=SD.endpoint, object=URIRef(ENDPOINT))
    assert (service, None, SD.Service) in graph
    assert set(graph.objects(service, SD.supportedLanguage)) == {SD.SPARQL10Query, SD.SPARQL11Query}
    comment = str(graph.value(service, URIRef("http://www.w3.org/2000/01/rdf-schema#comment")))
    assert "4 s" in comment and "schema:, csto:" in comment
    dataset = graph.value(service, SD.defaultDataset)
    assert graph.value(dataset, SD.defaultGraph) is not None


@pytest.mark.parametrize(("accept", "fmt"), [("application/n-triples", "nt"), ("application/rdf+xml", "xml"),
                                             ("application/ld+json", "json-ld"), ("text/n3", "n3")])
def test_every_rdf_format_gives_the_same_graph(accept, fmt):
    assert isomorphic(parsed(accept, fmt), parsed("text/turtle", "turtle"))


def test_no_rdf_format_acceptable_is_none():
    assert service_description(ENDPOINT, (("text/csv", 1.0),), 4.0) is None


def test_an_endpoint_that_is_no_iri_is_refused():
    with pytest.raises(ValueError):
        service_description("http://a b/sparql", (("*/*", 1.0),), 4.0)
