"""Rule-based sentence boundaries (what the extraction reads before any model runs)."""
from __future__ import annotations

from csto_graph.corpus.sentences import split_sentences, text_doc
from helpers import finishes


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_quotation_opening_after_a_full_stop_starts_a_sentence():
    text = 'The session ended. "We are grateful to the allies," the President said.'
    assert sentences(text) == ["The session ended.", '"We are grateful to the allies," the President said.']


def test_curly_quotes_and_a_bracket_after_a_full_stop_start_sentences():
    text = "The Council met. “Despite this, we agree,” he said. (Video)"
    assert sentences(text) == ["The Council met.", "“Despite this, we agree,” he said.", "(Video)"]


def test_a_closing_quote_stays_with_its_sentence():
    text = "He said: “It is done.” Then the talks began."
    assert sentences(text) == ["He said: “It is done.”", "Then the talks began."]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Gen. N. Petrov signed Protocol No. 5 with Mr. Ivanov. It entered into force."
    assert sentences(text) == ["Gen. N. Petrov signed Protocol No. 5 with Mr. Ivanov.", "It entered into force."]


def test_a_lower_case_word_after_a_full_stop_continues_the_sentence():
    assert sentences("The Statement on World Order . was also adopted.") == [
        "The Statement on World Order . was also adopted."]


def test_every_line_is_split_on_its_own_and_offsets_point_into_the_text():
    text = "Headline 08.12.2021\n\n  On 8 December the Committee met. It adopted a plan.\n"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Headline 08.12.2021", "On 8 December the Committee met.",
                                             "It adopted a plan."]


def test_the_doc_like_object_carries_person_spans_as_entities():
    doc = text_doc("Ivan Petrov arrived.", ((0, 11),))
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [(0, 11, "PERSON")]
    assert [(s.start_char, s.end_char) for s in doc.sents] == [(0, 20)]


MEETING = "On 2 December 2021 Stanislav Zas met Viktor Khrenin in Moscow. "


def test_one_long_line_gives_the_sentences_of_the_same_text_in_lines():
    told = [MEETING.strip()] * 50 + ["Gen. N. Petrov came...", "Why?!", "(It ended.)"]
    assert sentences(" ".join(told)) == sentences("\n".join(told)) == told


def test_a_megabyte_line_without_breaks_or_a_run_of_stops_does_not_stall():
    # issue #14: the word before every full stop was searched from the line's start, and a
    # run of stops was scanned again from each of them (hours on a 5 MB line; now linear)
    out = finishes(f"""
from csto_graph.corpus.sentences import split_sentences
line = ({MEETING!r} * 20000)[:1_000_000] + "." * 200_000 + "x " + "!" * 200_000 + " A"
print(len(split_sentences(line)))
""")
    # the whole meetings, the cut one running into the stops and up to "!", then "A"
    assert int(out) == 1_000_000 // len(MEETING) + 2
