"""Dates written in Russian: "3 марта 2021 года", "5 окт", "7 Декабрь 2019", "12.04.2018",
"27.11.19", "Фев. 9, 2026".

The month stems are data (``ontology/ru/dates.yaml``). A day and month without a year take
the year given by the caller (the page's), else none.

>>> first_russian_date("МИНСК, 3 марта. /Агентство/. Совещание", year=2021)
'2021-03-03'
>>> first_russian_date("Совещание прошло 12 апреля 2018 года в Ереване")
'2018-04-12'

A day named relative to the report ("в пятницу", "накануне") is dated from the report's date:

>>> relative_russian_date("Встреча прошла в пятницу в Минске", "2024-05-14")
'2024-05-10'
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..vocab.resources import load_yaml


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    stems = "|".join(load_yaml("ru/dates.yaml")["months"])
    # a day (an ordinal too: "15-го сентября"; not the minutes of a time: "19:19 Фев. 9,
    # 2026") or a span of days ("26–27 ноября", "с 18 по 20 июня"), its month and year; a month first, with its year ("Фев. 9, 2026"); a numeric
    # date, its year in four digits or, with dots, in two ("Бишкек, 27.11.19.")
    return re.compile(rf"(?<![\d:])(?P<day>[0-3]?\d)(?:-го)?(?:(?:[–-]|\s+по\s+)(?P<last>[0-3]?\d)(?:-го)?)?\s+(?P<month>(?i:{stems})[а-яё]*)\.?"
                      r"(?:\s+(?P<year>(?:19|20)\d\d))?"
                      rf"|(?<![а-яё])(?P<month1>(?i:{stems})[а-яё]{{0,6}})\.?\s+(?P<day1>[0-3]?\d),?\s+(?P<year1>(?:19|20)\d\d)(?!\d)"
                      r"|(?<![\d./])(?P<d>[0-3]?\d)(?P<sep>[./])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"
                      r"|(?<![\d./])(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>\d\d)(?![\d]|\.\d)")


def _month(word: str) -> int | None:
    word = word.lower()
    return next((k for k, stem in enumerate(load_yaml("ru/dates.yaml")["months"], 1) if re.match(stem, word)), None)


def russian_dates(text: str, year: int | None = None) -> list[tuple[int, str]]:
    """(offset, ISO date) of every full Russian date in ``text`` (of a span of days, its first)."""
    return [(m.start(), iso) for m, iso in _dated_matches(text, year)]


def _dated_matches(text: str, year: int | None) -> list[tuple[re.Match, str]]:
    """Each match of a full date in ``text`` with its ISO date."""
    out = []
    for m in _pattern().finditer(text):
        if m["d"]:
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        elif m["d2"]:
            y, mo, d = 2000 + int(m["y2"]), int(m["m2"]), int(m["d2"])
        elif m["month1"]:
            y, mo, d = int(m["year1"]), _month(m["month1"]), int(m["day1"])
            if mo is None:
                continue
        else:
            mo = _month(m["month"])
            y = int(m["year"]) if m["year"] else year
            d = int(m["day"])
            if mo is None or y is None:
                continue
        try:
            out.append((m, dt.date(y, mo, d).isoformat()))
        except ValueError:
            continue
    return out


def first_russian_date(text: str, year: int | None = None) -> str | None:
    found = russian_dates(text, year)
    return found[0][1] if found else None


_DATELINE_HEAD = re.compile(r"\s*(?:[А-ЯЁ][А-ЯЁа-яё-]+(?:\s+[А-ЯЁ][А-ЯЁа-яё-]+)?[,.]\s*)?")  # "МИНСК, ", "Астана. "


def dateline_end(text: str, year: int | None = None) -> int | None:
    """Where a single day opening ``text`` ends, after a place and a comma or a full stop when
    one comes first ("ЕРЕВАН, 15 апр — Агентство.", "19 октября /Агентство/"): a dateline's
    day, which is the report's; None when ``text`` opens with no date (or a span of days).

    >>> text = "ЕРЕВАН, 15 апр — Агентство. Генсек встретился в четверг с министром"
    >>> text[dateline_end(text, 2016):][:15]
    ' — Агентство. Г'
    >>> dateline_end("Генсек 15 апреля встретился с министром", 2016) is None
    True
    """
    head = _DATELINE_HEAD.match(text).end()
    found = next(iter(_dated_matches(text[head:], year)), None)
    if found is None or found[0].start() != 0 or found[0]["last"]:
        return None
    return head + found[0].end()


def _dateline_dates(text: str, year: int | None,
                    found: list[tuple[re.Match, str]] | None = None) -> list[tuple[int, str]]:
    """The dates of ``text`` (``found``: its dated matches, when read already) but those
    bounding a period (after ``period_words``: "с 1 января"); a span of days is no bound ("с
    18 по 20 июня": the days of the occasion)."""
    words = "|".join(re.escape(w) for w in load_yaml("ru/dates.yaml").get("period_words", []))
    bound = re.compile(rf"(?i:(?<![а-яё])(?:{words})\s+)$") if words else None
    found = _dated_matches(text, year) if found is None else found
    return [(m.start(), d) for m, d in found
            if bound is None or m["last"] or not bound.search(text[max(0, m.start() - 6):m.start()])]


def occasion_dates(text: str, year: int | None = None) -> list[tuple[int, str]]:
    """(offset, ISO date) of the full dates of ``text`` that may date an occasion: all but the
    bounds of periods ("с 1 января 2026 года председательство переходит ...": from that day on,
    nothing is held on it).

    >>> occasion_dates("С 1 января 2026 года председательство переходит к России, сессия пройдёт 11 ноября 2026 года")
    [(73, '2026-11-11')]
    """
    return _dateline_dates(text, year)


def yearless_russian_days(text: str) -> list[tuple[int, int]]:
    """(month, day) of each day ``text`` gives with a month but no year, in order.

    >>> yearless_russian_days("Накануне, 27 января, в Бишкек прибыл министр; 3 марта 2021 года")
    [(1, 27)]
    """
    return [(_month(m["month"]), int(m["day"])) for m in _pattern().finditer(text)
            if m["month"] and not m["year"] and _month(m["month"])]


def _yearless_days(lines: list[str]) -> set[str]:
    """The days ("MM-DD") the lines give without a year ("Сегодня, 5 ноября, ...")."""
    return {f"{month:02d}-{day:02d}" for month, day in yearless_russian_days("\n".join(lines))}


OPENING_LINES = 3  # lines whose first date dates the page (a headline and a stamp may come first)
DATELINE_REACH = 12  # lines within which a later line opening with a dateline dates it instead (and names its medium)
_MENU_ITEM = re.compile(r"\s*[•·▪]\s")  # a line of a menu or list ("  • Армения"): it counts for none of that reach


def opening_date(lines: list[str], year: int | None = None) -> str | None:
    """The date of a page from its text lines: the first date of its first
    :data:`OPENING_LINES` (of several, the first whose day a later line gives without a year:
    "Сегодня, 5 ноября"), else that of the first line within :data:`DATELINE_REACH` that opens
    with a dateline (a place and a comma, or a date: "Бишкек, 27.11.19. /Агентство/."), after
    lines of rates, menus and headlines (the items of a menu, "• Армения", counting for none
    of those lines: a site lists its countries above a report).

    >>> opening_date(["• 89.47", "Заседание прошло", "Политика", "Бишкек, 27.11.19. /Агентство/. Заседание"])
    '2019-11-27'
    """
    found = _opening(lines, year)
    if found is None or year is None:
        return found
    text = "\n".join(lines)
    every = _dated_matches(text, None)  # the page's full dates, read once
    full = [d for _, d in _dateline_dates(text, None, every)]
    if found in full:
        return found
    if _bare_year_at_turn(found, text, year, [d for _, d in every]):
        return None
    return _nearest_year(found, full, year)


def _bare_year_at_turn(day: str, text: str, year: int, full: list[str] | None = None) -> bool:
    """Whether a yearless day (``day``, dated in ``year``) falls in a month of
    ``turn_of_year_months`` while the page names ``year`` only bare ("в 2013 году"): not in a
    full date, a month ("в мае 2013 года"), nor an exercise's name ("Рубеж-2013"). Late in a year, such a year is as
    often the next one (a chairmanship, plans: "председательство в 2013 году") as the page's,
    so it dates nothing. ``full``: the page's full dates (ISO), when read already.

    >>> _bare_year_at_turn("2013-12-14", "14 декабря ... председательство в 2013 году", 2013)
    True
    >>> _bare_year_at_turn("2013-12-14", "14 декабря ... учения «Рубеж-2013»", 2013)
    False
    """
    data = load_yaml("ru/dates.yaml")
    if int(day[5:7]) not in data.get("turn_of_year_months", []):
        return False
    full = [d for _, d in russian_dates(text, None)] if full is None else full
    if any(int(d[:4]) == year for d in full):
        return False
    stems = "|".join(data["months"])
    return not re.search(rf"[А-ЯЁа-яёA-Za-z»\"]\s?[-–—]\s?{year}(?!\d)|(?i:(?<![а-яё])(?:{stems})[а-яё]*)\s+{year}(?!\d)",
                         text)


def _opening(lines: list[str], year: int | None) -> str | None:
    """The date :func:`opening_date` reads, a yearless day taking ``year``. Of several dates in
    the opening lines, a yearless day inside a line (not opening it, a dateline's place aside)
    gives way to one written with its year ("20.03.2013" under a teaser of another report's "X
    30 июня принял ..."; "Опубликовано 8 января 2022" over "Обновлено 30 марта")."""
    lines = _without_clocks(lines)
    head = "\n".join(lines[:OPENING_LINES])
    dated = _dateline_dates(head, year)
    opening = [d for _, d in dated]
    written = {d for _, d in _dateline_dates(head, None)} if len(set(opening)) > 1 else set()
    if written:
        # a date written with its year is the page's stamp, a yearless day inside a line another item's
        inside = {d for at, d in dated if not _opens_line(head, at)}
        opening = [d for d in opening if d in written or d not in inside] or opening
    if len(set(opening)) > 1:  # a page's stamp and a report's: the one its first lines' day agrees with
        days = _yearless_days(lines[OPENING_LINES:DATELINE_REACH])
        opening = [d for d in opening if d[5:] in days] or opening
    if opening:
        return opening[0]
    for line in _within_reach(lines[OPENING_LINES:]):
        head = re.match(r"\s*(?:[А-ЯЁ][А-ЯЁа-яё-]+(?:\s+[А-ЯЁ][А-ЯЁа-яё-]+)?,\s*)?", line)
        dates = _dateline_dates(line, year)
        if dates and (dates[0][0] == head.end() or _NUMERIC_STAMP.match(line)):
            return dates[0][1]
    return None


WIDGET_CHARS = 40  # at most as long as a site's clock or weather line ("Минск +9°C")
# a temperature as a site's weather line prints it ("Минск +9°C")
_WEATHER = re.compile(r"[+−-]?\s?\d{1,2}\s?°\s?[CС]?(?!\w)")


def _without_clocks(lines: list[str]) -> list[str]:
    """``lines`` with the site's clock left blank: a line with a date (of any year) that a
    weather line follows, or that holds the weather, each as short as a widget ("Вторник, 16
    апреля 2024" over "Минск +9°C"), tells the day the page was saved, not the report's.

    >>> _without_clocks(["Вторник, 16 апреля 2024", "Минск +9°C", "20 декабря 2011, 15:28"])
    ['', 'Минск +9°C', '20 декабря 2011, 15:28']
    """
    out = list(lines)
    for k, line in enumerate(lines[:OPENING_LINES + 1]):
        near = lines[k:k + 2]
        if _dateline_dates(line, 2000) and any(len(n) <= WIDGET_CHARS and _WEATHER.search(n) for n in near):
            out[k] = ""
    return out


# a site's section or place and its stamp, a numeric date with its year, no comma between
# ("Армения 05/03/2019 — 10:15"): the page's date as a dateline's would be
_NUMERIC_STAMP = re.compile(r"\s*[А-ЯЁ][А-ЯЁа-яё-]+\s+[0-3]?\d([./])[01]?\d\1(?:19|20)\d\d"
                            r"(?:\s*[—–-]?\s*[0-2]?\d:[0-5]\d)?\s*$")


def _opens_line(text: str, at: int) -> bool:
    """The date at offset ``at`` of ``text`` opens its line, after a dateline's place if any
    ("МИНСК, 3 марта")."""
    start = text.rfind("\n", 0, at) + 1
    return start + _DATELINE_HEAD.match(text, start).end() - start >= at


def _within_reach(lines: list[str]) -> list[str]:
    """The first lines of ``lines`` up to :data:`DATELINE_REACH` of them that are no menu item,
    with the menu items among them."""
    out, counted = [], 0
    for line in lines:
        if counted >= DATELINE_REACH - OPENING_LINES:
            break
        out.append(line)
        counted += not _MENU_ITEM.match(line)
    return out


def _nearest_year(day: str, full: list[str], year: int) -> str:
    """A yearless opening day (``day``, dated in ``year``) when the page's year came from a full
    date it names ("утверждена 28 ноября 2024 года"): of the years around that one, the year
    that puts the day nearest to that date. A report tells of its own weeks: "29 января" over
    a body naming 28 November 2024 is of January 2025, not of ten months before it. ``full``:
    the page's full dates (ISO) but the bounds of periods.

    >>> opening_date(["29 января министр посетил Минск.", "Решение принято 28 ноября 2024 года."], 2024)
    '2025-01-29'
    """
    ref = next((dt.date.fromisoformat(d) for d in full if int(d[:4]) == year), None)
    if ref is None:
        return day
    month, mday = int(day[5:7]), int(day[8:10])

    def gap(y: int) -> int:
        try:
            return abs((dt.date(y, month, mday) - ref).days)
        except ValueError:  # 29 February
            return 10 ** 6

    best = min((year - 1, year, year + 1), key=lambda y: (gap(y), y != year))
    return f"{best}{day[4:]}" if gap(best) < 10 ** 6 else day


@lru_cache(maxsize=1)
def _relative_pattern() -> re.Pattern[str]:
    data = load_yaml("ru/dates.yaml")
    words = "|".join(sorted(data.get("days_before", {}), key=len, reverse=True))
    days = "|".join(data.get("weekdays", []))
    return re.compile(rf"(?i:\b(?P<word>{words})\b|\bво?\s+(?P<weekday>{days})\b)")


def relative_russian_date(text: str, report_date: str | None) -> str | None:
    """The date of the first day ``text`` names relative to the report's date (ISO): "вчера",
    "накануне", "в пятницу" (the last Friday on or before the report's day); None without one."""
    if not report_date or len(report_date) != 10:
        return None
    data = load_yaml("ru/dates.yaml")
    m = _relative_pattern().search(text)
    if m is None:
        return None
    day = dt.date.fromisoformat(report_date)
    if m["word"]:
        return (day - dt.timedelta(days=data["days_before"][m["word"].lower()])).isoformat()
    weekday = [w.lower() for w in data["weekdays"]].index(m["weekday"].lower())
    return (day - dt.timedelta(days=(day.weekday() - weekday) % 7)).isoformat()


def page_year(text: str) -> int | None:
    """The year a yearless dateline of ``text`` takes: the first year the page names, leaving
    out the years it looks forward to (after ``forward_words``: "планы на 2026 год", "до 2030
    года"), which are often the next year's, the years of a period ("между сессиями 2015-2016
    гг.": the years around the page's, not its own) and a year in brackets, which dates the
    occasion before it ("решений декабрьской (2010г.) сессии"). A year its sentence names as the
    year before the report's ("в прошлом году": :func:`_of_last_year`) gives the one after it.
    None when only those are named.

    >>> page_year("в период 2015- 2016 гг. и в 2016-2017гг."), page_year("решений декабрьской (2010г.) сессии в 2011 году")
    (None, 2011)
    """
    forward = "|".join(re.escape(w) for w in load_yaml("ru/dates.yaml").get("forward_words", []))
    for m in re.finditer(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text):
        before = text[max(0, m.start() - 12):m.start()]
        if forward and re.search(rf"(?i:(?<![а-яё])(?:{forward})\s+)$", before):
            continue
        if _in_period(text, m) or re.search(r"\(\s*$", before) and re.match(r"[^()\d\n]{0,8}\)", text[m.end():]):
            continue
        return int(m.group(1)) + _of_last_year(text, m)
    return None


def _of_last_year(text: str, m: re.Match) -> int:
    """1 when the sentence of the year ``m`` names it as the year before the report's
    (``last_year_words``: "проведённые в прошлом году учения «Рубеж-2010»"), else 0.

    >>> text = "Отметил мероприятия, проведённые в прошлом году: учения «Рубеж-2010»."
    >>> page_year(text)
    2011
    """
    pattern = _last_year_words()
    if pattern is None:
        return 0
    from .sentences import russian_sentences

    start, end = next(((a, b) for a, b in russian_sentences(text) if a <= m.start() and m.end() <= b), (0, len(text)))
    return int(pattern.search(text[start:end].lower()) is not None)


@lru_cache(maxsize=1)
def _last_year_words() -> re.Pattern[str] | None:
    """``last_year_words`` of ``ontology/ru/dates.yaml`` as one pattern of whole words."""
    words = load_yaml("ru/dates.yaml").get("last_year_words", [])
    return re.compile("(?<![а-яё])(?:" + "|".join(map(re.escape, words)) + ")(?![а-яё])") if words else None


_PERIOD_END = re.compile(r"\s*[-–—]\s*(?:(?P<y>(?:19|20)\d\d)(?!\d)|(?P<yy>\d\d)(?![\d./-]))")
_PERIOD_START = re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)\s*[-–—]\s*$")


