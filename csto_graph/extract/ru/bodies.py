"""Bodies the gazetteer does not know, read from their shape in a Russian sentence.

A body's name is a head noun of ``body_heads`` (``ontology/ru/gazetteer.yaml``: "дивизия",
"училище", "министерство", "совет" ...), the adjectives before it that agree with it (an
ordinal among them: "76-й"), and the words in the genitive after it ("спецназа ВДВ",
"безопасности России") or a quoted name ("пресс-центр «Вести»"). It opens with an ordinal,
a state's adjective or a capital letter, so that a common noun ("заинтересованных
министерств") is no body. The name is given in the nominative: "на базе 76-ой гвардейской
дивизии ВДВ" names "76-я гвардейская дивизия ВДВ". A medium named by its web address
("сообщает Vesti.kz") is a medium, and so is the one a dateline names after its place and
date ("Ош, 3 мая /Агентство/", "ОШ, 3 мая — Агентство, Иван Петров", "Ош. 3 мая. Агентство –").
"""
from __future__ import annotations

import re

from ...models import OrgMention
from .nlp import OBLIQUE_ACRONYM, is_acronym, lemma, parses
from .vocab import LOOSE_WORDS, Found, content_bag, find, function_word

ORDINAL = re.compile(r"^(\d+)-?[а-яё]{1,3}$")
ENDINGS = {"masc": "й", "femn": "я", "neut": "е"}  # of an ordinal in the nominative ("76-я")
COMPLEMENT_WORDS = 4  # genitive words after the head ("бригада специального назначения ВДВ России")
QUOTES = {"«": "»", '"': '"', "„": "“"}


def _head_parse(word: str, lemma: str, left: list):
    """The parse of the head that the adjectives before it agree with."""
    options = [p for p in parses(word) if p.normal_form.replace("ё", "е") == lemma.lower()]
    for p in options:
        if all(_agreeing(t.text, p) is not None for t in left if not ORDINAL.match(t.text)):
            return p
    return options[0] if options else None


def _agreeing_from(word: str, lemma: str, toks: list, first: int, head: int) -> int:
    """The first of the words before the head from which all agree with one parse of it: a
    participle that does not ("представляющая Вооруженные силы") is no part of the name."""
    options = [p for p in parses(word) if p.normal_form.replace("ё", "е") == lemma.lower()]
    for start in range(first, head):
        left = [t for t in toks[start:head] if not ORDINAL.match(t.text)]
        if any(all(_agreeing(t.text, p) is not None for t in left) for p in options):
            return start
    return first  # no parse agrees even with the last word: the dictionary's guess, left as read


def _agreeing(word: str, head):
    return next((p for p in parses(word) if p.tag.POS in {"ADJF", "PRTF"} and p.tag.case == head.tag.case
                 and p.tag.number == head.tag.number and (head.tag.number == "plur" or p.tag.gender == head.tag.gender)),
                None)


def _cap(word: str, like: str) -> str:
    """``word`` capitalised as ``like`` is, each part of a hyphenated word too ("Северо-Кавказское")."""
    if not like[:1].isupper():
        return word
    parts, written = word.split("-"), like.split("-")
    if len(parts) != len(written):
        return word[:1].upper() + word[1:]
    return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p for p, w in zip(parts, written))


def _adjective_nominative(word: str, head, endings: dict) -> str:
    """An adjective agreeing with ``head``, in the nominative: pymorphy's form when it keeps
    the word's stem, else by its ending (``adjective_endings``: "высшего" is "высшее", not
    the superlative "высочайшее" pymorphy gives)."""
    p = _agreeing(word, head)
    if p is None:
        return word
    number, gender = head.tag.number, head.tag.gender
    key = "plur" if number == "plur" else gender
    wanted = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", gender}
    low = word.lower()
    if p.tag.case == "nomn":
        return low
    form = p.inflect(wanted)
    stem = max(1, len(low) - 3)
    if form and form.word[:stem] == low[:stem] and abs(len(form.word) - len(low)) <= 2:
        return form.word
    for ending, nominative in endings.get(key, {}).get(p.tag.case, []):
        if low.endswith(ending):
            return low[: len(low) - len(ending)] + nominative
    return form.word if form else low


def _nominative(left: list, head_tok, head, endings: dict) -> list[str]:
    """The words before the head and the head, in the nominative."""
    number, gender = head.tag.number, head.tag.gender
    wanted = {"nomn", number} if number == "plur" else {"nomn", "sing"}
    out = []
    for t in left:
        m = ORDINAL.match(t.text)
        if m:
            out.append(f"{m.group(1)}-{'е' if number == 'plur' else ENDINGS.get(gender, 'й')}")
            continue
        out.append(_cap(_adjective_nominative(t.text, head, endings), t.text))
    oblique = OBLIQUE_ACRONYM.match(head_tok.text)  # "МИДа": the acronym without its ending
    form = None if head_tok.text.isupper() or oblique else head.inflect(wanted)  # an acronym ("МИД") stays as written
    out.append(_cap(form.word, head_tok.text) if form else oblique.group(1) if oblique else head_tok.text)
    return out


def _left(r, head: int, known: set, vocab) -> int:
    """The first token of the adjectives before the head (the head itself when none)."""
    k = head
    while k > 0 and k - 1 not in known and (ORDINAL.match(r.toks[k - 1].text) or any(
            p.tag.POS in {"ADJF", "PRTF"} and "Apro" not in p.tag for p in parses(r.toks[k - 1].text)[:1])):
        k -= 1
    return k


