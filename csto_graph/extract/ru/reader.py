"""Read one Russian article: people with titles and ranks, bodies, states, places, events.

:func:`extract_russian` gives the same :class:`~csto_graph.models.ArticleExtraction` as the
English reader, so the linker joins both languages. A person's ``name`` is the Latin
transliteration of the nominative (``iuliia``'s Wikipedia scheme, the one the captions use);
``text`` is the nominative in Cyrillic (an alias, never a case form), while ``start``/``end``
point at the form as written.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ...models import Article, ArticleExtraction, OrgMention, PersonMention, PlaceMention, Sentence
from ...vocab.gazetteer import Gazetteer, load_gazetteer
from ..names import DASHES, cut_off
from .names import Name, nominative, unglued
from .nlp import is_acronym, lemma, ner, parses
from .bodies import (dateline_media, english_name, inside_media, media_editions, other_organizations_bodies, source_media,
                     unknown_bodies)
from .events import find_events
from .titles import (article_bodies, bare_state_titles, counterpart_title, delegate_state, held_title, inside_states,
                     is_state, listed_state, listed_title, only_title_words, paired_titles, title_after, title_before)
from .vocab import Found, Known, Token, find, phrase_lemmas, tokens, vocabulary

def sentences(article: Article) -> list[Sentence]:
    """The article's sentences (:func:`csto_graph.corpus.sentences.russian_sentences`), with article offsets."""
    from ...corpus.sentences import russian_sentences

    return [Sentence(a, b, article.text[a:b]) for a, b in russian_sentences(article.text)]


@dataclass
class _Read:
    """One sentence being read."""

    index: int
    sent: Sentence
    toks: list[Token]
    orgs: list = field(default_factory=list)  # (Found, OrgMention)
    places: list = field(default_factory=list)
    people: list = field(default_factory=list)  # (first token, last token, PersonMention, Name)
    event_places: list | None = None  # the events' reading of its places, once read (events._places)


def _token_span(toks: list[Token], start: int, stop: int) -> tuple[int, int]:
    first = next((i for i, t in enumerate(toks) if t.end > start), len(toks))
    last = next((i for i, t in enumerate(toks) if t.start >= stop), len(toks))
    return first, last


def _orgs_and_places(r: _Read, gaz: Gazetteer, vocab) -> None:
    base = r.sent.start
    founds = find(r.toks, vocab.orgs, vocab.longest)
    for f in founds:
        known: Known = f.value
        if known.id in vocab.written_capitalised and known.bare is None and r.toks[f.first].text.islower():
            continue  # "подразделения коллективных сил": any allies' forces
        if _head_of_body(r, f, founds, gaz, vocab):
            continue  # "Секретариат ПА ОДКБ": the Assembly's secretariat (unknown_bodies), not the CSTO's
        entry = gaz.entries[known.id]
        start, end = base + r.toks[f.first].start, base + r.toks[f.last - 1].end
        r.orgs.append((f, OrgMention(known.form, start, end, r.index, entry.id, entry.kind)))
        if known.bare:  # "Совет министров обороны ОДКБ" also shows the body's own name
            r.orgs.append((f, OrgMention(known.bare, start, end, r.index, entry.id, entry.kind)))
        r.orgs += _parent_inside(r, f, entry, gaz, vocab)
        if entry.kind == "state":
            r.places.append(PlaceMention(known.form, entry.name, start, end, r.index))
    r.orgs = _other_states_bodies(r, vocab)
    r.orgs = other_organizations_bodies(r, gaz)  # "Совет министров обороны СНГ": the CIS's, not the CSTO's
    r.orgs = media_editions(r)  # "Sputnik Армения": the medium, and no place
    editions = [(o.start, o.end) for _, o in r.orgs if o.kind == "media" and o.key is not None]
    r.places = [p for p in r.places if not any(s <= p.start < e for s, e in editions)]
    # a city in capitals opens a dateline ("МИНСК, 14 мая"): read it as a word, not an acronym
    words = [replace(t, lemma=lemma(t.text.capitalize())) if t.text.isupper() and len(t.text) > 3 else t
             for t in r.toks]
    for f in find(words, vocab.places, vocab.longest):
        entry = gaz.entries[f.value.id]
        r.places.append(PlaceMention(f.value.form, entry.name, base + r.toks[f.first].start,
                                     base + r.toks[f.last - 1].end, r.index))
    found = unknown_bodies(r, vocab)
    inside = inside_media(found)
    if inside:  # "агентство «Армения сегодня»": no state of its own
        spans = [(base + r.toks[k].start, base + r.toks[k].end) for k in inside]
        r.orgs = [(f, o) for f, o in r.orgs if f.first not in inside]
        r.places = [p for p in r.places if not any(s <= p.start < e for s, e in spans)]
    r.orgs.extend(_known_by_name(o, f, gaz, vocab) for f, o in found)


