"""Event mentions in one article: what happened, when, where, who took part in what role.

A sentence reports an event when it holds a trigger of ``ontology/events.yaml``
("session", "met with", "was received by") and either names people taking part or
gives a date together with a body or a place. Plans ("scheduled", "will be held") are
not events. Later sentences that point back ("The meeting was attended by ...") or
add people to an undated part of it ("He had working meetings with ...") extend the
article's main event; a sentence with a date of its own reports an event of its own.

Given a parser (:class:`csto_graph.extract.syntax.SentenceParser`), the sentences that
hold a trigger are parsed (in one batch) and the tree decides what the rules would guess
(:func:`read_syntax`): who the clause of the trigger holds (not the reporter of "X said",
not the "according to X", not someone of another clause), who is negated ("neither A nor
B took part", "A refused to attend"), and whether the trigger tells a plan, a denial or
another occasion ("will", "was expected to", "did not take place", "said earlier that
they had met"). Where the parse finds nothing, the rules decide.

This module reads an article's sentences in order and keeps its events; what it asks of a
sentence lives beside it, one question to a module: what the sentence tells
(:mod:`~csto_graph.extract.event_cues`: triggers, plans, speech), who takes part in which role
(:mod:`~csto_graph.extract.event_roles`), when (:mod:`~csto_graph.extract.event_times`) and
where (:mod:`~csto_graph.extract.event_places`).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..corpus.dates import find_dates
from ..vocab.event_kinds import encounters, one_sitting
from ..vocab.gazetteer import load_gazetteer
from ..models import Article, EventMention, OrgMention, Participant, PersonMention, PlaceMention, Sentence
from ..vocab.resources import load_yaml
from ..vocab.words import words
from .coref import Context, may_refer, may_refer_before, parsed_reference, quote_spans, resolve, speaker_reference, subject_reference
from .syntax import ATTACHED, may_decide, read_clause, subject_of
from .event_cues import (
    alternation, any_word, cues, find_phrase, find_trigger, first_trigger, framing_pattern, plan_phrases,
    relative_clauses, reports_speech, subject_matter
)
from .event_roles import (
    addressed, heard_from, pictured, possessed_matter, quoted_report, reporters, reports_for_others, role_after,
    role_of, speaker_label, speech_at, speech_tail, start_of_title, targeted, topic_before
)
from .event_times import (
    UNTIL, is_current, opens_with_own_day, other_time_clauses, outside_future_asides, outside_other_times,
    past_dateline, past_occasion, period_opener, sentence_dates, tells_lasting, year_of_page
)
from .event_places import (
    headline_place, holding_body, is_remote, main_headline_place, place_of_event, seat_of_venue
)


@dataclass
class _Draft:
    kind: str
    trigger: str
    start: int
    end: int
    sentence: int
    date: str | None
    end_date: str | None
    explicit_date: bool
    place: str | None
    body: OrgMention | None
    online: bool
    parts: dict = field(default_factory=dict)  # person index -> set of roles
    pending: bool = False  # kept only if a later sentence adds someone
    remote: bool = False  # a phone call: no place (neither its sentence's nor the dateline's)
    fallback_place: str | None = None  # the headline's place, where the body names none

    def add(self, person: int, role: str) -> None:
        self.parts.setdefault(person, set()).add(role)


def find_events(article: Article, sentences: list[Sentence], people: list[PersonMention],
                orgs: list[OrgMention], places: list[PlaceMention], parse=None, reading=None) -> list[EventMention]:
    """Every event an article reports, with its participants (indices into ``people``).

    ``parse``: a callable from sentence texts to their :class:`~csto_graph.extract.syntax.Parse`
    (a :class:`~csto_graph.extract.syntax.SentenceParser`), asked once about the sentences
    that hold a trigger; None reads by the rules alone. ``reading``: what :func:`read_by_rules`
    gave for the same arguments (read once when the caller asked :func:`parse_requests`).
    """
    reader, told, saids = reading or read_by_rules(article, sentences, people, orgs, places)
    if parse is not None:
        read_syntax(saids, parse, lambda said: _on_the_day(said, article.date),
                    lambda said: _dated_before(said, article.date))
    for (index, sent), said in zip(told, saids):
        reader.read(index, sent, said)
    return reader.events()


def read_by_rules(article: Article, sentences: list[Sentence], people: list[PersonMention],
                  orgs: list[OrgMention], places: list[PlaceMention]):
    """The reader of an article and what the rules read of each of its sentences (not yet
    read into events: :func:`find_events` does that, after the parse corrects them)."""
    reader = _EventReader(article, sentences, people, orgs, places)
    told = [(index, sent) for index, sent in enumerate(sentences) if not article.in_footer(sent.start)]
    return reader, told, [reader.said(index, sent) for index, sent in told]


def parse_requests(reading) -> list[str]:
    """The sentences :func:`find_events` will ask its parser about, given the article's
    :func:`read_by_rules` (so that a caller can parse those of many articles in one batch
    first): those with a trigger, a person and a word the parse decides about."""
    return [said.text for said in reading[2] if _asks(said)]


def _asks(said: _Said) -> bool:
    """Whether the parse can change what the rules read: a trigger, people to decide about,
    and a word the parse decides about (:func:`~csto_graph.extract.syntax.may_decide`); not
    a sentence told as "CONTENT, X announced at the briefing" (:meth:`_EventReader._said_at`),
    whose reporting clause the parse hangs off the content it does not read."""
    return _decides(said) or _far_reference(said)


def _decides(said: _Said) -> bool:
    return said.trigger is not None and bool(said.people) and said.said_at is None and may_decide(said.text)


def _far_reference(said: _Said) -> bool:
    """A pronoun or a title before the trigger that the rules do not read as its subject
    (too far from it, after a second leading phrase: "The day before he took part in ...",
    "the Acting Secretary General, as one of the speakers, took part in ..."): the parse says
    whether it is (:func:`~csto_graph.extract.syntax.subject_of`)."""
    if said.trigger is None or said.said_at is not None or not may_refer(said.text[:said.trigger[2]]):
        return False
    spans = [(p.start - said.start, p.end - said.start) for _, p in said.people]
    if not may_refer_before(said.text, min((s for s, _ in spans), default=len(said.text)), said.trigger[2]):
        return False  # no reference can end before the first person named (:func:`parsed_reference`),
        # or only a title whose holder is named before the trigger
    return subject_reference(said.text, said.trigger[2], spans) is None


def _on_the_day(said: _Said, anchor: str | None) -> bool:
    """The sentence dates what it tells on the article's own day (and on no other)."""
    dates = _said_dates(said, anchor)
    return bool(anchor) and bool(dates) and all(d.value == anchor for d in dates)


def _dated_before(said: _Said, anchor: str | None) -> bool:
    """The sentence dates what it tells before the article's day, and only then ("following
    talks ... in March of this year" in a June report): what it tells happened."""
    dates = _said_dates(said, anchor)
    return bool(anchor) and bool(dates) and all(d.value and d.value < anchor[:len(d.value)] for d in dates)


def _said_dates(said: _Said, anchor: str | None):
    """The dates of the sentence ``said`` reads (:func:`sentence_dates`)."""
    return sentence_dates(Sentence(said.start, said.start + len(said.text), said.text), anchor)