def _right(r, head: int, vocab) -> int:
    """The token after the words in the genitive (or the quoted name) after the head; a
    person's name ends them, and so do "имени" and a state's name (a state's body ends with
    its state: "МИД Армении Зограба Петросяна" names "МИД Армении", whatever case the
    dictionary guesses for an unknown given name after it)."""
    k, words = head + 1, 0
    toks = r.toks
    state_ends = {f.last for f, o in r.orgs if o.kind == "state"}
    if k < len(toks) and toks[k].text in QUOTES:
        close = next((j for j in range(k + 1, min(len(toks), k + 8)) if toks[j].text == QUOTES[toks[k].text]), None)
        return close + 1 if close is not None else k
    while k < len(toks) and words < COMPLEMENT_WORDS and toks[k].lemma != "имя":
        if _bracketed_acronym(toks, k) and k + 3 < len(toks) and _complement_word(toks[k + 3].text):
            k += 3  # "Вооруженных Сил (ВС) Республики Армения": the acronym in brackets inside the name
            continue
        if not _complement_word(toks[k].text, near=k == head + 1):
            break
        k, words = k + 1, words + 1
        if k in state_ends:
            break  # "... Кыргызской Республики Тимуром Петровым": the state is named, a person follows
        if toks[k - 1].lemma in vocab.apposition_heads and k < len(toks) and toks[k].text[:1].isupper():
            k, words = k + 1, words + 1  # "Республики Армения": the name after it does not decline
        if k in state_ends:
            break
    while k > head + 1 and parses(toks[k - 1].text)[:1] and parses(toks[k - 1].text)[0].tag.POS == "ADJF" \
            and not toks[k - 1].text.isupper():
        k -= 1  # an adjective with no noun after it belongs to what follows
    return _purpose(toks, k)


PURPOSE_WORDS = 6  # words of a body's "по" phrase ("по контролю за оборотом наркотиков")


def _reads(word: str, pos: set, case: str) -> bool:
    return any(p.tag.POS in pos and p.tag.case == case for p in parses(word))


def _purpose(toks: list, k: int) -> int:
    """The token after the "по" phrase naming what a body is for, when one starts at ``k``
    ("Федеральная служба по контролю за оборотом наркотиков", "Комитет по делам СНГ"):
    adjectives and a noun in the dative, the words in the genitive after it, and "за" with a
    noun in the instrumental and its genitive words; ``k`` when there is none."""
    if k >= len(toks) or toks[k].text.lower() != "по":
        return k
    j = k + 1
    while j < len(toks) and j - k <= PURPOSE_WORDS and _reads(toks[j].text, {"ADJF", "PRTF"}, "datv") \
            and not _reads(toks[j].text, {"NOUN"}, "datv"):
        j += 1
    if j >= len(toks) or not _reads(toks[j].text, {"NOUN"}, "datv") or j - k > PURPOSE_WORDS:
        return k
    j += 1
    while j < len(toks) and j - k <= PURPOSE_WORDS and _complement_word(toks[j].text, near=True):
        j += 1
    if j + 1 < len(toks) and toks[j].text.lower() == "за" and _reads(toks[j + 1].text, {"NOUN"}, "ablt"):
        j += 2
        while j < len(toks) and j - k <= PURPOSE_WORDS + 2 and _complement_word(toks[j].text):
            j += 1
    return _purpose_items(toks, j)


PURPOSE_ITEMS = 3  # further items of a body's "по" phrase ("по обороне и безопасности", "..., евразийской интеграции и связям с ...")


def _purpose_items(toks: list, j: int) -> int:
    """The token after the further items of a "по" phrase ending at ``j``, joined by a comma or
    "и" ("Комиссия по обороне и безопасности", "Комитет по делам СНГ, евразийской интеграции и
    связям с соотечественниками"): each lower-case adjectives and a noun in the dative, the
    words in the genitive after it, and "с" or "за" with a noun in the instrumental; a capitalised
    word is no item ("по делам СНГ и Армении": a name, not what the body is for)."""
    for _ in range(PURPOSE_ITEMS):
        if j + 1 >= len(toks) or toks[j].text.lower() not in {",", "и"}:
            return j
        i = j + 1
        while i < len(toks) and i - j <= PURPOSE_WORDS and toks[i].text.islower() \
                and _reads(toks[i].text, {"ADJF", "PRTF"}, "datv") and not _reads(toks[i].text, {"NOUN"}, "datv"):
            i += 1
        if i >= len(toks) or not toks[i].text.islower() or not _reads(toks[i].text, {"NOUN"}, "datv"):
            return j
        i += 1
        while i < len(toks) and i - j <= PURPOSE_WORDS and _complement_word(toks[i].text, near=True):
            i += 1
        if i + 1 < len(toks) and toks[i].text.lower() in {"за", "с"} and toks[i + 1].text.islower() \
                and _reads(toks[i + 1].text, {"NOUN"}, "ablt"):
            i += 2
        j = i
    return j


def _owners_listed(r, last: int, vocab) -> bool:
    """The body's state is the first of a list of states ("Вооруженных сил России, Армении и
    Белоруссии", "... Республики Беларусь и Российской Федерации"): the head names one body of
    each, no body of its own."""
    ends = {f.last for f, o in r.orgs if o.kind == "state"}
    starts = {f.first for f, o in r.orgs if o.kind == "state"}
    return last in ends and last < len(r.toks) and r.toks[last].text in vocab.list_joints and last + 1 in starts


