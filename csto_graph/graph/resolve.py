"""One name resolver for every surface: a person's, body's or post's name -> its IRI(s).

Every query parameter that names someone (``csto-graph query ... --param name=...``),
``csto-graph render --person``, the Python API and the graph page's search box go
through the same index (the ``names`` saved query: each node's name and aliases) and
the same keys, tried in this order, the first that finds anyone winning:

1. the IRI itself, or the id it ends with;
2. the name or an alias in any case (``"iVAN pETROV"``, ``"ИВАН ПЕТРОВ"``);
3. the name folded to ASCII as the linker folds it (:func:`~csto_graph.link.matching.fold`:
   ``"Иван Петров"`` is ``"ivan petrov"``);
4. the spelling keys of its words (:func:`~csto_graph.link.matching.spelling_key`:
   Shoigu = Shoygu, Tokaev = Tokayev);
5. for a person, one word that is a surname's spelling key, when one person has it;
6. for a person, initials and a surname (``"I.N. Petrov"``, ``"N.Petrov"``, ``"Yu.Petrov"``),
   or the surname first, as Russian lists and signatures write it (``"Петров И.Н."``):
   the first letter of the first initial and the surname's spelling key;
7. a Russian name in any case, as a sentence writes it ("Юрию Хайдарову", "Совета
   пограничников"): the case forms of every Cyrillic name of a person or body
   (:mod:`~csto_graph.graph.case_forms`), computed on first need;
8. for a Russian name still not found: the name put in the nominative as the Russian reader
   does, a body's words compared by their lemmas, a Russian title by the English post it
   stands for (:meth:`NameIndex._russian`);
9. for a person, the linker's own test of two full names
   (:func:`~csto_graph.link.matching.same_person`: one edit in a long word,
   Aleksandr = Alexander; a first name's Belarusian or Ukrainian form, Uladzimir =
   Vladimir). This one compares names pairwise, so the graph page's search (which
   computes tiers 2-7 in JavaScript from the keys the page ships) does not have it, nor 8.

A tier that finds several nodes is an :class:`AmbiguousNameError`; none at all is a
:class:`UnknownNameError` that names the closest names. Posts are whole titles matched
by their words (:func:`~csto_graph.link.tenures.normal`), never a longer title holding
them: "Secretary General" is not "Deputy Secretary General".

>>> index = NameIndex.from_rows([("urn:p", "person", "Sergey Shoygu", "Sergey Shoygu"),
...                              ("urn:p", "person", "Сергей Шойгу", "Sergey Shoygu")])
>>> index.resolve("Shoigu"), index.resolve("шойгу"), index.resolve("SERGEI SHOIGU")
('urn:p', 'urn:p', 'urn:p')
"""
from __future__ import annotations

import re
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..corpus.language import CYRILLIC
from ..errors import CstoGraphError
from ..link.matching import fold, name_parts, same_person, spelling_key
from ..link.tenures import normal
from .case_forms import case_forms, form_key

KINDS = ("person", "body", "post")
# The keys, in the order they are tried; "inflected" (a Russian name in any case,
# :mod:`csto_graph.graph.case_forms`) is computed on first need, the others with the index.
TIERS = ("exact", "folded", "spelling", "surname", "initials", "inflected")
NOUN = {"person": ("person", "people"), "body": ("body", "bodies"), "post": ("post", "posts")}
# Candidates named by a "did you mean": Jaro-Winkler similarity of the folded forms of at
# least this much (on the sample's names, a one- or two-letter slip scores 0.85-0.97 and
# an unrelated name of the same length 0.45-0.65), at most CANDIDATES of them.
CLOSE = 0.75
CANDIDATES = 3
_IRI = re.compile(r"^(https?|urn):\S+$")


class ResolveError(CstoGraphError):
    """A name given for a person, body or post does not name exactly one of them."""


class UnknownNameError(ResolveError):
    """No person (body, post) goes by this name; the message names the closest ones."""

    def __init__(self, message: str, candidates: tuple[str, ...] = ()):
        super().__init__(message)
        self.candidates = candidates


class AmbiguousNameError(ResolveError):
    """Several people (bodies, posts) go by this name; the message lists them."""

    def __init__(self, message: str, matches: tuple[str, ...] = ()):
        super().__init__(message)
        self.matches = matches


def exact_key(name: str) -> str:
    """A name in lower case, its spaces collapsed (NFKC, as JavaScript's ``toLowerCase``).

    >>> exact_key("  Иван   ПЕТРОВ ")
    'иван петров'
    """
    return " ".join(unicodedata.normalize("NFKC", name).lower().split())


def spelling(name: str) -> str:
    """The spelling key of each word of a name, joined by spaces.

    >>> spelling("Sergei Shoigu") == spelling("Сергей Шойгу") == spelling("Sergey Shoygu")
    True
    """
    return " ".join(spelling_key(w) for w in fold(name).split())


