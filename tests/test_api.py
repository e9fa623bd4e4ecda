"""The analyst API: DataFrames from saved queries, NetworkX views, a light package import."""
from __future__ import annotations

import subprocess
import sys

from dataclasses import replace

import pandas as pd
import pytest
from conftest import SENTENCE, write_kb

import csto_graph
from csto_graph.errors import GraphNotFoundError
from csto_graph.graph.resolve import AmbiguousNameError, UnknownNameError
from csto_graph.models import Event, Evidence, Role
from csto_graph.views.api import as_periods
from csto_graph.views.network import ViewError

ID = "https://w3id.org/csto-graph/id/"
PETROV = f"{ID}person/p-a"


def plain(frame, columns) -> list[list]:
    """The cells as text, None where missing."""
    return [[None if pd.isna(v) else v.strftime("%Y-%m-%d") if isinstance(v, pd.Timestamp) else str(v) for v in row]
            for row in frame[columns].itertuples(index=False)]


@pytest.fixture
def dated_out(tmp_path, tiny_kb):
    """The tiny graph with Cyrillic aliases and two more talks: one dated by its month, one undated."""
    ev = tiny_kb.events[0].evidence[0]
    said = Evidence(ev.article, ev.path, 200, 240, "Petrov and Saparov held talks in May.")

    def talks(id_, date):
        return Event(id_, "talks", "Talks", date, None, None, None, False,
                     (Role("p-a", "host", said), Role("p-b", "guest", said)), (ev.article,), (said,))

    people = (replace(tiny_kb.people[0], aliases=("Иван Петров",)), tiny_kb.people[1])
    events = (talks("undated-talks", None),) + tiny_kb.events + (talks("2022-05-talks", "2022-05"),)
    return write_kb(replace(tiny_kb, people=people, events=events), tmp_path / "dated")


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
    assert kg.met()[["person_a", "person_b", "date"]].values.tolist() == [
        ["Arman Saparov", "Ivan Petrov", pd.Timestamp("2021-12-08")]]
    assert len(kg.met(person="saparov")) == 1
    with pytest.raises(UnknownNameError, match="no person matches 'Lavrov'"):
        kg.met(person="Lavrov")
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


# ------------------------------------------------------------- names (issue #16)


@pytest.mark.parametrize("name", ["Ivan Petrov", "PETROV", "Иван Петров", "петров", "Ivan Petrow", PETROV])
def test_met_takes_the_person_by_any_form_of_the_name(dated_out, name):
    frame = csto_graph.load(dated_out).met(person=name)
    assert len(frame) == 3 and set(frame["iri_b"]) == {PETROV}


def test_met_rows_carry_label_type_roles_and_sentence_dated_first_in_date_order(dated_out):
    frame = csto_graph.load(dated_out).met()
    assert plain(frame, ["date", "label", "type", "role_a", "role_b"]) == [
        ["2021-12-08", "Session of the Collective Security Council", "session", "participant", "chair"],
        ["2022-05-01", "Talks", "talks", "guest", "host"],
        [None, "Talks", "talks", "guest", "host"]]
    assert frame["sentence"].tolist()[:2] == [SENTENCE, "Petrov and Saparov held talks in May."]


def test_dates_are_datetimes_whose_precision_survives_and_missing_is_na(dated_out):
    frame = csto_graph.load(dated_out).met()
    assert frame["date"].dtype == "datetime64[ns]" and frame["date"][2] is pd.NaT
    assert frame["date_precision"].tolist()[:2] == ["day", "month"] and frame["date_precision"].isna()[2]
    assert list(frame.columns)[-1] == "date_precision"  # after the query's own columns
    assert as_periods(frame).tolist() == [pd.Period("2021-12-08", "D"), pd.Period("2022-05", "M"), pd.NaT]
    assert frame.sort_values("date")["date_precision"].tolist()[:2] == ["day", "month"]  # mixed precisions sort
    assert frame["place"].isna().tolist() == [False, True, True] and frame["place"].dtype == "string"


def test_meetings_take_a_name_and_count_as_numbers(dated_out):
    frame = csto_graph.load(dated_out).meetings("сапаров")
    assert frame["times"].dtype == "Int64" and frame["times"].tolist() == [3, 3, 3]
    assert frame["other"].tolist() == ["Ivan Petrov"] * 3 and set(frame["name"]) == {"Arman Saparov"}
    assert frame[["role", "other_role"]].values.tolist()[1] == ["guest", "host"]


def test_evidence_takes_a_name_and_gives_offsets_as_numbers(dated_out):
    frame = csto_graph.load(dated_out).evidence("Petrov")
    assert set(frame["subject"]) == {PETROV}
    assert frame["char_start"].dtype == "Int64" and 200 in frame["char_start"].tolist()


def test_evidence_of_an_ambiguous_name_lists_the_candidates(tmp_path, tiny_kb):
    people = (replace(tiny_kb.people[0], aliases=()), replace(tiny_kb.people[1], name="Oleg Petrov"))
    kg = csto_graph.load(write_kb(replace(tiny_kb, people=people), tmp_path / "twins"))
    with pytest.raises(AmbiguousNameError, match="Ivan Petrov, Oleg Petrov"):
        kg.evidence("Petrov")


def test_timeline_of_a_person_lists_posts_and_events_in_date_order_undated_last(dated_out):
    frame = csto_graph.load(dated_out).timeline("Ivan Petrov")
    assert plain(frame, ["date", "kind", "label", "role"]) == [
        ["2021-12-08", "event", "Session of the Collective Security Council", "chair"],
        ["2021-12-08", "post", "Minister of Defense", None],
        ["2022-05-01", "event", "Talks", "host"],
        [None, "event", "Talks", "host"]]


def test_timeline_of_a_body_lists_the_events_it_held(dated_out):
    frame = csto_graph.load(dated_out).timeline("CSC")
    assert frame[["kind", "label", "role"]].values.tolist() == [
        ["event", "Session of the Collective Security Council", "organizer"]]


def test_docstring_examples_run():
    import doctest

    from csto_graph.views import api

    result = doctest.testmod(api)
    assert result.attempted >= 3 and result.failed == 0