def _complement_word(t: str, near: bool = False) -> bool:
    """An acronym, or a noun or adjective in the genitive that is no part of a person's name,
    in its likeliest reading. An adjective that is a word of the name, capitalised
    ("Вооруженных Сил") or right after the head (``near``: "штаба вооруженных сил"), counts in
    any of its readings ("Вооруженных" is read first as a locative plural, the genitive plural
    sharing its ending); a lower-case one further on does not ("Дворец Независимости белорусской
    столицы" ends before the place). A noun is never read by a less likely case: an indeclinable
    given name ("Камо") reads in every case."""
    found = parses(t)
    if is_acronym(t):
        return True
    if not found or found[0].tag.POS not in {"NOUN", "ADJF"}:
        return False
    named = found[0].tag.POS == "ADJF" and (near or t[:1].isupper())
    readings = [p for p in found if p.tag.POS == "ADJF"] if named else found[:1]
    return any(p.tag.case == "gent" for p in readings) and \
        not {"Name", "Surn", "Patr"} & set(str(found[0].tag).replace(" ", ",").split(","))


def _bracketed_acronym(toks: list, k: int) -> bool:
    return k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].text.isupper()


BRACKETED_ACRONYM = re.compile(r"\s*\([A-ZА-ЯЁ]{2,}\)")


def _addresses(r, vocab, known: set) -> list[tuple[Found, OrgMention]]:
    """Media named by their web address ("сообщает Vesti.kz"), outside a link and a photo
    credit ("Фото: vesti.kz" names whose the picture is)."""
    out = []
    for m in vocab.media_address.finditer(r.sent.text):
        first = next((i for i, t in enumerate(r.toks) if t.end > m.start()), len(r.toks))
        last = next((i for i, t in enumerate(r.toks) if t.start >= m.end()), len(r.toks))
        credit = any(t.lemma in vocab.credit_words for t in r.toks[max(0, first - 3):first])
        if not credit and not any(k in known for k in range(first, last)):
            out.append((Found(first, last, None), OrgMention(m.group(), r.sent.start + m.start(), r.sent.start + m.end(),
                                                             r.index, None, "media")))
    return out


QUOTED_WORDS = 4  # words of a medium's quoted name ("«Вести Юга»")


def _quoted_media(r, vocab, known: set) -> list[tuple[Found, OrgMention]]:
    """Media named in quotes right after a verb of ``media_verbs`` ("как сообщал «Вести»")."""
    out = []
    for k in range(len(r.toks) - 2):
        end = _quoted_name(r.toks, k + 1) if r.toks[k].lemma in vocab.media_verbs else None
        if end is None or any(j in known for j in range(k + 2, end - 1)):
            continue
        first, last = r.toks[k + 2], r.toks[end - 2]
        start, stop = r.sent.start + first.start, r.sent.start + last.end
        name = r.sent.text[first.start:last.end]
        out.append((Found(k + 2, end - 1, None), OrgMention(name, start, stop, r.index, None, "media",
                                                            english=_latin_title(name))))
    return out


def _quoted_name(toks: list, k: int) -> int | None:
    """The token after the closing quote of a name quoted at token ``k`` (a capital opening it),
    None when there is none."""
    if k >= len(toks) or toks[k].text not in QUOTES:
        return None
    close = QUOTES[toks[k].text]
    end = next((j for j in range(k + 1, min(len(toks), k + 2 + QUOTED_WORDS)) if toks[j].text == close), None)
    return end + 1 if end is not None and end > k + 1 and toks[k + 1].text[:1].isupper() else None


def _latin_title(name: str) -> str:
    from iuliia import WIKIPEDIA

    return WIKIPEDIA.translate(name.title() if name.isupper() else name)


def _typed_media(r, vocab, known: set) -> list[tuple[Found, OrgMention]]:
    """Media named by their kind and a quoted name ("телеканал «Вести»", "ТРК «Вести»",
    "МЕДИАГРУППА «ВЕСТИ»": ``media_kinds``), the kind in the nominative; the English name is
    the quoted name's transliteration ("Vesti"), so that every kind of it is one medium. A state
    may stand inside the quotes ("агентство «Армения сегодня»": the medium's name, read instead;
    :func:`inside_media`)."""
    out = []
    for k, t in enumerate(r.toks):
        end = _quoted_name(r.toks, k + 1) if t.lemma.lower() in vocab.media_kinds else None
        if end is None or any(j in known for j in (k, k + 1, end - 1)):
            continue
        kind = t.text if t.text.isupper() else _cap(t.lemma, t.text)
        name = r.sent.text[r.toks[k + 2].start:r.toks[end - 2].end]
        out.append((Found(k, end, None), OrgMention(f"{kind} {r.toks[k + 1].text}{name}{r.toks[end - 1].text}",
                                                    r.sent.start + t.start, r.sent.start + r.toks[end - 1].end, r.index,
                                                    None, "media", english=_latin_title(name))))
    return out


LATIN_WORDS = 4  # words of a medium's Latin name ("The Moscow Post")


def _latin_media(r, vocab, known: set) -> list[tuple[Found, OrgMention]]:
    """Media named in Latin capitals right after a word of ``media_verbs`` ("сообщили
    корреспонденту The Daily Star", "как сообщает Vestnik"): a Russian text names a person in Cyrillic."""
    out = []
    for k in range(len(r.toks) - 1):
        if r.toks[k].lemma not in vocab.media_verbs:
            continue
        end = k + 1
        while end < len(r.toks) and end - k <= LATIN_WORDS and re.fullmatch(r"[A-Z][A-Za-z]*", r.toks[end].text):
            end += 1
        if end == k + 1 or any(j in known for j in range(k + 1, end)):
            continue
        first, last = r.toks[k + 1], r.toks[end - 1]
        out.append((Found(k + 1, end, None), OrgMention(r.sent.text[first.start:last.end], r.sent.start + first.start,
                                                        r.sent.start + last.end, r.index, None, "media")))
    return out


