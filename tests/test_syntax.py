"""The dependency reading of event sentences (extract/syntax.py) and how the event reader
uses it (extract/events.py, read_syntax). Invented sentences, cut by the build's own
sentence splitter; the parse is ``en_core_web_sm``'s (a declared dependency)."""
from __future__ import annotations

import re

import pytest

from csto_graph.corpus.sentences import split_sentences, text_doc
from csto_graph.extract.article import extract_article
from csto_graph.extract.syntax import ATTACHED, DETACHED, NEGATED, Parse, SentenceParser, Token, read_clause, subject_of
from helpers import article, participants

NAMES = ("Ivan Petrov", "Oleg Varenko", "Pavel Orlov", "Arman Saparov")


@pytest.fixture(scope="module")
def parser():
    from csto_graph.extract.nlp import ModelError, load_parser

    try:
        load_parser()
    except ModelError as exc:  # the model is a dependency; without it there is nothing to test
        pytest.skip(str(exc))
    return SentenceParser(load_parser)


def clause(parser, text: str, trigger: str):
    """The clause of the first ``trigger`` in the sentence of ``text`` holding it, and the
    verdict for each name of :data:`NAMES` found in that sentence, by surname."""
    start, end = next((s, e) for s, e in split_sentences(text) if trigger in text[s:e])
    sent = text[start:end]
    found = re.search(re.escape(trigger), sent)
    spans = [(m.start(), m.end()) for name in NAMES for m in re.finditer(name, sent)]
    read = read_clause(parser([sent])[0], (found.start(), found.end()), spans)
    return read, {sent[s:e].split()[-1]: v for (s, e), v in zip(spans, read.people)}


def test_coordinated_subjects_of_held_talks_are_both_attached(parser):
    read, who = clause(parser, "Ivan Petrov and Oleg Varenko held talks in Minsk on 3 May.", "talks")
    assert not read.unreal and who == {"Petrov": ATTACHED, "Varenko": ATTACHED}


def test_met_on_a_date_with_holds_the_object_after_the_date(parser):
    read, who = clause(parser, "Ivan Petrov met on 3 May with Oleg Varenko.", "met")
    assert not read.unreal and who == {"Petrov": ATTACHED, "Varenko": ATTACHED}


def test_passive_reception_holds_the_guest_and_the_agent(parser):
    read, who = clause(parser, "The Secretary General Ivan Petrov was received by the President of the "
                               "Republic Oleg Varenko.", "was received by")
    assert not read.unreal and who == {"Petrov": ATTACHED, "Varenko": ATTACHED}


def test_a_possessive_is_the_visitor(parser):
    read, who = clause(parser, "Ivan Petrov's three-day visit to Minsk ended on Friday.", "visit")
    assert not read.unreal and who == {"Petrov": ATTACHED}


def test_neither_nor_negates_both_names(parser):
    read, who = clause(parser, "Neither Ivan Petrov nor Oleg Varenko took part in the session.", "session")
    assert not read.unreal and who == {"Petrov": NEGATED, "Varenko": NEGATED}


def test_a_refusal_negates_its_subject_not_the_host_of_the_event(parser):
    read, who = clause(parser, "Ivan Petrov refused to attend the summit hosted by Oleg Varenko.", "summit")
    assert not read.unreal and who == {"Petrov": NEGATED, "Varenko": ATTACHED}


@pytest.mark.parametrize("text, trigger, kind", [
    ("Ivan Petrov will not come to the summit.", "summit", "future"),
    ("Ivan Petrov will also hold separate talks with his counterpart, Oleg Varenko, later in the day.", "talks",
     "future"),
    ("Ivan Petrov may visit Minsk in May.", "visit", "planned"),
    ("Ivan Petrov was expected to meet Oleg Varenko.", "meet", "planned"),
    ("The session is to be held in Minsk.", "session", "planned"),
    ("The two ministers discussed the agenda of the summit to be held in May.", "summit", "planned"),
])
def test_a_future_a_modal_or_a_plan_makes_the_clause_unreal(parser, text, trigger, kind):
    read, _ = clause(parser, text, trigger)
    assert read.unreal and getattr(read, kind)
    assert not getattr(read, "planned" if kind == "future" else "future")


