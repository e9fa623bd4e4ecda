"""Bare titles (csto_graph.graph.bare_titles): "the CSTO Secretary General met ..." joins the one
holder of the day as an inferred participant. Invented people and sentences."""
from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import make_kb, write_kb
from rdflib import URIRef

from csto_graph.graph.query import run_query
from csto_graph.graph.rdf import CSTO, ID, kb_triples, to_rdf
from csto_graph.graph.validate import validate_graph
from csto_graph.models import Article, Event, Evidence, Occupancy, Person, Piece, Role, SourceRef

_n = iter(range(100, 10_000))


def _told(date: str, text: str) -> tuple[Article, Evidence]:
    n = next(_n)
    aid = f"b{n:012d}"
    art = Article(aid, text[:40], date, "headline", text, (Piece(0, 0, len(text)),),
                  (SourceRef(f"corpus/{n}.txt", 0, len(text), "utf-8"),))
    return art, Evidence(aid, f"corpus/{n}.txt", 0, len(text), text)


def kb(holders, event_date: str, sentence: str, title="CSTO Secretary General", org="csto"):
    """The tiny knowledge base (without its Secretary General), holders of ``title`` seen on
    the dates given, and one talks event told by ``sentence`` with Ivan Petrov (p-a)."""
    base = make_kb()
    articles, people = list(base.articles), list(base.people)
    occs = [o for o in base.occupancies if "secretary" not in o.id]
    for pid, name, dates in holders:
        evs = []
        for d in dates:
            art, ev = _told(d, f"{title} {name} spoke.")
            articles.append(art)
            evs.append(ev)
        people.append(Person(pid, name, (), None, (), (evs[0],)))
        occs.append(Occupancy(f"{pid}--t--{org}", pid, title, title, org, tuple(sorted(dates)), tuple(evs)))
    art, ev = _told(event_date, sentence)
    articles.append(art)
    event = Event(f"{event_date}-talks-x", "talks", "Talks", event_date, None, None, None, False,
                  (Role("p-a", "participant", ev),), (art.id,), (ev,))
    return replace(base, articles=tuple(articles), people=tuple(people), occupancies=tuple(occs),
                   events=base.events + (event,))


def inferred(k) -> list[tuple[str, str]]:
    g = kb_triples(k)
    parts = {o for s, p, o in g if p == CSTO.inferredParticipation}
    return sorted((str(next(o for s, p, o in g if s == node and p == CSTO.agent)).rsplit("/", 1)[-1],
                   str(next(o for s, p, o in g if s == node and p == CSTO.byTenure)).rsplit("/", 1)[-1])
                  for node in parts)


LEE = ("p-lee", "Ann Lee", ["2021-01-10", "2021-12-10"])
PARK = ("p-park", "Bo Park", ["2023-01-10", "2023-12-10"])
MET = "The CSTO Secretary General met with the Minister of Defense of the Russian Federation."


def test_a_bare_title_joins_the_one_holder_whose_tenure_covers_the_date():
    assert inferred(kb([LEE, PARK], "2021-06-06", MET)) == [("p-lee", "p-lee--secretary-general--csto")]


@pytest.mark.parametrize("sentence", [
    "Talks between the Secretary General of the CSTO and Ivan Petrov took place.",
    "Telephone conversation of the CSTO Secretary General with the Minister of Defense.",
])
def test_a_bare_title_with_its_body_after_of_or_in_a_headline_shape(sentence):
    assert [p for p, _ in inferred(kb([LEE], "2021-06-06", sentence))] == ["p-lee"]


def test_in_a_gap_between_holders_nobody_is_joined():
    assert inferred(kb([LEE, PARK], "2022-06-06", MET)) == []


def test_with_two_holders_covering_the_date_nobody_is_joined():
    rival = ("p-park", "Bo Park", ["2021-03-03", "2021-09-09"])
    assert inferred(kb([LEE, rival], "2021-06-06", MET)) == []


def test_a_post_several_hold_at_once_is_never_resolved():
    deputy = "The CSTO Deputy Secretary General met with the Minister of Defense."
    assert inferred(kb([LEE], "2021-06-06", deputy, title="CSTO Deputy Secretary General")) == []