def _unquoted_media(r, vocab, known: set) -> list[tuple[Found, OrgMention]]:
    """Media named without quotes by one word: after a kind written as an acronym ("ИА Регнум",
    "ИА REGNUM": ``media_kinds``), the kind kept, or in capitals after a word of ``media_staff``
    ("передаёт корреспондент РБК"). A capitalised word after it makes the words a person's
    name ("корреспондент Иван Петров"), and a name known as a body is no medium."""
    out = []
    for k in range(len(r.toks) - 1):
        t, name = r.toks[k], r.toks[k + 1]
        kind = t.text.isupper() and t.lemma.lower() in vocab.media_kinds
        staff = t.lemma in vocab.media_staff and len(name.text) >= 2 and name.text.isupper()
        if not (kind or staff) or not re.fullmatch(r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]+", name.text) \
                or k + 1 in known or (kind and k in known):
            continue
        if k + 2 < len(r.toks) and r.toks[k + 2].text[:1].isupper():
            continue
        first = k if kind else k + 1
        start, stop = r.sent.start + r.toks[first].start, r.sent.start + name.end
        out.append((Found(first, k + 2, None), OrgMention(r.sent.text[r.toks[first].start:name.end], start, stop,
                                                          r.index, None, "media", english=_latin_title(name.text))))
    return out


def inside_media(found: list[tuple[Found, OrgMention]]) -> set[int]:
    """The tokens inside the quotes of the media of ``found`` (:func:`_typed_media`): a known
    name there is part of the medium's, no mention of its own."""
    return {k for f, o in found if o.kind == "media" and o.key is None for k in range(f.first + 2, f.last - 1)}


LOOSE_EXTRA = 1  # words a loose form may have beyond the known form's (another preposition)


def _loose_known(r, vocab, known: set) -> list[tuple[Found, OrgMention]]:
    """Known bodies written with their words in another order or with another preposition
    (``loose_orgs``: "Организации Договора по коллективной безопасности" is the CSTO), named
    by the known form's head in the nominative and the rest as written, so that the report's
    form is one of the body's names."""
    from ...vocab.gazetteer import load_gazetteer

    out, k = [], 0
    sizes: dict = {}
    for form in (f.form.split() for f in vocab.loose_orgs.values()):
        sizes[form[0]] = max(sizes.get(form[0], 0), len(form))
    heads = {lemma(f): f for f in sizes}
    while k < len(r.toks):
        head = heads.get(r.toks[k].lemma)
        hit = None
        if head is not None and k not in known:
            for n in range(min(sizes[head] + LOOSE_EXTRA, len(r.toks) - k), LOOSE_WORDS - 1, -1):
                span = r.toks[k:k + n]
                if any(j in known for j in range(k, k + n)) or function_word(span[-1].text):
                    continue
                found = vocab.loose_orgs.get(content_bag(span))
                if found is not None and found.form.split()[0] == head:
                    hit = (n, found)
                    break
        if hit is None:
            k += 1
            continue
        n, found = hit
        entry = load_gazetteer().entries[found.id]
        start, end = r.sent.start + r.toks[k].start, r.sent.start + r.toks[k + n - 1].end
        text = head + r.sent.text[r.toks[k].end:r.toks[k + n - 1].end]
        out.append((Found(k, k + n, None), OrgMention(text, start, end, r.index, entry.id, entry.kind)))
        k += n
    return out


def other_organizations_bodies(r, gaz) -> list[tuple[Found, OrgMention]]:
    """A known body of one organization followed, past its acronym in brackets, by another
    organization in the genitive ("Совет министров иностранных дел (СМИД) СНГ": the CIS's
    council, not the CSTO's) is that organization's body: an unknown body named as written,
    the known body's form in the nominative, its English name its own name after the other
    organization's acronym ("CIS Council of Foreign Ministers"); the acronym in brackets and
    the known body's bare form go with it."""
    from dataclasses import replace

    out, dropped = [], set()
    by_first = {f.first: (f, o) for f, o in r.orgs}
    for f, o in r.orgs:
        entry = gaz.entries.get(o.key) if o.key else None
        parent = gaz.entries.get(entry.parent) if entry is not None and entry.parent else None
        after = f.last + 3 if _bracketed_acronym(r.toks, f.last) else f.last
        g, other = by_first.get(after, (None, None))
        if parent is None or other is None or other.key == parent.id or other.kind != "organization" \
                or id(o) in dropped:
            continue
        own = next((entry.name[len(a) + 1:] for a in parent.aliases if entry.name.startswith(f"{a} ")), None)
        acronym = next((a for a in gaz.entries[other.key].aliases if a.isascii() and a.isupper() and len(a) > 1), None)
        text = o.text + r.sent.text[r.toks[f.last - 1].end:r.toks[g.last - 1].end]
        english = f"{acronym} {own}" if own and acronym else None
        out.append((Found(f.first, g.last, None), replace(o, text=text, end=other.end, key=known_english(english),
                                                         english=english,
                                                         kind=entry.kind)))
        dropped |= {id(x) for h, x in r.orgs if f.first <= h.first < after}
    return [(f, o) for f, o in r.orgs if id(o) not in dropped] + out


def media_editions(r) -> list[tuple[Found, OrgMention]]:
    """A known medium followed by a state's name in the nominative ("Sputnik Армения",
    "Sputnik Казахстан") is that medium's edition for the state: the medium, under that name;
    the state is no state named."""
    from dataclasses import replace

    out, dropped = [], set()
    by_first = {f.first: (f, o) for f, o in r.orgs}
    for f, o in r.orgs:
        g, state = by_first.get(f.last, (None, None))
        if o.kind != "media" or o.key is None or state is None or state.kind != "state" or id(o) in dropped:
            continue
        written = r.sent.text[r.toks[g.first].start:r.toks[g.last - 1].end]
        if written != state.text:
            continue  # "Sputnik Армении": the medium of a state's text, not its edition's name
        text = r.sent.text[r.toks[f.first].start:r.toks[g.last - 1].end]
        out.append((Found(f.first, g.last, None), replace(o, text=text, end=state.end)))
        dropped |= {id(o), id(state)}
    return [(f, o) for f, o in r.orgs if id(o) not in dropped] + out


