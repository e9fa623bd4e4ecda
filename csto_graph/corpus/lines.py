"""Corpus stage, lines: the kind of each line of a page (navigation, credit, rule, date line,
dateline, caption, footer, headline, text) and the questions the segmenter of
:mod:`csto_graph.corpus.pages` asks of a line (does it open with a date of its own, name
someone, refer back to the item before it)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocab.resources import load_yaml
from ..vocab.words import words
from .dates import bylined, date_line, first_full_date
from .language import READ_LANGUAGES, detect_language, is_foreign, page_language

HEADLINE_DATED = re.compile(r"^(?P<title>.*\S)\s+(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>(?:19|20)\d\d)$")
HEADLINE_WORDS = 3  # a headline before its glued date has a few words at least ("Ministers meet in Minsk")


def dated_headline(text: str) -> tuple[str, str] | None:
    """The title and the ISO date of a headline printed with its date glued after it: a
    numeric date ("Ministers meet in Minsk 08.12.2021"), or a full date with its time, in any
    language a date line is read in ("Ministers meet in Minsk 10 August 2014, 12:39"; a
    headline never ends with a clock time, so "Ministers to meet on 10 August 2014" stays text).

    >>> dated_headline("Ministers meet in Minsk 08.12.2021"), dated_headline("Ministers meet in Minsk 10 августа 2014, 12:39")
    (('Ministers meet in Minsk', '2021-12-08'), ('Ministers meet in Minsk', '2014-08-10'))
    >>> dated_headline("Ministers to meet on 10 August 2014") is None
    True
    """
    m = HEADLINE_DATED.match(text)
    if m:
        return m["title"].strip(), f"{m['y']}-{m['m']}-{m['d']}"
    placed = _DATE_AND_CITY.search(text)
    if _DIGIT_TIME.search(text) is None and not (placed and known_place(placed["city"])):
        return None
    gaps = list(re.finditer(r"\s+(?=[0-3]?\d\s|[^\W\d_]+\.?\s+[0-3]?\d\b)", text))
    for gap in reversed(gaps):  # the date nearest the end: a word before it is the headline's ("... in Minsk 10 May")
        title = text[:gap.start()]
        if len(re.findall(r"[^\W\d_]+", title)) < HEADLINE_WORDS or TERMINAL.search(title):
            continue
        when = date_line(text[gap.end():])
        if when is None or not when.value or len(when.value) != 10:
            continue
        if when.end == len(text) - gap.end() and _DIGIT_TIME.search(text[gap.end():]):
            return title, when.value
        # "Session of the Council September 15, 2015, Dushanbe": a full date and a known city end
        # the headline, with no preposition before the date ("... to meet on 10 May 2015, Minsk" plans)
        if placed and gap.end() + when.end == placed.start("date_end") and \
                title.split()[-1].lower() not in words().date_prepositions:
            return title, when.value
    return None


_DIGIT_TIME = re.compile(r"\d[:][0-5]\d\s*$")
# a full date's year, a comma and a city ending a line ("..., September 15, 2015, Dushanbe")
_DATE_AND_CITY = re.compile(r"(?:19|20)\d\d(?P<date_end>),\s+(?P<city>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)\s*$")


def _day_month() -> str:
    """A dateline's day and month in either order, maybe with its year ("December 2", "26
    December", "July 13, 2011"): the groups ``month``/``day``, ``month2``/``day2`` and ``year``."""
    w = words()
    month = "(?i:" + "|".join([*w.months, *(m[:3] for m in w.months if len(m) > 3), "sept"]) + r")\.?"
    return (rf"(?:(?P<month>{month})\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s+(?P<month2>{month}))"
            r"(?:,?\s+(?P<year>(?:19|20)\d\d))?")


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    """A dateline: the city in capitals (a country may follow), the day and month, maybe the
    year, and the agency: "MOSCOW, December 2 - RIA Novosti.", "MOSCOW, December 2. /TASS/.",
    "MINSK, 26 December (BelTA) -", "MINSK, 26.12.2019 (BelTA) -", "YEREVAN, MAY 21, ARMENPRESS.", "DUSHANBE, July 13, 2011,
    Asia-Plus --", "DUSHANBE, Tajikistan, November 27. The ...", "FIRING RANGE /Tajikistan/,
    October 21. /TASS/." (a place away from a city, its state between slashes: ``state``)."""
    place = (r"(?P<place>[A-Z][A-Z'\-]+(?:[ \-][A-Z][A-Z'\-]+){0,3})"
             r"(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?|\s+/(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)/)?")
    date = (rf"(?:{_day_month()}"
            r"|(?P<nday>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<nyear>(?:19|20)\d\d))")
    agency = (r"(?:\s*[-–—]+\s*(?P<agency>[^./]{2,60}?)\.|\.\s*/(?P<agency2>[^/]{2,40})/\.?"
              r"|\s*\((?P<agency3>[^()]{2,40})\)\s*[-–—]+|,\s*(?P<agency4>[A-Z][\w\-]*(?:[ \-][A-Z][\w\-]*){0,2})"
              r"\s*(?:[-–—]+|\.)|\.(?=\s+[A-Z“\"«])|\s*[-–—]+)")
    return re.compile(rf"^{place},\s+{date}{agency}\s*")


