"""The case forms of the Russian names a graph stores, so that a name typed as a sentence
writes it ("с Юрием Хайдаровым", "Совета пограничников") finds its node.

The graph holds names in the nominative. A person's given name and patronymic are put in
each case by pymorphy3 (which knows given names well); the surname by the endings of
``ontology/ru/names.yaml`` read backwards (the Russian reader reads them forwards to find
a nominative): pymorphy3 guesses unknown surnames poorly (it reads "Токаев" as a plural
genitive). A surname ending in a vowel other than а/я (Шойгу, Лукашенко) does not decline.
A body's name declines up to its head noun ("Парламентская ассамблея ОДКБ": the first
two words), its genitive tail stays as it is.

The resolver (:mod:`csto_graph.graph.resolve`) and the pages' search box
(``views/templates/search.js``) look a typed name up among these forms in lower case:
both ship or compute the same keys.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from ..corpus.language import CYRILLIC

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_INDECLINABLE = re.compile("[еёиоуыэю]$")  # a surname ending in such a vowel keeps its form
_VOWEL_OR_SOFT = re.compile("[аеёиоуыэюяьй]$")
_FEMININE = re.compile("(ова|ева|ёва|ина|ына|ая|яя)$")


@lru_cache(maxsize=1)
def _rules() -> dict:
    from ..vocab.resources import load_yaml

    return load_yaml("ru/names.yaml")


def surname_forms(surname: str, feminine: bool | None = None) -> set[str]:
    """The surname in each case, lower case (its nominative among them).

    ``feminine`` None: read from the ending (a nominative in -ова, -ина, -ая is a woman's).

    >>> sorted(surname_forms("Хайдаров"))
    ['хайдаров', 'хайдарова', 'хайдарове', 'хайдаровом', 'хайдарову', 'хайдаровым']
    >>> sorted(surname_forms("Белова"))
    ['белова', 'беловой', 'белову']
    >>> surname_forms("Шойгу")
    {'шойгу'}
    """
    return {surname.lower(), *(f for forms in _surname_by_case(surname, feminine).values() for f in forms)}


def _surname_by_case(surname: str, feminine: bool | None) -> dict[str, list[str]]:
    """Case -> the surname in that case (lower case; empty for one that does not decline).

    Every ending of the data that fits, so that a surname the data cannot place declines
    each way it may: "-ин" is "-иным" in a Russian surname (Путиным) and "-ином" in one
    declined as a noun (Мухриддином); "-жа" is "-жей" where another "-а" is "-ой".
    """
    low = surname.lower()
    if _INDECLINABLE.search(low) or "." in low:
        return {}
    if feminine is None:
        feminine = bool(_FEMININE.search(low))
    return _by_endings(low, "feminine" if feminine else "masculine")


def _by_endings(low: str, gender: str, bare_only: bool = False) -> dict[str, list[str]]:
    """Case -> the forms the endings of ``ontology/ru/names.yaml`` give a nominative
    (``bare_only``: only those of a word ending in a consonant, declined as a noun)."""
    out: dict[str, list[str]] = {}
    for case in CASES[1:]:
        forms = []
        for ending, nominative in _rules().get(gender, {}).get(case, []):
            if nominative == "" and _VOWEL_OR_SOFT.search(low):
                continue  # the bare stem rule is for a word ending in a consonant
            if bare_only and nominative != "":
                continue
            if low.endswith(nominative) and len(low) > len(nominative) + 1:
                forms.append(low[: len(low) - len(nominative)] + ending)
        out[case] = list(dict.fromkeys(forms))
    return out


def _word_forms(word: str, noun_only: bool = False) -> dict[str, str] | None:
    """A given name, patronymic or common word in each case by pymorphy3, or None when the
    dictionary does not know it as one (``noun_only``: only a noun or an adjective)."""
    from ..extract.ru.nlp import morph

    if len(word) > 1 and word.isupper():
        return None  # an abbreviation ("ОДКБ") does not decline
    for p in morph().parse(word):  # the likeliest reading as a nominative decides
        tag = p.tag
        if "nomn" not in tag:
            continue
        if noun_only and tag.POS not in {"NOUN", "ADJF"}:
            continue
        if not noun_only and "Name" not in tag and "Patr" not in tag:
            continue
        if "Fixd" in tag or (not noun_only and "sing" not in tag):
            return None  # an indeclinable name ("Имангали"), or one read as a plural
        out = {}
        for case in CASES:
            form = p.inflect({case} | ({tag.number} if tag.number else set()))
            out[case] = form.word if form else word.lower()
        return out
    return None


def person_forms(name: str) -> set[str]:
    """A Russian full name in each case (every word in the same case), and its surname alone,
    in lower case.

    >>> sorted(person_forms("Анна Белова"))[:4]
    ['анна белова', 'анне беловой', 'анной беловой', 'анну белову']
    """
    words = name.split()
    if not words or not CYRILLIC.search(name):
        return set()
    *given, surname = words
    if not given:
        return surname_forms(surname)
    declined = [_word_forms(w) for w in given]
    feminine = None
    first = declined[0]
    if first is not None:
        from ..extract.ru.nlp import morph

        genders = {p.tag.gender for p in morph().parse(given[0]) if "Name" in p.tag and "nomn" in p.tag}
        feminine = True if genders == {"femn"} else False if genders == {"masc"} else None
    forms = surname_forms(surname, feminine)
    by_case = _surname_by_case(surname, feminine)
    if feminine is None:
        feminine = bool(_FEMININE.search(surname.lower()))
    # a given name the dictionary does not know ("Ваагн"): a man's, ending in a consonant,
    # declines as a noun; any other stays as written
    unknown = {w: _by_endings(w.lower(), "masculine", bare_only=True) for d, w in zip(declined, given)
               if d is None and not feminine}
    for case in CASES:
        heads = [[d[case]] if d else (unknown.get(w, {}).get(case) or [w.lower()]) for d, w in zip(declined, given)]
        for head in product(*heads):
            forms |= {" ".join([*head, last]) for last in by_case.get(case) or [surname.lower()]}
    return forms


def body_forms(name: str) -> set[str]:
    """A Russian body's name in each case: the words up to its head noun decline, the rest
    stays (lower case).

    >>> sorted(body_forms("Совет министров обороны"))[:3]
    ['совет министров обороны', 'совета министров обороны', 'совете министров обороны']
    """
    words = name.split()
    if not words or not CYRILLIC.search(name):
        return set()
    head: list[dict[str, str]] = []
    for word in words:
        forms = _word_forms(word, noun_only=True)
        if forms is None:
            break
        head.append(forms)
        from ..extract.ru.nlp import morph

        if morph().parse(word)[0].tag.POS == "NOUN":
            break
    if not head:
        return {name.lower()}
    tail = [w.lower() for w in words[len(head):]]
    return {" ".join([h[case] for h in head] + tail) for case in CASES}


def case_forms(name: str, kind: str) -> frozenset[str]:
    """The keys of a person's or body's Cyrillic name in each case: lower case, ``ё`` as
    ``е`` (:func:`form_key`); empty for another script or kind."""
    if not CYRILLIC.search(name):
        return frozenset()
    return _case_forms(name, kind)


@lru_cache(maxsize=1 << 14)
def _case_forms(name: str, kind: str) -> frozenset[str]:  # the pages and the index ask for the same names
    forms = person_forms(name) if kind == "person" else body_forms(name) if kind == "body" else set()
    return frozenset(form_key(f) for f in forms)


def form_key(text: str) -> str:
    """What a typed name is compared with the case forms by: its words in lower case, ``ё`` as ``е``.

    >>> form_key("  Вооружённым  Силам ")
    'вооруженным силам'
    """
    return " ".join(text.lower().replace("ё", "е").split())