def unknown_bodies(r, vocab) -> list[tuple[Found, OrgMention]]:
    """The bodies of sentence ``r`` (the reader's sentence) that no known name covers."""
    known = {k for f, _ in r.orgs for k in range(f.first, f.last)}
    out = _loose_known(r, vocab, known)
    known |= {k for f, _ in out for k in range(f.first, f.last)}
    out += _addresses(r, vocab, known) + _quoted_media(r, vocab, known)
    known |= {k for f, _ in out for k in range(f.first, f.last)}
    out += _typed_media(r, vocab, known) + _latin_media(r, vocab, known)
    known |= {k for f, _ in out for k in range(f.first, f.last)}
    out += _unquoted_media(r, vocab, known)
    known |= {k for f, _ in out for k in range(f.first, f.last)}
    k = 0
    while k < len(r.toks):
        t = r.toks[k]
        kind = vocab.body_heads.get(t.lemma)
        first = _left(r, k, known, vocab) if kind and k not in known else k
        if kind and k not in known:
            first = _agreeing_from(t.text, t.lemma, r.toks, first, k)
        head = _head_parse(t.text, t.lemma, r.toks[first:k]) if kind and k not in known else None
        opener = r.toks[first]
        named = head is not None and (ORDINAL.match(opener.text) or opener.lemma in vocab.adjectives
                                      or opener.text[:1].isupper())
        last = _right(r, k, vocab) if head is not None else k + 1
        if not named and (head is None or english_name(r.toks[first:last], vocab) is None):
            k += 1  # a lower-case head names a body only as a state's known body ("министерства обороны Армении")
            continue
        if t.lemma in vocab.state_heads and first == k and english_name(r.toks[k:last], vocab) is None:
            k += 1  # "СБ ООН": a state's body's acronym names a body read from its shape only with its state
            continue
        if any(tok.lemma in vocab.member_words and tok.text.islower() for tok in r.toks[k + 1:last]) \
                or _owners_listed(r, last, vocab):  # (a capitalised one is a name's: "Содружества Независимых Государств")
            k = last  # "МИД стран-участниц": a body of each of many states
            continue
        if t.lemma in vocab.capital_heads and (not opener.text[:1].isupper() or first == 0 and opener.lemma in vocab.adjectives):
            k = last  # "американские войска" (opening a sentence too): some state's troops, no body's name
            continue
        if _common_noun(r.toks, first, k, last, vocab):
            k = last  # "российская военная база", "Российское агентство отмечает": some state's, no name
            continue
        if first == k and t.lemma in vocab.adjective_heads:
            k += 1  # "Силы противника": this head names a body only after an adjective ("Вооруженные силы")
            continue
        if last - first == 1 and t.lemma not in vocab.body_alone and (t.lemma,) not in vocab.sole_state_bodies:
            k += 1  # "Совет" alone names a body named before, not one of its own
            continue
        if last < len(r.toks) and r.toks[last].lemma == "имя":
            k = last + 1  # "академии имени ...": the name after it is not read, and half a name is none
            continue
        if last - first > 1 and tuple(tok.lemma for tok in r.toks[first:last]) in vocab.state_bodies \
                and english_name(r.toks[first:last], vocab) is None:
            k = last  # "Генеральный штаб", "Министерство иностранных дел": some state's, which one unsaid
            continue  # (a head of ``body_alone`` alone, "Совбез", names its body)
        words = _nominative(r.toks[first:k], t, head, vocab.adjective_endings)
        tail = BRACKETED_ACRONYM.sub("", r.sent.text[r.toks[k].end:r.toks[last - 1].end]) if last > k + 1 else ""
        start, end = r.sent.start + opener.start, r.sent.start + r.toks[last - 1].end
        stated = english_name(r.toks[first:last], vocab)
        english = stated or translated_name(r.toks[first:last], k - first, vocab)
        name = " ".join(words) + tail
        out.append((Found(first, last, None), OrgMention(name, start, end, r.index,
                                                         known_english(english), kind, english=english)))
        if _bracketed_acronym(r.toks, last) and last + 1 not in known:  # "... (ФСКН)": its acronym
            acr = r.toks[last + 1]
            out.append((Found(last + 1, last + 2, None), OrgMention(
                acr.text, r.sent.start + acr.start, r.sent.start + acr.end, r.index, known_english(english), kind,
                acronym_of=name, english=english)))
        if stated is None:  # "ГШ ВС Армении" is one state's body whole, "Пограничная служба ГКНБ КР" holds one
            out += _inner_state_body(r, k + 1, last, vocab, known)
        k = last + 3 if _bracketed_acronym(r.toks, last) else last  # the acronym in brackets read once
    return out


def _common_noun(toks: list, first: int, head: int, last: int, vocab) -> bool:
    """A state's adjective, words in lower case and the head in lower case, nothing after it
    and no state's body that ``state_bodies`` names ("российская военная база", "белорусское
    информагентство"; capitalised only opening the sentence: "Российское агентство отмечает"):
    a common noun of some body of that state, no body's name ("белорусское министерство
    обороны" has words after its head, "российский Совбез" is the Security Council of Russia)."""
    opener = toks[first]
    if opener.lemma not in vocab.adjectives or last != head + 1 or (opener.text[:1].isupper() and first > 0):
        return False
    if not all(t.text.islower() for t in toks[first + 1:head + 1]):
        return False
    return english_name(toks[first:last], vocab) is None