@lru_cache(maxsize=1)
def _outlet_dateline() -> re.Pattern[str]:
    """A dateline of a date and an outlet without a city: "February 13, AGENCY. The ...",
    "13 February 2023, Agency - The ..." (the caller checks that the outlet names no place or
    day). The outlet is an acronym or up to three capitalised words, then a full stop or a
    dash and the text."""
    date = _day_month()
    outlet = r"(?P<agency4>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})"
    return re.compile(rf"^{date},\s+{outlet}\s*(?:\.|[-–—]+)\s+(?=[A-Z“\"«…])")  # "…": a header alone


def _outlet_dateline_match(text: str) -> re.Match[str] | None:
    m = _outlet_dateline().match(text)
    if m is None:
        return None
    name = m["agency4"]
    if known_place(name) or any(word.lower() in words().calendar for word in name.split()):
        return None  # "May 3, Minsk. ...", "May 3, Tuesday. ..."
    return m


@lru_cache(maxsize=1)
def _place_dateline() -> re.Pattern[str]:
    """A dateline without a date: "ASTANA. KAZINFORM The ...", "ASTANA. KAZINFORM - The ...",
    "YEREVAN. – The ...", "ASTANA – Kazakh ...", "ASTANA (Agency) - The ...", or with the
    agencies and the date in brackets, "MINSK (Agency / Agency - 15th October, 2020) The ..."
    (the city must be a place the gazetteer knows)."""
    return re.compile(r"^(?P<place>[A-Z][A-Z'\-]+(?:[ \-][A-Z][A-Z'\-]+){0,2})"
                      r"(?:\.\s*(?P<agency>[A-Z]{3,}(?:[ \-][A-Z]{2,})?)\s+(?:[-–—]+\s+)?|\.?\s+[-–—]+\s+"
                      r"|\s+\((?P<agency3>[^()]{2,40})\)\s*[-–—]+\s+"
                      r"|\s+\([A-Z][^()]{2,60}?\b(?:19|20)\d\d\)\s+)(?=[A-Z“\"«])")


@lru_cache(maxsize=1)
def _slashed_dateline() -> re.Pattern[str]:
    """A dateline of a city, a numeric date with a two-digit year and an agency, set apart by
    slashes, with spaces around them or none: "Baku / 21.12.18 / Turan:", "Almaty/13.01.22/Turan:".
    Day, month and year have two digits each and the slashes and the colon must all be there, so
    that neither "12.04" nor a price matches."""
    return re.compile(r"^(?P<place>[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){0,2})\s*/\s*"
                      r"(?P<nday>[0-3]\d)\.(?P<nmonth>[01]\d)\.(?P<yy>\d\d)\s*/\s*"
                      r"(?P<agency>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})\s*:\s+(?=\S)")


