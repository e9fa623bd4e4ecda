"""The Russian vocabulary of ``ontology/ru/`` as lemma sequences, and a longest-match finder.

Phrases are written in the data as a reader would write them; they are compared by the
lemmas of their words (:func:`..nlp.lemma`), so any case form of a phrase matches it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...corpus.language import CYRILLIC
from ...vocab.gazetteer import Gazetteer
from ...vocab.resources import load_yaml
from .nlp import lemma, parses



@dataclass(frozen=True)
class Token:
    start: int  # offset in the sentence
    end: int
    text: str
    lemma: str


INNER_DASH = re.compile(r"(?<=\w)[–—](?=\w)")  # a dash written for a hyphen ("генерал–лейтенант")


def tokens(text: str) -> list[Token]:
    """razdel's tokens of ``text`` with their lemmas (a compound word written with a dash for
    its hyphen has the hyphenated word's lemma)."""
    from razdel import tokenize

    return [Token(t.start, t.stop, t.text, lemma(INNER_DASH.sub("-", t.text))) for t in tokenize(text)]


def phrase_lemmas(text: str) -> tuple[str, ...]:
    return tuple(t.lemma for t in tokens(text))


@dataclass(frozen=True)
class Found:
    first: int  # token index
    last: int  # token index after the match
    value: object


def find(toks: list[Token], table: dict[tuple[str, ...], object], longest: int) -> list[Found]:
    """Phrases of ``table`` in ``toks``: longest first, left to right, no overlaps."""
    out: list[Found] = []
    i = 0
    while i < len(toks):
        for n in range(min(longest, len(toks) - i), 0, -1):
            value = table.get(tuple(t.lemma for t in toks[i:i + n]))
            if value is not None:
                out.append(Found(i, i + n, value))
                i += n
                break
        else:
            i += 1
    return out


@dataclass(frozen=True)
class Post:
    en: str
    org: str | None
    of_state: bool = False  # a title only when a state follows ("глава Казахстана")
    accredited: bool = False  # "в" and a state after its own state name where it serves ("посол Армении в России")


@dataclass(frozen=True)
class Cue:
    type: str | None  # None: a phrase of taking part ("принять участие"), no event of its own
    role: str | None


@dataclass(frozen=True)
class Known:
    """A gazetteer entry named in Russian: ``form`` is its nominative form from the data."""

    id: str
    form: str
    bare: str | None = None  # the body's own name inside "X ОДКБ"