def _inner_state_body(r, first: int, last: int, vocab, known: set) -> list[tuple[Found, OrgMention]]:
    """The state's body named by an acronym of ``state_heads`` and its state inside the words
    after another body's head ("Пограничная служба ГКНБ КР": "ГКНБ КР", the State Committee
    for National Security of Kyrgyzstan): a body of its own beside the one it belongs to."""
    for j in range(first, last - 1):
        t = r.toks[j]
        if t.lemma not in vocab.state_heads or j in known:
            continue
        english = english_name(r.toks[j:last], vocab)
        if english is None:
            continue
        start, end = r.sent.start + t.start, r.sent.start + r.toks[last - 1].end
        text = t.text + BRACKETED_ACRONYM.sub("", r.sent.text[t.end:r.toks[last - 1].end])
        return [(Found(j, last, None), OrgMention(text, start, end, r.index, known_english(english),
                                                  vocab.body_heads[t.lemma], english=english))]
    return []


def known_english(english: str | None) -> str | None:
    """The gazetteer's id of the body an English name read from a body's shape names, by its
    words in any order or form ("Ministry of Defense of Russia" is the gazetteer's "Ministry of
    Defense of the Russian Federation", whatever its display name): one node whichever way an
    article writes a state's known ministry ("Минобороны России", "МО РФ", "российский МИД");
    None for a name the gazetteer does not know, or knows as more than one body."""
    if english is None:
        return None
    from ...vocab.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    entry = gaz.lookup(english) or gaz.lookup_words(english)
    return entry.id if entry is not None and entry.kind not in {"state", "place"} else None


def _ordinal(number: str) -> str:
    """The English ordinal of ``number`` ("98" -> "98th", "201" -> "201st", "112" -> "112th")."""
    n = int(number)
    suffix = "th" if n % 100 in {11, 12, 13} else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def translated_name(toks: list, head: int, vocab) -> str | None:
    """The English name of a body read from its shape, word by word (``body_words``,
    ``ontology/ru/body_words.yaml``): an ordinal, a state's adjective and the adjectives before
    the head in their English ("98-я гвардейская воздушно-десантная дивизия": "98th Guards
    Airborne Division"), the nouns in the genitive after it that an English name writes before
    its head ("бригада спецназа": "Special Forces Brigade") or after it with "of" ("Дворец
    Независимости": "Palace of Independence"), and a known organization after it
    before them all by its acronym ("Аналитическая ассоциация ОДКБ": "CSTO Analytical
    Association"), or one state after "of" ("Национальная гвардия Армении": "National Guard of
    Armenia"); a quoted name after the head first, transliterated ("Международный пресс-центр
    «Вести»": "Vesti International Press Center"); a known body ending the name of a numbered unit is its parent, no part of its
    English name ("98-я дивизия ВДВ России": "98th Division"). None when a word is not known (a proper name: "Тверское высшее училище"), or
    when nothing but the head would be named.

    >>> from ...vocab.gazetteer import load_gazetteer
    >>> from .vocab import tokens, vocabulary
    >>> translated_name(tokens("12-я гвардейская мотострелковая дивизия"), 3, vocabulary(load_gazetteer()))
    '12th Guards Motor Rifle Division'
    """
    words = vocab.body_words
    head_lemma = toks[head].lemma
    head_en = words.get("heads", {}).get(head_lemma)
    if head_en is None:
        return None
    before = []
    for t in toks[:head]:
        m = ORDINAL.match(t.text)
        english = _ordinal(m.group(1)) if m else vocab.state_adjectives.get(vocab.adjectives.get(t.lemma)) \
            or words.get("adjectives", {}).get(t.lemma)
        if isinstance(english, dict):
            english = english.get(head_lemma, english.get("default"))
        if not english:
            return None
        before.append(english)
    rest = [i for i in range(head + 1, len(toks)) if any(c.isalnum() for c in toks[i].text)
            and not _bracketed_acronym(toks, i - 1)]
    found = {f.first + head + 1: f for f in find(toks[head + 1:], vocab.orgs, vocab.longest)}
    modifiers, of, owner, state, i = [], [], None, None, head + 1
    quoted = None
    if i < len(toks) and toks[i].text in QUOTES:  # "пресс-центр «Вести»": the name's transliteration first
        close = next((j for j in range(i + 1, len(toks)) if toks[j].text == QUOTES[toks[i].text]), None)
        if close is None or close == i + 1:
            return None
        quoted, i = _latin_title(" ".join(t.text for t in toks[i + 1:close])), close + 1
    numbered = bool(toks[:head]) and ORDINAL.match(toks[0].text) is not None
    while i < len(toks):
        if i not in rest:
            i += 1
            continue
        modifier = words.get("modifiers", {}).get(toks[i].lemma)
        of_word = words.get("of_words", {}).get(toks[i].lemma)
        f = found.get(i)
        if modifier:
            modifiers.append(modifier)
            i += 1
        elif of_word and state is None and not of:
            of.append(of_word)
            i += 1
        elif f is not None and f.value.id in vocab.state_names and state is None and owner is None:
            state, i = vocab.state_names[f.value.id], f.last + head + 1
        elif f is not None and f.value.id in vocab.body_acronyms and owner is None and state is None:
            owner, i = vocab.body_acronyms[f.value.id], f.last + head + 1
        elif f is not None and numbered and f.value.id in vocab.body_names and f.last + head + 1 == len(toks):
            i = f.last + head + 1  # "98-я дивизия Воздушно-десантных войск России": a numbered unit, named by its number
        else:
            return None
    if not before and not modifiers and not of and owner is None and quoted is None:
        return None
    parts = ([owner] if owner else []) + ([quoted] if quoted else []) + before + modifiers + [head_en]
    name = " ".join(dict.fromkeys(" ".join(parts).split()))  # "Airborne ... Airborne" once
    name += "".join(f" of {w}" for w in of)
    return f"{name} of {state}" if state else name