def read_syntax(saids: list[_Said], parse, on_the_day=lambda said: False, dated_before=lambda said: False) -> int:
    """Correct what the rules read of each sentence with a trigger by its parse (in place):
    which trigger the sentence tells, whether it is a plan, and who takes part. Returns the
    number of sentences asked.

    The candidates are the rules' trigger, then the next ones of the sentence (each found
    with the ones before masked). The sentence tells the first whose clause is real (no
    plan, denial or other occasion) and is the sentence's main clause ("X met Y, who is
    preparing the summit": the meeting), else the first real one. When the rules read a
    plan, only their own trigger's clause lifts it, if real and the main clause (another
    trigger, or one deep in a clause, is often what the plan's cue is about). With none, the sentence is a plan. A
    person the chosen clause does not hold, or negates, has no role; the others keep the
    role of the rules. A plain future ("will attend") is real in a sentence that
    ``on_the_day`` says is dated on the article's own day; a plan word over the trigger
    ("This was agreed following talks ...") is none in a sentence ``dated_before`` the
    article's day. The people of a clause that tells another occasion's time or of a
    relative clause after a name keep their roles: those clauses are read as events of
    their own (:func:`other_time_clauses`, :func:`relative_clauses`).
    """
    asked = [said for said in saids if _asks(said)]
    for said, tree in zip(asked, parse([said.text for said in asked]) if asked else ()):
        if not _decides(said):  # asked only for the subject of its trigger
            said.parsed_subject = subject_of(tree, said.trigger[2:4])
            continue
        spans = [(p.start - said.start, p.end - said.start) for _, p in said.people]
        candidates = _candidates(said, tree, spans, 1 if said.future else 4)
        first = next(candidates, None)
        if first is None:
            continue
        chosen = _choose(said, first, candidates, on_the_day, dated_before)
        if chosen is None:
            said.future = True
            continue
        (said.trigger, clause), said.future = chosen, False
        if _far_reference(said):
            said.parsed_subject = subject_of(tree, said.trigger[2:4])
        said.reporters = [said.people[k][1].name.split()[-1] for k in clause.reporters if " " in said.people[k][1].name]
        own = other_time_clauses(said.text, said.trigger[2]) + relative_clauses(said.text)
        for (k, p), verdict in zip(said.people, clause.people):
            inside = any(a <= p.start - said.start < b for a, b in own)
            if verdict is not None and verdict != ATTACHED and not inside:
                said.roles[k] = None
    return len(asked)


def _candidates(said: _Said, tree, spans, most: int):
    """(trigger, clause) pairs, found as they are asked for: the rules' trigger, then up to
    ``most`` - 1 others."""
    trigger, tried = said.trigger, []
    while trigger is not None and len(tried) < most:
        clause = read_clause(tree, trigger[2:4], spans)
        if clause is None:
            return
        yield trigger, clause
        tried.append(trigger[2:4])
        trigger = find_trigger(said.text, said.masked + tried, spans)


def _choose(said: _Said, first, rest, on_the_day, dated_before=lambda said: False):
    """The first real main clause of ``first`` and then ``rest`` (read only as far as
    needed), else the first real one, else None; a rules' plan (``said.future``) only by a
    real main clause. A plain future is real when ``on_the_day`` (asked once, if needed)."""
    fallback, day, past = None, None, None
    for trigger, clause in itertools.chain([first], rest):
        if clause.future and not said.future:  # (a cue of the rules, "will be held", stays a plan)
            day = on_the_day(said) if day is None else day
            clause = replace(clause, future=False) if day else clause
        if clause.planned and not clause.future and not said.future:
            past = dated_before(said) if past is None else past
            clause = replace(clause, planned=False) if past else clause
        if clause.unreal:
            continue
        if clause.main:
            return trigger, clause
        fallback = fallback or (trigger, clause)
    return None if said.future else fallback


@dataclass
class _Said:
    """What one sentence offers the event reader: its mentions, what hides triggers, the
    trigger, and the roles of its people."""

    text: str
    start: int  # the sentence's offset in the article
    low: str
    people: list  # (index into the article's people, mention)
    orgs: list
    places: list
    masked: list[tuple[int, int]]
    titles: list[tuple[int, int]]  # article offsets of the people's titles
    trigger: tuple[str, str, int, int] | None
    future: bool
    online: bool
    roles: dict
    subject: list[tuple[int, int]] = field(default_factory=list)  # what is said or discussed
    reporters: list[str] = field(default_factory=list)  # surnames of who reports the event (the parse's)
    said_at: int | None = None  # end of what is said before "..., X announced at the briefing" (_said_at)
    framing: list[tuple[int, int]] = field(default_factory=list)  # the frames of the sentence (framing_pattern)
    parsed_subject: tuple[int, int] | None = None  # the trigger's subject by the parse (sentence offsets)
    speaking: int | None = None  # who a pronoun speaker at the occasion is, in a sentence naming no one (read)