def _parent_inside(r: _Read, f: Found, entry, gaz: Gazetteer, vocab) -> list:
    """The organization a known body belongs to, named inside the body's name ("Межпарламентская
    ассамблея государств — участников СНГ": the CIS is named too), as the English reader reads
    an owner inside a body's name."""
    if not entry.parent or entry.kind != "body":
        return []
    out = []
    for inner in find(r.toks[f.first + 1:f.last], vocab.orgs, vocab.longest):  # (not the whole name again)
        if inner.value.id == entry.parent:
            first, last = f.first + 1 + inner.first, f.first + 1 + inner.last
            parent = gaz.entries[entry.parent]
            start, end = r.sent.start + r.toks[first].start, r.sent.start + r.toks[last - 1].end
            out.append((Found(first, last, inner.value), OrgMention(inner.value.form, start, end, r.index,
                                                                    parent.id, parent.kind)))
    return out


def _head_of_body(r: _Read, f: Found, founds: list[Found], gaz: Gazetteer, vocab) -> bool:
    """Whether the known form ``f`` is one word, a head of ``body_heads`` (a body's bare name:
    "секретариат"), right before another known body, not a state's name ("Секретариат
    Парламентской ассамблеи ОДКБ"): the head of that body's own body, read from its shape."""
    if f.last - f.first != 1 or not f.value.form.islower() or r.toks[f.first].lemma not in vocab.body_heads:
        return False
    after = next((g for g in founds if g.first == f.last), None)
    return after is not None and gaz.entries[after.value.id].kind in {"body", "organization"} and after.value.id != f.value.id


def _known_by_name(o: OrgMention, f: Found, gaz: Gazetteer, vocab) -> tuple[Found, OrgMention]:
    """A body read from its shape whose name, in the nominative, is a known body's form is that
    body: "Военного комитета (ВК) ОДКБ" is read past the acronym in brackets as "Военный
    комитет ОДКБ", which no known form matched as written."""
    known = vocab.orgs.get(phrase_lemmas(o.text)) if o.key is None and o.kind != "media" else None
    if known is None:
        return f, o
    entry = gaz.entries[known.id]
    return f, replace(o, key=entry.id, kind=entry.kind, english=None)


STATE_AFTER_BODY = 2  # genitive words between a state's body and the state it names ("Генштаб Вооруженных сил Армении")


def _other_states_bodies(r: _Read, vocab) -> list:
    """A state's body the gazetteer knows by a bare form ("Минобороны", "Генштаб": Russia's in
    ``state_of``) followed by another state in the genitive ("Минобороны Армении", "МИД КР")
    is that state's body: an unknown body named as written, the body's form in the nominative."""
    states = [(f, o) for f, o in r.orgs if o.kind == "state"]
    out = []
    for f, o in r.orgs:
        owner = vocab.state_of.get(o.key)
        other = next(((g, s) for g, s in states if 0 <= g.first - f.last <= STATE_AFTER_BODY and s.key != owner
                      and all(_genitive(t.text) for t in r.toks[f.last:g.first])), None)
        if owner is None or other is None:
            out.append((f, o))
            continue
        g, state = other
        text = o.text + r.sent.text[r.toks[f.last - 1].end:r.toks[g.last - 1].end]
        out.append((Found(f.first, g.last, None), replace(o, text=text, end=state.end, key=None,
                                                                 english=english_name(r.toks[f.first:g.last], vocab))))
    return out