def english_name(toks: list, vocab) -> str | None:
    """The English name of a state's body read from its shape: the body's words without the
    one state they name (its name in any case, or its adjective) are a phrase of
    ``state_bodies`` (``ontology/ru/gazetteer.yaml``), and the name is that phrase's English
    "of" the state's short name. Likewise a body of one known body after its head, by
    ``bodies_of_bodies`` ("Совет ПА ОДКБ": "Council of the CSTO Parliamentary Assembly").
    None for any other body.

    Parameters
    ----------
    toks : list of Token
        The body's tokens, lemmatised.
    vocab : RussianVocabulary

    Returns
    -------
    str or None
        "Security Council of Russia" for "Совбез России" and "российский Совбез" alike.
    """
    found = find(toks, vocab.orgs, vocab.longest)
    states = [(f.first, f.last, f.value.id) for f in found if f.value.id in vocab.state_names]
    states += [(i, i + 1, vocab.adjectives[t.lemma]) for i, t in enumerate(toks) if t.lemma in vocab.adjectives]
    owners = [(f.first, f.last, f.value.id) for f in found if f.value.id in vocab.body_names and f.first > 0]
    inside = {i + 1 for i in range(len(toks)) if _bracketed_acronym(toks, i)}
    sole = vocab.sole_state_bodies.get(tuple(t.lemma for i, t in enumerate(toks) if i not in inside and t.text.isalnum()))
    if not states and not owners and sole in vocab.state_names:  # "ФСКН": the body only Russia has
        states = [(len(toks), len(toks), sole)]
    if len({s for _, _, s in states}) == 1:
        table, owner = vocab.state_bodies, vocab.state_names[states[0][2]]
    elif not states and len({b for _, _, b in owners}) == 1:  # (the head may be a known body's bare form: "Секретариат")
        table, owner, states = vocab.bodies_of_bodies, f"the {vocab.body_names[owners[0][2]]}", owners
    else:
        return None
    inside |= {i for first, last, _ in states for i in range(first, last)}
    rest = tuple(t.lemma for i, t in enumerate(toks) if i not in inside and t.text.isalnum())
    body = table.get(rest)
    return f"{body} of {owner}" if body else None


_DATELINE_PLACE = re.compile(r"\s*[А-ЯЁ][А-ЯЁа-яё-]+(?:\s+[А-ЯЁ][А-ЯЁа-яё-]+)?[.,]\s+")
_DATELINE_MEDIUM = re.compile(
    r"[.,]?\s*(?:[—–-]{1,2}\s*)?(?:/(?P<slash>[^/\n]{2,60})/|\((?P<paren>[^()\n]{2,60})\)"
    r"|(?P<plain>[A-ZА-ЯЁ][\w«»\"'-]*(?:\s+[\w«»\"'-]+){0,3}?)(?=\s*(?:[.,]\s|\s[—–-]{1,2}\s)))")


def _medium_part(text: str, vocab) -> tuple[int, int] | None:
    """The span of the medium inside a dateline's brackets: after a writer's name and a dash
    ("Иван Петров – Агентство"), before a writer's name after a comma ("Агентство, Иван
    Петров"), without a word of ``credit_words`` ("Корр. Агентство")."""
    start, end = 0, len(text)
    dash = max(text.rfind(" – "), text.rfind(" - "), text.rfind(" — "))
    if dash >= 0:
        start = dash + 3
    comma = text.find(",", start)
    if comma >= 0:
        end = comma
    m = re.match(r"\s*([а-яёА-ЯЁ]+)\.\s+", text[start:end])
    if m and m.group(1).lower() in vocab.credit_abbreviations:
        start += m.end()
    part = text[start:end].strip()
    return (start + text[start:end].index(part), start + text[start:end].index(part) + len(part)) if part else None


def _plain_medium(name: str) -> bool:
    """A medium named plainly after a dateline is one to four words each opening with a capital
    letter ("Вести-Юг", "РИА Новости"), not a sentence ("Совещание прошло")."""
    return all(w[:1].isupper() or w[:1] in "«\"" for w in name.split())


def dateline_media(article, reads: list, vocab) -> list[OrgMention]:
    """The media the article's dateline names after its place and date, that no known name
    covers (``reads``: the reader's sentences with the bodies found)."""
    from ...corpus.dates_ru import DATELINE_REACH, russian_dates

    taken = [(o.start, o.end) for r in reads for _, o in r.orgs]
    places = [(p.start, p.end) for r in reads for p in r.places]
    offset = 0
    for line in article.text.split("\n")[:DATELINE_REACH]:
        at, offset = offset, offset + len(line) + 1
        place = _DATELINE_PLACE.match(line)
        dates = russian_dates(line) if place else []
        dates = dates or (russian_dates(line, 2000) if place else [])  # a yearless day opens it too
        if not dates or dates[0][0] != place.end():
            found = _placeless_medium(line, at, taken + places, reads) or _latin_lead(line, at, taken, reads)
            if found:
                return found
            continue
        lead = _acronym_lead(line, at, places)
        if lead is not None:  # "АГЕНТСТВО, 27 ноября. ...": a medium where a place would stand
            return _medium_mention(*lead, taken + places, reads)
        date_end = _date_end(line, place.end())
        m = _DATELINE_MEDIUM.match(line, date_end)
        if m is None:
            return []
        group = next(g for g in ("slash", "paren", "plain") if m.group(g))
        if group == "plain" and not _plain_medium(m.group(group)):
            return []
        part = _medium_part(m.group(group), vocab) if group != "plain" else (0, len(m.group(group)))
        if part is None:
            return []
        start, end = at + m.start(group) + part[0], at + m.start(group) + part[1]
        if any(s < end and start < e for s, e in taken):
            return []
        index = next((r.index for r in reads if r.sent.start <= start < r.sent.end), None)
        return [] if index is None else [OrgMention(article.text[start:end], start, end, index, None, "media")]
    return []


