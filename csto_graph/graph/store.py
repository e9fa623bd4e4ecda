"""Writing a built graph to disk atomically, and opening it for queries.

A built folder holds ``graph.nt`` (sorted N-Triples, the canonical serialization),
``store/`` (an Oxigraph database loaded from it, opened read-only by queries) and
``build.json`` (a summary). The build writes everything into a temporary sibling
folder and swaps it in at the end, so a failed build leaves the last good graph intact.

The swap exchanges the two folders in one system call (Linux ``renameat2`` with
``RENAME_EXCHANGE``), so ``OUT`` is there at every instant and stays a plain folder that
readers (query, serve, the API) open as before; a symlink ``OUT -> .OUT.v-N`` swapped by
renaming a new link over it would also be atomic, but changes what ``OUT`` is for every
tool and user, and turning an existing folder into the link needs the same exchange.
Where the exchange is not available (another OS, a file system that refuses it), two
renames are used, and a build killed between them leaves ``.OUT.old-*/previous``, which
the next build moves back first. A build holds ``.OUT.lock`` beside ``OUT`` (``flock``)
from start to end; a second build into the same folder fails at once with a one-line
error. Whoever takes the lock first removes what killed builds left beside ``OUT``
(``.OUT.building-*``, ``.OUT.old-*``): no build can be writing them while the lock is held.
"""
from __future__ import annotations

import errno
import json
import os
import re
import shutil
import sys
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import BuildLockedError, GraphNotFoundError, OutputError, shown_path

GRAPH_FILE = "graph.nt"
STORE_DIR = "store"
SUMMARY_FILE = "build.json"
# Everything a build writes; other files in the folder are the user's and are kept.
BUILD_ITEMS = frozenset({GRAPH_FILE, STORE_DIR, SUMMARY_FILE, "graph.html", "timeline.html", "changes.json",
                         "state"})


def prepare_out_dir(out: str | os.PathLike) -> Path:
    """Check that ``out`` can be written: it may exist as a folder, or be created."""
    out = Path(out)
    try:
        if out.exists() and not out.is_dir():
            raise OutputError(f"--out {shown_path(out)} exists and is not a folder")
        parent = out.resolve().parent
    except OSError as exc:  # a name too long for the system, a folder that cannot be searched
        raise OutputError(f"cannot use --out {shown_path(out)}: {exc.strerror or exc}") from None
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {shown_path(parent)}: {exc.strerror or exc}") from None
    if not os.access(parent, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise OutputError(f"--out {shown_path(out)} is not writable")
    return out


def write_atomically(out: str | os.PathLike, fill: Callable[[Path], None]) -> Path:
    """Let ``fill`` write a new build into a temporary folder, then swap it into ``out``.

    Files in ``out`` that are not part of a build (anything the user put there; see
    :data:`BUILD_ITEMS`) are carried over, files of an earlier build are not; if ``fill`` raises, ``out`` is left exactly as it was.
    Holds the build lock of ``out`` (see :func:`build_lock`) throughout.
    """
    out = prepare_out_dir(out)
    with build_lock(out):
        parent = out.resolve().parent
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=parent))
        except OSError as exc:
            raise _write_error(out, exc) from None
        try:
            fill(tmp)
            forget_stores()  # let go of the old store's files before they are moved
            if out.exists():
                _carry_user_files(out, tmp)
                if _exchange(tmp, out):  # ``out`` is the new build, ``tmp`` the old one
                    _remove(tmp)
                else:
                    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=parent))
                    os.rename(out, old / "previous")
                    try:
                        os.rename(tmp, out)
                    except OSError:
                        os.rename(old / "previous", out)
                        raise
                    shutil.rmtree(old, ignore_errors=True)
            else:
                os.rename(tmp, out)
        except BaseException as exc:
            _remove(tmp)
            if isinstance(exc, OSError) or _is_sqlite_error(exc):
                raise _write_error(out, exc) from None
            raise
    return out


def _is_sqlite_error(exc: BaseException) -> bool:
    sqlite3 = sys.modules.get("sqlite3")  # the saved state is SQLite; a full disk fails its writes
    return sqlite3 is not None and isinstance(exc, sqlite3.Error)


def _write_error(out: Path, exc: BaseException) -> OutputError:
    """A failed write (a full disk, a quota, an I/O error), said in one line."""
    text = getattr(exc, "strerror", None) or str(exc)
    if getattr(exc, "errno", None) == errno.ENOSPC or "No space left on device" in text or "disk is full" in text:
        text = "no space left on device"
    else:
        text = text.splitlines()[0] if text.strip() else type(exc).__name__
    return OutputError(f"cannot write the graph into {shown_path(out)}: {text} "
                       f"(the folder is left as it was)")


