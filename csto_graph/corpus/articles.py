"""Corpus stage: from decoded pages to clean, dated, de-duplicated articles.

A scraped page holds several news items, teasers, navigation lines, captions in
another language, photo credits and press footers. :func:`split_page` reads a page
line by line, classifies each line, and cuts articles at headlines, date lines,
datelines and navigation; :func:`build_articles` does that for a whole corpus and
merges the same item found in several files into one article with all its sources.

Article text is made of verbatim copies of the page's lines (``Piece``), so every
offset maps back to the source file.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..vocab.words import words
from .dates import FULL_SHAPES, date_line, find_dates, first_full_date, month_number
from ..models import Article, Caption, Document, Piece, SourceRef
from .dedupe import article_id, deduplicate
from ..vocab.resources import load_yaml

_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")  # letters of another script
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_HEADLINE_DATED = re.compile(r"^(?P<title>.*\S)\s+(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>(?:19|20)\d\d)$")


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    """A dateline: the city in capitals (a country may follow), the day and month, maybe the
    year, and the agency: "MOSCOW, December 2 - RIA Novosti.", "MOSCOW, December 2. /TASS/.",
    "MINSK, 26 December (BelTA) -", "YEREVAN, MAY 21, ARMENPRESS.", "DUSHANBE, July 13, 2011,
    Asia-Plus --", "DUSHANBE, Tajikistan, November 27. The ..."."""
    w = words()
    month = "(?i:" + "|".join([*w.months, *(m[:3] for m in w.months if len(m) > 3), "sept"]) + r")\.?"
    place = r"(?P<place>[A-Z][A-Z'\-]+(?:[ \-][A-Z][A-Z'\-]+){0,3})(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    date = (rf"(?:(?P<month>{month})\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s+(?P<month2>{month}))"
            r"(?:,?\s+(?P<year>(?:19|20)\d\d))?")
    agency = (r"(?:\s*[-–—]+\s*(?P<agency>[^./]{2,60}?)\.|\.\s*/(?P<agency2>[^/]{2,40})/\.?"
              r"|\s*\((?P<agency3>[^()]{2,40})\)\s*[-–—]+|,\s*(?P<agency4>[A-Z][\w\-]*(?:[ \-][A-Z][\w\-]*){0,2})"
              r"\s*(?:[-–—]+|\.)|\.(?=\s+[A-Z“\"«])|\s*[-–—]+)")
    return re.compile(rf"^{place},\s+{date}{agency}\s*")


@lru_cache(maxsize=1)
def _place_dateline() -> re.Pattern[str]:
    """A dateline without a date: "ASTANA. KAZINFORM The ...", "YEREVAN. – The ...",
    "ASTANA – Kazakh ..." (the city must be a place the gazetteer knows)."""
    return re.compile(r"^(?P<place>[A-Z][A-Z'\-]+(?:[ \-][A-Z][A-Z'\-]+){0,2})"
                      r"(?:\.\s*(?P<agency>[A-Z]{3,}(?:[ \-][A-Z]{2,})?)\s+|\.?\s+[-–—]+\s+)(?=[A-Z“\"«])")


def _match_dateline(text: str) -> re.Match[str] | None:
    """The dateline that opens ``text``, with or without a date."""
    m = _dateline().match(text)
    if m is not None:
        return m
    m = _place_dateline().match(text)
    if m is not None:
        from ..vocab.gazetteer import load_gazetteer

        entry = load_gazetteer().lookup(m["place"].title())
        if entry is not None and entry.kind in {"place", "state"}:
            return m
    return None


_TERMINAL = re.compile(r"[.!?:;…]$")


@dataclass(frozen=True)
class _Line:
    start: int
    text: str  # stripped
    kind: str  # blank, nav, credit, rule, footer, caption, stamp, date, headline_dated, dateline, text


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[re.Pattern[str]] | re.Pattern[str]]:
    data = load_yaml("boilerplate.yaml")
    compiled: dict = {}
    for key in ("navigation", "credit", "rule", "footer_start", "footer_continue"):
        compiled[key] = [re.compile(rf"^(?:{p})$", re.IGNORECASE) for p in data[key]]
    compiled["file_name_prefix"] = re.compile(rf"^{data['file_name_prefix']}", re.IGNORECASE)
    compiled["page_stamp"] = re.compile(rf"^{data['page_stamp']}\s*")
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