def _in_period(text: str, m: re.Match) -> bool:
    """The year ``m`` opens or closes a period of years ("2015- 2016", "2019–20"), not a date
    ("2014-03-13")."""
    year = int(m.group(1))
    end = _PERIOD_END.match(text, m.end())
    if end and (int(end["y"]) > year if end["y"] else int(end["yy"]) > year % 100):
        return True
    start = _PERIOD_START.search(text[max(0, m.start() - 8):m.start()])
    return bool(start) and int(start["y"]) < year


@lru_cache(maxsize=1)
def _month_pattern() -> re.Pattern[str]:
    names = "|".join(load_yaml("ru/dates.yaml")["months_in"])
    return re.compile(rf"(?<![а-яё])в\s+(?P<month>(?i:{names}))(?:\s+(?P<year>(?:19|20)\d\d))?(?![а-яё])")


def russian_month(text: str, report_date: str | None) -> str | None:
    """The month (``YYYY-MM``) of an occasion ``text`` dates by its month only ("в августе",
    "в мае 2023 года"): without a year, the last such month on or before the report's; None
    when the text names none.

    >>> russian_month("На прошедшем в августе брифинге", "2025-08-31"), russian_month("в мае", "2025-03-02")
    ('2025-08', '2024-05')
    """
    m = _month_pattern().search(text)
    if m is None:
        return None
    month = [w.lower() for w in load_yaml("ru/dates.yaml")["months_in"]].index(m["month"].lower()) + 1
    if m["year"]:
        return f"{m['year']}-{month:02d}"
    if not report_date or len(report_date) < 7:
        return None
    year, current = int(report_date[:4]), int(report_date[5:7])
    return f"{year if month <= current else year - 1}-{month:02d}"


def russian_span(text: str, year: int | None = None) -> tuple[str, str] | None:
    """The first and last day (ISO) of the first span of days ``text`` gives in one month
    ("26–27 ноября 2024 года"); None when its first date is a single day.

    >>> russian_span("сессия 26–27 ноября 2024 года")
    ('2024-11-26', '2024-11-27')
    """
    m = _pattern().search(text)
    if m is None or not m["last"]:
        return None
    mo, y = _month(m["month"]), int(m["year"]) if m["year"] else year
    try:
        first, last = dt.date(y, mo, int(m["day"])), dt.date(y, mo, int(m["last"]))
    except (TypeError, ValueError):
        return None
    return (first.isoformat(), last.isoformat()) if last > first else None