class _EventReader:
    """The events of one article, read sentence by sentence: the last current event
    (``main``) takes the people of later sentences that tell no event of their own."""

    def __init__(self, article: Article, sentences: list[Sentence], people: list[PersonMention],
                 orgs: list[OrgMention], places: list[PlaceMention]):
        self.article, self.cues, self.gaz = article, cues(), load_gazetteer()
        self.told_verbs = frozenset(phrase.lower() for phrase, _ in self.cues.telling)
        self.sentences, self.people = sentences, people
        self.coref: Context | None = None  # what references resolve over (coref.py), built when first asked
        self.drafts: list[_Draft] = []
        self.main: _Draft | None = None
        self.transcript: _Draft | None = None  # the headline's event of a transcript
        self.aside = False  # after a sentence of background, until the next event's sentence
        self.told_day = None  # (date, surnames) of the last sentence that gave a day but no event
        self.unkept: list[_Draft] = []  # placed occasions told with nobody and no day (_told_unkept)
        self.spokesmen = reporters(sentences, people)
        self.page_year = None if article.date else year_of_page(article.text)
        self.guessed = article.date_source == "body"  # the date a body sentence gave the page (sentence_dates)
        self.reporting: set[str] = set()  # surnames of who the parse read reporting an event (_drop_reporters)
        # mentions grouped by sentence once: a scan of all of them per sentence was quadratic
        # in the article's length (an 80,000-sentence page on one line)
        self.people_of = _by_sentence((p.sentence, (k, p)) for k, p in enumerate(people))  # captions' never asked
        self.orgs_of = _by_sentence((o.sentence, o) for o in orgs)
        self.places_of = _by_sentence((p.sentence, p) for p in places)
        self.planned_kind: str | None = None  # the kind of the event a headline plans on a day it gives
        self.headline = self._headline_report(len(sentences))
        if self.headline is not None:
            self.drafts.append(self.headline)
            if article.date and self.headline.date != article.date:
                self.headline = None  # a headline (or a photo caption taken for one) of another day
            else:
                self.main = self.headline

    def _headline_report(self, n_sentences: int) -> _Draft | None:
        """The event a headline reports ("President Ivan Petrov Receives Secretary General Oleg
        Sidorov"), with the people it names, on the date it gives, else the article's: the
        article's event until the body tells it (see :meth:`_new_event`), kept only if someone
        takes part."""
        article, first = self.article, n_sentences + len(self.article.captions)
        k = next((k for k, h in enumerate(article.headers) if article.title and h.text == article.title), None)
        if k is None:
            return None
        head, index = article.headers[k], first + k
        c, text = self.cues, head.text
        low = text.lower()
        # "Ivan Petrov to visit Minsk", "... will take part in the summit": no event, but the
        # kind of the one planned, for the body's undated mentions of it (_new_event)
        planned = any(find_phrase(f, text, low) for f in c.future + c.headline_future)
        sent_people = self.people_of.get(index, [])
        spans = [(p.start - head.source_start, p.end - head.source_start) for _, p in sent_people]
        if not sent_people:  # a headline the name reader left unread: the body's full names in it
            named = _names_in_headline(text, self.people)
            sent_people = [(k, self.people[k]) for k, _, _ in named]
            spans = [(a, b) for _, a, b in named]
        masked = spans + [(o.start - head.source_start, o.end - head.source_start)
                          for o in self.orgs_of.get(index, [])]
        found = find_trigger(text, masked, spans)
        if planned and found is not None and find_dates(text, article.date):
            self.planned_kind = found[1]
        if found is None or planned:
            return None
        phrase, kind, t_start, t_end = found
        online = any(find_phrase(o, low, low) for o in c.online)
        place = None if online else headline_place(text, self.gaz, spans)
        dates = find_dates(text, article.date)
        date = dates[0].value if dates else article.date
        draft = _Draft(kind, phrase, head.source_start + t_start, head.source_start + t_end, index, date,
                       dates[0].end_value if dates else None, bool(dates), None, None, online, pending=True,
                       fallback_place=place)
        for (k, _), (s, e) in zip(sent_people, spans):
            role = role_of(text, s, e)
            if role is not None:
                draft.add(k, role)
        # a headline naming only a speaker ("Speech by X at the meeting of the Council") titles a
        # text, not an encounter it reports: on the 1k synthetic set such headlines gave 11 events
        # the gold does not hold; one whose verb after the name tells the speech ("X spoke at the
        # Security Review Conference in Vienna") reports it
        taking_part = any(roles - {"speaker"} for roles in draft.parts.values())
        spoke = any(role_after(text[e:e + 120], c) == "speaker" for (k, _), (s, e) in zip(sent_people, spans)
                    if k in draft.parts)
        return draft if taking_part or spoke else None

    def said(self, index: int, sent: Sentence) -> _Said:
        """What the rules read of one sentence (before the parse, if any, corrects it)."""
        c, text = self.cues, sent.text
        low = text.lower()
        # weak mentions too: the linker keeps those that name a known person, drops the rest
        sent_people = self.people_of.get(index, [])
        sent_orgs = self.orgs_of.get(index, [])
        masked = [(o.start - sent.start, o.end - sent.start) for o in sent_orgs]
        masked += [(p.start - sent.start, p.end - sent.start) for _, p in sent_people
                   if p.strong or " " in p.name]  # not "Talks" read as a name at a sentence's start
        quotes = quote_spans(text)
        told = quoted_report(text, quotes, [(p.start - sent.start, p.end - sent.start) for _, p in sent_people
                                             if " " in p.name])
        masked += [q for q in quotes if q != told]
        spans = [(p.start - sent.start, p.end - sent.start) for _, p in sent_people]
        said_at = self._said_at(text, low, masked, spans, sent_people, sent.start)
        subject = [(0, said_at)] if said_at is not None else subject_matter(text, low)  # (read once)
        masked += subject
        titles = [(t.start, t.end) for _, p in sent_people for t in p.posts]  # article offsets
        framing = [(m.start(), m.end()) for m in framing_pattern().finditer(text)]
        plans = plan_phrases(text, masked, spans)
        trigger = plans and first_trigger(text, masked + plans, framing, spans)
        places = self.places_of.get(index, [])
        if trigger:  # "discussed the upcoming summit in Minsk during talks": the talks happened, not there
            subject += plans
            places = [p for p in places if not any(a <= p.start - sent.start < b for a, b in plans)]
        else:
            trigger = first_trigger(text, masked, framing, spans)
        if said_at is not None:  # "Drills will be held in Atlantis, X announced at a briefing": not there
            places = [p for p in places if p.start - sent.start >= said_at]
        elif trigger and trigger[0].lower() in self.told_verbs and subject:
            # "A told B that the summit is set for Karakol": where the summit is, not the talks
            places = [p for p in places if not any(a <= p.start - sent.start < b for a, b in subject)]
        roles = {k: self.rule_role(text, p, sent.start) for k, p in sent_people}
        if told is not None:  # who quotes a report of others (the press office, "X said") takes no part in it
            roles.update({k: None for k, p in sent_people if not told[0] <= p.start - sent.start < told[1]})
        if said_at is not None:  # who is named in what is said takes no part in the occasion it is said at
            roles.update({k: None for k, p in sent_people if p.start - sent.start < said_at})
        future = any(not any(a <= m.start() < b for a, b in subject) and not tells_lasting(low, m.start(), m.end())
                     for f in c.future for m in find_phrase(f, low, low))
        return _Said(text, sent.start, low, sent_people, sent_orgs, places, masked, titles,
                     trigger, future, any(find_phrase(o, low, low) for o in c.online), roles, subject, said_at=said_at,
                     framing=framing)

    def _said_at(self, text: str, low: str, masked, spans, sent_people, sent_start: int) -> int | None:
        """The end of what is said in a sentence told as "CONTENT, SPEAKER VERB at OCCASION"
        (:func:`speech_tail`), when the occasion holds a trigger and the content tells no
        event as done (none of its own, only a plan: "Drills will be held in May, General X
        announced at a briefing", or one with nobody named in it), else None. The speaker was
        at the occasion; the content is what was said: no trigger, plan, date or participant
        of the sentence's event. ``spans``: the sentence's people, at sentence offsets."""
        tail = speech_tail(text, sent_people, sent_start, low)
        if tail is None:
            return None
        if find_trigger(text, masked + [(0, tail)], spans) is None:
            return None
        content = low[:tail]
        planned = any(find_phrase(f, content, content) for f in self.cues.future)
        named = any(start < tail for start, _ in spans)  # (an event nobody is named at is a topic:
        # "The sides agreed on the drills, X said after the talks")
        if named and not planned and find_trigger(text, masked + [(tail, len(text))], spans) is not None:
            return None  # "A and B held talks, C told reporters after the meeting": the talks are told
        return tail

    def rule_role(self, text: str, person: PersonMention, sent_start: int) -> str | None:
        """The role the rules give ``person`` in the sentence ``text``: none for someone a
        discussed topic is around (:func:`topic_before`, looked for before the person's
        title) or an action is aimed at (:func:`targeted`), none for a spokesman or an aide in a sentence that reports speech, else
        :func:`role_of`."""
        start, end = person.start - sent_start, person.end - sent_start
        titled = min([t.start - sent_start for t in person.posts if 0 <= t.start - sent_start < start], default=start)
        if topic_before(text[:titled]) or targeted(text[:titled]):  # "The situation around X was discussed"
            return None
        if possessed_matter(text[end:], self.cues):  # "... explained the procedure of X's recall"
            return None
        if reports_speech(text) and (person.name.split()[-1] in self.spokesmen or
                                     reports_for_others(text, person, start, end)):
            return None
        return role_of(text, start, end, titled if titled < start else None)

    def read(self, index: int, sent: Sentence, said: _Said | None = None) -> None:
        said = said if said is not None else self.said(index, sent)
        self._drop_reporters(said)
        self._transcript(said, index, sent)
        if said.trigger is None or said.future:
            self._add_to_main(said)
            return
        if not said.people:  # "..., he told a briefing": the speaker makes the occasion an event alone
            said.speaking = self._speaking(said, index)
        target = self._target(said, index, sent)
        if target is None:
            return
        several = said.trigger[1] in encounters() and self._one_by_one(said, index)
        if several and (target.kind not in encounters() or target.body is not None) and not said.online:
            target = self._encounters_beside(said, index, sent, target)  # "... held a number of meetings on
            # the sidelines of the session. He met with A, B and C": not the session's
        for k, role in said.roles.items():
            if role is not None:
                target.add(k, role)
        # a reference completes an event someone is named at, never makes one alone: an
        # occasion only a pronoun takes part in ("he held talks with the leadership") is the
        # one-sided kind golds leave optional, and its day is the sentence's, often unknown
        # (a subject the parse ties to the trigger over a longer gap is read even alone: "The day
        # before he took part in the summit" tells who took part)
        referred, role = self._referred(said, index, alone=not target.parts), "participant"
        if said.speaking is not None:
            referred, role = said.speaking, "speaker"
        elif referred is None and said.people:  # (naming no one, the speaker was asked for above)
            referred, role = self._speaking(said, index), "speaker"
        if referred is not None and all(self.people[j].name != self.people[referred].name for j in target.parts):
            target.add(referred, role)
        if several and target.kind in encounters() and target.body is None:
            self._split_partners(target, said)

    def _one_by_one(self, said: _Said, index: int) -> bool:
        """The sentence, or the one before it, says its encounters were several (``one_by_one``
        in ``ontology/events.yaml``: "held a number of meetings. He met with A, B and C")."""
        texts = [said.low] + ([self.sentences[index - 1].text.lower()] if index > 0 else [])
        return any(find_phrase(cue, text, text) for cue in self.cues.one_by_one for text in texts)

    def _encounters_beside(self, said: _Said, index: int, sent: Sentence, sitting: _Draft) -> _Draft:
        """The encounter a sentence tells beside a sitting it was held at (:meth:`_one_by_one`):
        the encounter of one person the sentence before made ("X held a number of meetings on the
        sidelines of the session"), else a new one of the sitting's day and place."""
        before = next((d for d in reversed(self.drafts) if d.sentence == index - 1 and d.kind in encounters()
                       and d.body is None and len(d.parts) <= 1 and not (d.online or d.remote)), None)
        if before is not None:
            before.pending = False
            return before
        phrase, kind, t_start, t_end = said.trigger
        draft = _Draft(kind, phrase, sent.start + t_start, sent.start + t_end, index, sitting.date, sitting.end_date,
                       sitting.explicit_date, sitting.place, None, False)
        self.drafts.append(draft)
        return draft

    def _split_partners(self, target: _Draft, said: _Said) -> None:
        """One subject's encounters with each partner the sentence lists after the trigger, as
        one encounter each ("He met with A, B and C" after "held a number of meetings": A, B and
        C did not meet one another); the first stays ``target``, the others are drafts after it."""
        trigger_at = said.start + said.trigger[2]
        partners = [k for k in target.parts if said.start <= self.people[k].start and self.people[k].start > trigger_at]
        subjects = [k for k in target.parts if k not in partners]
        if len({self.people[k].name for k in subjects}) != 1 or len({self.people[k].name for k in partners}) < 2:
            return
        at = self.drafts.index(target) + 1 if target in self.drafts else len(self.drafts)
        first, *others = sorted(partners, key=lambda k: self.people[k].start)
        parts = dict(target.parts)
        target.parts = {k: set(parts[k]) for k in subjects + [first]}
        for k in others:
            draft = replace(target, parts={**{j: set(parts[j]) for j in subjects}, k: set(parts[k])})
            self.drafts.insert(at, draft)
            at += 1

    def _speaking(self, said: _Said, index: int) -> int | None:
        """The person a pronoun speaker refers to in a sentence told as "CONTENT, he said at
        OCCASION" ("Troops will leave by air, he said at a briefing on Tuesday"), when the
        occasion holds the sentence's trigger: a speaker at it, even the only one named (golds
        count a briefing its one speaker gives). The words between the verb and the occasion say
        no other time (``not_then``), as for a named speaker (:func:`speech_tail`)."""
        pattern, not_then = speech_at()
        m = pattern.search(said.low)
        if m is None or set((m.group(1) or "").split()) & not_then or said.trigger[2] < m.start():
            return None
        ref = speaker_reference(said.text, m.start())
        return None if ref is None else self._resolved(ref, index, said)

    def _referred(self, said: _Said, index: int, alone: bool = False) -> int | None:
        """The person the subject of an event sentence refers to without naming ("During the
        visit, he held talks with ...", "The Kazakh president met ..."), resolved over the
        article's earlier mentions (:mod:`csto_graph.extract.coref`); None when it is someone
        the sentence names. (What a speaker says is masked as the sentence's subject matter:
        a pronoun before "said that the talks ..." is the subject of "said", not of a trigger.)"""
        spans = [(p.start - said.start, p.end - said.start) for _, p in said.people]
        ref = None if alone else subject_reference(said.text, said.trigger[2], spans)
        if ref is None and said.parsed_subject is not None:
            ref = parsed_reference(said.text, said.parsed_subject, spans)
        return None if ref is None else self._resolved(ref, index, said)

    def _resolved(self, ref, index: int, said: _Said) -> int | None:
        """The earlier person ``ref`` (of sentence ``index``) refers to, over the article's
        mentions; None when unresolved or someone the sentence names already."""
        if self.coref is None:
            self.coref = Context(self.sentences, self.people_of, self.spokesmen)
        k = resolve(ref, index, self.coref)
        if k is None or any(p.name == self.people[k].name for _, p in said.people):
            return None
        return k

    def _drop_reporters(self, said: _Said) -> None:
        """Who reported an event of the article ("A arrived on a visit, Deputy Minister C
        said", read by the parse) reports again in a later sentence of speech ("C said that the
        talks ..."): no role there either, as for a spokesman (:func:`reporters`)."""
        self.reporting.update(said.reporters)
        if self.reporting and reports_speech(said.text):
            for k, p in said.people:
                if p.name.split()[-1] in self.reporting:
                    said.roles[k] = None

    def _transcript(self, said: _Said, index: int, sent: Sentence) -> None:
        """A transcript ("President Ivan Petrov: Colleagues, ..."): the event is the headline's,
        and what is said is speech: its speakers and the people they address take part."""
        speaker = speaker_label(said.text, said.people, sent.start)
        if speaker is not None and self.main in (None, self.headline) and self.transcript is None:
            self.transcript = self.main = self.headline or _headline_event(self.article, sent, index)
            if self.main is not None and self.main is not self.headline:
                self.drafts.append(self.main)
        if self.transcript is not None:
            said.trigger, said.future = None, False
            said.roles = {speaker: "speaker"} if speaker is not None else {}
            for k in addressed(said.text, said.people, sent.start):  # "Mr Petrov, you have the floor."
                self.transcript.add(k, "participant")

    def _add_to_main(self, said: _Said) -> None:
        """A sentence that tells no event (or a planned one) adds its people to the current
        event when they take part in it ("... participated in the meeting"), and makes it an
        online one when it adds someone by video link ("X took part in it via video link"); one
        that adds nobody tells of other occasions ("Later summits were held via video link")."""
        main = self.main
        if _tells_background(said.low):
            self.aside = True  # "Earlier, on 15 January, it was reported that ...": until the next event
        if said.future or self.aside:
            return
        days = [d for d in sentence_dates(Sentence(0, len(said.text), said.text), self.article.date, self.page_year,
                                           self.guessed)
                if not any(a <= d.start < b for a, b in said.subject)
                and not period_opener().search(said.text[:d.start])]  # (read once, for both)
        self._note_day(said, days)
        if main is None or _another_day(days, main, self.article.date):
            return
        heard = {k for k, p in said.people if heard_from(said.text[:start_of_title(p, said.start)])}
        joined = [(k, role) for k, role in said.roles.items()
                  if role is not None and role != "participant" and not (role == "speaker" and k in heard)
                  or (role == "participant" and _joins(said.text))]
        joined += [(k, "participant") for k in _delegation_members(said, main, self.people)]
        for k, role in joined:
            main.add(k, role)
        main.online = main.online or (said.online and bool(joined))

    def _note_day(self, said: _Said, days) -> None:
        """Remember the day a sentence without an event gives (``days``: its dates outside what
        is said), with the surnames it names ("X was in Moscow on 10 January to introduce ..."),
        for the next event sentence that names one of them and no day (see :meth:`_target`);
        another day replaces it."""
        if days:
            names = {p.name.split()[-1] for _, p in said.people if " " in p.name}
            place = None if said.online else place_of_event(said.text, said.places, said.start, said.titles)
            self.told_day = (days[0], names, place) if names and is_current(days[0].value, self.article.date) \
                else None

    def _target(self, said: _Said, index: int, sent: Sentence) -> _Draft | None:
        """The event a sentence with a trigger tells: a separate one beside the current, the
        current again (no date of its own), or a new one (None: not an event yet)."""
        phrase, kind, t_start, t_end = said.trigger
        main, text = self.main, said.text
        self.aside = False
        day, self.told_day = self.told_day, None
        # a date in what is said or discussed ("preparation of the exercises to be held this
        # October") dates that subject, not the sentence's event
        dates = [d for d in sentence_dates(sent, self.article.date, self.page_year, self.guessed)
                 if not any(a <= d.start < b for a, b in said.subject)]
        aside = [(a, b) for a, b in relative_clauses(text) if not a <= t_start < b]
        dates = outside_future_asides(text, dates, aside)
        if aside and dates:  # "X, who arrived yesterday on a visit, attended the exercise"
            told = _aside_events(text, sent, index, aside, dates, said.masked, said.people, said.roles,
                                 said.places, said.titles)
            self.drafts += [draft for draft, _ in told]
            dates = [d for d in dates if not any(a <= d.start < b for _, (a, b) in told)]
        self.drafts += self._other_time_events(said, sent, index, dates, t_start)
        dates = past_dateline(text, outside_other_times(text, dates, t_start))
        if not dates and main is None and day is not None and day[1] & {p.name.split()[-1] for _, p in said.people}:
            dates = [replace(day[0], start=-1, end=-1)]  # "X was in Moscow on 10 January ... X also talked to Y"
        else:
            day = None
        body, hosted = holding_body(text, t_start, t_end, said.orgs, sent.start)
        if main is not None and not dates and _tells_background(said.low):
            # "Earlier this year, X stated during a press conference that ...": background of no
            # day the text gives; its people (and those of the sentences after it) join no event.
            # It may still tell where the current event was ("Earlier it was reported that the
            # documents were signed following the meeting of the Council in Almaty")
            self.aside = True
            if main.place is None and not main.online and not main.remote and self._places_main(said) \
                    and self._tells_main_kind(main, said):
                main.place = place_of_event(text, said.places, sent.start, said.titles)
            return None
        separate = main is not None and (any(find_phrase(x, said.low, said.low) for x in self.cues.separate)
                                         or self._call_beside(main, said) or self._told_beside(main, said))
        apart, carried = self._encounter_apart(main, said, index) if main is not None else (False, None)
        separate = separate or apart
        if separate and not dates:
            remote = is_remote(said.low)
            own = None if remote or main.online else place_of_event(text, said.places, sent.start, said.titles)
            target = _Draft(kind, phrase, sent.start + t_start, sent.start + t_end, index, main.date,
                            main.end_date, main.explicit_date, None if remote else own or main.place, None,
                            main.online, remote=remote)
            if carried is not None:
                target.add(carried, "participant")  # "A met B. At the meeting with C, ...": A met C
            self.drafts.append(target)
            return target
        if main is not None and not dates and opens_with_own_day(text):
            # "On 12 February, a briefing was held ..." on a page whose year is unknown: a day of
            # its own, so an event of its own, even undated
            return self._new_event(said, index, sent, dates, body, hosted)
        beside = self._beside_named(main, kind, body) if main is not None and not dates else None
        if beside is not None:
            return beside
        if main is not None and not dates:
            main.online = main.online or said.online
            if main.place is None and not main.online and not main.remote and self._places_main(said) \
                    and self._tells_main_kind(main, said):
                main.place = place_of_event(text, said.places, sent.start, said.titles)
            return main
        if main is not None and dates and self._dates_main(main, said, dates):
            main.date, main.end_date, main.explicit_date = dates[0].value, dates[0].end_value, True
            own = None if main.online or main.remote else place_of_event(text, said.places, sent.start, said.titles)
            state = self.gaz.lookup(main.place) if main.place else None
            if own is not None and (state is None or state.kind == "state"):
                main.place = own  # "exercises in Atlantis" made precise: "began at the range near Dorvala"
            return main
        earlier = self._dated_later(main, said, dates) if dates else None
        if earlier is not None:
            earlier.date, earlier.end_date, earlier.explicit_date = dates[0].value, dates[0].end_value, True
            return earlier
        target = self._new_event(said, index, sent, dates, body, hosted)
        if day is not None and target is not None and target.place is None and not target.online:
            target.place = day[2]  # where the sentence that gave the day says it was
        return target

    def _dates_main(self, main: _Draft, said: _Said, dates) -> bool:
        """The sentence tells the day the main event began: the main event (not the
        headline's) is dated only by the page, and the sentence tells an event of its kind on
        one day in the week before the page's, not when it ends ("until 7 October"), naming
        nobody who is not at the main event ("X is taking part in the exercises. The exercises
        began on Tuesday at the range"). Before, that day made a second event, split from the
        main one. On the read sets it dates one exercise (dev-e); sentences naming the page's
        own day, or another day after it, stay as they were."""
        value, anchor = dates[0].value, self.article.date
        if main is self.headline or anchor is None or main.explicit_date or main.date != anchor \
                or said.trigger[1] != main.kind or len(dates) > 1:
            return False
        if not value or len(value) != 10 or not value < anchor or not is_current(value, anchor):
            return False
        if UNTIL.search(said.text[:dates[0].start]):
            return False  # "The active stage will last until 7 October": when it ends
        named = {self.people[k].name for k in main.parts}
        return all(self.people[k].name in named for k, role in said.roles.items()
                   if role is not None and " " in self.people[k].name)

    def _dated_later(self, main: _Draft | None, said: _Said, dates) -> _Draft | None:
        """The one earlier event of the sentence's kind, not the current one, that the report
        told with no day (dated by the page) and that the sentence now tells on its day, as
        :meth:`_dates_main` reads it for the current event: a lead that sums up ("A's visit
        to Atlantis and the summit marked a new stage"), then the days of each part ("On 19-20
        August A was on a visit ... On 20 August, the summit was held"). Only when the
        sentence names no body but that event's, or none."""
        body = holding_body(said.text, said.trigger[2], said.trigger[3], said.orgs, said.start)[0]
        found = [d for d in self.drafts if d is not main and not d.remote and self._dates_main(d, said, dates)
                 and (body is None or d.body is None or (body.key or body.text) == (d.body.key or d.body.text))]
        return found[0] if len(found) == 1 else None

    def _told_beside(self, main: _Draft, said: _Said) -> bool:
        """The sentence tells its event as held before or after the main one: a frame opened
        by a ``sequence`` cue of ``ontology/events.yaml`` names the main event's occasion (a
        trigger of its kind, or both sittings or encounters: ``same_occasion``), and the
        sentence's trigger stands outside it ("X gave a press conference after the meeting of
        the Council"; "At a briefing held following the talks, X said ..."). That event is one
        of its own, beside the main one: its people are its own. A frame of another kind ("the
        leaders started talks after a photo ceremony" at a summit) names a part of the main
        event, and so may the sentence."""
        if not said.framing:
            return False
        t_start, low, same = said.trigger[2], said.low, self.cues.same_occasion
        for a, b in said.framing:
            if a <= t_start < b or not any_word(self.cues.sequence, r"^").match(low[a:b]):
                continue
            framed = find_trigger(said.text, said.masked + [(0, a), (b, len(said.text))])
            if framed is not None and (framed[1] == main.kind or {framed[1], main.kind} <= same):
                return True
        return False

    def _encounter_apart(self, main: _Draft, said: _Said, index: int) -> tuple[bool, int | None]:
        """Whether the sentence tells an encounter of its own beside the current one, both of
        them encounters (``encounters`` of ``ontology/events.yaml``), the current one with two
        people already; and whom of the current one it carries over. The sentence names someone
        new who takes part, and either someone of the current encounter (by name or by a
        reference: "A met B. A also met C", "A met B. Then he received C"), or the new one as
        the encounter's partner right after its noun ("A met B. At the meeting with C, the sides
        discussed ...": the current encounter's first person, A, meets C). Two meetings: B never
        met C. A sentence that tells the current encounter by its noun and no new partner adds
        to it, as before ("C also joined the talks"). A sentence whose encounter is of two people
        or more who are all new, by a cue that does not point back to the current one, is an
        encounter of its own ("A met B. Later, C received D": none of them met the others)."""
        kind, t_start, t_end = said.trigger[1], said.trigger[2], said.trigger[3]
        if main.kind not in encounters() or kind not in encounters() or said.online \
                or main.body is not None:  # (a body's meeting is a sitting: its members meet there)
            return False, None
        def surname(k: int) -> str:
            return self.people[k].name.split()[-1]

        points_back = any(said.low[:t_end].endswith(phrase) for phrase in self.cues.anaphora)
        if main.remote:  # "A phoned B. Later, A met C": C was on no call, and A met C face to face
            inside = {surname(k) for k in main.parts}
            met = [k for k, role in said.roles.items() if role is not None and surname(k) not in inside]
            return bool(met) and not points_back and not is_remote(said.low), None

        inside = {surname(k) for k in main.parts}
        if len(inside) < 2:
            return False, None
        taking = [k for k, role in said.roles.items() if role is not None]
        full = {p.name.split()[-1] for p in self.people if len(p.name.split()) > 1}
        new = [k for k in taking if surname(k) not in inside and surname(k) in full]  # named in full ("Among" is no one)
        if not new:
            return False, None
        if any(surname(k) in inside for k in taking):
            return True, None
        if len({surname(k) for k in new}) >= 2 and len(new) == len(taking) and not points_back:
            return True, None  # "A met B. Later, C received D": an encounter of two others, of its own
        partner = re.match(rf"\s+{self.cues.grammar['partner_words']}\b", said.low[t_end:])
        if partner and any(said.start + t_end < self.people[k].start < said.start + t_end + partner.end() + 60
                           for k in new):  # "the meeting with C": a partner of its own, and the current
            own_subject = any(self.people[k].start < said.start + t_start for k in taking)  # one's first person
            return True, None if own_subject else next(iter(main.parts))  # unless "A held a meeting with C"
        if points_back:
            return False, None  # "C joined the talks" (``anaphora``): the current encounter
        referred = self._referred(said, index)
        return referred is not None and surname(referred) in inside, None

    def _beside_named(self, main: _Draft, kind: str, body) -> _Draft | None:
        """The event told beside the main one (:meth:`_told_beside`, a ``separate`` cue) that a
        later undated sentence names by its kind: "After the meeting with the President, the
        ministers went on to the session of the Council. Minister X spoke at the session" -- X
        is at the session, not at the meeting. The latest such event of the main one's day
        whose kind is the sentence's and not the main one's; none when the sentence names the
        main event's own body, nor when the main event is a body's sitting and the sentence names
        a sitting (``one_sitting``): a Council's session is also told as its meeting ("On the
        sidelines of the session, A held a bilateral meeting with B. C addressed the meeting")."""
        if kind == main.kind or (body is not None and main.body is not None and body.key == main.body.key):
            return None
        if main.body is not None and {kind, main.kind} <= one_sitting():
            return None
        for draft in reversed(self.drafts):
            if draft is main:
                return None
            if draft.kind == kind and draft.date == main.date and not draft.remote:
                return draft
        return None

    def _call_beside(self, main: _Draft, said: _Said) -> bool:
        """The sentence tells a phone call (``remote``) beside a main event held face to face
        (not the headline's, which the body's first event tells): a call is no part of a
        sitting or a visit ("The session was held in Minsk. ... Later, A had a telephone
        conversation with B"), so its people make an event of their own, not the sitting's."""
        return main is not self.headline and not main.remote and is_remote(said.low)

    def _new_event(self, said: _Said, index: int, sent: Sentence, dates, body, hosted) -> _Draft | None:
        phrase, kind, t_start, t_end = said.trigger
        online, article = said.online, self.article
        remote = is_remote(said.low)
        date = dates[0].value if dates else article.date
        end_date = dates[0].end_value if dates else None
        placeless = online or remote  # a videoconference or a phone call has no place
        place = None if placeless else place_of_event(said.text, said.places, sent.start, said.titles)
        if place is None and not placeless and body is not None and hosted:
            seat = self.gaz.entries.get(body.key or "")
            place = seat.seat if seat is not None else None
        if place is None and not placeless:  # "took place at the CSTO Secretariat" -> its seat
            place = seat_of_venue(said.text, said.orgs, sent.start, self.gaz)
        if not dates and past_occasion(said.text[:t_start]):
            return None  # "during the last meeting of the presidents": a past occasion of no day told
        if not dates and kind == self.planned_kind and \
                not any(find_phrase(h, said.low, said.low) for h in self.cues.happening):
            # "Secretary General to visit Minsk on 12-13 February" over "This is his first visit to
            # the capital": the body's first, undated mention of the headline's planned occasion
            # tells the plan, no event of the page's day
            return None
        target = _Draft(kind, phrase, sent.start + t_start, sent.start + t_end, index, date, end_date,
                        bool(dates), place, body, online, remote=remote)
        if not said.people and said.speaking is None and not (dates and (body is not None or place is not None)) \
                and (said.parsed_subject is None or self._referred(said, index, alone=True) is None):
            # (a subject the parse ties to the trigger, resolved to someone named before, takes part:
            # "The chief of the Joint Staff delivered a report at the conference")
            placed_sitting = self.main is None and place is not None and kind in self.cues.same_occasion \
                and not self.drafts and not _tells_background(said.low) \
                and not any(find_phrase(h, said.low, said.low) for h in self.cues.headline_future)  # "to hold"
            if self.main is not None or not (dates or placed_sitting
                                             or any(find_phrase(h, said.low, said.low) for h in self.cues.happening)):
                if place is not None and not _tells_background(said.low):
                    self.unkept.append(target)
                return None
            # "On 8 April, a seminar was held. It was addressed by X", "A summit has opened in
            # Minsk. President X welcomed the participants", and the report's first sitting with
            # its place ("At their summit in Moscow the leaders agreed ... President X emphasised"):
            # an event only once a later sentence names who took part
            target.pending = True
        self.drafts.append(target)
        main = self.main
        if main is not None and main is self.headline and self._tells_headline(target):
            target.pending = False
            target.fallback_place = target.fallback_place or main.fallback_place
            for k, roles in main.parts.items():
                target.parts.setdefault(k, set()).update(roles)
            self.drafts.remove(main)
            self.headline = main = None
        if pictured(said.low):
            return target  # a picture's caption: an event of its own, never the one later sentences tell
        if main is None or not main.explicit_date or (dates and is_current(target.date, article.date)):
            self.main = target
        return target

    def _other_time_events(self, said: _Said, sent: Sentence, index: int, dates, t_start: int) -> list[_Draft]:
        """The events of clauses that tell another event's time (:func:`other_time_clauses`),
        when the clause has a trigger, a date and people of its own ("..., preceded by talks of
        A and B on Wednesday"): the clause's people take part in it, not in the sentence's event."""
        out = []
        for a, b in other_time_clauses(said.text, t_start):
            inner = [d for d in dates if a <= d.start < b]
            found = find_trigger(said.text, said.masked + [(0, a), (b, len(said.text))])
            who = [k for k, p in said.people if a <= p.start - sent.start < b and said.roles.get(k)]
            if not inner or found is None or not who:
                continue
            phrase, kind, s, e = found
            draft = _Draft(kind, phrase, sent.start + s, sent.start + e, index, inner[0].value, inner[0].end_value,
                           True, None, None, False)
            for k in who:
                draft.add(k, said.roles.pop(k))
            out.append(draft)
        return out

    def _tells_main_kind(self, main: _Draft, said: _Said) -> bool:
        """A later sentence's place is the main event's only if the sentence tells an occasion
        that may be it: of the main event's kind, or of another kind when neither is one that
        no other kind places (``apart_kinds`` in ``ontology/events.yaml``: "In 2013 the joint
        exercise was held in Belarus" does not place a meeting) and the trigger is not in a
        frame ("During the summit in Astana, ..." does not place a reception)."""
        kind, start = said.trigger[1], said.trigger[2]
        if kind == main.kind:
            return True
        if {kind, main.kind} & set(self.cues.apart_kinds):
            return False
        return not any(a <= start < b for a, b in said.framing)

    def _places_main(self, said: _Said) -> bool:
        """A later sentence places the main event: always without a dateline; under one, only
        when it points back to the event ("The meeting took place in Dushanbe"), since a place
        it names in passing (the next session's city) is not the event's and the dateline is."""
        return self.article.place is None or any(find_phrase(a, said.low, said.low) for a in self.cues.anaphora)

    def _dateline_place(self, d: _Draft) -> str | None:
        """The event's place, or the dateline's city for the main event when the text gives none;
        never for a phone call or a videoconference.

        A state the text names is narrowed to the dateline's (else the headline's) city only
        for a sitting of the main event (a meeting, talks, a reception, a session:
        ``encounters`` and ``one_sitting`` in ``ontology/events.yaml``), which is held in one
        city, when that city is of the state ("YEREVAN, ... The Prime Minister of Armenia
        received ..., who arrived in Armenia").
        An exercise, a course or a visit covers the country: an agency's city is not where an
        exercise in the country is (narrowing every kind was right once and wrong three times
        on dev).

        The event of the sentence the dateline opens (the report's lead) takes the dateline's
        city too when it gives no place, though a later event became the main one
        ("DUSHANBE, July 13 (Agency) - X discusses with Y ... X came to Dushanbe on a visit").

        An event that nothing above places (for the main one: neither its text, a dateline nor
        the headline) takes the place of the same occasion told after it (:meth:`_told_after`:
        "Attending the meeting were ... The leaders met in Minsk on Monday")."""
        if d.remote:
            return None  # a call has no place, not even one a sentence before it gave its day
        if d.online:
            return d.place
        if d is not self.main:
            own = d.place if d.place is not None or d.sentence != 0 else self.article.place
            return own or self._told_after(d) or self._with_main(d)
        if d.place is not None:
            return self._city_of_sitting(d)
        return self._told_before(d) or self._told_unkept(d) or self.article.place \
            or main_headline_place(self.article.title, self.gaz) or self._told_after(d)

    def _with_main(self, d: _Draft) -> str | None:
        """The main event's place for an event in person that nothing else places, held on the
        main event's day by someone who took part in it ("DUSHANBE, ... X met Y. Later, X was
        received by the President"): one person sits in one place on one day. Not when the main
        event was a call or a videoconference, nor for an event of another day."""
        main = self.main
        if main is None or main is d or d.date is None or d.date != main.date or main.online or main.remote:
            return None
        def surnames(draft: _Draft) -> set[str]:
            return {self.people[k].name.split()[-1] for k in draft.parts}
        return self._dateline_place(main) if surnames(d) & surnames(main) else None

    def _told_unkept(self, d: _Draft) -> str | None:
        """The place of the same occasion that a sentence before ``d`` told with no one and no
        day, so that it made no event ("Such a decision was taken at the meeting of the Council
        in Bishkek. ... Volodin told the meeting ..."): a sitting or an encounter, or one of the
        same kind, on ``d``'s day or on none; a visit told so places the sittings and encounters
        held on it ("... during his visit to Yerevan. X began the trip with talks with Y")."""
        same = self.cues.same_occasion
        return next((o.place for o in self.unkept if o.sentence < d.sentence
                     and (o.kind == d.kind or {o.kind, d.kind} <= same or (o.kind == "visit" and d.kind in same))
                     and (o.date == d.date or not o.explicit_date)), None)

    def _told_after(self, d: _Draft) -> str | None:
        """The place of the same occasion on the same day, in person, that the report tells
        after ``d`` ("Attending the summit were ... The leaders met in Minsk on Monday amid the
        crisis"): an event of the same kind, or both sittings or encounters (``same_occasion``),
        told twice, its place the second time."""
        later = self.drafts[self.drafts.index(d) + 1:] if d in self.drafts else []
        same = self.cues.same_occasion
        return next((o.place for o in later if (o.kind == d.kind or {o.kind, d.kind} <= same) and o.date == d.date
                     and o.place and not (o.online or o.remote)), None)

    def _told_before(self, d: _Draft) -> str | None:
        """The place of an event of the same kind on the same day that the report told before
        ``d`` ("The exercise opened at the range in the X region. Running from 1 to 5
        October, the exercise ..."), or told before with no day of its own, on the page's
        ("This week the alliance is conducting exercises in X. ... The exercises began
        Saturday ..."): one occasion told twice, its place once."""
        for other in self.drafts:
            if other is d:
                return None
            if other.kind == d.kind and (other.date == d.date or not other.explicit_date) and other.place \
                    and not (other.online or other.remote):
                return other.place
        return None

    def _city_of_sitting(self, d: _Draft) -> str:
        """The dateline's city (else the headline's: "Summit opens in Yerevan") for a sitting
        placed in that city's state, else the event's place."""
        state = self.gaz.lookup(d.place)
        if d.kind not in self.cues.same_occasion or state is None or state.kind != "state":
            return d.place
        for name in (self.article.place, main_headline_place(self.article.title, self.gaz)):
            city = self.gaz.lookup(name) if name else None
            if city is not None and city.kind == "place" and city.state == state.id:
                return city.name
        return d.place

    def _tells_headline(self, target: _Draft) -> bool:
        """The body's first event is the one its headline reports: the same kind of occasion
        ("X Receives Y" and "In the course of the meeting"), on no other day than the page's."""
        head = self.headline
        same_kind = target.kind == head.kind or {target.kind, head.kind} <= self.cues.same_occasion
        return same_kind and (target.date == head.date or not target.explicit_date or head.date is None
                              or is_current(target.date, head.date))

    def events(self) -> list[EventMention]:
        out = []
        for d in self.drafts:
            if d.pending and not d.parts:
                continue
            roles = {r for rs in d.parts.values() for r in rs}
            if d.date is None and not d.explicit_date and d.body is None and roles and roles <= {"speaker"}:
                continue  # "X made a report on the joint training": a statement, not an event
            d.place = self._dateline_place(d)
            if d.place is None and not d.online and not d.remote:
                d.place = d.fallback_place
            parts = tuple(Participant(k, r) for k in sorted(d.parts)
                          for r in sorted(d.parts[k], key=words().role_order.index))
            label = self.cues.labels[d.kind] + (f" of the {d.body.text}" if d.body is not None else "")
            out.append(EventMention(d.kind, label, d.trigger, d.start, d.end, d.sentence, d.date, d.end_date,
                                    d.place, (d.body.key or d.body.text) if d.body else None, d.online, parts))
        return out


