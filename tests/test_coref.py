"""Event participants referred to, not named (csto_graph.extract.coref), with invented
sentences read as the build reads them."""
from __future__ import annotations

import pytest

from helpers import extract, participants

from csto_graph.extract.coref import subject_reference


def _event(ex, kind: str):
    hits = [e for e in ex.events if e.type == kind]
    assert hits, f"no {kind} among {[e.type for e in ex.events]}"
    return hits[0]


def test_definite_title_with_state_adjective_is_the_president_named_before():
    _, ex = extract("Belarusian President Ivan Petrov arrived in Minsk on Tuesday. On Wednesday morning, "
                    "the Belarusian president held talks with his Kazakh counterpart Karl Braun.", "2023-05-03")
    assert participants(ex, _event(ex, "talks")).keys() == {"Ivan Petrov", "Karl Braun"}


@pytest.mark.parametrize("subject", ["Tajikistan’s Foreign Minister", "The Foreign Minister of Tajikistan"])
def test_a_title_of_a_state_named_by_its_possessive_or_after_of_is_the_minister_named_before(subject):
    _, ex = extract("Tajik Foreign Minister Ivan Petrov and Russian Foreign Minister Oleg Sidorov discussed relations "
                    f"on 22 June 2024. {subject} took part in the meeting of the Council of Foreign Ministers in "
                    "Almaty on 20 June 2024.", "2024-06-22")
    [meeting] = [e for e in ex.events if e.date == "2024-06-20"]
    assert participants(ex, meeting).keys() == {"Ivan Petrov"}


def test_a_title_of_another_state_after_of_is_no_one_named_before():
    _, ex = extract("Tajik Foreign Minister Ivan Petrov and Russian Foreign Minister Oleg Sidorov discussed relations "
                    "on 22 June 2024. The Foreign Minister of Kazakhstan took part in the meeting of the Council of "
                    "Foreign Ministers in Almaty on 20 June 2024.", "2024-06-22")
    assert all(participants(ex, e) == {} for e in ex.events if e.date == "2024-06-20")


def test_pronoun_after_a_leading_phrase_is_the_only_person_of_the_sentence_before():
    _, ex = extract("The forum was attended by Deputy Secretary General Oleg Sidorov. On the sidelines of the "
                    "forum, he held talks with Minister Pavel Orlov.", "2023-05-03")
    assert participants(ex, _event(ex, "talks")).keys() == {"Oleg Sidorov", "Pavel Orlov"}


def test_a_reference_alone_makes_no_participant():
    _, ex = extract("The forum was attended by Deputy Secretary General Oleg Sidorov. On the sidelines of the "
                    "forum, he held talks with the leadership of the Council.", "2023-05-03")
    assert all(participants(ex, e) == {} for e in ex.events if e.type == "talks")


def test_pronoun_is_the_person_the_sentence_before_opens_with():
    _, ex = extract("Minister Pavel Orlov welcomed Ambassador Karl Braun in Minsk on 3 May. On 4 May, he held "
                    "talks with Secretary General Oleg Sidorov.", "2023-05-04")
    with_sidorov = [participants(ex, e) for e in ex.events if "Oleg Sidorov" in participants(ex, e)]
    assert with_sidorov and all("Pavel Orlov" in who for who in with_sidorov)


def test_pronoun_is_not_resolved_when_the_sentence_before_names_two_after_its_start():
    _, ex = extract("On 3 May, the forum was attended by Ivan Petrov and Karl Braun. On the sidelines, he held "
                    "talks with the leadership of the Council.", "2023-05-03")
    talks = [e for e in ex.events if e.type == "talks"]
    assert all(not (participants(ex, e).keys() & {"Ivan Petrov", "Karl Braun"}) for e in talks)


def test_title_held_by_two_people_is_not_resolved():
    _, ex = extract("President Ivan Petrov and President Karl Braun arrived in Minsk on 2 May. On 3 May, the "
                    "president held talks with Secretary General Oleg Sidorov.", "2023-05-03")
    talks = _event(ex, "talks")
    assert not participants(ex, talks).keys() & {"Ivan Petrov", "Karl Braun"}


