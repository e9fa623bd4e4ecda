"""The title of a Russian name: before it, after it, or at the head of the list it stands in.

A title is a phrase of ``ontology/ru/posts.yaml`` compared by lemma, so any case form matches.
Three shapes are read, each a function over one sentence being read (the reader's ``_Read``:
tokens, bodies and people found so far):

- :func:`title_before`: "министр обороны Белоруссии генерал-лейтенант Иван Петров"; a state's
  adjective may stand inside the title ("помощник российского президента") and a comma may
  stand before the rank ("командующий ВДВ России, генерал-полковник ...").
- :func:`title_after`: "Олег Смирнов, генеральный секретарь ОДКБ, ...".
- :func:`listed_title`: a title in the plural heads a list whose items are a state in the
  genitive and a name ("министры обороны России Иван Петров, Белоруссии Пётр Сидоров"):
  each name holds the title in its state.

Two titles of one person may stand joined by a comma or a dash ("начальник Генштаба —
первый заместитель министра обороны Армении"), and in a list of titled people a title naming
no state is held in the state of the item before it (:func:`listed_state`).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from ...models import OrgMention, PostMention
from ...vocab.gazetteer import load_gazetteer
from ...vocab.posts import is_state_post
from .nlp import parses
from .vocab import Post, find

TITLE_WINDOW = 14  # tokens before a name searched for its title (the longest in ru-dev: 11)
LIST_HEAD_GAP = 5  # words between a plural title and its list ("глав государств-членов этой организации —")


@dataclass(frozen=True)
class Title:
    """A title found before a name."""

    post: PostMention
    country: str | None  # the state the title says the person serves
    case: str | None  # the case the title's head is written in (it tells the name's case)
    also: tuple = ()  # titles before it and a comma ("председатель СКБ ОДКБ, президент Армении X")


def is_state(key: str | None) -> bool:
    entry = load_gazetteer().entries.get(key) if key else None
    return entry is not None and entry.kind == "state"


def covered(r) -> dict:
    """Token index -> the body or state found over it (the longest one)."""
    return {k: org for f, org in r.orgs for k in range(f.first, f.last)}


def match_post(toks: list, s: int, stop: int, vocab) -> tuple[int, object, str | None] | None:
    """The longest title of the vocabulary starting at token ``s`` and ending by ``stop``:
    (token after it, the post, the state of an adjective inside it). A state's adjective
    after the first word is skipped ("помощник российского президента" is "помощник
    президента" of Russia)."""
    lemmas, best, state = [], None, None
    for k in range(s, min(stop, s + vocab.longest + 1)):
        lemma = toks[k].lemma
        if k > s and lemma in vocab.adjectives and state is None:
            state = vocab.adjectives[lemma]
            continue
        if k > s and _determiner(toks[k].text):  # "главы всех государств-членов"
            continue
        lemmas.append(lemma)
        post = vocab.posts.get(tuple(lemmas))
        if post is not None:
            best = (k + 1, post, state)
    if best is None or best[2] is None:
        return best
    # the adjective counts only when it stands inside the title, not after its last word
    end, post, _ = best
    inside = any(toks[k].lemma in vocab.adjectives for k in range(s + 1, end - 1))
    return best if inside else (end, post, None)


def only_title_words(r, first: int, last: int, vocab) -> bool:
    """Whether tokens ``first:last`` are all words of titles of the vocabulary, written
    capitalised ("Заместитель Премьер-Министра"): a title the NER took for a name, no person."""
    words = vocab.title_words
    return last > first and all(t.lemma in words or t.lemma.lower() in words for t in r.toks[first:last])


def _determiner(word: str) -> bool:
    """A pronoun used as an adjective ("всех", "этих"): it may stand inside a title."""
    best = parses(word)
    return bool(best) and "Apro" in best[0].tag and best[0].tag.POS == "ADJF"


def _gap_orgs(r, start: int, end: int, vocab) -> list:
    """The bodies and states between a title and a name, as (key, text), in order. A body
    that begins inside the title ("глава МИД России": "МИД России" over "МИД" and "России")
    leaves the gap's own words, read again ("России")."""
    spans = sorted({id(f): (f, org) for f, org in r.orgs if f.last > start and f.first < end}.values(),
                   key=lambda x: x[0].first)
    if any(f.first < start for f, _ in spans):
        again = [(x.value.id, x.value.form) for x in find(r.toks[start:end], vocab.orgs, vocab.longest)]
        if again:
            return again
    return [(org.key, org.text) for f, org in spans]


def _state_inside(r, s: int, e: int, vocab) -> str | None:
    """The state of a state's body written inside the title ("официальный представитель
    Минобороны": Russia's ministry), from ``state_of`` in ``ontology/ru/gazetteer.yaml``."""
    return next((vocab.state_of[org.key] for f, org in r.orgs
                 if s <= f.first and f.last <= e and org.key in vocab.state_of), None)


def capital_subject(r, vocab) -> OrgMention | None:
    """The one state whose capital is the subject of sentence ``r``, standing for its state
    ("Ереван планировал выдвинуть экс-министра обороны X": Armenia, by the state's ``capital``
    in ``ontology/gazetteer.yaml``): a capital that can be read in the nominative, after no
    preposition and right before a verb. Else None."""
    gaz, seats = load_gazetteer(), _seats()
    found = []
    for f in find(r.toks, vocab.places, vocab.longest):
        state = seats.get(gaz.entries[f.value.id].name)
        if state is None or f.last >= len(r.toks) or not r.toks[f.first].text[:1].isupper():
            continue
        if f.first > 0 and r.toks[f.first - 1].text.lower() in vocab.place_words:
            continue
        nominative = any(p.tag.case == "nomn" for p in parses(r.toks[f.first].text))
        verb = any(p.tag.POS == "VERB" for p in parses(r.toks[f.last].text)[:1])
        if nominative and verb:
            base = r.sent.start
            found.append(OrgMention(state.short or state.name, base + r.toks[f.first].start,
                                    base + r.toks[f.last - 1].end, r.index, state.id, "state"))
    return found[0] if len({o.key for o in found}) == 1 else None


@lru_cache(maxsize=1)
def _seats() -> dict:
    """A state's capital (its English name) -> the state's entry."""
    return {e.seat: e for e in load_gazetteer().entries.values() if e.kind == "state" and e.seat}


def inside_states(r, vocab) -> None:
    """A title naming no body nor state but a state's body written bare inside it ("глава
    Минобороны X": Russia's ministry by ``state_of``) is held in that body's state, once a list
    (:func:`listed_state`), a side or a delegation of the sentence gave it no other state ("с
    министром иностранных дел Армении X, главой Минобороны Y": Armenia's). A state's capital
    as the sentence's subject (:func:`capital_subject`) gives such a title, and a state's post
    naming nothing, its state ("Ереван планировал выдвинуть начальника Генштаба X"). Changes
    ``r.people``."""
    base = r.sent.start
    spoken = capital_subject(r, vocab)
    for k, (first, last, m, name) in enumerate(r.people):
        posts = []
        for p in m.posts:
            if p.org is None and not p.org_text:
                span = [i for i, t in enumerate(r.toks) if p.start <= base + t.start and base + t.end <= p.end]
                state = _state_inside(r, span[0], span[-1] + 1, vocab) if span else None
                if spoken is not None and (state or is_state_post(p.post)):
                    state = spoken.key  # "Ереван планировал выдвинуть начальника Генштаба X": Armenia's
                p = replace(p, org=state) if state else p
            posts.append(p)
        state = next((p.org for p in posts if is_state(p.org)), None)
        r.people[k] = (first, last, replace(m, posts=tuple(posts), country=m.country or state), name)


def _post(r, s: int, e: int, post, orgs: list, state: str | None = None) -> PostMention:
    """The post of the title at tokens ``s:e``: its own body, else the first body or state
    after it, else the state of an adjective ("белорусский министр обороны")."""
    base = r.sent.start
    org = post.org or (orgs[0][0] if orgs else state)
    return PostMention(post.en, org, orgs[0][1] if orgs else None, base + r.toks[s].start, base + r.toks[e - 1].end)


def title_before(r, first: int, vocab) -> tuple[Title | None, str | None]:
    """The title right before the name at token ``first``, and the rank between them."""
    lo = max(0, first - TITLE_WINDOW)
    cover = covered(r)
    first = _before_address(r, first, lo, vocab)
    ranks = find(r.toks[lo:first], vocab.ranks, vocab.longest)
    rank, end = None, first
    if ranks and ranks[-1].last + lo == first:
        rank, end = ranks[-1].value, ranks[-1].first + lo
        if end > lo and r.toks[end - 1].text == ",":  # "командующий ВДВ России, генерал-полковник ..."
            end -= 1
    inside = {k for f, _ in r.orgs for k in range(f.first + 1, f.last)}
    for s in range(lo, end):
        if s in inside:
            continue  # "Совета министров иностранных дел ОДКБ X": a body's words hold no title of X
        title = _read_title(r, s, end, cover, vocab)
        if title is not None:
            return title, rank
    return None, rank


def _read_title(r, s: int, end: int, cover: dict, vocab, joints: bool = True) -> Title | None:
    """The title starting at token ``s`` whose bodies, states and the words allowed between
    them (a gap) run up to token ``end``, where its name or the end of its apposition stands;
    with ``joints``, the titles of the same person joined before it (:func:`_titles_before_joint`).
    A title of the vocabulary is tried first, then a head word of a known body's title
    (:func:`match_body_title`)."""
    for found in (match_post(r.toks, s, end, vocab), match_body_title(r, s, end, cover, vocab)):
        title = _title_of(r, s, end, found, cover, vocab, joints) if found is not None else None
        if title is not None:
            return title
    return None


def match_body_title(r, s: int, end: int, cover: dict, vocab) -> tuple[int, object, None] | None:
    """A head word of ``body_titles`` (``ontology/ru/posts.yaml``) at token ``s`` right before a
    known body, not a state, whose name begins after it ("председатель Постоянного совета ОДКБ"):
    (token after the head, the post "<head> of the <body's English name>", None). The post is
    held in the body's owner, the organization it is part of or its state by ``state_of``, else
    in the body itself: the post names the body, the organization its owner."""
    for n in range(min(vocab.longest, end - s - 1), 0, -1):
        head = vocab.body_titles.get(tuple(t.lemma for t in r.toks[s:s + n]))
        body = cover.get(s + n)
        if head is None or body is None or (s + n - 1 in cover and cover[s + n - 1] is body):
            continue
        owned = _owned_name(body.key, vocab) if body.key and not is_state(body.key) else None
        if owned is None:
            return None
        name, owner = owned
        return s + n, Post(f"{head.en} of the {name}", owner or body.key), None
    return None


def _owned_name(key: str, vocab) -> tuple[str, str | None] | None:
    """The English name of known body ``key`` with its owner when the name does not hold it,
    and the owner's key: the organization it is part of, by its acronym ("Collective Security
    Council of the CSTO"), or its state by ``state_of``, by its short name ("Mazhilis of
    Kazakhstan"); None for the owner of a body of neither."""
    name = vocab.body_names.get(key)
    if name is None:
        return None
    entries = load_gazetteer().entries
    owner, seen = entries[key].parent, {key}
    while owner in entries and entries[owner].kind == "body" and owner not in seen:
        seen.add(owner)
        owner = entries[owner].parent
    if owner in entries and entries[owner].kind == "organization":
        short = next((a for a in entries[owner].aliases if a.isascii() and a.isalpha() and a.isupper()), entries[owner].name)
        return (name if short in name.split() else f"{name} of the {short}"), owner
    state = vocab.state_of.get(key)
    if state in entries:
        short = entries[state].short or entries[state].name
        return (name if short in name.split() else f"{name} of {short}"), state
    return name, None


def _title_of(r, s: int, end: int, found: tuple, cover: dict, vocab, joints: bool) -> Title | None:
    """The title ``found`` at token ``s`` (by :func:`match_post`) with its gap up to ``end``, if
    only bodies, states and the words allowed between them stand there."""
    e, post, adjective = found
    gap = range(e, end)
    before = s > 0 and r.toks[s - 1].lemma in vocab.adjectives  # "узбекский лидер X"
    if post.of_state and not before and not any(k in cover and is_state(cover[k].key) for k in gap):
        return None
    aside = _aside(r.toks, gap)
    if not all(k in cover or k in aside or r.toks[k].lemma in vocab.state_anaphors
               or (r.toks[k].lemma in vocab.body_anaphors and r.toks[k].text.islower() and k == e)
               or (r.toks[k].text.lower() in vocab.title_gap_words and k + 1 in cover)
               or (k + 1 in gap and r.toks[k + 1].lemma in vocab.state_anaphors and _determiner(r.toks[k].text))
               or _parent_body(r, k, gap, cover, vocab)
               for k in gap):  # "министр обороны этой страны X"
        return None
    if adjective is None and s > 0 and r.toks[s - 1].lemma in vocab.adjectives:
        adjective = vocab.adjectives[r.toks[s - 1].lemma]
    mention = _post(r, s, e, post, _gap_orgs(r, e, end, vocab), adjective)
    mention = _of_state_body(r, e, post, mention, vocab)
    if post.accredited:
        mention = _accredited(r, mention, gap, cover, vocab)
    country = mention.org if is_state(mention.org) else adjective
    head = _head_case(r.toks[s])
    joined = _titles_before_joint(r, s, vocab, country) if joints else ()
    mention, also = _joined(r, s, mention, joined, vocab)
    return Title(mention, country, head, also)


def _before_address(r, first: int, lo: int, vocab) -> int:
    """The token a title before the name at token ``first`` ends by: before the words of
    ``honorifics`` right before the name and a comma before them ("Президент Республики
    Таджикистан, уважаемый Иван Петров"), which address the person and are no part of a title."""
    k = first
    while k > lo and r.toks[k - 1].lemma in vocab.honorifics:
        k -= 1
    if lo < k < first and r.toks[k - 1].text == ",":
        k -= 1
    return k


def _parent_body(r, k: int, gap: range, cover: dict, vocab) -> bool:
    """Whether token ``k`` of a title's gap is the bare head of the body its body is part of,
    before the state or a word standing for it ("председатель Мажилиса парламента страны X",
    "... парламента Казахстана X"): a lower-case word of ``body_heads`` of kind ``body``."""
    tok = r.toks[k]
    if not tok.text.islower() or vocab.body_heads.get(tok.lemma) != "body" or k + 1 not in gap:
        return False
    after = cover.get(k + 1)
    return (after is not None and is_state(after.key)) or r.toks[k + 1].lemma in vocab.state_anaphors


def _head_case(tok) -> str | None:
    """The case a title's first word is written in."""
    return next((p.tag.case for p in parses(tok.text) if p.normal_form.replace("ё", "е") == tok.lemma), None)


ASIDE_WORDS = 4  # words of an aside in brackets between a title and its state ("(нижней палаты)")


def _aside(toks: list, gap: range) -> set[int]:
    """The tokens of the brackets in ``gap`` and of the short asides they hold ("председатель
    Мажилиса (нижней палаты) Казахстана X": the aside says what the body is)."""
    out, opened = set(), None
    for k in gap:
        if toks[k].text == "(":
            opened = k
        elif toks[k].text == ")":
            if opened is not None and k - opened - 1 <= ASIDE_WORDS:
                out |= set(range(opened, k + 1))
            out.add(k)
            opened = None
    return out | {k for k in gap if toks[k].text in "()"}


def _accredited(r, mention: PostMention, gap: range, cover: dict, vocab) -> PostMention:
    """An envoy's post with the state it serves in: a word of ``title_gap_words`` and a state
    after the post's own state ("посол Армении в России": "Ambassador to Russia" of Armenia)."""
    for k in gap:
        other = cover.get(k + 1)
        if (r.toks[k].text.lower() in vocab.title_gap_words and other is not None and is_state(other.key)
                and other.key != mention.org and other.key in vocab.state_names):
            return replace(mention, post=f"{mention.post} to {vocab.state_names[other.key]}")
    return mention


TITLE_JOINTS = {",", "—", "–", "-"}  # between two titles of one person


def _titles_before_joint(r, s: int, vocab, state: str | None = None) -> tuple:
    """The titles of the same person before the title at token ``s`` and a comma or a dash,
    each with its body or state ("нынешнему председателю СКБ ОДКБ, Президенту Армении X",
    "начальник Генштаба — первый заместитель министра обороны Армении X"), or a word of
    ``title_and`` ("вице-премьер и глава МИД Армении X": a title naming no body nor state, its
    first word in the case of the one after it); one naming no body nor state is held in the
    ``state`` of the title after it (the person serves one state)."""
    if s < 2:
        return ()
    joint = r.toks[s - 1].text
    if joint not in TITLE_JOINTS and joint.lower() not in vocab.title_and:
        return ()
    before, rank = title_before(r, s - 1, vocab)
    if before is None or rank is not None:
        return ()
    if joint.lower() in vocab.title_and and (before.post.org or before.post.org_text or before.also or
                                             before.case != _head_case(r.toks[s])):
        return ()  # "президент России и министр обороны Армении X": two people's titles
    posts = (before.post, *before.also)
    return tuple(replace(p, org=state) if p.org is None and state else p for p in posts)


def _joined(r, s: int, mention: PostMention, also: tuple, vocab) -> tuple[PostMention, tuple]:
    """One post of two titles written as one, joined by a dash or a word of ``title_and``
    ("первый заместитель министра обороны — начальник Генштаба Армении X": "First Deputy
    Defense Minister - Chief of the General Staff", "вице-премьер и глава МИД": "Deputy Prime
    Minister and Minister of Foreign Affairs"), when both are of the same body or state; titles
    joined by a comma, or of two bodies, stay two posts (``also``)."""
    joint = r.toks[s - 1].text if s > 0 else ""
    if not also or (joint not in TITLE_JOINTS - {","} and joint.lower() not in vocab.title_and) \
            or also[0].org != mention.org:
        return mention, also
    word = " and " if joint.lower() in vocab.title_and else " - "
    first = also[0]
    return replace(mention, post=first.post + word + mention.post, start=first.start), also[1:]


APPOSITION_OPENERS = {",", "—", "–", "-", "("}  # between a name and a title after it
APPOSITION_ENDS = {",", ".", ")", "(", ";", ":", "—", "–", "!", "?"}  # ":" before a quote


def title_after(r, last: int, vocab) -> PostMention | None:
    """A title in apposition after the name, behind a comma, a dash or a bracket ("Олег
    Смирнов, генеральный секретарь ОДКБ, ...", "Олег Смирнов — министр обороны Армении",
    "Олег Смирнов (посол Армении в России)"), read as a title before a name is (its bodies,
    states and the words allowed between them: :func:`_read_title`), ending at the sentence's
    end, a mark of ``APPOSITION_ENDS`` or a word of ``item_joints`` ("..., министр обороны
    Армении и Иван Петров, ...")."""
    if last + 1 >= len(r.toks) or r.toks[last].text not in APPOSITION_OPENERS:
        return None
    s = last + 1
    cover = covered(r)
    found = match_post(r.toks, s, len(r.toks), vocab) or match_body_title(r, s, len(r.toks), cover, vocab)
    if found is None:
        return None
    end = found[0]
    while end < len(r.toks) and (end in cover or (r.toks[end].text not in APPOSITION_ENDS
                                                   and r.toks[end].text.lower() not in vocab.item_joints)):
        end += 1
    if _plural(r.toks[s:found[0]]):
        return None  # "Иван Петров и Олег Смирнов, министры обороны ...": the list's (paired_titles)
    title = _read_title(r, s, end, cover, vocab, joints=False)
    return title.post if title is not None else None


def _of_state_body(r, e: int, post, mention: PostMention, vocab) -> PostMention:
    """The post of a title naming no body before a state's body the gazetteer does not know and
    its state ("пресс-секретарь Минобороны Армении", "пресс-секретарь МО РА"): the title of that
    body ("Press Secretary of the Ministry of Defense", its English from ``state_bodies`` of
    ``ontology/ru/gazetteer.yaml``) held in the state, as a state's own bodies in a title are
    ("Official Representative of the Ministry of Defense" of Russia)."""
    if post.org is not None:
        return mention
    for n in range(min(vocab.longest, len(r.toks) - e - 1), 0, -1):
        english = vocab.state_bodies.get(tuple(t.lemma for t in r.toks[e:e + n]))
        if english is None:
            continue
        state = next((org for f, org in r.orgs if f.first == e + n and is_state(org.key)), None)
        unknown = any(f.first == e and org.key is None for f, org in r.orgs)
        if state is None or not unknown:
            return mention  # a known body ("Минобороны России"), or none of a named state
        return replace(mention, post=f"{mention.post} of the {english}", org=state.key, org_text=state.text)
    return mention


def _rank_tokens(r, vocab) -> set[int]:
    """The tokens of the ranks sentence ``r`` names ("генерал-майор", "генерал армии")."""
    return {k for f in find(r.toks, vocab.ranks, vocab.longest) for k in range(f.first, f.last)}


def _state_before(r, first: int, ranks: set[int]):
    """The state written right before token ``first`` in the genitive, as (Found, OrgMention);
    a rank (``ranks``: the sentence's rank tokens) and a dash may stand between ("Армении -
    генерал-майор Иван Петров")."""
    while first > 0 and first - 1 in ranks:
        first -= 1
    if first > 0 and r.toks[first - 1].text in TITLE_JOINTS - {","}:
        first -= 1
    for f, org in r.orgs:
        if f.last == first and is_state(org.key) and _genitive_head(r.toks[f.first:f.last]):
            return f, org
    return None


def _genitive_head(toks: list) -> bool:
    """Whether a state's name can be in the genitive: its first word ("Республики Казахстан"),
    else its last ("Армении"), or an acronym pymorphy3 does not know ("КР")."""
    return any(any(p.tag.case == "gent" or (str(p.tag) == "UNKN" and t.text.isupper()) for p in parses(t.text))
               for t in (toks[0], toks[-1]))


def _plural(toks: list) -> bool:
    """The title's first noun can be read as a plural of its lemma ("главы": also a genitive
    singular; "генеральным секретарём" is singular, whatever its adjective)."""
    for tok in toks:
        nouns = [p for p in parses(tok.text) if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") == tok.lemma]
        if nouns:
            return any(p.tag.number == "plur" for p in nouns)
    return False


def listed_title(r, first: int, vocab) -> Title | None:
    """The title of a name standing in a list headed by a plural title, each item a state in
    the genitive and a name: "главы государств — Армении Иван Петров, Белоруссии Пётр Сидоров"
    (a dash and a rank may stand between: "министры обороны Армении - генерал-майор Иван Петров")."""
    ranks = _rank_tokens(r, vocab)
    item = _state_before(r, first, ranks)
    if item is None:
        return _listed_body_title(r, first, ranks, vocab)
    state_found, state = item
    people = {k for f, l, *_ in r.people for k in range(f, l)}
    states = {k for f, org in r.orgs if is_state(org.key) for k in range(f.first, f.last)}
    k = state_found.first
    while k > 0 and (r.toks[k - 1].text in vocab.list_joints or k - 1 in people or k - 1 in states or k - 1 in ranks):
        k -= 1
    for s in range(max(0, k - LIST_HEAD_GAP - vocab.longest), k):
        found = match_post(r.toks, s, k, vocab)
        if found is None or found[1].of_state or not _plural(r.toks[s:found[0]]):
            continue
        e, post, _ = found
        between = r.toks[e:k]
        if len(between) > LIST_HEAD_GAP or any(parses(t.text) and parses(t.text)[0].tag.POS in {"VERB", "INFN"}
                                              for t in between):
            continue
        mention = _post(r, s, e, post, [(state.key, state.text)])
        return Title(mention, state.key, None)
    return None


def _listed_body_title(r, first: int, ranks: set[int], vocab) -> Title | None:
    """The title of a name standing in a list headed by a plural title of a body, each later
    item the rest of a title of the same head word and a name: "председателями Палаты
    представителей Иван Петров и Совета Республики Пётр Сидоров" (the second is "председатель
    Совета Республики"). The item's words follow a list joint; the head's plural title ends
    before it, with only names, ranks, bodies and joints between."""
    end = first
    while end > 0 and end - 1 in ranks:
        end -= 1
    people = {k for f, l, *_ in r.people for k in range(f, l)}
    for j in range(max(1, end - vocab.longest), end):
        if r.toks[j - 1].text not in vocab.list_joints or any(k in people for k in range(j, end)):
            continue
        item = tuple(t.lemma for t in r.toks[j:end])
        k = j - 1
        while k > 0 and (r.toks[k - 1].text in vocab.list_joints or k - 1 in people or k - 1 in ranks):
            k -= 1
        for s in range(max(0, k - vocab.longest), k):
            found = match_post(r.toks, s, k, vocab)
            if found is None or found[1].of_state or not _plural(r.toks[s:found[0]]):
                continue
            post = vocab.posts.get((r.toks[s].lemma, *item))
            if post is None or post.of_state or post is found[1] or not any(i in people for i in range(found[0], j)):
                continue
            orgs = _gap_orgs(r, j, end, vocab)
            mention = _post(r, j, end, post, orgs)
            return Title(mention, mention.org if is_state(mention.org) else None, _head_case(r.toks[s]))
        return None
    return None


def _titles_in(r, vocab) -> list[tuple[int, int, object, list]]:
    """Every title of sentence ``r``: (first token, token after it, post, bodies right after);
    not the words of a body's name ("Комитет секретарей советов безопасности ОДКБ" holds no
    title of a secretary)."""
    cover = covered(r)
    inside = {k for f, _ in r.orgs for k in range(f.first + 1, f.last)}
    out, s = [], 0
    while s < len(r.toks):
        found = match_post(r.toks, s, len(r.toks), vocab) if s not in inside else None
        if found is None or found[1].of_state:
            s += 1
            continue
        e = found[0]
        k = e
        while k < len(r.toks) and k in cover:
            k += 1
        out.append((s, e, found[1], _gap_orgs(r, e, k, vocab)))
        s = e
    return out


def _body_titles_in(r, vocab) -> list[tuple[int, int, object, list]]:
    """The titles of known bodies in sentence ``r`` (:func:`match_body_title`), as
    :func:`_titles_in` gives them, where no title of the vocabulary starts."""
    cover, titled = covered(r), {s for s, *_ in _titles_in(r, vocab)}
    out = []
    for s in range(len(r.toks)):
        found = match_body_title(r, s, len(r.toks), cover, vocab) if s not in titled and s not in cover else None
        if found is not None:
            out.append((s, found[0], found[1], []))
    return out


def held_title(r, vocab) -> None:
    """A title a sentence says its one person without a title holds, is appointed to or
    elected to: in the instrumental ("назначен генеральным секретарём ОДКБ ... Иван Петров")
    or after "пост"/"должность" ("пост генсека занимал Иван Петров"), beside a word of
    ``holding_words``; not a title another person of the sentence is named with ("темы стали
    центральными на встрече X с генеральным секретарём ОДКБ Y": Y's). Changes ``r.people``."""
    untitled = [k for k, (*_, m, _) in enumerate(r.people) if not m.posts]
    if len(r.people) == 1:
        untitled = [0]  # the one person of the sentence: a title beside the one they hold
    if len(untitled) != 1 or not any(t.lemma in vocab.holding_words for t in r.toks):
        return
    for s, e, post, orgs in sorted(_titles_in(r, vocab) + _body_titles_in(r, vocab), key=lambda x: x[0]):
        governed = s > 0 and r.toks[s - 1].lemma in vocab.post_words
        if not governed and not any(p.tag.case == "ablt" and p.normal_form.replace("ё", "е") == r.toks[s].lemma
                                    for p in parses(r.toks[s].text)):
            continue
        k = untitled[0]
        first, last, m, name = r.people[k]
        at = r.sent.start + r.toks[s].start
        if any(p.start <= at < p.end for *_, other, _ in r.people for p in other.posts):
            continue  # the title they, or another person, are named with ("встреча X с генсеком Y")
        mention = _post(r, s, e, post, orgs)
        r.people[k] = (first, last, replace(m, posts=m.posts + (mention,), country=m.country or (
            mention.org if is_state(mention.org) else None)), name)
        return


def article_bodies(reads: list, vocab) -> dict[str, str]:
    """Title -> the one body (not a state) the article names it with ("генсек ОДКБ"): a bare
    title of the article is of that body. A title holding a state's body in its own words, the
    body's name beginning inside it ("председатель Государственной думы Федерального собрания"),
    is of that body's state (:func:`inside_states`), whatever body follows it."""
    seen: dict[str, set] = {}
    for r in reads:
        for s, e, post, orgs in _titles_in(r, vocab):
            if post.org is None and any(s <= f.first < e and org.key in vocab.state_of for f, org in r.orgs):
                continue
            org = post.org or (orgs[0][0] if orgs else None)
            if org and not is_state(org):
                seen.setdefault(post.en, set()).add(org)
    return {title: next(iter(orgs)) for title, orgs in seen.items() if len(orgs) == 1}


def counterpart_title(r, vocab) -> None:
    """A person named right after a state's adjective and a word of ``counterpart_words``
    ("со своим армянским коллегой Петром Ивановым") holds, in that state, the post of the one
    other person of the sentence who holds a state's post. Changes ``r.people``."""
    holders = [m.posts[0] for *_, m, _ in r.people if m.posts and is_state(m.posts[0].org)]
    if len({p.post for p in holders}) != 1:
        return
    _colleagues_from(r, holders[0], vocab)
    for k, (first, last, m, name) in enumerate(r.people):
        if m.posts or first < 2 or r.toks[first - 1].lemma not in vocab.counterpart_words:
            continue
        state = vocab.adjectives.get(r.toks[first - 2].lemma)
        if state is None or state == holders[0].org:
            continue
        start, end = r.sent.start + r.toks[first - 2].start, r.sent.start + r.toks[first - 1].end
        mention = PostMention(holders[0].post, state, None, start, end)
        r.people[k] = (first, last, replace(m, posts=(mention,), country=m.country or state), name)


def _states_listed(r, k: int, vocab) -> tuple[list, int]:
    """The states named from token ``k`` on, joined by ``list_joints``, and the token after
    the last joint."""
    cover, states = covered(r), []
    while k < len(r.toks):
        org = cover.get(k)
        if org is not None and is_state(org.key):
            if not states or states[-1] is not org:
                states.append(org)
        elif r.toks[k].text not in vocab.list_joints:
            break
        k += 1
    return states, k


def _names_listed(r, k: int, vocab) -> list[int]:
    """The indexes in ``r.people`` of the names standing from token ``k`` on, joined by
    ``list_joints``."""
    starts = {first: i for i, (first, *_) in enumerate(r.people)}
    out = []
    while k < len(r.toks):
        if k in starts:
            out.append(starts[k])
            k = r.people[starts[k]][1]
        elif r.toks[k].text in vocab.list_joints:
            k += 1
        else:
            break
    return out


def _colleagues_from(r, held: PostMention, vocab) -> None:
    """The colleagues from a list of states whose names follow in the same order ("а также его
    коллеги из Армении, Белоруссии и Казахстана — Иван Петров, Пётр Сидоров, Олег Смирнов")
    hold the post ``held`` each in the state of their place; nothing when the counts differ or
    a name has a title of its own. Changes ``r.people``."""
    for c in range(len(r.toks) - 1):
        if r.toks[c].lemma not in vocab.counterpart_words or r.toks[c + 1].text.lower() not in vocab.counterpart_from:
            continue
        states, k = _states_listed(r, c + 2, vocab)
        names = _names_listed(r, k, vocab)
        if not states or len(names) != len(states) or any(r.people[i][2].posts for i in names):
            continue
        start, end = r.sent.start + r.toks[c].start, r.sent.start + r.toks[c + 1].end
        for i, state in zip(names, states):
            first, last, m, name = r.people[i]
            mention = PostMention(held.post, state.key, state.text, start, end)
            r.people[i] = (first, last, replace(m, posts=(mention,), country=m.country or state.key), name)


def _names_before(r, k: int, vocab) -> list[int]:
    """The indexes in ``r.people`` of the names joined by ``list_joints`` whose last one ends at
    token ``k``, in order."""
    ends = {last: i for i, (_, last, *_) in enumerate(r.people)}
    out = []
    while k > 0:
        if k in ends:
            out.insert(0, ends[k])
            k = r.people[ends[k]][0]
        elif r.toks[k - 1].text in vocab.list_joints and out:
            k -= 1
        else:
            break
    return out


def _names_bracketed(r, k: int, vocab) -> list[tuple[int, object]]:
    """The names standing from token ``k`` on, each followed by its state in brackets and joined
    by ``list_joints`` ("Иван Петров (Армения) и Олег Смирнов (Казахстан)"), as (index in
    ``r.people``, the state's OrgMention)."""
    starts, cover, out = {first: i for i, (first, *_) in enumerate(r.people)}, covered(r), []
    while k < len(r.toks):
        if k in starts:
            last = r.people[starts[k]][1]
            state = cover.get(last + 1)
            if last + 1 >= len(r.toks) or r.toks[last].text != "(" or state is None or not is_state(state.key):
                break
            close = last + 1
            while close in cover and cover[close] is state:
                close += 1
            if close >= len(r.toks) or r.toks[close].text != ")":
                break
            out.append((starts[k], state))
            k = close + 1
        elif r.toks[k].text in vocab.list_joints and out:
            k += 1
        else:
            break
    return out


def _shared_title(r, s: int, e: int, post, vocab) -> None:
    """A plural title at tokens ``s:e`` of a body (its own or the bodies after it, no state)
    heading two or more names joined by ``list_joints`` ("бывшие генсеки ОДКБ Иван Петров и Олег
    Смирнов"): each name without a title of its own holds it. Changes ``r.people``."""
    cover, k = covered(r), e
    while k < len(r.toks) and k in cover:
        if is_state(cover[k].key):
            return
        k += 1
    names = _names_listed(r, k, vocab)
    start = r.sent.start + r.toks[s].start
    if len(names) < 2 or not all(all(p.start == start for p in r.people[i][2].posts) for i in names):
        return
    mention = _post(r, s, e, post, _gap_orgs(r, e, k, vocab))
    if mention.org is None:
        return  # "министры обороны X, Y и Z": each of another state, none named here
    for i in names:
        first, last, m, name = r.people[i]
        r.people[i] = (first, last, replace(m, posts=(mention,)), name)


def paired_titles(r, vocab) -> None:
    """A plural title, states joined by ``list_joints`` and as many names joined likewise after
    them ("министры обороны России и Армении Иван Петров и Олег Смирнов", "с главами МИД Белоруссии
    и Казахстана X и Y") or before them and a comma ("Иван Петров и Олег Смирнов, министры обороны
    России и Армении"), or names each with its state in brackets after the title ("министры
    обороны Иван Петров (Россия) и Олег Смирнов (Армения)"): each name holds the title in the
    state of its place, in order (the title the reader gave the name before it, the last
    state's, is replaced). A name with another title of its own, or counts that differ, leave
    the sentence as read. Changes ``r.people``."""
    s = 0
    while s < len(r.toks):
        found = match_post(r.toks, s, len(r.toks), vocab)
        if found is None or found[1].of_state or not _plural(r.toks[s:found[0]]):
            s += 1  # "лидеры Армении и Казахстана": a word of a state's post only when singular
            continue
        e, post, _ = found
        states, k = _states_listed(r, e, vocab)
        start, end = r.sent.start + r.toks[s].start, r.sent.start + r.toks[e - 1].end
        pairs = []
        if len(states) >= 2:
            after = _names_listed(r, k, vocab)
            before = _names_before(r, s - 1, vocab) if s > 1 and r.toks[s - 1].text == "," else []
            pairs = next((list(zip(names, states)) for names in (after, before) if len(names) == len(states)), [])
        elif not states:
            pairs = _names_bracketed(r, e, vocab)
            pairs = pairs if len(pairs) >= 2 else []
            if not pairs:
                _shared_title(r, s, e, post, vocab)
        if pairs and all(all(p.start == start for p in r.people[i][2].posts) for i, _ in pairs):
            for i, state in pairs:
                first, last, m, name = r.people[i]
                mention = PostMention(post.en, state.key, state.text, start, end)
                r.people[i] = (first, last, replace(m, posts=(mention,), country=state.key), name)
        s = e


def delegate_state(r, vocab) -> None:
    """The state a sentence opening with ``delegate_from`` and a state names ("От России в
    нём принял участие замглавы МИД Иван Петров") is the state of its one person whose title
    names no body or state (and of their country). Changes ``r.people``."""
    if len(r.toks) < 2 or r.toks[0].text.lower() not in vocab.delegate_from:
        return
    state = next((org for f, org in r.orgs if f.first == 1 and is_state(org.key)), None)
    bare = [k for k, (*_, m, _) in enumerate(r.people) if m.posts and all(p.org is None for p in m.posts)]
    if state is None or len(r.people) != 1 or len(bare) != 1:
        return
    first, last, m, name = r.people[bare[0]]
    posts = tuple(replace(p, org=state.key, org_text=state.text) for p in m.posts)
    r.people[bare[0]] = (first, last, replace(m, posts=posts, country=m.country or state.key), name)


def _state_held(m) -> str | None:
    """The state a person of the sentence serves: their country, else the state of a post."""
    return m.country or next((p.org for p in m.posts if is_state(p.org)), None)


def listed_state(r, vocab) -> None:
    """In a list of titled people ("с министром обороны Армении X, министром иностранных дел Y
    и министром по чрезвычайным ситуациям Z"), an item whose titles name no body nor state holds
    them in the state of the item before it, past items named without a title ("с министром
    обороны Армении X, Y, а также президентом Z"): nothing but ``item_joints`` and those names
    between. Changes ``r.people``, left to right, so a state runs down the list."""
    for k in range(1, len(r.people)):
        first, last, m, name = r.people[k]
        if not m.posts or any(p.org or p.org_text for p in m.posts) or m.country:
            continue
        j = k - 1
        while j > 0 and not r.people[j][2].posts and _state_held(r.people[j][2]) is None:
            j -= 1  # an item without a title
        state = _state_held(r.people[j][2])
        opening = min(p.start for p in m.posts) - r.sent.start
        title = next((i for i, t in enumerate(r.toks) if t.start >= opening), first)
        names = {i for f, l, *_ in r.people[j + 1:k] for i in range(f, l)}
        between = range(r.people[j][1], title)
        if state is None or not between or any(i not in names and r.toks[i].text.lower() not in vocab.item_joints
                                               for i in between):
            continue
        posts = tuple(replace(p, org=state) for p in m.posts)
        r.people[k] = (first, last, replace(m, posts=posts, country=state), name)


def _bare_state(p, vocab) -> bool:
    """Whether post mention ``p`` is a state's post read with no body nor state (known or not)."""
    return p.org is None and not p.org_text and is_state_post(p.post)


def _anaphor(r, p, first: int, vocab) -> bool:
    """Whether a word of ``state_anaphors`` stands between post mention ``p`` and the name at
    token ``first`` ("министр обороны страны X")."""
    return any(t.lemma in vocab.state_anaphors for t in r.toks[:first] if r.sent.start + t.start >= p.end)


def _sentence_state(r, k: int, anaphor: bool, vocab):
    """The one state sentence ``r`` names that no person of it but the ``k``-th serves, and not
    as a topic ("ситуация в Армении"), as an OrgMention; else None. Without an anaphor ("страны"),
    a state after a word of ``place_words`` ("прибыл в Армению", "от Казахстана") is a place or
    a side, and one in the genitive after a noun ("делегацию Армении") that noun's, not the post's."""
    held = {_state_held(m) for j, (*_, m, _) in enumerate(r.people) if j != k}

    def before(f, words) -> bool:
        return any(f.first > j and r.toks[f.first - 1 - j].lemma in words for j in (0, 1))

    def owned(f) -> bool:  # "делегацию Армении", "народ Казахстана": the state of another noun
        return f.first > 0 and _genitive_head(r.toks[f.first:f.last]) and any(
            p.tag.POS == "NOUN" for p in parses(r.toks[f.first - 1].text)[:1])

    states = {org.key: org for f, org in r.orgs if is_state(org.key) and org.key not in held
              and not before(f, vocab.topic_words)
              and (anaphor or not (f.first > 0 and r.toks[f.first - 1].text.lower() in vocab.place_words
                                   or owned(f)))}
    return next(iter(states.values())) if len(states) == 1 else None


def _article_states(reads: list, vocab) -> dict[str, set]:
    """Post -> the states the article names it with ("глава Минобороны России": Russia), as
    titles of a person or alone."""
    seen: dict[str, set] = {}
    for r in reads:
        for s, e, post, orgs in _titles_in(r, vocab):
            state = orgs[0][0] if orgs and is_state(orgs[0][0]) else _state_inside(r, s, e, vocab)
            if state:
                seen.setdefault(post.en, set()).add(state)
        for *_, m, _ in r.people:
            for p in m.posts:
                if is_state(p.org):
                    seen.setdefault(p.post, set()).add(p.org)
    return seen


def _opening_title(r, vocab) -> Title | None:
    """The singular title opening sentence ``r`` as its subject, no name after it: the title,
    its bodies and states, then a verb ("Президент отметил, что ...", "Глава МИД Армении
    подчеркнул ...")."""
    if not r.toks or not r.toks[0].text[:1].isupper():
        return None
    found = match_post(r.toks, 0, len(r.toks), vocab)
    if found is None or _plural(r.toks[:found[0]]):
        return None
    cover, end = covered(r), found[0]
    while end < len(r.toks) and end in cover:
        end += 1
    verb = end < len(r.toks) and any(p.tag.POS == "VERB" for p in parses(r.toks[end].text)[:1])
    if not verb or any(first < end + 1 for first, *_ in r.people):
        return None
    return _read_title(r, 0, end, cover, vocab, joints=False)


def previous_subject_titles(reads: list, vocab) -> None:
    """A sentence opening with a title of a named body or state and a verb, no name
    (:func:`_opening_title`: "Министр обороны Армении подчеркнул, что ..."), speaks of the one
    person named in the sentence before it: that person, named there without a title ("Иван
    Петров прибыл в Ереван."), holds it, unless another person of the article is named with
    that title. Changes each read's ``people``."""
    held = {(p.post, p.org) for r in reads for *_, m, _ in r.people for p in m.posts}
    for before, r in zip(reads, reads[1:]):
        if len(before.people) != 1 or before.people[0][2].posts:
            continue
        title = _opening_title(r, vocab)
        if title is None or title.post.org is None:
            continue  # "Президент отметил": whose president, the sentence does not say
        if (title.post.post, title.post.org) in held:
            continue  # a person the article names with that title holds it
        first, last, m, name = before.people[0]
        before.people[0] = (first, last, replace(m, posts=(title.post,), country=m.country or title.country), name)


def bare_state_titles(reads: list, vocab) -> None:
    """A state's post (:func:`~csto_graph.vocab.posts.is_state_post`) read with no body nor state ("министр обороны Андрей
    Белоусов", "министр обороны страны X") is held in the one state its sentence names that no
    other person of it serves, else in the one state the article names that post with, unless
    another person of the article holds the post there; first, a title opening a sentence with
    no name goes to the person of the sentence before (:func:`previous_subject_titles`). With
    an anaphor ("президент страны X") and no state in its sentence, the one state the sentence
    before names is the post's. Changes each read's ``people``."""
    previous_subject_titles(reads, vocab)
    if not any(_bare_state(p, vocab) for r in reads for *_, m, _ in r.people for p in m.posts):
        return
    named = _article_states(reads, vocab)
    holders = {(p.post, p.org): n.text for r in reads for *_, m, n in r.people for p in m.posts if is_state(p.org)}
    for before, r in zip([None] + reads, reads):
        for k, (first, last, m, name) in enumerate(r.people):
            if not any(_bare_state(p, vocab) for p in m.posts):
                continue
            posts = []
            for p in m.posts:
                if _bare_state(p, vocab):
                    anaphor = _anaphor(r, p, first, vocab)
                    found = _sentence_state(r, k, anaphor, vocab)
                    if found is None and anaphor and before is not None:
                        found = _sentence_state(before, -1, True, vocab)  # "Казахстан объявил ... Президент страны X"
                    states = named.get(p.post, set())
                    state = found.key if found else (next(iter(states)) if len(states) == 1 else None)
                    if state and holders.get((p.post, state), name.text) == name.text:
                        p = replace(p, org=state, org_text=found.text if found else None)
                posts.append(p)
            state = next((p.org for p in posts if is_state(p.org)), None)
            r.people[k] = (first, last, replace(m, posts=tuple(posts), country=m.country or state), name)
