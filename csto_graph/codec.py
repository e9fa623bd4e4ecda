"""Saved data as JSON, read back only as the types it is declared to be.

What the package keeps between builds (the incremental build's state, the extraction
cache) is plain data: frozen dataclasses of str, int, bool, None, tuples and dicts.
:func:`dump` writes such a value as JSON; :func:`load` parses JSON and checks it against
the type asked for (pydantic's validator), so a damaged or hostile file gives a
:class:`~csto_graph.errors.StateError`, never an object of another type and never code
(nothing like ``pickle`` is used).

>>> from csto_graph.models import Evidence
>>> ev = Evidence("a1", "x.txt", 0, 5, "Text.")
>>> load(Evidence, dump(ev, Evidence)) == ev
True
>>> load(Evidence, b'{"article": "a1"}')
Traceback (most recent call last):
...
csto_graph.errors.StateError: Evidence: path: Field required
"""
from __future__ import annotations

from functools import lru_cache

from .errors import StateError


@lru_cache(maxsize=None)
def _adapter(kind):
    from pydantic import TypeAdapter

    return TypeAdapter(kind)


def dump(value, kind) -> bytes:
    """``value`` (of type ``kind``) as compact JSON."""
    return _adapter(kind).dump_json(value)


def load(kind, data: bytes | str):
    """The value of type ``kind`` that the JSON ``data`` holds; :class:`StateError` if it holds none."""
    from pydantic import ValidationError

    try:
        return _adapter(kind).validate_json(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0] if exc.error_count() else {"loc": (), "msg": str(exc)}
        where = ".".join(map(str, first["loc"]))
        raise StateError(f"{_name(kind)}: {where + ': ' if where else ''}{first['msg']}") from None
    except (ValueError, RecursionError) as exc:  # pragma: no cover - pydantic reports bad JSON itself
        raise StateError(f"{_name(kind)}: {exc.__class__.__name__}") from None


def _name(kind) -> str:
    return getattr(kind, "__name__", None) or str(kind)
