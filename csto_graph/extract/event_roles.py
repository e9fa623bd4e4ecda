"""Who takes part in an event, and in what role: the role a sentence gives a named person
(:func:`role_of`: "chaired by", "took part", "was absent"), the spokesmen and aides who report
an event for others (:func:`reporters`), the speaker of a quoted or reported speech, the credit
of a photograph, and a person who is only the matter discussed ("the issue of X")."""
from __future__ import annotations

import re
from functools import lru_cache

from ..models import PersonMention, Sentence
from ..vocab.resources import load_yaml
from ..vocab.words import words
from .event_cues import (
    Cues, alternation, any_word, auxiliary, cues, find_phrase, lead_pattern, reports_speech
)


def _is_reporter(person: PersonMention, text: str, end: int) -> bool:
    """A spokesman or an aide: by a title, or by an appositive after the name."""
    appositive = re.match(r"\s*,\s*([^,;.]{0,90}),", text[end:])
    titles = " ".join([t.post.lower() for t in person.posts] + ([appositive.group(1).lower()] if appositive else []))
    return any_word(cues().reporter_posts).search(titles) is not None


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


@lru_cache(maxsize=1)
def speech_at() -> tuple[re.Pattern[str], frozenset[str]]:
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
    pattern = re.compile(rf"\b(?:{alternation(str(v).lower() for v in verbs)}((?:\s+[\w'’-]+){{0,4}}?)\s+"
                         rf"{alternation(str(o).lower() for o in occasions)}\s|"
                         rf"{alternation(str(v).lower() for v in told)}\s+(?:a|an|the)(?:\s+[\w'’-]+){{0,2}}?\s+"
                         rf"{alternation(nouns)}\b)(?![^;]*\bthat\b)[^;]*$")
    return pattern, frozenset(str(w).lower() for w in spec.get("not_then", ()))


def speech_tail(text: str, people, sent_start: int, low: str | None = None) -> int | None:
    """Where what is said ends in a sentence told as "CONTENT, SPEAKER VERB at OCCASION" (the
    offset of the comma before the speaker or the speaker's title), else None. The speaker is
    a person named right before the verb (an appositive may stand between); the words between
    the verb and the occasion word say no other time (``not_then``). ``low``: the text in lower
    case, if the caller has it.

    >>> p = PersonMention("Ivan Petrov", "Ivan Petrov", 43, 54, 0)
    >>> speech_tail("Drills will be held in the spring, General Ivan Petrov told reporters after the talks.",
    ...              [(0, p)], 0)
    33
    >>> speech_tail("Drills will be held in the spring, General Ivan Petrov said earlier at the talks.",
    ...              [(0, p)], 0) is None
    True
    """
    pattern, not_then = speech_at()
    m = pattern.search(text.lower() if low is None else low)
    if m is None or set((m.group(1) or "").split()) & not_then:
        return None
    for _, p in people:
        start, end = p.start - sent_start, p.end - sent_start
        if not 0 < start < end <= m.start() or not re.fullmatch(r"\s*(?:,[^,]{0,90},|,)?\s*" + auxiliary() + r"\s*",
                                                               text[end:m.start()]):
            continue
        titled = min([t.start - sent_start for t in p.posts if 0 <= t.start - sent_start < start], default=start)
        comma = text.rfind(",", 0, titled)
        return comma if comma > 0 and text[:comma].strip() else None
    return None


def role_after(tail: str, c: Cues) -> str | None:
    """The role the first ``after`` cue (maybe after an auxiliary) that ``tail`` opens with gives."""
    low_tail = tail.lower()
    for phrase, role in c.after:
        if phrase.lower() in low_tail and lead_pattern(phrase, auxiliary()).match(tail):
            return role
    return None


