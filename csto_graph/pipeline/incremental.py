"""Incremental builds: when the corpus only grew at its end, read, link and write just the new part.

A build saves in ``OUT/state/`` what the next one needs to add to it: the corpus files it
listed (path, size, modification time), the articles' ids, MinHash signatures and texts
(to tell whether a new item repeats an old one) and the :class:`~csto_graph.link.linker.Linker`,
with its occupancies and events by date in a SQLite file read only where new articles
touch them.

The next build into the same folder takes the incremental path when

- the state was saved by the same code, vocabulary, curation, model and file-size limit;
- no file listed before is gone or changed, and every new file sorts after the last
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
import pickle
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..models import Article, Document, Skipped

STATE_DIR = "state"
_META, _LINKER, _SIGNATURES, _DB = "meta.pickle", "linker.pickle", "signatures.npy", "state.sqlite"
FORMAT = 1


class Fallback(Exception):
    """The incremental path cannot be taken (the message says why): build everything."""


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


def _stat(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


# ------------------------------------------------------------------ a mapping kept in SQLite


class _Table:
    """A dict-like view of one SQLite table of pickled values: read on demand, values kept
    once read (so changes to them are seen), changed keys written back by :meth:`save`."""

    def __init__(self, db: sqlite3.Connection, table: str):
        self.db, self.table = db, table
        self.loaded: dict = {}
        self.dirty: set = set()

    def get(self, key, default=None):
        if key not in self.loaded:
            row = self.db.execute(f"SELECT value FROM {self.table} WHERE key = ?", (key,)).fetchone()
            if row is None:
                return default
            self.loaded[key] = pickle.loads(row[0])
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
                       [(k, pickle.dumps(self.loaded[k], protocol=5)) for k in sorted(self.dirty)])


def _create_db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(str(path))
    for table in ("occupancy", "day", "article"):
        db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
    return db


# ------------------------------------------------------------------ saving


@dataclass
class Listing:
    """The corpus files a build listed: readable or not, with their size and modification time."""

    files: dict[str, tuple[int, int] | None]  # every listed file (read or skipped while reading)
    list_skipped: tuple[Skipped, ...]  # skipped before reading (links, folders, extensions)
    read_skipped: tuple[Skipped, ...]
    last_read: str  # the last path that gave a document


def listing(paths, documents: list[Document], skipped: list[Skipped], config) -> Listing:
    from ..corpus.reading import iter_corpus_files

    listed, list_skipped = iter_corpus_files(paths, config)
    names = {str(p) for p in listed}
    return Listing({str(p): _stat(str(p)) for p in listed},
                   tuple(s for s in skipped if s.path not in names),
                   tuple(s for s in skipped if s.path in names),
                   max(d.path for d in documents))


def save_state(folder: Path, fp: str, files: Listing, articles: list[Article], signatures: dict,
               linker) -> None:
    """Write the state of a full build into ``folder`` (a new folder)."""
    import numpy as np

    folder.mkdir()
    ids = [a.id for a in articles if a.id in signatures]
    np.save(folder / _SIGNATURES, np.array([signatures[i] for i in ids], dtype=np.uint64).reshape(-1, 64))
    db = _create_db(folder / _DB)
    with db:
        db.executemany("INSERT INTO occupancy VALUES (?, ?)",
                       [(k, pickle.dumps(v, protocol=5)) for k, v in sorted(linker.occupancies.items())])
        db.executemany("INSERT INTO day VALUES (?, ?)",
                       [(k, pickle.dumps(v, protocol=5)) for k, v in sorted(linker.on_date.items())])
        db.executemany("INSERT INTO article VALUES (?, ?)", [(a.id, pickle.dumps(a, protocol=5)) for a in articles])
    db.close()
    _dump_linker(linker, folder / _LINKER)
    meta = {"format": FORMAT, "fingerprint": fp, "listing": files, "article_ids": {a.id for a in articles},
            "signature_ids": ids}
    (folder / _META).write_bytes(pickle.dumps(meta, protocol=5))


def _dump_linker(linker, path: Path) -> None:
    """Pickle the linker without its posts and events by date (they are in the SQLite file)."""
    tables = linker.occupancies, linker.on_date
    linker.occupancies = linker.on_date = None
    try:
        path.write_bytes(pickle.dumps(linker, protocol=5))
    finally:
        linker.occupancies, linker.on_date = tables


# ------------------------------------------------------------------ the incremental path


@dataclass
class Increment:
    """A build's worth of new articles, linked, ready to be written (see :func:`plan`)."""

    previous: Path  # the built folder it adds to
    fp: str
    files: Listing
    skipped: list[Skipped]  # to report, in the order a full build reports them
    articles: list[Article]  # the new ones
    retold: dict  # id -> (before, after): earlier articles that a new item repeats (a new source)
    signatures: dict
    linker: object
    tables: list[_Table]
    db: sqlite3.Connection
    added: list[bytes] = field(default_factory=list)  # N-Triples lines
    removed: list[bytes] = field(default_factory=list)
    old_lines: list[bytes] = field(default_factory=list)  # of the touched nodes, for the change log
    new_lines: list[bytes] = field(default_factory=list)


