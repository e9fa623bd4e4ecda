"""Linking stage, posts: the occupancy of a post by a person, gathered over the articles.

An :class:`OccupancyDraft` is what the linker knows of one occupancy so far (the dates and
sentences that show it); it becomes a :class:`~csto_graph.models.Occupancy` at the end and
is saved as an :class:`~csto_graph.link.state.OccupancyRecord`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..vocab.gazetteer import slug
from .evidence import Trail
from .state import OccupancyRecord


def occupancy_id(person: str, post: str, org: str | None) -> str:
    """The id of the occupancy of ``post`` in ``org`` by ``person``.

    >>> occupancy_id("ivan-petrov", "Minister of Defense", "belarus")
    'ivan-petrov--minister-of-defense--belarus'
    """
    return f"{person}--{slug(post)}" + (f"--{org}" if org else "")


@dataclass(eq=False)
class OccupancyDraft:
    """An occupancy as the linker gathers it."""

    person: str
    post: str
    org: str | None
    dates: set[str] = field(default_factory=set)
    evidence: Trail = field(default_factory=Trail)

    def to_record(self) -> OccupancyRecord:
        return OccupancyRecord(self.person, self.post, self.org, tuple(sorted(self.dates)), tuple(self.evidence.items))

    @classmethod
    def from_record(cls, rec: OccupancyRecord) -> "OccupancyDraft":
        return cls(rec.person, rec.post, rec.org, set(rec.dates), Trail(rec.evidence))
