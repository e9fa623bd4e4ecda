"""Exports: every format is written and reads back."""
from __future__ import annotations

import csv

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from csto_graph.cli import main
from csto_graph.views.export import GRAPH_IRI, ExportError, export
from csto_graph.graph.store import GRAPH_FILE

ID = "https://w3id.org/csto-graph/id/"
# rdflib's own TriG / N-Quads code calls its deprecated Dataset API
pytestmark = pytest.mark.filterwarnings("ignore:(Dataset|ConjunctiveGraph).*deprecated:DeprecationWarning")

PETROV, SAPAROV = f"{ID}person/p-a", f"{ID}person/p-b"
SESSION = f"{ID}event/2021-12-08-session-csc"


def triples_of(out) -> set:
    return set(Graph().parse(out / GRAPH_FILE, format="nt"))


@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("jsonld", "json-ld")])
def test_rdf_export_reads_back_as_the_same_triples(tiny_out, tmp_path, fmt, parse_as):
    path = export(tiny_out, fmt, tmp_path / f"graph.{fmt}")
    assert set(Graph().parse(path, format=parse_as)) == triples_of(tiny_out)


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_quad_export_holds_the_triples_in_one_named_graph(tiny_out, tmp_path, fmt):
    path = export(tiny_out, fmt, tmp_path / f"graph.{fmt}")
    data = Dataset()
    data.parse(path, format=fmt)
    assert set(data.graph(GRAPH_IRI)) == triples_of(tiny_out)
    assert len(data) == len(triples_of(tiny_out))  # nothing outside the named graph


def test_turtle_export_uses_the_project_prefixes(tiny_out, tmp_path):
    text = export(tiny_out, "turtle", tmp_path / "g.ttl").read_text(encoding="utf-8")
    assert "@prefix csto: <https://w3id.org/csto-graph/ontology#> ." in text
    assert "ns1:" not in text


def test_graphml_export_reads_back_with_people_events_and_bodies(tiny_out, tmp_path):
    G = nx.read_graphml(export(tiny_out, "graphml", tmp_path / "g.graphml"))
    assert G.nodes[PETROV] == {"label": "Ivan Petrov", "category": "person", "type": "person"}
    assert G.nodes[SESSION]["type"] == "session" and G.nodes[SESSION]["place"] == "Moscow"
    assert G.edges[PETROV, SESSION]["label"] == "chair"
    assert G.edges[SAPAROV, f"{ID}org/csto"]["kind"] == "post"
    assert G.edges[SESSION, f"{ID}org/csto-csc"]["label"] == "organizer"
    assert not G.has_edge(PETROV, SAPAROV)  # co-attendance is implied, not exported


def test_gexf_export_reads_back(tiny_out, tmp_path):
    G = nx.read_gexf(export(tiny_out, "gexf", tmp_path / "g.gexf"))
    assert G.nodes[SAPAROV]["label"] == "Arman Saparov"
    assert G.edges[SAPAROV, f"{ID}org/csto"]["label"] == "CSTO Secretary General"
    assert G.number_of_nodes() == 6 and G.number_of_edges() == 5


def test_csv_export_writes_nodes_and_edges_person_first(tiny_out, tmp_path):
    folder = export(tiny_out, "csv", tmp_path / "tables")
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as handle:
        nodes = {row["id"]: row for row in csv.DictReader(handle)}
    with open(folder / "edges.csv", encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert nodes[f"{ID}org/russia"]["type"] == "state"
    assert nodes[SESSION]["date"] == "2021-12-08"
    post = next(e for e in edges if e["kind"] == "post" and e["source"] == SAPAROV)
    assert (post["target"], post["first"], post["last"]) == (f"{ID}org/csto", "2021-06", "2021-12-08")
    assert {(e["source"], e["target"], e["label"]) for e in edges if e["kind"] == "attended"} == {
        (PETROV, SESSION, "chair"), (SAPAROV, SESSION, "participant")}


def test_default_destination_is_inside_the_built_folder(tiny_out):
    assert export(tiny_out, "turtle") == tiny_out / "export" / "graph.ttl"
    assert (tiny_out / "export" / "graph.ttl").is_file()


def test_unknown_format_is_an_export_error(tiny_out):
    with pytest.raises(ExportError, match="unknown format 'rdfxml'"):
        export(tiny_out, "rdfxml")


def test_a_folder_as_a_file_destination_is_an_export_error(tiny_out, tmp_path):
    with pytest.raises(ExportError, match="is a folder"):
        export(tiny_out, "graphml", tmp_path)


def test_cli_export(tiny_out, tmp_path):
    result = CliRunner().invoke(main, ["export", str(tiny_out), "--format", "nquads", "--out", str(tmp_path / "g.nq")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "g.nq").read_text(encoding="utf-8").split("\n")
    assert len([ln for ln in lines if ln.strip()]) == len(triples_of(tiny_out))