def _genitive(word: str) -> bool:
    return any(p.tag.case == "gent" for p in parses(word))


def _governed_case(r: _Read, first: int, vocab) -> str | None:
    """The case the word before a name asks for: a preposition's (``governs`` in
    ``ontology/ru/names.yaml``: "с" the instrumental), a common noun's the genitive
    ("по приглашению Эмомали Тулегенбая"), but a noun naming a person stands beside the name
    in its case ("с коллегой Эмомали Тулегенбаем": the instrumental); None when nothing says."""
    if first == 0:
        return None
    word = r.toks[first - 1].text
    governs = vocab.names.get("governs", {})
    if word.lower() in governs:
        return governs[word.lower()]
    best = parses(word)
    if best and best[0].tag.POS == "NOUN" and word[:1].islower() and "Name" not in best[0].tag:
        return best[0].tag.case if best[0].tag.animacy == "anim" and best[0].tag.case else "gent"
    return None


def _is_credit(r: _Read, first: int, last: int, vocab) -> bool:
    """A name that signs the report or its photo: after a credit word ("Фото:"), after a medium
    and a comma ("- агентство, Имя Фамилия.", or a quoted one in a bracket the name closes:
    "(Агентство «Вести», Имя Фамилия)"; not 'как сообщал «Вести», Имя Фамилия прибыл'), or opening a
    bracket before a dash and a medium ("/Имя Фамилия - Агентство/"; not "X — Агентство: ...",
    which quotes X)."""
    before = [t for t in r.toks[max(0, first - 3):first] if t.text not in {":", "/", "©"}]
    if any(t.lemma.lower() in vocab.credit_words for t in before):  # "ФОТО: Имя Фамилия"
        return True
    media = {k for f, o in r.orgs if o.kind == "media" for k in range(f.first, f.last)}
    if (first >= 2 and r.toks[first - 1].text == "/" and first - 2 in media) or \
            (last + 1 < len(r.toks) and r.toks[last].text == "/" and last + 1 in media):
        return True  # a photo's credit: "Агентство/Имя Фамилия", "Имя Фамилия/Агентство"
    if first >= 2 and r.toks[first - 1].text == "," and first - 2 in media:
        return True
    closes = last < len(r.toks) and r.toks[last].text in {")", "/"}  # the name ends a bracket
    if closes and first >= 3 and r.toks[first - 1].text == "," and r.toks[first - 2].text in CLOSING_QUOTES \
            and first - 3 in media:
        return True
    return (first >= 1 and r.toks[first - 1].text in {"/", "("} and last + 1 < len(r.toks)
            and r.toks[last].text in DASHES and last + 1 in media)


CLOSING_QUOTES = {"»", '"', "“", "”"}  # a quoted medium's name ends with one ("«Вести»")


def _sides(r: _Read, vocab) -> str | None:
    """The state a sentence speaks for ("от белорусской стороны", "казахстанская делегация"): a
    state's adjective before a word of ``side_words`` (ontology/ru/gazetteer.yaml); one of
    ``sides_after`` ("сторона") only in the genitive after a word of ``side_from`` ("от", "с"):
    "по инициативе российской стороны", "с российской стороной" name another side than the
    sentence's people's."""
    for k, (a, b) in enumerate(zip(r.toks, r.toks[1:])):
        if b.lemma in vocab.side_words and a.lemma in vocab.adjectives:
            if b.lemma in vocab.sides_after and not (k > 0 and r.toks[k - 1].text.lower() in vocab.side_from
                                                     and any(p.tag.case == "gent" for p in parses(b.text)[:2])):
                continue
            return vocab.adjectives[a.lemma]
    return None


