"""Bylines: the one reader of the words that set a page's author apart.

A byline opens its line with an opener and a name ("By Ivan Petrov"), then ends the line or
goes on after a separator ("By Ivan Petrov | 3 May 2021", "By Ivan Petrov • 3 May 2021 •
10:15", "By Ivan Petrov - Agency:"); or a name opens the line before a closer ("Ivan Petrov
Published May 3, 2021"). The openers, closers and separators are ``byline_openers``,
``byline_closers`` and ``byline_separators`` of ``ontology/words.yaml``. The date-line reader
(:mod:`csto_graph.corpus.dates`) takes the date after a byline; the people reader
(:mod:`csto_graph.extract.people`) takes the name as the author's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocab.words import words

# a name of one to four capitalised words ("Ivan Petrov", "J. R. Smith", "Steppe Herald")
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"


@dataclass(frozen=True)
class BylinePatterns:
    """The patterns of a byline, built from the one vocabulary.

    ``opener`` matches the part of a line before a name that opens a byline ("By ");
    ``after`` what may follow the name (the line's end or a separator); ``closer`` a closer
    right after a name that opens its line (" Published"); ``head`` a whole byline before
    the rest of its line (the date of a date line).
    """

    opener: re.Pattern[str]
    after: re.Pattern[str]
    closer: re.Pattern[str]
    head: re.Pattern[str]


def _alternatives(items: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=lambda s: (-len(s), s)))


@lru_cache(maxsize=1)
def byline_patterns() -> BylinePatterns:
    """The byline's patterns (compiled once per process), openers and closers matched
    whatever their case.

    >>> p = byline_patterns()
    >>> bool(p.opener.fullmatch("By ")), bool(p.after.match(" • 3 May")), bool(p.closer.match(" Published 3 May"))
    (True, True, True)
    """
    w = words()
    openers, closers = _alternatives(w.byline_openers), _alternatives(w.byline_closers)
    separators = _alternatives(w.byline_separators)
    return BylinePatterns(
        opener=re.compile(rf"(?i:{openers})\s+$"),
        after=re.compile(rf"[ \t]*(?:$|\n|{separators})"),
        closer=re.compile(rf"[ \t]+(?i:{closers})\b"),
        head=re.compile(rf"(?:(?i:{openers})\s+{_NAME}\s*(?:{separators})\s*|{_NAME}\s+(?=(?i:{closers})\b))"),
    )


def byline_head(text: str) -> re.Match[str] | None:
    """The byline that opens a line before more of it (its date), or None: an opener, a name
    and a separator ("By Ivan Petrov | "), or a name before a closer ("Ivan Petrov ").

    >>> byline_head("By Ivan Petrov • 3 May 2021 • 10:15").group(), byline_head("Published May 3, 2021")
    ('By Ivan Petrov • ', None)
    """
    return byline_patterns().head.match(text)


def byline_name(text: str, start: int, end: int) -> bool:
    """The name from ``start`` to ``end`` of ``text`` is a byline's: it opens its line after an
    opener and ends the line or stands before a separator ("By Ivan Petrov - Agency:"), or it
    opens its line before a closer ("Ivan Petrov Published 3 May 2022").

    >>> line = "By Ivan Petrov • 3 May 2021"
    >>> byline_name(line, 3, 14), byline_name("Ivan Petrov Published 3 May 2022", 0, 11)
    (True, True)
    >>> byline_name("The ministers met, said Ivan Petrov and his aides", 24, 35)
    False
    """
    p = byline_patterns()
    line = text[text.rfind("\n", 0, start) + 1:start]
    if p.opener.fullmatch(line.lstrip()):
        return bool(p.after.match(text, end))
    return not line.strip() and bool(p.closer.match(text, end))


@lru_cache(maxsize=1)
def _one_word_byline() -> re.Pattern[str]:
    w = words()
    openers, separators = _alternatives(w.byline_openers), _alternatives(w.byline_separators)
    return re.compile(rf"[ \t]*(?i:{openers})\s+(?P<name>[A-Z][\w.&'’-]*\w)(?=[ \t]*(?:$|\n|{separators}))")


def byline_word(text: str) -> tuple[int, int] | None:
    """The span of the one word a byline that opens ``text`` names ("By Quillnet | 3 May
    2021"), or None: a person's byline names two words or more, so one word is an outlet's
    (the caller checks that the word may name one).

    >>> line = "By Quillnet | Saturday, 3 May 2021"
    >>> a, b = byline_word(line); line[a:b]
    'Quillnet'
    >>> byline_word("By Ivan Petrov | 3 May 2021"), byline_word("By then the talks had begun")
    (None, None)
    """
    m = _one_word_byline().match(text)
    return m.span("name") if m else None
