"""Short forms of bodies: "the Secretariat", "the Joint Staff", "the Foreign Ministry" in an
article that names the body in full ("the CSTO Secretariat", "the Russian Foreign Ministry").

A body's short forms are its name without what makes it a particular one: a leading
organization or state ("CSTO Joint Staff" -> "Joint Staff", "Russian Foreign Ministry" ->
"Foreign Ministry", "Russia's Central Military District" -> "Central Military District"),
the words before its first complement ("Security Council of Armenia" -> "Security
Council", "UN Regional Centre for Preventive Diplomacy ..." -> "Regional Centre"), and its
owner's organization after "of the" ("Council of the CSTO Parliamentary Assembly" ->
"Council of the Parliamentary Assembly"). A short
form written in an article stands for the one body of that article it shortens; when two
bodies share it ("the Russian Security Council" and "the UN Security Council") it stays as
it is. A known body of an organization the article names ("the CSTO") gives its short forms
too ("the Secretariat"), where no body the article names in full shares them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..models import OrgMention, PersonMention, Sentence
from ..vocab.gazetteer import Entry, Gazetteer
from ..vocab.words import words


@dataclass(frozen=True)
class Body:
    """A body the article names in full: its key (a gazetteer id, or the bag of its words for
    a body the gazetteer does not know), the form as written and the gazetteer id if any."""

    identity: tuple[str, ...]
    text: str
    key: str | None


@lru_cache(maxsize=1)
def _org_acronyms(gaz: Gazetteer) -> frozenset[str]:
    """The organizations' acronyms the gazetteer knows ("CSTO", "UN")."""
    return frozenset(a for e in gaz.entries.values() if e.kind == "organization" for a in (e.name, *e.aliases)
                     if a.isupper() and a.isascii() and a.isalpha())


@lru_cache(maxsize=1)
def _prefixes(gaz: Gazetteer) -> re.Pattern[str]:
    """What makes a body a particular one when it opens its name: an organization's acronym
    ("CSTO", "UN"), a state's adjective or name, possessive or not ("Russian", "Russia's")."""
    entries = gaz.entries.values()
    orgs = _org_acronyms(gaz)
    states = {f for e in entries if e.kind == "state" for f in (*e.adjectives, e.short or e.name)}
    alternation = "|".join(map(re.escape, sorted(orgs | states, key=len, reverse=True)))
    return re.compile(rf"^(?:the\s+|The\s+)?(?:{alternation})(?:['’]s|(?<=s)['’])?\s+(?=\S)")


@lru_cache(maxsize=1)
def _inner_owner(gaz: Gazetteer) -> re.Pattern[str]:
    """An organization's acronym right after "of the" inside a body's name, before the rest of
    it ("Council of the CSTO Parliamentary Assembly"): what makes the owner a particular one."""
    alternation = "|".join(map(re.escape, sorted(_org_acronyms(gaz), key=len, reverse=True)))
    return re.compile(rf"(?<=\sof the )(?:{alternation})\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _complement() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words().complement_openers)) + r")\s+")


def _has_head(form: str) -> bool:
    w = words()
    last = form.split()[-1].lower()
    return last in w.org_heads or last in w.kind_by_head


def short_forms(text: str, gaz: Gazetteer) -> set[str]:
    """The short forms of a body named ``text`` (a copy of :func:`_short_forms`, which is memoized)."""
    return set(_short_forms(text, gaz))


@lru_cache(maxsize=1 << 14)
def _short_forms(text: str, gaz: Gazetteer) -> frozenset[str]:
    """The short forms of a body named ``text``.

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> sorted(short_forms("Russian Foreign Ministry", load_gazetteer()))
    ['Foreign Ministry']
    >>> sorted(short_forms("Security Council of Armenia", load_gazetteer()))
    ['Security Council']
    >>> sorted(short_forms("Armenia's defense ministry", load_gazetteer()))
    ['Defense Ministry']
    >>> sorted(short_forms("Council of the CSTO Parliamentary Assembly", load_gazetteer()))
    ['Council of the Parliamentary Assembly']
    """
    out: set[str] = set()
    stripped = _prefixes(gaz).sub("", text, count=1)
    if stripped != text and (len(stripped) > 2 or stripped.isupper()):
        out.add(stripped)
    owned = _inner_owner(gaz).sub("", text, count=1)  # "Council of the CSTO Parliamentary Assembly"
    if owned != text and _has_head(owned.split(" of the ")[0]):
        out.add(owned)
    for form in (text, stripped):
        own = _complement().split(form, maxsplit=1)[0]
        if own != form and len(own.split()) >= 2 and _has_head(own):
            out.add(own)
    out |= {_capitalised(f) for f in out if f.islower() and len(f.split()) >= 2}
    return frozenset(f for f in out if f[:1].isupper() and f != text)


