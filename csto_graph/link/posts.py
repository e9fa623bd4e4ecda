"""Linking stage, posts: the occupancy of a post by a person, gathered over the articles.

An :class:`OccupancyDraft` is what the linker knows of one occupancy so far (the dates and
sentences that show it); it becomes a :class:`~csto_graph.models.Occupancy` at the end and
is saved as an :class:`~csto_graph.link.state.OccupancyRecord`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Occupancy
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


def _head_of(short: Occupancy, long: Occupancy) -> bool:
    """``short``'s title is the head ``long``'s opens with ("Minister" of "Minister of Foreign
    Affairs"), in the same body or state or naming none, seen on no date ``long`` is not."""
    a, b = short.post.casefold().split(), long.post.casefold().split()
    return (len(a) < len(b) and b[:len(a)] == a and (short.org is None or short.org == long.org)
            and set(short.dates) <= set(long.dates))


def shadowed(occupancies) -> set[str]:
    """The ids of the occupancies of one person that only repeat the head of a longer post
    the person holds on the same dates: "Minister A" in one report beside "Minister of
    Foreign Affairs of X A" in another of that day is one post, not two.

    An article's own titles are read together when it is extracted
    (:func:`~csto_graph.extract.people.share_posts`); this is the same rule over the
    articles of a date (or of no date), which only the linker sees together. A head that
    ends the longer title ("Prime Minister" of "Acting Prime Minister") is kept: the longer
    one is a modified post, or a misreading, and the head its own post.

    >>> from dataclasses import replace
    >>> from csto_graph.models import Occupancy as O
    >>> bare = O("a--minister", "a", "Minister", "Minister", "x", ("2020-01-02",), ())
    >>> full = O("a--minister-of-foreign-affairs--x", "a", "Minister of Foreign Affairs", "", "x",
    ...          ("2020-01-02", "2020-03-04"), ())
    >>> sorted(shadowed([bare, full]))
    ['a--minister']
    >>> sorted(shadowed([replace(bare, dates=("2021-05-06",)), full]))
    []
    """
    occupancies = list(occupancies)
    return {s.id for s in occupancies if any(_head_of(s, o) for o in occupancies if o.id != s.id)}
