"""Incremental builds: when the corpus only grew at its end, read, link and write just the new part.

A build saves in ``OUT/state/`` what the next one needs to add to it: the corpus files it
listed (path, size, SHA-256 of the content read), the articles' ids, MinHash signatures and
texts (to tell whether a new item repeats an old one) and the
:class:`~csto_graph.link.linker.Linker`'s state, with its occupancies and events by date in
a SQLite file read only where new articles touch them.

The state is data, never code: ``meta.json`` and ``linker.json`` (JSON read back as typed
dataclasses by :mod:`csto_graph.codec`), ``signatures.npy`` (read with
``allow_pickle=False``) and ``state.sqlite`` (a JSON value per key). ``meta.json`` holds the
state's :data:`FORMAT` and the SHA-256 of the three other files (a damaged one is seen before
it is used). A state
that is missing, damaged, hostile or of another format makes the build say
``saved state unreadable (...)`` and build everything (which saves a good state again).

The next build into the same folder takes the incremental path when

- the state was saved by the same code, vocabulary, curation, model and file-size limit;
- no file listed before is gone or changed (its size, then the SHA-256 of its content: an
  edit that keeps the size and modification time is seen), and every new file sorts after the last
  file read before (new news under new names: the order of the corpus is the order of
  its paths, and the linker's decisions follow that order);
- no new item repeats an earlier one, and :meth:`~csto_graph.link.linker.Linker.extend` finds
  that the new articles change no decision taken for an earlier one;
- the graph's changes touch only the nodes of the people, bodies, posts and events the
  new articles touched.

Otherwise (:class:`Fallback` says why) the build reads and links everything again; its
extractions still come from the cache. Either way the graph is the same, byte for byte
(``tests/test_incremental.py`` builds both ways and compares).
"""
from __future__ import annotations

import bisect
import hashlib
import os
import shutil
import sqlite3
import stat as stat_module
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__, codec
from ..errors import StateError
from ..models import Article, Document, Skipped

STATE_DIR = "state"
_META, _LINKER, _SIGNATURES, _DB = "meta.json", "linker.json", "signatures.npy", "state.sqlite"
FORMAT = 2  # 1: pickles (never read again); 2: JSON, numpy without pickle, SQLite of JSON
_HASHED = (_LINKER, _SIGNATURES, _DB)  # files whose SHA-256 meta.json holds
_TABLES = ("occupancy", "day", "article")


class Fallback(Exception):
    """The incremental path cannot be taken (the message says why): build everything."""


def unreadable(reason: str) -> Fallback:
    return Fallback(f"saved state unreadable ({reason})")


# ------------------------------------------------------------------ fingerprint


