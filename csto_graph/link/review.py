"""The review queue: what the linker left for a curator, written by every build.

Two kinds of item, each with its evidence (sentences and articles):

- **unresolved**: a name the linker could not give to a person (no one fits, or several
  do), grouped by name, with the people it could be;
- **near miss**: two people or two bodies one step of one feature short of merging
  (:meth:`~csto_graph.link.matching.NameMatch.one_short` for people, :func:`bag_score`
  for bodies), with the features that kept them apart.

Items are ranked by how many facts they touch (posts, event participations, mentions),
most first. A pair a curator decided (``same``, ``different``, ``alias`` in the curation
file) is no longer listed: after ``same`` or ``alias`` the next build merges it, after
``different`` it stays apart. The queue is JSON in ``OUT/review.json``
(:data:`REVIEW_FILE`), computed from the built graph, so a full and an incremental build
write the same queue.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

from .curation import Curation
from .matching import (NONE, Score, compare_names, first_name_matches, fold, name_parts, near_word, same_person,
                       same_word, spelling_key, surname_matches)
from ..corpus.language import CYRILLIC
from ..errors import CstoGraphError

REVIEW_FILE = "review.json"
REVIEW_VERSION = 1
EVIDENCE = 3  # sentences shown per side of an item
_QUERIES = Path(__file__).with_name("queries")
_INITIAL = re.compile(r"^[A-Z]\. ")


class ReviewError(CstoGraphError):
    """The review queue cannot be read (no build, or a build without one)."""


@dataclass(frozen=True)
class Sentence:
    """A sentence behind an item: its text and where it was read."""

    text: str
    article: str
    path: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A mention no person took: its name, where it is, and the facts it carried."""

    name: str
    text: str
    form: str  # "surname", "address" (first name and patronymic), "initial" or "name"
    evidence: Sentence
    facts: int  # 1 (the mention) + its posts + its event participations


# --------------------------------------------------------------------------- mentions


def unplaced_mentions(unplaced, articles, extractions, first: int = 0) -> list[Mention]:
    """The mentions the linker recorded as unplaced (``Linker.unplaced``: article and mention
    indices, articles counted from ``first``), with their sentences."""
    out = []
    for a, k in unplaced:
        article, ex = articles[a - first], extractions[a - first]
        m = ex.people[k]
        roles = sum(1 for ev in ex.events for p in ev.participants if p.person == k)
        out.append(Mention(m.name, m.text, _form(m), _sentence(article, ex, m), 1 + len(m.posts) + roles))
    return out


def _form(m) -> str:
    if m.address_form:
        return "address"
    if len(name_parts(m.name)) == 1:
        return "surname"
    return "initial" if _INITIAL.match(m.name) else "name"


def _sentence(article, ex, m) -> Sentence:
    if ex.is_caption(m.sentence):  # a caption's mention: offsets in the source file already
        return Sentence(m.text, article.id, article.sources[0].path, m.start, m.end)
    sent = ex.line(m.sentence)
    path, start, end = article.to_source(sent.start, sent.end)
    return Sentence(sent.text, article.id, path, start, end)


def mentions_to_json(mentions: list[Mention]) -> list[dict]:
    return [asdict(m) for m in mentions]


def mentions_from_json(rows: list[dict]) -> list[Mention]:
    return [Mention(r["name"], r["text"], r["form"], Sentence(**r["evidence"]), int(r["facts"])) for r in rows]


# --------------------------------------------------------------------------- the graph's side


@dataclass(frozen=True)
class Entity:
    """A person or a body of the built graph, as the queue needs it."""

    iri: str
    name: str
    aliases: tuple[str, ...]
    facts: int  # posts and event participations (for a body: posts held in it, events it held)
    evidence: tuple[Sentence, ...]
    kind: str = "person"


