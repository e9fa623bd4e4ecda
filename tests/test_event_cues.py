"""extract/event_cues.py: what a sentence tells (the trigger of an event, a plan, speech).
Invented sentences."""
from __future__ import annotations

from csto_graph.extract.event_cues import find_trigger, plan_phrases, reports_speech


def test_trigger_inside_a_quoted_title_is_ignored():
    text = "He spoke about the “Meeting of Minds” initiative."
    quoted = (text.index("“"), text.index("”") + 1)
    assert find_trigger(text, [quoted]) is None
    assert find_trigger(text, []) is not None


def test_a_compound_with_another_word_is_no_trigger():
    assert find_trigger("A pre-meeting of experts was held.", []) is None


def test_the_trigger_is_the_event_word_and_its_type():
    text = "Ivan Petrov met with Petr Orlov in Minsk."
    phrase, kind, start, end = find_trigger(text, [])
    assert (phrase, kind, text[start:end]) == ("met with", "meeting", "met with")


def test_a_plan_word_before_an_event_noun_names_a_planned_event():
    text = "The ministers spoke of the forthcoming session of the Council, which opens in May."
    assert [text[a:b] for a, b in plan_phrases(text, [], [])] == ["forthcoming session of the Council"]
    assert plan_phrases("The session of the Council was held in Minsk.", [], []) == []


def test_a_sentence_that_reports_speech():
    assert reports_speech("Ivan Petrov told reporters that the talks went well.")
    assert not reports_speech("Ivan Petrov met with Petr Orlov in Minsk.")
