"""Counterparts (csto_graph.graph.counterparts): "Defence Minister A met his Armenian
counterpart" joins the one holder of that state's post on the day, as an inferred
participant. Invented people, states' posts and sentences."""
from __future__ import annotations

import doctest
from dataclasses import replace

import pytest
from conftest import write_kb
from rdflib import URIRef
from test_tenure_rdf import kb_with

from csto_graph.graph import counterparts
from csto_graph.graph.counterparts import find_counterparts
from csto_graph.graph.query import run_query
from csto_graph.graph.rdf import CSTO, ID, kb_triples, to_rdf
from csto_graph.graph.validate import validate_graph
from csto_graph.models import Article, Event, Evidence, Organization, Piece, Role, SourceRef

STATES = ("armenia", "Republic of Armenia"), ("belarus", "Republic of Belarus"), ("kyrgyzstan", "Kyrgyz Republic")
# Ivan Petrov (p-a of the tiny base) is Russia's Defence Minister through 2021
PETROV = ("p-a", "Ivan Petrov", "Defence Minister", "russia",
          [("2021-01-15", "Defence Minister Ivan Petrov inspected the troops."),
           ("2021-11-20", "Defence Minister Ivan Petrov spoke at the academy.")])
TOVMAS = ("p-tov", "Aram Tovmas", "Defence Minister", "armenia",
          [("2021-02-02", "Armenian Defence Minister Aram Tovmas visited the base."),
           ("2021-10-10", "Armenian Defence Minister Aram Tovmas met the cadets.")])
KAROL = ("p-kar", "Yan Karol", "Defence Minister", "belarus",
         [("2021-03-03", "Belarusian Defence Minister Yan Karol opened the drills."),
          ("2021-09-09", "Belarusian Defence Minister Yan Karol closed the drills.")])
SARIK = ("p-sar", "Nur Sarik", "Minister of Foreign Affairs", "armenia",
         [("2021-02-02", "Armenian Foreign Minister Nur Sarik spoke."),
          ("2021-10-10", "Armenian Foreign Minister Nur Sarik spoke again.")])


def kb(sentence: str, *holders, date: str = "2021-06-06"):
    """The tiny base, the holders given, and talks on ``date`` told by ``sentence`` in
    which Ivan Petrov is the one participant the text names."""
    base = kb_with(*holders)
    art_id = "c000000000001"
    art = Article(art_id, sentence[:40], date, "headline", sentence, (Piece(0, 0, len(sentence)),),
                  (SourceRef("corpus/c.txt", 0, len(sentence), "utf-8"),))
    ev = Evidence(art_id, "corpus/c.txt", 0, len(sentence), sentence)
    event = Event(f"{date}-talks-c", "talks", "Talks", date, None, None, None, False,
                  (Role("p-a", "participant", ev),), (art_id,), (ev,))
    ev0 = base.organizations[0].evidence[0]
    orgs = base.organizations + tuple(Organization(i, n, (), "state", None, None, (ev0,)) for i, n in STATES)
    return replace(base, articles=base.articles + (art,), organizations=orgs, events=base.events + (event,))


def inferred(k) -> list[tuple[str, str, str]]:
    """(person, tenure used, tenure paired with) of each inferred participation."""
    g = kb_triples(k)

    def one(node, prop):
        found = [o for s, p, o in g if s == node and p == prop]
        return str(found[0]).rsplit("/", 1)[-1] if found else None

    parts = {o for s, p, o in g if p == CSTO.inferredParticipation}
    return sorted((one(n, CSTO.agent), one(n, CSTO.byTenure), one(n, CSTO.pairedWith)) for n in parts)


TOVMAS_TENURE = ("p-tov", "p-tov--minister-of-defence--armenia", "p-a--minister-of-defence--russia")


@pytest.mark.parametrize("sentence", [
    "Defence Minister Ivan Petrov met his Armenian counterpart in the capital.",
    "Defence Minister Ivan Petrov held talks with the Armenian counterpart.",
    "Ivan Petrov held talks with his counterpart from Armenia on the drills.",
])
def test_a_counterpart_takes_the_paired_person_s_post_in_the_state_named(sentence):
    assert inferred(kb(sentence, PETROV, TOVMAS, KAROL, SARIK)) == [TOVMAS_TENURE]


def test_counterparts_from_two_states_join_both_holders():
    k = kb("Defence Minister Ivan Petrov met his counterparts from Armenia and Belarus.", PETROV, TOVMAS, KAROL)
    assert [p for p, _, _ in inferred(k)] == ["p-kar", "p-tov"]