def own_name(text: str) -> str | None:
    """The name of a body of another body before its owner ("Centre for Zorb Studies of the
    Narnian Academy of Sciences" -> "Centre for Zorb Studies"): the words before an "of the"
    that a head noun and its complement hold (not "Committee" of "Committee of the ..."), when
    what follows opens with a body's name (capitalised words ending in a head noun); None
    otherwise.

    >>> own_name("Centre for Zorb Studies of the Diplomatic Academy of the Narnian Ministry of Defense")
    'Centre for Zorb Studies'
    >>> own_name("Committee of the State Duma on Zorb Affairs") is None
    True
    """
    heads = words().org_heads
    for m in re.finditer(r"\s+of\s+the\s+", text):
        own, owner = text[:m.start()], text[m.end():]
        first = own.split()[0].lower() if own.split() else ""
        if first not in heads and not any(w.lower() in heads for w in own.split()[:3]):
            continue
        if _complement().search(own) is None or not own[:1].isupper():
            continue
        body = re.match(r"(?:[A-Z][\w’'-]*\s+){0,4}?([A-Z][\w-]*)(?=\s+of\b|\s*$)", owner)
        if body is not None and body.group(1).lower() in heads:
            return own
    return None


def _capitalised(form: str) -> str:
    """A short form read in lower case ("Armenia's defense ministry" -> "defense ministry") as
    the news capitalise it later in the article ("the Defense Ministry’s position"); its
    function words stay in lower case ("ministry of defense" -> "Ministry of Defense")."""
    function = words().function_words
    return " ".join(w if w in function else w[:1].upper() + w[1:] for w in form.split())


@lru_cache(maxsize=4096)
def _entry_short_forms(entry: Entry, gaz: Gazetteer) -> frozenset[str]:
    """Short forms of a known body from its listed forms ("CSTO Joint Staff" -> "Joint Staff"),
    not from its ``variants`` (a rare wording stands for the body only where written)."""
    out: set[str] = set()
    for form in (entry.name, *entry.aliases):
        if re.search(r"[A-Za-z]", form) and form not in entry.variants:
            out |= _short_forms(form, gaz)
    return frozenset(out)


def _bodies(orgs: list[OrgMention], gaz: Gazetteer) -> list[Body]:
    """The bodies an article names in full (no short form, reference or state)."""
    out: list[Body] = []
    for org in orgs:
        if org.reference or org.kind in {"state", "place", "media"} or org.acronym_of:
            continue
        identity = (org.key,) if org.key else gaz.word_bag(org.text)
        if identity:
            out.append(Body(identity, org.text, org.key))
    return out


def _candidates(bodies: list[Body], orgs: list[OrgMention], gaz: Gazetteer) -> dict[str, dict]:
    """Short form -> {identity: body} over the article's bodies (an unknown one written as a
    short form of a known one the article names gives none of its own); then, for a short form no
    body named in full gives, the known bodies of organizations the article names."""
    table: dict[str, dict] = {}
    known = {form for body in bodies if body.key is not None
             for form in _short_forms(body.text, gaz) | _entry_short_forms(gaz.entries[body.key], gaz)}
    for body in bodies:
        if body.key is None and body.text in known:
            continue  # itself a short form of a known body named in full ("CSTO Coordination Council")
        forms = set(_short_forms(body.text, gaz))
        if body.key is not None:
            forms |= _entry_short_forms(gaz.entries[body.key], gaz)
        for form in forms:
            table.setdefault(form, {})[body.identity] = body
    named = {o.key for o in orgs if o.key in gaz.entries}
    named |= {gaz.entries[k].parent for k in named if gaz.entries[k].parent}  # "the CSTO Secretariat" names the CSTO
    fallback: dict[str, dict] = {}
    children = _children(gaz)
    for _, entry in sorted(child for parent in named if parent in children for child in children[parent]):
        if entry.kind != "state":
            for form in _entry_short_forms(entry, gaz):
                if form not in table:
                    fallback.setdefault(form, {})[(entry.id,)] = Body((entry.id,), entry.name, entry.id)
    return {**fallback, **table}


@lru_cache(maxsize=1)
def _children(gaz: Gazetteer) -> dict[str, list[tuple[int, Entry]]]:
    """parent id -> (place in the gazetteer, entry) of its bodies, in the gazetteer's order
    (an article's fallback looked at every entry: a sixtieth of a build)."""
    out: dict[str, list[tuple[int, Entry]]] = {}
    for k, entry in enumerate(gaz.entries.values()):
        if entry.parent is not None:
            out.setdefault(entry.parent, []).append((k, entry))
    return out


def _pattern(forms: list[str]) -> re.Pattern[str] | None:
    return _compiled(tuple(sorted(forms, key=lambda f: (-len(f), f))))