@pytest.mark.parametrize("sentence", [
    "The CSTO Secretary General Ann Lee met with the Minister of Defense.",  # named: the text's own
    "The Deputy Secretary General of the CSTO met with the Minister of Defense.",
    "The Academy under the Secretary General of the CSTO hosted the courses.",  # inside a body's name
    "The Special Representative of the CSTO Secretary General met the Minister.",
])
def test_a_title_that_is_no_bare_mention_of_the_holder_joins_nobody(sentence):
    assert inferred(kb([LEE], "2021-06-06", sentence)) == []


def test_an_inferred_participant_is_kept_apart_from_participants_and_listed_with_its_tenure(tmp_path):
    out = write_kb(kb([LEE], "2021-06-06", MET), tmp_path / "out")
    found = run_query(str(out), "inferred-participants")
    assert [(r[2], r[3], r[5].rsplit("/", 1)[-1], r[6]) for r in found.rows] == [
        ("Ann Lee", "participant", "p-lee--secretary-general--csto", MET)]
    assert "Ann Lee" not in {r[2] for r in run_query(str(out), "participants").rows}


def _met(out, **params) -> list[tuple[str, ...]]:
    result = run_query(str(out), "met", params)
    at = {c: i for i, c in enumerate(result.columns)}
    return sorted((r[at["person_a"]], r[at["person_b"]], r[at["date"]], r[at["inferred"]]) for r in result.rows)


def test_met_lists_an_inferred_pair_marked_in_its_last_column(tmp_path):
    out = write_kb(kb([LEE], "2021-06-06", MET), tmp_path / "out")
    assert run_query(str(out), "met").columns[-1] == "inferred"
    assert _met(out) == [("Ann Lee", "Ivan Petrov", "2021-06-06", "true"),
                         ("Arman Saparov", "Ivan Petrov", "2021-12-08", "false")]


@pytest.mark.parametrize("value, expected", [
    ("false", [("Arman Saparov", "Ivan Petrov", "2021-12-08", "false")]),
    ("true", [("Ann Lee", "Ivan Petrov", "2021-06-06", "true")]),
])
def test_met_with_the_inferred_parameter_keeps_only_those_rows(tmp_path, value, expected):
    out = write_kb(kb([LEE], "2021-06-06", MET), tmp_path / "out")
    assert _met(out, inferred=value) == expected


def test_meetings_of_a_person_mark_the_event_he_shares_with_an_inferred_participant(tmp_path):
    out = write_kb(kb([LEE], "2021-06-06", MET), tmp_path / "out")
    for name, others in (("Ivan Petrov", [("Ann Lee", "true"), ("Arman Saparov", "false")]),
                         ("Ann Lee", [("Ivan Petrov", "true")])):
        result = run_query(str(out), "meetings", {"name": name})
        assert result.columns[-1] == "inferred"
        assert sorted((r[0], r[-1]) for r in result.rows) == others, name
    left = run_query(str(out), "meetings", {"name": "Ivan Petrov", "inferred": "false"})
    assert [r[0] for r in left.rows] == ["Arman Saparov"]


def test_the_graph_with_an_inferred_participation_conforms():
    g = kb_triples(kb([LEE], "2021-06-06", MET))
    assert any(p == CSTO.inferredParticipation for _, p, _ in g)
    report = validate_graph(to_rdf(g))
    assert report.conforms, report.violations
    tenure = URIRef(f"{ID}tenure/p-lee--secretary-general--csto")
    assert (URIRef(f"{ID}participation/2021-06-06-talks-x/p-lee/participant"), CSTO.byTenure, tenure) in g


def test_a_state_s_bare_title_with_the_state_s_adjective_joins_that_state_s_holder():
    ministers = [("p-lee", "Ann Lee", ["2021-01-10", "2021-12-10"])]
    k = kb(ministers, "2021-06-06", "Ivan Petrov held talks with the Kazakh Foreign Minister.",
           title="Minister of Foreign Affairs", org="kazakhstan")
    assert inferred(k) == [("p-lee", "p-lee--minister-of-foreign-affairs--kazakhstan")]
