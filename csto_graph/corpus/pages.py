"""Corpus stage, pages: one decoded page cut into articles.

A scraped page holds several news items, teasers, navigation lines, captions in another
language, photo credits and press footers. :func:`split_page` takes the page's lines with
their kinds (:mod:`csto_graph.corpus.lines`) and a :class:`_Segmenter` cuts articles at
headlines, date lines, datelines and navigation, one method per kind of line; undated items
of a news list take their year from their dated neighbours.

Article text is made of verbatim copies of the page's lines (``Piece``), so every offset
maps back to the source file.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..models import Article, Caption, Document, Piece, SourceRef
from ..vocab.words import words
from .dates import FULL_SHAPES, bylined, date_line, find_dates, first_full_date, month_number, yearless_days
from .dedupe import article_id
from .language import detect_language, page_language
from .years import present_year, year_of_day
from .wrapping import hard_wrapped, runs_on, title_case
from .lines import (TERMINAL, dated_headline, Line, dateline_place, ends_sentence, is_headline, known_place,
                    line_patterns, match_dateline, names_a_region, names_someone, opens_with_date, page_lines,
                    refers_back)

def _weeks_apart(date: str | None, other: str | None, days: int = 7) -> bool:
    """Two full ISO dates more than ``days`` apart: a paragraph opening with such a date,
    under a dated headline, tells another item.

    >>> _weeks_apart("2024-07-11", "2024-04-24"), _weeks_apart("2024-07-11", "2024-07-10")
    (True, False)
    """
    if not date or not other or len(date) != 10 or len(other) != 10:
        return False
    return abs((dt.date.fromisoformat(date) - dt.date.fromisoformat(other)).days) > days


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
    weekday: int | None = None  # printed with the yearless day of ``dateline_md`` (0 = Monday)
    photo: str | None = None  # a photo's caption printed twice under the headline (its date may be the item's)
    lead: int = 0  # the pieces before this one are the report's standfirst, printed above its dateline
    above: str | None = None  # the date of a date line cut from this item by a byline or an id line
    below: str | None = None  # the date of a date line printed under this item's text, nothing after it but furniture

    @property
    def has_body(self) -> bool:
        return any(kind in {"body", "wrap"} for _, _, kind in self.pieces[self.lead:])


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
    lines = page_lines(doc.text, "latin" if language == "en" else "cyrillic")
    if language != "en":
        return _whole_page(doc, lines, language)
    stamp = next((ln for ln in lines if ln.kind == "stamp"), None)
    page_date = line_patterns()["page_stamp"].match(stamp.text).group(1) if stamp else None
    drafts = _hand_down_dates(_Segmenter(lines).run())
    years = _page_years(doc.text)
    for line in lines:
        when = date_line(line.text) if line.kind == "date" else None
        if when is not None and when.value:
            years.setdefault((when.month, when.day), int(when.value[:4]))
    label_year = _label_year(lines)
    articles = [a for a in (_finish(doc, d, years, page_date, label_year) for d in drafts if not _is_furniture(d))
                if a is not None]
    return _dates_from_neighbours(articles)


def _label_year(lines: list[Line]) -> int | None:
    """The year a label files the page under ("Categories: 2021"; ``year_label`` of
    ``ontology/boilerplate.yaml``), when the page's labels name one year only and it is not
    after the present: the year of a dateline that prints a day and a month only.

    >>> from csto_graph.corpus.lines import page_lines
    >>> _label_year(page_lines("Categories: 2021\\n\\nYEREVAN, MAY 28, AGENCY. The envoys met.\\n"))
    2021
    """
    pattern = line_patterns()["year_label"]
    found = {int(m.group(1)) for m in (pattern.match(ln.text.strip()) for ln in lines) if m}
    return found.pop() if len(found) == 1 and min(found) <= present_year() else None


def _bodiless(draft: _Draft) -> bool:
    """A dated item with no sentence of its own: a date line with a byline, an author's label
    or a page id under it ("Posted 3 May 2021 / By Ivan Petrov"), above the headline it dates."""
    body = [text for _, text, kind in draft.pieces if kind in {"body", "lead", "wrap"}]
    return bool(draft.date) and len(draft.date) == 10 and not any(
        len(text.split()) >= FURNITURE_WORDS or re.search(r"[.!?…]$", text) for text in body)


def _hand_down_dates(drafts: list[_Draft]) -> list[_Draft]:
    """A date line cut from its report by a byline or an id line between them dates the
    report that follows: the next item, when it has no date line of its own (or a dateline of
    the same day), takes that date, used when its own text dates it no better
    (:func:`_finish`). The bodiless item stays, read for its names (a byline is the author's).
    A date line printed under a report's text, with nothing after it but furniture (a photo
    credit, a pager) or an item that is dated already, dates the report above it the same way,
    when that report has no date line of its own.

    >>> from csto_graph.corpus.lines import page_lines
    >>> items = _Segmenter(page_lines("Ministers meet in Minsk\\n\\nOn October 18, the ministers met in Minsk "
    ...                                "and agreed on a plan.\\n\\n19 10 2022, 12:00\\nPhoto: Agency\\n")).run()
    >>> [(d.date, d.below) for d in _hand_down_dates(items)]
    [(None, '2022-10-19'), ('2022-10-19', None)]
    """
    for above, draft in zip(drafts, drafts[1:]):
        if _bodiless(above) and not draft.date and draft.has_body and \
                draft.dateline_md in {None, (int(above.date[5:7]), int(above.date[8:10]))}:
            draft.above = above.date
    for draft, below, after in zip(drafts, drafts[1:], [*drafts[2:], None]):
        if _bodiless(below) and not draft.date and draft.has_body and draft.above is None \
                and (after is None or after.above != below.date):
            draft.below = below.date
    return drafts


class _Segmenter:
    """The items of an English page, line by line: one method per kind of line
    (:func:`classify_line`), each adding to the item being read or closing it.

    ``prev_kind`` is the kind of the last line that counted (blank lines, the page stamp, a
    headline printed twice and "* * *" do not).
    """

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.wrapped = hard_wrapped(lines)
        first = next((ln for ln in lines if ln.kind == "text"), None)
        self.headline_at = first.start if first is not None and title_case(first.text) else None
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.blanks = 0
        self.prev_kind = "blank"
        self.early_credits: list[Caption] = []  # credits above the page's first item

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
        if self.current is not None and (self.current.pieces or self.current.title or self.current.date):
            self.drafts.append(self.current)  # (a date line alone may date the item above: _hand_down_dates)
        self.current = None

    def last_draft(self) -> _Draft | None:
        return self.current if self.current is not None else (self.drafts[-1] if self.drafts else None)

    def _open(self) -> _Draft:
        self.current = _Draft()
        if not self.drafts and self.early_credits:  # "photo: Agency" above the first item is its
            self.current.headers.extend(self.early_credits)  # picture's credit
            self.early_credits = []
        return self.current

    def _break_before(self, line: Line, after_blanks: int) -> None:
        current, kind = self.current, line.kind
        if after_blanks >= 2 and current is not None and not current.header and \
                not (kind == "text" and refers_back(line.text)):
            self.close()  # teasers on a list page are set apart by blank lines
        elif kind == "text" and current is not None and current.has_body and opens_with_date(line.text) and \
                (after_blanks >= (2 if current.header else 1)
                 or (after_blanks == 1 and _weeks_apart(current.date, first_full_date(line.text[:60])))):
            self.close()  # "On 12 July 2023, ..." after a blank line opens the next item

    def _on_stamp(self, i: int, line: Line, after_blanks: int) -> bool:
        return False  # the page's date: articles without a date of their own take it

    def _on_break(self, i: int, line: Line, after_blanks: int) -> None:
        self.close()  # a menu or a rule ends the item

    def _on_widget(self, i: int, line: Line, after_blanks: int) -> bool:
        return False  # "share with twitter", "Updated": a button between header and text, no line of the item

    def _on_credit(self, i: int, line: Line, after_blanks: int) -> None:
        target = self.current if self.current is not None else self.last_draft()
        if target is not None:  # a credit names a photographer: read for names only
            target.headers.append(Caption(line.text, "en", line.start))
        else:
            self.early_credits.append(Caption(line.text, "en", line.start))

    def _on_footer(self, i: int, line: Line, after_blanks: int) -> None:
        target = self.last_draft()
        if target is not None:
            target.pieces.append((line.start, line.text, "footer"))
        if self.current is not None and self.current is target:
            self.close()  # a press footer ends its item: what follows is another one

    def _on_caption(self, i: int, line: Line, after_blanks: int) -> None:
        target = self.current if self.current is not None else self._open()
        target.captions.append(Caption(line.text, detect_language(line.text), line.start))

    def _on_date(self, i: int, line: Line, after_blanks: int) -> None:
        when = date_line(line.text)
        current = self.current
        if current is None or current.has_body or current.date or current.dateline_md:
            self.close()
            current = self._open()
        current.header = True
        # "Ivan Petrov Published May 3, 2021 | 08:28 PM", "By Ivan Petrov • 3 May 2021": the author is read for names
        if bylined(line.text):
            current.headers.append(Caption(line.text, "en", line.start))
        # "August 5, 2011, Sochi", "December 23, 2014, The Kremlin, Moscow": the last part is the city;
        # "May 3, 2021, Petrovo, Moscow Region": a region's, the part before it
        where = re.match(r"(?P<before>(?:\s*,\s*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})*)\s*,\s*"
                         r"(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\s*$", line.text[when.end:])
        if where and where["place"].lower() not in words().calendar:
            before = where["before"].rsplit(",", 1)[-1].strip()
            current.place = before if names_a_region(where["place"]) and before else where["place"]
        sourced = re.match(r"\s*,\s*(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)\s*[-–—]", line.text[when.end:])
        if sourced and current.place is None and known_place(sourced["place"]):
            current.place = sourced["place"]  # "28 November 2019, Bishkek - Agency, Ivan PETROV"
            if not bylined(line.text):  # the agency and its reporter are read for names, as a byline is
                current.headers.append(Caption(line.text, "en", line.start))
        before = re.match(r"(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?),\s", line.text)
        if before and current.place is None and known_place(before["place"]):
            current.place = before["place"]  # "Astana, 28 November 2024"
        if when.value:
            current.date, current.date_source = when.value, "date-line"
        else:
            current.dateline_md, current.weekday = (when.month, when.day), when.weekday

    def _on_headline_dated(self, i: int, line: Line, after_blanks: int) -> None:
        title, date = dated_headline(line.text)
        if not (self.current is not None and not self.current.has_body and self.current.title == title):
            self.close()
            self.current = _Draft(title=title)
            self.current.headers.append(Caption(title, "en", line.start))
        self.current.date, self.current.date_source, self.current.header = _iso(*date.split("-")), "headline", True

    def _standfirst(self, draft: _Draft) -> bool:
        """The page's first item so far is a paragraph or two of text with no headline, date or
        dateline of its own: the summary a site prints above the report's dateline, part of that
        report (its first sentences), not an item of its own."""
        paragraphs = sum(kind in {"body", "lead"} for _, _, kind in draft.pieces)  # a "wrap" goes on a paragraph
        return not self.drafts and not draft.header and not draft.title and not draft.date and \
            draft.dateline_md is None and paragraphs <= STANDFIRST_PARAGRAPHS

    def _on_dateline(self, i: int, line: Line, after_blanks: int) -> None:
        m = match_dateline(line.text)
        current = self.current
        if current is not None and current.has_body and _headline_lines(current):
            _to_header(current)  # "Headline\nStandfirst\nCITY, May 3 (Agency) - ...", no blank line between
        elif current is not None and current.has_body and self._standfirst(current):
            current.lead = len(current.pieces)  # "A sentence or two of summary.\nCITY, May 3 (Agency) - ..."
        if current is None or current.has_body:
            self.close()
            current = self._open()
        current.header = True
        current.place = dateline_place(m)
        current.headers.append(Caption(line.text[:m.end()].rstrip(), "en", line.start))
        named = m.groupdict()
        if named.get("yy") or named.get("nyear"):  # "Baku / 21.12.18 / Turan:", "MINSK, 26.12.2019 (BelTA) -"
            year = int(m["nyear"]) if named.get("nyear") else 2000 + int(m["yy"])
            current.date = current.date or _iso(year, m["nmonth"], m["nday"])
            current.date_source = current.date_source if current.date_source != "none" else "dateline"
        elif named.get("month") or named.get("month2"):
            month, day = month_number(m["month"] or m["month2"]), int(m["day"] or m["day2"])
            if m["year"]:
                current.date = current.date or _iso(m["year"], month, day)
                current.date_source = current.date_source if current.date_source != "none" else "dateline"
            elif not current.date:
                current.dateline_md = (month, day)
                current.weekday = _lead_weekday(line.text[m.end():])
        body = line.text[m.end():]
        if body:
            current.pieces.append((line.start + m.end(), body, "body"))

    def _on_text(self, i: int, line: Line, after_blanks: int) -> bool | None:
        """A line of text: the headline printed twice (skipped), a headline, or body text."""
        current = self.current
        if self.wrapped and after_blanks == 0 and current is not None and _open_ended(current, self.headline_at):
            current.pieces.append((line.start, line.text, "wrap"))
            return None  # a hard-wrapped line goes on with the sentence of the line above
        if not self.wrapped and after_blanks == 0 and self.prev_kind == "text" and current is not None \
                and current.has_body and current.pieces and current.pieces[-1][2] in {"body", "wrap"} \
                and runs_on(current.pieces[-1][1], line.text, first=len(current.pieces) == 1):
            current.pieces.append((line.start, line.text, "wrap"))
            return None  # one paragraph broken at a fixed width on a page that is not
        if self.wrapped and line.start == self.headline_at and (current is None or not current.title):
            current = current if current is not None and not current.has_body else self._open()
            current.title, current.header = line.text, True  # a wrapped page's headline stands on its own line
            current.headers.append(Caption(line.text, "en", line.start))
            return None
        if current is not None and not current.has_body and current.title == line.text:
            return False  # the headline printed twice
        if self._printed_twice(i, line):
            current.captions.append(Caption(line.text, "en", line.start))
            current.photo = current.photo or line.text
            return None  # a photo's caption under the headline, printed twice: read for names only
        if is_headline(self.lines, i) and not (current is not None and current.place and current.has_body) \
                and not self._unfinished_paragraph(i, line):
            # (under a dateline a page tells one report: a line without a full stop is its text)
            if current is not None and current.header and current.title and not current.has_body:
                return self._subtitle(line)
            if not (current is not None and current.header and not current.has_body and not current.title):
                self.close()  # a date line right above a headline is the headline's
                current = self._open()
            current.title, current.header = line.text, True
            current.headers.append(Caption(line.text, "en", line.start))
            _place_of_headline(current, line.text)
            return None
        return self._body_text(line, after_blanks)

    def _unfinished_paragraph(self, i: int, line: Line) -> bool:
        """A long line without final punctuation inside a report that has a header and text
        (:data:`PARAGRAPH_WORDS`): a paragraph whose full stop the page lost, not the headline
        of another item; a list page's next headline is printed twice or over its date line."""
        current = self.current
        if current is None or not current.header or not current.has_body or \
                len(line.text.split()) < PARAGRAPH_WORDS:
            return False
        nxt = next((ln for ln in self.lines[i + 1:] if ln.kind not in {"blank", "widget"}), None)
        return nxt is None or (nxt.kind == "text" and nxt.text != line.text and not nxt.text.startswith(line.text))

    def _printed_twice(self, i: int, line: Line) -> bool:
        """A line under the headline, before any text, that the page prints twice (the next
        line of text is the same, or a caption already read is): a photo's caption and its
        alt text, not the report's first paragraph nor an item of its own."""
        current = self.current
        if current is None or not current.title or current.has_body:
            return False
        if any(c.text == line.text for c in current.captions):
            return True
        nxt = next((ln for ln in self.lines[i + 1:] if ln.kind != "blank"), None)
        return nxt is not None and nxt.kind == "text" and nxt.text == line.text

    def _subtitle(self, line: Line) -> None:
        """A second headline under a header that has no text yet ("headline, date line,
        standfirst, dateline"): the item's subtitle, read as its text (a "lead" piece) when it
        is written as a sentence, but opening no item and closing none, so that the dateline
        and text after it stay in the item and keep its title and date."""
        self.current.headers.append(Caption(line.text, "en", line.start))
        if not title_case(line.text):  # a second headline in title case (a map's caption, a teaser) is no text
            self.current.pieces.append((line.start, line.text, "lead"))

    def _body_text(self, line: Line, after_blanks: int) -> bool | None:
        text, start = line.text, line.start
        prefix = line_patterns()["file_name_prefix"].match(text)
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
        if not target.has_body and not target.title and not TERMINAL.search(text):
            _place_of_headline(target, text)  # a first line without a full stop reads as a headline
        target.pieces.append((start, text, "body"))
        return None

    _HANDLERS = {"stamp": _on_stamp, "widget": _on_widget, "nav": _on_break, "rule": _on_break, "credit": _on_credit,
                 "footer": _on_footer, "caption": _on_caption, "date": _on_date,
                 "headline_dated": _on_headline_dated, "dateline": _on_dateline, "text": _on_text}