def _rows(store, name: str) -> list[dict]:
    from ..graph.query import PREFIXES

    text = (_QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    answer = store.query(PREFIXES + text)
    columns = [v.value for v in answer.variables]
    return [{c: (s[c].value if s[c] is not None else "") for c in columns} for s in answer]


def read_entities(store) -> tuple[list[Entity], list[Entity]]:
    """The people and the bodies of a store (pyoxigraph), with their facts and first sentences."""
    evidence: dict[str, list[Sentence]] = defaultdict(list)
    for r in _rows(store, "review-evidence"):
        evidence[r["subject"]].append(Sentence(r["sentence"], r["article"].rsplit("/", 1)[-1], r["file"],
                                               int(r["start"]), int(r["end"])))
    ev = {k: tuple(sorted(v, key=lambda s: (s.path, s.start))[:EVIDENCE]) for k, v in evidence.items()}

    def entity(r: dict, kind: str) -> Entity:
        aliases = tuple(sorted(a for a in r["aliases"].split("|") if a))
        return Entity(r["iri"], r["name"], aliases, int(r["posts"] or 0) + int(r["events"] or 0),
                      ev.get(r["iri"], ()), kind)

    people = [entity(r, "person") for r in _rows(store, "review-people")]
    bodies = [entity(r, r["kind"]) for r in _rows(store, "review-bodies")]
    return people, bodies


# --------------------------------------------------------------------------- features of bodies


def bag_score(a: tuple[str, ...], b: tuple[str, ...]) -> Score:
    """Two bodies' word bags (:meth:`~csto_graph.vocab.gazetteer.Gazetteer.word_bag`): the
    linker merges equal bags only; ``near`` when one word is added, dropped or spelt
    another way, and two words at least are shared.

    >>> bag_score(("council", "defense", "minister"), ("council", "defense", "deputy", "minister")).near
    True
    >>> bag_score(("council", "minister"), ("assembly", "parliamentary")).detail
    'no word in common'
    """
    sa, sb = set(a), set(b)
    if sa == sb:
        return Score("words", 1.0, "the same words")
    only_a, only_b, shared = sorted(sa - sb), sorted(sb - sa), sa & sb
    if not shared:
        return Score("words", NONE, "no word in common")
    if len(shared) >= 2 and len(only_a) + len(only_b) == 1:
        return Score("words", NONE, f"one word more: {(only_a or only_b)[0]!r}", True)
    if len(shared) >= 2 and len(only_a) == len(only_b) == 1:
        x, y = only_a[0], only_b[0]
        why = near_word(x, y) or ("one spelling" if same_word(x, y) else None)
        if why:
            return Score("words", NONE, f"one word spelt another way ({why})", True)
        return Score("words", NONE, f"one word differs: {x!r} / {y!r}")
    return Score("words", NONE, f"{len(only_a) + len(only_b)} words differ")


def body_decisions(curation: Curation, gaz, unknown_key) -> dict[str, str]:
    """The body keys a curator's ``same`` and ``alias`` decisions send to another body's key.

    A name is keyed as the linker keys it (a gazetteer entry's id, else ``unknown_key``);
    a body of the gazetteer is never sent away (two entries are two bodies by design),
    so ``same`` sends the unknown one to the other (the first named when both are unknown).
    """
    def key(name: str) -> tuple[bool, str]:
        entry = gaz.lookup(name)
        return (True, entry.id) if entry is not None else (False, unknown_key(name))

    moves = [(key(a), key(b)) for a, b in curation.same_names]
    moves += [(key(form), key(target)) for form, target in curation.alias_names]
    out: dict[str, str] = {}
    for form, target in curation.alias_names:  # the linker keys an aliased body by the name it is given
        known, target_key = key(target)
        if not key(form)[0] and target != target_key:
            out[target] = target_key
    for (known_a, a), (known_b, b) in moves:
        if a == b or (known_a and known_b):
            continue
        src, dst = (b, a) if known_a else (a, b)
        out.setdefault(src, dst)
    for src in list(out):  # a chain of decisions ends at its last body
        seen = {src}
        while out[src] in out and out[out[src]] not in seen:
            seen.add(out[src])
            out[src] = out[out[src]]
    return out


# --------------------------------------------------------------------------- the queue


def _full_names(e: Entity) -> list[str]:
    """The names of a person the linker compares: full names in Latin letters."""
    names = [e.name, *e.aliases]
    return [n for n in dict.fromkeys(names)
            if not CYRILLIC.search(n) and len(name_parts(n)) >= 2 and not _INITIAL.match(n)]


def _letters(names: list[str]) -> set[str]:
    """Blocking keys: a near miss shares the first letter of its surname or its given name."""
    keys = set()
    for n in names:
        parts = name_parts(n)
        keys |= {"s" + spelling_key(parts[-1])[:1], "g" + spelling_key(parts[0])[:1]}
    return keys


def _side(e: Entity) -> dict:
    return {"iri": e.iri, "name": e.name, "facts": e.facts, "evidence": [asdict(s) for s in e.evidence]}


def person_near_misses(people: list[Entity], curation: Curation) -> list[dict]:
    """Pairs of people one feature short of merging (best pair of their names), unless a
    curator decided them."""
    names = {p.iri: _full_names(p) for p in people}
    block: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(people):
        for key in _letters(names[p.iri]):
            block[key].append(i)
    pairs = sorted({(i, j) for ids in block.values() for x, i in enumerate(ids) for j in ids[x + 1:]})
    out = []
    for i, j in pairs:
        a, b = people[i], people[j]
        if decided(curation, [a.name, *names[a.iri]], [b.name, *names[b.iri]]):
            continue
        found = [(na, nb, compare_names(na, nb)) for na in names[a.iri] for nb in names[b.iri]]
        short = [(na, nb, m) for na, nb, m in found if m.one_short]
        if short and not any(m.merge for _, _, m in found):
            na, nb, m = short[0]
            out.append({"kind": "near-miss", "type": "person", "a": _side(a), "b": _side(b), "names": [na, nb],
                        "features": [asdict(s) for s in m.scores], "why": m.explain(),
                        "facts": a.facts + b.facts})
    return out


def body_near_misses(bodies: list[Entity], curation: Curation, gaz) -> list[dict]:
    """Pairs of bodies (one at least unknown to the gazetteer) whose word bags differ by one word."""
    bags = {}
    for body in bodies:
        if body.kind == "state":
            continue
        key = body.iri.rsplit("/", 1)[-1]
        forms = [body.name] + ([a for a in body.aliases if not a.isupper()] if key in gaz.entries else [])
        bags[body.iri] = (key in gaz.entries, {bag for bag in map(gaz.word_bag, forms) if len(bag) >= 2})
    kept = [b for b in bodies if b.iri in bags]
    out = []
    for x, a in enumerate(kept):
        for b in kept[x + 1:]:
            (known_a, bags_a), (known_b, bags_b) = bags[a.iri], bags[b.iri]
            if (known_a and known_b) or decided(curation, [a.name, *a.aliases], [b.name, *b.aliases]):
                continue
            near = next((s for ba in sorted(bags_a) for bb in sorted(bags_b) for s in [bag_score(ba, bb)]
                         if s.near), None)
            if near is not None:
                out.append({"kind": "near-miss", "type": "body", "a": _side(a), "b": _side(b),
                            "names": [a.name, b.name], "features": [asdict(near)], "why": near.detail,
                            "facts": a.facts + b.facts})
    return out


def decided(curation: Curation, names_a: list[str], names_b: list[str]) -> bool:
    """Whether a curator decided (same or different) a name of one side with a name of the other."""
    return any(curation.different(x, y) or curation.same(x, y) for x in names_a for y in names_b)


def _candidates(mention: Mention, people: list[Entity]) -> list[str]:
    """The people an unresolved mention could be (the linker's tests, over the whole graph)."""
    test = {"surname": surname_matches, "address": first_name_matches}.get(mention.form, same_person)
    word = mention.name.split()[0] if mention.form == "address" else mention.name
    return sorted({p.name for p in people if any(test(word, n) for n in _full_names(p))})


def unresolved_items(mentions: list[Mention], people: list[Entity], curation: Curation) -> list[dict]:
    """The unplaced mentions grouped by name, with the people they could be; a name a curator
    gave an alias to is no longer listed."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[fold(m.name)].append(m)
    out = []
    for key, group in sorted(by_name.items()):
        name = group[0].name
        if curation.canonical(name) != name:
            continue
        fits = _candidates(group[0], people)
        why = f"{len(fits)} people fit" if len(fits) > 1 else "1 person fits now" if fits else "no person fits"
        out.append({"kind": "unresolved", "type": "person", "name": name,
                    "forms": sorted({m.text for m in group}), "candidates": fits, "why": why,
                    "mentions": len(group), "facts": sum(m.facts for m in group),
                    "evidence": [asdict(m.evidence) for m in sorted(group, key=lambda m: (m.evidence.path,
                                                                                          m.evidence.start))
                                 ][:EVIDENCE]})
    return out


def _rank(item: dict) -> tuple:
    return (-item["facts"], item["kind"], item.get("name") or item["names"][0], item.get("names", [""])[-1])


def review_queue(store, mentions: list[Mention], curation: Curation, gaz) -> dict:
    """The queue of a built graph (pyoxigraph store) and its unplaced mentions, ranked."""
    people, bodies = read_entities(store)
    items = [*unresolved_items(mentions, people, curation), *person_near_misses(people, curation),
             *body_near_misses(bodies, curation, gaz)]
    items.sort(key=_rank)
    known = sorted({n for e in (*people, *bodies) for n in (e.name, *e.aliases)})
    return {"version": REVIEW_VERSION, "items": items, "names": known, "mentions": mentions_to_json(mentions)}


def write_review(folder: Path, mentions: list[Mention], curation: Curation, gaz,
                 curation_file: str | Path | None = None) -> None:
    """Write ``folder/review.json`` from the store in ``folder`` (a build's folder being filled);
    ``curation_file`` is the file the build read (the one ``decide`` writes to)."""
    from pyoxigraph import Store

    from ..graph.store import STORE_DIR
    from .curation import curation_path

    store = Store.read_only(str(folder / STORE_DIR))
    try:
        queue = review_queue(store, mentions, curation, gaz)
    finally:
        del store
    queue["curation"] = str(curation_path(curation_file).resolve())
    (folder / REVIEW_FILE).write_text(json.dumps(queue, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def read_review(out) -> dict:
    """The queue a build wrote into ``out``."""
    path = Path(out) / REVIEW_FILE
    if not Path(out).is_dir():
        raise ReviewError(f"{out} is not a built folder (run `csto-graph build ... --out {out}`)")
    if not path.is_file():
        raise ReviewError(f"{out} holds no review queue (build it again with this version)")
    try:
        queue = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReviewError(f"{path} is not a review queue: {exc}") from None
    if not isinstance(queue, dict) or queue.get("version") != REVIEW_VERSION:
        raise ReviewError(f"{path} is a review queue of another version")
    return queue


def previous_mentions(out) -> list[Mention]:
    """The unplaced mentions saved by the build in ``out`` (an incremental build adds to them)."""
    return mentions_from_json(read_review(out)["mentions"])