@dataclass(frozen=True)
class RussianVocabulary:
    posts: dict
    ranks: dict
    cues: dict
    chair_before: dict
    frame_before: dict  # "на полях": the cue after it is the frame, not the event (another cue given)
    absent_before: dict  # "по поручению": the person named after it is not at the event
    reporter_before: dict  # "сообщил": the person named after it reports the event
    online: dict
    waiting_participation: dict  # "принимать участие": who is at the occasion a sentence before named with no one
    planned: frozenset
    upcoming: frozenset  # lemmas of "предстоящий": the cue after it is a plan
    names: dict  # table of ontology/ru/names.yaml
    orgs: dict  # lemmas -> Known (bodies, organizations, states, media)
    places: dict  # lemmas -> Known (cities)
    adjectives: dict  # lemma -> state id
    side_words: frozenset  # lemmas of "сторона", "делегация": "от белорусской стороны"
    sides_after: frozenset  # lemmas of the side words that speak for a state only after ``side_from``
    side_from: frozenset  # lower-case words before such a side: "от" ("от белорусской стороны")
    written_capitalised: frozenset  # ids whose bare form in lower case names no body ("коллективные силы")
    one_sitting: frozenset  # event types that are one sitting when they share a person
    topic_words: frozenset  # lemmas of "ситуация": the state after them is spoken of, not the place
    speech_verbs: frozenset  # lemmas of "отметить", "выступить": speaking at the event just named
    arrival_verbs: frozenset  # lemmas of "прибыть": who arrives for the article's session attends it
    negations: frozenset  # "не": a participation cue after it is refused
    credit_words: frozenset  # lemmas of "фото", "автор": the name after them signs the report
    credit_abbreviations: frozenset  # "корр": "/Корр. Агентство/" names the medium after it
    holding_words: frozenset  # lemmas of "назначить", "занимать": a title held, given or taken
    post_words: frozenset  # lemmas of "пост", "должность": the title after them is held
    counterpart_words: frozenset  # lemmas of "коллега": "армянским коллегой X" holds the same post
    counterpart_from: frozenset  # "из": "коллеги из Армении, Белоруссии — X, Y" hold it in those states
    delegate_from: frozenset  # "от": "От России в нём участвовал замминистра X" (X serves Russia)
    title_gap_words: frozenset  # "в", "при": between a title's bodies ("посол Армении в России X")
    title_and: frozenset  # "и": between two titles of one person ("вице-премьер и глава МИД X")
    list_joints: frozenset  # ",", "и", dashes: between the items of a list under a plural title
    item_joints: frozenset  # ",", "и", "а также": between the items of a list of titled people
    body_heads: dict  # lemma -> kind: the head nouns of bodies the gazetteer does not know
    state_of: dict  # body id -> the state it belongs to ("russia-mod" -> "russia")
    body_alone: frozenset  # head lemmas that name a body on their own ("Совбез")
    member_words: frozenset  # lemmas of "страна-участница": "МИД стран-участниц" is many bodies, no body
    adjective_endings: dict  # gender or "plur" -> case -> [[ending, nominative ending]]
    media_address: re.Pattern  # a medium named by its web address ("Vesti.kz")
    media_verbs: frozenset  # lemmas of "сообщить": a quoted name right after one is a medium
    longest: int
    state_bodies: dict = field(default_factory=dict)  # lemmas of a state's body without the state -> English
    state_names: dict = field(default_factory=dict)  # state id -> its English short name ("Russia")
    sole_state_bodies: dict = field(default_factory=dict)  # lemmas of a body only one state has -> that state
    loose_orgs: dict = field(default_factory=dict)  # sorted content lemmas of a long known form -> Known (loose_forms)
    state_anaphors: frozenset = frozenset()  # lemmas of "страна": "министр обороны страны" (the state named)
    body_anaphors: frozenset = frozenset()  # lemmas of "организация": "генсек организации X" (the article's body)
    organization_heads: frozenset = frozenset()  # "Secretary General": a bare one heads the article's organization
    place_words: frozenset = frozenset()  # "в", "из", "от": the state after them is a place or a side
    media_staff: frozenset = frozenset()  # lemmas of "корреспондент": an acronym after one is a medium
    source_words: tuple = ()  # "источник": a line "Источник: Агентство" names the report's medium
    bodies_of_bodies: dict = field(default_factory=dict)  # lemmas of a head ("совет") -> English ("Council")
    body_names: dict = field(default_factory=dict)  # id of a known body (no state, no place) -> its name
    body_words: dict = field(default_factory=dict)  # "heads", "adjectives", "modifiers": lemma -> English (body_words.yaml)
    body_acronyms: dict = field(default_factory=dict)  # id of a known organization -> its Latin acronym ("CSTO")
    state_adjectives: dict = field(default_factory=dict)  # state id -> its English adjective ("Russian")
    adjective_heads: frozenset = frozenset()  # lemmas of "сила": a head naming a body only after an adjective
    capital_heads: frozenset = frozenset()  # lemmas of "войско": a head naming a body only written capitalised
    state_heads: frozenset = frozenset()  # "СБ", "ГКНБ": a head naming a body only as one state's ("СБ РФ")
    media_kinds: frozenset = frozenset()  # "телеканал", "трк": the quoted name after one is a medium
    apposition_heads: frozenset = frozenset()  # lemmas of "республика": the name after it stays nominative
    subject_pronouns: dict = field(default_factory=dict)  # "он" -> "masc": stands for the report's subject
    leader_posts: frozenset = frozenset()  # "President", "Leader": one state's leader, whichever is written
    unable_verbs: frozenset = frozenset()  # lemmas of "смочь": "не смог ... принять участие" refuses
    statement_at: frozenset = frozenset()  # "на": "заявил X на брифинге" (X was at the briefing)
    guest_nouns: frozenset = frozenset()  # lemmas of "делегация", "группа": "принял делегацию" (guests, though inanimate)
    pair_nouns: frozenset = frozenset()  # lemmas of "политик", "лидер": "по итогам разговора лидеров" (those just named)
    place_before: tuple = ()  # ("в",), ("на", "территории"): the state after one is where the event is held
    held_in_states: frozenset = frozenset()  # event types held in a state, not in the dateline's city
    placed_by: dict = field(default_factory=dict)  # "ceremony" -> {"exercise"}: placed where those are
    city_adjectives: dict = field(default_factory=dict)  # lemma of "минский" -> place id ("place:minsk")
    venue_words: frozenset = frozenset()  # lemmas of "дворец", "отель": a city's adjective before one places it
    region_words: frozenset = frozenset()  # lemmas of "область": a city's adjective before one names its state's region
    regions: frozenset = frozenset()  # place ids of regions ("place:central-asia"): never the article's one city
    apart_with: frozenset = frozenset()  # "с": the subject meets the two or more people named after it one by one
    results_before: dict = field(default_factory=dict)  # "по итогам": who reports the results of the cue after it was there
    apart_cues: frozenset = frozenset()  # lemmas of "встретиться", "переговоры": cues of a sitting with one side
    honorifics: frozenset = frozenset()  # lemmas of "уважаемый": between a title and the name it addresses
    title_words: frozenset = frozenset()  # the lemmas of the titles' words ("заместитель", "премьер-министр")
    opinion_verbs: frozenset = frozenset()  # lemmas of "надеяться", "считать": what follows is a view, as after "сказать"
    content_openers: frozenset = frozenset()  # "что": what a statement says opens after one
    held_verbs: frozenset = frozenset()  # lemmas of "пройти", "состояться": an occasion said to be (have been) held
    lone_apart: frozenset = frozenset()  # "visit": an event of one person of that type is not another's retelling
    body_titles: dict = field(default_factory=dict)  # lemmas of "председатель" -> Post: a title of the known body after it


