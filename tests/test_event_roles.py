"""extract/event_roles.py: who takes part in an event, and in what role. Invented sentences."""
from __future__ import annotations

from csto_graph.extract.event_roles import role_of


def test_role_of_uses_the_nearest_cue():
    text = "The meeting was chaired by Ivan Sokolov and attended by Petr Orlov."
    assert role_of(text, 27, 39) == "chair"
    assert role_of(text, 56, 66) == "participant"


def test_a_comma_after_a_name_without_a_title_before_it_closes_no_apposition():
    text = "The ministers met Ivan Petrov, noted the agency."
    assert role_of(text, 18, 29) == "participant"
    assert role_of(text, 18, 29, 4) == "participant"  # no comma between a title and the name


def test_a_name_after_an_opening_place_is_no_apposition():
    from csto_graph.extract.event_roles import _after_comma

    assert _after_comma("The commander of the forces, major general ")
    assert not _after_comma("On 5 May, in Minsk ")
    assert not _after_comma("Minsk, ")


def test_an_absent_person_has_no_role_of_a_participant():
    text = "Ivan Petrov did not attend the meeting."
    assert role_of(text, 0, 11) is None
    assert role_of("Ivan Petrov attended the meeting.", 0, 11) == "participant"