def name_keys(name: str, kind: str = "person") -> dict[str, str]:
    """The keys a name is found by, per tier (a post has its whole title's words only).

    >>> name_keys("Kassym-Jomart Tokayev")
    {'exact': 'kassym-jomart tokayev', 'folded': 'kassym jomart tokayev', 'spelling': 'kasim jomart tokaev', 'surname': 'tokaev', 'initials': 'k tokaev'}
    """
    if kind == "post":
        return {"exact": normal(name)}
    keys = {"exact": exact_key(name), "folded": fold(name), "spelling": spelling(name)}
    parts = name_parts(name)
    if kind == "person" and len(parts) >= 2:
        keys["surname"] = spelling_key(parts[-1])
        keys["initials"] = f"{parts[0][0]} {spelling_key(parts[-1])}"
    return {tier: key for tier, key in keys.items() if key}


def query_keys(text: str, kind: str = "person") -> dict[str, str]:
    """The keys a typed name is looked up by: those of :func:`name_keys`, except that
    the surname tier takes one word (the name typed is the surname) and the initials tier
    a first part of one or two letters (an initial: "I.", "Yu."), or a surname followed by
    initials only ("Petrov I.N.").

    >>> query_keys("Shoigu")["surname"] == query_keys("Шойгу")["surname"]
    True
    """
    if kind == "post":
        return {"exact": normal(text)}
    keys = {"exact": exact_key(text), "folded": fold(text), "spelling": spelling(text)}
    parts = name_parts(text)
    if kind == "person" and len(parts) == 1:
        keys["surname"] = spelling_key(text)
    if kind == "person" and len(parts) >= 2 and len(parts[0]) <= 2:  # "I.", "Yu." (Ю.), "Zh." (Ж.)
        keys["initials"] = f"{parts[0][0]} {spelling_key(parts[-1])}"
    elif kind == "person" and len(parts) >= 2 and all(len(p) <= 2 for p in parts[1:]):
        keys["initials"] = f"{parts[1][0]} {spelling_key(parts[0])}"  # "Petrov I.N.", as Russian lists write it
    if CYRILLIC.search(text):
        keys["inflected"] = form_key(text)
    return {tier: key for tier, key in keys.items() if key}


@dataclass(frozen=True)
class Entry:
    """One node of the index: its IRI, kind, canonical name and every name it goes by."""

    iri: str
    kind: str
    label: str
    names: tuple[str, ...]


