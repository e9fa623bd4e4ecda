"""The build: corpus -> articles -> mentions -> linked entities -> RDF -> files.

Each stage is one module with one entry function; this module only wires them up and
writes the result atomically (see :mod:`csto_graph.graph.store`).
"""
from __future__ import annotations

import gc
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import __version__
from ..corpus.articles import build_articles
from ..graph.changes import Changes, diff_graphs
from ..errors import CorpusError
from ..extract.page_years import dated_articles
from ..extract.run import ExtractConfig, extract_articles
from ..graph.rdf import canonical_ntriples, kb_triples, to_rdf
from ..link.curation import load_curation
from ..vocab.gazetteer import load_gazetteer
from .incremental import Fallback, fingerprint
from .saved_state import STATE_DIR, listing, save_state
from ..link.linker import Linker
from ..link.review import unplaced_mentions, write_review
from ..models import KnowledgeBase, Skipped
from ..corpus.reading import ReadConfig, read_corpus
from ..graph.store import GRAPH_FILE, build_lock, load_store, prepare_out_dir, write_atomically, write_summary


CHANGES_FILE = "changes.json"
# Objects the collector lets pile up before it looks at the young ones (Python's default:
# 700). A build makes millions of objects that live to its end (articles, mentions,
# triples), and each tenth look at the middle generation scans the whole heap: at 10k
# articles 23 such scans, 10 s of a 72 s build (CPU). With 10,000 it scanned it 3 times
# (2.3 s, 4.5 s of collection in all; peak memory 1,184 MB, was 1,166 MB).
_YOUNG_OBJECTS = 10_000


@dataclass(frozen=True)
class BuildConfig:
    model: str | None = None
    max_bytes: int = 20 * 1024 * 1024
    progress: bool = False
    render: bool = True
    curation: str | None = None  # path of a curation file (default: ontology/curation.yaml)
    jobs: int = 1  # processes for the extraction
    cache: str | None = None  # SQLite file of cached extractions (None: no cache; see csto_graph.pipeline.cache)
    scheduler: str | None = None  # Dask scheduler address: extract on that cluster
    incremental: bool = True  # add new files to the graph in ``out`` when it can (csto_graph.pipeline.incremental)
    years_from_terms: bool = False  # date yearless pages by their officials' terms of office (extract/page_years.py)


@dataclass(frozen=True)
class BuildReport:
    out: Path
    articles: int
    people: int
    organizations: int
    events: int
    triples: int
    skipped: tuple[Skipped, ...] = field(default=())
    changes: Changes | None = None  # against the graph that was in ``out`` before
    incremental: bool = False  # only the new files were read and linked
    full_reason: str = ""  # why a full build was made (when the incremental path was tried)

    def summary(self) -> dict:
        return {"articles": self.articles, "people": self.people, "organizations": self.organizations,
                "events": self.events, "triples": self.triples, "skipped": len(self.skipped),
                "version": __version__}


@dataclass
class _Corpus:
    documents: list
    skipped: list
    articles: list
    signatures: dict


def _read(paths: list[str | os.PathLike], config: BuildConfig,
          on_skip: Callable[[Skipped], None] | None) -> _Corpus:
    documents, skipped = read_corpus(paths, ReadConfig(max_bytes=config.max_bytes), on_skip=on_skip)
    if not documents:
        raise CorpusError("no readable corpus file in " + ", ".join(map(str, paths))
                          + (f" ({len(skipped)} skipped)" if skipped else ""))
    signatures: dict = {}
    return _Corpus(documents, skipped, build_articles(documents, signatures), signatures)


def _extract_and_link(corpus: _Corpus, config: BuildConfig) -> tuple[KnowledgeBase, Linker, list]:
    extractions = extract_articles(corpus.articles, ExtractConfig(model=config.model, progress=config.progress,
                                                                  jobs=config.jobs, scheduler=config.scheduler,
                                                                  cache=config.cache,
                                                                  years_from_terms=config.years_from_terms))
    corpus.articles = dated_articles(corpus.articles, extractions)  # a yearless page the extraction dated
    linker = Linker(load_gazetteer(), load_curation(config.curation))
    kb = linker.link(corpus.articles, extractions)
    return kb, linker, unplaced_mentions(linker.unplaced, corpus.articles, extractions)


