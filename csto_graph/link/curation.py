"""Human decisions that every build applies: same, different, alias.

The file (default ``ontology/curation.yaml``) holds three lists::

    same:      [[Emomali Rahmon, Emomali Rakhmonov]]   # one person or body
    different: [[Ivan Petrov, Ivan Petrova]]           # never merge these
    alias:     {Rakhmonov: Emomali Rahmon}             # this form names that one

A decision recorded by ``csto-graph decide`` also says who made it and when::

    same:
      - {pair: [Emomali Rahmon, Emomali Rakhmonov], by: anna, at: '2026-12-01T12:00:00+00:00'}
    alias:
      Rakhmonov: {name: Emomali Rahmon, by: anna, at: '2026-12-01T12:00:00+00:00'}

Names are compared folded (ASCII, lower case), so a decision survives spelling noise. A
decision naming someone the corpus no longer mentions stays in the file (it is data).

>>> c = Curation(same=(("A B", "A C"),), different=(), alias={"x y": "A B"})
>>> c.same("a b", "A C"), c.canonical("X Y")
(True, 'A B')
"""
from __future__ import annotations

import datetime
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .matching import fold
from ..errors import CstoGraphError
from ..vocab.resources import ontology_dir
from ..files import umask as _umask

VERBS = ("same", "different", "alias")


class CurationError(CstoGraphError):
    """The curation file cannot be read or written, or a decision is malformed."""


@dataclass(frozen=True)
class Curation:
    same_pairs: frozenset = field(default_factory=frozenset)
    different_pairs: frozenset = field(default_factory=frozenset)
    aliases: dict = field(default_factory=dict)
    same_names: tuple = ()  # the same pairs as written (bodies are keyed by their written names)
    alias_names: tuple = ()  # the aliases as written: (form, name)

    def __init__(self, same=(), different=(), alias=None):
        pair = lambda a, b: frozenset({fold(a), fold(b)})  # noqa: E731
        object.__setattr__(self, "same_pairs", frozenset(pair(*p) for p in same))
        object.__setattr__(self, "different_pairs", frozenset(pair(*p) for p in different))
        object.__setattr__(self, "aliases", {fold(k): v for k, v in (alias or {}).items()})
        object.__setattr__(self, "same_names", tuple(tuple(p) for p in same))
        object.__setattr__(self, "alias_names", tuple((alias or {}).items()))

    # (asked for every pair of names the linker compares: with no decision, no pair is built)
    def same(self, a: str, b: str) -> bool:
        return bool(self.same_pairs) and frozenset({fold(a), fold(b)}) in self.same_pairs

    def different(self, a: str, b: str) -> bool:
        return bool(self.different_pairs) and fold(a) != fold(b) \
            and frozenset({fold(a), fold(b)}) in self.different_pairs

    def canonical(self, name: str) -> str:
        return self.aliases.get(fold(name), name)


def curation_path(path: str | Path | None = None) -> Path:
    """The curation file: ``path``, else the default ``ontology/curation.yaml``."""
    return Path(path) if path else ontology_dir() / "curation.yaml"


def _pair(item, where: str) -> tuple[str, str]:
    names = item.get("pair") if isinstance(item, dict) else item
    if not isinstance(names, (list, tuple)) or len(names) != 2 or not all(isinstance(n, str) for n in names):
        raise CurationError(f"{where}: a decision is a pair of names, not {item!r}")
    return names[0], names[1]


def load_curation(path: str | Path | None = None) -> Curation:
    """Read a curation file (the default one when ``path`` is None; missing means empty)."""
    path = curation_path(path)
    if not path.is_file():
        return Curation()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise CurationError(f"{path} is not YAML: {str(exc).splitlines()[0]}") from None
    alias = {}
    for form, target in (data.get("alias") or {}).items():
        alias[str(form)] = target.get("name") if isinstance(target, dict) else target
    return Curation(same=[_pair(p, f"{path}: same") for p in data.get("same") or []],
                    different=[_pair(p, f"{path}: different") for p in data.get("different") or []],
                    alias=alias)


@dataclass(frozen=True)
class Decision:
    """One judgement: ``verb`` (same, different, alias) on two names, by whom and when."""

    verb: str
    a: str
    b: str
    by: str
    at: str  # ISO 8601 time, UTC

    @classmethod
    def now(cls, verb: str, a: str, b: str, by: str | None = None) -> "Decision":
        if verb not in VERBS:
            raise CurationError(f"unknown decision {verb!r} (one of {', '.join(VERBS)})")
        if fold(a) == fold(b):
            raise CurationError(f"{a!r} and {b!r} are one name: nothing to decide")
        at = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()
        return cls(verb, a, b, by or _user(), at)


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record_decision(decision: Decision, path: str | Path | None = None) -> Path:
    """Add ``decision`` to the curation file, keeping its comments and order, atomically.

    ``same`` and ``different`` append ``{pair: [A, B], by, at}`` to their list; ``alias``
    sets ``A: {name: B, by, at}``. Earlier decisions are kept, even those naming people the
    graph no longer holds; an alias of A given again replaces the earlier one.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    path = curation_path(path)
    rt = YAML()
    rt.preserve_quotes = True
    rt.width = 4096  # one decision a line
    try:
        data = rt.load(path.read_text(encoding="utf-8")) if path.is_file() else None
    except Exception as exc:  # ruamel raises many kinds; each means the file is not YAML we can keep
        raise CurationError(f"{path} is not YAML: {str(exc).splitlines()[0]}") from None
    data = CommentedMap() if data is None else data
    if not isinstance(data, dict):
        raise CurationError(f"{path} is not a curation file (same, different, alias)")
    if decision.verb == "alias":
        entry = CommentedMap([("name", decision.b), ("by", decision.by), ("at", decision.at)])
        entry.fa.set_flow_style()
        if not isinstance(data.get("alias"), dict):
            data["alias"] = CommentedMap()
        data["alias"][decision.a] = entry
    else:
        pair = CommentedSeq([decision.a, decision.b])
        pair.fa.set_flow_style()
        entry = CommentedMap([("pair", pair), ("by", decision.by), ("at", decision.at)])
        entry.fa.set_flow_style()
        if not isinstance(data.get(decision.verb), list):
            data[decision.verb] = CommentedSeq()
        data[decision.verb].fa.set_block_style()
        data[decision.verb].append(entry)
    if isinstance(data.get("alias"), dict) and data["alias"]:
        data["alias"].fa.set_block_style()
    _write(path, rt, data)
    return path


def _write(path: Path, rt, data) -> None:
    """Write YAML to a temporary file beside ``path``, then move it over (mode kept)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            rt.dump(data, handle)
        try:  # what is written must read back as the decisions
            yaml.safe_load(Path(tmp).read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise CurationError(f"{path} could not be written as YAML ({str(exc).splitlines()[0]}); "
                                "it is unchanged") from None
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


