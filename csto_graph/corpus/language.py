"""Corpus stage, languages: the language of a page (English and Russian pages are read) and
whether a line is in another script than its page's (such a line is a caption, whose language
py3langid names)."""
from __future__ import annotations

import re
from functools import lru_cache

_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")  # letters of another script
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")  # a Cyrillic letter (the one pattern: readers, linker, graph)


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
    cyrillic = len(CYRILLIC.findall(text))
    if cyrillic == 0 or cyrillic < len(_LATIN.findall(text)):
        return "en"
    return detect_language(text[:3000])


def is_foreign(text: str, script: str = "latin") -> bool:
    """Mostly letters of another script than the page's (a Russian or Armenian caption on an
    English page; an Armenian one on a Russian page, whose Latin words are part of its text)."""
    other = len(_NON_LATIN.findall(text))
    if script == "cyrillic":
        other -= len(CYRILLIC.findall(text))
        return other > 0 and other >= len(CYRILLIC.findall(text)) + len(_LATIN.findall(text))
    return other > 0 and other >= len(_LATIN.findall(text))
