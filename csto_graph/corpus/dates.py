"""Dates in the shapes press news use, normalised to ISO 8601.

Explicit shapes are found with regular expressions (so every match keeps its offsets);
their text is interpreted by ``dateparser``, which also resolves relative forms
("on Wednesday", "the day before") against the article date.

>>> [d.value for d in find_dates("On 24 April 2024, in Moscow")]
['2024-04-24']
>>> [(d.value, d.end_value) for d in find_dates("From 5 to 9 December 2021, a trip")]
[('2021-12-05', '2021-12-09')]
>>> [d.value for d in find_dates("On December 2, this year, a session", anchor="2020-12-02")]
['2020-12-02']
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..vocab.words import words
from .bylines import byline_head

_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>(?:19|20)\d\d)"
_THIS_YEAR = r"(?P<{name}>this year|last year|next year)"


def _p(template: str, **names: str) -> str:
    out = template
    for key, value in names.items():
        out = out.replace("{" + key + "}", value.replace("{name}", key))
    return out


def _capitalised(word: str) -> str:
    """A pattern of ``word`` with its first letter a capital and the others of either case."""
    return re.escape(word[0].upper()) + "(?i:" + re.escape(word[1:].lower()) + ")"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The date shapes, most specific first.

    Order matters: spans before single dates, full dates before partial ones."""
    w = words()
    # full names, then abbreviations as agencies print them ("Nov. 8", "Nov 8", "Sept. 12"),
    # capitalised and never inside a longer word; a full name's letters after its capital
    # may be capitals too ("SEPTEMBER 17, 2022", a caption's "SEptember 17, 2022")
    month = r"(?P<{name}>" + "|".join(_capitalised(m) for m in w.months) + r"|(?:" + "|".join(
        [m.capitalize()[:3] for m in w.months if len(m) > 3] + ["Sept"]) + r")(?:\.|(?![\w.])))"
    weekday = "|".join(d.capitalize() for d in w.weekdays)
    span = "|".join(map(re.escape, w.date_range_words))  # "From 5 to 9 June"
    return [
        ("span_dmy", re.compile(_p(r"\b[Ff]rom {d1} (?:{m1} )?(?:{range}|-|–) {d2} {m2} ?,? {y}\b",
                                   d1=_DAY, m1=month, d2=_DAY, m2=month, y=_YEAR, range=span))),
        ("span_mdy", re.compile(_p(r"\b[Ff]rom {m1} {d1} (?:{range}|-|–) (?:{m2} )?{d2} ?,? {y}\b",
                                   m1=month, d1=_DAY, m2=month, d2=_DAY, y=_YEAR, range=span))),
        ("span2_mdy", re.compile(_p(r"\b{m1} {d1}\s*[-–]\s*{m2} {d2} ?,? {y}\b", m1=month, d1=_DAY, m2=month, d2=_DAY,
                                    y=_YEAR))),
        ("span2_dmy", re.compile(_p(r"\b{d1} {m1}\s*[-–]\s*{d2} {m2} ?,? {y}\b", d1=_DAY, m1=month, d2=_DAY, m2=month,
                                    y=_YEAR))),
        ("range_dmy", re.compile(_p(r"\b{d1}\s*[-–]\s*{d2} {m2} ?,? {y}\b", d1=_DAY, d2=_DAY, m2=month, y=_YEAR))),
        ("range_mdy", re.compile(_p(r"\b{m1} {d1}\s*[-–]\s*{d2} ?,? {y}\b", m1=month, d1=_DAY, d2=_DAY, y=_YEAR))),
        ("span_dm_rel", re.compile(_p(r"\b[Ff]rom {d1} (?:{m1} )?(?:{range}|-|–) {d2} {m2}\b(?!,? (?:19|20)\d\d)",
                                      d1=_DAY, m1=month, d2=_DAY, m2=month, range=span))),
        ("span_md_rel", re.compile(_p(r"\b[Ff]rom {m1} {d1} (?:{range}|-|–) (?:{m2} )?{d2}\b(?!,? (?:19|20)\d\d)",
                                      m1=month, d1=_DAY, m2=month, d2=_DAY, range=span))),
        ("range_dm_rel", re.compile(_p(r"\b{d1}\s*[-–]\s*{d2} {m2}\b(?!,? (?:19|20)\d\d)", d1=_DAY, d2=_DAY, m2=month))),
        ("range_md_rel", re.compile(_p(r"\b{m1} {d1}\s*[-–]\s*{d2}\b(?!,? (?:19|20)\d\d)", m1=month, d1=_DAY, d2=_DAY))),
        ("numeric", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d])")),
        ("iso", re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])")),
        ("dmy", re.compile(_p(r"\b{d} {m} ?,? {y}\b", d=_DAY, m=month, y=_YEAR))),
        ("mdy", re.compile(_p(r"\b{m} {d} ?,? {y}\b", m=month, d=_DAY, y=_YEAR))),
        ("md_rel", re.compile(_p(r"\b{m} {d} ?,? {r}\b", m=month, d=_DAY, r=_THIS_YEAR))),
        ("dm_rel", re.compile(_p(r"\b{d} {m} ?,? {r}\b", d=_DAY, m=month, r=_THIS_YEAR))),
        ("my_rel", re.compile(_p(r"\b(?:in )?{m},? (?:of )?{r}\b", m=month, r=_THIS_YEAR))),
        ("my", re.compile(_p(r"\b(?:in )?{m} ?,? {y}\b", m=month, y=_YEAR))),
        ("md", re.compile(_p(r"\b{m} {d}\b(?!,? (?:19|20)\d\d)", m=month, d=_DAY))),
        ("dm", re.compile(_p(r"\b{d} {m}\b(?!,? (?:19|20)\d\d)", d=_DAY, m=month))),
        ("m_only", re.compile(_p(r"\bin {m}\b(?!,? (?:19|20)\d\d| [0-3]?\d\b)", m=month))),
        # "on the 20th local time", "on the 3rd,": a day of the article's month (translated wire copy)
        ("day_only", re.compile(r"\bon the (?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s+(?:local time|of (?:this|the) month)\b"
                                r"|\s*[,.;)])")),
        ("relative", re.compile(r"\b(?:[Oo]n |[Ll]ast |[Tt]his )?(?:" + weekday + r")\b|\b(?i:the day before|yesterday|today)\b")),
    ]


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: ``value`` is ISO (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)."""

    start: int
    end: int
    text: str
    value: str
    end_value: str | None = None
    shape: str = ""


def month_number(name: str) -> int:
    """1-12 for a month's name or its abbreviation ("Sept.", "nov"), English or Russian in
    any case form ("ноября": an English page of a site that prints its dates in Russian).

    >>> month_number("Sept."), month_number("ноября"), month_number("Август")
    (9, 11, 8)
    """
    key = name.lower().rstrip(".")
    for i, month in enumerate(words().months, 1):
        if month.startswith(key):
            return i
    for i, stem in enumerate(_russian_month_stems(), 1):
        if re.match(stem, key):
            return i
    raise ValueError(name)


@lru_cache(maxsize=1)
def _russian_month_stems() -> tuple[str, ...]:
    """The stems every case form of a Russian month's name starts with, in calendar order
    (``ontology/ru/dates.yaml``, the one list the Russian reader reads too)."""
    from ..vocab.resources import load_yaml

    return tuple(load_yaml("ru/dates.yaml")["months"])


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day is not None and month is not None:
            return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    return f"{year:04d}"


def _anchor_year(anchor: str | None, rel: str | None = None) -> int | None:
    if not anchor:
        return None
    year = int(anchor[:4])
    if rel and rel.startswith("last"):
        return year - 1
    if rel and rel.startswith("next"):
        return year + 1
    return year


@lru_cache(maxsize=4096)
def resolve_relative(text: str, anchor: str | None) -> str | None:
    """Resolve "on Wednesday", "the day before", "today" against an ISO anchor date.

    A weekday means the last such day on or before the anchor (news report the past).

    >>> resolve_relative("on Wednesday", "2020-12-03")
    '2020-12-02'
    >>> resolve_relative("the day before", "2021-12-08")
    '2021-12-07'
    """
    if not anchor or len(anchor) != 10:
        return None
    import dateparser  # heavy: imported only when a relative date is met

    base = dt.datetime.fromisoformat(anchor)
    phrase = re.sub(r"^(on|this|last) ", "", text.strip().lower())
    if phrase == "the day before":
        phrase = "yesterday"
    if phrase in words().weekdays:
        target = words().weekdays.index(phrase)
        back = (base.weekday() - target) % 7
        return (base - dt.timedelta(days=back)).date().isoformat()
    parsed = dateparser.parse(phrase, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return parsed.date().isoformat() if parsed else None


PAST_MARGIN_DAYS = 14


def _past_year(year: int, month: int | None, day: int, anchor: str | None) -> int:
    """The year of a date written without one: the article's, unless that puts it more than
    two weeks after the article (news report the past: "On December 2" in a May article is
    last December).

    >>> _past_year(2025, 12, 2, "2025-05-16"), _past_year(2020, 12, 2, "2020-12-03")
    (2024, 2020)
    """
    if not anchor or len(anchor) != 10 or not month:
        return year
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return year
    return year - 1 if (when - dt.date.fromisoformat(anchor)).days > PAST_MARGIN_DAYS else year


def _interpret(shape: str, m: re.Match[str], anchor: str | None) -> tuple[str | None, str | None]:
    g = m.groupdict()
    if shape in ("span_dmy", "span_mdy", "range_dmy", "range_mdy", "span2_mdy", "span2_dmy"):
        year = int(g["y"])
        m2 = month_number(g["m2"]) if g.get("m2") else None
        m1 = month_number(g["m1"]) if g.get("m1") else m2
        m2 = m2 or m1
        start_year = year - 1 if m1 and m2 and m1 > m2 else year  # "From December 30 to January 2, 2024"
        return _iso(start_year, m1, int(g["d1"])), _iso(year, m2, int(g["d2"]))
    if shape in ("span_dm_rel", "span_md_rel", "range_dm_rel", "range_md_rel"):
        year = _anchor_year(anchor)
        if year is None:
            return None, None
        m2 = month_number(g["m2"]) if g.get("m2") else None
        m1 = month_number(g["m1"]) if g.get("m1") else m2
        m2 = m2 or m1
        year = _past_year(year, m1, int(g["d1"]), anchor)
        return _iso(year, m1, int(g["d1"])), _iso(year, m2, int(g["d2"]))
    if shape in ("numeric", "iso"):
        return _iso(int(g["y"]), int(g["m"]), int(g["d"])), None
    if shape in ("dmy", "mdy"):
        return _iso(int(g["y"]), month_number(g["m"]), int(g["d"])), None
    if shape in ("md_rel", "dm_rel"):
        year = _anchor_year(anchor, g["r"])
        return (_iso(year, month_number(g["m"]), int(g["d"])) if year else None), None
    if shape == "my_rel":
        year = _anchor_year(anchor, g["r"])
        return (_iso(year, month_number(g["m"])) if year else None), None
    if shape == "my":
        return _iso(int(g["y"]), month_number(g["m"])), None
    if shape in ("md", "dm"):
        year = _anchor_year(anchor)
        if year is None:
            return None, None
        return _iso(_past_year(year, month_number(g["m"]), int(g["d"]), anchor), month_number(g["m"]), int(g["d"])), None
    if shape == "m_only":
        year = _anchor_year(anchor)
        return (_iso(year, month_number(g["m"])) if year else None), None
    if shape == "day_only":
        return _day_of_month(int(g["d"]), anchor), None
    if shape == "relative":
        return resolve_relative(m.group(0), anchor), None
    raise ValueError(shape)


def _day_of_month(day: int, anchor: str | None) -> str | None:
    """A day with neither month nor year ("on the 20th"): that day of the anchor's month, or of
    the month before when it would fall after the anchor (reports tell the past).

    >>> _day_of_month(20, "2023-06-21"), _day_of_month(28, "2023-03-02"), _day_of_month(5, None)
    ('2023-06-20', '2023-02-28', None)
    """
    if not anchor or len(anchor) != 10:
        return None
    base = dt.date.fromisoformat(anchor)
    year, month = (base.year, base.month) if day <= base.day else \
        ((base.year, base.month - 1) if base.month > 1 else (base.year - 1, 12))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, anchor: str | None = None) -> list[DateMatch]:
    """Every date in ``text``, left to right, without overlaps.

    Dates without a year take it from ``anchor`` (the article date); those that cannot
    be resolved are left out.

    >>> [d.value for d in find_dates("talks in June of this year", anchor="2021-12-08")]
    ['2021-06']
    >>> [d.value for d in find_dates("held on 19.07.2024 and on July 20, 2024")]
    ['2024-07-19', '2024-07-20']
    """
    return list(_find_dates(text, anchor))


# the shapes that cannot match a text with no digit (a day or a year), and those that cannot
# match one with no month's name; a shape in neither set is always tried. Most sentences name
# no date at all, and 22 scans of each was a twentieth of a build (10k benchmark corpus)
_NEEDS_DIGIT = frozenset({"span_dmy", "span_mdy", "span2_mdy", "span2_dmy", "range_dmy", "range_mdy", "span_dm_rel",
                          "span_md_rel", "range_dm_rel", "range_md_rel", "numeric", "iso", "dmy", "mdy", "md_rel",
                          "dm_rel", "my", "md", "dm"})
_NEEDS_MONTH = frozenset({"span_dmy", "span_mdy", "span2_mdy", "span2_dmy", "range_dmy", "range_mdy", "span_dm_rel",
                          "span_md_rel", "range_dm_rel", "range_md_rel", "dmy", "mdy", "md_rel", "dm_rel", "my_rel",
                          "my", "md", "dm", "m_only"})
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _month_lead() -> re.Pattern[str]:
    """What every month's name in :func:`_patterns` starts with: its first three letters,
    capitalised ("Sept." and "September" both start with "Sep"; "SEPTEMBER" with "SEP")."""
    return re.compile("|".join(sorted({_capitalised(m[:3]) for m in words().months})))


def _shapes(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns of :func:`_patterns` that can match ``text``, in their order."""
    digit, month = _DIGIT.search(text) is not None, _month_lead().search(text) is not None
    return [(shape, pattern) for shape, pattern in _patterns()
            if (digit or shape not in _NEEDS_DIGIT) and (month or shape not in _NEEDS_MONTH)]


