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
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler, Levenshtein

from ..vocab.words import words as word_classes

# Two spellings are one name when their spelling keys are equal, or differ by at most
# MAX_EDITS edits after the same first two letters, and both keys have at least
# MIN_LENGTH letters (Karimov/Kurimov differ in the second letter: two names). Measured on pairs of
# the region's names: variants Shoygu/Shoigu, Tokayev/Tokaev, Sergey/Sergei give equal
# keys; Lukashenko/Lukashenka and Aleksandr/Alexander are one edit apart; distinct
# names Zas/Zasov, Mirzo/Mirzoev, Ivanov/Ivashov are two or more edits apart, whereas
# Jaro-Winkler scored them 0.91, 0.94 and 0.89 (it would have merged them).
# Rahmon/Rakhmonov (two edits) is left to curation.
MAX_EDITS = 1
MIN_LENGTH = 6
FEMININE = re.compile("(" + "|".join(word_classes().feminine_surname_endings) + ")$")
MASCULINE = re.compile("(" + "|".join(word_classes().masculine_surname_endings) + ")$")
# The linker compares every full name with every cluster: the same few thousand names,
# millions of times. The functions below are pure, so they are memoized (10x faster linking).
_MEMO = 1 << 16


@lru_cache(maxsize=_MEMO)
def fold(name: str) -> str:
    """ASCII, lower case, hyphens as spaces: the form names are compared in.

    >>> fold("Kassym-Jomart TOKAYEV")
    'kassym jomart tokayev'
    """
    text = unicodedata.normalize("NFKC", name)
    return re.sub(r"\s+", " ", re.sub(r"[-‐’'`.]", " ", anyascii(text))).strip().lower()


# The replacements of spelling_key (``spelling_pairs`` of ontology/words.yaml), applied in this
# order (the graph page's search applies the same ones in JavaScript: csto_graph/views/templates/search.js).
SPELLING_PAIRS = word_classes().spelling_pairs


@lru_cache(maxsize=_MEMO)
def spelling_key(word: str) -> str:
    """A key that erases common transliteration differences (y/i, kh/h, gh/g, h/g, c/k,
    dzh/zh/j, double letters): Vahram/Vagram, Victor/Viktor, Dzhaksybekov/Jaksybekov.

    >>> spelling_key("Shoygu") == spelling_key("Shoigu")
    True
    """
    w = fold(word).replace(" ", "")
    for _ in range(5):  # to a fixed point, so that the key of a key is itself
        before = w
        w = re.sub(r"(.)\1+", r"\1", w)
        for a, b in SPELLING_PAIRS:
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


@lru_cache(maxsize=4 * _MEMO)
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
    return min(len(ka), len(kb)) >= MIN_LENGTH and ka[:2] == kb[:2] and Levenshtein.distance(ka, kb) <= MAX_EDITS


# Belarusian and Russian transliterations differ mostly in vowels (Aliaksandr/Alexander,
# Prakapovich/Prokopovich). Equal consonant skeletons of at least SKELETON_MIN consonants
# make one name part match, but only when the other part already matches.
SKELETON_MIN = 5


def consonant_skeleton(word: str) -> str:
    """The consonants of a spelling key, after its first letter, the consonants the region's
    transliterations swap read as one (``skeleton_pairs`` of ontology/words.yaml).

    >>> consonant_skeleton("Prakapovich") == consonant_skeleton("Prokopovich")
    True
    >>> consonant_skeleton("Sarkisian") == consonant_skeleton("Sargsyan")
    True
    >>> consonant_skeleton("Valfovi\u010d") == consonant_skeleton("Volfovich")
    True
    """
    key = spelling_key(word)
    skeleton = re.sub(r"[aeiouy]", "", key[1:])
    for a, b in word_classes().skeleton_pairs:
        skeleton = skeleton.replace(a, b)
    return key[:1] + skeleton


