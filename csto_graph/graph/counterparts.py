"""Counterparts: "Defence Minister A met his Armenian counterpart" joined to the holder of the day.

A counterpart phrase names a person only through another's post and a state: "his
Armenian counterpart", "her counterpart from Kyrgyzstan", "the Kazakh counterpart",
"their counterparts from Armenia and Belarus". The post is that of the person the
sentence pairs with: a participant of the event named in the sentence before the phrase,
who holds (by a tenure covering the day) a post one person holds at a time in a state
(``one_holder`` with ``of: state`` in ``ontology/posts.yaml``). The same post of each state
named joins the one person whose tenure covers the day, as :mod:`bare_titles` does for a
bare title. Nothing is resolved when the paired people hold no such post or two different
ones, when no state is named ("his counterpart", "his CSTO counterparts"), when a name
follows the phrase (the text names the counterpart itself), or when the post of that
state has no holder that day or two.

The words are data: ``counterpart`` in ``ontology/tenures.yaml``; the states, their names
and adjectives, the gazetteer's.

>>> [(m.states, m.start) for m in find_counterparts("Minister Ann Lee met his Armenian and Kazakh counterparts.")]
[(('armenia', 'kazakhstan'), 21)]
>>> find_counterparts("Ann Lee met his Armenian counterpart Bo Park."), find_counterparts("Ann Lee met his counterpart.")
((), ())
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..link.tenures import Tenure, sort_key
from ..vocab.gazetteer import load_gazetteer, slug
from ..vocab.resources import load_yaml


WORD = re.compile(r"counterpart", re.IGNORECASE)  # a cheap test before the phrase pattern


@dataclass(frozen=True)
class Phrase:
    """A counterpart phrase: where it starts in the sentence, the states it names (ids)."""

    start: int
    states: tuple[str, ...]


@dataclass(frozen=True)
class Resolved:
    """A counterpart joined by the date: the tenure found, and the one of the person paired with."""

    tenure: Tenure
    paired: Tenure
    phrase: Phrase


def _alts(forms) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in sorted(forms, key=len, reverse=True))


def _listed(item: str, joiners: str) -> str:
    return rf"{item}(?:\s*(?:{joiners})\s*{item})*"


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(the phrase pattern, a pattern of one state's form, form -> state id)."""
    words = load_yaml("tenures.yaml")["counterpart"]
    states = [e for e in load_gazetteer().entries.values() if e.kind == "state"]
    forms = {f.casefold(): e.id for e in states for f in (*e.adjectives, e.name, e.short or "", *e.aliases)
             if len(f) > 3 and f.isascii()}
    adjectives = _alts({a for e in states for a in e.adjectives})
    names = _alts({f for e in states for f in (e.name, e.short or "", *e.aliases) if len(f) > 3 and f.isascii()})
    joiners = _alts(words["joiners"])
    adjective_list = _listed(f"(?:{adjectives})", joiners)
    name_list = _listed(rf"(?:the\s+)?(?:{names})", joiners)
    # a determiner, the states' adjectives, the word, "from" and the states' names, and then
    # no capitalised word (the counterpart's own name: the text names him, nothing to infer)
    phrase = re.compile(
        rf"\b(?:{_alts(words['determiners'])})\s+(?:(?P<adj>{adjective_list})\s+)?(?:{_alts(words['words'])})\b"
        rf"(?:\s+(?:{_alts(words['after'])})\s+(?P<names>{name_list})\b)?"
        r"(?!['’]s)(?!\s*[,(-]?\s*(?-i:[A-ZА-ЯЁ]))", re.IGNORECASE)
    one = re.compile(rf"\b(?:{_alts(forms)})\b", re.IGNORECASE)
    return phrase, one, forms


def find_counterparts(sentence: str) -> tuple[Phrase, ...]:
    """The counterpart phrases of a sentence that name at least one state."""
    phrase, one, forms = _vocab()
    found = []
    for m in phrase.finditer(sentence):
        named = " ".join(g for g in (m.group("adj"), m.group("names")) if g)
        states = tuple(dict.fromkeys(forms[re.sub(r"\s+", " ", x.group(0)).casefold()] for x in one.finditer(named)))
        if states:
            found.append(Phrase(m.start(), states))
    return tuple(found)


def covers(t: Tenure, day: str) -> bool:
    """Whether a tenure covers a day (YYYY-MM-DD)."""
    return sort_key(t.start, False) <= day <= sort_key(t.end, True)


def _named_before(sentence: str, end: int, names) -> int:
    """The offset of the last of ``names`` (whole words) before ``end``, or -1."""
    at = -1
    for name in names:
        if len(name) > 2:
            for m in re.finditer(rf"\b{re.escape(name)}\b", sentence[:end]):
                at = max(at, m.start())
    return at


def resolve(sentence: str, day: str, people: dict[str, tuple[str, ...]], held: dict[str, list[Tenure]],
            positions: dict[str, list[Tenure]]) -> list[Resolved]:
    """The counterparts a sentence names, each joined to the one holder of the day.

    ``people`` maps the text's participants of the event (person ids) to their names;
    ``held`` person id -> tenures; ``positions`` position -> the tenures of a one-holder post.
    """
    state_ids = {e.id for e in load_gazetteer().entries.values() if e.kind == "state"}
    out = []
    for phrase in find_counterparts(sentence):
        paired = []  # (offset of the name, tenure) of the people named before the phrase
        for person, names in people.items():
            at = _named_before(sentence, phrase.start, names)
            if at >= 0:
                paired += [(at, t) for t in held.get(person, ()) if t.one_holder and t.org in state_ids
                           and covers(t, day)]
        if len({slug(t.post) for _, t in paired}) != 1:
            continue  # no post to pair with, or two
        nearest = max(paired, key=lambda x: (x[0], x[1].id))[1]
        for state in phrase.states:
            if state == nearest.org:
                continue
            covering = [t for t in positions.get(f"{state}/{slug(nearest.post)}", ()) if covers(t, day)]
            if len(covering) == 1 and covering[0].person not in people:
                out.append(Resolved(covering[0], nearest, phrase))
    return out