@lru_cache(maxsize=1024)  # the event reader asks about the same sentence several times
def _find_dates(text: str, anchor: str | None) -> tuple[DateMatch, ...]:
    taken = _Spans()
    found: list[DateMatch] = []
    for shape, pattern in _shapes(text):
        for m in pattern.finditer(text):
            start, end = m.span()
            if taken.overlaps(start, end):
                continue
            value, end_value = _interpret(shape, m, anchor)
            if value is None:
                if shape in FULL_SHAPES:
                    taken.add(start, end)  # an invalid full date is no month either
                continue
            taken.add(start, end)
            found.append(DateMatch(start, end, m.group(0), value, end_value, shape))
        taken.merge()
    return tuple(sorted(found, key=lambda d: d.start))


@dataclass(frozen=True)
class DateLine:
    """A line of a page that gives a date and nothing else (but furniture).

    ``value`` is ISO when the line has a year, else None; ``month`` and ``day`` are always
    set; ``end`` is where the date part ends (a date glued to text: "21.05.2020On May 26").
    """

    value: str | None
    month: int
    day: int
    end: int
    weekday: int | None = None  # 0 = Monday, when the line prints one ("Wednesday, 17 September")
    byline: bool = False  # the line opens with a byline (:func:`bylined`)


def _time() -> str:
    """A time after a date line's date ("3 May 2021 • 10:15", "May 3, 2021 at 8:28 PM"), after one
    of the separators a byline uses too (``byline_separators`` of ``ontology/words.yaml``, the
    one list of them)."""
    separators = "".join(re.escape(s) for s in words().byline_separators if len(s) == 1)
    return rf"(?:[,\s]*[{separators}]?\s*(?:at\s+)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?(?![^\W\d_]))?)"