def match_dateline(text: str) -> re.Match[str] | None:
    """The dateline that opens ``text``, with or without a date.

    >>> m = match_dateline("Baku / 21.12.18 / Turan: On December 21, the ministers met.")
    >>> m["place"], m["nday"], m["nmonth"], m["yy"]
    ('Baku', '21', '12', '18')
    >>> match_dateline("Prices / 12.04 / Market: rose.") is None
    True
    """
    m = _dateline().match(text) or _slashed_dateline().match(text) or _outlet_dateline_match(text)
    if m is not None:
        return m
    m = _place_dateline().match(text)
    if m is not None and (known_place(m["place"]) or names_a_region(m["place"])):
        return m
    return None


def dateline_place(m: re.Match[str]) -> str | None:
    """The place a dateline gives: its city, or, for a place the gazetteer does not know
    followed by its state between slashes ("FIRING RANGE /Tajikistan/, October 21. /TASS/."),
    the state (a range or a training ground is somewhere in that state, not a city of it).

    >>> dateline_place(match_dateline("FIRING RANGE /Tajikistan/, October 21. /TASS/. The drills began."))
    'Tajikistan'
    >>> dateline_place(match_dateline("MINSK /Belarus/, October 21. /TASS/. The drills began."))
    'MINSK'
    """
    if not m.groupdict().get("place"):
        return None  # "February 13, Agency. The ...": the outlet's dateline names no city
    place, state = m["place"].strip(), m.groupdict().get("state")
    return state if state and not known_place(place) and known_place(state) else place


def names_a_region(place: str) -> bool:
    """A dateline's place of two words or more whose last is a kind of region ("ZHAMBYL REGION":
    ``region_kinds`` in ``ontology/words.yaml``), which the gazetteer need not know.

    >>> names_a_region("ZHAMBYL REGION"), names_a_region("REGION"), names_a_region("BREAKING NEWS")
    (True, False, False)
    """
    parts = place.split()
    return len(parts) >= 2 and parts[-1].lower() in words().region_kinds


TERMINAL = re.compile(r"[.!?:;…]$")


@dataclass(frozen=True)
class Line:
    start: int
    text: str  # stripped
    kind: str  # blank, widget, nav, credit, rule, footer, caption, stamp, date, headline_dated, dateline, text


@lru_cache(maxsize=1)
def line_patterns() -> dict[str, list[re.Pattern[str]] | re.Pattern[str]]:
    data = load_yaml("boilerplate.yaml")
    compiled: dict = {}
    for key in ("widget", "navigation", "credit", "rule", "footer_start", "footer_continue"):
        compiled[key] = [re.compile(rf"^(?:{p})$", re.IGNORECASE) for p in data[key]]
    compiled["file_name_prefix"] = re.compile(rf"^{data['file_name_prefix']}", re.IGNORECASE)
    compiled["page_stamp"] = re.compile(rf"^{data['page_stamp']}\s*")
    compiled["year_label"] = re.compile(rf"^(?:{data['year_label']})$", re.IGNORECASE)
    compiled["continuation_start"] = [re.compile(rf"^(?:{p})", re.IGNORECASE) for p in data["continuation_start"]]
    compiled["continuation_anywhere"] = [re.compile(p, re.IGNORECASE) for p in data["continuation_anywhere"]]
    return compiled


@lru_cache(maxsize=1)
def _date_opener() -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(map(re.escape, words().date_openers)) + r")\s")


def opens_with_date(text: str) -> bool:
    """A paragraph that opens with a full date of its own ("On 12 July 2023, ...").

    >>> opens_with_date("From 27 to 29 August 2025, the Secretary General visited Bishkek.")
    True
    >>> opens_with_date("The meeting was held on 3 July 2023 in Minsk.")
    False
    """
    return bool(_date_opener().match(text)) and first_full_date(text[:60]) is not None


