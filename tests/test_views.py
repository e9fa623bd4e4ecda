"""NetworkX views of the RDF graph, on the tiny hand-written knowledge base."""
from __future__ import annotations

import dataclasses
from dataclasses import replace
import doctest

import pytest

from csto_graph.views import network as views
from csto_graph.graph.rdf import ID, to_rdf
from csto_graph.graph.resolve import AmbiguousNameError, UnknownNameError
from csto_graph.models import Event, Role
from csto_graph.views.network import (ViewError, body_event, check_date, coattendance, find_person, in_range,
                              overview, person_event)

A, B = str(ID["person/p-a"]), str(ID["person/p-b"])
SESSION = str(ID["event/2021-12-08-session-csc"])
TALKS = str(ID["event/2022-03-talks"])


def with_talks(kb):
    """The tiny KB plus talks in March 2022 between the same two people (p-b hosting)."""
    ev = kb.events[0].evidence[0]
    talks = Event("2022-03-talks", "talks", "Talks in Moscow", "2022-03", None, "moscow", None, False,
                  (Role("p-a", "guest", ev), Role("p-b", "host", ev), Role("p-b", "speaker", ev)), (), (ev,))
    return dataclasses.replace(kb, events=kb.events + (talks,))


def test_coattendance_one_shared_session(tiny_kb):
    G = coattendance(to_rdf(tiny_kb))
    assert sorted(G.nodes) == [A, B]
    assert G.edges[A, B] == {"weight": 1, "first": "2021-12-08", "last": "2021-12-08", "events": [SESSION], "inferred": []}


def test_coattendance_counts_every_shared_event_with_first_and_last_dates(tiny_kb):
    G = coattendance(to_rdf(with_talks(tiny_kb)))
    edge = G.edges[A, B]
    assert (edge["weight"], edge["first"], edge["last"]) == (2, "2021-12-08", "2022-03")
    assert edge["events"] == sorted([SESSION, TALKS])


def test_coattendance_since_until_keep_events_in_range(tiny_kb):
    graph = to_rdf(with_talks(tiny_kb))
    assert coattendance(graph, since="2022").edges[A, B]["events"] == [TALKS]
    assert coattendance(graph, until="2021-12").edges[A, B]["events"] == [SESSION]
    assert coattendance(graph, since="2023").number_of_edges() == 0


def test_people_carry_their_posts_with_dates(tiny_kb):
    G = coattendance(to_rdf(tiny_kb))
    assert G.nodes[B]["label"] == "Arman Saparov" and G.nodes[B]["type"] == "person"
    assert G.nodes[B]["posts"] == [{"title": "CSTO Secretary General", "org": str(ID["org/csto"]),
                                    "org_label": "Collective Security Treaty Organization",
                                    "first": "2021-06", "last": "2021-12-08"}]


def test_person_event_roles_on_edges(tiny_kb):
    G = person_event(to_rdf(with_talks(tiny_kb)))
    assert G.edges[A, SESSION]["role"] == "chair"
    assert G.edges[B, SESSION]["role"] == "participant"
    assert G.edges[B, TALKS]["role"] == "host" and G.edges[B, TALKS]["roles"] == ["host", "speaker"]
    assert G.nodes[SESSION]["bipartite"] == 1 and G.nodes[A]["bipartite"] == 0
    assert (G.nodes[TALKS]["date"], G.nodes[TALKS]["event_type"], G.nodes[TALKS]["place"]) == ("2022-03", "talks", "Moscow")


def test_body_event_links_the_organizer(tiny_kb):
    G = body_event(to_rdf(with_talks(tiny_kb)))
    csc = str(ID["org/csto-csc"])
    assert list(G.edges) == [(csc, SESSION)]  # the talks have no organizer
    assert G.nodes[csc]["type"] == "body" and G.nodes[csc]["label"] == "Collective Security Council"


def test_overview_has_every_kind_of_edge_and_the_evidence(tiny_kb):
    G = overview(to_rdf(tiny_kb))
    kinds = sorted(k for _, _, k in G.edges(data="kind"))
    assert kinds == ["attended", "attended", "met", "organized", "post", "post"]
    assert G.number_of_nodes() == 6  # 2 people, 1 event, the body, 2 organizations of posts
    ev = tiny_kb.people[0].evidence[0]
    assert G.nodes[A]["evidence"] == [str(ID[f"evidence/{ev.article}/{ev.start}-{ev.end}"])]


