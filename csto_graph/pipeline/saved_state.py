"""The incremental build's saved state on disk (``OUT/state/``), as data.

- ``meta.json``: :class:`Meta`, the state's :data:`FORMAT`, what it is valid for (the
  fingerprint of code and options), the corpus files listed (:class:`Listing`: path, size
  and SHA-256 of the bytes read), the articles' ids, and the SHA-256 of the three other files;
- ``linker.json``: the :class:`~csto_graph.link.state.LinkerState`;
- ``signatures.npy``: the articles' MinHash signatures, one row of 64 ``uint64`` each
  (read with ``allow_pickle=False``);
- ``state.sqlite``: tables ``occupancy``, ``day`` and ``article`` of JSON values, read per
  key where new articles touch them (:class:`Table`).

JSON is read back only as the declared types (:mod:`csto_graph.codec`); nothing is
unpickled. Whatever cannot be read (a file missing, damaged, forged, of another format) is a
:class:`~csto_graph.errors.StateError`, which the incremental build turns into a full one.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat as stat_module
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import codec
from ..errors import StateError
from ..models import Article, Document, Skipped

STATE_DIR = "state"
_META, _LINKER, _SIGNATURES, _DB = "meta.json", "linker.json", "signatures.npy", "state.sqlite"
FORMAT = 2  # 1: pickles (never read again); 2: JSON, numpy without pickle, SQLite of JSON
_HASHED = (_LINKER, _SIGNATURES, _DB)  # files whose SHA-256 meta.json holds
_TABLES = ("occupancy", "day", "article")


# ------------------------------------------------------------------ what a listed file holds


@dataclass(frozen=True)
class Stamp:
    """A listed file as a build saw it: its size and the SHA-256 of its bytes."""

    size: int
    sha256: str | None  # None: not hashed (larger than the size limit, or unreadable)


def _sha256(path: str, st: os.stat_result, max_bytes: int) -> str | None:
    """The SHA-256 of a file's bytes; None for a file the reading stage skips unread (too large,
    not a regular file, unreadable)."""
    return None if st.st_size > max_bytes or not stat_module.S_ISREG(st.st_mode) else _file_sha256(path)


def _file_sha256(path: str | Path) -> str | None:
    """The SHA-256 of a file's bytes (None when it cannot be read)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def stamp(path: str, max_bytes: int, sha256: str | None = None) -> Stamp | None:
    """The file's :class:`Stamp` (``sha256`` when its bytes were already hashed); None when it
    cannot be stat'ed."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return Stamp(st.st_size, sha256 or _sha256(path, st, max_bytes))


def unchanged(path: str, before: Stamp | None, max_bytes: int) -> bool:
    """Whether the file holds what it held when ``before`` was taken: a different size says
    no at once; else the content's hash decides (the modification time says nothing: an edit
    can keep it, a copy can change it).

    Measured on the 10k corpus (3,766 files, 8 MB, in the page cache): ``os.stat`` of every
    file 6 ms, reading and hashing them 46 ms, against an incremental build of about 1 s.
    """
    try:
        st = os.stat(path)
    except OSError:
        return before is None
    if before is None or st.st_size != before.size:
        return False
    return _sha256(path, st, max_bytes) == before.sha256


# ------------------------------------------------------------------ a mapping kept in SQLite


class Table:
    """A dict-like view of one SQLite table of JSON values: read on demand, values kept once
    read (so changes to them are seen), changed keys written back by :meth:`save`.

    ``decode`` turns a stored value into the object (raising :class:`StateError` when it holds
    none), ``encode`` the object into the stored value.
    """

    def __init__(self, db: sqlite3.Connection, table: str, decode: Callable, encode: Callable):
        self.db, self.table, self.decode, self.encode = db, table, decode, encode
        self.loaded: dict = {}
        self.dirty: set = set()

    def get(self, key, default=None):
        if key not in self.loaded:
            try:
                row = self.db.execute(f"SELECT value FROM {self.table} WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error as exc:
                raise StateError(f"{_DB}: {exc}") from None
            if row is None:
                return default
            try:
                self.loaded[key] = self.decode(row[0])
            except StateError as exc:
                raise StateError(f"{_DB}, {self.table} {key}: {exc}") from None
        return self.loaded[key]

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value) -> None:
        self.loaded[key] = value
        self.dirty.add(key)

    def save(self, db: sqlite3.Connection) -> None:
        db.executemany(f"INSERT OR REPLACE INTO {self.table} VALUES (?, ?)",
                       [(k, self.encode(self.loaded[k])) for k in sorted(self.dirty)])


def create_db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(str(path))
    for table in _TABLES:
        db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
    return db


def tables(db: sqlite3.Connection, ids: frozenset[str]) -> tuple[Table, Table]:
    """The linker's occupancies and events by date, read from ``db`` (``ids``: the saved people)."""
    from ..link.events import EventDraft
    from ..link.posts import OccupancyDraft
    from ..link.state import DayRecords, OccupancyRecord

    occupancies = Table(db, "occupancy", lambda v: OccupancyDraft.from_record(codec.load(OccupancyRecord, v)),
                        lambda occ: codec.dump(occ.to_record(), OccupancyRecord))
    days = Table(db, "day", lambda v: [EventDraft.from_record(r, ids) for r in codec.load(DayRecords, v)],
                 lambda day: codec.dump(tuple(ev.to_record() for ev in day), DayRecords))
    return occupancies, days