_CAPITALISED_PAIR = re.compile(r"\b(?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")


def names_someone(text: str) -> bool:
    """A line that may name a person: two capitalised words that no known body or state explains.

    On a list page, a line that names nobody and gives no date ("A statement on the budget
    was adopted.") continues the item before it.

    >>> names_someone("A statement on the formation of the Organization's budget was adopted.")
    False
    >>> names_someone("During his visit, the Secretary General Ivan Petrov was received.")
    True
    >>> names_someone("Dear Sergey Kuzhugetovich!")
    True
    """
    from ..vocab.gazetteer import load_gazetteer

    masked = text
    for match in reversed(load_gazetteer().find(text)):
        masked = masked[:match.start] + "#" * (match.end - match.start) + masked[match.end:]
    return any(m.group(1) not in words().not_name_openers for m in _CAPITALISED_PAIR.finditer(masked))


def refers_back(text: str) -> bool:
    """A line that continues the item before it ("He stressed ...", "... participated in the meeting").

    >>> refers_back("The defense ministers of the Republic of Armenia participated in the meeting.")
    True
    >>> refers_back("During his visit to the Republic of Tajikistan, the Secretary General was received.")
    False
    """
    pats = line_patterns()
    if first_full_date(text):
        return False  # a line with a date of its own opens an item
    return any(p.match(text) for p in pats["continuation_start"]) or \
        any(p.search(text) for p in pats["continuation_anywhere"])


_NOT_READ = frozenset({"blank", "widget", "nav", "credit", "rule", "date", "caption"})  # lines that open no article


def unread_language(text: str) -> str | None:
    """The language of a page this stage cannot read, or None.

    A line mostly in another script is a caption (read for names, never as an article),
    so a page whose every line with letters is such a caption, navigation, a credit, a
    rule or a date gives no article at all: such a page, or one mostly in Cyrillic in a
    language no reader reads (:data:`READ_LANGUAGES`), is skipped with its language, never
    read as silently empty. A page with one English line of text is read as before (the
    lines are looked at until the first).

    >>> unread_language("Встреча министров обороны\\n\\n02.12.2021\\nМинистры обсудили вопросы."), \\
    ...     unread_language("The Council met.\\nВстреча министров обороны")
    (None, None)
    """
    language = page_language(text)
    if language != "en":  # a page mostly in Cyrillic: read when a reader of its language exists
        return None if language in READ_LANGUAGES else language
    foreign: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not any(char.isalpha() for char in line):
            continue  # "2021", "* * *": nothing to read in any language
        kind = classify_line(line)
        if kind not in _NOT_READ:
            return None
        if kind == "caption":
            foreign.append(line)
    found = detect_language(" ".join(foreign)[:2000]) if foreign else None
    return None if found in READ_LANGUAGES else found


def _matches(key: str, text: str) -> bool:
    return any(p.match(text) for p in line_patterns()[key])


def classify_line(text: str, in_footer: bool = False, script: str = "latin") -> str:
    """The kind of one stripped line of a page.

    >>> classify_line("Back to the all news"), classify_line("08.12.2021"), classify_line("14 March 2019, 10:32")
    ('nav', 'date', 'date')
    >>> classify_line("MOSCOW, December 2 - RIA Novosti news agency.  The Secretary said.")
    'dateline'
    >>> classify_line("By Ivan Petrov • 3 May 2021 • 10:15"), classify_line("Talks resume • Prices fall • Rain")
    ('date', 'widget')
    """
    if not text:
        return "blank"
    if bylined(text):  # "By Ivan Petrov • 3 May 2021 • 10:15": no ticker
        return "date"
    if _matches("widget", text):
        return "widget"
    if _matches("navigation", text):
        return "nav"
    if _matches("credit", text):
        return "credit"
    if _matches("rule", text):
        return "rule"
    if date_line(text) is not None:  # before the script: "Москва. 16.05.2022. ТАСС" dates an English page
        return "date"
    if is_foreign(text, script):
        return "caption"
    if len(text) < 400 and dated_headline(text) is not None:
        return "headline_dated"
    if match_dateline(text):
        return "dateline"
    if (_matches("footer_start", text) and not _is_sentence(text) and not text[:1].islower()) \
            or (in_footer and _matches("footer_continue", text)):
        return "footer"  # (a line in lower case goes on the sentence above: "his press service said.")
    return "text"