def _names_in_headline(text: str, people: list[PersonMention]) -> list[tuple[int, int, int]]:
    """The full names (two words or more, strong mentions) of the article's people that a
    headline writes as they stand, each once: (person index of its first mention, start, end).
    A headline with a name but no title ("Ivan Petrov arrived in Atlantis") is left unread by
    the name reader when the model is not asked about it; the body names him with his title.
    On the read sets this found one headline's person (dev-k), rightly.

    >>> from csto_graph.models import PersonMention
    >>> body = PersonMention("President Ivan Petrov", "Ivan Petrov", 40, 51, 1)
    >>> _names_in_headline("Ivan Petrov arrived in Atlantis", [body])
    [(0, 0, 11)]
    """
    out, seen = [], set()
    for k, p in enumerate(people):
        if not p.strong or " " not in p.name or p.name in seen:
            continue
        m = re.search(rf"(?<![\w-]){re.escape(p.name)}(?![\w-])", text)
        if m is not None:
            seen.add(p.name)
            out.append((k, m.start(), m.end()))
    return sorted(out, key=lambda x: x[1])


def _headline_event(article: Article, sent: Sentence, index: int) -> _Draft | None:
    """The event a transcript's headline names ("Speech at the session of the Council"), on
    the article's date and at its place, told from the sentence of its first speaker."""
    if not article.title or not article.date or any(find_phrase(f, article.title) for f in cues().future):
        return None
    found = find_trigger(article.title, [])
    if found is None:
        return None
    phrase, kind, _, _ = found
    return _Draft(kind, phrase, sent.start, sent.end, index, article.date, None, False, article.place, None,
                  False, pending=True)