def test_two_adjectives_before_counterparts_join_both_holders():
    k = kb("Ivan Petrov received his Armenian and Belarusian counterparts.", PETROV, TOVMAS, KAROL)
    assert [p for p, _, _ in inferred(k)] == ["p-kar", "p-tov"]


def test_a_counterpart_named_in_the_text_is_the_text_s_own():
    k = kb("Defence Minister Ivan Petrov met his Armenian counterpart Aram Tovmas.", PETROV, TOVMAS)
    assert inferred(k) == []


def test_a_counterpart_without_a_state_is_never_resolved():
    assert inferred(kb("Defence Minister Ivan Petrov met his counterpart.", PETROV, TOVMAS)) == []
    assert inferred(kb("Defence Minister Ivan Petrov met his CSTO counterparts.", PETROV, TOVMAS)) == []


def test_a_counterpart_with_two_holders_on_the_date_is_never_resolved():
    rival = ("p-riv", "Gor Avan", "Defence Minister", "armenia",
             [("2021-04-04", "Armenian Defence Minister Gor Avan spoke."),
              ("2021-08-08", "Armenian Defence Minister Gor Avan spoke again.")])
    k = kb("Defence Minister Ivan Petrov met his Armenian counterpart.", PETROV, TOVMAS, rival)
    assert inferred(k) == []


def test_a_counterpart_in_a_gap_between_holders_is_never_resolved():
    later = ("p-tov", "Aram Tovmas", "Defence Minister", "armenia",
             [("2021-09-01", "Armenian Defence Minister Aram Tovmas visited the base.")])
    assert inferred(kb("Defence Minister Ivan Petrov met his Armenian counterpart.", PETROV, later)) == []


def test_a_paired_person_without_a_one_holder_post_resolves_nothing():
    adviser = ("p-a", "Ivan Petrov", "Adviser", "russia",
               [("2021-01-15", "Adviser Ivan Petrov spoke."), ("2021-11-20", "Adviser Ivan Petrov spoke again.")])
    # his Minister of Defense occupancy of the base is dated 2021-12-08 only: no tenure covers June
    assert inferred(kb("Adviser Ivan Petrov met his Armenian counterpart.", adviser, TOVMAS)) == []


def test_a_counterpart_phrase_before_the_paired_person_resolves_nothing():
    k = kb("His Armenian counterpart was received by Defence Minister Ivan Petrov.", PETROV, TOVMAS)
    assert inferred(k) == []


def test_a_counterpart_is_listed_with_the_tenure_it_used_and_the_one_paired_with(tmp_path):
    sentence = "Defence Minister Ivan Petrov met his Armenian counterpart in the capital."
    out = write_kb(kb(sentence, PETROV, TOVMAS), tmp_path / "out")
    found = run_query(str(out), "inferred-participants")
    at = {c: i for i, c in enumerate(found.columns)}
    assert [(r[at["name"]], r[at["tenure"]].rsplit("/", 1)[-1], r[at["paired"]].rsplit("/", 1)[-1], r[at["sentence"]])
            for r in found.rows] == [("Aram Tovmas", TOVMAS_TENURE[1], TOVMAS_TENURE[2], sentence)]
    met = run_query(str(out), "met", {"inferred": "true"})
    assert [(r[0], r[1], r[-1]) for r in met.rows] == [("Aram Tovmas", "Ivan Petrov", "true")]


def test_the_graph_with_a_counterpart_conforms():
    g = kb_triples(kb("Defence Minister Ivan Petrov met his Armenian counterpart.", PETROV, TOVMAS))
    node = URIRef(f"{ID}participation/2021-06-06-talks-c/p-tov/participant")
    assert (node, CSTO.pairedWith, URIRef(f"{ID}tenure/{TOVMAS_TENURE[2]}")) in g
    report = validate_graph(to_rdf(g))
    assert report.conforms, report.violations


@pytest.mark.parametrize("sentence, states", [
    ("He met her counterparts from Armenia, Belarus and the Kyrgyz Republic.", ("armenia", "belarus", "kyrgyzstan")),
    ("He met the Kazakh counterpart on Monday.", ("kazakhstan",)),
    ("He met his Armenian counterpart's deputy.", ()),
    ("He told his Armenian counterpart, Bo Park, of the plan.", ()),
])
def test_find_counterparts_reads_the_states_named(sentence, states):
    assert tuple(s for p in find_counterparts(sentence) for s in p.states) == states


def test_docstring_examples_run():
    result = doctest.testmod(counterparts)
    assert result.attempted >= 2 and result.failed == 0
