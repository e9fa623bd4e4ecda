"""The :class:`~csto_graph.link.linker.Linker`'s state as plain, typed data.

A build saves the linker so that the next one can link only the articles added at the end
of the corpus (:mod:`csto_graph.pipeline.incremental`). What is saved is exactly the
dataclasses below, written and read as JSON by :mod:`csto_graph.codec`: sets become
sorted tuples, counters and ordered mappings tuples of pairs (their order kept: it breaks
ties), so the state is data a damaged or hostile file cannot turn into code.
``Linker.to_state`` and ``Linker.from_state`` convert; a state of another
:data:`STATE_VERSION` is refused.

The posts (occupancies) and the events by date are saved apart, one record per key
(:class:`OccupancyRecord`, a tuple of :class:`EventRecord` per date), so that a build reads
only those its new articles touch.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..models import Evidence

STATE_VERSION = 4  # bump when the shape of the saved state, or its meaning, changes
# 2: a person keeps which names were only transliterated (version 1 lost it, and a person
#    named both ways could take the transliteration as its name after a reload)
# 3: the bodies keep the forms of known organizations named inside longer bodies' names
# 4: a person keeps the ids of its occupancies (a head beside a longer post is hidden)

Counts = tuple[tuple[str, int], ...]  # a Counter, in its order


@dataclass(frozen=True)
class ClusterState:
    """One person being clustered (``linker._Cluster``, converted by the linker)."""

    names: Counts
    forms: tuple[str, ...]
    countries: Counts
    ranks: tuple[str, ...]
    evidence: tuple[tuple[tuple[int, int], Evidence], ...]  # ((article, mention), evidence)
    transliterated: tuple[str, ...] = ()  # names read from Cyrillic
    written: tuple[str, ...] = ()  # names an article wrote in Latin letters
    posts: tuple[str, ...] = ()  # the ids of the person's occupancies


@dataclass(frozen=True)
class OrgsState:
    """The bodies seen so far (:class:`~csto_graph.link.orgs.Orgs`), by key."""

    forms: tuple[tuple[str, tuple[str, ...]], ...]
    names: tuple[tuple[str, Counts], ...]
    evidence: tuple[tuple[str, tuple[Evidence, ...]], ...]
    outside_titles: tuple[str, ...]
    inside: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a known organization's forms inside longer names


@dataclass(frozen=True)
class LinkerState:
    """Everything of a :class:`~csto_graph.link.linker.Linker` but its gazetteer, curation,
    occupancies and events by date."""

    version: int
    n_articles: int
    clusters: tuple[ClusterState, ...]
    ids: tuple[str, ...]  # per cluster
    id_bases: Counts
    placed: tuple[tuple[str, int], ...]  # a full name -> its cluster
    first_seen: tuple[tuple[str, tuple[int, int, int]], ...]  # a full name -> where the full pass met it
    rank: tuple[tuple[int, tuple[int, ...]], ...]  # per cluster: (1, first_seen order) or (2, (article, mention))
    probes: tuple[tuple[str, str], ...]
    orgs: OrgsState
    base_count: Counts
    places: tuple[str, ...]
    counts: tuple[int, int, int]  # people, organizations, events


@dataclass(frozen=True)
class OccupancyRecord:
    """A post held, as the linker gathers it (dates and evidence so far)."""

    person: str
    post: str
    org: str | None
    dates: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class PartRecord:
    """A person's part in an event record."""

    roles: tuple[str, ...]
    evidence: Evidence


@dataclass(frozen=True)
class EventRecord:
    """An event as the linker gathers it, before it is an :class:`~csto_graph.models.Event`."""

    type: str
    date: str | None
    end: str | None
    place: str | None
    body: str | None
    online: bool
    parts: tuple[tuple[str, PartRecord], ...]  # person id -> part
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    id: str | None = None  # set once the event is numbered
    base: str | None = None


DayRecords = tuple[EventRecord, ...]