_ZONE = r"(?:\s*\(?(?:UTC|GMT|MSK)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?(?:\s+[A-Z]{2,4})?\)?)"


@lru_cache(maxsize=1)
def _prefix() -> str:
    """The words a date line may open with ("Published", "Date"; ``date_line_prefix`` of
    ``ontology/boilerplate.yaml``), as one alternation."""
    from ..vocab.resources import load_yaml

    return "|".join(re.escape(p) for p in load_yaml("boilerplate.yaml")["date_line_prefix"])


@lru_cache(maxsize=1)
def _date_line_patterns() -> tuple[re.Pattern[str], ...]:
    w = words()
    # an English page may print its date lines in Russian ("28 ноября 2019"): a Russian month in any case form
    russian = "|".join(rf"{stem}[а-яё]*" for stem in _russian_month_stems())
    month = "(?:" + "|".join([*w.months, *(m[:3] for m in w.months if len(m) > 3), "sept", russian]) + r")(?![a-z])\.?"
    weekday = "|".join([d for d in w.weekdays] + [d[:3] + r"\.?" for d in w.weekdays])
    prefix = _prefix()
    # (a time before the date, "16:39, 28 November 2019, ...", is read by :func:`_date_line`, before these)
    lead = rf"(?:(?:{prefix})\s*:?\s*)?(?:(?P<wd>{weekday}),?\s+)?"
    tail = rf"(?P<time>{_time()}?{_ZONE}?)"
    flags = re.IGNORECASE
    return (
        # "14 March 2019", "16-Feb-2022 00:03:01"
        re.compile(rf"^{lead}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+|-)(?P<m>{month})(?:(?:,?\s+|-)(?P<y>(?:19|20)\d\d))?{tail}",
                   flags),
        # "March 3, 2022", "November 23,2023 20:15"
        re.compile(rf"^{lead}(?P<m>{month})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:(?:,\s*|\s+)(?P<y>(?:19|20)\d\d))?{tail}",
                   flags),
        # "2024-02-16", "2013/09/22", "2013.09.22": year first, then month and day
        re.compile(rf"^{lead}(?P<y>(?:19|20)\d\d)(?P<ysep>[-/.])(?P<n2>[01]\d)(?P=ysep)(?P<n1>[0-3]\d)(?!\d)"
                   rf"(?:T\d\d:\d\d(?::\d\d)?\S*)?{tail}", flags),
        # "12.04.2015", "11/18/2015", "07 11 2021", "26-05-2020": day first (slashed: see date_line)
        re.compile(rf"^{lead}(?P<n1>[0-3]?\d)\s*(?P<sep>[./-]|\s)\s*(?P<n2>[0-3]?\d)\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)(?!\d){tail}", flags),
        # "21.12.18", "21.12.18 10:32": a two-digit year, two digits each, on a line of its own
        re.compile(rf"^(?P<n1>[0-3]\d)\.(?P<n2>[01]\d)\.(?P<yy>\d\d)(?![\d.]){tail}$", flags),
    )


