"""Tenures in the graph (csto_graph.graph.tenure_rdf) and the `holders` query over them, on
hand-written knowledge bases of invented people and articles."""
from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import make_kb, write_kb
from rdflib import RDF, Literal, URIRef

from csto_graph.graph.query import run_query
from csto_graph.graph.rdf import CSTO, ID, ORG, kb_triples, to_rdf
from csto_graph.graph.resolve import UnknownNameError
from csto_graph.graph.tenure_rdf import TIME, tenure_triples
from csto_graph.graph.validate import validate_graph
from csto_graph.models import Article, Evidence, Occupancy, Person, Piece, SourceRef


def _article(n: int, date: str, text: str) -> tuple[Article, Evidence]:
    aid = f"a{n:012d}"
    art = Article(aid, text[:40], date, "headline", text, (Piece(0, 0, len(text)),),
                  (SourceRef(f"corpus/{n}.txt", 0, len(text), "utf-8"),))
    return art, Evidence(aid, f"corpus/{n}.txt", 0, len(text), text)


def kb_with(*holdings: tuple[str, str, str, str | None, list[tuple[str, str]]]):
    """The tiny knowledge base (without its Secretary General) plus people holding posts:
    (person id, name, title, org, [(date, sentence)])."""
    kb = make_kb()
    articles, people = list(kb.articles), list(kb.people)
    occs = [o for o in kb.occupancies if "secretary" not in o.id]
    n = 10
    for pid, name, title, org, told in holdings:
        evs = []
        for date, sentence in told:
            n += 1
            art, ev = _article(n, date, sentence)
            articles.append(art)
            evs.append(ev)
        if pid not in {p.id for p in people}:
            people.append(Person(pid, name, (name.split()[-1],), None, (), (evs[0],)))
        occs.append(Occupancy(f"{pid}--{title.lower().replace(' ', '-')}--{org}", pid, title, title, org,
                              tuple(sorted(d for d, _ in told)), tuple(evs)))
    return replace(kb, articles=tuple(articles), people=tuple(people), occupancies=tuple(occs))


def holders(out, post: str, date: str) -> list[tuple[str, str, str]]:
    result = run_query(str(out), "holders", {"post": post, "date": date})
    return [(r[1], r[4], r[5]) for r in result.rows]


LEE = ("p-lee", "Ann Lee", "CSTO Secretary General", "csto",
       [("2019-03-03", "CSTO Secretary General Ann Lee opened the session."),
        ("2020-05-05", "CSTO Secretary General Ann Lee met the press.")])
PARK_SEEN = ("p-park", "Bo Park", "CSTO Secretary General", "csto",
             [("2022-02-02", "CSTO Secretary General Bo Park spoke."),
              ("2022-09-09", "CSTO Secretary General Bo Park spoke again.")])
PARK_TOOK_OFFICE = ("p-park", "Bo Park", "CSTO Secretary General", "csto",
                    [("2022-02-02", "Bo Park took office as CSTO Secretary General on 1 January 2021.")])


@pytest.fixture
def gap_out(tmp_path):
    return write_kb(kb_with(LEE, PARK_SEEN), tmp_path / "gap")


def test_a_date_between_one_holder_s_evidence_is_held_on_evidence(gap_out):
    assert holders(gap_out, "CSTO Secretary General", "2019-10-10") == [("Ann Lee", "held", "evidence")]


def test_a_date_between_two_holders_seen_only_in_evidence_is_a_gap(gap_out):
    assert holders(gap_out, "CSTO Secretary General", "2021-01-01") == [("Ann Lee|Bo Park", "gap", "")]


def test_before_the_first_holder_and_after_the_last_nothing_is_said(gap_out):
    assert holders(gap_out, "CSTO Secretary General", "2018-01-01") == []
    assert holders(gap_out, "CSTO Secretary General", "2023-01-01") == []


def test_before_a_successor_s_attested_start_it_is_a_gap_and_after_it_the_successor_on_attested(tmp_path):
    out = write_kb(kb_with(LEE, PARK_TOOK_OFFICE), tmp_path / "attested")
    assert holders(out, "CSTO Secretary General", "2020-10-10") == [("Ann Lee|Bo Park", "gap", "")]
    assert holders(out, "CSTO Secretary General", "2021-06-06") == [("Bo Park", "held", "attested")]


def test_two_tenures_of_a_one_holder_post_on_one_date_are_ambiguous(tmp_path):
    rival = ("p-park", "Bo Park", "CSTO Secretary General", "csto",
             [("2019-06-06", "CSTO Secretary General Bo Park spoke."),
              ("2019-09-09", "CSTO Secretary General Bo Park spoke again.")])
    out = write_kb(kb_with(LEE, rival), tmp_path / "ambiguous")
    assert holders(out, "CSTO Secretary General", "2019-07-07") == [
        ("Ann Lee", "ambiguous", "evidence"), ("Bo Park", "ambiguous", "evidence")]


