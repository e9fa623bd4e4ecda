"""Writing a built graph to disk atomically, and opening it for queries.

A built folder holds ``graph.nt`` (sorted N-Triples, the canonical serialization),
``store/`` (an Oxigraph database loaded from it, opened read-only by queries) and
``build.json`` (a summary). The build writes everything into a temporary sibling
folder and swaps it in at the end, so a failed build leaves the last good graph intact.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from ..errors import GraphNotFoundError, OutputError

GRAPH_FILE = "graph.nt"
STORE_DIR = "store"
SUMMARY_FILE = "build.json"
# Everything a build writes; other files in the folder are the user's and are kept.
BUILD_ITEMS = frozenset({GRAPH_FILE, STORE_DIR, SUMMARY_FILE, "graph.html", "timeline.html", "changes.json",
                         "state"})


def prepare_out_dir(out: str | os.PathLike) -> Path:
    """Check that ``out`` can be written: it may exist as a folder, or be created."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out} exists and is not a folder")
    parent = out.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {parent}: {exc.strerror or exc}") from None
    if not os.access(parent, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise OutputError(f"--out {out} is not writable")
    return out


def write_atomically(out: str | os.PathLike, fill: Callable[[Path], None]) -> Path:
    """Let ``fill`` write a new build into a temporary folder, then swap it into ``out``.

    Files in ``out`` that are not part of a build (anything the user put there; see
    :data:`BUILD_ITEMS`) are carried over, files of an earlier build are not; if ``fill`` raises, ``out`` is left exactly as it was.
    """
    out = prepare_out_dir(out)
    parent = out.resolve().parent
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=parent))
    try:
        fill(tmp)
        forget_stores()  # let go of the old store's files before they are moved
        if out.exists():
            for item in out.iterdir():
                if item.name not in BUILD_ITEMS and not (tmp / item.name).exists():
                    target = tmp / item.name
                    if item.is_dir():
                        shutil.copytree(item, target)
                    else:
                        shutil.copy2(item, target)
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=parent))
            os.rename(out, old / "previous")
            os.rename(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def load_store(folder: Path, ntriples: bytes) -> None:
    """Bulk-load N-Triples into a new Oxigraph store under ``folder/store``."""
    from pyoxigraph import RdfFormat, Store

    store = Store(str(folder / STORE_DIR))
    store.bulk_load(ntriples, format=RdfFormat.N_TRIPLES)
    store.flush()
    del store


def write_summary(folder: Path, summary: dict) -> None:
    (folder / SUMMARY_FILE).write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n",
                                       encoding="utf-8")


def open_store(out: str | os.PathLike):
    """Open the Oxigraph store of a built folder read-only."""
    from pyoxigraph import Store

    path = Path(out) / STORE_DIR
    if not path.is_dir():
        raise GraphNotFoundError(f"{out} holds no built graph (run `csto-graph build ... --out {out}`)")
    try:
        return Store.read_only(str(path))
    except OSError as exc:
        raise GraphNotFoundError(f"cannot open the graph in {out}: {exc}") from None


_OPENED: OrderedDict[Path, tuple[tuple[int, int, int], object]] = OrderedDict()
_KEEP = 4
_LOCK = threading.Lock()


def cached_store(out: str | os.PathLike):
    """The read-only store of a built folder, opened once per process and kept while it is the same.

    Opening a store and warming its caches costs more than a small query (10-25 ms on a
    1M-triple graph), so repeated queries (the Python API, a notebook) reuse it. A build
    swaps a new folder in, so a store whose directory is no longer the one at that path
    (device, inode and modification time) is opened afresh; the last few are kept.
    """
    path = Path(out) / STORE_DIR
    try:
        st = os.stat(path)
        key, identity = path.resolve(), (st.st_dev, st.st_ino, st.st_mtime_ns)
    except OSError:
        return open_store(out)  # raises GraphNotFoundError
    with _LOCK:
        known = _OPENED.get(key)
        if known is not None and known[0] == identity:
            _OPENED.move_to_end(key)
            return known[1]
    store = open_store(out)
    with _LOCK:
        _OPENED[key] = (identity, store)
        _OPENED.move_to_end(key)
        while len(_OPENED) > _KEEP:
            _OPENED.popitem(last=False)
    return store


def forget_stores() -> None:
    """Close the stores :func:`cached_store` keeps (the next query opens its store again)."""
    with _LOCK:
        _OPENED.clear()


def build_identity(out: str | os.PathLike) -> tuple | None:
    """What tells one build in ``out`` from the next, or None when ``out`` holds no store.

    The real path of the store (``out`` may be a folder replaced by a rename, or a symlink
    re-pointed to another folder), with the device, inode and modification time of the
    store folder and of the build's summary file (which a test folder may lack).
    """
    folder = os.path.realpath(out)
    store = os.path.realpath(os.path.join(folder, STORE_DIR))
    try:
        st = os.stat(store)
    except OSError:
        return None
    try:
        sm = os.stat(os.path.join(folder, SUMMARY_FILE))
        summary = (sm.st_ino, sm.st_mtime_ns, sm.st_size)
    except OSError:
        summary = None
    return store, st.st_dev, st.st_ino, st.st_mtime_ns, summary


def load_graph(out: str | os.PathLike):
    """The built graph as an rdflib Graph (for exports, views and validation)."""
    from rdflib import Graph

    path = Path(out) / GRAPH_FILE
    if not path.is_file():
        raise GraphNotFoundError(f"{out} holds no built graph (run `csto-graph build ... --out {out}`)")
    g = Graph()
    g.parse(path, format="nt")
    return g