HEADER_LINES = 2  # a headline and a standfirst: what a page prints above its dateline


def _headline_lines(draft: _Draft) -> bool:
    """The item so far is a line or two of text without final punctuation and without a date
    of its own: on a page without blank lines, the headline (and standfirst) of the report
    whose dateline comes next, not an item of its own."""
    body = [text for _, text, kind in draft.pieces if kind in {"body", "wrap", "lead"}]
    return not draft.title and not draft.date and draft.dateline_md is None and 0 < len(body) <= HEADER_LINES \
        and not any(ends_sentence(text) for text in body)


def _to_header(draft: _Draft) -> None:
    """The item's first line becomes its headline, the next one its subtitle (a "lead" piece)."""
    (start, title, _), *rest = [p for p in draft.pieces if p[2] in {"body", "wrap", "lead"}]
    draft.title, draft.header = title, True
    draft.headers.append(Caption(title, "en", start))
    draft.pieces = [p for p in draft.pieces if p[2] not in {"body", "wrap", "lead"}] + \
        [(s, text, "lead") for s, text, _ in rest]


def _title_date(title: str) -> str | None:
    """The full date a headline ends with, after a comma ("Answers to questions following the
    meeting of the Council, Almaty, June 21, 2024"): the day of what a transcript or a press
    release reports, for an item that no date line, dateline or page stamp dates (those come
    first: a date line under the headline is the item's own).

    >>> _title_date("Remarks following the meeting of the Council, Almaty, June 21, 2024")
    '2024-06-21'
    >>> _title_date("Remarks following the meeting of the Council, 21 June 2024")
    '2024-06-21'
    >>> _title_date("The Council met on June 21") is None
    True
    """
    return _headline_end(title)[1]