# ------------------------------------------------------------------ saving


@dataclass(frozen=True)
class Listing:
    """The corpus files a build listed: readable or not, with what they held."""

    files: dict[str, Stamp | None]  # every listed file (read or skipped while reading); None: no stat
    list_skipped: tuple[Skipped, ...]  # skipped before reading (links, folders, extensions)
    read_skipped: tuple[Skipped, ...]
    last_read: str  # the last path that gave a document


@dataclass(frozen=True)
class Meta:
    """``meta.json``: what the state is valid for and what it holds."""

    format: int
    fingerprint: str
    listing: Listing
    article_ids: tuple[str, ...]  # sorted
    signature_ids: tuple[str, ...]  # the rows of signatures.npy
    digests: dict[str, str]  # file name -> SHA-256, for linker.json, signatures.npy and state.sqlite


@dataclass(frozen=True)
class _Format:
    format: int


def listing(paths, documents: list[Document], skipped: list[Skipped], config) -> Listing:
    from ..corpus.reading import iter_corpus_files

    listed, list_skipped = iter_corpus_files(paths, config)
    names = {str(p) for p in listed}
    read = {d.path: d.sha256 for d in documents}
    return Listing({str(p): stamp(str(p), config.max_bytes, read.get(str(p))) for p in listed},
                   tuple(s for s in skipped if s.path not in names),
                   tuple(s for s in skipped if s.path in names),
                   max(d.path for d in documents))


def signature_array(rows: list):
    import numpy as np

    return np.array(rows, dtype=np.uint64).reshape(-1, 64)


def write_files(folder: Path, meta: Meta, linker, signatures) -> None:
    """Write ``signatures.npy``, ``linker.json`` and, last, ``meta.json`` with their hashes and
    that of ``state.sqlite`` (written and closed before)."""
    import numpy as np

    from ..link.state import LinkerState

    np.save(folder / _SIGNATURES, signatures, allow_pickle=False)
    (folder / _LINKER).write_bytes(codec.dump(linker.to_state(), LinkerState))
    digests = {name: _file_sha256(folder / name) for name in _HASHED}
    meta = Meta(FORMAT, meta.fingerprint, meta.listing, meta.article_ids, meta.signature_ids, digests)
    (folder / _META).write_bytes(codec.dump(meta, Meta))


def save_state(folder: Path, fp: str, files: Listing, articles: list[Article], signatures: dict,
               linker) -> None:
    """Write the state of a full build into ``folder`` (a new folder)."""
    from ..link.state import DayRecords, OccupancyRecord

    folder.mkdir()
    ids = [a.id for a in articles if a.id in signatures]
    db = create_db(folder / _DB)
    with db:
        db.executemany("INSERT INTO occupancy VALUES (?, ?)",
                       [(k, codec.dump(v.to_record(), OccupancyRecord))
                        for k, v in sorted(linker.occupancies.items())])
        db.executemany("INSERT INTO day VALUES (?, ?)",
                       [(k, codec.dump(tuple(ev.to_record() for ev in v), DayRecords)) for k, v in sorted(linker.on_date.items())])
        db.executemany("INSERT INTO article VALUES (?, ?)", [(a.id, codec.dump(a, Article)) for a in articles])
    db.close()
    meta = Meta(FORMAT, fp, files, tuple(sorted({a.id for a in articles})), tuple(ids), {})
    write_files(folder, meta, linker, signature_array([signatures[i] for i in ids]))


