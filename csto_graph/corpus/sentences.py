"""Sentence boundaries without a model, and a small Doc-like object to carry them.

A line of news text is cut after ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
brackets) when blanks and then a capital, a digit or an opening quote or bracket follow,
except after a known abbreviation ("Gen.", "No.") or an initial ("N. Surname"). On the
sample corpus this gives the sentences of ``en_core_web_sm``'s statistical ``senter``
but for two cases (a dateline "October 6. KAZINFORM" is cut; "Order . was adopted" is
not), where spaCy's rule-based ``sentencizer`` missed 16 of 104 (it does not cut before
an opening quote).

>>> text = 'He said so. "We agree," Gen. N. Petrov added (Video).'
>>> [text[s.start_char:s.end_char] for s in text_doc(text).sents]
['He said so.', '"We agree," Gen. N. Petrov added (Video).']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset("""mr mrs ms dr prof gen lt col maj capt sgt adm st no nos vs etc jan feb mar apr
jun jul aug sep sept oct nov dec jr sr rep sen gov pres approx art para p pp vol fig e.g i.e u.s u.n cf
al""".split())
# Possessive quantifiers and the look-behind keep a run of stops or blanks from being
# scanned again from each of its characters (quadratic on "....." or "!!!!!" lines); they
# find the same boundaries, since what follows a shorter run is a stop, not a blank.
BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[”\"’»)\]]*+(?=\s++[“\"«‘(\[]?[A-ZА-ЯЁ0-9])")


@dataclass(frozen=True)
class Span:
    """What the extraction reads of a spaCy ``Span``: character offsets and a label."""

    start_char: int
    end_char: int
    label_: str = ""


@dataclass(frozen=True)
class TextDoc:
    """A stand-in for a spaCy ``Doc``: ``sents`` and ``ents`` as :class:`Span` tuples."""

    text: str
    sents: tuple[Span, ...]
    ents: tuple[Span, ...] = ()


def russian_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a Russian ``text``: razdel's sentences of each line (the
    one splitter of Russian text, for the reader and for the dates of a page alike).

    >>> text = "Заседание прошло в Минске, т.е. в столице. Принято заявление.\\nСм. также"
    >>> [text[a:b] for a, b in russian_sentences(text)]
    ['Заседание прошло в Минске, т.е. в столице.', 'Принято заявление.', 'См. также']
    """
    from razdel import sentenize

    out, offset = [], 0
    for line in text.split("\n"):
        out += [(offset + s.start, offset + s.stop) for s in sentenize(line) if s.text.strip()]
        offset += len(line) + 1
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, line by line, blanks trimmed.

    >>> split_sentences("On 2 May the Council met. It adopted No. 5.\\nSee also.")
    [(0, 25), (26, 43), (44, 53)]
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = 0
        for m in BOUNDARY.finditer(line):
            if line[m.start()] == "." and _abbreviation_before(line, m.start()):
                continue
            _add(out, line, pos, start, m.end())
            start = m.end()
        _add(out, line, pos, start, len(line))
        pos += len(line) + 1
    return out


def _abbreviation_before(line: str, dot: int) -> bool:
    word = line[_word_start(line, dot):dot]
    return word.lower().rstrip(".") in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _word_start(line: str, end: int) -> int:
    """Where the run of word characters and dots (``[\\w.]+``) that ends at ``end`` starts.

    Walks back from ``end``, so the work is the length of that run: a regex search for
    ``[\\w.]+$`` in ``line[:end]`` tries every start from the line's beginning, which made
    a 5 MB line with no line breaks take hours (issue #14).
    """
    start = end
    while start > 0 and (line[start - 1].isalnum() or line[start - 1] in "_."):
        start -= 1
    return start


def _add(out: list[tuple[int, int]], line: str, pos: int, start: int, end: int) -> None:
    piece = line[start:end]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        out.append((pos + start + lead, pos + start + len(piece.rstrip())))


def text_doc(text: str, person_spans: tuple[tuple[int, int], ...] = ()) -> TextDoc:
    """A Doc-like object of ``text``: rule-based sentences and the given PERSON spans."""
    sents = tuple(Span(s, e) for s, e in split_sentences(text))
    return TextDoc(text, sents, tuple(Span(s, e, "PERSON") for s, e in person_spans))
