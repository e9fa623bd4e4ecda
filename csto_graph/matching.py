"""Small, documented feature functions that decide whether two person names match.

Each returns a plain value; :func:`same_person` combines them. Thresholds were
measured on transliteration variants found in CSTO news (see ``tests/test_matching``).

>>> same_person("Sergey Shoygu", "Sergei Shoigu")
True
>>> same_person("Ivan Petrov", "Ivan Petrova")
False
"""
from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler, Levenshtein

# Two spellings are one name when their spelling keys are equal, or differ by at most
# MAX_EDITS edits and both keys have at least MIN_LENGTH letters. Measured on pairs of
# the region's names: variants Shoygu/Shoigu, Tokayev/Tokaev, Sergey/Sergei give equal
# keys; Lukashenko/Lukashenka and Aleksandr/Alexander are one edit apart; distinct
# names Zas/Zasov, Mirzo/Mirzoev, Ivanov/Ivashov are two or more edits apart, whereas
# Jaro-Winkler scored them 0.91, 0.94 and 0.89 (it would have merged them).
# Rahmon/Rakhmonov (two edits) is left to curation.
MAX_EDITS = 1
MIN_LENGTH = 6
FEMININE = re.compile(r"(ova|eva|ina|aya|skaya|kaya)$")
MASCULINE = re.compile(r"(ov|ev|in|iy|sky|skiy|ky)$")


def fold(name: str) -> str:
    """ASCII, lower case, hyphens as spaces: the form names are compared in.

    >>> fold("Kassym-Jomart TOKAYEV")
    'kassym jomart tokayev'
    """
    text = unicodedata.normalize("NFKC", name)
    return re.sub(r"\s+", " ", re.sub(r"[-‐’'`.]", " ", anyascii(text))).strip().lower()


def spelling_key(word: str) -> str:
    """A key that erases common transliteration differences (y/i, kh/h, double letters).

    >>> spelling_key("Shoygu") == spelling_key("Shoigu")
    True
    """
    w = fold(word).replace(" ", "")
    for _ in range(5):  # to a fixed point, so that the key of a key is itself
        before = w
        w = re.sub(r"(.)\1+", r"\1", w)
        for a, b in (("kh", "h"), ("iy", "i"), ("yi", "i"), ("ye", "e"), ("ay", "ai"), ("oy", "oi"),
                     ("ey", "ei"), ("ya", "ia"), ("yu", "iu"), ("y", "i"), ("ks", "x"), ("j", "zh")):
            w = w.replace(a, b)
        w = re.sub(r"(.)\1+", r"\1", w)
        if w == before:
            break
    return w


def similarity(a: str, b: str) -> float:
    """Jaro-Winkler similarity of two words after folding."""
    return JaroWinkler.similarity(fold(a), fold(b))


def gender_clash(a: str, b: str) -> bool:
    """Petrov vs Petrova: the same stem with a masculine and a feminine ending."""
    fa, fb = fold(a), fold(b)
    return bool((FEMININE.search(fa) and MASCULINE.search(fb) and not FEMININE.search(fb)) or
                (FEMININE.search(fb) and MASCULINE.search(fa) and not FEMININE.search(fa)))


def same_word(a: str, b: str) -> bool:
    """One name word in two spellings.

    >>> same_word("Lukashenko", "Lukashenka"), same_word("Mirzo", "Mirzoev")
    (True, False)
    """
    if gender_clash(a, b):
        return False
    ka, kb = spelling_key(a), spelling_key(b)
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= MIN_LENGTH and Levenshtein.distance(ka, kb) <= MAX_EDITS


def same_person(a: str, b: str) -> bool:
    """Two full names (first name and surname) that name one person.

    Surnames must match (spelling variants allowed); first names must match too, or
    one of them is an initial of the other.
    """
    wa, wb = fold(a).split(), fold(b).split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    if not same_word(wa[-1], wb[-1]):
        return False
    fa, fb = wa[0], wb[0]
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    return same_word(fa, fb)


def surname_matches(surname: str, full_name: str) -> bool:
    """A surname alone ("Zas", "ZAS") that fits a full name."""
    words = fold(full_name).split()
    return len(words) >= 2 and same_word(surname, words[-1])


def first_name_matches(first: str, full_name: str) -> bool:
    words = fold(full_name).split()
    return len(words) >= 2 and same_word(first, words[0])
