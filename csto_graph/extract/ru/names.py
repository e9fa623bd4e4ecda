"""Russian person names back in the nominative, and their Latin transliteration.

The given name tells the case and gender (pymorphy3 knows given names well: ``Игорем``
is the instrumental of ``Игорь``); a surname the dictionary knows is inflected in that case,
one it does not is returned by the endings of ``ontology/ru/names.yaml``, preferring a form the
article writes elsewhere. Surname-first forms are turned round, initials kept
(``К.Сорожей`` -> ``К. Сорожа``, ``Н.Н.Сорожей`` -> ``Н. Н. Сорожа``), indeclinable names (``Кошенко``) left as they are.

>>> nominative("Игорем Малем").text
'Игорь Маль'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .nlp import parses

INITIAL = re.compile(r"^((?:[А-ЯЁ]\.\s*){1,2})(?=[А-ЯЁ](?!\.))")  # "К.Сорожей", "Н.Н.Бордюжа"
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# an ending this long tells its case alone, when nothing else does ("А.Н.Рубиновым": "-овым",
# the instrumental); shorter ones are shared by a case form and a nominative ("-ова")
TELLING_ENDING = 4
# Russian spelling writes no я, ю after ж, ш, ч, щ, ц, nor ы after ж, ш, ч, щ: a nominative
# guess that does ("Бордюжя" from "Бордюжей") is the wrong ending ("Бордюжа")
MISSPELT = re.compile(r"(?:[жшчщц][яю]|[жшчщ]ы)$")
# a lower-case letter then a capital inside one word: two words glued where a line break or a
# space was lost ("БордюжаСтраны": a headline's last word and the text's first); the part
# before is this long at least, so that "МакКейн" or "ДиКаприо" stay whole
GLUED = re.compile(r"(?<=[а-яё]{4})(?=[А-ЯЁ][а-яё])")


@dataclass(frozen=True)
class Name:
    text: str  # Cyrillic, nominative, e.g. "Игорь Маль" or "К. Сорожа"
    latin: str  # transliteration, e.g. "Stanislav Zas"
    case: str | None  # the case the name was written in (None: unknown)
    initial: bool = False


def _cap(word: str, like: str) -> str:
    """``word`` capitalised as ``like`` is (each part of a hyphenated name)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _tagged(word: str, grammeme: str) -> list:
    return [p for p in parses(word) if grammeme in p.tag]


def _inflect(p, case: str, gender: str | None) -> str | None:
    if "Fixd" in p.tag:
        return None
    wanted = {"nomn", "sing"} | ({gender} if gender in {"masc", "femn"} else set())
    form = p.inflect(wanted) or p.inflect({"nomn"})
    return form.word if form else None


def _candidates(low: str, cases: list[str], gender: str | None, rules: dict) -> list[tuple[str, bool]]:
    """(nominative, told by a long ending) for each ending of ``rules`` in ``cases`` that fits
    the lower-case word, in the data's order."""
    out = []
    for c in cases:
        for ending, nominative in rules.get("feminine" if gender == "femn" else "masculine", {}).get(c, []):
            if low.endswith(ending) and len(low) > len(ending) + 1:
                # a soft sign never follows a vowel: "Макея" is Макей, not Макеь
                stem = re.sub(r"([аеёиоуыэюя])ь$", r"\1й", low[: len(low) - len(ending)] + nominative)
                if not MISSPELT.search(stem):
                    out.append((stem, len(ending) >= TELLING_ENDING))
    return out


def _by_endings(word: str, case: str | None, gender: str | None, rules: dict, seen: frozenset) -> str:
    """The nominative of an unknown surname: a candidate the article writes wins, else the
    first ending that fits (the case known), else the word as written."""
    low = word.lower()
    found = _candidates(low, [case] if case else [c for c in CASES if c != "nomn"], gender, rules)
    for cand, _ in found:
        if cand in seen:
            return cand
    if case and case != "nomn" and found:
        return found[0][0]
    telling = {cand for cand, told in found if told}
    return telling.pop() if len(telling) == 1 else low