def _tells_background(low: str) -> bool:
    """The sentence (lower case) opens with a ``background`` cue ("Earlier, ...").

    >>> _tells_background("earlier, on 15 january, it was reported that ..."), _tells_background("he said earlier")
    (True, False)
    """
    return any_word(cues().background, r"\s*").match(low) is not None


def _another_day(days, main: _Draft, anchor: str | None = None) -> bool:
    """A sentence that tells no event dates what it tells (``days``) on a day or month the
    main event does not cover ("X said in February that ..." in a report of a June meeting):
    its people said or did that then, and are not the event's. A bare year dates a topic as
    often ("the plan for 2024"): it does not count. A main event dated only by the page
    (``anchor``, the article's date) may be the sentence's own day: then only a day far from
    the page's counts."""
    values = [d.value for d in days if d.value and len(d.value) >= 7]
    if main.date is None or not values:
        return False
    last = main.end_date or main.date
    return not any(main.date[:len(v)] <= v <= last[:len(v)] or not main.explicit_date and is_current(v, anchor)
                   for v in values)


def _aside_events(text: str, sent: Sentence, index: int, aside: list[tuple[int, int]], dates, masked,
                  sent_people, roles, places, titles) -> list[tuple[_Draft, tuple[int, int]]]:
    """The events told by dated relative clauses, with their clauses: a clause right after a
    name, with a trigger and a date of its own, is an event of that person ("X, who arrived
    on Monday on a working visit, attended ...")."""
    out = []
    for a, b in aside:
        inner = [d for d in dates if a <= d.start < b]
        found = find_trigger(text, masked + [(0, a), (b, len(text))])
        about = [(k, p) for k, p in sent_people if p.end - sent.start <= a and not text[p.end - sent.start:a].strip()]
        if not inner or found is None or not about:
            continue
        k, _ = about[-1]
        phrase, kind, t_start, t_end = found
        place = place_of_event(text, [p for p in places if a <= p.start - sent.start < b], sent.start, titles)
        draft = _Draft(kind, phrase, sent.start + t_start, sent.start + t_end, index, inner[0].value,
                       inner[0].end_value, True, place, None, False)
        draft.add(k, roles.get(k) or "participant")
        out.append((draft, (a, b)))
    return out


