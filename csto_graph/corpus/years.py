"""The year of a page that prints a day and a month but no year, from hard evidence only.

A page may print "BISHKEK, September 17" and never its year. Guessing the year from the
years the text mentions was measured and rejected (a "2016 session" recalled on a 2017
page); what is used here holds in one year only:

- a weekday with the day and month ("Wednesday, 17 September"; a dateline's day and "on
  Wednesday" in the sentence it opens): a day and a month fall on a given weekday in a few
  years only, and within the years the page allows (:func:`year_range`: not before the
  latest year it names as past, nor before :data:`FIRST_YEAR`, nor after the earliest year
  it names as ahead, "for 2016", or the present) a single candidate dates it
  (:func:`weekday_year`);
- a year in the name of an exercise or an event ("Rubezh-2021", "the Rubezh 2025
  exercises"), in the sentence that gives the day and month (:func:`name_years`).

>>> weekday_year(2, 9, 17, range(2020, 2027))  # a Wednesday, 17 September since 2020
2025
>>> weekday_year(3, 4, 2, range(2002, 2027)) is None  # a Thursday, 2 April: 2009, 2015, 2020
True
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..vocab.words import words

FIRST_YEAR = 2002  # the Organization's charter: no page about it is dated before


def present_year() -> int:
    """This year: no page is dated after it (the upper end of :func:`year_range`)."""
    return dt.date.today().year


def weekday_years(weekday: int, month: int, day: int, years: range) -> list[int]:
    """The years of ``years`` in which ``day`` ``month`` is a ``weekday`` (0 = Monday).

    >>> weekday_years(1, 9, 7, range(2002, 2027))  # Tuesday, 7 September
    [2004, 2010, 2021]
    >>> weekday_years(0, 2, 29, range(2002, 2027))  # Monday, 29 February
    [2016]
    """
    out = []
    for year in years:
        try:
            if dt.date(year, month, day).weekday() == weekday:
                out.append(year)
        except ValueError:
            continue  # 29 February of a common year
    return out


def weekday_year(weekday: int, month: int, day: int, years: range) -> int | None:
    """The one year of ``years`` in which ``day`` ``month`` is a ``weekday``, else None."""
    found = weekday_years(weekday, month, day, years)
    return found[0] if len(found) == 1 else None


_YEAR = re.compile(r"(?<![\w\-–/.])(?P<y>(?:19|20)\d\d)(?![\w\-–/])")


def years_told(text: str) -> list[tuple[int, str]]:
    """Each year of ``text`` but those of a period ("2019-2020", "2026–2030"), with how it is
    named: ``"ahead"`` after a word that looks ahead ("for 2016", "until 2030", "by the end of
    2014"; ``ahead_of_year`` in ``ontology/words.yaml``), ``"plan"`` elsewhere in a sentence
    that tells a plan (``future_cues`` in ``ontology/events.yaml``: "plans to discuss the
    decisions of the 2016 session" names a past year there, so such a year bounds nothing),
    else ``"past"``.

    >>> years_told("The Council met in 2015 and set the tasks until 2030. The plan for 2019-2020.")
    [(2015, 'past'), (2030, 'ahead')]
    """
    ahead = re.compile(r"\b(?:" + "|".join(map(re.escape, words().ahead_of_year)) + r")\s+$", re.IGNORECASE)
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        low = sentence.lower()
        planned = any(re.search(rf"\b{re.escape(cue)}\b", low) for cue in _future_cues())
        for m in _YEAR.finditer(sentence):
            if re.match(r"\s*[-–]\s*(?:19|20)?\d\d\b", sentence[m.end():]) or \
                    re.search(r"(?:19|20)\d\d\s*[-–]\s*$", sentence[:m.start()]):
                continue
            how = "ahead" if ahead.search(sentence[:m.start()]) else "plan" if planned else "past"
            out.append((int(m["y"]), how))
    return out


def past_years(text: str) -> list[int]:
    """The years ``text`` names as past: every year but those of a period ("2019-2020",
    "2026–2030"), after a word that looks ahead ("for 2016", "until 2030", "by the end of
    2014"; ``ahead_of_year`` in ``ontology/words.yaml``), or in a sentence that tells a plan
    (``future_cues`` in ``ontology/events.yaml``).

    >>> past_years("The Council met in 2015. The plan for 2016 was adopted. The strategy for 2026-2030.")
    [2015]
    >>> past_years("The troops will be withdrawn by the end of 2014. It is expected to meet in 2019.")
    []
    """
    return [year for year, how in years_told(text) if how == "past"]


@lru_cache(maxsize=1)
def _future_cues() -> tuple[str, ...]:
    from ..vocab.resources import load_yaml

    return tuple(load_yaml("events.yaml")["future_cues"])


def year_range(text: str, present: int | None = None) -> range:
    """The years a page may be of: from the latest year it names as past (or
    :data:`FIRST_YEAR`) to the earliest year it names as ahead (or ``present``, this year by
    default); empty when the two disagree (a page whose years cannot all be read so is no
    evidence).

    >>> year_range("The exercise of 2021 was held.", present=2026)
    range(2021, 2027)
    >>> year_range("No year here.", present=2026)
    range(2002, 2027)
    >>> year_range("The results of 2024 and the tasks for 2025 were discussed.", present=2026)
    range(2024, 2026)
    """
    high = present if present is not None else present_year()
    told = [(y, how) for y, how in years_told(text) if y <= high]
    low = max([FIRST_YEAR, *(y for y, how in told if how == "past")])
    high = min([high, *(y for y, how in told if how == "ahead" and y >= FIRST_YEAR)])
    return range(low, high + 1)


@lru_cache(maxsize=1)
def _name_year() -> re.Pattern[str]:
    """A year in a name: glued by a hyphen ("Rubezh-2021", "Interaction-2014"), or after a
    capitalised name, maybe quoted, that a word of ``named_event_words`` follows ("the Rubezh
    2025 command and staff exercises", "the "Rubezh 2025" drills") or comes right before ("the
    exercise Rubezh 2025", "the peacekeeping exercise, Rubezh 2025,")."""
    event = "|".join(map(re.escape, words().named_event_words))
    name = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
    return re.compile(rf"\b{name}-(?P<y1>(?:19|20)\d\d)\b(?![-–]\d)"
                      rf"|\b{name} (?P<y2>(?:19|20)\d\d)\b[\"”»]?(?=(?:\s+[\w’'-]+){{0,4}}?\s+(?i:{event})\b)"
                      rf"|\b(?i:{event}),?\s+[\"“«]?{name} (?P<y3>(?:19|20)\d\d)\b(?![-–]\d)")


def name_years(text: str, present: int | None = None) -> list[int]:
    """The years named in the names of exercises and events of ``text``, not after ``present``.

    >>> name_years("The Rubezh 2025 command and staff exercises began. The exercise Search-2018 ended.")
    [2025, 2018]
    >>> name_years("The Moscow 2019 statement. The strategy Kazakhstan-2050.", present=2026)
    []
    """
    high = present if present is not None else present_year()
    return [y for y in (int(m["y1"] or m["y2"] or m["y3"]) for m in _name_year().finditer(text)) if y <= high]


@lru_cache(maxsize=1)
def _anniversaries() -> tuple[tuple[str, int], ...]:
    """(phrase, year of the founding) of ``ontology/anniversaries.yaml``, the longest phrase first."""
    from ..vocab.resources import load_yaml

    data = load_yaml("anniversaries.yaml")
    return tuple(sorted(((str(k).lower(), int(v)) for k, v in data.items()), key=lambda kv: -len(kv[0])))


_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})\s?(?:st|nd|rd|th)\s+anniversary\s+of\s+(?=(?P<tail>[^.;:!?]{0,100}))",
                          re.IGNORECASE)
ANNIVERSARY_WORDS = 6  # the founding is named right after "anniversary of": "the Soviet Union's victory over"


def anniversary_years(text: str, present: int | None = None) -> list[int]:
    """The years of the anniversaries ``text`` marks of a founding that ``ontology/anniversaries.yaml``
    dates ("the 25th anniversary of the Collective Security Treaty": 1992 + 25), not before
    :data:`FIRST_YEAR` nor after ``present``.

    >>> anniversary_years("dedicated to the 20 th anniversary of signing of the Collective Security Treaty "
    ...                   "and 10 th anniversary of CSTO. A statement on the 70th anniversary of the victory.")
    [2012, 2012, 2015]
    >>> anniversary_years("The 30th anniversary of the school was marked.")
    []
    """
    high = present if present is not None else present_year()
    out = []
    for m in _ANNIVERSARY.finditer(text):
        head = " ".join(re.split(r"\band\b|\banniversary\b|,", m["tail"])[0].lower().split()[:ANNIVERSARY_WORDS])
        year = next((founded for phrase, founded in _anniversaries() if re.search(rf"\b{re.escape(phrase)}\b", head)),
                    None)
        if year is not None and FIRST_YEAR <= year + int(m["n"]) <= high:
            out.append(year + int(m["n"]))
    return out


def year_of_day(month: int, day: int, text: str, lead: str = "", weekday: int | None = None,
                present: int | None = None) -> tuple[int, str] | None:
    """The year of ``day`` ``month`` on a page of ``text``, with how it was found, or None.

    ``weekday`` is the weekday printed with the day (0 = Monday); ``lead`` the report's opening
    sentences, which give the day (a year in the name of the exercise they tell is the day's
    year, unless the page names a later year as past: then the exercise is one recalled). Each found year is
    ``(year, "weekday")`` or ``(year, "event-name")``; when both are found they must agree, and
    a named year must fall on the printed weekday.

    >>> year_of_day(9, 7, "The exercise began on Tuesday.", lead="On September 7, Rubezh-2021 opened.")
    (2021, 'event-name')
    >>> year_of_day(9, 17, "Troops met in 2024.", weekday=2, present=2026)
    (2025, 'weekday')
    >>> year_of_day(9, 17, "Troops met.", lead="Rubezh-2024 began.", weekday=2, present=2026) is None  # a Tuesday
    True
    """
    found: list[tuple[int, str]] = []
    named = set(name_years(lead, present))
    if len(named) != 1 and weekday is None:
        return None
    years = year_range(text, present)  # read once: both the name's and the weekday's test it
    if len(named) == 1 and min(named) >= years.start:  # not a past exercise recalled
        year = named.pop()
        if weekday is not None and year not in weekday_years(weekday, month, day, range(year, year + 1)):
            return None  # the name and the weekday disagree
        found.append((year, "event-name"))
    if weekday is not None:
        year = weekday_year(weekday, month, day, years)
        if year is None:  # several years fit the weekday: the one of an anniversary the page marks, if it is one
            marked = set(anniversary_years(text, present)) & set(weekday_years(weekday, month, day, years))
            year = marked.pop() if len(marked) == 1 else None
        if year is not None:
            found.append((year, "weekday"))
    if not found or len({year for year, _ in found}) > 1:
        return None
    return found[0]
