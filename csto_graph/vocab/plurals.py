"""The one source of plurals of posts: ``plurals`` of ``ontology/posts.yaml`` (a singular ->
plurals table whose regular plurals one function makes) and the plurals of the one-word heads
of posts, made by the same function. Bodies' names, lists of titled people and appositions
read their plurals here, so they know the same ones.

>>> plural_of("secretary"), plural_of("chairman"), plural_of("envoy"), plural_of("press")
('secretaries', 'chairmen', 'envoys', 'presses')
>>> phrase_plural("Minister of Defense"), phrase_plural("Foreign Minister")
('ministers of defense', 'foreign ministers')
>>> singular_of("deputies", frozenset({"deputy"})), singular_of("deputys", frozenset({"deputy"}))
('deputy', None)
"""
from __future__ import annotations

from functools import lru_cache


def plural_of(word: str) -> str:
    """The regular English plural of one noun, in lower case ("secretaries", "chairmen",
    "envoys", "presses"); of a hyphenated word, its last part's ("vice-chairmen").

    >>> plural_of("Vice-Chairman"), plural_of("Minister")
    ('vice-chairmen', 'ministers')
    """
    low = word.lower()
    if low.endswith("y") and low[-2:-1] not in set("aeiou"):
        return low[:-1] + "ies"  # "secretaries", not "envoies"
    if low.endswith("man"):
        return low[:-3] + "men"
    return low + "es" if low.endswith(("s", "x", "z", "ch", "sh")) else low + "s"


def phrase_plural(post: str) -> str:
    """The regular plural of a post, in lower case: its head noun in the plural, the word
    before the first "of", else the last word.

    >>> phrase_plural("Head of State"), phrase_plural("Permanent Representative")
    ('heads of state', 'permanent representatives')
    """
    words = post.lower().split()
    head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    return " ".join([*words[:head], plural_of(words[head]), *words[head + 1:]])


def singular_of(low: str, known: frozenset[str]) -> str | None:
    """The word of ``known`` whose plural ``low`` is (:func:`plural_of`), or None.

    >>> singular_of("chairmen", frozenset({"chairman"})), singular_of("chairmans", frozenset({"chairman"}))
    ('chairman', None)
    """
    candidates = (low[:-1], low[:-2], low[:-3] + "y", low[:-3] + "man")
    return next((c for c in candidates if c in known and plural_of(c) == low), None)


def read_plurals(table: dict) -> dict[str, str]:
    """Plural (lower case) -> singular post, from the ``plurals`` table of ``posts.yaml``
    (singular -> its plurals as written, or nothing for the regular one).

    >>> read_plurals({"President": None, "Secretary General": ["secretaries general"]})
    {'presidents': 'President', 'secretaries general': 'Secretary General'}
    """
    found: dict[str, str] = {}
    for singular, written in table.items():
        for plural in written or (phrase_plural(str(singular)),):
            found.setdefault(str(plural).lower(), str(singular))
    return found


@lru_cache(maxsize=1)
def head_plurals() -> frozenset[str]:
    """The plurals of the one-word heads of posts ("secretaries", "ministers", "chairmen").

    >>> {"secretaries", "ministers", "commanders"} <= head_plurals()
    True
    """
    from .posts import post_words

    return frozenset(plural_of(h) for h in post_words().heads if " " not in h and "-" not in h)