def possessed_matter(after: str, c: Cues) -> bool:
    """The name (``after``: the text right after it) stands in the possessive before a matter
    (``possessed_matters``, at most two words between: "X's early recall"), so it is what is
    discussed.

    >>> possessed_matter("’s recall.", cues()), possessed_matter("'s three-day visit", cues())
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
    if any(a.lower() in low_tail and lead_pattern(a).match(tail) for a in c.absent):
        return None
    if _negated().search(text[:start]):  # "neither Prime Minister X, nor other officials have participated"
        return None
    if _credited(text[:start]):  # "... during the meeting. © Agency / X": who took the photo
        return None
    role = role_after(tail, c)
    if role is not None:
        return role
    second = re.match(r"\s*[A-Z][^,]{0,110},", tail) if appositive else None
    if second is not None:  # a second title set off ("X, Chief of the Staff, First Deputy Minister, took over")
        at = end + appositive.end() + second.end()
        role = role_after(text[at:at + 80], c)
        if role is not None:
            return role
    head = text[:start]
    low_head = head.lower()
    best: tuple[int, str] | None = None
    for phrase, role in c.before:
        for m in find_phrase(phrase, head, low_head):
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


@lru_cache(maxsize=1)
def _target() -> re.Pattern[str]:
    """A ``target_links`` word and at most three words at the end of a text."""
    links = "|".join(re.escape(n) for n in cues().target_links) or r"(?!)"
    return re.compile(rf"\b(?i:{links})\s+(?:[\w'’-]+\s+){{0,3}}$")


def targeted(head: str) -> bool:
    """The name (or its title) after ``head`` is what an action is aimed at ("an operation
    launched against a group of "): no one at the event.

    >>> targeted("the operation launched against a group of "), targeted("the talks with ")
    (True, False)
    """
    return bool(_target().search(head[-80:]))


def topic_before(head: str) -> bool:
    """The name (or its title) after ``head`` is what a topic is about ("the situation around
    X was discussed"): someone discussed, not someone at the event.

    >>> topic_before("The situation around "), topic_before("The talks with ")
    (True, False)
    >>> topic_before("X raised the issue involving ")
    True
    """
    return bool(_topic().search(head[-80:]))


def quoted_report(text: str, quotes: list[tuple[int, int]], named: list[tuple[int, int]]
                   ) -> tuple[int, int] | None:
    """The quotation a sentence opens with when it quotes a report of others, not speech: it
    names someone in full (a span of ``named``) and says no "we" or "I" (``first_person`` in
    ``ontology/events.yaml``), and a reporting verb follows it ("\"Ivan Petrov arrived in
    Minsk on a visit on Monday,\" the ministry said"). What it tells is read as the text's.

    >>> text = '"Ivan Petrov arrived in Minsk on a visit," the ministry said.'
    >>> quoted_report(text, [(0, 42)], [(1, 12)])
    (0, 42)
    >>> text = '"We met Ivan Petrov in Minsk," he said.'
    >>> quoted_report(text, [(0, 30)], [(8, 19)]) is None
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


def pictured(low: str) -> bool:
    """The sentence (lower case) holds a picture's credit (``credits``): it is a caption the
    page left in its text ("A and B attend a news conference in Minsk, 17 May 2022 © Agency /
    C"), which tells the moment pictured, not the event the sentences after it tell.

    >>> pictured("a and b attend a news conference in minsk. © agency / c"), pictured("a met b.")
    (True, False)
    """
    return any(c in low for c in cues().credits)


@lru_cache(maxsize=1)
def _negated() -> re.Pattern[str]:
    """A name right after "neither" or "nor" (its title between): someone who did not come."""
    words_before = "|".join(map(re.escape, cues().negations))
    return re.compile(rf"\b(?i:{words_before})\s+(?:(?:the|[A-Z][\w'’.-]*)\s+){{0,6}}$") \
        if words_before else re.compile(r"(?!)")


def speaker_label(text: str, sent_people, sent_start: int) -> int | None:
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


def addressed(text: str, sent_people, sent_start: int) -> list[int]:
    """The people a speaker addresses ("Mr Petrov, you have the floor"; "and you, Mr
    Petrov, for your work"): an honorific before the name and a comma or a stop after it."""
    honorifics = "|".join(map(re.escape, words().address_honorifics))
    out = []
    for k, p in sent_people:
        start, end = p.start - sent_start, p.end - sent_start
        if re.search(rf"\b(?:{honorifics})\.?\s+$", text[:start]) and re.match(r"\s*[,.!?]", text[end:]):
            out.append(k)
    return out


def start_of_title(person: PersonMention, sent_start: int) -> int:
    """Where a person's mention begins in its sentence: at its title before the name, if any."""
    start = person.start - sent_start
    return min([t.start - sent_start for t in person.posts if 0 <= t.start - sent_start < start], default=start)


def heard_from(head: str) -> bool:
    """``head`` (a sentence up to a speaker's title or name) ends in another's report of speech:
    a reporting verb and "that" right before the speaker ("Agency X reports that the Minister Y
    said that he had good relations with Z"): what Y said is reported from elsewhere, no speech
    at the event being told (in a sentence that tells no event of its own).

    >>> heard_from("Agency X reports that the "), heard_from("At the meeting, ")
    (True, False)
    """
    verbs = alternation(str(v).lower() for v in cues().reporting_verbs)
    return re.search(rf"\b{verbs}\s+that\s+(?:the\s+)?$", head.lower()) is not None
