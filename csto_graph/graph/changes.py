"""What a build changed: people, organizations and events added, removed and merged.

Two builds are compared by their ``graph.nt``. An entity is its IRI with its label; one
that is gone is **merged** into an entity of the new graph that now carries its identity
(for people and organizations one of its names, as label or alias; for events one of the
articles that reported it), else **removed**. A renamed entity (new canonical name, so new
IRI) shows as merged into its new IRI.

>>> old = b'<x:a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .\\n' \\
...       b'<x:a> <http://www.w3.org/2000/01/rdf-schema#label> "Ivan Petrof" .\\n'
>>> new = old.replace(b"x:a", b"x:b").replace(b"Petrof", b"Petrov") \\
...       + b'<x:b> <https://schema.org/alternateName> "Ivan Petrof" .\\n'
>>> diff_graphs(old, new).summary()
'changes since the last build: people +1 -0 (1 merged), organizations +0 -0, events +0 -0'
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rdflib import RDF, RDFS
from rdflib.namespace import SKOS

from .rdf import CSTO, ORG, SCHEMA

RDF_TYPE = str(RDF.type)
LABEL = str(RDFS.label)
KINDS = {str(SCHEMA.Person): "people", str(ORG.Organization): "organizations", str(SCHEMA.Event): "events"}
# what identifies an entity beyond its IRI: its names, or for events the articles reporting it
IDENTITY = {str(SCHEMA.alternateName): "name", str(SKOS.altLabel): "name", LABEL: "name",
            str(CSTO.reportedIn): "report"}
_LINES = re.compile(rb"^<[^>]*> <(?:%s)> .*$" % b"|".join(re.escape(p.encode()) for p in (RDF_TYPE, *IDENTITY)),
                    re.MULTILINE)
_KIND_LINES = re.compile(rb"^<[^>]*> <(?:%s)> .*$" % b"|".join(re.escape(p.encode()) for p in (RDF_TYPE, LABEL)),
                         re.MULTILINE)  # kinds and labels only: what a first build lists


@dataclass(frozen=True)
class Entity:
    iri: str
    kind: str  # people, organizations, events
    label: str
    keys: frozenset[str]  # "name:ivan petrov", "report:https://.../article/a1"


@dataclass(frozen=True)
class Change:
    iri: str
    label: str
    into: str | None = None  # merged: the entity of the new graph it went into
    into_label: str | None = None

    def to_json(self) -> dict:
        out = {"iri": self.iri, "label": self.label}
        if self.into is not None:
            out |= {"into": self.into, "into_label": self.into_label}
        return out


@dataclass(frozen=True)
class KindChanges:
    added: tuple[Change, ...] = ()
    removed: tuple[Change, ...] = ()
    merged: tuple[Change, ...] = ()


@dataclass(frozen=True)
class Changes:
    previous: bool  # False: there was no earlier graph, everything is added
    kinds: dict[str, KindChanges]

    def summary(self) -> str:
        if not self.previous:
            counts = ", ".join(f"{len(self.kinds[k].added)} {k}" for k in KINDS.values())
            return f"changes: first build ({counts})"
        parts = []
        for kind in KINDS.values():
            c = self.kinds[kind]
            merged = f" ({len(c.merged)} merged)" if c.merged else ""
            parts.append(f"{kind} +{len(c.added)} -{len(c.removed)}{merged}")
        return "changes since the last build: " + ", ".join(parts)

    def to_json(self) -> dict:
        return {"previous": self.previous,
                **{kind: {"added": [c.to_json() for c in ch.added], "removed": [c.to_json() for c in ch.removed],
                          "merged": [c.to_json() for c in ch.merged]} for kind, ch in self.kinds.items()}}


def entities(ntriples: bytes, keys_too: bool = True) -> dict[str, Entity]:
    """People, organizations and events of a sorted N-Triples graph, by IRI (with
    ``keys_too`` False, without their keys: a first build has nothing to match them with)."""
    from pyoxigraph import Literal, RdfFormat, parse

    lines = b"\n".join((_LINES if keys_too else _KIND_LINES).findall(ntriples))
    kinds: dict[str, str] = {}
    labels: dict[str, str] = {}
    keys: dict[str, set[str]] = defaultdict(set)
    for triple in parse(lines + b"\n", format=RdfFormat.N_TRIPLES):
        subject, predicate, obj = triple.subject.value, triple.predicate.value, triple.object
        if predicate == RDF_TYPE:
            if obj.value in KINDS:
                kinds[subject] = KINDS[obj.value]
            continue
        if predicate == LABEL:
            labels[subject] = obj.value
        if IDENTITY[predicate] == "name" and isinstance(obj, Literal):
            keys[subject].add("name:" + " ".join(obj.value.casefold().split()))
        elif IDENTITY[predicate] == "report":
            keys[subject].add("report:" + obj.value)
    return {iri: Entity(iri, kind, labels.get(iri, iri), frozenset(keys[iri])) for iri, kind in kinds.items()}


def diff_graphs(old: bytes | None, new: bytes) -> Changes:
    """The changes from the graph ``old`` (None: no earlier build) to ``new``."""
    if old == new:
        return Changes(True, {kind: KindChanges() for kind in KINDS.values()})
    after = entities(new, keys_too=old is not None)
    before = entities(old) if old is not None else {}
    by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in after.values():
        for key in e.keys:
            by_key[(e.kind, key)].add(e.iri)
    kinds: dict[str, KindChanges] = {}
    for kind in KINDS.values():
        added = [Change(e.iri, e.label) for iri, e in sorted(after.items()) if e.kind == kind and iri not in before]
        removed, merged = [], []
        for iri, e in sorted(before.items()):
            if e.kind != kind or iri in after:
                continue
            hits: dict[str, int] = defaultdict(int)
            for key in e.keys:
                for target in by_key[(kind, key)]:
                    hits[target] += 1
            if hits:
                into = min(hits, key=lambda t: (-hits[t], t))
                merged.append(Change(iri, e.label, into, after[into].label))
            else:
                removed.append(Change(iri, e.label))
        kinds[kind] = KindChanges(tuple(added), tuple(removed), tuple(merged))
    return Changes(old is not None, kinds)