def _place_of_headline(draft: _Draft, title: str) -> None:
    """A headline that ends with its city and full date ("Remarks following the meeting of the
    Council, Almaty, June 21, 2024") gives the item its place (its date, :func:`_title_date`,
    dates the item only when nothing else does: a date line under it stays the item's own)."""
    place = _headline_end(title)[0]
    if place is not None:
        draft.place = draft.place or place


@lru_cache(maxsize=1024)
def _headline_end(title: str) -> tuple[str | None, str | None]:
    """The city and the full date a headline ends with, after commas (either may be None),
    read once for the place (:func:`_place_of_headline`) and the date (:func:`_title_date`).

    >>> _headline_end("Remarks following the meeting of the Council, Almaty, June 21, 2024")
    ('Almaty', '2024-06-21')
    """
    m = re.search(r"[^\W\d_].*?,\s+(?P<date>[^,]+(?:,\s*\d{4})?)$", title)
    when = date_line(m["date"]) if m else None
    if when is None or not when.value or len(when.value) != 10:
        return None, None
    city = re.search(r",\s+(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}),\s+$", title[:m.start("date")])
    return (city["place"] if city and known_place(city["place"]) else None), when.value


def _open_ended(draft: _Draft, headline_at: int | None) -> bool:
    """The item's last line of text stops mid-sentence (no final punctuation) and is not the
    page's headline (``headline_at``: the start of the page's first line of text, when it is in
    title case: "Exercises Begin In The Republic, With One State Out")."""
    last = next(((start, text) for start, text, kind in reversed(draft.pieces) if kind in {"body", "wrap"}), None)
    return last is not None and last[0] != headline_at and not ends_sentence(last[1])


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
    """The item so far and the next line are single sentences, the item's ending with a full
    stop: teasers of a list page, not the paragraphs of one report (which run to several
    sentences) nor a headline without blank lines around it; nor when the line names again,
    with "the", the occasion the item told ("... a tactical drill in Russia." / "X is in command
    of the drill": :func:`_names_again`)."""
    body = [text for _, text, kind in current.pieces if kind == "body"]
    return _one_sentence(line) and all(_one_sentence(text) and ends_sentence(text)
                                       for text in body) and not _names_again(body, line)