def _with_side(r: _Read, vocab) -> None:
    """People of a sentence that speaks for a state serve that state; their posts without
    a body or state are that state's."""
    from dataclasses import replace

    state = _sides(r, vocab)
    if state is None:
        return
    out = []
    for f, l, m, n in r.people:
        posts = tuple(replace(p, org=state, org_text=None) if p.org is None else p for p in m.posts)
        out.append((f, l, replace(m, country=m.country or state, posts=posts), n))
    r.people = out


@dataclass(frozen=True)
class _Span:
    start: int
    stop: int


def _name_tail(r: _Read, span) -> _Span | None:
    """The name the NER took into a body's span after an acronym ("МО РА Петра Иванова"): a
    first name and one or two capitalised words ending the span, right after an acronym."""
    first, last = _token_span(r.toks, span.start, span.stop)
    for k in range(first + 1, last - 1):
        if not is_acronym(r.toks[k - 1].text) or last - k not in (2, 3):
            continue
        words = r.toks[k:last]
        if all(t.text[:1].isupper() and t.text.isalpha() and not is_acronym(t.text) for t in words) and \
                any("Name" in p.tag for p in parses(words[0].text)):
            return _Span(words[0].start, words[-1].end)
    return None


def _after_acronyms(r: _Read, span) -> _Span | None:
    """A person's span the NER opened with an acronym ("РА С. Петросян" after "министр
    обороны"): the name after the acronyms, when one is left; else None (the span as found)."""
    first, last = _token_span(r.toks, span.start, span.stop)
    k = first
    while k < last - 1 and is_acronym(r.toks[k].text):
        k += 1
    return _Span(r.toks[k].start, span.stop) if first < k < last else None


def _person_spans(r: _Read) -> list:
    """The spans of the people the NER finds in the sentence, with the names it took into a
    body's span (:func:`_name_tail`), and without the acronyms it opened one with
    (:func:`_after_acronyms`)."""
    out = []
    for span in ner()(r.sent.text).spans:
        if span.type == "PER":
            out.append(_after_acronyms(r, span) or span)
        elif span.type == "ORG":
            tail = _name_tail(r, span)
            out += [tail] if tail is not None else []
    return out


def _people(r: _Read, article: Article, vocab, seen: frozenset) -> None:
    for span in _person_spans(r):
        text = unglued(r.sent.text[span.start:span.stop])
        if " " not in text.strip() and re.search(r"-[а-яё]", text):
            continue  # one word with a lower-case part ("Топ-новости": a menu's line), no name
        if not re.search(r"[А-ЯЁ]", text[:1]) or any(f.first <= _token_span(r.toks, span.start, span.stop)[0] < f.last
                                                        for f, _ in r.orgs):
            continue
        first, last = _token_span(r.toks, span.start, span.stop)
        if _is_credit(r, first, last, vocab) or only_title_words(r, first, last, vocab):
            continue
        title, rank = title_before(r, first, vocab)
        title = title or listed_title(r, first, vocab)
        post, country, hint = (title.post, title.country, title.case) if title else (None, None, None)
        if post is None:
            post = title_after(r, last, vocab)
        country = country or (post.org if post and is_state(post.org) else None)
        hint = _rank_case(r, first, vocab) or hint
        name = nominative(text, vocab.names, seen, hint or _governed_case(r, first, vocab))
        start = r.sent.start + span.start
        posts = ((post,) if post else ()) + (title.also if title else ())
        mention = PersonMention(name.text, name.latin, start, start + len(text), r.index,
                                posts=posts, rank=rank, country=country,
                                script="cyrillic", in_footer=article.in_footer(start), strong=True)
        r.people.append((first, last, mention, name))