def bylined(text: str) -> bool:
    """The line is a date line that opens with a byline ("By Ivan Petrov | Monday, 3 May
    2021", "By Ivan Petrov • 3 May 2021 • 10:15", "Ivan Petrov Published May 3, 2021",
    :func:`~csto_graph.corpus.bylines.byline_head`): its author is a name of the item, though
    the line is no text.

    >>> bylined("Ivan Petrov Published May 3, 2021 | 08:28 PM"), bylined("Published May 3, 2021")
    (True, False)
    >>> bylined("By Ivan Petrov • 3 May 2021 • 10:15"), bylined("Minister Ivan Petrov Published the decree")
    (True, False)
    """
    found = date_line(text)  # cached: the byline is matched once, by the date-line reader
    return found is not None and found.byline


@lru_cache(maxsize=4096)  # a page's line is classified more than once (page_lines, unread_language)
def date_line(text: str) -> DateLine | None:
    """The date of a line that is only a date, as pages print them above or below a headline.

    A weekday, a time, a time zone, "Published:" and, after a full date, a place
    ("December 23, 2014, The Kremlin, Moscow") may stand around the date. Slashed numbers
    are day first unless a weekday opens the line or the first number cannot be a month
    ("Wed, 11/18/2015 - 09:40").

    >>> date_line("14 March 2019, 10:32").value, date_line("Published March 3, 2022").value
    ('2019-03-14', '2022-03-03')
    >>> date_line("03.06.2025, 09:15").value, date_line("Wed, 11/18/2015 - 09:40").value
    ('2025-06-03', '2015-11-18')
    >>> date_line("12 / 04 / 2015").value, date_line("07 11 2021").value, date_line("2024-02-16").value
    ('2015-04-12', '2021-11-07', '2024-02-16')
    >>> d = date_line("23 Nov. 14:00 (UTC+3 MSK)"); (d.value, d.month, d.day)
    (None, 11, 23)
    >>> date_line("On 3 May 2021 the ministers met.") is None, date_line("Flag Friday, 26 April 2024") is None
    (True, True)
    >>> date_line("Russia September 23, 2013, 1:26").value, date_line("Source: Agency Tuesday, April 5, 2016 | 13:52").value
    ('2013-09-23', '2016-04-05')
    >>> date_line("Москва. 16.05.2022. ТАСС").value, date_line("December 10, 2010, 16:15 Moscow, the Kremlin").value
    ('2022-05-16', '2010-12-10')
    >>> date_line("16-Feb-2022 00:03:01").value, date_line("November 23,2023 20:15").value
    ('2022-02-16', '2023-11-23')
    >>> date_line("Hangzhou Net Release time: 2023-06-21 20:06").value
    '2023-06-21'
    >>> date_line("28.05.2025, 14:26 45981").value, date_line("28.05.2025 45981") is None
    ('2025-05-28', True)
    >>> date_line("21.12.18 10:32").value, date_line("12.04") is None, date_line("21.12.18.5") is None
    ('2018-12-21', True, True)
    >>> date_line("Astana, 28 November 2024").value, date_line("Astana, 28 November the ministers met") is None
    ('2024-11-28', True)
    >>> date_line("By Agency | Monday, 3 May 2021").value, date_line("Ivan Petrov Published May 3, 2021 | 08:28 PM").value
    ('2021-05-03', '2021-05-03')

    """
    if _DIGIT.search(text) is None:  # every shape below has a day's digits (most lines of a page have none)
        return None
    stripped = text.strip()
    byline = byline_head(stripped)
    found = _date_line(text, stripped, byline)
    if found is None or found.byline == (byline is not None):
        return found
    return replace(found, byline=byline is not None)  # the line's own byline, not one of a part read inside it