def test_overview_with_a_range_drops_what_falls_outside(tiny_kb):
    G = overview(to_rdf(with_talks(tiny_kb)), since="2022")
    assert sorted(G.nodes) == sorted([A, B, TALKS])  # posts end in 2021; the session is gone


def test_find_person_by_name_part_id_or_iri(tiny_kb):
    graph = to_rdf(tiny_kb)
    assert find_person(graph, "ivan petrov") == A
    assert find_person(graph, "Saparov") == B
    assert find_person(graph, "p-b") == B and find_person(graph, A) == A


def test_find_person_refuses_unknown_and_ambiguous_names(tiny_kb):
    graph = to_rdf(tiny_kb)
    with pytest.raises(UnknownNameError, match="no person matches 'Lavrov'"):
        find_person(graph, "Lavrov")
    with pytest.raises(UnknownNameError, match="no person matches 'an'"):
        find_person(graph, "an")  # a part of a name is no name
    twins = to_rdf(replace(tiny_kb, people=(replace(tiny_kb.people[0], aliases=()),
                                            replace(tiny_kb.people[1], name="Oleg Petrov"))))
    with pytest.raises(AmbiguousNameError, match="'Petrov' names 2 people: Ivan Petrov, Oleg Petrov"):
        find_person(twins, "Petrov")


def test_find_person_by_cyrillic_form_or_spelling_variant(tiny_kb):
    graph = to_rdf(tiny_kb)
    assert find_person(graph, "Иван Петров") == A and find_person(graph, "Saparow") == B


@pytest.mark.parametrize("value", ["2021-13", "2021-02-30", "21-01-01", "2021/01/01", "yesterday"])
def test_check_date_refuses_what_is_not_a_date(value):
    with pytest.raises(ViewError, match="is not a date"):
        check_date(value, "since")


@pytest.mark.parametrize("date, since, until, expected", [
    ("2021-06", "2021-06-15", None, True), ("2021-06", "2021-07", None, False),
    ("2021", None, "2021-01-01", True), ("2022-01-01", None, "2021", False),
    (None, "2020", None, False), (None, None, None, True)])
def test_in_range_compares_partial_dates_on_their_common_precision(date, since, until, expected):
    assert in_range(date, since, until) is expected


def test_docstring_examples_run():
    result = doctest.testmod(views)
    assert result.attempted >= 8 and result.failed == 0


def test_views_mark_a_participant_a_bare_title_names_and_can_leave_him_out():
    from test_bare_titles import LEE, MET, kb

    graph = to_rdf(kb([LEE], "2021-06-06", MET))
    lee, talks = str(ID["person/p-lee"]), str(ID["event/2021-06-06-talks-x"])
    G = coattendance(graph)
    assert G.edges[A, lee]["events"] == [talks] and G.edges[A, lee]["inferred"] == [talks]
    assert G.edges[A, B]["inferred"] == []
    P = person_event(graph)
    assert P.edges[lee, talks]["inferred"] is True and P.edges[lee, talks]["tenure"] == "Secretary General (csto)"
    assert P.edges[A, talks]["inferred"] is False
    assert not coattendance(graph, inferred=False).has_edge(A, lee)
    assert not person_event(graph, inferred=False).has_edge(lee, talks)


def test_tenure_spans_join_the_occupancies_of_one_tenure():
    from test_tenure_rdf import kb_with

    told = [("2019-03-03", "CSTO Secretary General Ann Lee opened the session."),
            ("2020-05-05", "Ann Lee, Secretary General of the CSTO, spoke.")]
    k = kb_with(("p-lee", "Ann Lee", "CSTO Secretary General", "csto", told[:1]),
                ("p-lee", "Ann Lee", "Secretary General of the CSTO", "csto", told[1:]))
    spans = views.tenure_spans(to_rdf(k))[str(ID["person/p-lee"])]
    assert [(s["title"], s["first"], s["last"]) for s in spans] == [("Secretary General", "2019-03-03", "2020-05-05")]
