"""Incremental builds: when the corpus only grew at its end, read, link and write just the new part.

A build saves in ``OUT/state/`` what the next one needs to add to it: the corpus files it
listed (path, size, SHA-256 of the content read), the articles' ids, MinHash signatures and
texts (to tell whether a new item repeats an old one) and the
:class:`~csto_graph.link.linker.Linker`'s state, with its occupancies and events by date in
a SQLite file read only where new articles touch them.

The state is data, never code (:mod:`csto_graph.pipeline.saved_state`: JSON read back as
typed dataclasses, numpy without pickle, SQLite of JSON values, each file checked against
its SHA-256 in ``meta.json``). A state that is missing, damaged, hostile or of another
format makes the build say ``saved state unreadable (...)`` and build everything (which
saves a good state again).

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
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..errors import StateError
from ..models import Article, Skipped
from .saved_state import (FORMAT, STATE_DIR, Listing, Meta, Saved, Table, add_to_state, open_db, read_meta,
                          read_saved, saved_article, signature_array, stamp, tables, unchanged)


class Fallback(Exception):
    """The incremental path cannot be taken (the message says why): build everything."""


def unreadable(reason: str) -> Fallback:
    return Fallback(f"saved state unreadable ({reason})")


# ------------------------------------------------------------------ fingerprint


def fingerprint(model: str | None, max_bytes: int, curation: str | None, years_from_terms: bool = False) -> str:
    """What a saved state is valid for: the package's code, ``ontology/*.yaml``, the curation
    file, the spaCy model, the file-size limit and whether yearless pages are dated by terms of office."""
    from .cache import PACKAGE_DIR
    from ..extract.nlp import model_id
    from ..vocab.resources import ontology_dir

    digest = hashlib.sha256(f"{__version__}\0{model_id(model)}\0{max_bytes}\0".encode()
                            + (b"terms\0" if years_from_terms else b""))
    files = sorted(PACKAGE_DIR.rglob("*.py")) + sorted(ontology_dir().glob("*.yaml"))
    if curation:
        files.append(Path(curation))
    for path in files:
        digest.update(path.as_posix().removeprefix(PACKAGE_DIR.parent.as_posix()).encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    return digest.hexdigest()


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
    tables: tuple[Table, ...]
    db: sqlite3.Connection
    added: list[bytes] = field(default_factory=list)  # N-Triples lines
    removed: list[bytes] = field(default_factory=list)
    old_lines: list[bytes] = field(default_factory=list)  # of the touched nodes, for the change log
    new_lines: list[bytes] = field(default_factory=list)
    mentions: list = field(default_factory=list)  # unplaced person mentions, old and new (the review queue)


def plan(paths, out: Path, config, read_config) -> Increment:
    """Work out what adding the new files changes, without writing anything.

    Raises :class:`Fallback` when the incremental path cannot give the full build's graph,
    or the saved state cannot be read.
    """
    from ..corpus.pages import split_page
    from ..corpus.reading import UnreadableFile, iter_corpus_files, read_document
    from ..graph.store import GRAPH_FILE, STORE_DIR

    state = out / STATE_DIR
    if not (out / GRAPH_FILE).is_file():
        raise Fallback("no saved state in the output folder")
    if not (out / STORE_DIR).is_dir():
        raise unreadable(f"{STORE_DIR}/ is missing")
    try:
        meta = read_meta(state)
        if meta.fingerprint != fingerprint(config.model, config.max_bytes, config.curation, config.years_from_terms):
            raise Fallback("the code, vocabulary, curation, model or options changed")
        saved = read_saved(state, meta)
    except StateError as exc:
        raise unreadable(str(exc)) from None
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
    try:
        db = open_db(state)
    except StateError as exc:
        raise unreadable(str(exc)) from None
    try:
        return _link_new(out, saved, files, skipped, pieces, db, config)
    except StateError as exc:
        db.close()
        raise unreadable(str(exc)) from None
    except BaseException:
        db.close()
        raise


def _link_new(out, saved: Saved, files, skipped, pieces, db, config) -> Increment:
    from ..extract.page_years import dated_articles
    from ..extract.run import ExtractConfig, extract_articles

    signatures: dict = {}
    articles, retold = _deduplicate(pieces, saved, db, signatures)
    linker = _load_linker(saved, db, config)
    inc = Increment(out, saved, files, skipped, articles, retold, signatures, linker,
                    (linker.occupancies, linker.on_date), db)
    extractions = []
    if articles:
        extractions = extract_articles(articles, ExtractConfig(model=config.model, progress=config.progress,
                                                               jobs=config.jobs, scheduler=config.scheduler,
                                                               cache=config.cache,
                                                               years_from_terms=config.years_from_terms))
        inc.articles = articles = dated_articles(articles, extractions)  # a yearless page the extraction dated
    _graph_delta(inc, extractions if articles else [])
    inc.mentions = _mentions(out, linker, articles, extractions)
    return inc


def _mentions(out: Path, linker, articles, extractions) -> list:
    """The previous build's unplaced mentions, then the new articles' (raises Fallback when
    the previous build wrote no review queue)."""
    from ..link.review import ReviewError, previous_mentions, unplaced_mentions

    try:
        old = previous_mentions(out)
    except ReviewError as exc:
        raise Fallback(str(exc)) from None
    return old + unplaced_mentions(linker.unplaced, articles, extractions, linker.n_articles - len(articles))


def _deduplicate(pieces: list[Article], saved: Saved, db: sqlite3.Connection,
                 signatures: dict) -> tuple[list[Article], dict]:
    """The new items de-duplicated after the old articles, as a full build goes on
    (:class:`~csto_graph.corpus.dedupe.Deduplicator`): an item can repeat an old article
    (which gets one more source, and must not change otherwise) or an earlier new one."""
    from ..corpus.dedupe import Deduplicator, Earlier

    earlier = Earlier(saved.article_ids, saved.meta.signature_ids, saved.signatures,
                      lambda key: saved_article(db, key))
    dedupe = Deduplicator(earlier=earlier)
    for piece in pieces:
        dedupe.add(piece)
    signatures.update(dedupe.signatures)
    retold = dedupe.retold()
    for key, (before, after) in retold.items():
        if (after.date, after.date_source, after.title, after.sources[0]) != \
                (before.date, before.date_source, before.title, before.sources[0]):
            raise Fallback(f"an item of {after.sources[-1].path} retells the article {key} and changes it")
    return dedupe.kept, retold


def _load_linker(saved: Saved, db: sqlite3.Connection, config):
    from ..link.curation import load_curation
    from ..link.linker import Linker
    from ..vocab.gazetteer import load_gazetteer

    occupancies, days = tables(db, frozenset(saved.linker_state.ids))
    return Linker.from_state(saved.linker_state, load_gazetteer(), load_curation(config.curation),
                             occupancies, days)


def _graph_delta(inc: Increment, extractions) -> None:
    from ..graph.rdf import event_of_participation, ntriples_lines, object_triples
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
    for s, p, o in before - after:
        if str(s) not in own and event_of_participation(s) not in own:
            raise Fallback(f"a shared statement about {s} would go")
    gone, new = _tenure_delta(inc, before, after)
    inc.removed = ntriples_lines((before - after) | gone)
    inc.added = ntriples_lines((after - before) | new)
    inc.old_lines = ntriples_lines(before)
    inc.new_lines = ntriples_lines(after)


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
    from ..graph.rdf import event_iri, occupancy_iri, org_iri, person_iri
    from ..models import Event, Occupancy, Organization, Person

    for old, new in pairs:
        for obj in (old, new):
            if isinstance(obj, Person):
                yield person_iri(obj.id)
            elif isinstance(obj, Organization):
                yield org_iri(obj.id)
            elif isinstance(obj, Occupancy):
                yield occupancy_iri(obj.id)
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
    """The previous Oxigraph store, copied and patched (:func:`~csto_graph.graph.store.patch_store`)."""
    from ..graph.store import patch_store

    patch_store(inc.previous, folder, inc.removed, inc.added)


def write_state(inc: Increment, folder: Path) -> None:
    """The previous state with the new articles added."""
    import numpy as np

    meta = inc.saved.meta
    new_ids = [a.id for a in inc.articles if a.id in inc.signatures]
    signatures = inc.saved.signatures
    if new_ids:
        signatures = np.vstack([signatures, signature_array([inc.signatures[i] for i in new_ids])])
    meta = Meta(FORMAT, meta.fingerprint, inc.files, tuple(sorted(inc.saved.article_ids | {a.id for a in inc.articles})),
                meta.signature_ids + tuple(new_ids), {})
    add_to_state(inc.saved.folder, folder / STATE_DIR, meta, inc.linker, signatures, inc.tables,
                 [*inc.articles, *(after for _, after in inc.retold.values())])


def report_skipped(inc: Increment, on_skip: Callable[[Skipped], None] | None) -> None:
    for item in inc.skipped:
        if on_skip is not None:
            on_skip(item)


def close(inc: Increment) -> None:
    inc.db.close()