FOOTER_WORDS = 12  # a press office's signature is a few words; on the dev sets every footer line had at most 10


def _is_sentence(text: str) -> bool:
    """A long line that ends as a sentence ends: the report's text, even when it opens like a
    footer ("The press service of the ministry said the exercise ... ended.").

    >>> _is_sentence("The press service of the district said the drills involve units of four states."), \\
    ...     _is_sentence("The Press Secretary Ivan Petrov")
    (True, False)
    """
    return len(text.split()) >= FOOTER_WORDS and ends_sentence(text)


def ends_sentence(text: str) -> bool:
    """The text ends with final punctuation, maybe before a closing quote ("... he said.\"")."""
    return TERMINAL.search(text.rstrip("\"”»' ")) is not None


def known_place(name: str) -> bool:
    """A city or a state the gazetteer knows, however its case is written ("MINSK")."""
    from ..vocab.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(name.title())
    return entry is not None and entry.kind in {"place", "state"}


def page_lines(text: str, script: str = "latin") -> list[Line]:
    """The page's lines with their kinds. A page stamp opening the first line, and a date
    glued to the text after it ("21.05.2020On May 26, ..."), are lines of their own."""
    out: list[Line] = []
    offset = 0
    in_footer = False
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        start = offset + lead
        stamp = line_patterns()["page_stamp"].match(stripped) if not any(ln.kind != "blank" for ln in out) else None
        if stamp:
            out.append(Line(start, stripped[:stamp.end()].rstrip(), "stamp"))
            start, stripped = start + stamp.end(), stripped[stamp.end():]
        when = date_line(stripped) if stripped[:1].isdigit() else None
        if when is not None and when.end < len(stripped) and stripped[when.end].isalpha():  # glued, not ", Minsk - Agency"
            out.append(Line(start, stripped[:when.end], "date"))
            rest = stripped[when.end:]
            start, stripped = start + when.end + len(rest) - len(rest.lstrip()), rest.lstrip()
        kind = classify_line(stripped, in_footer, script)
        in_footer = kind == "footer" or (in_footer and kind == "blank")
        out.append(Line(start, stripped, kind))
        offset += len(raw) + 1
    return out


def is_headline(lines: list[Line], i: int) -> bool:
    """A text line that stands alone, has no final punctuation, and opens an item (a line
    that ends with a comma or a colon goes on: "President Ivan Petrov: Colleagues,")."""
    line = lines[i]
    text = line.text.rstrip("\"”»' ")
    if len(line.text) > 250 or TERMINAL.search(text) or len(re.findall(r"[^\W\d_]+", text)) < 3 \
            or text.endswith((",", ";", ":")) \
            or not re.search(r"[^\W\d_]", text) \
            or re.search(r"(?<!\b[A-Z])[.!?][\"”»']?\s+[A-Z(]", text):  # not after an initial ("A. Petrov")
        return False
    nxt = next((ln for ln in lines[i + 1:] if ln.kind not in {"blank", "widget"}), None)
    blank_after = i + 1 < len(lines) and lines[i + 1].kind in {"blank", "widget"}
    if nxt is not None and nxt.kind in {"headline_dated", "date"}:
        return True
    return blank_after and nxt is not None and nxt.kind in {"text", "caption", "date", "dateline", "credit"}