def same_skeleton(a: str, b: str) -> bool:
    ka, kb = consonant_skeleton(a), consonant_skeleton(b)
    return ka == kb and len(ka) - 1 >= SKELETON_MIN - (ka[:1] not in "aeiouy") and not gender_clash(a, b)


def _name_parts(words: list[str]) -> list[str]:
    """["bakyt", "toktogul uulu"] for "Bakyt Toktogul uulu".

    >>> _name_parts(["bakyt", "toktogul", "uulu"]), _name_parts(["toktogul", "uulu"])
    (['bakyt', 'toktogul uulu'], ['toktogul uulu'])
    """
    if len(words) >= 2 and words[-1] in word_classes().surname_particles:
        return [*words[:-2], f"{words[-2]} {words[-1]}"]
    return words


def name_parts(name: str) -> list[str]:
    """The parts of a name, a surname with its particle counting as one ("Alym uulu" is a
    surname alone; "Ulan Alym uulu" a first name and a surname), and a name written surname
    first before the given name and patronymic in the usual order (:func:`_surname_first`)."""
    return _surname_first(_name_parts(fold(name).split()))


def _surname_first(words: list[str]) -> list[str]:
    """ "petrov ivan sergeyevich" (surname, given name, patronymic, as official lists write
    them) as "ivan sergeyevich petrov": three words of which only the last ends as a
    patronymic does (``patronymic_endings`` of ``ontology/words.yaml``); a surname ending so
    after a patronymic ("ivan sergeyevich babich") stays where it is.

    >>> _surname_first(["petrov", "ivan", "sergeyevich"]), _surname_first(["ivan", "sergeyevich", "babich"])
    (['ivan', 'sergeyevich', 'petrov'], ['ivan', 'sergeyevich', 'babich'])
    """
    if len(words) != 3 or not _patronymic(words[2]) or _patronymic(words[0]) or _patronymic(words[1]):
        return words
    return [words[1], words[2], words[0]]


def _patronymic(word: str) -> bool:
    return " " not in word and any(word.endswith(e) and len(word) > len(e) + 2 for e in _PATRONYMIC_ENDINGS)


_PATRONYMIC_ENDINGS = tuple(word_classes().patronymic_endings)


# The strength of a feature: FULL (a spelling variant), WEAK (a consonant skeleton, a
# given name's other form, an initial: enough only beside a FULL match of the other part)
# or NONE. Two names merge when their surname and given name scores add up to MERGE.
FULL, WEAK, NONE = 1.0, 0.5, 0.0
MERGE = FULL + WEAK


@dataclass(frozen=True)
class Score:
    """What one feature says of two names.

    ``value`` is :data:`FULL`, :data:`WEAK` or :data:`NONE`; ``near`` is true when a
    :data:`NONE` missed by one step (one edit more than allowed, a gender ending...);
    ``detail`` says why, in words.
    """

    feature: str
    value: float
    detail: str
    near: bool = False


@dataclass(frozen=True)
class NameMatch:
    """The features of two full names and the decision they make.

    >>> m = compare_names("Emomali Rahmon", "Emomali Rakhmonov")
    >>> m.merge, m.one_short, [s.value for s in m.scores]
    (False, True, [0.0, 1.0, 0.0])
    """

    merge: bool
    scores: tuple[Score, ...]

    @property
    def total(self) -> float:
        return sum(s.value for s in self.scores if s.feature != "order")

    @property
    def one_short(self) -> bool:
        """Not merged, but one step of one feature would have merged them."""
        if self.merge or len(self.scores) < 3:
            return False
        parts = [s for s in self.scores if s.feature != "order"]
        return self.total == MERGE - WEAK and (all(s.value == WEAK for s in parts) or
                                               any(s.value == NONE and s.near for s in parts))

    def explain(self) -> str:
        return "; ".join(s.detail for s in self.scores if s.feature != "order" or s.value)