def _known_medium(words: str, tail: bool = False) -> bool:
    """A medium the gazetteer knows by ``words`` ("Xinhua", "BelTA"), or, with ``tail``, by
    their last one, two or three words."""
    from ..vocab.gazetteer import load_gazetteer

    gaz, parts = load_gazetteer(), words.split()
    for n in (range(1, min(3, len(parts)) + 1) if tail else (len(parts),)):
        entry = gaz.lookup(" ".join(parts[-n:]))
        if entry is not None and entry.kind == "media":
            return True
    return False


def _date_line(text: str, stripped: str, byline: re.Match[str] | None) -> DateLine | None:
    """:func:`date_line` of ``text`` (``stripped``), whose opening byline, if any, is ``byline``."""
    framed = re.fullmatch(r"([^\W\d_]+(?:[ -][^\W\d_]+)?)[.,]\s*(\d{1,2}\.\d{1,2}\.\d{4})[.,]?\s*([^\W\d_]+)?\.?",
                          stripped)  # "Москва. 16.05.2022. ТАСС": a city, a numeric date, an agency
    if framed:
        found = date_line(framed.group(2))
        if found is not None and found.value:
            return replace(found, end=len(text))
    # "Astana, 28 November 2024": a city (no weekday or month name), then a full date, alone on its line
    placed = re.fullmatch(r"(?P<city>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?),\s+(?P<date>\S.*)", stripped)
    if placed and not set(re.split(r"[ -]", placed["city"].lower())) & words().calendar:
        found = date_line(placed["date"])
        if found is not None and found.value and found.end == len(placed["date"]):
            return replace(found, end=len(text))
    # "By Ivan Petrov | Monday, 3 May 2021", "Ivan Petrov Published May 3, 2021 | 08:28 PM": a
    # byline before a full date, set apart by a separator or a closer (corpus/bylines.py)
    if byline:
        found = date_line(stripped[byline.end():])
        if found is not None and found.value:
            return replace(found, end=found.end + len(text) - len(text.lstrip()) + byline.end())
    # "16:39, 28 November 2019, Bishkek - Agency", "Date: 15:31, 17-10-2016.": a clock time and a
    # comma (after a date line's opening word, if any) before a full date
    clock = re.match(rf"(?:(?:{_prefix()})\s*:?\s*)?[0-2]?\d:[0-5]\d,\s+(?=\d)", stripped, re.IGNORECASE)
    if clock:
        found = date_line(stripped[clock.end():])
        if found is not None and found.value:
            return replace(found, end=found.end + len(text) - len(text.lstrip()) + clock.end())
    # "Russia September 23, 2013, 1:26", "Hangzhou Net Release time: 2023-06-21 20:06", "Source:
    # Agency Tuesday, April 5, 2016 | 13:52": a few words of a section, a site or a credit before a
    # date that ends with its time
    # "0 Comment(s)Print E-mail Agency, August 24, 2021": a known medium, after a widget's words
    # if any, a comma and a full date ending the line (the agency's credit and its day)
    credited = re.fullmatch(r"(?P<head>.{1,80}?),\s+(?P<date>\S.*)", stripped)
    if credited and _known_medium(" ".join(credited["head"].split()[-3:]), tail=True):
        found = date_line(credited["date"])
        if found is not None and found.value and found.end >= len(credited["date"].rstrip()):
            return replace(found, end=len(text))
    for section in re.finditer(r"(?<=\S)\s+(?=\S)", stripped[:60]):
        head = stripped[:section.start()]
        if not re.fullmatch(r"[A-Z][a-z]+:?(?:\s+[A-Z][a-z]+){0,2}", head):
            break
        found = date_line(stripped[section.end():])
        if found is not None and found.value and re.search(r"\d[:.][0-5]\d\s*$", stripped) \
                and not re.match(r"[0-3]\d\.[01]\d\.\d\d(?![\d.])", stripped[section.end():]):  # a two-digit year stands alone
            return replace(found, end=found.end + len(text) - len(text.lstrip()) + section.end())
    for pattern in _date_line_patterns():
        m = pattern.match(stripped)
        if m is None:
            continue
        rest = stripped[m.end():]
        if rest.strip(" ,.;|-–—/") and not _date_line_rest(rest, m):
            continue
        year = int(m["y"]) if m.groupdict().get("y") else 2000 + int(m["yy"]) if m.groupdict().get("yy") else None
        if m.groupdict().get("m"):
            month, day = month_number(m["m"]), int(m["d"])
        else:
            first, second = int(m["n1"]), int(m["n2"])
            us = m.groupdict().get("sep") == "/" and (
                second > 12 or re.match(r"^\W*[A-Za-z]{3}", stripped) is not None) and first <= 12
            day, month = (second, first) if us else (first, second)
        if not 1 <= month <= 12:
            continue
        value = _iso(year, month, day) if year else None
        if year and value is None:
            continue
        if not year:
            try:
                dt.date(2000, month, day)
            except ValueError:
                continue
        return DateLine(value, month, day, len(text) - len(text.lstrip()) + m.end(),
                        _weekday_number(m.groupdict().get("wd")))
    return None