def _weeks_apart(date: str | None, other: str | None, days: int = 7) -> bool:
    """Two full ISO dates more than ``days`` apart: a paragraph opening with such a date,
    under a dated headline, tells another item.

    >>> _weeks_apart("2024-07-11", "2024-04-24"), _weeks_apart("2024-07-11", "2024-07-10")
    (True, False)
    """
    if not date or not other or len(date) != 10 or len(other) != 10:
        return False
    return abs((dt.date.fromisoformat(date) - dt.date.fromisoformat(other)).days) > days


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
    pats = _patterns()
    if first_full_date(text):
        return False  # a line with a date of its own opens an item
    return any(p.match(text) for p in pats["continuation_start"]) or \
        any(p.search(text) for p in pats["continuation_anywhere"])


LANGUAGES = ("en", "ru", "uk", "be", "kk", "ky", "tg", "hy", "uz")


@lru_cache(maxsize=4096)
def detect_language(text: str) -> str:
    """ISO 639-1 code of a caption line, among the languages of the region (py3langid).

    >>> detect_language("Президент РФ Владимир Путин проводит сессию")
    'ru'
    """
    from py3langid import langid

    _restrict_languages()
    return langid.classify(text)[0]


@lru_cache(maxsize=1)
def _restrict_languages() -> None:
    from py3langid import langid

    langid.set_languages(list(LANGUAGES))


READ_LANGUAGES = ("en", "ru")  # the languages a reader of csto_graph.extract reads


def page_language(text: str) -> str:
    """The language of a page: English unless most of its letters are Cyrillic, then the
    language py3langid finds in its text. The one place where a page's language is decided
    (a page in a language outside :data:`READ_LANGUAGES` is not read). An English page with
    Russian captions stays English; its captions are told apart line by line.

    >>> page_language("Генсек ОДКБ и министры обсудили план учений."), page_language("The CSTO met.")
    ('ru', 'en')
    """
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic == 0 or cyrillic < len(_LATIN.findall(text)):
        return "en"
    return detect_language(text[:3000])


_NOT_READ = frozenset({"blank", "nav", "credit", "rule", "date", "caption"})  # lines that open no article


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
    return any(p.match(text) for p in _patterns()[key])


def _is_foreign(text: str, script: str = "latin") -> bool:
    """Mostly letters of another script than the page's (a Russian or Armenian caption on an
    English page; an Armenian one on a Russian page, whose Latin words are part of its text)."""
    other = len(_NON_LATIN.findall(text))
    if script == "cyrillic":
        other -= len(_CYRILLIC.findall(text))
        return other > 0 and other >= len(_CYRILLIC.findall(text)) + len(_LATIN.findall(text))
    return other > 0 and other >= len(_LATIN.findall(text))


def classify_line(text: str, in_footer: bool = False, script: str = "latin") -> str:
    """The kind of one stripped line of a page.

    >>> classify_line("Back to the all news"), classify_line("08.12.2021"), classify_line("14 March 2019, 10:32")
    ('nav', 'date', 'date')
    >>> classify_line("MOSCOW, December 2 - RIA Novosti news agency.  The Secretary said.")
    'dateline'
    """
    if not text:
        return "blank"
    if _matches("navigation", text):
        return "nav"
    if _matches("credit", text):
        return "credit"
    if _matches("rule", text):
        return "rule"
    if date_line(text) is not None:  # before the script: "Москва. 16.05.2022. ТАСС" dates an English page
        return "date"
    if _is_foreign(text, script):
        return "caption"
    if _HEADLINE_DATED.match(text) and len(text) < 400:
        return "headline_dated"
    if _match_dateline(text):
        return "dateline"
    if _matches("footer_start", text) or (in_footer and _matches("footer_continue", text)):
        return "footer"
    return "text"


def _lines(text: str, script: str = "latin") -> list[_Line]:
    """The page's lines with their kinds. A page stamp opening the first line, and a date
    glued to the text after it ("21.05.2020On May 26, ..."), are lines of their own."""
    out: list[_Line] = []
    offset = 0
    in_footer = False
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        start = offset + lead
        stamp = _patterns()["page_stamp"].match(stripped) if not any(ln.kind != "blank" for ln in out) else None
        if stamp:
            out.append(_Line(start, stripped[:stamp.end()].rstrip(), "stamp"))
            start, stripped = start + stamp.end(), stripped[stamp.end():]
        when = date_line(stripped) if stripped[:1].isdigit() else None
        if when is not None and when.end < len(stripped):
            out.append(_Line(start, stripped[:when.end], "date"))
            rest = stripped[when.end:]
            start, stripped = start + when.end + len(rest) - len(rest.lstrip()), rest.lstrip()
        kind = classify_line(stripped, in_footer, script)
        in_footer = kind == "footer" or (in_footer and kind == "blank")
        out.append(_Line(start, stripped, kind))
        offset += len(raw) + 1
    return out