def _with_standing(posts: dict, prefixes: dict[str, list[str]]) -> dict:
    """The titles of one who stands in for a post's holder ("исполняющий обязанности
    генерального секретаря", "и.о. генсека"), held it once ("бывший генеральный секретарь",
    "экс-генсек") or stands under its holder ("заместитель генсека"): each prefix of
    ``acting`` (``former``, ``deputy``, ``first_deputy``) in ``ontology/ru/posts.yaml`` before
    each title, the post "Acting X" ("Former X", "Deputy X", "First Deputy X"); a prefix ending
    in a hyphen is glued to the title's first word. A title written out in the data wins.

    >>> table = _with_standing({("генсек",): Post("Secretary General", None)}, {"Former": ["экс-"]})
    >>> table[("экс-генсек",)].en
    'Former Secretary General'
    """
    standing = {_prefixed(p, key): Post(f"{word} {post.en}", post.org, post.of_state, post.accredited)
                for word, words in prefixes.items() for p in words for key, post in posts.items()
                if not post.of_state}
    return {**standing, **posts}


def _with_body_forms(posts: dict, forms: dict[str, list[str]]) -> dict:
    """Each title naming a body in one form of ``title_body_forms`` (``ontology/ru/posts.yaml``)
    also in each other form of that body ("госсекретарь Совета безопасности": "госсекретарь
    Совбеза"); a title written out in the data wins.

    >>> table = _with_body_forms({("секретарь", "совет", "безопасность"): "S"}, {"Совет безопасности": ["СБ"]})
    >>> table[("секретарь", "СБ")]
    'S'
    """
    out = dict(posts)
    for full, others in forms.items():
        words = phrase_lemmas(full)
        for key, post in posts.items():
            at = next((i for i in range(len(key) - len(words) + 1) if key[i:i + len(words)] == words), None)
            if at is None:
                continue
            for other in others:
                out.setdefault(key[:at] + phrase_lemmas(other) + key[at + len(words):], post)
    return out


def _prefixed(prefix: str, key: tuple[str, ...]) -> tuple[str, ...]:
    """The lemmas of a title ``key`` after ``prefix``: its own words, or glued to the title's
    first word when it ends in a hyphen ("экс-" and "министр": "экс-министр")."""
    if prefix.endswith("-"):
        return (prefix.lower() + key[0], *key[1:])
    return phrase_lemmas(prefix) + key


def _of_parent(key: str, forms: list[str], names: list[str]) -> list[Known]:
    """The forms of a body of a parent organization that name the parent after the body's own
    name (``names``: the parent's names in the genitive from ``parent_forms`` in
    ``ontology/ru/gazetteer.yaml``, its short name first): each own form before each name
    ("Совет министров обороны ОДКБ", "... Организации Договора о коллективной безопасности"),
    and each form holding the short name with each longer one in its place ("Парламентская
    ассамблея ОДКБ": "Парламентская ассамблея Организации Договора о коллективной безопасности").

    >>> [k.form for k in _of_parent("b", ["Совет", "Комитет X"], ["X", "Организации X"])]
    ['Совет X', 'Совет Организации X', 'Комитет Организации X']
    """
    if not names:
        return []
    short = names[0]
    own = [f for f in forms if short not in f.split()]
    out = [Known(key, f"{f} {p}", f) for p in names for f in own]
    return out + [Known(key, " ".join(p if w == short else w for w in f.split())) for p in names[1:]
                  for f in forms if short in f.split()]


