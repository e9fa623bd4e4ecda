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
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..corpus.dates import FULL_SHAPES, YEARLESS_SHAPES, find_dates
from ..corpus.sentences import split_sentences
from ..corpus.years import FIRST_YEAR, past_years, present_year, years_told
from ..vocab.event_kinds import encounters, one_sitting, same_occasion
from ..vocab.gazetteer import load_gazetteer
from ..models import Article, EventMention, OrgMention, Participant, PersonMention, PlaceMention, Sentence
from ..vocab.resources import load_yaml
from ..vocab.words import words
from .coref import Context, may_refer, may_refer_before, parsed_reference, quote_spans, resolve, speaker_reference, subject_reference
from .syntax import ATTACHED, may_decide, read_clause, subject_of, syntax_words



@dataclass(frozen=True)
class Cues:
    triggers: tuple[tuple[str, str], ...]  # (phrase, type), longest first
    priority: tuple[str, ...]
    labels: dict
    future: tuple[str, ...]
    non_events: frozenset[str]
    before: tuple[tuple[str, str], ...]  # (phrase, role)
    after: tuple[tuple[str, str], ...]
    absent: tuple[str, ...]
    anaphora: tuple[str, ...]
    online: tuple[str, ...]
    separate: tuple[str, ...]
    about: tuple[str, ...]
    between_people: tuple[tuple[str, str], ...]  # (phrase, type)
    place_before: tuple[str, ...] = ()
    reported: tuple[str, ...] = ()
    after_two_people: tuple[tuple[str, str], ...] = ()  # (phrase, type)
    topic_nouns: frozenset[str] = frozenset()
    framing: tuple[str, ...] = ()
    adverbs: tuple[str, ...] = ()
    reporter_posts: tuple[str, ...] = ()
    reporting_verbs: tuple[str, ...] = ()
    relative_pronouns: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    document_words: tuple[str, ...] = ()
    represented_by: tuple[str, ...] = ()
    representing: tuple[str, ...] = ()
    other_time: tuple[str, ...] = ()  # openers of a clause that tells another event's time
    remote: tuple[str, ...] = ()  # a phone call: no place
    hosting: tuple[str, ...] = ()  # "Astana hosted a session": the place before the verb
    headline_plans: tuple[str, ...] = ()  # "X to visit Y": a headline of a plan
    headline_future: tuple[str, ...] = ()
    same_occasion: frozenset[str] = frozenset()
    happening: tuple[str, ...] = ()
    background: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()  # "© Agency / Name": the photographer, no participant
    topic_links: tuple[str, ...] = ()  # "the situation around X": X is discussed, takes no part
    matter_nouns: frozenset[str] = frozenset()  # "the issue involving X": X is discussed (not for places)
    possessed_matters: frozenset[str] = frozenset()  # "C's recall": C is discussed (_possessed_matter)
    report_subjects: tuple[str, ...] = ()  # "with a report on ...": what a report is on (_subject_matter)
    one_by_one: tuple[str, ...] = ()  # "held a number of meetings": one subject's encounters, each apart
    first_person: frozenset[str] = frozenset()  # "we", "our": a quotation of speech, not of a report
    telling: tuple[tuple[str, str], ...] = ()  # (phrase, type): "A told B that ..." (_person_told)
    addressee_words: frozenset[str] = frozenset()  # what may stand between "told" and the person told
    sequence: tuple[str, ...] = ()  # framing cues of a time before or after the frame (_told_beside)
    grammar: dict = field(default_factory=dict)  # connector words of the event grammar -> alternation
    other_occasion: tuple[str, ...] = ()  # "another exercise in X": X is the other one's place (_another_occasion)
    apart_kinds: tuple[str, ...] = ()  # kinds whose place no sentence of another kind gives (_tells_main_kind)
    lasting: tuple[str, ...] = ()  # after a plan word: how long a begun event lasts (_lasting)


def _alternation(phrases) -> str:
    """Phrases as a regular-expression alternation, in their order (``(?:a|b c)``)."""
    return "(?:" + "|".join(re.escape(str(p)).replace(r"\ ", " ") for p in phrases) + ")"


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = load_yaml("events.yaml")
    triggers = sorted(((t, name) for name, spec in data["types"].items() for t in spec["triggers"]),
                      key=lambda x: -len(x[0]))
    before = sorted(((p, role) for role, spec in data["roles"].items() for p in spec.get("before", [])),
                    key=lambda x: -len(x[0]))
    after = sorted(((p, role) for role, spec in data["roles"].items() for p in spec.get("after", [])),
                   key=lambda x: -len(x[0]))
    return Cues(tuple(triggers), tuple(data["priority"]), {k: v["label"] for k, v in data["types"].items()},
                tuple(data["future_cues"]), frozenset(data["non_events"]), tuple(before), tuple(after),
                tuple(data["absent"]), tuple(data["anaphora"]), tuple(data["online"]),
                tuple(data["separate"]), tuple(data.get("about", ())),
                tuple((t, kind) for kind, phrases in data.get("between_people", {}).items() for t in phrases),
                tuple(data.get("place_before", ())), tuple(data.get("reported", ())),
                tuple((t, kind) for kind, phrases in data.get("after_two_people", {}).items() for t in phrases),
                frozenset(data.get("topic_nouns", ())), tuple(data.get("framing", ())),
                tuple(data.get("adverbs", ())), tuple(data.get("reporter_posts", ())),
                tuple(data.get("reporting_verbs", ())), tuple(data.get("relative_pronouns", ())),
                tuple(data.get("negations", ())), tuple(data.get("document_words", ())),
                tuple(data.get("represented", {}).get("by", ())),
                tuple(data.get("represented", {}).get("representing", ())),
                tuple(data.get("other_time", ())), tuple(data.get("remote", ())),
                tuple(data.get("hosting", ())), tuple(data.get("headline_plans", ())),
                tuple(data.get("headline_future", ())),
                same_occasion(),
                tuple(data.get("happening", ())),
                tuple(data.get("background", ())),
                credits=tuple(data.get("credits", ())),
                topic_links=tuple(data.get("topic_links", ())),
                matter_nouns=frozenset(data.get("matter_nouns", ())),
                possessed_matters=frozenset(data.get("possessed_matters", ())),
                report_subjects=tuple(data.get("report_subjects", ())),
                one_by_one=tuple(data.get("one_by_one", ())),
                first_person=frozenset(str(w).lower() for w in data.get("first_person", ())),
                telling=tuple((t, kind) for kind, phrases in data.get("telling", {}).items() for t in phrases),
                addressee_words=frozenset(str(w).lower() for w in data.get("addressee_words", ())),
                sequence=tuple(data.get("sequence", ())),
                other_occasion=tuple(data.get("other_occasion", ())),
                apart_kinds=tuple(data.get("apart_kinds", ())),
                lasting=tuple(data.get("lasting", ())),
                grammar={key: _alternation(data[key]) for key in ("partner_words", "clause_joiners", "body_links",
                                                               "holding_verbs", "venue_links", "place_links",
                                                               "capital_links", "plan_attributes",
                                                               "plan_phrase_ends", "plan_subject_verbs",
                                                               "place_relatives", "venue_city_links")})