def unglued(text: str) -> str:
    """The name a span writes up to a word glued onto its last word where a line break or a
    space was lost (``GLUED``): the words from there on are no part of it.

    >>> unglued("Олег СмирновСтраны"), unglued("Джон МакКейн")
    ('Олег Смирнов', 'Джон МакКейн')
    """
    cut = GLUED.search(text)
    return text[: cut.start()] if cut else text


def _surname_first(words: list[str]) -> bool:
    """A surname then a given name, in any one case ("Тасмагамбетов Имангали", "Смирновым
    Олегом"): the first word no singular given name, the second one and no surname, both in
    a case they share."""
    if any(p.tag.number == "sing" for p in _tagged(words[0], "Name")) or _tagged(words[1], "Surn"):
        return False
    given = {p.tag.case for p in _tagged(words[1], "Name") if p.tag.number == "sing"}
    if "nomn" in given:
        return True
    surname = {p.tag.case for p in _tagged(words[0], "Surn") if p.tag.number == "sing"}
    return bool(given & surname)


def _compound_given(word: str) -> tuple[str, str, str] | None:
    """A hyphenated given name whose first part is a man's given name in the nominative
    ("Касым-Жомарта"): (first parts, last part, "masc"); the dictionary reads the whole word
    by its ending, as a woman's name, so the last part is read alone, as a man's. None otherwise."""
    if "-" not in word:
        return None
    head, last = word.rsplit("-", 1)
    first = head.split("-")[0]
    men = [p for p in _tagged(first, "Name") if p.tag.case == "nomn" and p.tag.number == "sing"]
    if not men or any(p.tag.gender != "masc" for p in men) or not last[:1].isupper():
        return None
    return head, last, "masc"


def _nominative_name(word: str) -> bool:
    return any(p.tag.case == "nomn" and p.tag.number == "sing" for p in _tagged(word, "Name"))


def _fits(surname: str, case: str | None, gender: str | None, rules: dict) -> bool:
    """Whether an ending of ``rules`` for ``case`` fits the surname (a nominative fits any).

    >>> rules = {"masculine": {"gent": [["а", ""]], "accs": [["у", "а"]]}}
    >>> _fits("Бордюжу", "gent", "masc", rules), _fits("Бордюжу", "accs", "masc", rules)
    (False, True)
    """
    return case in {None, "nomn"} or bool(_candidates(surname.lower(), [case], gender, rules))