def plan(paths, out: Path, config, read_config) -> Increment:
    """Work out what adding the new files changes, without writing anything.

    Raises :class:`Fallback` when the incremental path cannot give the full build's graph.
    """
    from ..corpus.articles import split_page
    from ..corpus.reading import UnreadableFile, iter_corpus_files, read_document
    from ..graph.store import GRAPH_FILE, STORE_DIR

    state = out / STATE_DIR
    if not (state / _META).is_file() or not (out / GRAPH_FILE).is_file() or not (out / STORE_DIR).is_dir():
        raise Fallback("no saved state in the output folder")
    try:
        meta = pickle.loads((state / _META).read_bytes())
    except Exception as exc:  # noqa: BLE001 - a damaged state only costs a full build
        raise Fallback(f"the saved state cannot be read ({exc.__class__.__name__})") from None
    fp = fingerprint(config.model, config.max_bytes, config.curation)
    if meta.get("format") != FORMAT or meta.get("fingerprint") != fp:
        raise Fallback("the code, vocabulary, curation, model or options changed")
    old: Listing = meta["listing"]
    listed, list_skipped = iter_corpus_files(paths, read_config)
    now = {str(p): p for p in listed}
    for path, stat in old.files.items():
        if path not in now:
            raise Fallback(f"{path} is gone")
        if _stat(path) != stat:
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
    files = Listing({**old.files, **{p: _stat(p) for p in new_paths}}, tuple(list_skipped),
                    tuple(read_skipped), max([old.last_read, *(d.path for d in documents)]))
    skipped = list(list_skipped) + sorted(read_skipped, key=lambda s: s.path)
    pieces = [a for doc in sorted(documents, key=lambda d: d.path) for a in split_page(doc)]
    db = sqlite3.connect(f"file:{state / _DB}?mode=ro", uri=True)
    try:
        return _link_new(out, fp, files, skipped, pieces, meta, state, db, config)
    except BaseException:
        db.close()
        raise


def _link_new(out, fp, files, skipped, pieces, meta, state, db, config) -> Increment:
    from ..extract.article import ExtractConfig, extract_articles

    signatures: dict = {}
    articles, retold = _deduplicate(pieces, meta, state, db, signatures)
    linker = _load_linker(state, db, config)
    inc = Increment(out, fp, files, skipped, articles, retold, signatures, linker,
                    [linker.occupancies, linker.on_date], db)
    extractions = []
    if articles:
        extractions = extract_articles(articles, ExtractConfig(model=config.model, progress=config.progress,
                                                               jobs=config.jobs, scheduler=config.scheduler,
                                                               cache=config.cache))
    _graph_delta(inc, extractions if articles else [])
    return inc