@lru_cache(maxsize=None)
def _word(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _lead(phrase: str, prefix: str = "") -> re.Pattern[str]:
    """``phrase`` as the first words after blanks (and an optional ``prefix``)."""
    return re.compile(rf"\s*{prefix}{re.escape(phrase)}\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _any_word(phrases: tuple[str, ...], lead: str = r"\b") -> re.Pattern[str]:
    """One pattern for "any of ``phrases`` as a whole word" after ``lead`` (what
    ``any(re.search(lead + escape(p) + r"\b", text) for p in phrases)`` asks, compiled once;
    no phrase: never)."""
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(lead + _alternation(phrases) + r"\b")


def _find(phrase: str, text: str, low: str | None = None) -> list[re.Match[str]]:
    """Whole-word, case-blind matches of ``phrase``; ``low`` is ``text.lower()`` when the
    caller has it (a substring test skips the regular expression for most phrases)."""
    if phrase.lower() not in (text.lower() if low is None else low):
        return []
    return list(_word(phrase).finditer(text))


@lru_cache(maxsize=1)
def _framing() -> re.Pattern[str]:
    """"On the sidelines of the session, A and B held a bilateral meeting": the event named
    after a ``framing`` cue (``ontology/events.yaml``) is the frame, not the event."""
    cue = "|".join(re.escape(f) for f in cues().framing)
    return re.compile(rf"\b(?i:{cue})\s+(?:the\s+)?[^,;]{{0,80}}?(?=,|;|$|\s+(?:[A-Z]|held|met|had|was|were)\b)")


def _subject_matter(text: str, low: str) -> list[tuple[int, int]]:
    """The part of a sentence that says what a statement or message is about (see
    ``about`` in ``ontology/events.yaml``), or what a report is on (``report_subjects``), as a
    span no trigger may come from.

    >>> text = "He expressed condolences in connection with the death of servicemen during an exercise."
    >>> span, = _subject_matter(text, text.lower()); text[span[0]:span[0] + 18]
    'in connection with'
    >>> _subject_matter("The meeting was held in connection with the summit.", "the meeting was held in connection with the summit.")
    []
    """
    c = cues()
    for phrase in c.reported:
        for m in _find(phrase, text, low):
            frame = _told_when().match(text, m.end())
            return [(frame.end() if frame else m.start(), len(text))]
    for phrase, _ in c.telling:  # "A told B on 12 October that the summit is planned for 2 December"
        for m in _find(phrase, text, low):
            told = _TOLD_THAT.match(text, m.end())
            if told is not None:
                return [(told.start("that"), len(text))]
    for phrase in c.about:
        for m in _find(phrase, text, low):
            head = low[:m.start()]
            if any(_find(word, head, head) for word in c.non_events):
                return [(m.start(), len(text))]
    for phrase in c.report_subjects:  # "X addressed the participants with a report on ... training"
        for m in _find(phrase, text, low):
            return [(m.end(), len(text))]
    return []


# what a person is told, after the verb of telling and the person told: from "that" on
_TOLD_THAT = re.compile(r"[^.;:“\"]{0,120}?\b(?P<that>that)\b")


@lru_cache(maxsize=1)
def _told_when() -> re.Pattern[str]:
    """The occasion a ``reported`` phrase is told at, right after it ("X told reporters after
    the talks with Y in Moscow"): a ``framing`` cue and its phrase, to "that", a comma or a
    stop. The occasion happened, and is no part of what is said."""
    cue = "|".join(re.escape(f) for f in cues().framing)
    return re.compile(rf"\s+(?i:{cue})\s+(?:(?!that\b)[^,;.“\"])+")


def find_trigger(text: str, masked: list[tuple[int, int]], people: list[tuple[int, int]] = ()
                 ) -> tuple[str, str, int, int] | None:
    """The first event trigger of a sentence outside names: (phrase, type, start, end).

    A ``between_people`` trigger ("X received Y") counts only with a person (a span of
    ``people``) on each side of it, in the same clause.

    >>> find_trigger("The President Ivan Petrov received Oleg Sidorov.", [], [(14, 25), (35, 47)])[:2]
    ('received', 'reception')
    >>> find_trigger("The President Ivan Petrov received a letter.", [], [(14, 25)]) is None
    True
    """
    c = cues()
    best = None
    text = _open_compounds(text)
    low = text.lower()
    for phrase, kind, condition, phrase_low in _trigger_candidates():
        if phrase_low not in low:  # (what _find tests first)
            continue
        for m in _word(phrase).finditer(text):
            if any(s <= m.start() < e for s, e in masked):
                continue
            if condition == "between" and not _person_each_side(text, m.start(), m.end(), people):
                continue
            if condition == "after_two" and not _two_people_before(text, m.start(), people):
                continue
            if condition == "told" and not _person_told(text, m.start(), m.end(), people):
                continue
            # "A and B discussed", "A told B" only when nothing else is
            rank = len(c.priority) if condition in ("after_two", "told") else c.priority.index(kind)
            if best is None or (rank, m.start(), -m.end()) < best[0]:
                best = ((rank, m.start(), -m.end()), (m.group(0), kind, m.start(), m.end()))
    return best[1] if best else None


def _first_trigger(text: str, masked, framing, people):
    """The sentence's trigger outside ``masked``: one outside the ``framing`` spans ("On the
    sidelines of the session, A and B held a meeting": the meeting) first, else any."""
    return (framing and find_trigger(text, masked + framing, people)) or find_trigger(text, masked, people)


def _plan_phrases(text: str, masked, people) -> list[tuple[int, int]]:
    """Spans of the phrases that name a planned event by a plan word before its noun ("the
    upcoming meeting of the Council", ``plan_attributes`` in ``ontology/events.yaml``), to a
    stop or a ``plan_phrase_ends`` word; only those that hold a trigger.

    >>> text = "A discussed the upcoming meeting of the Council during talks with B."
    >>> [text[a:b] for a, b in _plan_phrases(text, [], [])]
    ['upcoming meeting of the Council']
    >>> _plan_phrases("The next day, A met B.", [], [])
    []
    """
    grammar = cues().grammar
    out = []
    for m in re.finditer(rf"\b{grammar['plan_attributes']}\s+(?:(?!{grammar['plan_phrase_ends']}\b)[^,;.])+",
                         text, re.IGNORECASE):
        span = (m.start(), m.end() - (len(m.group(0)) - len(m.group(0).rstrip())))
        outside = [(0, span[0]), (span[1], len(text))]
        if find_trigger(text, list(masked) + outside, people) is not None:
            out.append(_plan_predicate(text, span, masked, people))
    return out


def _plan_predicate(text: str, span: tuple[int, int], masked, people) -> tuple[int, int]:
    """A plan phrase that opens the sentence as the subject of its verb ("The next meeting
    of the Council is set to take place in November in Minsk ahead of the summit") tells the
    plan up to the next trigger (the summit): its place and day are the plan's, not those of
    the event the rest of the sentence tells. Any other phrase is kept as it is.

    >>> text = "The next meeting of the Council is set to take place in Minsk ahead of the summit."
    >>> a, b = _plan_predicate(text, (4, 31), [], [])
    >>> text[a:b]
    'next meeting of the Council is set to take place in Minsk ahead of the'
    """
    if not re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[:span[0]]) or \
            not re.match(rf"\s+(?i:{cues().grammar['plan_subject_verbs']})\b", text[span[1]:]):
        return span
    hidden = list(masked) + [(0, span[1])]
    starts = []
    while (hit := find_trigger(text, hidden, people)) is not None:
        starts.append(hit[2])
        hidden.append((hit[2], hit[3]))
    end = min(starts, default=len(text))
    return span[0], len(text[:end].rstrip(" ,.;"))


@lru_cache(maxsize=1)
def _trigger_candidates() -> tuple[tuple[str, str, str | None, str], ...]:
    """The phrases :func:`find_trigger` looks for: (phrase, type, condition, phrase in lower case)."""
    c = cues()
    candidates = [(phrase, kind, None) for phrase, kind in c.triggers]
    candidates += [(phrase, kind, "between") for phrase, kind in c.between_people]
    candidates += [(phrase, kind, "after_two") for phrase, kind in c.after_two_people]
    candidates += [(phrase, kind, "told") for phrase, kind in c.telling]
    return tuple((phrase, kind, condition, phrase.lower()) for phrase, kind, condition in candidates)


def _open_compounds(text: str) -> str:
    """``text`` with the hyphens of compounds made only of trigger words turned into blanks
    (same length), so that "the Seminar-Meeting" is a meeting while "a pre-meeting" is not.

    >>> _open_compounds("the XX Seminar-Meeting and a pre-meeting")
    'the XX Seminar Meeting and a pre-meeting'
    """
    if "-" not in text:
        return text
    single = _single_word_triggers()
    return re.sub(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b",
                  lambda m: m.group(0).replace("-", " ") if all(part.lower() in single for part in m.group(0).split("-"))
                  else m.group(0), text)


@lru_cache(maxsize=1)
def _single_word_triggers() -> frozenset[str]:
    return frozenset(phrase for phrase, _ in cues().triggers if " " not in phrase)


def _two_people_before(text: str, start: int, people) -> bool:
    """Two people joined by "and" as the subject of the verb at ``start`` ("A and B discussed")."""
    before = sorted((s, e) for s, e in people if e <= start)
    if len(before) < 2:
        return False
    (s1, e1), (s2, e2) = before[-2:]
    return bool(re.search(r"\band\b", text[e1:s2])) and not re.search(r"[;.]", text[e1:start]) \
        and not re.search(rf"\b{cues().grammar['partner_words']}\b", text[e2:start])


def _person_before(text: str, start: int, people) -> bool:
    """A person before ``start`` in the same clause: no full stop, semicolon or comma and
    clause joiner ("..., and", "..., while") between them."""
    joiners = cues().grammar["clause_joiners"]
    return any(e <= start and not re.search(rf"[;.]|,\s*{joiners}\b", text[e:start]) for s, e in people)


def _person_each_side(text: str, start: int, end: int, people) -> bool:
    """A person before the verb at [start, end) in its clause, and one after it: right after
    it ("received Ivan Petrov"), or after a title set off by a comma ("received the Secretary
    General of the Organization, Ivan Petrov"), not one who reports it ("..., Ivan Petrov said").

    >>> text = "Oleg Sidorov received the Secretary General of the Organization, Ivan Petrov."
    >>> _person_each_side(text, 13, 21, [(0, 12), (65, 76)])
    True
    >>> text = "Oleg Sidorov received a letter of the Council, Ivan Petrov said."
    >>> _person_each_side(text, 13, 21, [(0, 12), (47, 58)])
    False
    """
    before = _person_before(text, start, people)
    after = any(s >= end and (re.fullmatch(r"[^;.,]{0,90}", text[end:s]) or _titled_after(text, end, s, e))
                for s, e in people)
    return before and after


def _person_told(text: str, start: int, end: int, people) -> bool:
    """A person before the verb of telling at [start, end) in its clause (:func:`_person_each_side`),
    and the person told right after it, named in full: nothing between but capitalised words
    (a title) and ``addressee_words`` of ``ontology/events.yaml`` ("told his Atlantean
    counterpart Ivan Petrov", "told President Ivan Petrov"); not "told the newspaper that Ivan
    Petrov ...", nor a single capitalised word read as a name ("told the Armenian Ne...").

    >>> text = "Oleg Sidorov told his Atlantean counterpart Ivan Petrov that the plan was ready."
    >>> _person_told(text, 13, 17, [(0, 12), (44, 55)])
    True
    >>> text = "Oleg Sidorov told the newspaper that Ivan Petrov had resigned."
    >>> _person_told(text, 13, 17, [(0, 12), (37, 48)])
    False
    """
    if not _person_before(text, start, people):
        return False
    allowed = cues().addressee_words
    return any(s >= end and " " in text[s:e].strip() and
               all(w[0].isupper() or w.lower() in allowed for w in text[end:s].split()) for s, e in people)


def _titled_after(text: str, end: int, start: int, stop: int) -> bool:
    """The person at [start, stop) follows the verb that ends at ``end`` after a title set off
    by one comma ("the Secretary General of the Organization, Ivan Petrov"), and reports
    nothing (no reporting verb right after the name)."""
    title = re.fullmatch(r"\s+(?:the\s+)?[A-Z][^;.,]{0,90},\s*", text[end:start])
    return bool(title) and not reports_speech(text[stop:stop + 30].split(",")[0])


@lru_cache(maxsize=1)
def _auxiliary() -> str:
    """Adverbs and auxiliaries between a name and its verb, as a regex prefix."""
    return r"(?:(?:" + "|".join(re.escape(a) for a in cues().adverbs) + r")\s+)*"


def _is_reporter(person: PersonMention, text: str, end: int) -> bool:
    """A spokesman or an aide: by a title, or by an appositive after the name."""
    appositive = re.match(r"\s*,\s*([^,;.]{0,90}),", text[end:])
    titles = " ".join([t.post.lower() for t in person.posts] + ([appositive.group(1).lower()] if appositive else []))
    return _any_word(cues().reporter_posts).search(titles) is not None


def reporters(sentences: list[Sentence], people: list[PersonMention]) -> frozenset[str]:
    """The surnames of the article's spokesmen and aides (a later "Ushakov said" is the same
    reporter)."""
    out = set()
    for p in people:
        if p.sentence < len(sentences) and _is_reporter(p, sentences[p.sentence].text,
                                                             p.end - sentences[p.sentence].start):
            out.add(p.name.split()[-1])
    return frozenset(out)


def reports_for_others(text: str, person: PersonMention, start: int, end: int) -> bool:
    """A spokesman or an aide (by a title, or an appositive after the name at [start, end))
    in a sentence that reports speech: no participant.

    >>> p = PersonMention("Ivan Petrov", "Ivan Petrov", 0, 11, 0)
    >>> reports_for_others("Ivan Petrov, a spokesman for the district, says units take part.", p, 0, 11)
    True
    >>> reports_for_others("Ivan Petrov, the commander of the district, says units take part.", p, 0, 11)
    False
    """
    return _is_reporter(person, text, end) and reports_speech(text)


def reports_speech(text: str) -> bool:
    """The sentence reports what someone says ("says", "told", "according to")."""
    low = text.lower()
    return _any_word(cues().reporting_verbs).search(low) is not None


@lru_cache(maxsize=1)
def _speech_at() -> tuple[re.Pattern[str], frozenset[str]]:
    """A reporting verb of ``occasion_speech`` (``ontology/events.yaml``), up to four words
    (whom it was told, when) and an occasion word, with no "that" or ";" after it to the
    sentence's end ("announced at a news briefing.", "told reporters after the talks."); and
    the words that put the speech at another time."""
    spec = load_yaml("events.yaml").get("occasion_speech") or {}
    verbs, occasions = spec.get("verbs") or ["(?!)"], spec.get("occasions") or ["(?!)"]
    told, nouns = spec.get("told_verbs") or ["(?!)"], spec.get("occasion_nouns") or ["(?!)"]
    nouns = sorted((str(n).lower() for n in nouns), key=len, reverse=True)
    # matched against the lower-case text: a plain alternation is about three times faster
    # than a case-blind one (on the sentences of the 1k synthetic set). Group 1: the words
    # between the verb and "at" (none for "told a briefing", whose object is the occasion)
    pattern = re.compile(rf"\b(?:{_alternation(str(v).lower() for v in verbs)}((?:\s+[\w'’-]+){{0,4}}?)\s+"
                         rf"{_alternation(str(o).lower() for o in occasions)}\s|"
                         rf"{_alternation(str(v).lower() for v in told)}\s+(?:a|an|the)(?:\s+[\w'’-]+){{0,2}}?\s+"
                         rf"{_alternation(nouns)}\b)(?![^;]*\bthat\b)[^;]*$")
    return pattern, frozenset(str(w).lower() for w in spec.get("not_then", ()))


def _speech_tail(text: str, people, sent_start: int, low: str | None = None) -> int | None:
    """Where what is said ends in a sentence told as "CONTENT, SPEAKER VERB at OCCASION" (the
    offset of the comma before the speaker or the speaker's title), else None. The speaker is
    a person named right before the verb (an appositive may stand between); the words between
    the verb and the occasion word say no other time (``not_then``). ``low``: the text in lower
    case, if the caller has it.

    >>> p = PersonMention("Ivan Petrov", "Ivan Petrov", 43, 54, 0)
    >>> _speech_tail("Drills will be held in the spring, General Ivan Petrov told reporters after the talks.",
    ...              [(0, p)], 0)
    33
    >>> _speech_tail("Drills will be held in the spring, General Ivan Petrov said earlier at the talks.",
    ...              [(0, p)], 0) is None
    True
    """
    pattern, not_then = _speech_at()
    m = pattern.search(text.lower() if low is None else low)
    if m is None or set((m.group(1) or "").split()) & not_then:
        return None
    for _, p in people:
        start, end = p.start - sent_start, p.end - sent_start
        if not 0 < start < end <= m.start() or not re.fullmatch(r"\s*(?:,[^,]{0,90},|,)?\s*" + _auxiliary() + r"\s*",
                                                               text[end:m.start()]):
            continue
        titled = min([t.start - sent_start for t in p.posts if 0 <= t.start - sent_start < start], default=start)
        comma = text.rfind(",", 0, titled)
        return comma if comma > 0 and text[:comma].strip() else None
    return None


def _role_after(tail: str, c: Cues) -> str | None:
    """The role the first ``after`` cue (maybe after an auxiliary) that ``tail`` opens with gives."""
    low_tail = tail.lower()
    for phrase, role in c.after:
        if phrase.lower() in low_tail and _lead(phrase, _auxiliary()).match(tail):
            return role
    return None


def _possessed_matter(after: str, c: Cues) -> bool:
    """The name (``after``: the text right after it) stands in the possessive before a matter
    (``possessed_matters``, at most two words between: "X's early recall"), so it is what is
    discussed.

    >>> _possessed_matter("’s recall.", cues()), _possessed_matter("'s three-day visit", cues())
    (True, False)
    """
    m = re.match(r"['’]s\s+([\w-]+(?:\s+[\w-]+){0,2})", after)
    occasions = {phrase for phrase, _ in c.triggers}
    for word in (m.group(1).lower().split() if m else ()):
        if word in occasions:
            return False  # "X's visit to discuss Y's recall": X's occasion
        if word in c.possessed_matters:
            return True
    return False


def role_of(text: str, start: int, end: int, title_start: int | None = None) -> str | None:
    """The role a sentence gives the person at [start, end); None if absent.

    ``title_start``: where the person's title before the name starts. A name set off by
    commas after its title ("The Chief of the Staff, General Ivan Petrov, noted ...") is an
    apposition: the comma after it closes it, and the verb after that comma is the name's;
    so is a name right after a comma and a rank when no title was read (:func:`_after_comma`).

    >>> role_of("The Chief of the Staff, General Ivan Petrov, noted the progress.", 32, 43, 4)
    'speaker'
    >>> role_of("The Chief of the Staff, General Ivan Petrov, noted the progress.", 32, 43)
    'speaker'
    >>> role_of("On 5 May, General Ivan Petrov, noted the progress.", 18, 29)
    'participant'
    """
    c = cues()
    window_after = text[end:end + 120]
    appositive = re.match(r"\s*,[^,]{0,110},", window_after)
    tail = window_after[appositive.end():] if appositive else window_after
    if appositive is None and _set_off(text, start, title_start):
        tail = re.sub(r"^\s*,", "", tail)
    participle = re.match(r"\s*,\s*(?=[a-z]+ing\b)", tail)  # "..., said X, speaking at the summit."
    tail = tail[participle.end():] if participle else tail
    low_tail = tail.lower()
    if any(a.lower() in low_tail and _lead(a).match(tail) for a in c.absent):
        return None
    if _negated().search(text[:start]):  # "neither Prime Minister X, nor other officials have participated"
        return None
    if _credited(text[:start]):  # "... during the meeting. © Agency / X": who took the photo
        return None
    role = _role_after(tail, c)
    if role is not None:
        return role
    second = re.match(r"\s*[A-Z][^,]{0,110},", tail) if appositive else None
    if second is not None:  # a second title set off ("X, Chief of the Staff, First Deputy Minister, took over")
        at = end + appositive.end() + second.end()
        role = _role_after(text[at:at + 80], c)
        if role is not None:
            return role
    head = text[:start]
    low_head = head.lower()
    best: tuple[int, str] | None = None
    for phrase, role in c.before:
        for m in _find(phrase, head, low_head):
            if best is None or m.start() > best[0]:
                best = (m.start(), role)
    return best[1] if best else "participant"


def _set_off(text: str, start: int, title_start: int | None) -> bool:
    """The name at ``start`` is an apposition of its title: a comma stands between the
    title (from ``title_start``) and the name ("The Minister of Defence of Atlantis, Ivan
    Petrov, ..."), or, when no title was read, the name opens right after a comma with at
    most a rank before it and the words before that comma are the sentence's subject
    ("The first deputy minister - chief of staff, lieutenant-general Ivan Petrov, noted ...").
    """
    if title_start is not None:
        return title_start < start and "," in text[title_start:start]
    return _after_comma(text[:start])


_RANK_BEFORE = re.compile(r"^\s*[A-Z][^,;:.!?]*,\s*(?:[^\s,;:.]+\s+){0,3}$")


def _after_comma(head: str) -> bool:
    """``head`` (a sentence up to a name) is a noun phrase, a comma and at most three words
    (a rank): the name stands in apposition to what comes before the comma.

    >>> _after_comma("The chief of the staff, lieutenant-general "), _after_comma("On 5 May, in Minsk ")
    (True, False)
    """
    if _RANK_BEFORE.match(head) is None:
        return False
    words_before = head[:head.rfind(",")].split()
    return len(words_before) >= 2 and not any(w[:1].isdigit() for w in words_before)


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    """A picture's credit (``credits`` in ``ontology/events.yaml``) right before a name,
    with at most an agency and a slash between ("© Agency / ", "Photo: ")."""
    cue = "|".join(re.escape(c) for c in cues().credits) or r"(?!)"
    return re.compile(rf"(?i:{cue})\s*(?:[^\s,;.:/][^,;.:/]{{0,40}}/\s*)?$")


@lru_cache(maxsize=1)
def _topic() -> re.Pattern[str]:
    """A topic noun (``topic_nouns``, ``matter_nouns``) and a ``topic_links`` word at the end of
    a text."""
    c = cues()
    nouns = "|".join(re.escape(n) for n in sorted(c.topic_nouns | c.matter_nouns)) or r"(?!)"
    links = "|".join(re.escape(n) for n in c.topic_links) or r"(?!)"
    return re.compile(rf"\b(?i:{nouns})\s+(?i:{links})\s+(?:the\s+)?$")


def _topic_before(head: str) -> bool:
    """The name (or its title) after ``head`` is what a topic is about ("the situation around
    X was discussed"): someone discussed, not someone at the event.

    >>> _topic_before("The situation around "), _topic_before("The talks with ")
    (True, False)
    >>> _topic_before("X raised the issue involving ")
    True
    """
    return bool(_topic().search(head[-80:]))


def _quoted_report(text: str, quotes: list[tuple[int, int]], named: list[tuple[int, int]]
                   ) -> tuple[int, int] | None:
    """The quotation a sentence opens with when it quotes a report of others, not speech: it
    names someone in full (a span of ``named``) and says no "we" or "I" (``first_person`` in
    ``ontology/events.yaml``), and a reporting verb follows it ("\"Ivan Petrov arrived in
    Minsk on a visit on Monday,\" the ministry said"). What it tells is read as the text's.

    >>> text = '"Ivan Petrov arrived in Minsk on a visit," the ministry said.'
    >>> _quoted_report(text, [(0, 42)], [(1, 12)])
    (0, 42)
    >>> text = '"We met Ivan Petrov in Minsk," he said.'
    >>> _quoted_report(text, [(0, 30)], [(8, 19)]) is None
    True
    """
    if not quotes or text[:quotes[0][0]].strip():
        return None
    start, end = quotes[0]
    quoted = text[start:end].lower()
    if not any(start <= a < end for a, _ in named) or not reports_speech(text[end:end + 80]):
        return None
    if set(re.findall(r"[^\W\d_]+", quoted)) & cues().first_person:
        return None
    return start, end


def _credited(head: str) -> bool:
    """The name after ``head`` is the one a picture is credited to (its photographer).

    >>> _credited("Ivan Petrov met Oleg Sidorov in Minsk. © Agency / "), _credited("Photo: ")
    (True, True)
    >>> _credited("The meeting was attended by ")
    False
    """
    return bool(_credit().search(head[-80:]))


def _pictured(low: str) -> bool:
    """The sentence (lower case) holds a picture's credit (``credits``): it is a caption the
    page left in its text ("A and B attend a news conference in Minsk, 17 May 2022 © Agency /
    C"), which tells the moment pictured, not the event the sentences after it tell.

    >>> _pictured("a and b attend a news conference in minsk. © agency / c"), _pictured("a met b.")
    (True, False)
    """
    return any(c in low for c in cues().credits)


@lru_cache(maxsize=1)
def _negated() -> re.Pattern[str]:
    """A name right after "neither" or "nor" (its title between): someone who did not come."""
    words_before = "|".join(map(re.escape, cues().negations))
    return re.compile(rf"\b(?i:{words_before})\s+(?:(?:the|[A-Z][\w'’.-]*)\s+){{0,6}}$") \
        if words_before else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _document_date() -> re.Pattern[str]:
    """A date that names a document ("the Agreement ... of 15 May 1992"), not an event."""
    names = "|".join(map(re.escape, cues().document_words))
    return re.compile(rf"\b(?:{names})\b[^.;]*\bof\s*$")


def _sentence_dates(sent: Sentence, anchor: str | None, page_year: str | None = None, guessed: bool = False):
    """The dates of an event sentence (days without a year in the year of ``anchor``, the
    article's date, or the year before when that puts them after it). With ``guessed`` (the
    article's date is one its body gave, not the page's: ``date_source`` "body"), a day the
    year before would need has no year: it falls after the date the page was taken to have,
    so that date is not the page's ("... speak during a meeting in Sochi, May 14, 2018" in a
    photo caption, then "on July 28")."""
    out = []
    for d in find_dates(sent.text, anchor) if anchor else _undated_page_dates(sent.text, page_year):
        if guessed and d.shape not in FULL_SHAPES and d.value and d.value[:4] < anchor[:4]:
            d = replace(d, value=None, end_value=None)
        if _document_date().search(sent.text[:d.start]):
            continue
        if re.match(r"\s*[-–]\s*(?:19|20)\d\d", sent.text[d.end:]) or re.search(r"\bfor\s*$", sent.text[:d.start]):
            continue  # a period ("2021-2025", "for 2021") is no event date
        out.append(d)
    return out


@lru_cache(maxsize=1)
def _period_opener() -> re.Pattern[str]:
    """A word that opens a period right before a date (``period_openers`` in
    ``ontology/events.yaml``: "the chairmanship from January 1st")."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, load_yaml("events.yaml").get("period_openers", ()))) +
                      r")\s+(?:the\s+)?$", re.IGNORECASE)


def _sentence_year(text: str) -> str | None:
    """The year a sentence of an undated page gives its yearless days: the one year it names as
    past (:func:`~csto_graph.corpus.years.past_years`: not a period, not one looked ahead to,
    not in a plan), within the Organization's years ("met in Astana Nov. 8 to sum up the
    chairmanship in 2018"). A day of another year is told with its own year.

    >>> _sentence_year("The leaders met in Minsk on 8 May to review the results of 2019."), _sentence_year("No year.")
    ('2019', None)
    """
    if not _YEAR_DIGITS.search(text):
        return None
    years = {y for y in past_years(text) if FIRST_YEAR <= y <= present_year()}
    return str(years.pop()) if len(years) == 1 else None


def _page_year(text: str) -> str | None:
    """The year of an undated page's yearless days: the one year (since the Organization's) it
    names, when it names it as past and only in sentences that name an event ("During the session
    the priorities of the 2018 chairmanship were discussed"). A year the page recalls elsewhere
    ("was established in November 2006", "charged with ... in 2008") is history, no page year:
    measured on the read sets, without that test the year was wrong three times in seven."""
    if not _YEAR_DIGITS.search(text):
        return None
    told = {y for y, _ in years_told(text) if y >= FIRST_YEAR}
    past = {y for y in past_years(text) if FIRST_YEAR <= y <= present_year()}
    if len(past) != 1 or told != past:
        return None
    year = str(past.pop())
    triggers = _any_word(tuple(t for t, _ in cues().triggers))
    naming = [s for s in (text[a:b] for a, b in split_sentences(text)) if year in s]
    return year if all(triggers.search(s.lower()) for s in naming) else None


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _undated_page_dates(text: str, page_year: str | None = None):
    """The dates of a sentence of an undated page: those it gives in full, and its days with a
    month but no year in the year :func:`_sentence_year` gives them (not a bare month: "a
    summit in December" in a sentence on what intensified in 2015 is of no year it names)."""
    found = find_dates(text)
    year = _sentence_year(text) or page_year
    if year is None:
        return found
    days = [d for d in find_dates(text, year) if d.shape in YEARLESS_SHAPES
            and not any(o.start < d.end and d.start < o.end for o in found)]
    return sorted(found + days, key=lambda d: d.start)


def _body(text: str, t_start: int, t_end: int, orgs: list[OrgMention], sent_start: int):
    """The body holding the event: "session of the X", "X session", "X hosted a meeting"."""
    best, grammar = None, cues().grammar
    for org in orgs:
        s, e = org.start - sent_start, org.end - sent_start
        if org.kind in {"state", None} and org.key is None:
            continue
        if org.kind == "state":
            continue
        if s >= t_end and re.fullmatch(rf"\s*{grammar['body_links']}(?:\s+{_ORDINAL})?\s*", text[t_end:s]):
            return org, False  # "session of the Council", "the XXIII session of the Council"
        if e <= t_start and re.fullmatch(rf"\s*|\s*{grammar['holding_verbs']}\s+(?:a|an|the)?\s*"
                                         r"(?:\w+\s+)?", text[e:t_start]):
            hosted = bool(re.search(r"hosted", text[e:t_start])) or text[:s].rstrip().endswith("at the")
            best = (org, hosted)
    return best if best else (None, False)


_ORDINAL = r"(?:[IVXLC]+|\d+(?:st|nd|rd|th))"  # a session's number ("XXIII", "23rd")


def _seat_of_venue(text: str, orgs: list[OrgMention], sent_start: int, gaz) -> str | None:
    """The seat of a body the event is held at or visits ("at the CSTO Secretariat", "visited
    the CSTO Secretariat"): its city. A body only, not a whole organization: "chairmanship in
    the CSTO" is membership, not a venue."""
    for org in orgs:
        entry = gaz.entries.get(org.key or "")
        if entry is not None and entry.seat and entry.kind == "body" and \
                re.search(rf"\b{cues().grammar['venue_links']} the\s+$", text[:org.start - sent_start]):
            return entry.seat
    return None


def _place(text: str, places: list[PlaceMention], sent_start: int,
           titles: list[tuple[int, int]] = ()) -> str | None:
    """The first place said to be where things happen ("in Minsk", "visited the Republic of
    Armenia"), outside people's titles ("Ambassador ... to the Russian Federation").

    >>> from csto_graph.models import PlaceMention
    >>> text = "The Ambassador to the Russian Federation visited the Republic of Armenia."
    >>> places = [PlaceMention("Russian Federation", "russia", 22, 40, 0), PlaceMention("Armenia", "armenia", 65, 72, 0)]
    >>> _place(text, places, 0, [(4, 40)])
    'armenia'
    """
    places = [p for p in places if not any(s <= p.start < e for s, e in titles)]
    capital = _capital_named(text, places, sent_start)
    for k, p in enumerate(places):
        before = text[:p.start - sent_start]
        if capital is not None and capital[0] <= p.start - sent_start:
            return capital[1]
        cue = re.search(rf"(?:\b(?P<noun>\w+)\s+)?\b(?i:{cues().grammar['place_links']})\s+(?:the\s+)?"
                        rf"(?:Republic\s+of\s+)?{_place_kinds()}$", before)
        if cue and _another_occasion(before[:cue.end("noun") if cue["noun"] else cue.start()] + " "):
            continue  # "follows another exercise in Armenia": where the other one was
        if cue and _planned_there(before[:cue.end("noun") if cue["noun"] else cue.start()]):
            continue  # "preparations for the session that will take place in Sochi": the plan's place
        after = text[p.end - sent_start:]
        if (cue and (cue["noun"] or "").lower() not in cues().topic_nouns) or _hosting().match(after) \
                or _where_clause().match(after) or _after_venue().search(before):
            return _city_of(p, places[k + 1:], text, sent_start)
    return capital[1] if capital is not None else None


def _another_occasion(head: str) -> bool:
    """``head`` (a sentence up to a place's link) ends in an event named as another one than the
    sentence's (``other_occasion`` in ``ontology/events.yaml``: "another CSTO exercise", with at
    most three words between): the place after it is that one's.

    >>> _another_occasion("This drill follows on the heels of another CSTO exercise "), _another_occasion("The exercise ")
    (True, False)
    """
    words_before = _alternation(cues().other_occasion) if cues().other_occasion else r"(?!)"
    m = re.search(rf"\b(?i:{words_before})\s+((?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s*$", head)
    return m is not None and find_trigger(m.group(1), []) is not None


@lru_cache(maxsize=1)
def _past_occasion_pattern() -> re.Pattern[str]:
    words_before = load_yaml("events.yaml").get("past_occasion") or ()
    if not words_before:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:the|its|their|his|her)\s+{_alternation(words_before)}\s+(?:[\w-]+\s+){{0,2}}$",
                      re.IGNORECASE)