def fingerprint(model: str | None, max_bytes: int, curation: str | None) -> str:
    """What a saved state is valid for: the package's code, ``ontology/*.yaml``, the curation
    file, the spaCy model and the file-size limit."""
    from .cache import PACKAGE_DIR
    from ..extract.nlp import model_id
    from ..vocab.resources import ontology_dir

    digest = hashlib.sha256(f"{__version__}\0{model_id(model)}\0{max_bytes}\0".encode())
    files = sorted(PACKAGE_DIR.rglob("*.py")) + sorted(ontology_dir().glob("*.yaml"))
    if curation:
        files.append(Path(curation))
    for path in files:
        digest.update(path.as_posix().removeprefix(PACKAGE_DIR.parent.as_posix()).encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    return digest.hexdigest()


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


class _Table:
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


def _create_db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(str(path))
    for table in _TABLES:
        db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
    return db


def _tables(db: sqlite3.Connection, ids: frozenset[str]) -> tuple[_Table, _Table]:
    """The linker's occupancies and events by date, read from ``db`` (``ids``: the saved people)."""
    from ..link.linker import event_from_record, event_record, occupancy_from_record, occupancy_record
    from ..link.state import DayRecords, OccupancyRecord

    occupancies = _Table(db, "occupancy", lambda v: occupancy_from_record(codec.load(OccupancyRecord, v)),
                         lambda occ: codec.dump(occupancy_record(occ), OccupancyRecord))
    days = _Table(db, "day", lambda v: [event_from_record(r, ids) for r in codec.load(DayRecords, v)],
                  lambda day: codec.dump(tuple(event_record(ev) for ev in day), DayRecords))
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


def _signature_array(rows: list):
    import numpy as np

    return np.array(rows, dtype=np.uint64).reshape(-1, 64)


def _write_files(folder: Path, meta: Meta, linker, signatures) -> None:
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
    from ..link.linker import event_record, occupancy_record
    from ..link.state import DayRecords, OccupancyRecord

    folder.mkdir()
    ids = [a.id for a in articles if a.id in signatures]
    db = _create_db(folder / _DB)
    with db:
        db.executemany("INSERT INTO occupancy VALUES (?, ?)",
                       [(k, codec.dump(occupancy_record(v), OccupancyRecord))
                        for k, v in sorted(linker.occupancies.items())])
        db.executemany("INSERT INTO day VALUES (?, ?)",
                       [(k, codec.dump(tuple(map(event_record, v)), DayRecords)) for k, v in sorted(linker.on_date.items())])
        db.executemany("INSERT INTO article VALUES (?, ?)", [(a.id, codec.dump(a, Article)) for a in articles])
    db.close()
    meta = Meta(FORMAT, fp, files, tuple(sorted({a.id for a in articles})), tuple(ids), {})
    _write_files(folder, meta, linker, _signature_array([signatures[i] for i in ids]))


# ------------------------------------------------------------------ reading a saved state


@dataclass
class Saved:
    """A saved state, read and checked (the SQLite file is read later, where needed)."""

    folder: Path
    meta: Meta
    article_ids: frozenset[str]
    signatures: object  # numpy array, one row of 64 uint64 per signature id
    linker_state: object  # csto_graph.link.state.LinkerState


def read_state(folder: Path, fp: str) -> Saved:
    """Read ``meta.json``, ``signatures.npy`` and ``linker.json`` of the state in ``folder``.

    Raises :class:`Fallback`: "saved state unreadable (...)" for a missing, damaged, hostile
    or other-format state; the reason of :func:`plan` when it was saved for other code or
    options.
    """
    import numpy as np

    from ..link.state import STATE_VERSION, LinkerState

    if not (folder / _META).is_file() and (folder / "meta.pickle").is_file():
        raise unreadable(f"format 1 (pickles, not read), this build reads {FORMAT}")

    def read(name: str) -> bytes:
        try:
            return (folder / name).read_bytes()
        except OSError as exc:
            raise unreadable(f"{STATE_DIR}/{name}: {exc.strerror or exc}") from None

    try:
        raw = read(_META)
        found = codec.load(_Format, raw).format
        if found != FORMAT:
            raise unreadable(f"format {found}, this build reads {FORMAT}")
        meta = codec.load(Meta, raw)
        if meta.fingerprint != fp:
            raise Fallback("the code, vocabulary, curation, model or options changed")
        blob = read(_LINKER)
        for name in _HASHED:
            found = hashlib.sha256(blob).hexdigest() if name == _LINKER else _file_sha256(folder / name)
            if found is None:
                raise unreadable(f"{STATE_DIR}/{name} is missing or unreadable")
            if found != meta.digests.get(name):
                raise unreadable(f"{STATE_DIR}/{name} is not the file {_META} describes")
        linker_state = codec.load(LinkerState, blob)
        if linker_state.version != STATE_VERSION:
            raise unreadable(f"linker state version {linker_state.version}, this build reads {STATE_VERSION}")
        try:
            (folder / _SIGNATURES).stat()
            signatures = np.load(folder / _SIGNATURES, allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise unreadable(f"{STATE_DIR}/{_SIGNATURES}: {exc}") from None
        if signatures.dtype != np.uint64 or signatures.shape != (len(meta.signature_ids), 64):
            raise unreadable(f"{STATE_DIR}/{_SIGNATURES} holds {signatures.dtype} {signatures.shape}")
    except StateError as exc:
        raise unreadable(str(exc)) from None
    return Saved(folder, meta, frozenset(meta.article_ids), signatures, linker_state)


def _open_db(folder: Path) -> sqlite3.Connection:
    """The state's SQLite file, read-only, with its tables."""
    path = folder / _DB
    if not path.is_file():
        raise unreadable(f"{STATE_DIR}/{_DB} is missing")
    db = None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        tables = {name for name, in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        if db is not None:
            db.close()
        raise unreadable(f"{STATE_DIR}/{_DB}: {exc}") from None
    if not set(_TABLES) <= tables:
        db.close()
        raise unreadable(f"{STATE_DIR}/{_DB} lacks the tables {', '.join(sorted(set(_TABLES) - tables))}")
    return db


# ------------------------------------------------------------------ the incremental path


@dataclass
class Increment:
    """A build's worth of new articles, linked, ready to be written (see :func:`plan`)."""

    previous: Path  # the built folder it adds to
    saved: Saved
    files: Listing
    skipped: list[Skipped]  # to report, in the order a full build reports them
    articles: list[Article]  # the new ones
    retold: dict  # id -> (before, after): earlier articles that a new item repeats (a new source)
    signatures: dict
    linker: object
    tables: tuple[_Table, ...]
    db: sqlite3.Connection
    added: list[bytes] = field(default_factory=list)  # N-Triples lines
    removed: list[bytes] = field(default_factory=list)
    old_lines: list[bytes] = field(default_factory=list)  # of the touched nodes, for the change log
    new_lines: list[bytes] = field(default_factory=list)


def plan(paths, out: Path, config, read_config) -> Increment:
    """Work out what adding the new files changes, without writing anything.

    Raises :class:`Fallback` when the incremental path cannot give the full build's graph,
    or the saved state cannot be read.
    """
    from ..corpus.articles import split_page
    from ..corpus.reading import UnreadableFile, iter_corpus_files, read_document
    from ..graph.store import GRAPH_FILE, STORE_DIR

    state = out / STATE_DIR
    if not (out / GRAPH_FILE).is_file():
        raise Fallback("no saved state in the output folder")
    if not (out / STORE_DIR).is_dir():
        raise unreadable(f"{STORE_DIR}/ is missing")
    saved = read_state(state, fingerprint(config.model, config.max_bytes, config.curation))
    old = saved.meta.listing
    listed, list_skipped = iter_corpus_files(paths, read_config)
    now = {str(p): p for p in listed}
    for path, before in old.files.items():
        if path not in now:
            raise Fallback(f"{path} is gone")
        if not unchanged(path, before, read_config.max_bytes):
            raise Fallback(f"{path} changed")
    if not set(old.list_skipped) <= set(list_skipped):
        raise Fallback("a file skipped before is no longer skipped")
    new_paths = sorted(p for p in now if p not in old.files)
    if new_paths and new_paths[0] <= old.last_read:
        raise Fallback(f"the new file {new_paths[0]} sorts before {old.last_read}")
    documents, read_skipped = [], list(old.read_skipped)
    for path in new_paths:
        try:
            documents.append(read_document(now[path], read_config))
        except UnreadableFile as error:
            read_skipped.append(Skipped(path, str(error)))
    read = {d.path: d.sha256 for d in documents}
    files = Listing({**old.files, **{p: stamp(p, read_config.max_bytes, read.get(p)) for p in new_paths}},
                    tuple(list_skipped), tuple(read_skipped), max([old.last_read, *(d.path for d in documents)]))
    skipped = list(list_skipped) + sorted(read_skipped, key=lambda s: s.path)
    pieces = [a for doc in sorted(documents, key=lambda d: d.path) for a in split_page(doc)]
    db = _open_db(state)
    try:
        return _link_new(out, saved, files, skipped, pieces, db, config)
    except StateError as exc:
        db.close()
        raise unreadable(str(exc)) from None
    except BaseException:
        db.close()
        raise


def _link_new(out, saved: Saved, files, skipped, pieces, db, config) -> Increment:
    from ..extract.article import ExtractConfig, extract_articles

    signatures: dict = {}
    articles, retold = _deduplicate(pieces, saved, db, signatures)
    linker = _load_linker(saved, db, config)
    inc = Increment(out, saved, files, skipped, articles, retold, signatures, linker,
                    (linker.occupancies, linker.on_date), db)
    extractions = []
    if articles:
        extractions = extract_articles(articles, ExtractConfig(model=config.model, progress=config.progress,
                                                               jobs=config.jobs, scheduler=config.scheduler,
                                                               cache=config.cache))
    _graph_delta(inc, extractions if articles else [])
    return inc


def _deduplicate(pieces: list[Article], saved: Saved, db: sqlite3.Connection,
                 signatures: dict) -> tuple[list[Article], dict]:
    """:func:`~csto_graph.corpus.articles.deduplicate` of the new items, as it goes on after the old
    ones in a full build: an item can repeat an old article (which gets one more source) or
    an earlier new one."""
    import numpy as np
    from datasketch import MinHashLSH

    from ..corpus.articles import MIN_SHINGLES, SHINGLE_THRESHOLD, _body, _merge, _shingles, key_tokens, near_duplicate, signature

    known, ids, article_ids = saved.signatures, saved.meta.signature_ids, saved.article_ids
    bands = MinHashLSH(threshold=SHINGLE_THRESHOLD, num_perm=64).hashranges
    old: dict[str, Article] = {}  # earlier articles a new item repeats, as they were
    merged: dict[str, Article] = {}
    order: list[str] = []
    new_sigs: dict[str, tuple] = {}

    def article(key: str) -> Article:
        if key not in old:
            old[key] = merged[key] = _saved_article(db, key)
        return merged[key]

    def similar(key: str):
        if key in new_sigs:
            return new_sigs[key][:2]
        body = _body(article(key))
        return _shingles(body), key_tokens(body)

    for piece in pieces:
        key = piece.id
        if key in article_ids or key in new_sigs or key in order:
            merged[key] = _merge(article(key) if key in article_ids else merged[key], piece)
            continue
        sh, kt, mh = signature(piece)
        twin = None
        if len(sh) >= MIN_SHINGLES:
            hits = np.zeros(len(known), dtype=bool)
            for start, end in bands:
                hits |= (known[:, start:end] == mh.hashvalues[start:end]).all(axis=1)
            cands = {ids[k] for k in np.flatnonzero(hits)} | {
                k for k, (_, _, h) in new_sigs.items()
                if any((h[start:end] == mh.hashvalues[start:end]).all() for start, end in bands)}
            twin = next((c for c in sorted(cands) if near_duplicate(sh, kt, *similar(c))), None)
        if twin is not None:
            merged[twin] = _merge(article(twin) if twin in article_ids else merged[twin], piece)
            continue
        merged[key] = piece
        order.append(key)
        if len(sh) >= MIN_SHINGLES:
            new_sigs[key] = (sh, kt, mh.hashvalues)
            signatures[key] = mh.hashvalues
    retold = {}
    for key, before in old.items():
        after = merged[key]
        if (after.date, after.date_source, after.title, after.sources[0]) != \
                (before.date, before.date_source, before.title, before.sources[0]):
            raise Fallback(f"an item of {after.sources[-1].path} retells the article {key} and changes it")
        retold[key] = (before, after)
    return [merged[k] for k in order], retold


def _saved_article(db: sqlite3.Connection, key: str) -> Article:
    try:
        row = db.execute("SELECT value FROM article WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error as exc:
        raise StateError(f"{_DB}: {exc}") from None
    if row is None:
        raise StateError(f"{_DB} lacks the article {key}")
    return codec.load(Article, row[0])


def _load_linker(saved: Saved, db: sqlite3.Connection, config):
    from ..link.curation import load_curation
    from ..link.linker import Linker
    from ..vocab.gazetteer import load_gazetteer

    occupancies, days = _tables(db, frozenset(saved.linker_state.ids))
    return Linker.from_state(saved.linker_state, load_gazetteer(), load_curation(config.curation),
                             occupancies, days)


def _graph_delta(inc: Increment, extractions) -> None:
    from rdflib.plugins.serializers.nt import _nt_row

    from ..graph.rdf import ID, object_triples
    from ..link.linker import NotAppendable

    try:
        delta = inc.linker.extend(inc.articles, extractions)
    except NotAppendable as exc:
        raise Fallback(str(exc)) from None
    pairs = [*delta.people, *delta.organizations, *delta.occupancies, *delta.events]
    retold = list(inc.retold.values())
    before = object_triples([*(old for old, _ in pairs), *(old for old, _ in retold)])
    after = object_triples([*(new for _, new in pairs), *delta.articles, *delta.places, *(new for _, new in retold)])
    own = {str(node) for node in _nodes(pairs)}
    participation = str(ID["participation/"])
    for s, p, o in before - after:
        if str(s) not in own and not (str(s).startswith(participation) and str(s).split("/")[-3] in own):
            raise Fallback(f"a shared statement about {s} would go")
    inc.removed = sorted(_nt_row(t).encode() for t in before - after)
    inc.added = sorted(_nt_row(t).encode() for t in after - before)
    inc.old_lines = sorted({_nt_row(t).encode() for t in before})
    inc.new_lines = sorted({_nt_row(t).encode() for t in after})


def _nodes(pairs):
    from ..graph.rdf import ID, event_iri, org_iri, person_iri
    from ..models import Event, Occupancy, Organization, Person

    for old, new in pairs:
        for obj in (old, new):
            if isinstance(obj, Person):
                yield person_iri(obj.id)
            elif isinstance(obj, Organization):
                yield org_iri(obj.id)
            elif isinstance(obj, Occupancy):
                yield ID[f"occupancy/{obj.id}"]
            elif isinstance(obj, Event):
                yield event_iri(obj.id)
                yield obj.id  # participation nodes are participation/<event id>/...


def patched_graph(inc: Increment) -> bytes:
    """The previous ``graph.nt`` with the increment's lines removed and added (still sorted)."""
    from ..graph.store import GRAPH_FILE

    data = (inc.previous / GRAPH_FILE).read_bytes()
    lines = data.splitlines(keepends=True) if data != b"\n" else []
    for line in inc.removed:
        i = bisect.bisect_left(lines, line)
        if i == len(lines) or lines[i] != line:
            raise Fallback("the previous graph does not match its saved state")
        del lines[i]
    for line in inc.added:
        i = bisect.bisect_left(lines, line)
        if i == len(lines) or lines[i] != line:
            lines.insert(i, line)
    return b"".join(lines) if lines else b"\n"


def write_store(inc: Increment, folder: Path) -> None:
    """The previous Oxigraph store, copied (hard links where it can) and patched."""
    from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store, parse

    from ..graph.store import STORE_DIR

    Store.read_only(str(inc.previous / STORE_DIR)).backup(str(folder / STORE_DIR))
    store = Store(str(folder / STORE_DIR))
    for lines, apply in ((inc.removed, store.remove), (inc.added, store.add)):
        if lines:
            for t in parse(b"".join(lines), format=RdfFormat.N_TRIPLES):
                apply(Quad(t.subject, t.predicate, t.object, DefaultGraph()))
    store.flush()
    del store


def write_state(inc: Increment, folder: Path) -> None:
    """The previous state with the new articles added."""
    import numpy as np

    target = folder / STATE_DIR
    target.mkdir()
    shutil.copy2(inc.saved.folder / _DB, target / _DB)
    meta = inc.saved.meta
    new_ids = [a.id for a in inc.articles if a.id in inc.signatures]
    signatures = inc.saved.signatures
    if new_ids:
        signatures = np.vstack([signatures, _signature_array([inc.signatures[i] for i in new_ids])])
    db = _create_db(target / _DB)
    with db:
        for table in inc.tables:
            table.save(db)
        db.executemany("INSERT OR REPLACE INTO article VALUES (?, ?)",
                       [(a.id, codec.dump(a, Article))
                        for a in [*inc.articles, *(after for _, after in inc.retold.values())]])
    db.close()
    meta = Meta(FORMAT, meta.fingerprint, inc.files, tuple(sorted(inc.saved.article_ids | {a.id for a in inc.articles})),
                meta.signature_ids + tuple(new_ids), {})
    _write_files(target, meta, inc.linker, signatures)


def report_skipped(inc: Increment, on_skip: Callable[[Skipped], None] | None) -> None:
    for item in inc.skipped:
        if on_skip is not None:
            on_skip(item)


def close(inc: Increment) -> None:
    inc.db.close()