def test_the_minister_is_not_a_deputy_minister():
    _, ex = extract("Deputy Minister Ivan Petrov arrived in Minsk on 2 May. On 3 May, the minister held talks "
                    "with Secretary General Oleg Sidorov.", "2023-05-03")
    assert "Ivan Petrov" not in participants(ex, _event(ex, "talks"))


def test_reference_inside_a_quotation_is_not_resolved():
    _, ex = extract("Secretary General Oleg Sidorov arrived in Minsk on 2 May. “He held talks with Minister "
                    "Pavel Orlov on 3 May,” a diplomat said.", "2023-05-03")
    for e in ex.events:
        if e.date == "2023-05-03":
            assert "Oleg Sidorov" not in participants(ex, e)


def test_subject_reference_needs_the_subject_before_the_trigger():
    text = "Talks were held, and he attended them."
    assert subject_reference(text, 0) is None
    assert subject_reference("The president of the bank met X.", 26) is None  # another post
    assert subject_reference("The President Ivan Petrov met X.", 26) is None  # a title of a name
    assert subject_reference("He met X.", 3).kind == "pronoun"


def test_subject_reference_not_behind_a_named_person():
    text = "Ivan Petrov said he held talks with X."
    assert subject_reference(text, 22, [(0, 11)]) is None


def test_title_adjective_that_names_no_state_is_no_reference():
    assert subject_reference("The Interim president met X.", 22) is None
    ref = subject_reference("The Kazakh foreign minister met X.", 28)
    assert (ref.kind, ref.title, ref.state) == ("title", "foreign minister", "kazakhstan")


def test_trigger_in_a_clause_the_subject_does_not_do_is_no_reference():
    assert subject_reference("He added that the talks with X were useful.", 15) is None
    assert subject_reference("He thanked the hosts for organizing the meeting.", 39) is None
    assert subject_reference("He is sitting opposite X at the meeting.", 31) is None
    assert subject_reference("He also paid a visit to X.", 15).kind == "pronoun"




def test_a_pronoun_after_a_resolved_pronoun_is_the_same_person():
    _, ex = extract("Secretary General Oleg Sidorov arrived in Minsk on 2 May. He met Minister Pavel Orlov on "
                    "3 May. He held talks with Ambassador Karl Braun on 4 May.", "2023-05-04")
    on_4 = [participants(ex, e) for e in ex.events if e.date == "2023-05-04"]
    assert on_4 and all(who.keys() == {"Oleg Sidorov", "Karl Braun"} for who in on_4)


def test_a_pronoun_is_not_the_spokesman_who_reported():
    _, ex = extract("Spokeswoman Anna Belova said that Secretary General Oleg Sidorov arrived in Minsk on 2 May. "
                    "He met Minister Pavel Orlov on 3 May.", "2023-05-03")
    on_3 = [participants(ex, e) for e in ex.events if e.date == "2023-05-03"]
    assert on_3 and all(who.keys() == {"Oleg Sidorov", "Pavel Orlov"} for who in on_3)


def test_title_of_another_state_is_not_the_president_named_before():
    _, ex = extract("Belarusian President Ivan Petrov arrived in Minsk on Tuesday. On Wednesday morning, "
                    "the Kazakh president held talks with Minister Karl Braun.", "2023-05-03")
    assert "Ivan Petrov" not in participants(ex, _event(ex, "talks"))


def test_pronoun_far_from_the_trigger_is_the_subject_the_parse_reads():
    _, ex = extract("Oleg Sidorov will head the Council from 1 January, President Ivan Petrov said. The day "
                    "before he took part in the closed part of the summit of the Council.", "2023-11-29")
    assert "Oleg Sidorov" in participants(ex, _event(ex, "session"))


def test_title_set_apart_by_commas_is_the_subject_the_parse_reads():
    _, ex = extract("The delegation was headed by the Acting Secretary General Oleg Sidorov. As reported, on "
                    "September 25, the Acting Secretary General, as one of the main speakers, took part in the "
                    "open debate of the Security Council.", "2023-09-27")
    assert "Oleg Sidorov" in participants(ex, _event(ex, "debate"))