def _acronym_lead(line: str, at: int, places: list) -> tuple[str, int] | None:
    """(name, start) of the acronym opening a dateline where its place would stand ("АГЕНТСТВО,
    27 ноября."): all capitals, no place found over it, and no place's name to the dictionary
    ("МИНСК" is a place)."""
    lead = _DATELINE_PLACE.match(line).group().strip().rstrip(".,")
    start = at + len(line) - len(line.lstrip())
    if not all(is_acronym(w) for w in lead.split()) or any(s < start + len(lead) and start < e for s, e in places):
        return None
    if any("Geox" in p.tag for w in lead.split() for p in parses(w.capitalize())):
        return None
    return lead, start


# a Latin name opening a line, an acronym in brackets and a dash before the text ("Agency (AG) - В
# Москве ...", as "LONDON (Reuters) -" opens an English report): a medium's name
_LATIN_LEAD = re.compile(r"\s*(?P<name>[A-Z][A-Za-z.]*[a-z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]+){0,3})"
                         r"(?:\s*\([A-Z]{1,6}\))?\s+[—–-]\s+[А-ЯЁ]")


def _latin_lead(line: str, at: int, taken: list, reads: list) -> list[OrgMention]:
    """The medium a line opens with, in Latin letters, before a dash and the Russian text
    (``_LATIN_LEAD``)."""
    m = _LATIN_LEAD.match(line)
    return _medium_mention(m.group("name"), at + m.start("name"), taken, reads) if m else []


_STAMP_TIME = re.compile(r"\s*(?:[,|/]\s*)?[0-2]?\d:[0-5]\d(?:\s+[A-Za-z]{2,4}\b)?")
_PLACELESS_MEDIUM = re.compile(
    r"\s*(?:/(?P<slash>[^/\n]{2,60})/|\((?P<paren>[^()\n]{2,60})\)"
    r"|,\s*(?P<plain>[A-ZА-ЯЁ][\w.«»\"'-]*(?:\s+[\w.«»\"'-]+){0,3})\s*$)")


def _placeless_medium(line: str, at: int, taken: list, reads: list) -> list[OrgMention]:
    """The medium a dateline without a place names after its date and time: in slashes or
    brackets ("3 мая /Вести-Юг/ Совет ..."), or after a comma ending the line ("03.05.2021
    10:15 msk, Вести-Юг") but a place ("3 мая 2021 года, Ош"; ``taken``: the spans of the
    bodies and places found); a dash after a stamp may open a rubric ("— Новости дня")."""
    from ...corpus.dates_ru import russian_dates

    lead = len(line) - len(line.lstrip())
    dates = russian_dates(line) or russian_dates(line, 2000)
    if not dates or dates[0][0] != lead:
        return []
    end = _date_end(line, lead)
    stamp = _STAMP_TIME.match(line, end)
    m = _PLACELESS_MEDIUM.match(line, stamp.end() if stamp else end)
    if m is None:
        return []
    group = next(g for g in ("slash", "paren", "plain") if m.group(g))
    name = m.group(group).strip()
    if not name or not _plain_medium(name) or any(c.isdigit() for c in name.split()[0][:1]):
        return []
    start = at + m.start(group) + m.group(group).index(name)
    return _medium_mention(name, start, taken, reads)


def _medium_mention(name: str, start: int, taken: list, reads: list) -> list[OrgMention]:
    """A mention of the medium ``name`` at ``start``, unless a body found already covers it."""
    end = start + len(name)
    if any(s < end and start < e for s, e in taken):
        return []
    index = next((r.index for r in reads if r.sent.start <= start < r.sent.end), None)
    return [] if index is None else [OrgMention(name, start, end, index, None, "media")]


def source_media(article, reads: list, vocab) -> list[OrgMention]:
    """The medium a line of ``source_words`` and a colon names ("Источник: Вести-Юг"): one to
    four words each opening with a capital letter, or a web address."""
    if not vocab.source_words:
        return []
    words = "|".join(re.escape(w) for w in sorted(vocab.source_words, key=len, reverse=True))
    pattern = re.compile(rf"^[ \t]*(?i:{words})[ \t]*:[ \t]*(?P<name>[^\s:][^\n:]{{0,60}}?)[ \t.]*$", re.M)
    taken = [(o.start, o.end) for r in reads for _, o in r.orgs]
    out = []
    for m in pattern.finditer(article.text):
        name = m.group("name")
        if len(name.split()) <= 4 and (_plain_medium(name) or vocab.media_address.fullmatch(name)):
            out += _medium_mention(name, m.start("name"), taken, reads)
    return out


def _date_end(line: str, start: int) -> int:
    """The end of the date opening ``line`` at ``start`` (a day and a month, a year after them
    or a numeric date)."""
    m = re.compile(r"[0-3]?\d(?:-го)?\s+[а-яёА-ЯЁ]+\.?(?:\s+(?:19|20)\d\d(?:\s+г(?:ода|\.)?)?)?"
                   r"|[0-3]?\d[./][01]?\d[./]\d{2,4}\.?").match(line, start)
    return m.end() if m else start
