"""One map, three ways to run it: in this process, in N local processes, on a Dask cluster.

:func:`map_in_order` yields ``fn(item)`` for each item in input order whatever runs it,
so the build's result does not depend on how the work was spread. ``fn`` must be a
picklable top-level function (or a :func:`functools.partial` of one); each worker process
loads what it needs (the spaCy model) once, lazily.

>>> list(map_in_order(abs, [-2, 1, -3]))
[2, 1, 3]
"""
from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from ..errors import CstoGraphError

T = TypeVar("T")
R = TypeVar("R")


class SchedulerError(CstoGraphError):
    """The Dask scheduler cannot be used."""


def map_in_order(fn: Callable[[T], R], items: Iterable[T], jobs: int = 1,
                 scheduler: str | None = None) -> Iterator[R]:
    """``fn(item)`` for each item, in input order.

    ``scheduler`` (a Dask scheduler address, e.g. ``tcp://10.0.0.5:8786``) runs the map on
    that cluster; else ``jobs`` > 1 runs it in that many local processes.
    """
    items = list(items)
    if scheduler:
        yield from _on_dask(fn, items, scheduler)
    elif jobs > 1 and len(items) > 1:
        yield from _in_processes(fn, items, jobs)
    else:
        yield from map(fn, items)


# fork where it is safe (workers start at once, sharing what this process loaded); spawn elsewhere
FORK = sys.platform.startswith("linux")


def _in_processes(fn: Callable[[T], R], items: list[T], jobs: int) -> Iterator[R]:
    with ProcessPoolExecutor(max_workers=min(jobs, len(items)),
                             mp_context=multiprocessing.get_context("fork" if FORK else "spawn")) as pool:
        yield from pool.map(fn, items)


def _on_dask(fn: Callable[[T], R], items: list[T], address: str) -> Iterator[R]:
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError("--scheduler needs Dask: pip install 'csto-graph[dask]'") from None
    try:
        client = Client(address, timeout="30s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        futures = client.map(fn, items, pure=False)
        for i, future in enumerate(futures):
            yield future.result()
            futures[i] = None  # let the cluster forget a result once it is here
