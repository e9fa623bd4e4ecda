"""Incremental builds (csto_graph.pipeline.incremental): a corpus grown at its end, built file by file
into one folder, gives at every step the graph a full build of the same files gives."""
from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from csto_graph.pipeline.build import BuildConfig, build
from csto_graph.graph.query import run_query

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "make_corpus.py"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[Path]:
    """The pages of a synthetic corpus of 150 articles, in corpus order."""
    spec = importlib.util.spec_from_file_location("make_corpus_inc", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        out = tmp_path_factory.mktemp("generated")
        assert module.main(["--articles", "150", "--seed", "5", "--out", str(out)]) == 0
    finally:
        sys.modules.pop(spec.name, None)
    return sorted((out / "corpus").iterdir())


def _config(tmp: Path, incremental: bool = True) -> BuildConfig:
    return BuildConfig(render=False, cache=str(tmp / "cache.sqlite"), incremental=incremental)


def _start(tmp: Path, pages: list[Path], upto: int) -> Path:
    corpus = tmp / "corpus"
    corpus.mkdir()
    for page in pages[:upto]:
        shutil.copy2(page, corpus / page.name)
    return corpus


def _same_as_full(tmp: Path, corpus: Path, out: Path) -> bool:
    full = tmp / "full"
    build([corpus], full, _config(tmp, incremental=False))
    return (out / "graph.nt").read_bytes() == (full / "graph.nt").read_bytes()


def test_growing_corpus_gives_the_full_builds_graph_at_every_step(tmp_path, pages):
    corpus = _start(tmp_path, pages, len(pages) - 8)
    out = tmp_path / "out"
    first = build([corpus], out, _config(tmp_path))
    assert not first.incremental
    paths = []
    for page in pages[-8:]:
        shutil.copy2(page, corpus / page.name)
        report = build([corpus], out, _config(tmp_path))
        paths.append(report.incremental or report.full_reason)
        assert _same_as_full(tmp_path, corpus, out), page.name
    # the test is not vacuous: most pages took the incremental path, and the others say why
    assert sum(p is True for p in paths) >= 4, paths
    assert all(p is True or isinstance(p, str) and p for p in paths)


def test_incremental_store_answers_like_a_full_build(tmp_path, pages):
    corpus = _start(tmp_path, pages, len(pages) - 1)
    out = tmp_path / "out"
    build([corpus], out, _config(tmp_path))
    shutil.copy2(pages[-1], corpus / pages[-1].name)
    report = build([corpus], out, _config(tmp_path))
    assert report.incremental, report.full_reason
    assert _same_as_full(tmp_path, corpus, out)
    for query in ("met", "people", "organizations"):
        assert run_query(str(out), query).rows == run_query(str(tmp_path / "full"), query).rows
    summary = json.loads((out / "build.json").read_text(encoding="utf-8"))
    full = json.loads((tmp_path / "full" / "build.json").read_text(encoding="utf-8"))
    assert summary == full


def test_the_change_log_of_an_increment_names_what_the_new_page_added(tmp_path, pages):
    corpus = _start(tmp_path, pages, len(pages) - 1)
    out = tmp_path / "out"
    build([corpus], out, _config(tmp_path))
    before = (out / "graph.nt").read_text(encoding="utf-8")
    shutil.copy2(pages[-1], corpus / pages[-1].name)
    report = build([corpus], out, _config(tmp_path))
    assert report.incremental
    added = [c.iri for kind in report.changes.kinds.values() for c in kind.added]
    assert added, "the last page tells at least one new event"
    after = (out / "graph.nt").read_text(encoding="utf-8")
    for iri in added:
        assert f"<{iri}>" in after and f"<{iri}>" not in before
    saved = json.loads((out / "changes.json").read_text(encoding="utf-8"))
    assert saved == report.changes.to_json()


def test_a_changed_file_makes_a_full_build(tmp_path, pages):
    corpus = _start(tmp_path, pages, len(pages))
    out = tmp_path / "out"
    build([corpus], out, _config(tmp_path))
    page = corpus / pages[3].name
    page.write_text(page.read_text(encoding="utf-8") + "\nThe CSTO Secretary General met the press.\n",
                    encoding="utf-8")
    report = build([corpus], out, _config(tmp_path))
    assert not report.incremental and "changed" in report.full_reason
    assert _same_as_full(tmp_path, corpus, out)


def test_a_new_file_sorting_before_the_old_ones_makes_a_full_build(tmp_path, pages):
    corpus = _start(tmp_path, pages, len(pages) - 1)
    out = tmp_path / "out"
    build([corpus], out, _config(tmp_path))
    shutil.copy2(pages[-1], corpus / ("0" + pages[-1].name))
    report = build([corpus], out, _config(tmp_path))
    assert not report.incremental and "sorts before" in report.full_reason
    assert _same_as_full(tmp_path, corpus, out)


def test_a_page_retelling_an_old_article_adds_a_source_to_it(tmp_path, pages):
    corpus = _start(tmp_path, pages, len(pages))
    out = tmp_path / "out"
    build([corpus], out, _config(tmp_path))
    shutil.copy2(pages[-1], corpus / ("zz-copy-" + pages[-1].name))
    report = build([corpus], out, _config(tmp_path))
    assert report.incremental, report.full_reason
    graph = (out / "graph.nt").read_text(encoding="utf-8")
    assert f'"{corpus / ("zz-copy-" + pages[-1].name)}"' in graph
    assert _same_as_full(tmp_path, corpus, out)


def test_without_new_files_the_graph_stays(tmp_path, pages):
    corpus = _start(tmp_path, pages, 10)
    out = tmp_path / "out"
    build([corpus], out, _config(tmp_path))
    before = (out / "graph.nt").read_bytes()
    report = build([corpus], out, _config(tmp_path))
    assert report.incremental
    assert (out / "graph.nt").read_bytes() == before
    assert report.changes.summary().endswith("people +0 -0, organizations +0 -0, events +0 -0")


def test_full_flag_and_a_damaged_state_build_everything(tmp_path, pages):
    corpus = _start(tmp_path, pages, 10)
    out = tmp_path / "out"
    build([corpus], out, _config(tmp_path))
    assert not build([corpus], out, _config(tmp_path, incremental=False)).incremental
    (out / "state" / "meta.pickle").write_bytes(b"not a pickle")
    report = build([corpus], out, _config(tmp_path))
    assert not report.incremental and "cannot be read" in report.full_reason
    assert build([corpus], out, _config(tmp_path)).incremental  # the full build saved a good state again
