"""When an event was: the dates a sentence gives it (:func:`sentence_dates`, yearless days
taking the page's year), the clauses that tell another event's time ("after the summit of
2019", "until ..."), datelines of a past report, and whether a date is the page's own
(:func:`is_current`)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..corpus.dates import FULL_SHAPES, YEARLESS_SHAPES, find_dates
from ..corpus.sentences import split_sentences
from ..corpus.years import FIRST_YEAR, past_years, present_year, years_told
from ..models import Sentence
from ..vocab.resources import load_yaml
from ..vocab.words import words
from .syntax import syntax_words
from .event_cues import alternation, any_word, cues, find_phrase


@lru_cache(maxsize=1)
def _document_date() -> re.Pattern[str]:
    """A date that names a document ("the Agreement ... of 15 May 1992"), not an event."""
    names = "|".join(map(re.escape, cues().document_words))
    return re.compile(rf"\b(?:{names})\b[^.;]*\bof\s*$")


def sentence_dates(sent: Sentence, anchor: str | None, page_year: str | None = None, guessed: bool = False):
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
def period_opener() -> re.Pattern[str]:
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


def year_of_page(text: str) -> str | None:
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
    triggers = any_word(tuple(t for t, _ in cues().triggers))
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


@lru_cache(maxsize=1)
def _past_occasion_pattern() -> re.Pattern[str]:
    words_before = load_yaml("events.yaml").get("past_occasion") or ()
    if not words_before:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:the|its|their|his|her)\s+{alternation(words_before)}\s+(?:[\w-]+\s+){{0,2}}$",
                      re.IGNORECASE)


def past_occasion(head: str) -> bool:
    """``head`` (a sentence up to a trigger) names the event as one held before the report by a
    ``past_occasion`` word before its noun ("during the last meeting", "at their previous
    joint session").

    >>> past_occasion("It was discussed during the last "), past_occasion("At their previous joint ")
    (True, True)
    >>> past_occasion("The last day of the "), past_occasion("During the ")
    (False, False)
    """
    return _past_occasion_pattern().search(head[-80:]) is not None


def opens_with_own_day(text: str) -> bool:
    """The sentence opens with a day of its own ("On 12 February, ..."), whether or not its
    year is known.

    >>> opens_with_own_day("On 12 February, a briefing was held."), opens_with_own_day("It was held on 12 May.")
    (True, False)
    """
    opener = re.match(r"\s*(\w+)\s", text)
    if opener is None or opener.group(1) not in words().date_openers:
        return False
    return bool(find_dates(text[:40], "2000-01-01"))  # any year: only whether a day is named


def tells_lasting(low: str, start: int, end: int) -> bool:
    """The plan word at [start, end) of a sentence (lower case) tells how long an event that
    the sentence says happened lasts: a ``lasting`` verb right after it, a ``happening`` cue
    before it ("the exercises began saturday ... and are scheduled to run through wednesday").

    >>> tells_lasting("the drills began on monday and are scheduled to run until friday.", 35, 44)
    True
    >>> tells_lasting("the drills are scheduled to run until friday.", 15, 24)
    False
    """
    c = cues()
    return any_word(c.lasting, r"\s+").match(low, end) is not None and \
        any_word(c.happening).search(low[:start]) is not None


UNTIL = re.compile(r"\b(?:until|till|through|to)\s*$", re.IGNORECASE)


def outside_future_asides(text: str, dates, aside: list[tuple[int, int]]):
    """The dates of a sentence but those of a relative clause (``aside``, not holding the
    trigger) told in the future: in "The opening of the drills, which will last until 29
    October, was held at the range" the 29th is when the drills end, not the day of what was
    held; a clause in the past keeps its date (its event: :func:`_aside_events`).

    >>> from csto_graph.corpus.dates import find_dates
    >>> from csto_graph.extract.event_cues import relative_clauses
    >>> text = "The opening of the drills, which will last until 29 October, was held on Monday."
    >>> [d.value for d in outside_future_asides(text, find_dates(text, "2023-10-21"), relative_clauses(text))]
    ['2023-10-16']
    """
    future = [(a, b) for a, b in aside if _tells_future(text[a:b].lower())]
    return [d for d in dates if not any(a <= d.start < b for a, b in future)] if future else dates


def _tells_future(low: str) -> bool:
    """A clause with a future auxiliary or a ``future_cues`` phrase ("which will last until ...")."""
    return any(find_phrase(w, low, low) for w in syntax_words().future) or \
        any(find_phrase(f, low, low) for f in cues().future)


def past_dateline(text: str, dates):
    """The dates of a sentence but the one of a dateline that opens it, when the sentence
    gives one of its own ("MINSK, 14.03.2023 (Agency) - Yesterday, a meeting was held": the
    dateline dates the report, "yesterday" the meeting).

    >>> from csto_graph.corpus.dates import find_dates
    >>> text = "MINSK, 14.03.2023 (Agency) - Yesterday, a meeting was held."
    >>> [d.value for d in past_dateline(text, find_dates(text, "2023-03-14"))]
    ['2023-03-13']
    >>> text = "MINSK, 14.03.2023 (Agency) - A meeting was held."
    >>> [d.value for d in past_dateline(text, find_dates(text, "2023-03-14"))]
    ['2023-03-14']
    >>> text = "Minsk, (Agency - 19th May, 2025) The ministers visited the park on May 18."
    >>> [d.value for d in past_dateline(text, find_dates(text, "2025-05-19"))]
    ['2025-05-18']
    """
    if len(dates) < 2:
        return dates
    head, tail = text[:dates[0].start], text[dates[0].end:]
    if _DATELINE_HEAD.match(head) and _DATELINE_TAIL.match(tail):
        return dates[1:]
    if _CREDIT_OPEN.match(head) and re.match(r"\s*\)", tail):
        return dates[1:]  # "Bishkek, (Agency - 19th May, 2025) X visited the park on May 18"
    return dates


# a dateline's city and the opening of its credit in brackets, before the credit's date:
# "Bishkek, (Agency - " of "Bishkek, (Agency - 19th May, 2025) ..."
_CREDIT_OPEN = re.compile(r"\s*[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2},?\s*\([^()]{1,60}[-–—,]\s*$")
# a dateline around its date: "MINSK, " or "YEREVAN, Armenia, " before it, and " (Agency) -",
# ", Agency -" or " -" after it
_DATELINE_HEAD = re.compile(r"\s*[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2},(?:\s*[A-Z][\w'’.-]*,)?\s*$")


_DATELINE_TAIL = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s*[\w .-]{1,30}?)?\s*(?:–|—|-{1,2})\s")


def outside_other_times(text: str, dates, t_start: int):
    """The dates of a sentence but those of a clause that tells the time of another event
    (``other_time`` in ``ontology/events.yaml``; :func:`other_time_clauses`): in "the summit,
    which was preceded by talks of the ministers on Wednesday" Wednesday is the talks' day, and
    the summit keeps its own date; in "Ahead of the session on Friday, A and B held talks" the
    talks are not on Friday.

    >>> from csto_graph.corpus.dates import find_dates
    >>> text = "The summit opened, preceded by talks of the ministers on Wednesday."
    >>> outside_other_times(text, find_dates(text, "2023-11-24"), text.index("summit"))
    []
    """
    if not dates:
        return dates
    clauses = other_time_clauses(text, t_start)
    return [d for d in dates if not any(a <= d.start < b for a, b in clauses)]


def other_time_clauses(text: str, t_start: int) -> list[tuple[int, int]]:
    """Spans of the clauses opened by ``other_time`` words: after the trigger at ``t_start``,
    each to the end of the sentence; before it, each to the comma, semicolon or trigger that
    ends it ("Ahead of the session on Friday, the ministers held talks": Friday is the
    session's day, not the talks').

    >>> text = "Ahead of the session on Friday, the ministers held talks."
    >>> other_time_clauses(text, text.index("talks"))
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