def _names_again(body: list[str], line: str) -> bool:
    """``line`` names with "the" an occasion (a one-word trigger of ``ontology/events.yaml``:
    "drill", "summit", "visit") that the lines of ``body`` name too.

    >>> _names_again(["The troops began a tactical drill in the south."], "Ivan Petrov commands the drill.")
    True
    >>> _names_again(["The troops began a tactical drill in the south."], "Ivan Petrov visited Minsk.")
    False
    """
    told = {w for text in body for w in re.findall(r"[a-z]+", text.lower()) if w in _occasion_nouns()}
    return any(re.search(rf"\bthe\s+(?:\w+\s+)?{re.escape(w)}\b", line, re.IGNORECASE) for w in told)


@lru_cache(maxsize=1)
def _occasion_nouns() -> frozenset[str]:
    """The one-word event triggers of ``ontology/events.yaml`` that are nouns of an occasion."""
    from ..vocab.resources import load_yaml

    data = load_yaml("events.yaml")
    return frozenset(str(t).lower() for spec in data["types"].values() for t in spec["triggers"]
                     if " " not in str(t) and not str(t).lower().endswith(("ed", "s")))


def _whole_page(doc: Document, lines: list[Line], language: str) -> list[Article]:
    """A page in another language than English is one article (the pages of other languages
    are single reports; the English rules for cutting list pages read English lines): its
    text lines, without menus, rules and captions, dated by the page's stamp or else by the
    first date of its opening lines (a yearless one takes the year of ``dates_ru.page_year``)."""
    stamp = next((ln for ln in lines if ln.kind == "stamp"), None)
    date = line_patterns()["page_stamp"].match(stamp.text).group(1) if stamp else None
    source = "stamp" if date else "none"
    kept = [ln for ln in lines if ln.kind not in {"blank", "widget", "nav", "rule", "stamp", "caption"}]
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
        from .dates_ru import opening_date, page_year

        found = opening_date([ln.text for ln in kept], page_year(article.text))
        if found:
            date, source = found, "body"
    return [replace(article, language=language, date=date or article.date,
                    date_source=source if date else article.date_source)]


