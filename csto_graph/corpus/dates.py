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
from dataclasses import dataclass
from functools import lru_cache

MONTHS = ("january february march april may june july august september october "
          "november december").split()
_MONTH = r"(?P<{name}>" + "|".join(m.capitalize() for m in MONTHS) + r"|" + "|".join(
    m.capitalize()[:3] + r"\." for m in MONTHS if len(m) > 4) + r")"
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>(?:19|20)\d\d)"
_THIS_YEAR = r"(?P<{name}>this year|last year|next year)"


def _p(template: str, **names: str) -> str:
    out = template
    for key, value in names.items():
        out = out.replace("{" + key + "}", value.replace("{name}", key))
    return out


# Order matters: spans before single dates, full dates before partial ones.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("span_dmy", re.compile(_p(r"\b[Ff]rom {d1} (?:{m1} )?(?:to|till|until|-|–) {d2} {m2},? {y}\b",
                               d1=_DAY, m1=_MONTH, d2=_DAY, m2=_MONTH, y=_YEAR))),
    ("span_mdy", re.compile(_p(r"\b[Ff]rom {m1} {d1} (?:to|till|until|-|–) (?:{m2} )?{d2},? {y}\b",
                               m1=_MONTH, d1=_DAY, m2=_MONTH, d2=_DAY, y=_YEAR))),
    ("span2_mdy", re.compile(_p(r"\b{m1} {d1}\s*[-–]\s*{m2} {d2},? {y}\b", m1=_MONTH, d1=_DAY, m2=_MONTH, d2=_DAY,
                                y=_YEAR))),
    ("span2_dmy", re.compile(_p(r"\b{d1} {m1}\s*[-–]\s*{d2} {m2},? {y}\b", d1=_DAY, m1=_MONTH, d2=_DAY, m2=_MONTH,
                                y=_YEAR))),
    ("range_dmy", re.compile(_p(r"\b{d1}\s*[-–]\s*{d2} {m2},? {y}\b", d1=_DAY, d2=_DAY, m2=_MONTH, y=_YEAR))),
    ("range_mdy", re.compile(_p(r"\b{m1} {d1}\s*[-–]\s*{d2},? {y}\b", m1=_MONTH, d1=_DAY, d2=_DAY, y=_YEAR))),
    ("span_dm_rel", re.compile(_p(r"\b[Ff]rom {d1} (?:{m1} )?(?:to|till|until|-|–) {d2} {m2}\b(?!,? (?:19|20)\d\d)",
                                  d1=_DAY, m1=_MONTH, d2=_DAY, m2=_MONTH))),
    ("span_md_rel", re.compile(_p(r"\b[Ff]rom {m1} {d1} (?:to|till|until|-|–) (?:{m2} )?{d2}\b(?!,? (?:19|20)\d\d)",
                                  m1=_MONTH, d1=_DAY, m2=_MONTH, d2=_DAY))),
    ("range_dm_rel", re.compile(_p(r"\b{d1}\s*[-–]\s*{d2} {m2}\b(?!,? (?:19|20)\d\d)", d1=_DAY, d2=_DAY, m2=_MONTH))),
    ("range_md_rel", re.compile(_p(r"\b{m1} {d1}\s*[-–]\s*{d2}\b(?!,? (?:19|20)\d\d)", m1=_MONTH, d1=_DAY, d2=_DAY))),
    ("numeric", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d])")),
    ("iso", re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])")),
    ("dmy", re.compile(_p(r"\b{d} {m},? {y}\b", d=_DAY, m=_MONTH, y=_YEAR))),
    ("mdy", re.compile(_p(r"\b{m} {d},? {y}\b", m=_MONTH, d=_DAY, y=_YEAR))),
    ("md_rel", re.compile(_p(r"\b{m} {d},? {r}\b", m=_MONTH, d=_DAY, r=_THIS_YEAR))),
    ("dm_rel", re.compile(_p(r"\b{d} {m},? {r}\b", d=_DAY, m=_MONTH, r=_THIS_YEAR))),
    ("my_rel", re.compile(_p(r"\b(?:in )?{m},? (?:of )?{r}\b", m=_MONTH, r=_THIS_YEAR))),
    ("my", re.compile(_p(r"\b(?:in )?{m},? {y}\b", m=_MONTH, y=_YEAR))),
    ("md", re.compile(_p(r"\b{m} {d}\b(?!,? (?:19|20)\d\d)", m=_MONTH, d=_DAY))),
    ("dm", re.compile(_p(r"\b{d} {m}\b(?!,? (?:19|20)\d\d)", d=_DAY, m=_MONTH))),
    ("m_only", re.compile(_p(r"\bin {m}\b(?!,? (?:19|20)\d\d| [0-3]?\d\b)", m=_MONTH))),
    ("relative", re.compile(r"\b(?:[Oo]n |[Ll]ast |[Tt]his )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday)\b|\b(?i:the day before|yesterday|today)\b")),
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


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    for i, month in enumerate(MONTHS, 1):
        if month.startswith(key):
            return i
    raise ValueError(name)


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
    if phrase in {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}:
        target = ("monday tuesday wednesday thursday friday saturday sunday".split()).index(phrase)
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
        m2 = _month(g["m2"]) if g.get("m2") else None
        m1 = _month(g["m1"]) if g.get("m1") else m2
        m2 = m2 or m1
        start_year = year - 1 if m1 and m2 and m1 > m2 else year  # "From December 30 to January 2, 2024"
        return _iso(start_year, m1, int(g["d1"])), _iso(year, m2, int(g["d2"]))
    if shape in ("span_dm_rel", "span_md_rel", "range_dm_rel", "range_md_rel"):
        year = _anchor_year(anchor)
        if year is None:
            return None, None
        m2 = _month(g["m2"]) if g.get("m2") else None
        m1 = _month(g["m1"]) if g.get("m1") else m2
        m2 = m2 or m1
        year = _past_year(year, m1, int(g["d1"]), anchor)
        return _iso(year, m1, int(g["d1"])), _iso(year, m2, int(g["d2"]))
    if shape in ("numeric", "iso"):
        return _iso(int(g["y"]), int(g["m"]), int(g["d"])), None
    if shape in ("dmy", "mdy"):
        return _iso(int(g["y"]), _month(g["m"]), int(g["d"])), None
    if shape in ("md_rel", "dm_rel"):
        year = _anchor_year(anchor, g["r"])
        return (_iso(year, _month(g["m"]), int(g["d"])) if year else None), None
    if shape == "my_rel":
        year = _anchor_year(anchor, g["r"])
        return (_iso(year, _month(g["m"])) if year else None), None
    if shape == "my":
        return _iso(int(g["y"]), _month(g["m"])), None
    if shape in ("md", "dm"):
        year = _anchor_year(anchor)
        if year is None:
            return None, None
        return _iso(_past_year(year, _month(g["m"]), int(g["d"]), anchor), _month(g["m"]), int(g["d"])), None
    if shape == "m_only":
        year = _anchor_year(anchor)
        return (_iso(year, _month(g["m"])) if year else None), None
    if shape == "relative":
        return resolve_relative(m.group(0), anchor), None
    raise ValueError(shape)


def find_dates(text: str, anchor: str | None = None) -> list[DateMatch]:
    """Every date in ``text``, left to right, without overlaps.

    Dates without a year take it from ``anchor`` (the article date); those that cannot
    be resolved are left out.

    >>> [d.value for d in find_dates("talks in June of this year", anchor="2021-12-08")]
    ['2021-06']
    >>> [d.value for d in find_dates("held on 19.07.2024 and on July 20, 2024")]
    ['2024-07-19', '2024-07-20']
    """
    taken = _Spans()
    found: list[DateMatch] = []
    for shape, pattern in _PATTERNS:
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
    return sorted(found, key=lambda d: d.start)


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
