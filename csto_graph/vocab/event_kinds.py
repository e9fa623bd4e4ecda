"""The groups of event types that decide when two reports tell one occasion.

``ontology/events.yaml`` lists them once; the extraction (two events of one article) and
the linker (two reports across articles) read them through these accessors, so both stages
agree on what one encounter and one sitting are.

>>> {"meeting", "talks"} <= encounters()
True
>>> same_occasion() == encounters() | one_sitting()
True
"""
from __future__ import annotations

from functools import lru_cache

from .resources import load_yaml


@lru_cache(maxsize=1)
def encounters() -> frozenset[str]:
    """Event types that tell one encounter of people (``encounters``)."""
    return frozenset(load_yaml("events.yaml").get("encounters", ()))


@lru_cache(maxsize=1)
def one_sitting() -> frozenset[str]:
    """Event types that, for one body on one day, name one sitting (``one_sitting``)."""
    return frozenset(load_yaml("events.yaml").get("one_sitting", ()))


@lru_cache(maxsize=1)
def summit_bodies() -> frozenset[str]:
    """The bodies whose sitting is their organization's summit (``summit_bodies``)."""
    return frozenset(load_yaml("events.yaml").get("summit_bodies", ()))


def same_occasion() -> frozenset[str]:
    """Event types of which two, told of one occasion, may be one event: either group."""
    return encounters() | one_sitting()