def test_a_post_held_by_several_at_once_lists_each_and_has_no_gaps(tmp_path):
    deputies = [("p-lee", "Ann Lee", "CSTO Deputy Secretary General", "csto",
                 [("2019-03-03", "CSTO Deputy Secretary General Ann Lee spoke."),
                  ("2019-12-12", "CSTO Deputy Secretary General Ann Lee spoke.")]),
                ("p-park", "Bo Park", "CSTO Deputy Secretary General", "csto",
                 [("2019-06-06", "CSTO Deputy Secretary General Bo Park spoke."),
                  ("2021-09-09", "CSTO Deputy Secretary General Bo Park spoke.")])]
    out = write_kb(kb_with(*deputies), tmp_path / "deputies")
    assert holders(out, "Deputy Secretary General", "2019-07-07") == [
        ("Ann Lee", "held", "evidence"), ("Bo Park", "held", "evidence")]
    with pytest.raises(UnknownNameError, match="no post matches 'CSTO Secretary General'"):
        holders(out, "CSTO Secretary General", "2019-07-07")  # the deputies' post is not the post they deputise


def test_a_un_secretary_general_is_not_the_csto_s(tmp_path):
    un = ("p-un", "Cy Moss", "UN Secretary General", "un", [("2019-07-07", "UN Secretary General Cy Moss spoke.")])
    kb = kb_with(LEE, un)
    kb = replace(kb, organizations=kb.organizations + (replace(kb.organizations[0], id="un", name="United Nations",
                                                                aliases=("UN",)),))
    out = write_kb(kb, tmp_path / "un")
    assert holders(out, "CSTO Secretary General", "2019-07-07") == [("Ann Lee", "held", "evidence")]
    assert holders(out, "UN Secretary General", "2019-07-07") == [("Cy Moss", "held", "evidence")]


def test_every_occupancy_with_a_date_is_held_during_a_tenure_with_two_bounds(tiny_kb):
    g = kb_triples(tiny_kb)
    occs = {s for s, p, o in g if p == RDF.type and o == CSTO.Occupancy}
    during = {s: o for s, p, o in g if p == ORG.memberDuring}
    assert set(during) == occs
    for tenure in during.values():
        assert (tenure, RDF.type, TIME.Interval) in g
        assert {p for s, p, o in g if s == tenure} >= {TIME.hasBeginning, TIME.hasEnd, CSTO.holder, CSTO.position}


def test_tenure_triples_are_those_kb_triples_holds(tiny_kb):
    g = kb_triples(tiny_kb)
    assert tenure_triples(g) <= g
    assert any(str(s).startswith(str(ID["tenure/"])) for s, _, _ in tenure_triples(g))


def test_the_graph_with_tenures_conforms_and_a_bound_without_evidence_is_reported(tmp_path):
    kb = kb_with(LEE, PARK_TOOK_OFFICE)
    assert validate_graph(to_rdf(kb_triples(kb))).conforms
    start = URIRef(f"{ID}tenure/p-park--secretary-general--csto/start")
    broken = {t for t in kb_triples(kb) if not (t[0] == start and str(t[1]).endswith("wasDerivedFrom"))}
    report = validate_graph(to_rdf(broken))
    assert not report.conforms
    assert any("no sentence supports" in v for v in report.violations), report.violations


def test_a_position_has_one_label_whatever_case_its_holders_titles_are_written_in(tmp_path):
    lower = [("p-lee", "Ann Lee", "deputy head", "csto", [("2019-03-03", "Ann Lee, deputy head of the CSTO, spoke.")]),
             ("p-park", "Bo Park", "Deputy Head", "csto", [("2019-04-04", "Deputy Head of the CSTO Bo Park spoke.")])]
    g = kb_triples(kb_with(*lower))
    position = URIRef(f"{ID}position/csto/deputy-head")
    assert [o for s, p, o in g if s == position and str(p).endswith("prefLabel")] == [Literal("Deputy Head")]


def test_a_one_holder_post_answers_to_each_way_it_is_written(tmp_path):
    minister = ("p-lee", "Ann Lee", "Minister of Foreign Affairs", "russia",
                [("2019-03-03", "Minister of Foreign Affairs Ann Lee spoke.")])
    out = write_kb(kb_with(minister), tmp_path / "out")
    for post in ("Foreign Minister", "Russian Federation Foreign Minister", "Minister of Foreign Affairs of Russia"):
        assert holders(out, post, "2019-03-03") == [("Ann Lee", "held", "evidence")], post
