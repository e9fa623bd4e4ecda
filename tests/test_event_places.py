"""extract/event_places.py: where an event was. Invented sentences."""
from __future__ import annotations

from csto_graph.extract.event_places import headline_place, is_remote
from csto_graph.vocab.gazetteer import load_gazetteer


def test_a_phone_call_has_no_place():
    assert is_remote("the presidents held a telephone conversation.")
    assert not is_remote("the presidents held talks in minsk.")


def test_a_headline_gives_the_city_it_names_after_its_event():
    gaz = load_gazetteer()
    assert headline_place("Ivan Petrov meets Petr Orlov in Astana", gaz, [(0, 11), (18, 28)]) == "Astana"
    assert headline_place("Ivan Petrov meets Petr Orlov", gaz, [(0, 11), (18, 28)]) is None