def _is_furniture(draft: _Draft) -> bool:
    """Site furniture, not an item: short lines with no sentence among them ("Projects",
    "All news", "Show news feed") and no date of their own."""
    body = [text for _, text, kind in draft.pieces if kind in {"body", "lead"}]
    if draft.date or draft.dateline_md or any(len(text.split()) >= FURNITURE_WORDS or TERMINAL.search(text)
                                              for text in body):
        return False
    return not draft.title or len(draft.title.split()) < 4


# a headline has fewer words: on the open English sets the longest headline under a report's text had 22, the
# paragraphs that had lost their full stop 28 and more
PARAGRAPH_WORDS = 25
STANDFIRST_PARAGRAPHS = 2  # a summary above the dateline is a paragraph or two; more is a report of its own
FURNITURE_WORDS = 12  # a line of twelve words or more may be a teaser; shorter ones, without a full stop, are menus


def _finish(doc: Document, draft: _Draft, years: dict[tuple[int, int], int],
            page_date: str | None = None, label_year: int | None = None) -> Article | None:
    body = [(start, text, "wrap" if kind == "wrap" else "body") for start, text, kind in draft.pieces
            if kind in {"body", "lead", "wrap"}]
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
        if parts:  # a hard-wrapped line goes on the sentence before it: a space, not a line break
            parts.append(" " if kind == "wrap" else "\n")
        pieces.append(Piece(cursor, source_start, len(text), "body" if kind == "wrap" else kind))
        parts.append(text)
        cursor += len(text) + 1
    text = "".join(parts)
    body_text = text[:body_end] if body_end is not None else text
    date, source = draft.date, draft.date_source
    if date is None and draft.dateline_md is not None:
        year = years.get(draft.dateline_md) or _year_near(draft.dateline_md, draft.above or draft.below or page_date)
        if year:
            date, source = _iso(year, *draft.dateline_md), "dateline"
        elif label_year:  # "Categories: 2021" over "YEREVAN, NOVEMBER 18, AGENCY."
            date, source = _iso(label_year, *draft.dateline_md), "label"
    if date is None and draft.dateline_md is not None and not page_date:
        date, source = _dated_by_evidence(draft.dateline_md, body_text, _opening(body_text), draft.weekday)
    if date is None and page_date:
        date, source = page_date, "stamp"
    if date is None and draft.title:  # "Remarks following the meeting of the Council, Almaty, June 21, 2024"
        date = _title_date(draft.title)
        source = "headline" if date else source
    opening = f"{draft.photo}\n{body_text}" if draft.photo else body_text  # the photo's caption tells the day too
    if date is None:  # a date in the opening sentence, never one the body mentions in passing
        date = first_full_date(_first_sentence(opening, limit=400))
        source = "body" if date else "none"
    if date is None:
        date, source = _opening_day(opening)
    if date is None and (draft.above or draft.below):
        date, source = draft.above or draft.below, "date-line"
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