def test_a_far_pronoun_that_is_not_the_trigger_subject_takes_no_part():
    _, ex = extract("Deputy Minister Oleg Sidorov arrived in Minsk. The day before he said that the summit of "
                    "the Council had been held in Astana.", "2023-11-29")
    assert all("Oleg Sidorov" not in participants(ex, e) for e in ex.events if e.type == "session")


def test_a_pronoun_speaker_at_a_briefing_after_content_naming_someone_else_is_resolved():
    text = ("Colonel-General Oleg Sidorenko commands the contingent. The units of Minister Ivan Petrenko will be "
            "taken out by aircraft, he said at a briefing on Tuesday.")
    ex = extract(text, "2022-01-11")[1]
    [event] = ex.events
    assert participants(ex, event)["Oleg Sidorenko"] == {"speaker"}


# --- stop 33: a pronoun speaker at an occasion makes it an event alone; a quotation of several
# sentences is the speaker's, and the pronoun after it refers back from where it opened ---

import pytest  # noqa: E402


@pytest.mark.parametrize("told", ['"Our units are ready," he told a briefing.',
                                  '"Our units are ready," he told a news conference in Minsk.',
                                  'Our units are ready, he said at an online press briefing on Monday.',
                                  '"Our units are ready," she told the session.'])
def test_a_pronoun_speaker_at_an_occasion_is_its_event_alone(told):
    text = "Chief of the Joint Staff General Ivan Morozko commands the contingent. " + told
    if " she " in told:
        text = text.replace("Ivan Morozko", "Anna Morozko")
    ex = extract(text, "2023-03-15")[1]
    [event] = [e for e in ex.events if participants(ex, e)]
    assert event.date in ("2023-03-15", "2023-03-13")
    assert list(participants(ex, event).values()) == [{"speaker"}]


def test_a_pronoun_speaker_told_something_else_makes_no_event():
    ex = extract("General Ivan Morozko commands the contingent. \"Our units are ready for the drills,\" he told "
                 "the newspaper.", "2023-03-15")[1]
    assert not [e for e in ex.events if participants(ex, e)]


def test_a_pronoun_after_a_quotation_of_several_sentences_is_the_speaker_named_before_it():
    text = ("There are no obstacles to the drills to be held in the autumn, Chief of the Joint Staff General Oleg "
            "Varenko said on Monday. "
            "\"We have six officers from each side. None of them had a quarrel. We are all friends. We work "
            "together. So, I see no problem,\" he told a briefing.")
    ex = extract(text, "2023-08-28")[1]
    [event] = [e for e in ex.events if e.trigger == "briefing"]
    assert participants(ex, event) == {"Oleg Varenko": {"speaker"}}


def test_a_pronoun_after_sentences_without_quotation_marks_stays_bounded():
    # the same sentences told without quotation marks: the pronoun is too far from the name
    text = ("There are no obstacles to the drills to be held in the autumn, Chief of the Joint Staff General Oleg "
            "Varenko said on Monday. "
            "We have six officers from each side. None of them had a quarrel. We are all friends. We work "
            "together. So, I see no problem, he told a briefing.")
    ex = extract(text, "2023-08-28")[1]
    assert all("Oleg Varenko" not in participants(ex, e) for e in ex.events)


def test_a_post_of_a_body_written_out_again_as_the_subject_is_its_holder_named_before():
    text = ("MOSCOW, May 25. The members will hold joint drills, Chief of the CSTO Joint Staff Colonel-General Ivan "
            "Petrov said on Tuesday. The chief of the {body} delivered a report at the Coordination Conference.")
    _, ex = extract(text.format(body="CSTO Joint Staff"), "2021-05-25")
    assert [participants(ex, e).keys() for e in ex.events] == [{"Ivan Petrov"}]
    _, ex = extract(text.format(body="CSTO Secretariat"), "2021-05-25")
    assert ex.events == ()