def _weekday_number(name: str | None) -> int | None:
    """0-6 for a weekday's name or abbreviation ("Wed.", "wednesday"), None for None."""
    if not name:
        return None
    key = name.lower().rstrip(".")
    return next((i for i, day in enumerate(words().weekdays) if day.startswith(key)), None)


@dataclass(frozen=True)
class DayMonth:
    """A day and a month written without a year, with the weekday printed before it, if any."""

    start: int
    end: int
    month: int
    day: int
    weekday: int | None = None


def yearless_days(text: str) -> list[DayMonth]:
    """The days of ``text`` given with a month but no year ("on 7 September", "Tuesday,
    October 14"), each with the weekday right before it.

    A span without a year ("On 3-5 June", "from 3 to 5 June") gives its first day.

    >>> [(d.month, d.day, d.weekday) for d in yearless_days("On Tuesday, October 14, talks; on 3 May 2021 a visit")]
    [(10, 14, 1)]
    >>> [(d.month, d.day) for d in yearless_days("On 3-5 June, the staff talks were held")]
    [(6, 3)]
    """
    out: list[DayMonth] = []
    for shape, pattern in _patterns():
        if shape not in YEARLESS_SHAPES:
            continue
        for m in pattern.finditer(text):
            if any(d.start < m.end() and m.start() < d.end for d in out):
                continue
            g = m.groupdict()
            month, day = month_number(g.get("m") or g.get("m1") or g["m2"]), int(g.get("d") or g["d1"])
            try:
                dt.date(2000, month, day)
            except ValueError:
                continue
            before = re.search(r"\b(?P<wd>[A-Z][a-z]+day),?\s+(?:the\s+)?$", text[:m.start()])
            weekday = _weekday_number(before["wd"]) if before else None
            out.append(DayMonth(m.start(), m.end(), month, day, weekday))
    return sorted(out, key=lambda d: d.start)