def _rank_case(r: _Read, first: int, vocab) -> str | None:
    """The case of a rank right before the name at token ``first`` ("генерала армии X": the
    genitive), which agrees with the name though a title before it may not ("..., первый
    замминистра обороны генерала армии Валерия Петрова": a man's genitive, not "Валерия
    Петрова" in the nominative)."""
    ranks = find(r.toks[max(0, first - RANK_WORDS):first], vocab.ranks, vocab.longest)
    if not ranks or ranks[-1].last != min(first, RANK_WORDS):
        return None
    at = max(0, first - RANK_WORDS) + ranks[-1].first
    cases = {p.tag.case for p in parses(r.toks[at].text)[:1] if p.tag.POS == "NOUN"}
    return cases.pop() if len(cases) == 1 else None


RANK_WORDS = 4  # the longest rank, in words ("генерал-полковник", "генерал армии")


def _address_forms(reads: list[_Read]) -> None:
    """A given name and a patronymic with no surname, as one is addressed ("Иван
    Сергеевич"), in an article that names one other person of that given name with a surname
    ("Иван Петров"), is an address form: the linker joins it to the person of that given
    name. A surname like a patronymic ("Пётр Ильич") names no one else of its given
    name, and stays a name. Changes ``r.people``."""
    names = {n.text for r in reads for *_, n in r.people if len(n.text.split()) >= 2 and not n.initial}
    for r in reads:
        for k, (first, last, m, n) in enumerate(r.people):
            words = n.text.split()
            if len(words) != 2 or not any("Name" in p.tag for p in parses(words[0])) or \
                    not any("Patr" in p.tag for p in parses(words[1])):
                continue
            others = {o for o in names if o != n.text and o.split()[0] == words[0]}
            if len(others) == 1:
                r.people[k] = (first, last, replace(m, address_form=True), n)


def _bare_titles(reads: list[_Read], vocab) -> None:
    """A title with no body beside it takes the one body the article names it with
    ("генсек" after "генсек ОДКБ"; one standing in for its holder, "и.о. генсека", the body of
    the title it stands in for), else, written before a word of ``body_anaphors`` ("генсек
    организации"), the organization the article names most before it (a body counting for its
    organization: "учения миротворческих сил ОДКБ"), else after it; so does a bare head of an
    organization (``organization_heads``: "во главе с и.о. генсека X"); one written with a body the gazetteer does not know
    ("пресс-секретарь Минобороны Армении": its ``org_text``) keeps that body."""
    bodies = article_bodies(reads, vocab)
    gaz = load_gazetteer()
    named = [(o.start, key) for r in reads for _, o in r.orgs if (key := gaz.organization_of(o.key)) is not None]

    def body(p, r):
        found = bodies.get(p.post) or bodies.get(p.post.removeprefix("Acting "))
        after = next((t for t in r.toks if r.sent.start + t.start >= p.end), None)
        anaphor = after is not None and after.lemma in vocab.body_anaphors
        head = p.post.removeprefix("Acting ") in vocab.organization_heads
        return found or (_most_named([k for at, k in named if at < p.start] or [k for _, k in named])
                         if anaphor or head else None)

    for r in reads:
        r.people = [(f, l, replace(m, posts=tuple(replace(p, org=body(p, r)) if p.org is None and not p.org_text
                                                   and body(p, r) else p for p in m.posts)), n)
                    for f, l, m, n in r.people]


def _most_named(keys: list[str]) -> str | None:
    """The key named most often, if one is named more than any other."""
    counted = Counter(keys).most_common(2)
    return counted[0][0] if len(counted) == 1 or (len(counted) == 2 and counted[0][1] > counted[1][1]) else None


def _words_seen(reads: list[_Read]) -> frozenset:
    """The article's capitalised words, lower case (a surname's nominative written there wins)."""
    return frozenset(t.text.lower() for r in reads for t in r.toks if t.text[:1].isupper())