@lru_cache(maxsize=1024)
def _compiled(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    if not forms:
        return None
    alternation = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    return re.compile(rf"(?<![\w\-’'])({alternation})(?![\w\-])")


def bind_short_forms(sentences: list[Sentence], orgs: list[OrgMention], people: list[PersonMention],
                     gaz: Gazetteer) -> list[OrgMention]:
    """The article's body mentions with its short forms bound to the bodies they shorten:
    a mention written as a short form takes that body's key (or ``short_of`` its full form,
    for a body the gazetteer does not know); a short form that no mention covers is added."""
    table = {form: hits for form, hits in _candidates(_bodies(orgs, gaz), orgs, gaz).items() if len(hits) == 1}
    written = "\0".join(s.text for s in sentences)  # a form no sentence holds cannot match: left out of
    # the pattern (which is then mostly cached or none; compiling each article's was 1% of a 3k build)
    pattern = _pattern([f for f in table if f in written
                        and (gaz.lookup(f) is None or (gaz.lookup(f).id,) in table[f])])
    if pattern is None:
        return orgs
    titles = [(m.start, m.end) for p in people for m in p.posts]
    by_span = {(o.sentence, o.start, o.end): k for k, o in enumerate(orgs) if not o.caption}
    out, added = list(orgs), []
    for index, sent in enumerate(sentences):
        for m in pattern.finditer(sent.text):
            if m.start() == 0 and " " not in m.group(1) and not m.group(1).isupper():
                continue  # one word opening a sentence: its capital may be the sentence's ("Troops from ...")
            start, end = sent.start + m.start(), sent.start + m.end()
            [body] = table[m.group(1)].values()
            k = by_span.get((index, start, end))
            if k is not None:
                if orgs[k].key is None or orgs[k].key == body.key:
                    out[k] = _bound(orgs[k], body, gaz)
            elif not any(o.start < end and start < o.end for o in orgs if o.sentence == index and not o.caption):
                in_title = any(s <= start and end <= e for s, e in titles)
                added.append(_bound(OrgMention(m.group(1), start, end, index, in_title=in_title), body, gaz))
    return out + added


def _bound(org: OrgMention, body: Body, gaz: Gazetteer) -> OrgMention:
    """``org`` as a short form of ``body``."""
    if body.key is not None:
        return replace(org, key=body.key, kind=gaz.entries[body.key].kind)
    return replace(org, key=None, kind=None, short_of=body.text)


@lru_cache(maxsize=1)
def _home_forms() -> dict[str, tuple[str, ...]]:
    """Bare forms of a state's bodies and the words of their posts' domain
    (``home_state_bodies`` in ``ontology/words.yaml``)."""
    from ..vocab.words import words

    return words().home_state_bodies


def home_state(place: str | None, gaz: Gazetteer) -> Entry | None:
    """The state of an article's dateline place ("YEREVAN" -> Armenia), or None.

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> home_state("YEREVAN", load_gazetteer()).id, home_state(None, load_gazetteer())
    ('armenia', None)
    """
    entry = gaz.lookup(place) if place else None
    if entry is not None and entry.kind == "place" and entry.state:
        entry = gaz.entries.get(entry.state)
    return entry if entry is not None and entry.kind == "state" else None


def _other_state_holds(domain: tuple[str, ...], home: Entry, orgs: list[OrgMention], people: list[PersonMention],
                       gaz: Gazetteer) -> bool:
    """The article gives a state other than ``home`` a post or a body of the domain ("the Kazakh
    Foreign Minister" under a Moscow dateline): two states fit a bare form of it."""
    for person in people:
        if person.country and person.country != home.id and \
                any(d in m.post.lower() for m in person.posts for d in domain):
            return True
    for org in orgs:
        bag = (org.key,) if org.key else gaz.word_bag(org.text)
        states = {t for t in bag if t in gaz.entries and gaz.entries[t].kind == "state"}
        if states - {home.id} and any(d in org.text.lower() for d in domain):
            return True
    return False


def bind_home_bodies(sentences: list[Sentence], orgs: list[OrgMention], people: list[PersonMention],
                     gaz: Gazetteer, place: str | None) -> list[OrgMention]:
    """The article's body mentions, with a state's body written bare ("the MFA", "the Defense
    Ministry", :func:`_home_forms`) that no mention covers added as the body of the state of
    the dateline ``place`` (:func:`home_state`), unless another state fits too
    (:func:`_other_state_holds`)."""
    home = home_state(place, gaz)
    if home is None or not home.adjectives:
        return orgs
    forms = _home_forms()
    pattern = _pattern(list(forms))
    held: dict[str, bool] = {}  # whether another state fits a form (the same for each of its matches)
    by_span = {(o.sentence, o.start, o.end): k for k, o in enumerate(orgs) if not o.caption}
    out, added = list(orgs), []
    for index, sent in enumerate(sentences):
        for m in pattern.finditer(sent.text):
            start, end = sent.start + m.start(), sent.start + m.end()
            k = by_span.get((index, start, end))
            bare = k is not None and orgs[k].key is None and not (orgs[k].short_of or orgs[k].acronym_of)
            if not bare and any(o.sentence == index and not o.caption and o.start < end and start < o.end
                                for o in orgs):
                continue  # a longer name, or a form bound already
            if m.group(1) not in held:
                held[m.group(1)] = _other_state_holds(forms[m.group(1)], home, orgs, people, gaz)
            if held[m.group(1)]:
                continue
            org = orgs[k] if bare else OrgMention(m.group(1), start, end, index)
            full = f"{home.adjectives[0]} {m.group(1)}"
            known = gaz.lookup(full) or gaz.lookup_words(full)
            org = replace(org, key=known.id, kind=known.kind) if known is not None else replace(org, short_of=full)
            if bare:
                out[k] = org
            else:
                added.append(org)
    return out + added