def near_word(a: str, b: str) -> str | None:
    """Why two name words that are not one spelling (:func:`same_word`) nearly are, or None.

    >>> near_word("Rahmon", "Rakhmonov"), near_word("Petrov", "Petrova"), near_word("Ivan", "Oleg")
    ('rahmon/rakhmonov: 2 edits apart (the rule allows 1)', 'petrov/petrova: masculine and feminine forms', None)
    """
    ka, kb = spelling_key(a), spelling_key(b)
    if gender_clash(a, b):
        return f"{fold(a)}/{fold(b)}: masculine and feminine forms"
    edits = Levenshtein.distance(ka, kb)
    if edits <= MAX_EDITS:
        short = min(len(ka), len(kb)) < MIN_LENGTH
        why = f"shorter than {MIN_LENGTH} letters" if short else "the second letters differ"
        return f"{fold(a)}/{fold(b)}: {edits} edit apart but {why}"
    if edits == MAX_EDITS + 1 and min(len(ka), len(kb)) >= MIN_LENGTH - 1:
        return f"{fold(a)}/{fold(b)}: {edits} edits apart (the rule allows {MAX_EDITS})"
    short, long = sorted((ka, kb), key=len)
    if len(short) >= 4 and long.startswith(short):
        return f"{fold(a)}/{fold(b)}: one is the start of the other"
    return None


def _missed(feature: str, a: str, b: str) -> Score:
    near = near_word(a, b)
    return Score(feature, NONE, near or f"{feature}s {fold(a)}/{fold(b)} differ", near is not None)


def surname_score(a: str, b: str) -> Score:
    """The surnames feature: one spelling (FULL), one consonant skeleton (WEAK), or none.

    >>> surname_score("Shoygu", "Shoigu").value, surname_score("Prakapovich", "Prokopovich").value
    (1.0, 0.5)
    """
    if same_word(a, b):
        return Score("surname", FULL, f"surnames {fold(a)}/{fold(b)}: one spelling")
    if same_skeleton(a, b):
        return Score("surname", WEAK, f"surnames {fold(a)}/{fold(b)}: the same consonants only")
    return _missed("surname", a, b)


def given_name_score(a: str, b: str) -> Score:
    """The given names feature: one spelling (FULL); an initial, a consonant skeleton or
    another form of one name (``given_names.yaml``) (WEAK); or none.

    >>> given_name_score("i", "ivan").value, given_name_score("Uladzimir", "Vladimir").value
    (0.5, 0.5)
    >>> given_name_score("Aleksandr", "Aleksandra").value  # one letter apart, but a man and a woman
    0.0
    """
    if len(a) == 1 or len(b) == 1:
        if a[0] == b[0]:
            return Score("given name", WEAK, f"given names {a}/{b}: an initial")
        return Score("given name", NONE, f"given names {a}/{b}: another initial")
    if _feminine_form(*sorted((spelling_key(a), spelling_key(b)), key=len)):
        return Score("given name", NONE, f"given names {fold(a)}/{fold(b)}: a man's and a woman's name")
    if same_word(a, b):
        return Score("given name", FULL, f"given names {fold(a)}/{fold(b)}: one spelling")
    if same_skeleton(a, b) or same_given_name(a, b):
        return Score("given name", WEAK, f"given names {fold(a)}/{fold(b)}: one name in two forms")
    form = other_form(a, b)
    if form is not None:
        return Score("given name", WEAK, f"given names {fold(a)}/{fold(b)}: {form}")
    return _missed("given name", a, b)


# A given name's short form is at least SHORT_FORM_MIN letters ("Almaz" of "Almazbek"; "Nur"
# of "Nursultan" is too short to tell); a misspelt one, a vowel dropped inside the name
# ("Arart" of "Ararat"), at least TYPO_MIN. A vowel changed (Alina/Alena, Arman/Armen) or a
# consonant dropped (Marina/Maria) makes another name: those stay two people.
SHORT_FORM_MIN = 4
TYPO_MIN = 5


