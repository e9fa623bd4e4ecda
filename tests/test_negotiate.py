"""Content negotiation: Accept ranges, qualities, wildcards, the format parameter, 406."""
from __future__ import annotations

import pytest

from csto_graph.views.negotiate import GRAPH_FORMATS, RESULT_FORMATS, choose, format_ranges, parse_accept


def chosen(accept, formats=RESULT_FORMATS):
    found = choose(parse_accept(accept), formats)
    return found.name if found else None


@pytest.mark.parametrize(("accept", "name"), [
    (None, "json"),
    ("", "json"),
    ("*/*", "json"),
    ("text/csv", "csv"),
    ("text/tab-separated-values;q=0.9, text/csv;q=0.8", "tsv"),
    ("text/csv, text/tab-separated-values", "csv"),           # equal quality: the header's order
    ("text/tab-separated-values, text/csv", "tsv"),
    ("application/json", "json"),                              # another name of SPARQL JSON
    ("text/*", "csv"),                                         # the first text/ format of the table
    ("text/csv;q=0, text/*", "tsv"),                           # the exact range's 0 is final
    ("*/*;q=0.1, application/sparql-results+xml;q=0.2", "xml"),
    ("image/png", None),
    ("text/csv;q=0", None),
    ("text/csv;q=banana", None),                               # a malformed range is dropped
    ("TEXT/CSV; Q=0.5", "csv"),
])
def test_results(accept, name):
    assert chosen(accept) == name


@pytest.mark.parametrize(("accept", "name"), [
    (None, "turtle"),
    ("application/json", "jsonld"),
    ("application/xml", "rdfxml"),
    ("text/plain", "ntriples"),
    ("application/sparql-results+json", None),
    ("text/csv", None),
])
def test_graphs(accept, name):
    assert chosen(accept, GRAPH_FORMATS) == name


@pytest.mark.parametrize(("fmt", "results", "graphs"), [
    ("json", "json", "jsonld"),
    ("xml", "xml", "rdfxml"),
    ("json-ld", None, "jsonld"),
    ("CSV", "csv", None),
    ("turtle", None, "turtle"),
    ("text/tab-separated-values", "tsv", None),
])
def test_format_parameter_names_a_format_of_each_kind(fmt, results, graphs):
    ranges = format_ranges(fmt)
    assert [(f.name if f else None) for f in (choose(ranges, RESULT_FORMATS), choose(ranges, GRAPH_FORMATS))] == [
        results, graphs]


def test_an_unknown_format_name_asks_for_nothing():
    assert format_ranges("png") == ()
    assert choose((), RESULT_FORMATS) is None


def test_every_format_has_its_own_media_type_and_a_w3c_iri():
    formats = RESULT_FORMATS + GRAPH_FORMATS
    assert len({f.media for f in formats}) == len(formats)
    assert all(f.iri.startswith("http://www.w3.org/ns/formats/") for f in formats)