def _lead_weekday(lead: str) -> int | None:
    """The weekday of a dateline's own sentence ("BISHKEK, September 17. /TASS/. The exercise
    began on Wednesday"): agencies print the day of the news, which is that weekday (on the
    dev sets, every dated dateline with "on <weekday>" in its sentence named its own day)."""
    first = _first_sentence(lead, limit=400)
    found = re.findall(r"\b[Oo]n (" + "|".join(d.capitalize() for d in words().weekdays) + r")\b", first)
    return words().weekdays.index(found[0].lower()) if len(set(found)) == 1 else None


def _dated_by_evidence(month_day: tuple[int, int], text: str, lead: str,
                       weekday: int | None) -> tuple[str | None, str]:
    """A yearless day dated by :func:`csto_graph.corpus.years.year_of_day`, else (None, "none")."""
    found = year_of_day(*month_day, text, lead, weekday)
    return (_iso(found[0], *month_day), found[1]) if found else (None, "none")


OPENING_SENTENCES = 3  # an undated report's own day is told in its first sentences


def _opening_sentences(body: str) -> list[str]:
    """The report's first sentences (:data:`OPENING_SENTENCES`)."""
    return re.split(r"(?<=[.!?])\s+", body.strip())[:OPENING_SENTENCES]


def _opening(body: str) -> str:
    """The report's first sentences as one text: what it tells first, where a year in the
    name of the exercise it reports dates its yearless day."""
    return " ".join(_opening_sentences(body))


def _opening_day(body: str) -> tuple[str | None, str]:
    """The date of an undated report from a yearless day in its first sentences that holds
    hard evidence of its year (a weekday printed with it, an exercise's name with a year in
    the opening sentences): "On September 7, the opening of Rubezh-2021 took place"."""
    sentences = _opening_sentences(body)
    for sentence in sentences:
        days = yearless_days(sentence)
        if len(days) != 1:
            continue
        day, = days
        date, source = _dated_by_evidence((day.month, day.day), body, " ".join(sentences), day.weekday)
        if date is not None:
            return date, source
    return None, "none"


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
