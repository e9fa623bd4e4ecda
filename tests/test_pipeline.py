"""End to end: the sample corpus built with the real model, then queried."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from csto_graph.pipeline import build as pipeline
from csto_graph.errors import CorpusError
from csto_graph.pipeline.build import BuildConfig, build
from csto_graph.graph.query import run_query

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
FAST = BuildConfig(render=False)

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "out"
    build([CORPUS], out, FAST)
    return out


def rows(out, name, **params):
    result = run_query(str(out), name, params)
    return [dict(zip(result.columns, row)) for row in result.rows]


def test_every_saved_query_has_the_contract_columns(sample_out):
    expected = {"people": ["person", "name", "aliases", "country"],
                "organizations": ["org", "name", "aliases", "kind"],
                "posts": ["person", "name", "post", "organization", "date"],
                "events": ["event", "type", "label", "date", "end_date", "place", "source"],
                "participants": ["event", "date", "name", "role"],
                "met": ["person_a", "person_b", "date", "place", "event"]}
    for name, columns in expected.items():
        result = run_query(str(sample_out), name)
        assert list(result.columns[:len(columns)]) == columns, name
        assert result.rows, name


def test_zas_is_one_person_with_his_surname_as_alias(sample_out):
    zas = [r for r in rows(sample_out, "people") if "Zas" in r["name"]]
    assert len(zas) == 1 and zas[0]["name"] == "Stanislav Zas" and "Zas" in zas[0]["aliases"].split("|")


def test_csc_and_collective_security_council_are_one_body(sample_out):
    hits = [r for r in rows(sample_out, "organizations") if "CSC" in r["aliases"].split("|")]
    assert len(hits) == 1 and hits[0]["name"] == "Collective Security Council" and hits[0]["kind"] == "body"


def test_military_committee_meeting_of_8_december_2021_was_chaired_by_gerasimov(sample_out):
    parts = [r for r in rows(sample_out, "participants") if r["date"] == "2021-12-08" and r["role"] == "chair"]
    assert [r["name"] for r in parts] == ["Valery Gerasimov"]


def test_the_same_items_in_two_files_are_one_article_with_two_sources(sample_out):
    arts = rows(sample_out, "articles")
    debate = [a for a in arts if a["date"] == "2024-07-19"]
    assert len(debate) == 1 and len(debate[0]["source"].split("|")) == 2


def test_met_pairs_are_ordered_by_name(sample_out):
    met = rows(sample_out, "met")
    assert met and all(r["person_a"] < r["person_b"] for r in met)


def test_building_twice_gives_the_same_bytes(sample_out, tmp_path):
    again = tmp_path / "again"
    build([CORPUS], again, FAST)
    assert (again / "graph.nt").read_bytes() == (sample_out / "graph.nt").read_bytes()


def test_a_bad_file_is_skipped_and_the_rest_is_built(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "empty.txt").write_bytes(b"")
    skipped = []
    report = build([corpus], tmp_path / "out", FAST, on_skip=skipped.append)
    assert sorted(Path(s.path).name for s in skipped) == ["broken.txt", "empty.txt"]
    assert report.people >= 20


def test_a_failed_build_leaves_the_last_good_graph_intact(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([CORPUS / "003_9add708278e0c2eb.txt"], out, FAST)
    before = (out / "graph.nt").read_bytes()

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline, "load_store", boom)
    with pytest.raises(RuntimeError):
        build([CORPUS], out, FAST)
    assert (out / "graph.nt").read_bytes() == before
    assert rows(out, "people")


def test_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(CorpusError):
        build([tmp_path], tmp_path / "out", FAST)


# ------------------------------------------------------------------- tenures (issue 18)


def test_csto_secretary_general_on_a_date_between_zas_s_evidence_is_zas(sample_out):
    found = rows(sample_out, "holders", post="CSTO Secretary General", date="2021-06-15")
    assert [(r["name"], r["status"], r["basis"], r["start_basis"], r["end_basis"]) for r in found] == [
        ("Stanislav Zas", "held", "evidence", "inferred", "inferred")]


def test_csto_secretary_general_between_zas_and_tasmagambetov_is_a_gap(sample_out):
    found = rows(sample_out, "holders", post="CSTO Secretary General", date="2023-03-01")
    assert [(r["name"], r["status"], r["basis"]) for r in found] == [
        ("Stanislav Zas|Imangali Tasmagambetov", "gap", "")]
    assert (found[0]["start"], found[0]["end"]) == ("2022-05-24", "2024-07-19")


@pytest.mark.parametrize("date", ["2021-06-15", "2021-12-08", "2023-03-01", "2024-04-22", "2025-10-31"])
def test_secretary_general_never_returns_a_deputy_or_a_un_secretary_general(sample_out, date):
    names = {n for r in rows(sample_out, "holders", post="Secretary General", date=date) for n in r["name"].split("|")}
    assert names and names <= {"Stanislav Zas", "Imangali Tasmagambetov"}


INVENTED = {  # invented people and news: tenures seen in two items, then a counterpart and a bare title
    "a1.txt": "Armenian Defence Minister Aram Tovmas visited the training centre\n\nYEREVAN, 2 February 2021. "
              "Armenian Defence Minister Aram Tovmas visited the training centre of the CSTO Collective Rapid "
              "Reaction Forces.\n",
    "a2.txt": "Meeting of the CSTO Council of Defence Ministers\n\nMOSCOW, 10 October 2021. The Minister of Defence "
              "of the Republic of Armenia Aram Tovmas took part in the meeting of the CSTO Council of Defence "
              "Ministers chaired by the Minister of Defence of the Russian Federation Ivan Petrov, and CSTO "
              "Secretary General Lev Marin.\n",
    "a3.txt": "Russian Defence Minister held talks in Moscow\n\nMOSCOW, 6 June 2021. Russian Defence Minister Ivan "
              "Petrov held talks with his Armenian counterpart in Moscow. The ministers discussed the drills.\n",
    "a4.txt": "CSTO Secretary General Lev Marin opened the course\n\nMOSCOW, 3 March 2021. CSTO Secretary General "
              "Lev Marin opened the course for staff officers.\n",
    "a5.txt": "Talks in Yerevan\n\nYEREVAN, 5 May 2021. The CSTO Secretary General met with Aram Tovmas in "
              "Yerevan.\n",
}


def test_a_counterpart_and_a_bare_title_are_joined_by_the_date_end_to_end(tmp_path):
    for name, text in INVENTED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path], out, FAST)
    found = rows(out, "inferred-participants")
    assert sorted((r["date"], r["name"], r["tenure"].rsplit("/", 1)[-1], r["paired"].rsplit("/", 1)[-1])
                  for r in found) == [
        ("2021-05-05", "Lev Marin", "lev-marin--secretary-general--csto", ""),
        ("2021-06-06", "Aram Tovmas", "aram-tovmas--minister-of-defence--armenia",
         "ivan-petrov--minister-of-defence--russia")]
    met = {(r["person_a"], r["person_b"], r["date"]): r["inferred"] for r in rows(out, "met")}
    assert met[("Aram Tovmas", "Ivan Petrov", "2021-06-06")] == "true"
    assert met[("Aram Tovmas", "Ivan Petrov", "2021-10-10")] == "false"
    assert ("Aram Tovmas", "Ivan Petrov", "2021-06-06") not in {
        (r["person_a"], r["person_b"], r["date"]) for r in rows(out, "met", inferred="false")}