def _table(items, key, make) -> dict:
    out: dict = {}
    for item in items:
        out.setdefault(phrase_lemmas(item[key] if isinstance(item, dict) else item), make(item))
    return out


@lru_cache(maxsize=1)
def vocabulary(gaz: Gazetteer) -> RussianVocabulary:
    posts = load_yaml("ru/posts.yaml")
    events = load_yaml("ru/events.yaml")
    ru_gaz = load_yaml("ru/gazetteer.yaml")
    parents = ru_gaz.get("parent_forms") or {}
    orgs: dict = {}
    places: dict = {}
    for entry in gaz.entries.values():
        target = places if entry.kind == "place" else orgs
        extra = (ru_gaz.get("places") if entry.kind == "place" else ru_gaz.get("forms")) or {}
        forms = [f for f in entry.aliases if CYRILLIC.search(f)] + list(extra.get(entry.id, []))
        known = [Known(entry.id, f) for f in forms]
        if entry.kind == "body":
            known += _of_parent(entry.id, forms, parents.get(entry.parent, []))
        for k in known:
            target.setdefault(phrase_lemmas(k.form), k)
    adjectives = {lemma(a): state for state, words in (ru_gaz.get("adjectives") or {}).items() for a in words}
    tables = dict(
        posts=_with_standing(_with_body_forms(_table(posts["posts"], "ru", lambda p: Post(
                                 p["en"], p.get("org"), bool(p.get("of_state")), bool(p.get("accredited")))),
                                              posts.get("title_body_forms") or {}),
                             {"Acting": posts.get("acting", []), "Former": posts.get("former", []),
                              "Deputy": posts.get("deputy", []), "First Deputy": posts.get("first_deputy", [])}),
        ranks=_table(posts["ranks"], "ru", lambda r: r["en"]),
        cues={**_table(events.get("participation", []), None, lambda c: Cue(None, "participant")),
              **_table(events["cues"], "ru", lambda c: Cue(c["type"], c.get("role")))},
        chair_before=_table(events["chair_before"], None, lambda c: True),
        frame_before=_table(events.get("frame_before", []), None, lambda c: True),
        absent_before=_table(events.get("absent_before", []), None, lambda c: True),
        reporter_before=_table(events.get("reporter_before", []), None, lambda c: True),
        results_before=_table(events.get("results_before", []), None, lambda c: True),
        online=_table(events["online"], None, lambda c: True),
        waiting_participation=_table(events.get("waiting_participation", []), None, lambda c: True),
    )
    tables["body_titles"] = _with_standing(_table(posts.get("body_titles", []), "ru", lambda p: Post(p["en"], None)),
                                           {"Acting": posts.get("acting", []), "Former": posts.get("former", []),
                                            "Deputy": posts.get("deputy", []), "First Deputy": posts.get("first_deputy", [])})
    longest = max(len(k) for t in (*tables.values(), orgs, places) for k in t)
    loose_orgs = loose_forms(orgs)
    return RussianVocabulary(**tables, planned=frozenset(w.lower() for w in events["planned"]),
                             upcoming=frozenset(lemma(w) for w in events.get("upcoming", [])),
                             names=load_yaml("ru/names.yaml"), orgs=orgs, places=places,
                             adjectives=adjectives, longest=longest, loose_orgs=loose_orgs,
                             side_words=frozenset(lemma(w) for w in ru_gaz.get("side_words", [])),
                             sides_after=frozenset(lemma(w) for w in ru_gaz.get("sides_after", [])),
                             side_from=frozenset(str(w).lower() for w in ru_gaz.get("side_from", [])),
                             written_capitalised=frozenset(ru_gaz.get("written_capitalised") or []),
                             one_sitting=frozenset(events.get("one_sitting", [])),
                             topic_words=frozenset(lemma(w) for w in events.get("topic_words", [])),
                             speech_verbs=frozenset(lemma(w) for w in events.get("speech_verbs", [])),
                             arrival_verbs=frozenset(lemma(w) for w in events.get("arrival_verbs", [])),
                             negations=frozenset(w.lower() for w in events.get("negations", [])),
                             credit_words=frozenset(lemma(w) for w in posts.get("credit_words", [])),
                             credit_abbreviations=frozenset(str(w) for w in posts.get("credit_abbreviations", [])),
                             holding_words=frozenset(lemma(w) for w in posts.get("holding_words", [])),
                             post_words=frozenset(lemma(w) for w in posts.get("post_words", [])),
                             counterpart_words=frozenset(lemma(w) for w in posts.get("counterpart_words", [])),
                             counterpart_from=frozenset(str(w) for w in posts.get("counterpart_from", [])),
                             delegate_from=frozenset(str(w) for w in posts.get("delegate_from", [])),
                             title_gap_words=frozenset(w.lower() for w in posts.get("title_gap_words", [])),
                             title_and=frozenset(w.lower() for w in posts.get("title_and", [])),
                             list_joints=frozenset(str(w) for w in posts.get("list_joints", [])),
                             item_joints=frozenset(str(w) for w in posts.get("item_joints", [])),
                             body_heads={lemma(w): kind for kind, heads in (ru_gaz.get("body_heads") or {}).items()
                                         for w in heads},
                             adjective_endings=ru_gaz.get("adjective_endings") or {},
                             state_of=dict(ru_gaz.get("state_of") or {}),
                             body_alone=frozenset(lemma(w) for w in ru_gaz.get("body_alone", [])),
                             member_words=frozenset(lemma(w) for w in ru_gaz.get("member_words", [])),
                             media_address=_address_pattern(ru_gaz.get("media_domains") or []),
                             media_verbs=frozenset(lemma(w) for w in ru_gaz.get("media_verbs", [])),
                             state_bodies={phrase_lemmas(k): v for k, v in (ru_gaz.get("state_bodies") or {}).items()},
                             sole_state_bodies={phrase_lemmas(k): v for k, v in
                                                (ru_gaz.get("sole_state_bodies") or {}).items()},
                             bodies_of_bodies={phrase_lemmas(k): v for k, v in (ru_gaz.get("bodies_of_bodies") or {}).items()},
                             body_names={e.id: e.name for e in gaz.entries.values()
                                         if e.kind not in {"state", "place", "media"}},
                             body_words=_body_words(load_yaml("ru/body_words.yaml")),
                             body_acronyms=_acronyms(gaz),
                             state_adjectives={e.id: e.adjectives[0] for e in gaz.entries.values()
                                               if e.kind == "state" and e.adjectives},
                             adjective_heads=frozenset(lemma(w) for w in ru_gaz.get("adjective_heads", [])),
                             capital_heads=frozenset(lemma(w) for w in ru_gaz.get("capital_heads", [])),
                             state_heads=frozenset(lemma(w) for w in ru_gaz.get("state_heads", [])),
                             media_kinds=frozenset(lemma(w).lower() for w in ru_gaz.get("media_kinds", [])),
                             apposition_heads=frozenset(lemma(w) for w in ru_gaz.get("apposition_heads", [])),
                             subject_pronouns={str(k).lower(): str(v) for k, v in
                                               (events.get("subject_pronouns") or {}).items()},
                             leader_posts=frozenset(events.get("leader_posts") or []),
                             unable_verbs=frozenset(lemma(w) for w in events.get("unable_verbs", [])),
                             pair_nouns=frozenset(lemma(w) for w in events.get("pair_nouns", [])),
                             guest_nouns=frozenset(lemma(w) for w in events.get("guest_nouns", [])),
                             statement_at=frozenset(str(w).lower() for w in events.get("statement_at", [])),
                             place_before=tuple(tuple(str(w).lower().split()) for w in events.get("place_before", [])),
                             held_in_states=frozenset(events.get("held_in_states", [])),
                             placed_by={str(k): frozenset(v) for k, v in (events.get("placed_by") or {}).items()},
                             city_adjectives={lemma(a): place for place, words in
                                              (events.get("city_adjectives") or {}).items() for a in words},
                             venue_words=frozenset(lemma(w) for w in events.get("venue_words", [])),
                             region_words=frozenset(lemma(w) for w in events.get("region_words", [])),
                             regions=frozenset(events.get("regions", [])),
                             apart_with=frozenset(str(w).lower() for w in events.get("apart_with", [])),
                             apart_cues=frozenset(phrase_lemmas(w) for w in events.get("apart_cues", [])),
                             state_names={e.id: e.short or e.name for e in gaz.entries.values() if e.kind == "state"},
                             state_anaphors=frozenset(lemma(w) for w in posts.get("state_anaphors", [])),
                             body_anaphors=frozenset(lemma(w) for w in posts.get("body_anaphors", [])),
                             organization_heads=frozenset(posts.get("organization_heads", [])),
                             place_words=frozenset(str(w) for w in posts.get("place_words", [])),
                             media_staff=frozenset(lemma(w) for w in ru_gaz.get("media_staff", [])),
                             source_words=tuple(str(w) for w in ru_gaz.get("source_words", [])),
                             honorifics=frozenset(lemma(w) for w in posts.get("honorifics", [])),
                             title_words=frozenset(w.lower() for key in tables["posts"] for w in key),
                             opinion_verbs=frozenset(lemma(w) for w in events.get("opinion_verbs", [])),
                             content_openers=frozenset(str(w).lower() for w in events.get("content_openers", [])),
                             held_verbs=frozenset(lemma(w) for w in events.get("held_verbs", [])),
                             lone_apart=frozenset(events.get("lone_apart", [])))