def test_a_cancelled_meeting_is_negated(parser):
    read, _ = clause(parser, "The meeting with Ivan Petrov was cancelled.", "meeting")
    assert read.negated and not read.planned


def test_said_earlier_that_they_had_met_is_another_occasion(parser):
    read, _ = clause(parser, "Ivan Petrov said earlier that he had met Oleg Varenko in May.", "met")
    assert read.other_occasion and not read.planned


@pytest.mark.parametrize("text, trigger", [
    ("The spokesman Pavel Orlov said that Ivan Petrov met Oleg Varenko.", "met"),
    ("According to Pavel Orlov, Ivan Petrov met Oleg Varenko on Monday.", "met"),
    ("Ivan Petrov, who was appointed by President Pavel Orlov, met with Oleg Varenko.", "met with"),
    ("Ivan Petrov met Oleg Varenko at the forum initiated by Pavel Orlov.", "met"),
])
def test_the_reporter_and_people_of_other_clauses_are_detached(parser, text, trigger):
    read, who = clause(parser, text, trigger)
    assert not read.unreal
    assert who == {"Petrov": ATTACHED, "Varenko": ATTACHED, "Orlov": DETACHED}


@pytest.mark.parametrize("text, trigger", [
    ("Ivan Petrov, accompanied by Oleg Varenko, arrived in Minsk on a working visit.", "working visit"),
    ("The session was chaired by Ivan Petrov, with Oleg Varenko and Pavel Orlov taking part.", "session"),
    ("Ivan Petrov arrived in Minsk and met Oleg Varenko.", "met"),
    ("Ivan Petrov arrived at the palace, the venue of the summit, where he was welcomed by Oleg Varenko.",
     "summit"),
    # "flanked by" is "accompanied by": who flanks goes with the leaders to the talks
    ("After a family photo, the heads of the CSTO countries flanked by defence ministers and CSTO Secretary General "
     "Oleg Varenko went on to talks.", "talks"),
    # a clause before a colon, which the parser hangs on the verb after it: one occasion
    ("The session of the Council opened with a protocol ceremony: the delegations were greeted by the foreign "
     "minister at the gate and by President Ivan Petrov in the hall.", "session"),
])
def test_people_carried_into_the_event_stay_attached(parser, text, trigger):
    _, who = clause(parser, text, trigger)
    assert set(who.values()) == {ATTACHED}


def test_the_parser_is_asked_once_per_text_and_loaded_only_when_asked():
    loads = []

    class Pipe:
        def pipe(self, texts, batch_size):
            return (Doc(t) for t in texts)

    parse = SentenceParser(lambda: loads.append(1) or Pipe())
    assert loads == []
    first = parse(["Ivan met Oleg.", "Ivan met Oleg."])
    again = parse(["Ivan met Oleg."])
    assert loads == [1] and parse.parsed == 1 and first[0] is again[0]
    assert [t.lower for t in first[0].tokens] == ["ivan", "met", "oleg."]


class Doc(list):
    """A blank-separated stand-in for a spaCy Doc (what ``to_parse`` reads of it)."""

    def __init__(self, text: str):
        from types import SimpleNamespace

        pos, tokens = 0, []
        for i, word in enumerate(text.split()):
            pos = text.index(word, pos)
            tokens.append(SimpleNamespace(idx=pos, text=word, lower_=word.lower(), tag_="", dep_="dep", i=i,
                                          head=SimpleNamespace(i=0)))
            pos += len(word)
        super().__init__(tokens)


def test_no_token_in_the_trigger_gives_no_clause():
    parse = Parse((Token(0, 4, "ivan", "NNP", "ROOT", 0),))
    assert read_clause(parse, (10, 14), [(0, 4)]) is None


# ------------------------------------------------------------ through the event reader


def read(text: str, parse):
    art = article(text)
    return extract_article(art, text_doc(art.text), parse=parse)


