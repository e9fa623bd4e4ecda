"""Linking stage, events: the same event told by several articles becomes one.

An :class:`EventDraft` is what the linker knows of one event so far (its parts, articles
and sentences); :func:`same_event` says whether a newly found one retells it. A draft
becomes a :class:`~csto_graph.models.Event` at the end and is saved as an
:class:`~csto_graph.link.state.EventRecord`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import StateError
from ..models import Evidence
from ..vocab.gazetteer import load_gazetteer
from ..vocab.resources import load_yaml
from .evidence import Trail
from .state import EventRecord, PartRecord

@dataclass(eq=False)
class PartDraft:
    """A person's part in an event: the roles, and the sentence of the first mention."""

    roles: set[str]
    evidence: Evidence


@dataclass(eq=False)
class EventDraft:
    """An event as the linker gathers it (``id`` and ``base`` once it is numbered)."""

    type: str
    date: str | None
    end: str | None
    place: str | None
    body: str | None
    online: bool
    parts: dict[str, PartDraft]  # person id -> part
    articles: set[str]
    evidence: Trail
    id: str | None = None
    base: str | None = None

    def absorb(self, other: "EventDraft") -> None:
        """Take what a retelling of the event adds."""
        self.articles |= other.articles
        self.evidence.add(other.evidence.items)
        self.online = self.online or other.online
        self.place = self.place or other.place
        self.end = self.end or other.end
        self.body = self.body or other.body
        for pid, part in other.parts.items():
            self.parts.setdefault(pid, PartDraft(set(), part.evidence)).roles |= part.roles

    def to_record(self) -> EventRecord:
        parts = tuple((pid, PartRecord(tuple(sorted(p.roles)), p.evidence)) for pid, p in self.parts.items())
        return EventRecord(self.type, self.date, self.end, self.place, self.body, self.online, parts,
                           tuple(sorted(self.articles)), tuple(self.evidence.items), self.id, self.base)

    @classmethod
    def from_record(cls, rec: EventRecord, ids: frozenset[str]) -> "EventDraft":
        """The draft a record saved; ``ids`` are the people's ids its parts may name."""
        unknown = next((pid for pid, _ in rec.parts if pid not in ids), None)
        if unknown is not None:
            raise StateError(f"a saved event names the unknown person {unknown}")
        parts = {pid: PartDraft(set(p.roles), p.evidence) for pid, p in rec.parts}
        numbered = rec.id is not None
        return cls(rec.type, rec.date, rec.end, rec.place, rec.body, rec.online, parts, set(rec.articles),
                   Trail(rec.evidence), rec.id, rec.base if numbered else None)


@lru_cache(maxsize=1)
def _encounters() -> frozenset[str]:
    """Event types that tell one encounter of people (``events.yaml``)."""
    return frozenset(load_yaml("events.yaml")["encounters"])


@lru_cache(maxsize=1)
def _one_sitting() -> frozenset[str]:
    """Event types that, for one body on one day, name one sitting (``events.yaml``)."""
    return frozenset(load_yaml("events.yaml").get("one_sitting", ()))


def _parent_and_body(a: str, b: str) -> bool:
    """One body is the other's parent: "the CSTO summit" and "the session of its Collective
    Security Council" on one day are one sitting."""
    entries = load_gazetteer().entries
    return any(x in entries and entries[x].parent == y and entries[x].kind == "body" for x, y in ((a, b), (b, a)))


def same_event(a: EventDraft, b: EventDraft) -> bool:
    """One event told twice: same date, compatible type, and the same body, or (when a
    body is missing on either side) mostly the same people (Jaccard > 0.5).

    A side meeting of two ministers on the day of their council's meeting stays apart
    from the meeting: its two people are a quarter of the council's eight.
    """
    if a.date is None or a.date != b.date:
        return False
    types = {a.type, b.type}
    if a.type != b.type and not types <= _encounters() | _one_sitting():
        return False  # sessions and meetings pass here only to be compared by their body below
    if not (a.body and b.body) and a.type != b.type and not types <= _encounters():
        return False
    if a.body and b.body:
        sitting = a.type == b.type or types <= _one_sitting()
        return sitting and (a.body == b.body or _parent_and_body(a.body, b.body))
    pa, pb = set(a.parts), set(b.parts)
    return bool(pa | pb) and len(pa & pb) / len(pa | pb) > 0.5