def build(paths: list[str | os.PathLike], out: str | os.PathLike, config: BuildConfig = BuildConfig(),
          on_skip: Callable[[Skipped], None] | None = None) -> BuildReport:
    """Build the graph of a corpus into the folder ``out`` (atomically).

    When ``out`` holds an earlier build of the same corpus and the corpus only grew at its
    end, only the new files are read, extracted and linked (see :mod:`csto_graph.pipeline.incremental`);
    the graph is the one a full build gives. The build holds the lock of ``out`` from
    start to end (a second build into it fails at once, see :func:`csto_graph.graph.store.build_lock`).
    """
    out = prepare_out_dir(out)
    with build_lock(out), _fewer_collections():
        return _build(paths, out, config, on_skip)


@contextmanager
def _fewer_collections():
    """Run the block with the collector's first threshold at least :data:`_YOUNG_OBJECTS`
    (restored after it)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], _YOUNG_OBJECTS), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _build(paths, out: Path, config: BuildConfig, on_skip) -> BuildReport:
    reason = ""
    if config.incremental:
        try:
            return _build_increment(paths, out, config, on_skip)
        except Fallback as exc:
            reason = str(exc)
    corpus = _read(paths, config, on_skip)
    kb, linker, mentions = _extract_and_link(corpus, config)
    triples = kb_triples(kb)
    data = canonical_ntriples(triples)
    previous = Path(out) / GRAPH_FILE
    changes = diff_graphs(previous.read_bytes() if previous.is_file() else None, data)
    report = BuildReport(Path(out), len(kb.articles), len(kb.people), len(kb.organizations),
                         len(kb.events), len(triples), tuple(corpus.skipped), changes, False, reason)
    listed = listing(paths, corpus.documents, corpus.skipped, ReadConfig(max_bytes=config.max_bytes))
    fp = fingerprint(config.model, config.max_bytes, config.curation, config.years_from_terms)

    def fill(folder: Path) -> None:
        (folder / GRAPH_FILE).write_bytes(data)
        load_store(folder, data)
        write_review(folder, mentions, linker.cur, linker.gaz, config.curation)
        if config.render:
            from ..views.pages import render_graph_page, render_timeline_page

            graph = to_rdf(triples)  # rdflib's indexed graph only where the pages need it
            render_graph_page(graph, folder / "graph.html")
            render_timeline_page(graph, folder / "timeline.html")
        _finish(folder, report, changes)
        save_state(folder / STATE_DIR, fp, listed, corpus.articles, corpus.signatures, linker)

    write_atomically(out, fill)
    return report


def _finish(folder: Path, report: BuildReport, changes: Changes) -> None:
    write_summary(folder, report.summary())
    (folder / CHANGES_FILE).write_text(json.dumps(changes.to_json(), indent=1, ensure_ascii=False) + "\n",
                                       encoding="utf-8")


def _build_increment(paths, out: Path, config: BuildConfig, on_skip) -> BuildReport:
    """Add the new files to the graph in ``out`` (raises Fallback when that cannot be done)."""
    from . import incremental as inc_

    inc = inc_.plan(paths, out, config, ReadConfig(max_bytes=config.max_bytes))
    try:
        data = inc_.patched_graph(inc)
        changes = diff_graphs(b"".join(inc.old_lines), b"".join(inc.new_lines))
        counts = inc.linker.counts
        report = BuildReport(out, inc.linker.n_articles, counts["people"], counts["organizations"],
                             counts["events"], 0 if data == b"\n" else data.count(b"\n"), tuple(inc.skipped),
                             changes, True)

        def fill(folder: Path) -> None:
            (folder / GRAPH_FILE).write_bytes(data)
            inc_.write_store(inc, folder)
            write_review(folder, inc.mentions, inc.linker.cur, inc.linker.gaz, config.curation)
            if config.render:
                from ..views.pages import render_graph_page, render_timeline_page
                from ..graph.store import load_graph

                graph = load_graph(folder)
                render_graph_page(graph, folder / "graph.html")
                render_timeline_page(graph, folder / "timeline.html")
            _finish(folder, report, changes)
            inc_.write_state(inc, folder)

        write_atomically(out, fill)
    finally:
        inc_.close(inc)
    inc_.report_skipped(inc, on_skip)
    return report