LOOSE_WORDS = 4  # content words of a known form that is also found in another order or with another preposition


def function_word(word: str) -> bool:
    """A preposition, conjunction or particle in its likeliest reading ("о", "по", "и")."""
    found = parses(word)
    return bool(found) and found[0].tag.POS in {"PREP", "CONJ", "PRCL"}


def content_bag(toks) -> tuple[str, ...]:
    """The sorted lemmas of ``toks`` without their function words and punctuation."""
    return tuple(sorted(t.lemma for t in toks if any(c.isalnum() for c in t.text) and not function_word(t.text)))


def loose_forms(orgs: dict) -> dict:
    """The known forms of ``LOOSE_WORDS`` or more content words that open with their head noun
    ("Организация Договора о коллективной безопасности"), by the sorted lemmas of those words:
    a report writing the name with its words in another order or with another preposition
    ("Организация Договора по коллективной безопасности", "Организация коллективного договора
    безопасности") names that body. A bag two bodies share is neither's."""
    out: dict = {}
    for key, known in orgs.items():
        toks = tokens(known.form)
        first = parses(toks[0].text)[:1] if toks else ()
        if not first or first[0].tag.POS != "NOUN" or toks[0].text.isupper():
            continue
        bag = content_bag(toks)
        if len(bag) < LOOSE_WORDS:
            continue
        if bag in out and out[bag] is not None and out[bag].id != known.id:
            out[bag] = None
        elif bag not in out:
            out[bag] = known
    return {k: v for k, v in out.items() if v is not None}