def _past_occasion(head: str) -> bool:
    """``head`` (a sentence up to a trigger) names the event as one held before the report by a
    ``past_occasion`` word before its noun ("during the last meeting", "at their previous
    joint session").

    >>> _past_occasion("It was discussed during the last "), _past_occasion("At their previous joint ")
    (True, True)
    >>> _past_occasion("The last day of the "), _past_occasion("During the ")
    (False, False)
    """
    return _past_occasion_pattern().search(head[-80:]) is not None


def _planned_there(head: str) -> bool:
    """``head`` (a sentence up to a place's link) ends in a plan (a ``future_cues`` phrase of
    ``ontology/events.yaml``, at most three words before the link): the place after it is
    where something will happen, not where the sentence's event did.

    >>> _planned_there("They discussed the session that will take place"), _planned_there("The session took place")
    (True, False)
    """
    return _planned_end().search(head) is not None


@lru_cache(maxsize=1)
def _planned_end() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{_alternation(cues().future)})(?:\s+[\w'’-]+){{0,3}}\s*$")


@lru_cache(maxsize=1)
def _place_kinds() -> str:
    """The kind of a place named before it, maybe after a state's adjective ("in the city of
    Astana", "in the Kazakh capital city of Astana", "in the capital, Astana"): ``place_kinds``
    in ``ontology/words.yaml``, as an optional pattern."""
    kinds = "|".join(re.escape(k).replace(r"\ ", r"\s+")
                     for k in sorted(words().place_kinds, key=len, reverse=True))
    return rf"(?:(?:[A-Z][a-z]+\s+)?(?:{kinds})(?:,?\s+of)?,?\s+)?" if kinds else ""


@lru_cache(maxsize=1)
def _after_venue() -> re.Pattern[str]:
    """A place named after a venue and a comma ("took place at the Palace of Independence,
    Minsk", "at the Park Hotel "Horizon", Odintsovo District, Moscow Region"): a
    ``venue_city_links`` word (``ontology/events.yaml``), a venue of capitalised words
    (maybe quoted, maybe "of the"), then at most two more such names, each after a comma,
    right before the place."""
    name = r"[A-Z\"“][\w'’\"”-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z\"“][\w'’\"”-]*)*"
    return re.compile(rf"\b(?i:{cues().grammar['venue_city_links']})\s+the\s+{name}(?:,\s+{name}){{0,2}},\s+$")


@lru_cache(maxsize=1)
def _where_clause() -> re.Pattern[str]:
    """A place that a relative clause says the event is at ("live from Minsk, where the
    minister gives a press conference", "left for Sevan, where they held talks"): ``,
    where`` (``place_relatives`` in ``ontology/events.yaml``) right after the place."""
    return re.compile(rf",\s+(?i:{cues().grammar['place_relatives']})\b")


@lru_cache(maxsize=1)
def _hosting() -> re.Pattern[str]:
    """A place that hosts the event ("Astana hosted a session", "Yerevan is hosting a summit",
    "Astana on Thursday hosted"): a verb of ``hosting`` right after the place."""
    verbs = "|".join(map(re.escape, cues().hosting))
    weekdays = "|".join(d.capitalize() for d in words().weekdays)
    return re.compile(rf"\s+(?:(?:on\s+)?(?:{weekdays}|today|yesterday)\s+)?(?:{verbs})\b")


def _city_of(state: PlaceMention, later: list[PlaceMention], text: str, sent_start: int) -> str:
    """A state's place made precise by a city of that state the sentence names next to it
    ("in Tajikistan's capital Dushanbe", "in the Republic of Armenia, in Yerevan"); else the state."""
    gaz = load_gazetteer()
    entry = gaz.lookup(state.key)
    if entry is None or entry.kind != "state" or not later:
        return state.key
    city = later[0]
    between = text[state.end - sent_start:city.start - sent_start]
    place = gaz.lookup(city.key)
    if place is not None and place.kind == "place" and place.state == entry.id and len(between) <= 30 \
            and not re.search(r"[;.]|\band\b", between):
        return city.key
    return state.key


def _capital_named(text: str, places: list[PlaceMention], sent_start: int) -> tuple[int, str] | None:
    """A capital named by its state, with no name of its own ("in the Kyrgyz capital", "the
    capital of Tajikistan will host"), as (offset, the capital's name from the gazetteer)."""
    gaz = load_gazetteer()
    m = re.search(rf"\b{cues().grammar['capital_links']}\s+the\s+(?P<adj>[A-Z][a-z]+)\s+capital\b"
                  r"(?!,?\s+(?:city\s+(?:of\s+)?)?[A-Z])", text)
    if m is not None:
        state = gaz.state_of_adjective(m["adj"])
        if state is not None and state.seat:
            return m.start(), state.seat
    for p in places:
        start, end = p.start - sent_start, p.end - sent_start
        entry = gaz.lookup(p.key)
        if entry is None or entry.kind != "state" or not entry.seat:
            continue
        if re.search(r"\b[Tt]he capital of (?:the\s+)?$", text[:start]) and \
                not re.match(r",?\s+(?:[A-Z]|city of)", text[end:]):
            return start, entry.seat
    return None


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
    """The dates of the sentence ``said`` reads (:func:`_sentence_dates`)."""
    return _sentence_dates(Sentence(said.start, said.start + len(said.text), said.text), anchor)


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
    their own (:func:`_other_time_clauses`, :func:`_relative_clauses`).
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
        own = _other_time_clauses(said.text, said.trigger[2]) + _relative_clauses(said.text)
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
    framing: list[tuple[int, int]] = field(default_factory=list)  # the frames of the sentence (_framing)
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
        self.page_year = None if article.date else _page_year(article.text)
        self.guessed = article.date_source == "body"  # the date a body sentence gave the page (_sentence_dates)
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
        planned = any(_find(f, text, low) for f in c.future + c.headline_future)
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
        online = any(_find(o, low, low) for o in c.online)
        place = None if online else _headline_place(text, self.gaz, spans)
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
        # the gold does not hold
        taking_part = any(roles - {"speaker"} for roles in draft.parts.values())
        return draft if taking_part else None

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
        told = _quoted_report(text, quotes, [(p.start - sent.start, p.end - sent.start) for _, p in sent_people
                                             if " " in p.name])
        masked += [q for q in quotes if q != told]
        spans = [(p.start - sent.start, p.end - sent.start) for _, p in sent_people]
        said_at = self._said_at(text, low, masked, spans, sent_people, sent.start)
        subject = [(0, said_at)] if said_at is not None else _subject_matter(text, low)  # (read once)
        masked += subject
        titles = [(t.start, t.end) for _, p in sent_people for t in p.posts]  # article offsets
        framing = [(m.start(), m.end()) for m in _framing().finditer(text)]
        plans = _plan_phrases(text, masked, spans)
        trigger = plans and _first_trigger(text, masked + plans, framing, spans)
        places = self.places_of.get(index, [])
        if trigger:  # "discussed the upcoming summit in Minsk during talks": the talks happened, not there
            subject += plans
            places = [p for p in places if not any(a <= p.start - sent.start < b for a, b in plans)]
        else:
            trigger = _first_trigger(text, masked, framing, spans)
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
        future = any(not any(a <= m.start() < b for a, b in subject) and not _lasting(low, m.start(), m.end())
                     for f in c.future for m in _find(f, low, low))
        return _Said(text, sent.start, low, sent_people, sent_orgs, places, masked, titles,
                     trigger, future, any(_find(o, low, low) for o in c.online), roles, subject, said_at=said_at,
                     framing=framing)

    def _said_at(self, text: str, low: str, masked, spans, sent_people, sent_start: int) -> int | None:
        """The end of what is said in a sentence told as "CONTENT, SPEAKER VERB at OCCASION"
        (:func:`_speech_tail`), when the occasion holds a trigger and the content tells no
        event as done (none of its own, only a plan: "Drills will be held in May, General X
        announced at a briefing", or one with nobody named in it), else None. The speaker was
        at the occasion; the content is what was said: no trigger, plan, date or participant
        of the sentence's event. ``spans``: the sentence's people, at sentence offsets."""
        tail = _speech_tail(text, sent_people, sent_start, low)
        if tail is None:
            return None
        if find_trigger(text, masked + [(0, tail)], spans) is None:
            return None
        content = low[:tail]
        planned = any(_find(f, content, content) for f in self.cues.future)
        named = any(start < tail for start, _ in spans)  # (an event nobody is named at is a topic:
        # "The sides agreed on the drills, X said after the talks")
        if named and not planned and find_trigger(text, masked + [(tail, len(text))], spans) is not None:
            return None  # "A and B held talks, C told reporters after the meeting": the talks are told
        return tail

    def rule_role(self, text: str, person: PersonMention, sent_start: int) -> str | None:
        """The role the rules give ``person`` in the sentence ``text``: none for someone a
        discussed topic is around (:func:`_topic_before`, looked for before the person's
        title), none for a spokesman or an aide in a sentence that reports speech, else
        :func:`role_of`."""
        start, end = person.start - sent_start, person.end - sent_start
        titled = min([t.start - sent_start for t in person.posts if 0 <= t.start - sent_start < start], default=start)
        if _topic_before(text[:titled]):  # "The situation around Secretary General X was discussed"
            return None
        if _possessed_matter(text[end:], self.cues):  # "... explained the procedure of X's recall"
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
        return any(_find(cue, text, text) for cue in self.cues.one_by_one for text in texts)

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
        no other time (``not_then``), as for a named speaker (:func:`_speech_tail`)."""
        pattern, not_then = _speech_at()
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
        speaker = _speaker_label(said.text, said.people, sent.start)
        if speaker is not None and self.main in (None, self.headline) and self.transcript is None:
            self.transcript = self.main = self.headline or _headline_event(self.article, sent, index)
            if self.main is not None and self.main is not self.headline:
                self.drafts.append(self.main)
        if self.transcript is not None:
            said.trigger, said.future = None, False
            said.roles = {speaker: "speaker"} if speaker is not None else {}
            for k in _addressed(said.text, said.people, sent.start):  # "Mr Petrov, you have the floor."
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
        days = [d for d in _sentence_dates(Sentence(0, len(said.text), said.text), self.article.date, self.page_year,
                                           self.guessed)
                if not any(a <= d.start < b for a, b in said.subject)
                and not _period_opener().search(said.text[:d.start])]  # (read once, for both)
        self._note_day(said, days)
        if main is None or _another_day(days, main, self.article.date):
            return
        heard = {k for k, p in said.people if _heard_from(said.text[:_title_start(p, said.start)])}
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
            place = None if said.online else _place(said.text, said.places, said.start, said.titles)
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
        dates = [d for d in _sentence_dates(sent, self.article.date, self.page_year, self.guessed)
                 if not any(a <= d.start < b for a, b in said.subject)]
        aside = [(a, b) for a, b in _relative_clauses(text) if not a <= t_start < b]
        dates = _outside_future_asides(text, dates, aside)
        if aside and dates:  # "X, who arrived yesterday on a visit, attended the exercise"
            told = _aside_events(text, sent, index, aside, dates, said.masked, said.people, said.roles,
                                 said.places, said.titles)
            self.drafts += [draft for draft, _ in told]
            dates = [d for d in dates if not any(a <= d.start < b for _, (a, b) in told)]
        self.drafts += self._other_time_events(said, sent, index, dates, t_start)
        dates = _past_dateline(text, _outside_other_times(text, dates, t_start))
        if not dates and main is None and day is not None and day[1] & {p.name.split()[-1] for _, p in said.people}:
            dates = [replace(day[0], start=-1, end=-1)]  # "X was in Moscow on 10 January ... X also talked to Y"
        else:
            day = None
        body, hosted = _body(text, t_start, t_end, said.orgs, sent.start)
        if main is not None and not dates and _tells_background(said.low):
            # "Earlier this year, X stated during a press conference that ...": background of no
            # day the text gives; its people (and those of the sentences after it) join no event.
            # It may still tell where the current event was ("Earlier it was reported that the
            # documents were signed following the meeting of the Council in Almaty")
            self.aside = True
            if main.place is None and not main.online and not main.remote and self._places_main(said) \
                    and self._tells_main_kind(main, said):
                main.place = _place(text, said.places, sent.start, said.titles)
            return None
        separate = main is not None and (any(_find(x, said.low, said.low) for x in self.cues.separate)
                                         or self._call_beside(main, said) or self._told_beside(main, said))
        apart, carried = self._encounter_apart(main, said, index) if main is not None else (False, None)
        separate = separate or apart
        if separate and not dates:
            remote = _remote(said.low)
            own = None if remote or main.online else _place(text, said.places, sent.start, said.titles)
            target = _Draft(kind, phrase, sent.start + t_start, sent.start + t_end, index, main.date,
                            main.end_date, main.explicit_date, None if remote else own or main.place, None,
                            main.online, remote=remote)
            if carried is not None:
                target.add(carried, "participant")  # "A met B. At the meeting with C, ...": A met C
            self.drafts.append(target)
            return target
        if main is not None and not dates and _opens_with_own_day(text):
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
                main.place = _place(text, said.places, sent.start, said.titles)
            return main
        if main is not None and dates and self._dates_main(main, said, dates):
            main.date, main.end_date, main.explicit_date = dates[0].value, dates[0].end_value, True
            own = None if main.online or main.remote else _place(text, said.places, sent.start, said.titles)
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
        if _UNTIL.search(said.text[:dates[0].start]):
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
        body = _body(said.text, said.trigger[2], said.trigger[3], said.orgs, said.start)[0]
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
            if a <= t_start < b or not _any_word(self.cues.sequence, r"^").match(low[a:b]):
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
            return bool(met) and not points_back and not _remote(said.low), None

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
        return main is not self.headline and not main.remote and _remote(said.low)

    def _new_event(self, said: _Said, index: int, sent: Sentence, dates, body, hosted) -> _Draft | None:
        phrase, kind, t_start, t_end = said.trigger
        online, article = said.online, self.article
        remote = _remote(said.low)
        date = dates[0].value if dates else article.date
        end_date = dates[0].end_value if dates else None
        placeless = online or remote  # a videoconference or a phone call has no place
        place = None if placeless else _place(said.text, said.places, sent.start, said.titles)
        if place is None and not placeless and body is not None and hosted:
            seat = self.gaz.entries.get(body.key or "")
            place = seat.seat if seat is not None else None
        if place is None and not placeless:  # "took place at the CSTO Secretariat" -> its seat
            place = _seat_of_venue(said.text, said.orgs, sent.start, self.gaz)
        if not dates and _past_occasion(said.text[:t_start]):
            return None  # "during the last meeting of the presidents": a past occasion of no day told
        if not dates and kind == self.planned_kind and \
                not any(_find(h, said.low, said.low) for h in self.cues.happening):
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
            if self.main is not None or not (dates or any(_find(h, said.low, said.low) for h in self.cues.happening)):
                if place is not None and not _tells_background(said.low):
                    self.unkept.append(target)
                return None
            # "On 8 April, a seminar was held. It was addressed by X", "A summit has opened in
            # Minsk. President X welcomed the participants": an event only once a later
            # sentence names who took part
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
        if _pictured(said.low):
            return target  # a picture's caption: an event of its own, never the one later sentences tell
        if main is None or not main.explicit_date or (dates and is_current(target.date, article.date)):
            self.main = target
        return target

    def _other_time_events(self, said: _Said, sent: Sentence, index: int, dates, t_start: int) -> list[_Draft]:
        """The events of clauses that tell another event's time (:func:`_other_time_clauses`),
        when the clause has a trigger, a date and people of its own ("..., preceded by talks of
        A and B on Wednesday"): the clause's people take part in it, not in the sentence's event."""
        out = []
        for a, b in _other_time_clauses(said.text, t_start):
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
        return self.article.place is None or any(_find(a, said.low, said.low) for a in self.cues.anaphora)

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
            or _main_headline_place(self.article.title, self.gaz) or self._told_after(d)

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
        same kind, on ``d``'s day or on none."""
        same = self.cues.same_occasion
        return next((o.place for o in self.unkept if o.sentence < d.sentence
                     and (o.kind == d.kind or {o.kind, d.kind} <= same)
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
        for name in (self.article.place, _main_headline_place(self.article.title, self.gaz)):
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


def _headline_places(text: str, gaz, people: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """The places and states the gazetteer finds in a headline, and its regions (:func:`with_regions`),
    outside the people's spans."""
    matches = gaz.find(text)
    places = [PlaceMention(m.text, m.entry.name, m.start, m.end, 0) for m in matches
              if m.entry.kind in {"place", "state"} and not any(s <= m.start < e for s, e in people)]
    return [p for p in with_regions(text, places, [(m.start, m.end) for m in matches])
            if not any(s <= p.start < e for s, e in people)]


def _main_headline_place(title: str, gaz) -> str | None:
    """The place a headline gives its event ("X attends the Council meeting in Astana"): the
    main event's place when neither its text nor a dateline gives one. The headline tells an
    occasion by a trigger or by a verb headlines use ("Leaders Meet in Astana":
    ``headline_verbs`` in ``ontology/words.yaml``). Not a headline of a plan ("X to visit Y":
    ``future_cues``, ``headline_plans``) nor of a phone call.

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> _main_headline_place("Petrov attends the Council meeting in Astana", load_gazetteer())
    'Astana'
    >>> _main_headline_place("Petrov will take part in the meeting in Astana", load_gazetteer()) is None
    True
    >>> _main_headline_place("Leaders Meet in Astana, Agree on Plan", load_gazetteer())  # a headline's verb
    'Astana'
    """
    low = title.lower()
    told = find_trigger(title, []) is not None or not set(re.findall(r"[a-z]+", low)).isdisjoint(words().headline_verbs)
    if not title or not told or _remote(low) or \
            any(_find(f, low, low) for f in (*cues().future, *cues().headline_plans)):
        return None
    places = _headline_places(title, gaz)
    return _place(title, places, 0)


@lru_cache(maxsize=1)
def _region_pattern() -> re.Pattern[str] | None:
    kinds = "|".join(map(re.escape, words().region_kinds))
    if not kinds:
        return None
    cue = "|".join(re.escape(c) for c in sorted(cues().place_before, key=len, reverse=True))
    return re.compile(rf"\b(?i:{cue})\s+(?:the\s+)?"
                      rf"(?P<place>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?\s+(?i:{kinds}))\b")


def with_regions(text: str, places: list[PlaceMention], known: list[tuple[int, int]], offset: int = 0,
                 index: int = 0) -> list[PlaceMention]:
    """``places`` (of ``text``, which starts at ``offset``) with the regions it says an event is
    held in: a name and a kind of region (``region_kinds`` in ``ontology/words.yaml``) after a
    cue of ``place_before`` in ``ontology/events.yaml`` ("was held in the Pskov region"). Not
    after a bare "in": "security in the Caucasus region" is a topic, and a broad region no
    venue. A known city the region is named after ("the Moscow Region") gives way to the
    region; a region overlapping a known body or state is none.

    >>> from csto_graph.models import PlaceMention
    >>> text = "The drills were held in the Moscow Region and in Astana."
    >>> [p.key for p in with_regions(text, [PlaceMention("Moscow", "Moscow", 28, 34, 0),
    ...                                     PlaceMention("Astana", "Astana", 49, 55, 0)], [(28, 34), (49, 55)])]
    ['Moscow Region', 'Astana']
    """
    pattern = _region_pattern()
    if pattern is None:
        return places
    out = list(places)
    for m in pattern.finditer(text):
        start, end = offset + m.start("place"), offset + m.end("place")
        inside = [p for p in out if start <= p.start and p.end <= end]
        if any(s < m.end("place") and m.start("place") < e for s, e in known
               if not any(p.start - offset == s for p in inside)):
            continue
        if len(inside) > 1 or any((hit := load_gazetteer().lookup(p.key)) is not None and hit.kind != "place"
                                  for p in inside):
            continue
        out = [p for p in out if p not in inside] + [PlaceMention(m["place"], m["place"], start, end, index)]
    return sorted(out, key=lambda p: p.start)


def _remote(low: str) -> bool:
    """A sentence that tells a phone call (``remote`` in ``ontology/events.yaml``): no place."""
    return any(_find(cue, low, low) for cue in cues().remote)


def _speaker_label(text: str, sent_people, sent_start: int) -> int | None:
    """The person a transcript line opens with, before a colon ("President of Russia Ivan
    Petrov: Ladies and gentlemen, ..."): the index of that mention, else None. Transcripts
    name their speakers in full; a single word before a colon is a label of the page ("Theme:
    Politics", read as a name by the people reader), and no transcript begins there."""
    colon = re.match(r"[^:\n]{3,150}?:\s", text)
    if colon is None:
        return None
    before = [(k, p) for k, p in sent_people if p.end - sent_start <= colon.end()]
    if not before:
        return None
    k, person = before[-1]
    if " " not in person.name:
        return None  # "Theme: Politics", "Source: ...": a one-word label is page furniture, not a speaker
    return k if not text[person.end - sent_start:colon.end()].strip(" :") else None


def _addressed(text: str, sent_people, sent_start: int) -> list[int]:
    """The people a speaker addresses ("Mr Petrov, you have the floor"; "and you, Mr
    Petrov, for your work"): an honorific before the name and a comma or a stop after it."""
    honorifics = "|".join(map(re.escape, words().address_honorifics))
    out = []
    for k, p in sent_people:
        start, end = p.start - sent_start, p.end - sent_start
        if re.search(rf"\b(?:{honorifics})\.?\s+$", text[:start]) and re.match(r"\s*[,.!?]", text[end:]):
            out.append(k)
    return out


def _headline_event(article: Article, sent: Sentence, index: int) -> _Draft | None:
    """The event a transcript's headline names ("Speech at the session of the Council"), on
    the article's date and at its place, told from the sentence of its first speaker."""
    if not article.title or not article.date or any(_find(f, article.title) for f in cues().future):
        return None
    found = find_trigger(article.title, [])
    if found is None:
        return None
    phrase, kind, _, _ = found
    return _Draft(kind, phrase, sent.start, sent.end, index, article.date, None, False, article.place, None,
                  False, pending=True)


def _opens_with_own_day(text: str) -> bool:
    """The sentence opens with a day of its own ("On 12 February, ..."), whether or not its
    year is known.

    >>> _opens_with_own_day("On 12 February, a briefing was held."), _opens_with_own_day("It was held on 12 May.")
    (True, False)
    """
    opener = re.match(r"\s*(\w+)\s", text)
    if opener is None or opener.group(1) not in words().date_openers:
        return False
    return bool(find_dates(text[:40], "2000-01-01"))  # any year: only whether a day is named


def _lasting(low: str, start: int, end: int) -> bool:
    """The plan word at [start, end) of a sentence (lower case) tells how long an event that
    the sentence says happened lasts: a ``lasting`` verb right after it, a ``happening`` cue
    before it ("the exercises began saturday ... and are scheduled to run through wednesday").

    >>> _lasting("the drills began on monday and are scheduled to run until friday.", 35, 44)
    True
    >>> _lasting("the drills are scheduled to run until friday.", 15, 24)
    False
    """
    c = cues()
    return _any_word(c.lasting, r"\s+").match(low, end) is not None and \
        _any_word(c.happening).search(low[:start]) is not None


def _tells_background(low: str) -> bool:
    """The sentence (lower case) opens with a ``background`` cue ("Earlier, ...").

    >>> _tells_background("earlier, on 15 january, it was reported that ..."), _tells_background("he said earlier")
    (True, False)
    """
    return _any_word(cues().background, r"\s*").match(low) is not None


def _headline_place(text: str, gaz, people: list[tuple[int, int]]) -> str | None:
    """Where a headline says its event happened: "... meets Y in Minsk", or the place
    before the date that ends it ("... following the meeting of the Council, Minsk, July 17,
    2017").

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> _headline_place("Remarks following the meeting of the Council, Minsk, July 17, 2017", load_gazetteer(), [])
    'Minsk'
    """
    places = _headline_places(text, gaz, people)
    said = _place(text, places, 0)
    if said is not None:
        return said
    dates = find_dates(text)
    for p in places:
        tail = re.match(r"\s*,\s*", text[p.end:])
        if tail and any(d.start == p.end + tail.end() and not text[d.end:].strip(" .") for d in dates):
            return p.key
    return None


def _relative_clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the relative clauses set off by commas after a name (", who arrived on
    Monday,"), the first comma also inside a closing quote (the drills "Shield 2023," which
    ...): what they tell has its own time.

    >>> _relative_clauses('The drills "Shield," which will last a week, opened.')
    [(18, 44)]
    """
    pronouns = "|".join(map(re.escape, cues().relative_pronouns))
    if not pronouns:
        return []
    return [(m.start(), m.end()) for m in re.finditer(rf",[\"”’]?\s*(?:{pronouns})\b[^,;]*,", text)]


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


_UNTIL = re.compile(r"\b(?:until|till|through|to)\s*$", re.IGNORECASE)


def _outside_future_asides(text: str, dates, aside: list[tuple[int, int]]):
    """The dates of a sentence but those of a relative clause (``aside``, not holding the
    trigger) told in the future: in "The opening of the drills, which will last until 29
    October, was held at the range" the 29th is when the drills end, not the day of what was
    held; a clause in the past keeps its date (its event: :func:`_aside_events`).

    >>> from csto_graph.corpus.dates import find_dates
    >>> text = "The opening of the drills, which will last until 29 October, was held on Monday."
    >>> [d.value for d in _outside_future_asides(text, find_dates(text, "2023-10-21"), _relative_clauses(text))]
    ['2023-10-16']
    """
    future = [(a, b) for a, b in aside if _tells_future(text[a:b].lower())]
    return [d for d in dates if not any(a <= d.start < b for a, b in future)] if future else dates


def _tells_future(low: str) -> bool:
    """A clause with a future auxiliary or a ``future_cues`` phrase ("which will last until ...")."""
    return any(_find(w, low, low) for w in syntax_words().future) or \
        any(_find(f, low, low) for f in cues().future)


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
        place = _place(text, [p for p in places if a <= p.start - sent.start < b], sent.start, titles)
        draft = _Draft(kind, phrase, sent.start + t_start, sent.start + t_end, index, inner[0].value,
                       inner[0].end_value, True, place, None, False)
        draft.add(k, roles.get(k) or "participant")
        out.append((draft, (a, b)))
    return out


def _past_dateline(text: str, dates):
    """The dates of a sentence but the one of a dateline that opens it, when the sentence
    gives one of its own ("MINSK, 14.03.2023 (Agency) - Yesterday, a meeting was held": the
    dateline dates the report, "yesterday" the meeting).

    >>> from csto_graph.corpus.dates import find_dates
    >>> text = "MINSK, 14.03.2023 (Agency) - Yesterday, a meeting was held."
    >>> [d.value for d in _past_dateline(text, find_dates(text, "2023-03-14"))]
    ['2023-03-13']
    >>> text = "MINSK, 14.03.2023 (Agency) - A meeting was held."
    >>> [d.value for d in _past_dateline(text, find_dates(text, "2023-03-14"))]
    ['2023-03-14']
    """
    if len(dates) < 2 or not _DATELINE_HEAD.match(text[:dates[0].start]) \
            or not _DATELINE_TAIL.match(text[dates[0].end:]):
        return dates
    return dates[1:]


# a dateline around its date: "MINSK, " or "YEREVAN, Armenia, " before it, and " (Agency) -",
# ", Agency -" or " -" after it
_DATELINE_HEAD = re.compile(r"\s*[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2},(?:\s*[A-Z][\w'’.-]*,)?\s*$")
_DATELINE_TAIL = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s*[\w .-]{1,30}?)?\s*(?:–|—|-{1,2})\s")


def _outside_other_times(text: str, dates, t_start: int):
    """The dates of a sentence but those of a clause that tells the time of another event
    (``other_time`` in ``ontology/events.yaml``; :func:`_other_time_clauses`): in "the summit,
    which was preceded by talks of the ministers on Wednesday" Wednesday is the talks' day, and
    the summit keeps its own date; in "Ahead of the session on Friday, A and B held talks" the
    talks are not on Friday.

    >>> from csto_graph.corpus.dates import find_dates
    >>> text = "The summit opened, preceded by talks of the ministers on Wednesday."
    >>> _outside_other_times(text, find_dates(text, "2023-11-24"), text.index("summit"))
    []
    """
    if not dates:
        return dates
    clauses = _other_time_clauses(text, t_start)
    return [d for d in dates if not any(a <= d.start < b for a, b in clauses)]


def _other_time_clauses(text: str, t_start: int) -> list[tuple[int, int]]:
    """Spans of the clauses opened by ``other_time`` words: after the trigger at ``t_start``,
    each to the end of the sentence; before it, each to the comma, semicolon or trigger that
    ends it ("Ahead of the session on Friday, the ministers held talks": Friday is the
    session's day, not the talks').

    >>> text = "Ahead of the session on Friday, the ministers held talks."
    >>> _other_time_clauses(text, text.index("talks"))
    [(0, 30)]
    """
    pattern = _other_time_pattern()
    if pattern is None:
        return []
    spans = []
    for m in pattern.finditer(text):
        if m.start() > t_start:
            spans.append((m.start(), len(text)))
        else:
            stop = _CLAUSE_STOP.search(text, m.end(), t_start)
            spans.append((m.start(), stop.start() if stop else t_start))
    return spans


_CLAUSE_STOP = re.compile(r"[,;]")


@lru_cache(maxsize=1)
def _other_time_pattern() -> re.Pattern[str] | None:
    openers = "|".join(map(re.escape, cues().other_time))
    return re.compile(rf"\b(?:{openers})\b", re.IGNORECASE) if openers else None


def _by_sentence(pairs) -> dict[int, list]:
    """``(sentence index, item)`` pairs -> the items of each sentence, in their order."""
    out: dict[int, list] = {}
    for index, item in pairs:
        out.setdefault(index, []).append(item)
    return out


def is_current(date: str | None, anchor: str | None, days: int = 7) -> bool:
    """An event date the article reports as news, not a past reference.

    Later sentences that do not give a date of their own add to the last current event;
    "following talks ... in June of this year" in a December article is a past reference.

    >>> is_current("2021-12-05", "2021-12-08"), is_current("2021-06", "2021-12-08")
    (True, False)
    """
    import datetime as dt

    if not date or not anchor or len(anchor) < 10:
        return True
    first = dt.date.fromisoformat((date + "-01-01")[:10] if len(date) < 10 else date)
    return first >= dt.date.fromisoformat(anchor) - dt.timedelta(days=days)


@lru_cache(maxsize=1)
def _delegation_pattern() -> re.Pattern[str]:
    """A delegation, who heads it and the verb that lists its members ("The delegation headed
    by A includes also B and C"; ``delegation`` in ``ontology/events.yaml``), in one clause."""
    spec = load_yaml("events.yaml").get("delegation") or {}
    if not all(spec.get(key) for key in ("words", "heads", "members")):
        return re.compile(r"(?!)")
    return re.compile(rf"\b{_alternation(spec['words'])}\b[^.;:]*?\b(?P<head>{_alternation(spec['heads'])})\b"
                      rf"[^.;:]*?\b(?P<members>{_alternation(spec['members'])})\b", re.IGNORECASE)


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


def _title_start(person: PersonMention, sent_start: int) -> int:
    """Where a person's mention begins in its sentence: at its title before the name, if any."""
    start = person.start - sent_start
    return min([t.start - sent_start for t in person.posts if 0 <= t.start - sent_start < start], default=start)


def _heard_from(head: str) -> bool:
    """``head`` (a sentence up to a speaker's title or name) ends in another's report of speech:
    a reporting verb and "that" right before the speaker ("Agency X reports that the Minister Y
    said that he had good relations with Z"): what Y said is reported from elsewhere, no speech
    at the event being told (in a sentence that tells no event of its own).

    >>> _heard_from("Agency X reports that the "), _heard_from("At the meeting, ")
    (True, False)
    """
    verbs = _alternation(str(v).lower() for v in cues().reporting_verbs)
    return re.search(rf"\b{verbs}\s+that\s+(?:the\s+)?$", head.lower()) is not None


def _joins(text: str) -> bool:
    """A sentence that adds people to the event being told ("meetings with", "attended")."""
    return any(_find(p, text) for p, role in cues().before + cues().after if role == "participant")
