"""Linking stage, events: the same event told by several articles becomes one.

An :class:`EventDraft` is what the linker knows of one event so far (its parts, articles
and sentences); :func:`same_event` says whether a newly found one retells it. A draft
becomes a :class:`~csto_graph.models.Event` at the end and is saved as an
:class:`~csto_graph.link.state.EventRecord`.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..corpus.dates import find_dates
from ..errors import StateError
from ..models import Evidence
from ..vocab.gazetteer import load_gazetteer
from ..vocab.event_kinds import encounters, one_sitting, summit_bodies
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
    if a.type != b.type and not types <= encounters() | one_sitting():
        return False  # sessions and meetings pass here only to be compared by their body below
    if not (a.body and b.body) and a.type != b.type and not types <= encounters():
        return False
    if a.body and b.body:
        sitting = a.type == b.type or types <= one_sitting()
        return sitting and (a.body == b.body or _parent_and_body(a.body, b.body) and (
            bool({a.body, b.body} & summit_bodies()) or _share_someone(a, b)))
    pa, pb = set(a.parts), set(b.parts)
    return bool(pa | pb) and len(pa & pb) / len(pa | pb) > 0.5


def _share_someone(a: EventDraft, b: EventDraft) -> bool:
    """The two events name someone in common, or one of them names nobody. An organization's
    session and the session of one of its councils that is no summit body on one day are one
    sitting only so: a summit of the presidents and a joint session of the ministers' councils,
    chaired by a minister the same day, are two."""
    return not a.parts or not b.parts or bool(set(a.parts) & set(b.parts))


def _one_occasion(a: EventDraft, b: EventDraft) -> bool:
    """The kinds and bodies of two events allow them to be one occasion."""
    types = {a.type, b.type}
    if a.type != b.type and not (types <= encounters() or types <= one_sitting()):
        return False
    return not (a.body and b.body) or a.body == b.body or _parent_and_body(a.body, b.body)


def _told_days(ev: EventDraft) -> set[str]:
    """The days ("MM-DD") the event's own sentences name, yearless or not ("On 13 February, ...")."""
    return {d.value[5:] for e in ev.evidence.items for d in find_dates(e.sentence, "2000-01-01")}


def _names_a_day(ev: EventDraft) -> bool:
    """The event's own sentence names a day ("On 13 February, ..."): its year is unknown, not
    its day, so it is no piece of an event of another day."""
    return bool(_told_days(ev))


def join_page_pieces(found: list[EventDraft]) -> list[EventDraft]:
    """``found`` without the undated events that retell the one dated event of their page
    (each absorbed into it).

    A page cut into several items (a headline line, then a dateline that opens the dated
    report, then a paragraph taken for another item) tells one occasion in pieces: an
    undated piece is the dated event's when all its people take part in it, the kinds allow
    one occasion and no other dated event of the page fits. Events of one article are left
    apart (the reader has placed them already).

    >>> from csto_graph.link.evidence import Trail
    >>> from csto_graph.models import Evidence
    >>> def ev(date, people, article):
    ...     return EventDraft("meeting", date, None, None, None, False, {p: PartDraft({"host"}, None)
    ...                       for p in people}, {article}, Trail([Evidence(article, "page.txt", 0, 1, "A.")]))
    >>> dated, piece = ev("2024-05-03", ["x", "y"], "a1"), ev(None, ["x"], "a2")
    >>> join_page_pieces([dated, piece]) == [dated], sorted(dated.articles)
    (True, ['a1', 'a2'])
    """
    found = _join_undated_twins(found)
    by_page: dict[str, list[EventDraft]] = {}
    for ev in found:
        if ev.evidence.items:
            by_page.setdefault(ev.evidence.items[0].path, []).append(ev)
    joined: set[int] = set()
    for events in by_page.values():
        dated = [e for e in events if e.date is not None]
        for ev in events:
            if ev.date is not None or not ev.parts or _names_a_day(ev):
                continue
            twins = [e for e in dated if not e.articles & ev.articles and set(ev.parts) <= set(e.parts)
                     and _one_occasion(ev, e)]
            if len(twins) == 1:
                twins[0].absorb(ev)
                joined.add(id(ev))
    return [ev for ev in found if id(ev) not in joined]


def _join_undated_twins(found: list[EventDraft]) -> list[EventDraft]:
    """``found`` without the undated events that a page tells twice: an undated event whose
    people all take part in an earlier undated event of the same page (or who are all of its
    people), the kinds and
    bodies allowing one occasion (:func:`_one_occasion`) and no two days told for them
    (:func:`_days_agree`), is absorbed into it ("The session opened in the capital ... X
    addressed the session" read as two sessions of X). Nobody meets anyone new: the merged
    event's people are the larger one's.

    >>> from csto_graph.link.evidence import Trail
    >>> from csto_graph.models import Evidence
    >>> def ev(kind, people, article="a1"):
    ...     return EventDraft(kind, None, None, None, None, False, {p: PartDraft({"participant"}, None)
    ...                       for p in people}, {article}, Trail([Evidence(article, "page.txt", 0, 1, "A.")]))
    >>> first, again, other = ev("session", ["x", "y"]), ev("session", ["x"]), ev("session", ["z"])
    >>> _join_undated_twins([first, again, other]) == [first, other]
    True
    >>> len(_join_undated_twins([ev("session", ["x"]), ev("session", ["x"], "a2")]))  # (one page)
    1

    Either way no event is lost that a reference of undated events could count: an undated
    answer counts only against an undated (optional) one, and the merged event is the larger.
    """
    kept: list[EventDraft] = []
    for ev in found:
        twin = None
        if ev.date is None and ev.parts:
            twin = next((k for k in kept if k.date is None and _same_page(k, ev)
                         and (set(ev.parts) <= set(k.parts) or set(k.parts) <= set(ev.parts))
                         and _one_occasion(ev, k) and _days_agree(ev, k)), None)
        if twin is None:
            kept.append(ev)
        else:
            twin.absorb(ev)
    return kept


def _same_page(a: EventDraft, b: EventDraft) -> bool:
    """The two events are told on one page (an article of it, or two items it was cut into)."""
    if a.articles & b.articles:
        return True
    pa = {e.path for e in a.evidence.items}
    return bool(pa) and bool(pa & {e.path for e in b.evidence.items})


def _days_agree(a: EventDraft, b: EventDraft) -> bool:
    """The days the sentences of two undated events name (yearless: "On 13 February, ...")
    are the same, or one of them names none (:func:`_told_days`)."""
    da, db = _told_days(a), _told_days(b)
    return not da or not db or da == db