def _by_sentence(pairs) -> dict[int, list]:
    """``(sentence index, item)`` pairs -> the items of each sentence, in their order."""
    out: dict[int, list] = {}
    for index, item in pairs:
        out.setdefault(index, []).append(item)
    return out


@lru_cache(maxsize=1)
def _delegation_pattern() -> re.Pattern[str]:
    """A delegation, who heads it and the verb that lists its members ("The delegation headed
    by A includes also B and C"; ``delegation`` in ``ontology/events.yaml``), in one clause."""
    spec = load_yaml("events.yaml").get("delegation") or {}
    if not all(spec.get(key) for key in ("words", "heads", "members")):
        return re.compile(r"(?!)")
    return re.compile(rf"\b{alternation(spec['words'])}\b[^.;:]*?\b(?P<head>{alternation(spec['heads'])})\b"
                      rf"[^.;:]*?\b(?P<members>{alternation(spec['members'])})\b", re.IGNORECASE)


def _delegation_members(said: _Said, main: _Draft, people: list[PersonMention]) -> list[int]:
    """The people a sentence lists as members of a delegation whose head it names and who
    takes part in ``main`` ("The delegation headed by Speaker A includes also B, C and D",
    A at the session): they are at the session too. None when the sentence names no head,
    or one who is not at the event (whose delegation it is, the sentence does not tie to it)."""
    m = _delegation_pattern().search(said.text)
    if m is None:
        return []
    at = [(k, p.start - said.start) for k, p in said.people]
    heads = {people[k].name for k, start in at if m.end("head") <= start < m.start("members")}
    if not heads & {people[j].name for j in main.parts}:
        return []
    return [k for k, start in at if start >= m.end("members") and said.roles.get(k) is not None]


def _joins(text: str) -> bool:
    """A sentence that adds people to the event being told ("meetings with", "attended")."""
    return any(find_phrase(p, text) for p, role in cues().before + cues().after if role == "participant")