def _is_headline(lines: list[_Line], i: int) -> bool:
    """A text line that stands alone, has no final punctuation, and opens an item (a line
    that ends with a comma or a colon goes on: "President Ivan Petrov: Colleagues,")."""
    line = lines[i]
    text = line.text.rstrip("\"”»' ")
    if len(line.text) > 250 or _TERMINAL.search(text) or len(re.findall(r"[^\W\d_]+", text)) < 3 \
            or text.endswith((",", ";", ":")) \
            or not re.search(r"[^\W\d_]", text) \
            or re.search(r"(?<!\b[A-Z])[.!?][\"”»']?\s+[A-Z(]", text):  # not after an initial ("A. Petrov")
        return False
    nxt = next((ln for ln in lines[i + 1:] if ln.kind != "blank"), None)
    blank_after = i + 1 < len(lines) and lines[i + 1].kind == "blank"
    if nxt is not None and nxt.kind in {"headline_dated", "date"}:
        return True
    return blank_after and nxt is not None and nxt.kind in {"text", "caption", "date", "dateline", "credit"}


@dataclass
class _Draft:
    title: str = ""
    date: str | None = None
    date_source: str = "none"
    header: bool = False
    place: str | None = None
    pieces: list[tuple[int, str, str]] = field(default_factory=list)  # (source_start, text, kind)
    captions: list[Caption] = field(default_factory=list)
    headers: list[Caption] = field(default_factory=list)
    dateline_md: tuple[int, int] | None = None

    @property
    def has_body(self) -> bool:
        return any(kind == "body" for _, _, kind in self.pieces)


def _iso(y: str | int, m: str | int, d: str | int) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _page_years(text: str) -> dict[tuple[int, int], int]:
    """(month, day) -> year for every numeric date on the page (captions give them)."""
    years: dict[tuple[int, int], int] = {}
    for m in re.finditer(r"(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)(?!\d)", text):
        years.setdefault((int(m.group(2)), int(m.group(1))), int(m.group(3)))
    return years


def split_page(doc: Document) -> list[Article]:
    """Cut one page into articles (not yet de-duplicated across pages), each in the page's
    language (:func:`page_language`)."""
    language = page_language(doc.text)
    lines = _lines(doc.text, "latin" if language == "en" else "cyrillic")
    if language != "en":
        return _whole_page(doc, lines, language)
    stamp = next((ln for ln in lines if ln.kind == "stamp"), None)
    page_date = _patterns()["page_stamp"].match(stamp.text).group(1) if stamp else None
    drafts = _Segmenter(lines).run()
    years = _page_years(doc.text)
    for line in lines:
        when = date_line(line.text) if line.kind == "date" else None
        if when is not None and when.value:
            years.setdefault((when.month, when.day), int(when.value[:4]))
    articles = [a for a in (_finish(doc, d, years, page_date) for d in drafts if not _is_furniture(d))
                if a is not None]
    return _dates_from_neighbours(articles)


