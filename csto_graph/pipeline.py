"""The build: corpus -> articles -> mentions -> linked entities -> RDF -> files.

Each stage is one module with one entry function; this module only wires them up and
writes the result atomically (see :mod:`csto_graph.store`).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__
from .articles import build_articles
from .changes import Changes, diff_graphs
from .errors import CorpusError
from .extract import ExtractConfig, extract_articles
from .graph import canonical_ntriples, kb_triples, to_rdf
from .link import link
from .models import KnowledgeBase, Skipped
from .reading import ReadConfig, read_corpus
from .store import GRAPH_FILE, load_store, prepare_out_dir, write_atomically, write_summary


CHANGES_FILE = "changes.json"


@dataclass(frozen=True)
class BuildConfig:
    model: str | None = None
    max_bytes: int = 20 * 1024 * 1024
    progress: bool = False
    render: bool = True
    curation: str | None = None  # path of a curation file (default: ontology/curation.yaml)
    jobs: int = 1  # processes for the extraction
    cache: str | None = None  # SQLite file of cached extractions (None: no cache; see csto_graph.cache)
    scheduler: str | None = None  # Dask scheduler address: extract on that cluster


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

    def summary(self) -> dict:
        return {"articles": self.articles, "people": self.people, "organizations": self.organizations,
                "events": self.events, "triples": self.triples, "skipped": len(self.skipped),
                "version": __version__}


def build_knowledge_base(paths: list[str | os.PathLike], config: BuildConfig = BuildConfig(),
                         on_skip: Callable[[Skipped], None] | None = None
                         ) -> tuple[KnowledgeBase, list[Skipped]]:
    """Read, extract and link a corpus (no files written)."""
    documents, skipped = read_corpus(paths, ReadConfig(max_bytes=config.max_bytes), on_skip=on_skip)
    if not documents:
        raise CorpusError("no readable corpus file in " + ", ".join(map(str, paths))
                          + (f" ({len(skipped)} skipped)" if skipped else ""))
    articles = build_articles(documents)
    extractions = extract_articles(articles, ExtractConfig(model=config.model, progress=config.progress,
                                                           jobs=config.jobs, scheduler=config.scheduler,
                                                           cache=config.cache))
    return link(articles, extractions, curation=config.curation), skipped


def build(paths: list[str | os.PathLike], out: str | os.PathLike, config: BuildConfig = BuildConfig(),
          on_skip: Callable[[Skipped], None] | None = None) -> BuildReport:
    """Build the graph of a corpus into the folder ``out`` (atomically)."""
    prepare_out_dir(out)
    kb, skipped = build_knowledge_base(paths, config, on_skip)
    triples = kb_triples(kb)
    data = canonical_ntriples(triples)
    previous = Path(out) / GRAPH_FILE
    changes = diff_graphs(previous.read_bytes() if previous.is_file() else None, data)
    report = BuildReport(Path(out), len(kb.articles), len(kb.people), len(kb.organizations),
                         len(kb.events), len(triples), tuple(skipped), changes)

    def fill(folder: Path) -> None:
        (folder / GRAPH_FILE).write_bytes(data)
        load_store(folder, data)
        if config.render:
            from .render import render_graph_page, render_timeline_page

            graph = to_rdf(triples)  # rdflib's indexed graph only where the pages need it
            render_graph_page(graph, folder / "graph.html")
            render_timeline_page(graph, folder / "timeline.html")
        write_summary(folder, report.summary())
        (folder / CHANGES_FILE).write_text(json.dumps(changes.to_json(), indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")

    write_atomically(out, fill)
    return report