def test_according_to_someone_is_no_participant(parser):
    text = "According to Pavel Orlov, Ivan Petrov met Oleg Varenko on 12 March 2023."
    ex = read(text, None)
    assert "Pavel Orlov" in participants(ex, ex.events[0])  # the rules' guess
    ex = read(text, parser)
    assert len(ex.events) == 1 and set(participants(ex, ex.events[0])) == {"Ivan Petrov", "Oleg Varenko"}


def test_a_future_the_rules_do_not_know_is_no_event(parser):
    text = "On 14 March 2023, Ivan Petrov will also hold talks with Oleg Varenko in Minsk."
    assert read(text, None).events  # "will also hold" is no future cue of the rules
    assert read(text, parser).events == ()


def test_a_future_on_the_articles_own_day_is_that_days_event(parser):
    ex = read("On 12 March 2023, Ivan Petrov will attend talks with Oleg Varenko in Minsk.", parser)  # dated 12 March
    assert [e.date for e in ex.events] == ["2023-03-12"]
    assert set(participants(ex, ex.events[0])) == {"Ivan Petrov", "Oleg Varenko"}


def test_a_modal_plan_is_no_event_even_on_the_articles_day(parser):
    assert read("On 12 March 2023, Ivan Petrov may hold talks with Oleg Varenko in Minsk.", parser).events == ()


def test_the_main_clause_names_the_event_not_a_summit_in_a_relative_clause(parser):
    text = "On 12 March 2023, Ivan Petrov met with Oleg Varenko, who is preparing the summit."
    ex = read(text, parser)
    assert [e.type for e in ex.events] == ["meeting"]
    assert set(participants(ex, ex.events[0])) == {"Ivan Petrov", "Oleg Varenko"}


def test_a_sentence_with_no_trigger_never_loads_the_parser():
    def refuse():
        raise AssertionError("the parser was loaded")

    parse = SentenceParser(refuse)
    read("Ivan Petrov thanked Oleg Varenko for the cooperation. It was cold.", parse)
    assert parse.parsed == 0


def test_the_cache_fingerprint_covers_the_syntax_module():
    from csto_graph.pipeline.cache import _extraction_modules

    assert "syntax.py" in {p.name for p in _extraction_modules()}


def _record_parses(monkeypatch, load) -> list[str]:
    """The texts the chunk's reader asks the sentence parser for (built by ``load``), with the
    model's person spans off; the list fills as ``run.extract_chunk`` runs."""
    from csto_graph.extract import run

    asked: list[str] = []

    class Recording(SentenceParser):
        def __call__(self, texts):
            asked.extend(texts)
            return super().__call__(texts)

    monkeypatch.setattr(run, "sentence_parser", lambda config: Recording(load))
    monkeypatch.setattr(run, "person_spans", lambda art, sents, config: ())
    return asked


def test_a_chunk_is_parsed_in_one_batch_covering_every_sentence_the_reader_asks(parser, monkeypatch):
    from csto_graph.extract import run
    from csto_graph.extract.nlp import load_parser

    calls = []

    class Counting:
        def __init__(self, nlp):
            self.nlp = nlp

        def pipe(self, texts, batch_size):
            calls.append(list(texts))
            return self.nlp.pipe(calls[-1], batch_size=batch_size)

    asked = _record_parses(monkeypatch, lambda: Counting(load_parser()))
    arts = [article("On 12 March 2023, Ivan Petrov met with Oleg Varenko, who had arrived. It was cold.", aid="a1"),
            article("The Council of Ministers adopted a plan. Pavel Orlov welcomed Arman Saparov, who had arrived.", aid="a2")]
    run.extract_chunk(arts)
    assert len(calls) == 1  # the whole chunk at once, before the articles are read
    assert set(asked) <= set(calls[0]) and "It was cold." not in calls[0]
    assert "Pavel Orlov welcomed Arman Saparov, who had arrived." in calls[0]


def test_a_sentence_with_no_word_the_parse_decides_about_is_read_by_the_rules_alone(monkeypatch):
    from csto_graph.extract import run

    asked = _record_parses(monkeypatch, lambda: None)
    [ex] = run.extract_chunk([article("On 3 May 2023, Ivan Petrov met with Oleg Varenko in Minsk.", aid="a3")])
    assert asked == [] and len(ex.events) == 1  # the parser (here one that cannot load) is never asked