class NameIndex:
    """People, bodies and posts by every key of every name (see the module's docstring).

    Build it with :meth:`from_rows` (rows of the ``names`` query), :func:`load_index`
    (a built folder) or :meth:`from_graph` (an rdflib graph).
    """

    def __init__(self, entries: list[Entry]):
        self.entries = {e.iri: e for e in entries}
        self._bodies = None  # lemmas of the bodies' Cyrillic names, on first use (see _russian)
        self._inflected_done = False  # the case forms of Cyrillic names, on first use
        self._ids = defaultdict(set)
        self._keys: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for entry in entries:
            self._ids[entry.iri.rstrip("/").rsplit("/", 1)[-1]].add(entry.iri)
            for name in entry.names:
                for tier, key in name_keys(name, entry.kind).items():
                    self._keys[(entry.kind, tier)][key].add(entry.iri)

    @classmethod
    def from_rows(cls, rows) -> "NameIndex":
        """An index from ``(iri, kind, name, label)`` rows, as the ``names`` query gives them."""
        names: dict[tuple[str, str], list[str]] = defaultdict(list)
        labels = {}
        for iri, kind, name, label in rows:
            names[(iri, kind)].append(str(name))
            labels[(iri, kind)] = str(label)
        return cls([Entry(iri, kind, labels[(iri, kind)], tuple(sorted(set(n))))
                    for (iri, kind), n in sorted(names.items())])

    @classmethod
    def from_graph(cls, graph) -> "NameIndex":
        """An index of an rdflib graph: the rows the ``names`` query gives, read from the
        triples directly (the query through rdflib takes a second on 60,000 triples)."""
        from rdflib import RDF
        from rdflib.namespace import SKOS

        from .rdf import CSTO, ORG, SCHEMA

        def rows(cls_, kind, label_prop, name_props):
            for node in set(graph.subjects(RDF.type, cls_)):
                label = graph.value(node, label_prop)
                if label is None:
                    continue
                for prop in name_props:
                    for name in graph.objects(node, prop):
                        yield str(node), kind, str(name), str(label)

        return cls.from_rows([*rows(SCHEMA.Person, "person", SCHEMA.name, (SCHEMA.name, SCHEMA.alternateName)),
                              *rows(ORG.Organization, "body", SKOS.prefLabel, (SKOS.prefLabel, SKOS.altLabel)),
                              *rows(CSTO.Position, "post", SKOS.prefLabel, (CSTO.postKey,))])

    def __len__(self) -> int:
        return len(self.entries)

    def label(self, iri: str) -> str:
        return self.entries[iri].label

    def keys_of(self, iri: str) -> dict[str, list[str]]:
        """Every key of a node, per tier (what the graph page ships for its search box)."""
        entry = self.entries[iri]
        found: dict[str, set[str]] = defaultdict(set)
        for name in entry.names:
            for tier, key in name_keys(name, entry.kind).items():
                found[tier].add(key)
            found["inflected"] |= case_forms(name, entry.kind)
        return {tier: sorted(found[tier]) for tier in TIERS if found.get(tier)}

    def matches(self, text: str, kinds=("person",)) -> list[str]:
        """The IRIs the first tier that finds anyone finds (sorted; empty if none does)."""
        kinds = tuple(kinds)
        text = str(text).strip()
        if text in self.entries and self.entries[text].kind in kinds:
            return [text]
        by_id = sorted(i for i in self._ids.get(text, ()) if self.entries[i].kind in kinds)
        if by_id:
            return by_id
        found = self._by_keys(text, kinds)
        if not found and CYRILLIC.search(text):
            found = self._russian(text, kinds)
        if found:
            return found
        if "person" in kinds and len(name_parts(text)) >= 2:
            return sorted(e.iri for e in self.entries.values()
                          if e.kind == "person" and any(same_person(text, n) for n in e.names))
        return []

    def _inflect(self) -> None:
        """Index the case forms of every Cyrillic name of a person or body (once)."""
        if self._inflected_done:
            return
        for entry in self.entries.values():
            for name in entry.names:
                for key in case_forms(name, entry.kind):
                    self._keys[(entry.kind, "inflected")][key].add(entry.iri)
        self._inflected_done = True

    def _by_keys(self, text: str, kinds, tiers=TIERS) -> list[str]:
        """The IRIs the first of ``tiers`` that finds anyone finds (tiers 2-7)."""
        for tier in tiers:
            if tier == "inflected" and CYRILLIC.search(text):
                self._inflect()
            found = set()
            for kind in kinds:
                key = query_keys(text, kind).get(tier)
                if key:
                    found |= self._keys[(kind, tier)].get(key, set())
            if found:
                return sorted(found)
        return []

    def _russian(self, text: str, kinds) -> list[str]:
        """A Russian name or title in any case form, looked up as the graph stores it.

        A person's name is put in the nominative as the Russian reader does
        (:func:`~csto_graph.extract.ru.names.nominative`: "Владимиру Путину" is "Владимир
        Путин"); a body's name is compared by the lemmas of its words with the bodies'
        Cyrillic names ("Совета министров обороны" is "Совет министров обороны"); a post's
        title is the English post ``ontology/ru/posts.yaml`` gives it ("генеральным
        секретарём" is "Secretary General").
        """
        found: set[str] = set()
        if "person" in kinds:
            from ..extract.ru.names import nominative

            said = nominative(text).text
            if said != text:  # not the case forms again: "Петровой" is no genitive "Петрова" of a man
                found |= set(self._by_keys(said, ("person",), tuple(t for t in TIERS if t != "inflected")))
        if "body" in kinds:
            found |= self._body_lemmas().get(_lemmas(text), set())
        if "post" in kinds:
            english = russian_post(text)
            if english:
                found |= set(self._by_keys(english, ("post",)))
        return sorted(found)

    def _body_lemmas(self) -> dict[tuple[str, ...], set[str]]:
        """The lemmas of every Cyrillic name of a body -> the bodies (computed on first use)."""
        if self._bodies is None:
            table: dict[tuple[str, ...], set[str]] = defaultdict(set)
            for entry in self.entries.values():
                if entry.kind == "body":
                    for name in entry.names:
                        if CYRILLIC.search(name):
                            table[_lemmas(name)].add(entry.iri)
            self._bodies = dict(table)
        return self._bodies

    def post_title(self, text: str) -> str:
        """The title to match a post by: ``text`` itself, or the English post a Russian
        title stands for; :class:`UnknownNameError` if neither names a post of the graph."""
        if self._by_keys(text, ("post",)):
            return text
        self.resolve_all(text, ("post",))  # raises with the closest titles unless a Russian one
        return russian_post(text) or text

    def resolve(self, text: str, kinds=("person",)) -> str:
        """The one IRI ``text`` names, else :class:`UnknownNameError` or :class:`AmbiguousNameError`."""
        found = self.resolve_all(text, kinds)
        if len(found) > 1:
            names = ", ".join(self._shown(found))
            found_kinds = [k for k in kinds if any(self.entries[i].kind == k for i in found)]
            raise AmbiguousNameError(f"{text!r} names {len(found)} {self._noun(found_kinds, plural=True)}: {names}; "
                                     "give the full name or the IRI", tuple(found))
        return found[0]

    def resolve_all(self, text: str, kinds=("person",)) -> list[str]:
        """Every IRI ``text`` names (at least one), else :class:`UnknownNameError`."""
        kinds = tuple(kinds)
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise ValueError(f"unknown kind {unknown[0]!r}; use {', '.join(KINDS)}")
        found = self.matches(text, kinds)
        if found:
            return found
        close = self.closest(text, kinds)
        noun = self._noun(kinds)
        hint = f": did you mean {_or(close)}?" if close else \
            f" (the graph has {sum(e.kind in kinds for e in self.entries.values())} {self._noun(kinds, plural=True)})"
        raise UnknownNameError(f"no {noun} matches {str(text)!r}{hint}", tuple(close))

    def closest(self, text: str, kinds=("person",), limit: int = CANDIDATES) -> list[str]:
        """The canonical names closest to ``text`` (folded, Jaro-Winkler at least CLOSE)."""
        from rapidfuzz.distance import JaroWinkler

        query = fold(str(text)) if "post" not in kinds else normal(str(text))
        scored: dict[str, float] = {}
        for entry in self.entries.values():
            if entry.kind not in kinds:
                continue
            forms = [normal(n) for n in entry.names] if entry.kind == "post" else \
                [f for n in entry.names for f in (fold(n), *(name_parts(n)[-1:] if entry.kind == "person" else ()))]
            # a surname alone is close to a person; a body's last word is a common noun ("ministry"), and
            # Jaro-Winkler rewards a shared start: "minsk" is not close to "ministry of foreign affairs of ..."
            if entry.kind != "person":
                forms = [f for f in forms if len(f) <= 2 * len(query) and len(query) <= 2 * len(f)]
            score = max((JaroWinkler.similarity(query, f) for f in forms if f), default=0.0)
            if score >= CLOSE:
                scored[entry.label] = max(score, scored.get(entry.label, 0.0))
        return [name for name, _ in sorted(scored.items(), key=lambda x: (-x[1], x[0]))[:limit]]

    def _shown(self, iris) -> list[str]:
        labels = [self.entries[i].label for i in iris]
        return [f"{label} <{iri}>" if labels.count(label) > 1 else label for label, iri in zip(labels, iris)]

    @staticmethod
    def _noun(kinds, plural: bool = False) -> str:
        return " or ".join(NOUN[k][plural] for k in kinds)