def _given_reading(word: str, surname: str | None, hint: str | None = None, man: bool = False,
                   rules: dict | None = None):
    """(case, gender) from the given name's parses, agreeing with the surname's where it can
    (the case the word before asks for, ``hint``, first: "к Касым-Жомарту Ибраеву" is a man's
    dative, not a woman's accusative); a word read only as a plural ("Никол": "Никола" in the
    genitive plural) tells nothing, for a person's given name is singular."""
    names = [p for p in _tagged(word, "Name") if p.tag.number != "plur" and (not man or p.tag.gender == "masc")]
    if not names:
        return (None, "masc") if man else (None, None)
    surnames = _tagged(surname, "Surn") if surname else []
    mans = [s for s in surnames if s.tag.number == "sing"]
    if mans and all(s.tag.gender == "masc" and s.tag.case != "nomn" for s in mans) and \
            all(p.tag.gender == "femn" for p in names):
        # a man's surname in a case form beside a woman's given name ("Никола Пашиняна"): the
        # given name is a man's ("Никол"), in the case of the surname
        cases = [s.tag.case for s in mans]
        return (hint if hint in cases else cases[0]), "masc"
    agreeing = [(p.tag.case, p.tag.gender) for p in names
                if p.tag.number == "sing" and any(s.tag.case == p.tag.case and s.tag.number == "sing" and
                                                  s.tag.gender in {p.tag.gender, "ms-f", None} for s in surnames)]
    if agreeing:
        return next((a for a in agreeing if a[0] == hint), agreeing[0])
    oblique = [s.tag.case for s in mans if s.tag.case != "nomn"]
    if oblique and len(oblique) == len(mans) and all(p.tag.case == "nomn" for p in names):
        # "Зограба Мнацаканяна": a surname the dictionary reads in oblique cases only, beside a
        # given name it only guesses as a nominative: the name is in the surname's case
        genders = {s.tag.gender for s in mans} - {None, "ms-f"}
        return (hint if hint in oblique else oblique[0]), (genders.pop() if len(genders) == 1 else None)
    if sum("Fixd" in p.tag for p in names) * 2 > len(names):  # "Эмомали": the name does not tell the case
        return None, names[0].tag.gender
    if surname and any(surname.lower().endswith(e) for e in ("ой", "ей", "ым", "им", "ом", "ем")) and \
            any(p.tag.case == "ablt" for p in names):
        return "ablt", next(p.tag.gender for p in names if p.tag.case == "ablt")
    if surname and rules and not _fits(surname, names[0].tag.case, names[0].tag.gender, rules):
        # "Николая Бордюжу": "Николая" is a genitive or an accusative, "-у" no genitive ending
        fitting = [p for p in names if p.tag.number == "sing" and _fits(surname, p.tag.case, p.tag.gender, rules)]
        if fitting:
            return fitting[0].tag.case, fitting[0].tag.gender
    return names[0].tag.case, names[0].tag.gender


def _named_in_article(word: str, rules: dict, seen: frozenset) -> str | None:
    """The surname of a full name of the article that a lone surname is a case form of
    ("Смирнова" beside "Олег Смирнов")."""
    low = word.lower()
    if low in seen:
        return low
    forms = {p.normal_form for p in _tagged(word, "Surn")}
    forms |= {_by_endings(word, None, g, rules, seen) for g in ("masc", "femn")}
    return next((f for f in sorted(forms) if f in seen), None)


def _instrumental_ending(word: str) -> bool:
    """A word ending as a man's name in the instrumental ("-ом", "-ем"), no known name."""
    return len(word) > 4 and word.lower().endswith(("ом", "ем")) and not _tagged(word, "Name")


def _surname_reading(surname: str) -> tuple[str | None, str | None]:
    """(case, gender) of a surname the dictionary reads in one case only ("Аслановым")."""
    known = [p for p in _tagged(surname, "Surn") if p.tag.number == "sing"]
    cases = {p.tag.case for p in known}
    if len(cases) != 1:
        return None, None
    genders = {p.tag.gender for p in known} - {None, "ms-f"}
    return cases.pop(), genders.pop() if len(genders) == 1 else None


def _given_nominative(word: str, case: str | None, gender: str | None, rules: dict, seen: frozenset) -> str:
    """The given name in the nominative; one the dictionary does not know as a singular name
    ("Николом") by the endings of ``rules``, in the case the surname tells."""
    names = [p for p in _tagged(word, "Name") if p.tag.number != "plur"]
    for p in names:
        if p.tag.case == case and (gender is None or p.tag.gender == gender):
            return _inflect(p, "nomn", gender) or word.lower()
    guessed = all(p.tag.case == "nomn" for p in names)  # "Зограба": read as a nominative only
    if (guessed or not [p for p in names if gender is None or p.tag.gender in {gender, "ms-f"}]) and case \
            and case != "nomn":
        return _by_endings(word, case, gender, rules, seen)
    return word.lower()


def _surname_nominative(word: str, case: str | None, gender: str | None, rules: dict, seen: frozenset) -> str:
    if case == "nomn":
        return word.lower()
    known = _tagged(word, "Surn")
    for p in known:
        if "Fixd" in p.tag:
            return word.lower()
        if (case is None or p.tag.case == case) and (gender is None or p.tag.gender in {gender, "ms-f"}):
            return _inflect(p, "nomn", gender) or word.lower()
    return _by_endings(word, case, gender, rules, seen)