@pytest.mark.parametrize("text", [
    "On 3 May 2023, Secretary General Ivan Petrov held talks with Oleg Varenko in Minsk.",
    "On 3 May 2023, the Chairman of the Council Ivan Petrov held talks with Oleg Varenko in Minsk.",
])
def test_a_title_before_a_name_is_no_far_reference_to_parse_for(monkeypatch, text):
    """A title before the name it titles (with no "the" before it, or with the holder named
    before the trigger) is no reference the parse could tie to the trigger: the parse is not
    asked for the trigger's subject; a pronoun before the trigger still is (below)."""
    from csto_graph.extract import run

    asked = _record_parses(monkeypatch, lambda: None)
    [ex] = run.extract_chunk([article(text, aid="a4")])
    assert asked == [] and len(ex.events) == 1


def test_a_pronoun_far_from_the_trigger_is_still_parsed_for(parser, monkeypatch):
    from csto_graph.extract import run
    from csto_graph.extract.nlp import load_parser

    asked = _record_parses(monkeypatch, load_parser)
    text = "Ivan Petrov arrived in Minsk on Monday. The day before he took part in the summit of the Council."
    run.extract_chunk([article(text, aid="a5")])
    assert "The day before he took part in the summit of the Council." in asked


# -- a past invitation to take part in the occasion told (issue #15, round 2) --

def test_people_invited_in_the_past_to_take_part_in_the_meeting_took_part(parser):
    read, who = clause(parser, "Ivan Petrov and Oleg Varenko were also invited to take part in the expanded "
                               "meeting of the Council.", "meeting")
    assert not read.unreal and who == {"Petrov": ATTACHED, "Varenko": ATTACHED}


@pytest.mark.parametrize("text, trigger", [
    ("Ivan Petrov was invited to visit Minsk.", "visit"),  # the invited verb is the event: to come
    ("Ivan Petrov has been invited to attend the meeting of the Council.", "meeting"),  # a perfect
    ("Ivan Petrov will be invited to attend the meeting of the Council.", "meeting"),
    ("Ivan Petrov was invited to attend the meeting of the Council, but declined.", "meeting"),
])
def test_an_invitation_still_to_be_taken_up_stays_unreal(parser, text, trigger):
    read, _ = clause(parser, text, trigger)
    assert read.unreal


# -- who reports the event is its reporter in the later sentences too (issue #15, round 3) --

def _reporters(read, text: str) -> set[str]:
    spans = [(m.start(), m.end()) for name in NAMES for m in re.finditer(name, text)]
    return {text[s:e].split()[-1] for k, (s, e) in enumerate(spans) if k in read.reporters}


@pytest.mark.parametrize("text, trigger", [
    ("Ivan Petrov came to Minsk on a working visit on Tuesday, Deputy Secretary of the Council Pavel Orlov "
     "said on Wednesday.", "working visit"),
    ("Ivan Petrov met Oleg Varenko in Minsk, Pavel Orlov said.", "met"),
])
def test_the_subject_of_the_reporting_verb_is_read_as_the_reporter(parser, text, trigger):
    read, who = clause(parser, text, trigger)
    assert who["Orlov"] == DETACHED and _reporters(read, text) == {"Orlov"}


@pytest.mark.parametrize("text, trigger", [
    ("According to Pavel Orlov, Ivan Petrov met Oleg Varenko on Monday.", "met"),
    ("Ivan Petrov, who was appointed by President Pavel Orlov, met with Oleg Varenko.", "met with"),
    ("Ivan Petrov met Oleg Varenko in Minsk and said that the talks were useful.", "met"),
])
def test_people_of_other_clauses_or_of_the_event_are_no_reporters(parser, text, trigger):
    read, _ = clause(parser, text, trigger)
    assert read.reporters == ()


@pytest.mark.parametrize("parse_first", [
    "Secretary General Ivan Petrov came to Minsk on a four-day visit on Tuesday night, Deputy Secretary of "
    "the Security Council Pavel Orlov said on Wednesday.",
    "President Ivan Petrov received Secretary General Oleg Varenko in Minsk on Monday, Pavel Orlov said."])