# the shapes of a day and a month without a year (yearless_days; the event reader dates them on
# an undated page by the year their sentence names: extract/event_times.py, _undated_page_dates)
YEARLESS_SHAPES = ("span_dm_rel", "span_md_rel", "range_dm_rel", "range_md_rel", "md", "dm")


def _date_line_rest(rest: str, m: re.Match[str]) -> bool:
    """What may follow a full date on a date line: a place ("The Kremlin, Moscow"), text
    glued to a numeric date ("21.05.2020On May 26, ..."), or, after the clock time, the
    page's count of views ("28.05.2025, 14:26 45981", "12 January 2022 Read: 610")."""
    place = r"(?:(?:the\s+)?[A-Z][\w'’-]*\s*){1,3}"
    if m.groupdict().get("y") and re.search(r"\d:[0-5]\d$", m.group(0)) and re.fullmatch(r"\s+\d{1,7}", rest):
        return True  # a view count: digits alone after the time, never a word
    labels = "|".join(map(re.escape, words().view_labels)) or "(?!)"
    if m.groupdict().get("y") and re.fullmatch(rf"\s+(?i:{labels})\s*:?\s*\d{{1,7}}", rest):
        return True  # a labelled view count: "12 January 2022    Read: 610"
    if m.groupdict().get("y") and re.fullmatch(rf"[,\s]*{place}(?:,\s*{place})?\.?", rest):
        return True  # "December 23, 2014, The Kremlin, Moscow"; "December 10, 2010, 16:15 Moscow, the Kremlin"
    if m.groupdict().get("y") and _place_and_source(rest, place):
        return True  # "28 November 2019, Bishkek - Agency news agency, Ivan PETROV"
    return bool(m.groupdict().get("y")) and m.groupdict().get("n1") is not None and m.groupdict().get("sep") == "." \
        and re.match(r"[A-Z]", rest) is not None


