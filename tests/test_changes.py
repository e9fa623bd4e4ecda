"""The change log between two builds (people, organizations, events: added, removed, merged)."""
from __future__ import annotations

from csto_graph.graph.changes import diff_graphs, entities
from csto_graph.graph.rdf import canonical_ntriples, to_rdf
from conftest import make_kb

TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<https://schema.org/alternateName>"
REPORTED = "<https://w3id.org/csto-graph/ontology#reportedIn>"


def person(iri: str, name: str, *aliases: str) -> str:
    lines = [f"<{iri}> {TYPE} <https://schema.org/Person> .", f'<{iri}> {LABEL} "{name}" .']
    return "\n".join(lines + [f'<{iri}> {ALT} "{a}" .' for a in aliases]) + "\n"


def event(iri: str, label: str, *articles: str) -> str:
    lines = [f"<{iri}> {TYPE} <https://schema.org/Event> .", f'<{iri}> {LABEL} "{label}" .']
    return "\n".join(lines + [f"<{iri}> {REPORTED} <{a}> ." for a in articles]) + "\n"


def nt(*parts: str) -> bytes:
    return "".join(parts).encode("utf-8")


def test_the_same_graph_changes_nothing():
    g = nt(person("x:p1", "Ivan Petrov"), event("x:e1", "Meeting", "x:a1"))
    changes = diff_graphs(g, g)
    assert changes.summary() == "changes since the last build: people +0 -0, organizations +0 -0, events +0 -0"


def test_a_first_build_adds_everything():
    changes = diff_graphs(None, nt(person("x:p1", "Ivan Petrov"), person("x:p2", "Arman Saparov")))
    assert changes.summary() == "changes: first build (2 people, 0 organizations, 0 events)"
    assert [c.label for c in changes.kinds["people"].added] == ["Ivan Petrov", "Arman Saparov"]


def test_a_person_whose_name_is_now_the_alias_of_another_was_merged_into_it():
    old = nt(person("x:p1", "Ivan Petrov"), person("x:p2", "Ivan Petrof"), person("x:p3", "Arman Saparov"))
    new = nt(person("x:p1", "Ivan Petrov", "Ivan Petrof"))
    people = diff_graphs(old, new).kinds["people"]
    assert [(c.iri, c.into) for c in people.merged] == [("x:p2", "x:p1")]
    assert [c.label for c in people.removed] == ["Arman Saparov"] and people.added == ()


def test_an_event_whose_articles_now_report_another_event_was_merged_into_it():
    old = nt(event("x:e1", "Meeting: A, B", "x:a1"), event("x:e2", "Talks: A", "x:a2"))
    new = nt(event("x:e3", "Meeting: A, B, C", "x:a1", "x:a2"))
    events = diff_graphs(old, new).kinds["events"]
    assert sorted((c.iri, c.into) for c in events.merged) == [("x:e1", "x:e3"), ("x:e2", "x:e3")]
    assert [c.iri for c in events.added] == ["x:e3"] and events.removed == ()


def test_the_json_lists_iris_and_labels():
    old = nt(person("x:p1", "Ivan Petrov"), person("x:p2", "Ivan Petrof"))
    data = diff_graphs(old, nt(person("x:p1", "Ivan Petrov", "Ivan Petrof"))).to_json()
    assert data["previous"] is True
    assert data["people"]["merged"] == [{"iri": "x:p2", "label": "Ivan Petrof", "into": "x:p1",
                                         "into_label": "Ivan Petrov"}]


def test_entities_of_a_built_graph_are_its_people_bodies_and_events():
    found = entities(canonical_ntriples(to_rdf(make_kb())))
    kinds = sorted((e.kind, e.label) for e in found.values())
    assert ("people", "Ivan Petrov") in kinds and ("organizations", "Collective Security Council") in kinds
    assert ("events", "Session of the Collective Security Council") in kinds
    assert {e.kind for e in found.values()} == {"people", "organizations", "events"}