class _Segmenter:
    """The items of an English page, line by line: one method per kind of line
    (:func:`classify_line`), each adding to the item being read or closing it.

    ``prev_kind`` is the kind of the last line that counted (blank lines, the page stamp, a
    headline printed twice and "* * *" do not).
    """

    def __init__(self, lines: list[_Line]):
        self.lines = lines
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.blanks = 0
        self.prev_kind = "blank"

    def run(self) -> list[_Draft]:
        for i, line in enumerate(self.lines):
            if line.kind == "blank":
                self.blanks += 1
                continue
            after_blanks, self.blanks = self.blanks, 0
            self._break_before(line, after_blanks)
            handler = self._HANDLERS.get(line.kind, _Segmenter._on_text)
            if handler(self, i, line, after_blanks) is not False:
                self.prev_kind = line.kind
        self.close()
        return self.drafts

    def close(self) -> None:
        if self.current is not None and (self.current.pieces or self.current.title):
            self.drafts.append(self.current)
        self.current = None

    def last_draft(self) -> _Draft | None:
        return self.current if self.current is not None else (self.drafts[-1] if self.drafts else None)

    def _open(self) -> _Draft:
        self.current = _Draft()
        return self.current

    def _break_before(self, line: _Line, after_blanks: int) -> None:
        current, kind = self.current, line.kind
        if after_blanks >= 2 and current is not None and not current.header and \
                not (kind == "text" and refers_back(line.text)):
            self.close()  # teasers on a list page are set apart by blank lines
        elif kind == "text" and current is not None and current.has_body and opens_with_date(line.text) and \
                (after_blanks >= (2 if current.header else 1)
                 or (after_blanks == 1 and _weeks_apart(current.date, first_full_date(line.text[:60])))):
            self.close()  # "On 12 July 2023, ..." after a blank line opens the next item

    def _on_stamp(self, i: int, line: _Line, after_blanks: int) -> bool:
        return False  # the page's date: articles without a date of their own take it

    def _on_break(self, i: int, line: _Line, after_blanks: int) -> None:
        self.close()  # a menu or a rule ends the item

    def _on_credit(self, i: int, line: _Line, after_blanks: int) -> None:
        target = self.current if self.current is not None else self.last_draft()
        if target is not None:  # a credit names a photographer: read for names only
            target.headers.append(Caption(line.text, "en", line.start))

    def _on_footer(self, i: int, line: _Line, after_blanks: int) -> None:
        target = self.last_draft()
        if target is not None:
            target.pieces.append((line.start, line.text, "footer"))
        if self.current is not None and self.current is target:
            self.close()  # a press footer ends its item: what follows is another one

    def _on_caption(self, i: int, line: _Line, after_blanks: int) -> None:
        target = self.current if self.current is not None else self._open()
        target.captions.append(Caption(line.text, detect_language(line.text), line.start))

    def _on_date(self, i: int, line: _Line, after_blanks: int) -> None:
        when = date_line(line.text)
        current = self.current
        if current is None or current.has_body or current.date or current.dateline_md:
            self.close()
            current = self._open()
        current.header = True
        # "August 5, 2011, Sochi", "December 23, 2014, The Kremlin, Moscow": the last part is the city
        where = re.match(r"(?:\s*,\s*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})*\s*,\s*"
                         r"(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\s*$", line.text[when.end:])
        if where and where["place"].lower() not in words().calendar:
            current.place = where["place"]
        if when.value:
            current.date, current.date_source = when.value, "date-line"
        else:
            current.dateline_md = (when.month, when.day)

    def _on_headline_dated(self, i: int, line: _Line, after_blanks: int) -> None:
        m = _HEADLINE_DATED.match(line.text)
        title = m["title"].strip()
        if not (self.current is not None and not self.current.has_body and self.current.title == title):
            self.close()
            self.current = _Draft(title=title)
            self.current.headers.append(Caption(title, "en", line.start))
        self.current.date, self.current.date_source, self.current.header = \
            _iso(m["y"], m["m"], m["d"]), "headline", True

    def _on_dateline(self, i: int, line: _Line, after_blanks: int) -> None:
        m = _match_dateline(line.text)
        current = self.current
        if current is None or current.has_body:
            self.close()
            current = self._open()
        current.header = True
        current.place = m["place"].strip()
        current.headers.append(Caption(line.text[:m.end()].rstrip(), "en", line.start))
        named = m.groupdict()
        if named.get("month") or named.get("month2"):
            month, day = month_number(m["month"] or m["month2"]), int(m["day"] or m["day2"])
            if m["year"]:
                current.date = current.date or _iso(m["year"], month, day)
                current.date_source = current.date_source if current.date_source != "none" else "dateline"
            elif not current.date:
                current.dateline_md = (month, day)
        body = line.text[m.end():]
        if body:
            current.pieces.append((line.start + m.end(), body, "body"))

    def _on_text(self, i: int, line: _Line, after_blanks: int) -> bool | None:
        """A line of text: the headline printed twice (skipped), a headline, or body text."""
        current = self.current
        if current is not None and not current.has_body and current.title == line.text:
            return False  # the headline printed twice
        if _is_headline(self.lines, i) and not (current is not None and current.place and current.has_body):
            # (under a dateline a page tells one report: a line without a full stop is its text)
            if not (current is not None and current.header and not current.has_body and not current.title):
                self.close()  # a date line right above a headline is the headline's
                current = self._open()
            current.title, current.header = line.text, True
            current.headers.append(Caption(line.text, "en", line.start))
            return None
        return self._body_text(line, after_blanks)

    def _body_text(self, line: _Line, after_blanks: int) -> bool | None:
        text, start = line.text, line.start
        prefix = _patterns()["file_name_prefix"].match(text)
        if prefix:
            text, start = text[prefix.end():], start + prefix.end()
        current = self.current
        if current is not None and not current.header and after_blanks == 0 and not prefix and \
                self.prev_kind == "text" and current.has_body and not refers_back(text) and \
                (opens_with_date(text) or (names_someone(text) and _teasers(current, text))):
            self.close()  # consecutive teaser lines on a list page are separate items
        if not re.search(r"[^\W\d_]", text):
            return False  # "* * *": a break inside the item, no text of it
        target = self.current if self.current is not None else self._open()
        target.pieces.append((start, text, "body"))
        return None

    _HANDLERS = {"stamp": _on_stamp, "nav": _on_break, "rule": _on_break, "credit": _on_credit,
                 "footer": _on_footer, "caption": _on_caption, "date": _on_date,
                 "headline_dated": _on_headline_dated, "dateline": _on_dateline, "text": _on_text}