def extract_russian(article: Article, gaz: Gazetteer | None = None) -> ArticleExtraction:
    """Mentions in one Russian article (the Russian models load on the first call)."""
    gaz = gaz or load_gazetteer()
    vocab = vocabulary(gaz)
    sents = sentences(article)
    reads = [_Read(k, s, tokens(s.text)) for k, s in enumerate(sents)]
    for r in reads:
        _orgs_and_places(r, gaz, vocab)
    seen = _words_seen(reads)
    for r in reads:
        _people(r, article, vocab, seen)
        paired_titles(r, vocab)
        held_title(r, vocab)
        counterpart_title(r, vocab)
        delegate_state(r, vocab)
        _with_side(r, vocab)
    _bare_titles(reads, vocab)
    for r in reads:  # after the bare titles took their body ("генсек": the CSTO's), no state's
        listed_state(r, vocab)
        inside_states(r, vocab)  # "глава Минобороны": Russia's, unless the list said otherwise
        listed_state(r, vocab)
    bare_state_titles(reads, vocab)  # after a list gave its items their state
    # a surname's nominative written in a full name of this article wins over a guess
    full = frozenset(n.text.split()[-1].lower() for r in reads for *_, n in r.people
                     if len(n.text.split()) >= 2 and not n.initial)
    _lone_surnames(reads, article, vocab, full)
    for r in reads:
        r.people = [(f, l, m, n) if len(n.text.split()) >= 2 and not n.initial else _renamed(f, l, m, r, vocab, full, n.case)
                    for f, l, m, n in r.people]
    _address_forms(reads)
    for r in reads:  # a name the stored copy of the page was cut inside (extract.names.cut_off)
        r.people = [x for x in r.people if x[2].in_footer or not cut_off(article.text, x[2].start, x[2].end)]
        r.orgs = [x for x in r.orgs if x[1].key is not None or article.in_footer(x[1].start)
                  or not cut_off(article.text, x[1].start, x[1].end)]
    people = [m for r in reads for _, _, m, _ in r.people]
    orgs = [o for r in reads for _, o in r.orgs] + dateline_media(article, reads, vocab) \
        + source_media(article, reads, vocab) + _adjective_states(reads, vocab)
    orgs = _in_titles(_bare_known_bodies(_bare_state_bodies(orgs, vocab)), people)
    places = [p for r in reads for p in r.places]
    events = find_events(article, reads, people, vocab)
    # (the Russian reader reads no caption or header lines: no caption mentions)
    return ArticleExtraction(article.id, tuple(sents), tuple(people), tuple(orgs), tuple(places), tuple(events), ())


def _lone_surnames(reads: list[_Read], article: Article, vocab, full: frozenset) -> None:
    """A lone surname the NER left, written as the surname of a full name of the article ("Путин
    в данный момент находится ..." under "Владимир Путин"; at a sentence's start every word is
    capitalised, and the model is less sure there): a mention, as one the NER found. A word of a
    body's or another person's span, or that the morphology reads as no surname (no ``Surn``
    parse and not written as the full name's surname), is left. Changes ``r.people``."""
    from .names import _named_in_article

    for r in reads:
        taken = {k for first, last, _, _ in r.people for k in range(first, last)} | \
            {k for f, _ in r.orgs for k in range(f.first, f.last)}
        for k, tok in enumerate(r.toks):
            if k in taken or not re.fullmatch(r"[А-ЯЁ][а-яё]+", tok.text):
                continue
            if tok.text.lower() not in full and not any("Surn" in p.tag for p in parses(tok.text)):
                continue
            if _named_in_article(tok.text, vocab.names, full) is None:
                continue
            name = nominative(tok.text, vocab.names, full, _governed_case(r, k, vocab))
            start = r.sent.start + tok.start
            mention = PersonMention(name.text, name.latin, start, start + len(tok.text), r.index, script="cyrillic",
                                    in_footer=article.in_footer(start), strong=True)
            r.people.append((k, k + 1, mention, name))
        r.people.sort(key=lambda x: x[0])