def _lemmas(text: str) -> tuple[str, ...]:
    """The lemmas of a Russian phrase's words, ``ё`` read as ``е``."""
    from ..extract.ru.vocab import phrase_lemmas

    return tuple(w.lower().replace("ё", "е") for w in phrase_lemmas(text))


def russian_post(text: str) -> str | None:
    """The English post a Russian title stands for, in any case form (``ontology/ru/posts.yaml``),
    with the body or state written after it ("министр обороны России": "Defense Minister of
    Russian Federation", as the English query takes it).

    >>> russian_post("Генеральным секретарём"), russian_post("министр обороны"), russian_post("Шойгу")
    ('Secretary General', 'Defense Minister', None)
    """
    from ..extract.ru.vocab import find, tokens, vocabulary
    from ..vocab.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    vocab = vocabulary(gaz)
    toks = tokens(text)
    post = vocab.posts.get(tuple(t.lemma for t in toks))
    if post is not None:
        return None if post.of_state else post.en
    found = find(toks, {**vocab.orgs, **vocab.posts}, vocab.longest)
    if len(found) != 2 or found[0].first != 0 or found[1].last != len(toks) or found[0].last != found[1].first:
        return None
    post, body = found[0].value, found[1].value
    entry = gaz.entries.get(getattr(body, "id", None))
    if not hasattr(post, "en") or entry is None or (post.of_state and entry.kind != "state"):
        return None
    return f"{post.en} of {entry.name}"


def _or(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


_CACHE: dict[Path, tuple[object, NameIndex]] = {}
_LOCK = threading.Lock()


def load_index(out) -> NameIndex:
    """The name index of a built folder (read once per build, with the ``names`` query)."""
    from .query import run_query
    from .store import cached_store

    store = cached_store(out)
    key = Path(out).resolve()
    with _LOCK:
        known = _CACHE.get(key)
        if known is not None and known[0] is store:
            return known[1]
    index = NameIndex.from_rows(run_query(str(out), "names").rows)
    with _LOCK:
        _CACHE[key] = (store, index)
    return index


def resolve(out, text: str, kinds=("person",)) -> str:
    """The one IRI that ``text`` names in the graph built in ``out`` (see :class:`NameIndex`)."""
    return load_index(out).resolve(text, kinds)