def _dates_from_neighbours(articles: list[Article], days: int = 62) -> list[Article]:
    """Undated items of a news list whose opening sentence gives a day and a month ("On 13
    February, ...") take the year that puts that day within ``days`` of the dated items just
    before and just after it on the same page, when both exist and give the same year;
    otherwise (the first or last item of a page, neighbours that disagree) they stay undated.

    A news list prints its items in date order, so the neighbours' year is the item's; a
    page of search results mixes years, and there the two neighbours disagree (one item
    four days after a 2021 item was a year later: the next item was of 2023). The window
    keeps a January item beside a December one right.
    """
    dated = [(i, a.date) for i, a in enumerate(articles) if a.date and len(a.date) == 10]
    if not dated or len(dated) == len(articles):
        return articles
    positions = [i for i, _ in dated]
    out = list(articles)
    for i, article in enumerate(articles):
        if article.date is not None:
            continue
        opening = _first_sentence(article.text[:article.body_end] if article.body_end is not None
                                  else article.text, limit=400)
        month_days = [(int(d.value[5:7]), int(d.value[8:10])) for d in find_dates(opening, dated[0][1])
                      if d.shape not in FULL_SHAPES and d.value and len(d.value) == 10]
        if not month_days:
            continue
        at = bisect.bisect_left(positions, i)  # dated items just before and after (a page of many items stays linear)
        before = [dated[at - 1][1]] if at > 0 else []
        after = [dated[at][1]] if at < len(dated) else []
        years = {_year_near(month_days[0], anchor, days) for anchor in before + after}
        if before and after and len(years) == 1 and None not in years:  # both agree: one period
            out[i] = replace(article, date=_iso(years.pop(), *month_days[0]), date_source="page")
    return out


def _one_sentence(text: str) -> bool:
    """No sentence boundary inside (a teaser line of a list page is one sentence)."""
    return re.search(r"(?<!\b[A-Z])[.!?][\"”»']?\s+[A-Z“\"(]", text.strip()) is None


def _teasers(current: _Draft, line: str) -> bool:
    """The item so far and the next line are single sentences: teasers of a list page, not the
    paragraphs of one report (which run to several sentences)."""
    body = [text for _, text, kind in current.pieces if kind == "body"]
    return _one_sentence(line) and all(_one_sentence(text) for text in body)