# ------------------------------------------------------------------ reading a saved state


@dataclass
class Saved:
    """A saved state, read and checked (the SQLite file is read later, where needed)."""

    folder: Path
    meta: Meta
    article_ids: frozenset[str]
    signatures: object  # numpy array, one row of 64 uint64 per signature id
    linker_state: object  # csto_graph.link.state.LinkerState


def read_meta(folder: Path) -> Meta:
    """``meta.json`` of the state in ``folder`` (:class:`StateError` for a missing, damaged or
    other-format one; a state of format 1, pickles, is never read)."""
    if not (folder / _META).is_file() and (folder / "meta.pickle").is_file():
        raise StateError(f"format 1 (pickles, not read), this build reads {FORMAT}")
    raw = _read(folder, _META)
    found = codec.load(_Format, raw).format
    if found != FORMAT:
        raise StateError(f"format {found}, this build reads {FORMAT}")
    return codec.load(Meta, raw)


def read_saved(folder: Path, meta: Meta) -> Saved:
    """The linker's state and the signatures of the state in ``folder``, once the three files
    are checked against their hashes in ``meta`` (:class:`StateError` when they are not the
    files ``meta.json`` describes, or do not hold what they should)."""
    import numpy as np

    from ..link.state import STATE_VERSION, LinkerState

    blob = _read(folder, _LINKER)
    for name in _HASHED:
        found = hashlib.sha256(blob).hexdigest() if name == _LINKER else _file_sha256(folder / name)
        if found is None:
            raise StateError(f"{STATE_DIR}/{name} is missing or unreadable")
        if found != meta.digests.get(name):
            raise StateError(f"{STATE_DIR}/{name} is not the file {_META} describes")
    linker_state = codec.load(LinkerState, blob)
    if linker_state.version != STATE_VERSION:
        raise StateError(f"linker state version {linker_state.version}, this build reads {STATE_VERSION}")
    try:
        signatures = np.load(folder / _SIGNATURES, allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise StateError(f"{STATE_DIR}/{_SIGNATURES}: {exc}") from None
    if signatures.dtype != np.uint64 or signatures.shape != (len(meta.signature_ids), 64):
        raise StateError(f"{STATE_DIR}/{_SIGNATURES} holds {signatures.dtype} {signatures.shape}")
    return Saved(folder, meta, frozenset(meta.article_ids), signatures, linker_state)


def _read(folder: Path, name: str) -> bytes:
    try:
        return (folder / name).read_bytes()
    except OSError as exc:
        raise StateError(f"{STATE_DIR}/{name}: {exc.strerror or exc}") from None


def open_db(folder: Path) -> sqlite3.Connection:
    """The state's SQLite file, read-only, with its tables."""
    path = folder / _DB
    if not path.is_file():
        raise StateError(f"{STATE_DIR}/{_DB} is missing")
    db = None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        tables = {name for name, in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        if db is not None:
            db.close()
        raise StateError(f"{STATE_DIR}/{_DB}: {exc}") from None
    if not set(_TABLES) <= tables:
        db.close()
        raise StateError(f"{STATE_DIR}/{_DB} lacks the tables {', '.join(sorted(set(_TABLES) - tables))}")
    return db


def saved_article(db: sqlite3.Connection, key: str) -> Article:
    try:
        row = db.execute("SELECT value FROM article WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error as exc:
        raise StateError(f"{_DB}: {exc}") from None
    if row is None:
        raise StateError(f"{_DB} lacks the article {key}")
    return codec.load(Article, row[0])


def add_to_state(source: Path, target: Path, meta: Meta, linker, signatures, changed: tuple[Table, ...],
                 articles: list[Article]) -> None:
    """Write into the new folder ``target`` the state in ``source`` with the changed rows of
    the ``changed`` tables and ``articles`` (new, or with a new source) added, and ``meta``,
    ``linker`` and ``signatures`` as they now are."""
    target.mkdir()
    shutil.copy2(source / _DB, target / _DB)
    db = create_db(target / _DB)
    with db:
        for table in changed:
            table.save(db)
        db.executemany("INSERT OR REPLACE INTO article VALUES (?, ?)", [(a.id, codec.dump(a, Article)) for a in articles])
    db.close()
    write_files(target, meta, linker, signatures)
