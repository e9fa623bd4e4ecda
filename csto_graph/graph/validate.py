"""Checking a built graph against the SHACL shapes of ``ontology/shapes.ttl``.

The shapes say what every node of the graph must look like (a participation has one
agent who is a person, an evidence node has integer offsets with start <= end, ...) and
that every person, post held, event and participation is ``prov:wasDerivedFrom`` a
sentence. :func:`validate` runs pySHACL over ``graph.nt`` with the ontology mixed in
(so subclasses count), plus one SPARQL check that no post held has its first evidence
after its last, and returns the violations as one-line messages.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..vocab.resources import ontology_dir
from .store import load_graph

SHAPES_FILE = "shapes.ttl"
ONTOLOGY_FILE = "csto.ttl"


@dataclass(frozen=True)
class Report:
    """The outcome of a validation: ``conforms`` and one line per violation."""

    conforms: bool
    violations: list[str] = field(default_factory=list)


def validate(out: str | os.PathLike) -> Report:
    """Validate the graph built in ``out`` against the SHACL shapes.

    Parameters
    ----------
    out : str or path
        A built folder (holding ``graph.nt``).

    Returns
    -------
    Report
        ``conforms`` is True when nothing violates a shape; ``violations`` holds one
        sorted line per violation: ``focus node  path: message (value)``.

    Raises
    ------
    GraphNotFoundError
        When ``out`` holds no built graph.
    """
    return validate_graph(load_graph(out))


def validate_graph(data) -> Report:
    """Validate an rdflib graph (see :func:`validate`)."""
    from pyshacl import validate as shacl_validate
    from rdflib import Graph

    shapes = Graph().parse(ontology_dir() / SHAPES_FILE, format="turtle")
    ontology = Graph().parse(ontology_dir() / ONTOLOGY_FILE, format="turtle")
    conforms, results, _text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none",
        abort_on_first=False, allow_warnings=True, advanced=True)
    order = _evidence_order(data)
    violations = sorted(_describe(results) + order)
    return Report(conforms=bool(conforms) and not order, violations=violations)


EVIDENCE_ORDER = """
SELECT ?this ?first ?last WHERE {
  ?this a <https://w3id.org/csto-graph/ontology#Occupancy> ;
        <https://w3id.org/csto-graph/ontology#firstEvidence> ?f ;
        <https://w3id.org/csto-graph/ontology#lastEvidence> ?l .
  BIND(STR(?f) AS ?first) BIND(STR(?l) AS ?last)
  BIND(IF(STRLEN(?first) < STRLEN(?last), STRLEN(?first), STRLEN(?last)) AS ?n)
  FILTER(SUBSTR(?first, 1, ?n) > SUBSTR(?last, 1, ?n))
}"""


def _evidence_order(data) -> list[str]:
    """Occupancies whose first evidence date comes after their last, compared at the
    dates' common precision ("2021-06" vs "2021-12-08"), in the lines of :func:`_describe`."""
    from rdflib import Graph

    from .rdf import PREFIXES

    names = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        names.bind(prefix, namespace)
    return [f"{_short(names, row.this)}  csto:firstEvidence: csto:firstEvidence {row.first} comes after "
            f"csto:lastEvidence {row.last}" for row in data.query(EVIDENCE_ORDER)]


def _describe(results) -> list[str]:
    """One line per sh:ValidationResult of a pySHACL results graph."""
    from rdflib import RDF, Graph, Namespace

    from .rdf import PREFIXES

    sh = Namespace("http://www.w3.org/ns/shacl#")
    names = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        names.bind(prefix, namespace)
    lines = []
    for result in results.subjects(RDF.type, sh.ValidationResult):
        focus = results.value(result, sh.focusNode)
        path = results.value(result, sh.resultPath)
        value = results.value(result, sh.value)
        message = (results.value(result, sh.resultMessage)
                   or results.value(result, sh.sourceConstraintComponent))
        line = _short(names, focus)
        if path is not None:
            inverse = results.value(path, sh.inversePath)
            line += "  " + (f"^{_short(names, inverse)}" if inverse is not None else _short(names, path))
        line += f": {message}"
        if value is not None and value != focus:
            line += f" (value: {_short(names, value)})"
        lines.append(" ".join(line.split()))
    return lines


def _short(names, term) -> str:
    """A term as a compact name (``id:person/x``, ``csto:agent``) or N-Triples text."""
    from rdflib import URIRef

    if isinstance(term, URIRef):
        return term.n3(names.namespace_manager)
    return term.n3()