def _whole_page(doc: Document, lines: list[_Line], language: str) -> list[Article]:
    """A page in another language than English is one article (the pages of other languages
    are single reports; the English rules for cutting list pages read English lines): its
    text lines, without menus, rules and captions, dated by the page's stamp or else by the
    first date of its opening lines (a yearless one takes the year of ``dates_ru.page_year``)."""
    stamp = next((ln for ln in lines if ln.kind == "stamp"), None)
    date = _patterns()["page_stamp"].match(stamp.text).group(1) if stamp else None
    source = "stamp" if date else "none"
    kept = [ln for ln in lines if ln.kind not in {"blank", "nav", "rule", "stamp", "caption"}]
    if not kept:
        return []
    title = kept[0].text
    draft = _Draft(title=title, date=date, date_source=source)
    draft.pieces = [(ln.start, ln.text, "footer" if ln.kind == "footer" else "body") for ln in kept]
    draft.captions = [Caption(ln.text, detect_language(ln.text), ln.start) for ln in lines if ln.kind == "caption"]
    article = _finish(doc, draft, {}, date)
    if article is None:
        return []
    if date is None and language == "ru":
        from .dates_ru import first_russian_date, page_year

        opening = "\n".join(ln.text for ln in kept[:3])
        found = first_russian_date(opening, page_year(article.text))
        if found:
            date, source = found, "body"
    return [replace(article, language=language, date=date or article.date,
                    date_source=source if date else article.date_source)]


def _is_furniture(draft: _Draft) -> bool:
    """Site furniture, not an item: short lines with no sentence among them ("Projects",
    "All news", "Show news feed") and no date of their own."""
    body = [text for _, text, kind in draft.pieces if kind == "body"]
    if draft.date or draft.dateline_md or any(len(text.split()) >= FURNITURE_WORDS or _TERMINAL.search(text)
                                              for text in body):
        return False
    return not draft.title or len(draft.title.split()) < 4


FURNITURE_WORDS = 12  # a line of twelve words or more may be a teaser; shorter ones, without a full stop, are menus


def _finish(doc: Document, draft: _Draft, years: dict[tuple[int, int], int],
            page_date: str | None = None) -> Article | None:
    body = [p for p in draft.pieces if p[2] == "body"]
    footer = [p for p in draft.pieces if p[2] == "footer"]
    if not body and not draft.title:
        return None
    parts: list[str] = []
    pieces: list[Piece] = []
    cursor = 0
    body_end = None
    for source_start, text, kind in body + footer:
        if kind == "footer" and body_end is None:
            body_end = cursor
        pieces.append(Piece(cursor, source_start, len(text), kind))
        parts.append(text)
        cursor += len(text) + 1
    text = "\n".join(parts)
    body_text = text[:body_end] if body_end is not None else text
    date, source = draft.date, draft.date_source
    if date is None and draft.dateline_md is not None:
        year = years.get(draft.dateline_md) or _year_near(draft.dateline_md, page_date)
        if year:
            date, source = _iso(year, *draft.dateline_md), "dateline"
    if date is None and page_date:
        date, source = page_date, "stamp"
    if date is None:  # a date in the opening sentence, never one the body mentions in passing
        date = first_full_date(_first_sentence(body_text, limit=400))
        source = "body" if date else "none"
    title = draft.title or _first_sentence(body_text)
    starts = [p.source_start for p in pieces] + [c.source_start for c in draft.captions]
    ends = [p.source_start + p.length for p in pieces] + [c.source_start + len(c.text) for c in draft.captions]
    span = (min(starts), max(ends)) if starts else (0, 0)
    return Article(
        id=article_id(body_text or title), title=title, date=date, date_source=source,
        text=text, pieces=tuple(pieces), sources=(SourceRef(doc.path, span[0], span[1], doc.encoding),),
        captions=tuple(draft.captions), body_end=body_end, place=_place_name(draft.place),
        headers=tuple(draft.headers),
    )


def _year_near(month_day: tuple[int, int], page_date: str | None, days: int = 31) -> int | None:
    """The year of a day-and-month within ``days`` of the page's date (a dateline without a year).

    >>> _year_near((12, 30), "2025-01-02"), _year_near((6, 1), "2025-01-02")
    (2024, None)
    """
    if not page_date:
        return None
    anchor = dt.date.fromisoformat(page_date)
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            if abs((dt.date(year, *month_day) - anchor).days) <= days:
                return year
        except ValueError:
            return None
    return None


def _place_name(place: str | None) -> str | None:
    return place.title() if place else None


def _first_sentence(text: str, limit: int = 160) -> str:
    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def build_articles(documents: list[Document], signatures: dict | None = None) -> list[Article]:
    """All articles of a corpus, de-duplicated, in a deterministic order (see :func:`deduplicate`
    for ``signatures``)."""
    pages = sorted(documents, key=lambda d: d.path)
    return deduplicate([a for doc in pages for a in split_page(doc)], signatures=signatures)
