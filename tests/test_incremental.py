"""Incremental builds (csto_graph.pipeline.incremental): a corpus grown at its end, built file by file
into one folder, gives at every step the graph a full build of the same files gives."""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from damage import Planted, pickled_signatures, plant_pickles, rewrite_json, truncate

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
    (out / "state" / "meta.json").write_bytes(b"not JSON")
    report = build([corpus], out, _config(tmp_path))
    assert not report.incremental and report.full_reason.startswith("saved state unreadable (")
    assert build([corpus], out, _config(tmp_path)).incremental  # the full build saved a good state again


# ---------------------------------------------------------------- the saved state is data (issue #14)


DAMAGES = {
    "meta.json deleted": lambda state, marker: (state / "meta.json").unlink(),
    "meta.json truncated": lambda state, marker: truncate(state / "meta.json"),
    "linker.json deleted": lambda state, marker: (state / "linker.json").unlink(),
    "linker.json truncated": lambda state, marker: truncate(state / "linker.json"),
    "signatures.npy deleted": lambda state, marker: (state / "signatures.npy").unlink(),
    "signatures.npy truncated": lambda state, marker: truncate(state / "signatures.npy"),
    "state.sqlite deleted": lambda state, marker: (state / "state.sqlite").unlink(),
    "state.sqlite truncated": lambda state, marker: truncate(state / "state.sqlite"),
    "state folder deleted": lambda state, marker: shutil.rmtree(state),
    "meta.json of another format": lambda state, marker: rewrite_json(
        state, "meta.json", lambda d: d.update(format=99)),
    "linker.json of another version": lambda state, marker: rewrite_json(
        state, "linker.json", lambda d: d.update(version=99)),
    "linker.json with a wrong type": lambda state, marker: rewrite_json(
        state, "linker.json", lambda d: d.update(n_articles="many")),
    "linker.json naming a class to load": lambda state, marker: rewrite_json(
        state, "linker.json", lambda d: d.update(orgs={"py/object": "os.system", "args": [f"touch {marker}"]})),
    "pickles planted, meta.json gone": plant_pickles,
    "signatures.npy holding a pickle": pickled_signatures,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory, pages):
    """A build of the first 10 pages and a full build of them to compare with."""
    tmp = tmp_path_factory.mktemp("built")
    corpus = _start(tmp, pages, 10)
    build([corpus], tmp / "out", _config(tmp))
    build([corpus], tmp / "full", _config(tmp, incremental=False))
    return tmp


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_or_hostile_state_makes_one_full_build_that_saves_a_good_state(tmp_path, built, damage):
    out = tmp_path / "out"
    shutil.copytree(built / "out", out)
    marker = tmp_path / "code-ran"
    DAMAGES[damage](out / "state", marker)
    report = build([built / "corpus"], out, _config(built))
    assert not report.incremental and report.full_reason.startswith("saved state unreadable ("), report.full_reason
    assert not marker.exists()
    assert (out / "graph.nt").read_bytes() == (built / "full" / "graph.nt").read_bytes()
    again = build([built / "corpus"], out, _config(built))
    assert again.incremental, again.full_reason


def test_a_damaged_state_is_one_line_on_the_command_line(tmp_path, built):
    from click.testing import CliRunner

    from csto_graph.cli import main

    out = tmp_path / "out"
    shutil.copytree(built / "out", out)
    truncate(out / "state" / "linker.json")
    result = CliRunner().invoke(main, ["build", str(built / "corpus"), "--out", str(out), "--no-render",
                                       "--cache", str(built / "cache.sqlite")])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("full build")]
    assert lines == ["full build: saved state unreadable (state/linker.json is not the file meta.json describes)"]
    assert "Traceback" not in result.output


def test_a_stored_value_that_is_not_its_type_is_a_state_error(tmp_path):
    import pickle

    from csto_graph.errors import StateError
    from csto_graph.pipeline.saved_state import create_db, tables

    db = create_db(tmp_path / "state.sqlite")
    with db:
        db.execute("INSERT INTO occupancy VALUES (?, ?)", ("x", pickle.dumps(Planted(tmp_path / "code-ran"))))
        db.execute("INSERT INTO day VALUES (?, ?)", ("2022-05-24", b'[{"type": "meeting"}]'))
    occupancies, days = tables(db, frozenset())
    with pytest.raises(StateError, match="occupancy x"):
        occupancies.get("x")
    with pytest.raises(StateError, match="day 2022-05-24"):
        days.get("2022-05-24")
    assert not (tmp_path / "code-ran").exists()
    db.close()


def test_the_package_loads_nothing_as_code():
    """No module of the package imports a serialiser that can run code, or lets numpy unpickle."""
    import ast

    package = Path(__file__).resolve().parent.parent / "csto_graph"
    found = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            found += [f"{path.name}: import {n}" for n in names
                      if n.split(".")[0] in {"pickle", "cPickle", "dill", "cloudpickle", "marshal", "shelve", "joblib"}]
            if isinstance(node, ast.keyword) and node.arg == "allow_pickle" and \
                    not (isinstance(node.value, ast.Constant) and node.value.value is False):
                found.append(f"{path.name}: allow_pickle={ast.unparse(node.value)}")
    assert found == []


# ---------------------------------------------------------------- what changed is decided by content (issue #14)


def test_an_edit_that_keeps_the_size_and_modification_time_is_seen(tmp_path, pages):
    import os

    corpus = _start(tmp_path, pages, 10)
    out = tmp_path / "out"
    build([corpus], out, _config(tmp_path))
    before = (out / "graph.nt").read_bytes()
    page = corpus / pages[3].name
    st = page.stat()
    people = [n for n in re.findall(r"\b[A-Z][a-z]+ [A-Z][a-z]{4,}\b", page.read_text(encoding="utf-8"))
              if f'"{n}"'.encode() in before]
    name = people[0]  # a person's name, respelled with the same number of bytes
    page.write_text(page.read_text(encoding="utf-8").replace(name, name[:-1] + ("x" if name[-1] != "x" else "q")),
                    encoding="utf-8")
    os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert page.stat().st_size == st.st_size and page.stat().st_mtime_ns == st.st_mtime_ns
    report = build([corpus], out, _config(tmp_path))
    assert not report.incremental and report.full_reason == f"{page} changed"
    assert _same_as_full(tmp_path, corpus, out)
    assert (out / "graph.nt").read_bytes() != before


def test_a_file_touched_but_not_changed_keeps_the_build_incremental(tmp_path, pages):
    import os

    corpus = _start(tmp_path, pages, 10)
    out = tmp_path / "out"
    build([corpus], out, _config(tmp_path))
    page = corpus / pages[3].name
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    report = build([corpus], out, _config(tmp_path))
    assert report.incremental, report.full_reason