def test_who_reported_the_event_takes_no_part_when_he_speaks_again(parser, parse_first):
    text = f"{parse_first} Orlov said that the sides discussed the situation in the region."
    art = article(text, "2023-03-08")
    ex = extract_article(art, text_doc(art.text), parse=parser)
    [event] = ex.events
    assert "Pavel Orlov" not in participants(ex, event) and "Orlov" not in participants(ex, event)


def test_who_speaks_in_a_later_sentence_without_having_reported_still_speaks(parser):
    text = ("President Ivan Petrov received Secretary General Oleg Varenko in Minsk on Monday. Minister Pavel "
            "Orlov said that the sides discussed the situation in the region.")
    art = article(text, "2023-03-08")
    ex = extract_article(art, text_doc(art.text), parse=parser)
    [event] = ex.events
    assert participants(ex, event)["Pavel Orlov"] == {"speaker"}


# -- the event's relative clause on the place or the group its people are at (issue #15, round 3) --

@pytest.mark.parametrize("text, trigger", [
    ("Deputy Minister Ivan Petrov, Secretary General Oleg Varenko, and Governor Pavel Orlov were among those "
     "who attended the ceremony, according to the agency.", "ceremony"),
    ("The heads of the member states, as well as Secretary General Ivan Petrov arrived at the Grand Palace that "
     "is hosting the summit of the leaders.", "summit"),
])
def test_people_at_the_place_or_among_the_group_the_clause_describes_are_attached(parser, text, trigger):
    read, who = clause(parser, text, trigger)
    assert not read.unreal and who and set(who.values()) == {ATTACHED}


@pytest.mark.parametrize("text, trigger", [
    ("Minister Ivan Petrov was among the critics of the bloc, which held a summit in Minsk.", "summit"),
    ("Minister Ivan Petrov wrote about the palace that is hosting the summit of the leaders.", "summit"),
])
def test_a_relative_clause_on_another_noun_or_verb_leaves_the_people_detached(parser, text, trigger):
    _, who = clause(parser, text, trigger)
    assert who["Petrov"] == DETACHED


@pytest.mark.parametrize("text, trigger, subject", [
    ("The day before he took part in the summit of the Council.", "took part", "he"),
    ("On 3 May, the Kazakh Foreign Minister, as the head of the delegation, took part in the talks.",
     "took part", "the Kazakh Foreign Minister"),
])
def test_subject_of_the_trigger_however_far_from_it(parser, text, trigger, subject):
    (sent,) = [text[a:b] for a, b in split_sentences(text) if trigger in text[a:b]]
    at = sent.index(trigger)
    span = subject_of(parser([sent])[0], (at, at + len(trigger)))
    assert span is not None and sent[span[0]:span[1]] == subject


# -- what a speaker said, hung by the parser on the occasion's noun, is no plan of it (s31) --

def test_a_that_clause_of_speech_after_the_occasion_is_no_plan_of_it(parser):
    read_, _ = clause(parser, "Ivan Petrov said addressing the opening ceremony that “particular attention would "
                              "be paid to peace maintenance.”", "ceremony")
    assert not read_.planned


def test_a_relative_clause_with_a_future_still_tells_a_plan(parser):
    read_, _ = clause(parser, "Ivan Petrov discussed the summit that will take place in Minsk.", "summit")
    assert read_.planned


def test_a_speaker_at_the_opening_ceremony_who_goes_on_with_a_quotation_joins_the_drills(parser):
    text = ("The member states launched on Tuesday joint military drills on a firing range in Atlantis.\n"
            "Ivan Petrov, the chief of the Atlantean General Staff, said addressing the opening ceremony that "
            "“particular attention in the course of the current drills would be paid to peace maintenance.”")
    art = article(text, "2014-07-29")
    ex = extract_article(art, text_doc(art.text), parse=parser)
    [event] = [e for e in ex.events if e.type == "exercise"]
    assert participants(ex, event)["Ivan Petrov"] == {"speaker"}