def other_form(a: str, b: str) -> str | None:
    """Why two given names that are not one spelling are one name's short and long form
    or a misspelling of it, or None. Weak evidence: it counts only beside a surname of one
    spelling (:func:`given_name_score`, which has already set apart a woman's form of a man's
    name, Ruslan/Ruslana). Two names that ``given_names.yaml`` puts in two groups are two names.

    >>> other_form("Almaz", "Almazbek"), other_form("Arart", "Ararat"), other_form("Davit", "David")
    ('one is the short form of the other', 'one is the other with a vowel dropped', 'one ends voiced, the other voiceless')
    >>> other_form("Arman", "Armen"), other_form("Maria", "Marina")
    (None, None)
    """
    ka, kb = sorted((spelling_key(a), spelling_key(b)), key=len)
    if ka == kb or _group_relation(a, b) is False:
        return None
    if len(ka) >= SHORT_FORM_MIN and kb.startswith(ka):
        return "one is the short form of the other"
    if len(ka) >= TYPO_MIN and _vowel_dropped(ka, kb):
        return "one is the other with a vowel dropped"
    if len(ka) >= TYPO_MIN and _voicing_at_end(ka, kb):
        return "one ends voiced, the other voiceless"
    return None


def _voicing_at_end(a: str, b: str) -> bool:
    """Two keys that differ only in their last letter, a voiced and a voiceless consonant
    (``voicing_pairs``: Davit/David)."""
    return len(a) == len(b) and a[:-1] == b[:-1] and (
        (a[-1], b[-1]) in word_classes().voicing_pairs or (b[-1], a[-1]) in word_classes().voicing_pairs)


def _vowel_dropped(short: str, long: str) -> bool:
    """``short`` is ``long`` with one vowel inside it left out (not its first or last letter)."""
    return len(long) == len(short) + 1 and any(
        long[k] in "aeiou" and long[:k] + long[k + 1:] == short for k in range(1, len(long) - 1))


def _feminine_form(short: str, long: str) -> bool:
    """The longer key is the shorter plus a woman's ending (``feminine_given_endings``), or
    the shorter with its last letter so replaced (Yevgeny/Yevgenia); never when the shorter
    already ends as a woman's name does (Natalia/Nataliia are one woman's name).

    >>> _feminine_form("evgeni", "evgenia"), _feminine_form("natalia", "nataliia")
    (True, False)
    """
    return short != long and not any(short.endswith(spelling_key(end)) for end in word_classes().feminine_given_endings) and any(long == short + spelling_key(end) or long == short[:-1] + spelling_key(end)
               for end in word_classes().feminine_given_endings)


def _group_relation(a: str, b: str) -> bool | None:
    """What ``given_names.yaml`` says of two given names: one group (True), two groups
    (False), or nothing (None: one of them is in no group)."""
    groups = _given_name_groups()
    ga, gb = groups.get(spelling_key(a)), groups.get(spelling_key(b))
    return None if ga is None or gb is None else ga == gb


def order_score(wa: list[str], wb: list[str]) -> Score:
    """Two two-word names written in the other order ("Sherali Mirzo" / "Mirzo Sherali"):
    FULL when both words match crosswise as spelling variants, else NONE."""
    swapped = (len(wa) == len(wb) == 2 and same_word(wa[0], wb[1]) and same_word(wa[1], wb[0])
               and not same_word(wa[0], wa[1]))
    return Score("order", FULL if swapped else NONE,
                 "written in the other order" if swapped else "written in the same order")


@lru_cache(maxsize=4 * _MEMO)
def compare_names(a: str, b: str) -> NameMatch:
    """The features of two full names (first name and surname) and whether they are one
    person: the surname and the given name (first word) scored apart, plus the word order.

    >>> compare_names("Sergey Shoygu", "Sergei Shoigu").merge
    True
    >>> print(compare_names("Ivan Petrov", "Ivan Petrova").explain())
    petrov/petrova: masculine and feminine forms; given names ivan/ivan: one spelling
    """
    wa, wb = name_parts(a), name_parts(b)
    if len(wa) < 2 or len(wb) < 2:
        return NameMatch(False, (Score("parts", NONE, "not a given name and a surname"),))
    order = order_score(wa, wb)
    surname, given = surname_score(wa[-1], wb[-1]), given_name_score(wa[0], wb[0])
    merge = order.value == FULL or surname.value + given.value >= MERGE or _other_script(wa, wb, surname, given)
    return NameMatch(merge, (surname, given, order))


