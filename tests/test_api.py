"""The analyst API: DataFrames from saved queries, NetworkX views, a light package import."""
from __future__ import annotations

import subprocess
import sys

import pytest

import csto_graph
from csto_graph.errors import GraphNotFoundError
from csto_graph.views.network import ViewError


def test_load_refuses_a_folder_without_a_graph(tmp_path):
    with pytest.raises(GraphNotFoundError, match="holds no built graph"):
        csto_graph.load(tmp_path)


def test_query_gives_a_dataframe_with_the_query_columns(tiny_out):
    people = csto_graph.load(tiny_out).query("people")
    assert list(people.columns) == ["person", "name", "aliases", "country"]
    assert sorted(people["name"]) == ["Arman Saparov", "Ivan Petrov"]


def test_query_binds_parameters(tiny_out):
    kg = csto_graph.load(tiny_out)
    frame = kg.query("SELECT ?name WHERE { ?p schema:name ?name } ", name="Ivan Petrov")
    assert frame["name"].tolist() == ["Ivan Petrov"]


def test_met_filters_by_person_and_dates(tiny_out):
    kg = csto_graph.load(tiny_out)
    assert kg.met()[["person_a", "person_b", "date"]].values.tolist() == [["Arman Saparov", "Ivan Petrov", "2021-12-08"]]
    assert len(kg.met(person="saparov")) == 1 and len(kg.met(person="Lavrov")) == 0
    assert len(kg.met(since="2021-12", until="2021")) == 1 and len(kg.met(since="2022")) == 0
    with pytest.raises(ViewError, match="since '2021-13' is not a date"):
        kg.met(since="2021-13")


def test_to_networkx_gives_each_view(tiny_out):
    kg = csto_graph.load(tiny_out)
    assert [d["weight"] for _, _, d in kg.to_networkx().edges(data=True)] == [1]
    assert kg.to_networkx("person_event").number_of_edges() == 2
    assert kg.to_networkx("body_event", since="2022").number_of_nodes() == 0
    with pytest.raises(ValueError, match="unknown kind 'people'"):
        kg.to_networkx("people")


def test_importing_the_package_loads_nothing_heavy():
    code = ("import sys, csto_graph; heavy = {'pandas', 'rdflib', 'networkx', 'pyoxigraph', 'spacy'};"
            "print(sorted(heavy & set(sys.modules)), callable(csto_graph.load))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] True"


def test_dir_of_the_package_shows_load():
    assert {"load", "KnowledgeGraph"} <= set(dir(csto_graph))


def test_met_and_to_networkx_leave_out_inferred_participants_on_request(tmp_path):
    from conftest import write_kb
    from test_bare_titles import LEE, MET, kb

    kg = csto_graph.load(write_kb(kb([LEE], "2021-06-06", MET), tmp_path / "out"))
    assert sorted(kg.met()[["person_a", "inferred"]].values.tolist()) == [["Ann Lee", "true"], ["Arman Saparov", "false"]]
    assert kg.met(inferred=False)["person_a"].tolist() == ["Arman Saparov"]
    assert kg.to_networkx().number_of_edges() == 2
    assert kg.to_networkx(inferred=False).number_of_edges() == 1
