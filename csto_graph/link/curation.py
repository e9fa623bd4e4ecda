"""Human decisions that every build applies: same, different, alias.

The file (default ``ontology/curation.yaml``) holds three lists::

    same:      [[Emomali Rahmon, Emomali Rakhmonov]]   # one person or body
    different: [[Ivan Petrov, Ivan Petrova]]           # never merge these
    alias:     {Rakhmonov: Emomali Rahmon}             # this form names that one

Names are compared folded (ASCII, lower case), so a decision survives spelling noise.

>>> c = Curation(same=(("A B", "A C"),), different=(), alias={"x y": "A B"})
>>> c.same("a b", "A C"), c.canonical("X Y")
(True, 'A B')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .matching import fold
from ..vocab.resources import ontology_dir


@dataclass(frozen=True)
class Curation:
    same_pairs: frozenset = field(default_factory=frozenset)
    different_pairs: frozenset = field(default_factory=frozenset)
    aliases: dict = field(default_factory=dict)

    def __init__(self, same=(), different=(), alias=None):
        pair = lambda a, b: frozenset({fold(a), fold(b)})  # noqa: E731
        object.__setattr__(self, "same_pairs", frozenset(pair(*p) for p in same))
        object.__setattr__(self, "different_pairs", frozenset(pair(*p) for p in different))
        object.__setattr__(self, "aliases", {fold(k): v for k, v in (alias or {}).items()})

    def same(self, a: str, b: str) -> bool:
        return frozenset({fold(a), fold(b)}) in self.same_pairs

    def different(self, a: str, b: str) -> bool:
        return fold(a) != fold(b) and frozenset({fold(a), fold(b)}) in self.different_pairs

    def canonical(self, name: str) -> str:
        return self.aliases.get(fold(name), name)


def load_curation(path: str | Path | None = None) -> Curation:
    """Read a curation file (the default one when ``path`` is None; missing means empty)."""
    path = Path(path) if path else ontology_dir() / "curation.yaml"
    if not path.is_file():
        return Curation()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Curation(same=[tuple(p) for p in data.get("same") or []],
                    different=[tuple(p) for p in data.get("different") or []],
                    alias=data.get("alias") or {})