SOURCE_WORDS = 8  # an agency and its reporter after a date line's city; a sentence runs longer, or ends


def _place_and_source(rest: str, place: str) -> bool:
    """After a full date, a city, a dash and a few words of the agency and its reporter, with
    no final punctuation (:data:`SOURCE_WORDS`): the head of a report, not its first sentence
    ("3 May 2021, Minsk - The ministers met in the capital." is text).

    >>> _place_and_source(", Minsk - Agency news agency , Ivan PETROV", r"(?:[A-Z][\\w-]*\\s*){1,3}")
    True
    >>> _place_and_source(", Minsk - The ministers met in the capital.", r"(?:[A-Z][\\w-]*\\s*){1,3}")
    False
    """
    m = re.fullmatch(rf"[,\s]*{place}\s*[-–—]+\s*(?P<source>\S.*)", rest)
    return m is not None and len(m["source"].split()) <= SOURCE_WORDS and not re.search(r"[.!?…]$", m["source"])


class _Spans:
    """The disjoint (start, end) spans taken by earlier patterns, sorted, so that an overlap
    test is a binary search (a text with tens of thousands of dates, such as a 5 MB page on
    one line, was quadratic). The matches of one pattern never overlap each other
    (``finditer``), so they are tested against the earlier patterns' spans only and merged
    in after the pattern.
    """

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.starts: list[int] = []
        self.pending: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        # disjoint spans: the last one starting before ``end`` is the one ending last among them
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.spans[i - 1][1] > start

    def add(self, start: int, end: int) -> None:
        self.pending.append((start, end))

    def merge(self) -> None:
        if self.pending:
            self.spans = sorted(self.spans + self.pending)  # two sorted runs: a linear merge
            self.starts = [s for s, _ in self.spans]
            self.pending = []


FULL_SHAPES = {"span_dmy", "span_mdy", "range_dmy", "range_mdy", "numeric", "iso", "dmy", "mdy"}


def first_full_date(text: str) -> str | None:
    """The first date with day, month and year in ``text`` (no anchor needed)."""
    for match in find_dates(text):
        if match.shape in FULL_SHAPES:
            return match.value
    return None