def _other_script(wa: list[str], wb: list[str], surname: Score, given: Score) -> bool:
    """Both parts in another romanisation of one name: the surnames of one consonant skeleton
    (:func:`same_skeleton`: five consonants or more, vowels aside) and the given names two
    forms of one name (``given_names.yaml``, or one skeleton): Belarusian "Uladzimir
    Prakapovich" for Russian "Vladimir Prokopovich", where akanye writes a for o in both.
    An initial, a short form or a misspelling of the given name is not enough."""
    if surname.value != WEAK or given.value != WEAK or min(len(wa[0]), len(wb[0])) == 1:
        return False
    return same_skeleton(wa[-1], wb[-1]) and (same_given_name(wa[0], wb[0]) or same_skeleton(wa[0], wb[0]))


@lru_cache(maxsize=4 * _MEMO)
def same_person(a: str, b: str) -> bool:
    """Two full names (first name and surname) that name one person (:func:`compare_names`).

    Surnames must match (spelling variants allowed); first names must match too, or
    one of them is an initial of the other. One of the two parts may match by its
    consonant skeleton only if the other matches as a spelling variant.

    >>> same_person("Aliaksandr Prakapovich", "Alexander Prakapovich")
    True
    >>> same_person("Ivan Karimov", "Ivan Kurimov")
    False

    Two-word names written in the other order (official lists put the surname first;
    "Sherali Mirzo" / "Mirzo Sherali") are one person when both words match exactly as
    spelling variants:

    >>> same_person("Sherali Mirzo", "Mirzo Sherali"), same_person("Ivan Petrov", "Petrov Oleg")
    (True, False)
    """
    return _may_merge(a, b) and compare_names(a, b).merge


def _may_merge(a: str, b: str) -> bool:
    """What :func:`compare_names` needs to merge, cheap to test (the linker compares each new
    name with every person: most pairs share no letter): the surnames' spelling keys open
    with one letter (a spelling variant keeps its first two, a skeleton its first), or, for
    two two-word names, each word's key opens as the other name's word in the other place."""
    wa, wb = name_parts(a), name_parts(b)
    if len(wa) < 2 or len(wb) < 2:
        return False
    if spelling_key(wa[-1])[:1] == spelling_key(wb[-1])[:1]:
        return True
    return len(wa) == len(wb) == 2 and spelling_key(wa[0])[:1] == spelling_key(wb[1])[:1] \
        and spelling_key(wa[1])[:1] == spelling_key(wb[0])[:1]


@lru_cache(maxsize=1)
def _given_name_groups() -> dict[str, int]:
    from ..vocab.resources import load_yaml

    return {spelling_key(name): i for i, group in enumerate(load_yaml("given_names.yaml")["groups"])
            for name in group}


def same_given_name(a: str, b: str) -> bool:
    """One first name in its Belarusian, Ukrainian and Russian forms (``ontology/given_names.yaml``).

    >>> same_given_name("Uladzimir", "Vladimir"), same_given_name("Uladzimir", "Vasily")
    (True, False)
    """
    return _group_relation(a, b) is True


def surname_matches(surname: str, full_name: str) -> bool:
    """A surname alone ("Zas", "ZAS") that fits a full name."""
    words = name_parts(full_name)
    if len(words) < 2:
        return False
    last = words[-1]  # "toktogul uulu": "Toktogul" alone names him too
    return same_word(surname, last) or (" " in last and same_word(surname, last.split()[0]))


def first_name_matches(first: str, full_name: str) -> bool:
    words = fold(full_name).split()
    return len(words) >= 2 and same_word(first, words[0])
