"""Linking stage, posts: the occupancy of a post by a person, gathered over the articles.

An :class:`OccupancyDraft` is what the linker knows of one occupancy so far (the dates and
sentences that show it); it becomes a :class:`~csto_graph.models.Occupancy` at the end and
is saved as an :class:`~csto_graph.link.state.OccupancyRecord`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..vocab.gazetteer import slug
from ..vocab.posts import post_words
from ..vocab.words import words
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


@lru_cache(maxsize=1)
def _state_post_pattern() -> re.Pattern[str]:
    data = post_words()
    heads = "|".join(re.escape(h) for h in sorted(data.state_posts, key=len, reverse=True))
    modifiers = "|".join(re.escape(m) for m in data.modifiers)
    return re.compile(rf"^(?:(?:{modifiers})[\s-]+)*(?:{heads})\b", re.IGNORECASE)


def is_state_post(post: str) -> bool:
    """A post of a state ("Prime Minister", "First Deputy Minister of Defense"), or of a
    state's body named without the state ("Security Council State Secretary").

    >>> is_state_post("First Deputy Minister of Defense"), is_state_post("Secretary General")
    (True, False)
    >>> is_state_post("Security Council State Secretary"), is_state_post("Chief of the CSTO Joint Staff")
    (True, False)
    """
    return bool(_state_post_pattern().match(post.strip()) or _state_body_pattern().search(post))


@lru_cache(maxsize=1)
def _state_body_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(words().state_body_heads, key=len, reverse=True))
    return re.compile(rf"\b(?:{heads})\b", re.IGNORECASE)
