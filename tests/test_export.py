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


# ------------------------------------------------------------------ what a Gephi user expects

GEXF = "{http://www.gexf.net/1.2draft}"
ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"


def gexf_tree(path):
    import xml.etree.ElementTree as ET

    return ET.parse(path).getroot()


def test_gexf_is_dynamic_with_iso_dates_on_nodes_and_edges(tiny_out, tmp_path):
    import re

    root = gexf_tree(export(tiny_out, "gexf", tmp_path / "g.gexf"))
    graph = root.find(f"{GEXF}graph")
    assert root.get("version") == "1.2" and (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    nodes = {n.get("id"): n for n in graph.iter(f"{GEXF}node")}
    assert (nodes[SESSION].get("start"), nodes[SESSION].get("end")) == ("2021-12-08", "2021-12-08")
    post = next(e for e in graph.iter(f"{GEXF}edge")
                if {e.get("source"), e.get("target")} == {SAPAROV, f"{ID}org/csto"})
    assert (post.get("start"), post.get("end")) == ("2021-06-01", "2021-12-08")  # "2021-06" starts on its first day
    assert (nodes[SAPAROV].get("start"), nodes[SAPAROV].get("end")) == ("2021-06-01", "2021-12-08")
    dates = [e.get(k) for e in (*graph.iter(f"{GEXF}node"), *graph.iter(f"{GEXF}edge")) for k in ("start", "end")]
    assert all(re.match(ISO_DAY, d) for d in dates if d is not None) and dates.count(None) < len(dates)


def test_people_network_is_weighted_by_shared_events_with_first_and_last_date(tiny_out, tmp_path):
    G = nx.read_gexf(export(tiny_out, "gexf", tmp_path / "p.gexf", network_kind="people"))
    assert sorted(G.nodes) == [PETROV, SAPAROV]
    edge = G.edges[PETROV, SAPAROV]
    assert (edge["weight"], edge["first"], edge["last"], edge["kind"]) == (1.0, "2021-12-08", "2021-12-08", "met")
    assert edge["spells"] == [("2021-12-08", "2021-12-08")]


def test_people_network_counts_each_shared_event_once_with_a_spell_each():
    from csto_graph.views.export import dynamic, people_network
    from csto_graph.views.network import example_graph

    H = dynamic(people_network(example_graph()))
    edge = H.edges["urn:a", "urn:b"]
    assert edge["weight"] == 2
    assert edge["spells"] == [("2021-12-08", "2021-12-08"), ("2022-03-01", "2022-03-31")]
    assert (H.nodes["urn:a"]["start"], H.nodes["urn:a"]["end"]) == ("2021-12-08", "2022-03-31")


def test_people_network_csv_has_a_weight_column(tiny_out, tmp_path):
    folder = export(tiny_out, "csv", tmp_path / "people", network_kind="people")
    with open(folder / "edges.csv", encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert [(e["source"], e["target"], e["weight"], e["first"]) for e in edges] == [
        (PETROV, SAPAROV, "1", "2021-12-08")]


def test_gexf_to_standard_output_reads_back(tiny_out, tmp_path):
    result = CliRunner().invoke(main, ["export", str(tiny_out), "--format", "gexf", "--network", "people",
                                       "--out", "-"])
    assert result.exit_code == 0, result.output
    (tmp_path / "stdout.gexf").write_bytes(result.stdout_bytes)
    assert nx.read_gexf(tmp_path / "stdout.gexf").has_edge(PETROV, SAPAROV)
    assert not (tiny_out / "export").exists()


def test_a_gexf_export_gets_the_mode_of_any_new_file(tiny_out, tmp_path):
    import os

    mask = os.umask(0o027)
    try:
        dest = export(tiny_out, "gexf", tmp_path / "g.gexf", network_kind="people")
    finally:
        os.umask(mask)
    assert dest.stat().st_mode & 0o777 == 0o640


def test_a_network_choice_for_an_rdf_format_is_a_one_line_error(tiny_out, tmp_path):
    result = CliRunner().invoke(main, ["export", str(tiny_out), "--format", "turtle", "--network", "people",
                                       "--out", str(tmp_path / "g.ttl")])
    assert result.exit_code == 2 and "is for graphml, gexf and csv" in result.output
    assert result.output.count("\n") == 1