def _body_words(data: dict) -> dict:
    """``ontology/ru/body_words.yaml`` by lemmas: "heads", "adjectives", "modifiers" and "of_words", each
    lemma -> English (an adjective's English by the head's lemma, "default" for any other)."""
    out = {}
    for part in ("heads", "adjectives", "modifiers", "of_words"):
        table = {}
        for word, english in (data.get(part) or {}).items():
            if isinstance(english, dict):
                english = {(k if k == "default" else lemma(k)): v for k, v in english.items()}
            table[lemma(word)] = english
        out[part] = table
    return out


def _acronyms(gaz: Gazetteer) -> dict:
    """A known organization's or body's first Latin acronym ("CSTO"), by its id."""
    out = {}
    for e in gaz.entries.values():
        found = [a for a in e.aliases if e.kind in {"organization", "body"} and a.isascii() and a.isalpha()
                 and a.isupper() and len(a) > 1]
        if found:
            out[e.id] = found[0]
    return out


def _address_pattern(domains: list[str]) -> re.Pattern:
    """A web address on one of ``domains``, not inside a link ("Vesti.kz", not ".../vesti.kz/a");
    its name may open with a digit ("12.kz"), not follow one ("3.5.kz" is no address); a second
    level before the domain ("Vesti.at.ua") is part of it."""
    tlds = "|".join(re.escape(d) for d in domains) or "(?!)"
    return re.compile(rf"(?<![\w./@-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z][A-Za-z0-9-]*)?\.(?i:{tlds})"
                      rf"(?![\w/.-]*[\w/])")