def _adjective_states(reads: list[_Read], vocab) -> list[OrgMention]:
    """The states that only an adjective names, where it gives a post its state ("узбекский
    лидер X", "белорусский министр обороны Y"): a mention of the state over the adjective, so
    that the post is held in a state of the graph."""
    named = {o.key for r in reads for _, o in r.orgs}
    out = []
    for r in reads:
        held = [p.org for *_, m, _ in r.people for p in m.posts if is_state(p.org)]
        for state in held:
            t = next((t for t in r.toks if vocab.adjectives.get(t.lemma) == state), None)
            if state in named or t is None:
                continue
            named.add(state)
            out.append(OrgMention(t.text, r.sent.start + t.start, r.sent.start + t.end, r.index, state, "state"))
    return out


def _bare_state_bodies(orgs: list[OrgMention], vocab) -> list[OrgMention]:
    """A state's body named bare (a phrase of ``state_bodies``: "Генштаб", "Минобороны", read
    as the gazetteer's Russian body; "Совбез", as a body of its own) in an article that names
    one such body of a state in full ("Генеральный штаб Вооруженных сил КР"), and no other, is
    that body: the short form of the name the article gave it."""
    def bare(o: OrgMention) -> str | None:
        return vocab.state_bodies.get(phrase_lemmas(o.text)) if o.english is None else None

    out = []
    for o in orgs:
        head = bare(o)
        if head is None:
            out.append(o)
            continue
        named = {x.english if x.key is None else x.key for x in orgs if x is not o and bare(x) is None
                 and ((x.key is None and x.english and x.english.startswith(f"{head} of "))
                      or (o.key is not None and x.key == o.key))}
        if len(named) == 1 and (english := next(iter(named))) != o.key:
            o = replace(o, key=None, kind=None, english=english)
        out.append(o)
    return out


SHORT_FORM_WORDS = 2  # words of a known body's name written without its organization ("Парламентская ассамблея")


def _bare_known_bodies(orgs: list[OrgMention]) -> list[OrgMention]:
    """A body read from its shape whose name is the first words of the name of one known body
    the article names ("Парламентская ассамблея" beside "Парламентская ассамблея ОДКБ"), two
    words at least, is that body: its name written without the organization's."""
    known = {(phrase_lemmas(o.text), o.key) for o in orgs if o.key is not None and o.kind != "state"}
    out = []
    for o in orgs:
        words = phrase_lemmas(o.text) if o.key is None and o.kind not in {"media", "state"} else ()
        keys = {key for form, key in known if len(form) > len(words) and form[:len(words)] == words}
        if len(words) >= SHORT_FORM_WORDS and len(keys) == 1:
            entry = load_gazetteer().entries[next(iter(keys))]
            o = replace(o, key=entry.id, kind=entry.kind, english=None)
        out.append(o)
    return out


def _in_titles(orgs: list[OrgMention], people: list[PersonMention]) -> list[OrgMention]:
    """The bodies named inside a person's title, marked so (``in_title``): one that opens
    inside the title's words ("начальник ГШ ВС Армении X"), or the body the title names
    between its words and the name ("секретарь Совета безопасности Армении X"). The linker
    keeps a state's General Staff named only so as no node, as it does for English titles."""
    spans = [(p.start, p.end, p.org_text, m.start) for m in people for p in m.posts if p.start < m.start]

    def inside(o: OrgMention) -> bool:
        return any(s <= o.start < e or (o.text == text and e <= o.start < name) for s, e, text, name in spans)
    return [replace(o, in_title=True) if not o.in_title and inside(o) else o for o in orgs]


def _renamed(first, last, m: PersonMention, r: _Read, vocab, full: frozenset, hint: str | None = None):
    """A lone surname or an initial named again with the full names of the article (in the
    case its first reading took, ``hint``)."""
    from dataclasses import replace

    written = r.sent.text[m.start - r.sent.start:m.end - r.sent.start]
    name: Name = nominative(written, vocab.names, full, hint)
    return first, last, replace(m, text=name.text, name=name.latin), name