def _carry_user_files(out: Path, tmp: Path) -> None:
    for item in out.iterdir():
        if item.name not in BUILD_ITEMS and not (tmp / item.name).exists():
            target = tmp / item.name
            if item.is_dir():
                shutil.copytree(item, target)
            else:
                shutil.copy2(item, target)


def _remove(path: Path) -> None:
    if path.is_symlink():  # ``out`` was a link: the exchange moved the link itself here
        path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)


_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one step (``renameat2(..., RENAME_EXCHANGE)``).

    False where the call is not there (not Linux, a C library without it) or the file
    system refuses it; the caller then renames twice.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


_HELD: dict[str, tuple[int, int]] = {}  # lock file -> (descriptor, depth) held by this process
_HELD_LOCK = threading.Lock()


def lock_path(out: Path) -> Path:
    """The lock file of a built folder: ``.OUT.lock`` beside it."""
    return out.resolve().parent / f".{out.name}.lock"


@contextmanager
def build_lock(out: str | os.PathLike) -> Iterator[None]:
    """Hold the lock of ``out`` for a build (re-entrant within one process).

    Raises
    ------
    BuildLockedError
        At once, when another process holds it (a second build does not wait: a build
        can take hours, and the user decides whether to wait or to build elsewhere).
    """
    out = Path(out)
    path = lock_path(out)
    key = str(path)
    with _HELD_LOCK:
        held = _HELD.get(key)
        if held is not None:
            _HELD[key] = (held[0], held[1] + 1)
    if held is None:
        fd = _take(path, out)
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass  # the process id is only for the message of a second build
        with _HELD_LOCK:
            _HELD[key] = (fd, 1)
        try:
            recover(out)
        except BaseException:
            _release(key)
            raise
    try:
        yield
    finally:
        _release(key)


def _take(path: Path, out: Path) -> int:
    """Open and flock the lock file; its descriptor. The holder removes the file when
    it ends, so a lock taken on a file that was meanwhile removed is taken again."""
    import fcntl

    for _ in range(5):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot create the lock file {shown_path(path)}: {exc.strerror or exc}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise OutputError(f"cannot lock {shown_path(path)}: {exc.strerror or exc}") from None
            raise BuildLockedError(f"another build is writing {shown_path(out)}"
                                   + (f" (process {holder})" if holder.isdigit() else "")
                                   + "; wait for it to end or build into another folder") from None
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except OSError:
            same = False
        if same:
            return fd
        os.close(fd)
    raise BuildLockedError(f"another build is writing {shown_path(out)} (its lock file keeps changing)")


def _release(key: str) -> None:
    with _HELD_LOCK:
        fd, depth = _HELD[key]
        if depth > 1:
            _HELD[key] = (fd, depth - 1)
            return
        del _HELD[key]
    try:
        os.unlink(key)  # still held: a build that opened the file before sees it gone and retries
    except OSError:
        pass
    os.close(fd)  # closing the only descriptor releases the flock


def recover(out: Path) -> None:
    """Put ``out`` right after a killed build (call with the lock held).

    A build killed between the two renames of the fallback swap left ``out`` missing and
    the last good build in ``.OUT.old-*/previous``: it is moved back. Then every
    ``.OUT.building-*`` and ``.OUT.old-*`` folder is removed.
    """
    parent = out.resolve().parent
    leftover = re.compile(rf"\.{re.escape(out.name)}\.(building|old)-[A-Za-z0-9_]{{8}}")
    try:
        names = sorted(name for name in os.listdir(parent) if leftover.fullmatch(name))
    except OSError:
        return
    if not os.path.lexists(out):
        previous = [parent / n / "previous" for n in names if n.startswith(f".{out.name}.old-")]
        previous = [p for p in previous if p.is_dir()]
        if previous:
            os.rename(max(previous, key=lambda p: p.stat().st_mtime_ns), out)
    for name in names:
        _remove(parent / name)


def load_store(folder: Path, ntriples: bytes) -> None:
    """Bulk-load N-Triples into a new Oxigraph store under ``folder/store``."""
    from pyoxigraph import RdfFormat, Store

    store = Store(str(folder / STORE_DIR))
    store.bulk_load(ntriples, format=RdfFormat.N_TRIPLES)
    store.flush()
    del store


def patch_store(previous: Path, folder: Path, removed: list[bytes], added: list[bytes]) -> None:
    """Copy the Oxigraph store of the built folder ``previous`` into ``folder/store`` (hard
    links where it can) and remove, then add, the N-Triples lines given."""
    from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store, parse

    Store.read_only(str(previous / STORE_DIR)).backup(str(folder / STORE_DIR))
    store = Store(str(folder / STORE_DIR))
    for lines, apply in ((removed, store.remove), (added, store.add)):
        if lines:
            for t in parse(b"".join(lines), format=RdfFormat.N_TRIPLES):
                apply(Quad(t.subject, t.predicate, t.object, DefaultGraph()))
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