def _deduplicate(pieces: list[Article], meta: dict, state: Path, db: sqlite3.Connection,
                 signatures: dict) -> tuple[list[Article], dict]:
    """:func:`~csto_graph.corpus.articles.deduplicate` of the new items, as it goes on after the old
    ones in a full build: an item can repeat an old article (which gets one more source) or
    an earlier new one."""
    import numpy as np
    from datasketch import MinHashLSH

    from ..corpus.articles import MIN_SHINGLES, SHINGLE_THRESHOLD, _body, _merge, _shingles, key_tokens, near_duplicate, signature

    known = np.load(state / _SIGNATURES) if pieces else None
    ids = meta["signature_ids"]
    bands = MinHashLSH(threshold=SHINGLE_THRESHOLD, num_perm=64).hashranges
    old: dict[str, Article] = {}  # earlier articles a new item repeats, as they were
    merged: dict[str, Article] = {}
    order: list[str] = []
    new_sigs: dict[str, tuple] = {}

    def article(key: str) -> Article:
        if key not in old:
            (blob,) = db.execute("SELECT value FROM article WHERE key = ?", (key,)).fetchone()
            old[key] = merged[key] = pickle.loads(blob)
        return merged[key]

    def similar(key: str):
        if key in new_sigs:
            return new_sigs[key][:2]
        body = _body(article(key))
        return _shingles(body), key_tokens(body)

    for piece in pieces:
        key = piece.id
        if key in meta["article_ids"] or key in new_sigs or key in order:
            merged[key] = _merge(article(key) if key in meta["article_ids"] else merged[key], piece)
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
            merged[twin] = _merge(article(twin) if twin in meta["article_ids"] else merged[twin], piece)
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


def _load_linker(state: Path, db: sqlite3.Connection, config):
    from ..link.curation import load_curation
    from ..vocab.gazetteer import load_gazetteer

    linker = pickle.loads((state / _LINKER).read_bytes())
    linker.attach(load_gazetteer(), load_curation(config.curation))
    linker.occupancies, linker.on_date = _Table(db, "occupancy"), _Table(db, "day")
    return linker


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
    gone, new = _tenure_delta(inc, before, after)
    inc.removed = sorted({_nt_row(t).encode() for t in (before - after) | gone})
    inc.added = sorted({_nt_row(t).encode() for t in (after - before) | new})
    inc.old_lines = sorted({_nt_row(t).encode() for t in before})
    inc.new_lines = sorted({_nt_row(t).encode() for t in after})


def _tenure_delta(inc: Increment, before: set, after: set) -> tuple[set, set]:
    """The tenure triples that go and come: tenures are read from every occupancy of a
    post (a holder's neighbours bound it), so they are read again from the previous
    graph's occupancy facts, patched (:mod:`csto_graph.graph.tenure_rdf`)."""
    from rdflib import Graph

    from ..graph.store import GRAPH_FILE
    from ..graph.tenure_rdf import READ, tenure_triples

    wanted = tuple(f"> <{p}> ".encode() for p in READ)
    data = (inc.previous / GRAPH_FILE).read_bytes()
    lines = b"".join(ln for ln in data.splitlines(keepends=True) if any(w in ln for w in wanted))
    old = set(Graph().parse(data=lines.decode("utf-8"), format="nt")) if lines.strip() else set()
    new = (old - {t for t in before - after if t[1] in READ}) | {t for t in after if t[1] in READ}
    old_t, new_t = tenure_triples(old), tenure_triples(new)
    return old_t - new_t, new_t - old_t


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

    old = inc.previous / STATE_DIR
    target = folder / STATE_DIR
    shutil.copytree(old, target)
    meta = pickle.loads((old / _META).read_bytes())
    new_ids = [a.id for a in inc.articles if a.id in inc.signatures]
    if new_ids:
        known = np.load(old / _SIGNATURES)
        added = np.array([inc.signatures[i] for i in new_ids], dtype=np.uint64).reshape(-1, 64)
        np.save(target / _SIGNATURES, np.vstack([known, added]))
    meta.update(listing=inc.files, article_ids=meta["article_ids"] | {a.id for a in inc.articles},
                signature_ids=meta["signature_ids"] + new_ids)
    db = _create_db(target / _DB)
    with db:
        for table in inc.tables:
            table.save(db)
        db.executemany("INSERT OR REPLACE INTO article VALUES (?, ?)",
                       [(a.id, pickle.dumps(a, protocol=5))
                        for a in [*inc.articles, *(after for _, after in inc.retold.values())]])
    db.close()
    _dump_linker(inc.linker, target / _LINKER)
    (target / _META).write_bytes(pickle.dumps(meta, protocol=5))


def report_skipped(inc: Increment, on_skip: Callable[[Skipped], None] | None) -> None:
    for item in inc.skipped:
        if on_skip is not None:
            on_skip(item)


def close(inc: Increment) -> None:
    inc.db.close()
