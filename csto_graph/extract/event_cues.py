"""What a sentence of an article tells: the cues of ``ontology/events.yaml`` (:func:`cues`), the
trigger of an event (:func:`find_trigger`: "met with", "session", "was received by", not a word
of a compound, a quotation or a plan), the phrases of a plan, and whether a sentence reports speech.

The reader of :mod:`csto_graph.extract.events` asks these of each sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..vocab.event_kinds import same_occasion
from ..vocab.resources import load_yaml


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
    target_links: tuple[str, ...] = ()  # "an operation against X": X is aimed at, takes no part
    matter_nouns: frozenset[str] = frozenset()  # "the issue involving X": X is discussed (not for places)
    possessed_matters: frozenset[str] = frozenset()  # "C's recall": C is discussed (possessed_matter)
    report_subjects: tuple[str, ...] = ()  # "with a report on ...": what a report is on (subject_matter)
    one_by_one: tuple[str, ...] = ()  # "held a number of meetings": one subject's encounters, each apart
    first_person: frozenset[str] = frozenset()  # "we", "our": a quotation of speech, not of a report
    telling: tuple[tuple[str, str], ...] = ()  # (phrase, type): "A told B that ..." (_person_told)
    addressee_words: frozenset[str] = frozenset()  # what may stand between "told" and the person told
    sequence: tuple[str, ...] = ()  # framing cues of a time before or after the frame (_told_beside)
    grammar: dict = field(default_factory=dict)  # connector words of the event grammar -> alternation
    other_occasion: tuple[str, ...] = ()  # "another exercise in X": X is the other one's place (_another_occasion)
    apart_kinds: tuple[str, ...] = ()  # kinds whose place no sentence of another kind gives (_tells_main_kind)
    lasting: tuple[str, ...] = ()  # after a plan word: how long a begun event lasts (tells_lasting)


def alternation(phrases) -> str:
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
                target_links=tuple(data.get("target_links", ())),
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
                grammar={key: alternation(data[key]) for key in ("partner_words", "clause_joiners", "body_links",
                                                               "holding_verbs", "venue_links", "place_links",
                                                               "capital_links", "plan_attributes",
                                                               "plan_phrase_ends", "plan_subject_verbs",
                                                               "place_relatives", "venue_city_links")})


@lru_cache(maxsize=None)
def _word(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=None)
def lead_pattern(phrase: str, prefix: str = "") -> re.Pattern[str]:
    """``phrase`` as the first words after blanks (and an optional ``prefix``)."""
    return re.compile(rf"\s*{prefix}{re.escape(phrase)}\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def any_word(phrases: tuple[str, ...], lead: str = r"\b") -> re.Pattern[str]:
    """One pattern for "any of ``phrases`` as a whole word" after ``lead`` (what
    ``any(re.search(lead + escape(p) + r"\b", text) for p in phrases)`` asks, compiled once;
    no phrase: never)."""
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(lead + alternation(phrases) + r"\b")


def find_phrase(phrase: str, text: str, low: str | None = None) -> list[re.Match[str]]:
    """Whole-word, case-blind matches of ``phrase``; ``low`` is ``text.lower()`` when the
    caller has it (a substring test skips the regular expression for most phrases)."""
    if phrase.lower() not in (text.lower() if low is None else low):
        return []
    return list(_word(phrase).finditer(text))


@lru_cache(maxsize=1)
def framing_pattern() -> re.Pattern[str]:
    """"On the sidelines of the session, A and B held a bilateral meeting": the event named
    after a ``framing`` cue (``ontology/events.yaml``) is the frame, not the event."""
    cue = "|".join(re.escape(f) for f in cues().framing)
    return re.compile(rf"\b(?i:{cue})\s+(?:the\s+)?[^,;]{{0,80}}?(?=,|;|$|\s+(?:[A-Z]|held|met|had|was|were)\b)")


def subject_matter(text: str, low: str) -> list[tuple[int, int]]:
    """The part of a sentence that says what a statement or message is about (see
    ``about`` in ``ontology/events.yaml``), or what a report is on (``report_subjects``), as a
    span no trigger may come from.

    >>> text = "He expressed condolences in connection with the death of servicemen during an exercise."
    >>> span, = subject_matter(text, text.lower()); text[span[0]:span[0] + 18]
    'in connection with'
    >>> subject_matter("The meeting was held in connection with the summit.", "the meeting was held in connection with the summit.")
    []
    """
    c = cues()
    for phrase in c.reported:
        for m in find_phrase(phrase, text, low):
            frame = _told_when().match(text, m.end())
            return [(frame.end() if frame else m.start(), len(text))]
    for phrase, _ in c.telling:  # "A told B on 12 October that the summit is planned for 2 December"
        for m in find_phrase(phrase, text, low):
            told = _TOLD_THAT.match(text, m.end())
            if told is not None:
                return [(told.start("that"), len(text))]
    for phrase in c.about:
        for m in find_phrase(phrase, text, low):
            head = low[:m.start()]
            if any(find_phrase(word, head, head) for word in c.non_events):
                return [(m.start(), len(text))]
    for phrase in c.report_subjects:  # "X addressed the participants with a report on ... training"
        for m in find_phrase(phrase, text, low):
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
        if phrase_low not in low:  # (what find_phrase tests first)
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


def first_trigger(text: str, masked, framing, people):
    """The sentence's trigger outside ``masked``: one outside the ``framing`` spans ("On the
    sidelines of the session, A and B held a meeting": the meeting) first, else any."""
    return (framing and find_trigger(text, masked + framing, people)) or find_trigger(text, masked, people)


def plan_phrases(text: str, masked, people) -> list[tuple[int, int]]:
    """Spans of the phrases that name a planned event by a plan word before its noun ("the
    upcoming meeting of the Council", ``plan_attributes`` in ``ontology/events.yaml``), to a
    stop or a ``plan_phrase_ends`` word; only those that hold a trigger.

    >>> text = "A discussed the upcoming meeting of the Council during talks with B."
    >>> [text[a:b] for a, b in plan_phrases(text, [], [])]
    ['upcoming meeting of the Council']
    >>> plan_phrases("The next day, A met B.", [], [])
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
    single = single_word_triggers()
    return re.sub(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b",
                  lambda m: m.group(0).replace("-", " ") if all(part.lower() in single for part in m.group(0).split("-"))
                  else m.group(0), text)


@lru_cache(maxsize=1)
def single_word_triggers() -> frozenset[str]:
    """The triggers of one word ("session", "talks"), as ``ontology/events.yaml`` writes them."""
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
def auxiliary() -> str:
    """Adverbs and auxiliaries between a name and its verb, as a regex prefix."""
    return r"(?:(?:" + "|".join(re.escape(a) for a in cues().adverbs) + r")\s+)*"


def reports_speech(text: str) -> bool:
    """The sentence reports what someone says ("says", "told", "according to")."""
    low = text.lower()
    return any_word(cues().reporting_verbs).search(low) is not None


def relative_clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the relative clauses set off by commas after a name (", who arrived on
    Monday,"), the first comma also inside a closing quote (the drills "Shield 2023," which
    ...): what they tell has its own time.

    >>> relative_clauses('The drills "Shield," which will last a week, opened.')
    [(18, 44)]
    """
    pronouns = "|".join(map(re.escape, cues().relative_pronouns))
    if not pronouns:
        return []
    return [(m.start(), m.end()) for m in re.finditer(rf",[\"”’]?\s*(?:{pronouns})\b[^,;]*,", text)]
