"""The words titles are made of (``ontology/posts.yaml``), read once into a frozen record.

>>> p = post_words()
>>> "Secretary General" in p.heads, "Colonel General" in p.ranks, p.chair_heads[0]
(True, True, 'Chairman')
>>> p.one_holder[0]
(('Secretary General', 'Secretary-General'), 'csto')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .plurals import plural_of, read_plurals
from .resources import load_yaml
from .words import words


@dataclass(frozen=True)
class PostWords:
    heads: tuple[str, ...]  # as written in the file (callers sort them as they match)
    modifiers: tuple[str, ...]
    domains: tuple[str, ...]
    plurals: dict[str, str]  # plural post -> singular ("foreign ministers" -> "Foreign Minister"; :mod:`.plurals`)
    ranks: tuple[str, ...]
    honorifics: tuple[str, ...]
    state_posts: tuple[str, ...]
    one_holder: tuple[tuple[tuple[str, ...], str], ...]  # (titles, of) of posts one person holds at a time
    complement_nouns: tuple[str, ...]
    chair_heads: tuple[str, ...]
    relative_openers: tuple[str, ...] = ()  # "who is": an appositive title follows
    verb_heads: dict[str, str] = field(default_factory=dict)  # "heads" -> "Head": "X, who heads the Y" holds "Head of the Y"
    state_only_heads: tuple[str, ...] = ()  # a post only after a state's adjective ("Kyrgyz leader")
    organization_heads: tuple[str, ...] = ()  # bare titles only organizations have ("Secretary General")
    post_openers: tuple[str, ...] = ()  # "as", "to the post of": a title after a name
    title_joints: tuple[str, ...] = ()  # "also" joins two titles of one person
    side_openers: tuple[str, ...] = ()  # "on the Kazakh side were": the list of a state's officials
    chamber_words: tuple[str, ...] = ()  # "the chairman of the lower house of X": words a title may hold
    heads_of_states: dict[str, str] = field(default_factory=dict)  # "head" of a state is its "Head of State"
    abbreviations: dict[str, str] = field(default_factory=dict)  # "PM" -> "Prime Minister", as written before a name


@lru_cache(maxsize=1)
def post_words() -> PostWords:
    """The title vocabulary (parsed once per process)."""
    data = load_yaml("posts.yaml")
    lists = {key: tuple(str(w) for w in data.get(key, ()))
             for key in ("heads", "modifiers", "domains", "ranks", "honorifics", "state_posts", "complement_nouns",
                         "chair_heads", "relative_openers", "title_joints", "state_only_heads", "post_openers", "organization_heads",
                         "side_openers", "chamber_words")}
    return PostWords(plurals=list_plurals(data, lists["heads"]),
                     verb_heads={str(k): str(v) for k, v in data.get("verb_heads", {}).items()},
                     heads_of_states={str(k).casefold(): str(v) for k, v in data.get("heads_of_states", {}).items()},
                     abbreviations={str(k): str(v) for k, v in data.get("abbreviations", {}).items()},
                     one_holder=tuple((tuple(e["titles"]), str(e["of"])) for e in data.get("one_holder", ())),
                     **lists)


def list_plurals(data: dict, heads: tuple[str, ...]) -> dict[str, str]:
    """Plural -> singular of the posts that head a list (``plurals``), and of the one-word
    heads too where ``head_plurals_head_lists`` is on."""
    found = read_plurals(data["plurals"])
    if data.get("head_plurals_head_lists"):
        for head in heads:
            if " " not in head and "-" not in head:
                found.setdefault(plural_of(head), head)
    return found


@lru_cache(maxsize=1)
def folded_modifiers() -> frozenset[str]:
    """The words that may stand before a post ("Acting", "Deputy", "Former"; ``modifiers``),
    case-folded, for word-by-word tests.

    >>> {"acting", "deputy"} <= folded_modifiers()
    True
    """
    return frozenset(m.casefold() for m in post_words().modifiers)


def is_state_post(post: str) -> bool:
    """A post of a state, after modifiers ("Prime Minister", "Acting Foreign Minister",
    "First Deputy Minister of Defense"; ``state_posts`` and ``modifiers``), or of a state's body
    named without the state ("Security Council State Secretary"; ``state_body_heads`` of
    ``ontology/words.yaml``).

    >>> is_state_post("First Deputy Minister of Defense"), is_state_post("Secretary General")
    (True, False)
    >>> is_state_post("Security Council State Secretary"), is_state_post("Chief of the CSTO Joint Staff")
    (True, False)
    """
    return bool(_state_post_pattern().search(post.strip()))


@lru_cache(maxsize=1)
def _state_post_pattern() -> re.Pattern[str]:
    data = post_words()
    heads = "|".join(re.escape(h) for h in sorted(data.state_posts, key=len, reverse=True))
    modifiers = "|".join(re.escape(m) for m in data.modifiers)
    bodies = "|".join(re.escape(h) for h in sorted(words().state_body_heads, key=len, reverse=True))
    return re.compile(rf"^(?:(?:{modifiers})[\s-]+)*(?:{heads})\b|\b(?:{bodies})\b", re.IGNORECASE)