def _hinted_surname(word: str, hint: str | None, gender: str | None, rules: dict, seen: frozenset) -> str:
    """A surname with no given name beside it, in the case the word before asks for; when no
    ending of that case fits ("безопасности Н.Бордюжей": a genitive asked, an instrumental
    written), the word is still no nominative: the one nominative the other cases' endings
    give, if they agree on one (else the word as written)."""
    if hint in {None, "nomn"} or _fits(word, hint, gender, rules) or _tagged(word, "Surn"):
        return _surname_nominative(word, hint, gender, rules, seen)
    found = {cand for cand, _ in _candidates(word.lower(), [c for c in CASES if c not in {"nomn", hint}], gender, rules)}
    return found.pop() if len(found) == 1 else word.lower()


def nominative(text: str, rules: dict | None = None, seen: frozenset = frozenset(),
               hint: str | None = None) -> Name:
    """The nominative of a Russian name as written (a span the NER called a person).

    ``seen`` holds lower-case words the article writes (a surname's nominative found there
    wins over a guess); ``rules`` the endings of ``ontology/ru/names.yaml``; ``hint`` the case
    of the title before the name, used when the name itself does not tell it.
    """
    import iuliia

    if rules is None:
        from ...vocab.resources import load_yaml

        rules = load_yaml("ru/names.yaml")
    initial = INITIAL.match(text)
    words = text[initial.end():].split() if initial else text.split()
    if not words:
        return Name(text, iuliia.WIKIPEDIA.translate(text), None)
    if len(words) == 2 and _surname_first(words):
        words = [words[1], words[0]]  # "Тасмагамбетов Имангали", "Смирновым Олегом"
    elif len(words) == 3 and _tagged(words[2], "Patr") and _surname_first(words[:2]):
        words = [words[1], words[2], words[0]]  # "Смирнова Олега Петровича": the formal order
    compound = _compound_given(words[0]) if len(words) >= 2 and not initial else None
    head = ""
    if compound:  # "Касым-Жомарта Токаева": the last part declines, the first tells the gender
        head, words[0], _ = compound
    if initial or len(words) == 1:
        known = _tagged(words[-1], "Surn")
        case = hint
        gender = known[0].tag.gender if known and known[0].tag.gender in {"masc", "femn"} else None
        out = [_named_in_article(words[-1], rules, seen) or _hinted_surname(words[-1], case, gender, rules, seen)]
    else:
        case, gender = _given_reading(words[0], words[-1], hint, man=bool(head), rules=rules)
        if case is None and gender is None:
            case, gender = _surname_reading(words[-1])
        if case is None and gender is None and len(words) == 2 and all(_instrumental_ending(w) for w in words):
            case, gender = "ablt", "masc"  # "Драголюбом Петровичем": two words the dictionary does not know
        case = case or hint
        out = [_given_nominative(words[0], case, gender, rules, seen)]
        for middle in words[1:-1]:
            patr = [p for p in _tagged(middle, "Patr") if p.tag.case == case]
            out.append(_inflect(patr[0], "nomn", gender) if patr and _inflect(patr[0], "nomn", gender) else middle.lower())
        out.append(_surname_nominative(words[-1], case, gender, rules, seen))
    written = [_cap(w, orig) for w, orig in zip(out, words if len(out) == len(words) else words[-1:])]
    if head:
        written[0] = f"{head}-{written[0]}"
    if initial:
        written = [f"{letter}." for letter in re.findall(r"[А-ЯЁ]", initial.group(1))] + written
    cyr = " ".join(written)
    # the Latin name leaves out a patronymic, as English reports do ("Anatoly Sidorov")
    latin = " ".join([written[0], written[-1]]) if len(written) == 3 and not initial and \
        any(_tagged(w, "Patr") for w in words[1:2]) else cyr
    return Name(cyr, iuliia.WIKIPEDIA.translate(latin), case, bool(initial))
