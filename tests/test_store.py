import pytest

from csto_graph.errors import GraphNotFoundError, OutputError
from csto_graph.graph.rdf import canonical_ntriples, to_rdf
from csto_graph.graph.store import (GRAPH_FILE, STORE_DIR, cached_store, forget_stores, open_store, prepare_out_dir,
                              write_atomically)


def snapshot(folder):
    """Every file under ``folder`` with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def write_graph(text):
    def fill(folder):
        (folder / GRAPH_FILE).write_text(text, encoding="utf-8")
        (folder / STORE_DIR).mkdir()
        (folder / STORE_DIR / "db").write_text(text, encoding="utf-8")
    return fill


def fail(folder):
    (folder / GRAPH_FILE).write_text("half a graph", encoding="utf-8")
    raise RuntimeError("extraction crashed")


# ---------------------------------------------------------------- write_atomically


def test_write_atomically_creates_the_folder(tmp_path):
    out = write_atomically(tmp_path / "new" / "out", write_graph("first"))
    assert out == tmp_path / "new" / "out"
    assert snapshot(out) == {GRAPH_FILE: b"first", f"{STORE_DIR}/db": b"first"}


def test_new_build_replaces_the_old_one(tmp_path):
    write_atomically(tmp_path / "out", write_graph("first"))
    write_atomically(tmp_path / "out", write_graph("second"))
    assert snapshot(tmp_path / "out") == {GRAPH_FILE: b"second", f"{STORE_DIR}/db": b"second"}


def test_failed_build_leaves_the_last_good_graph_intact(tmp_path):
    out = write_atomically(tmp_path / "out", write_graph("first"))
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    before = snapshot(out)
    with pytest.raises(RuntimeError, match="extraction crashed"):
        write_atomically(out, fail)
    assert snapshot(out) == before


def test_failed_build_leaves_no_temporary_folder(tmp_path):
    write_atomically(tmp_path / "out", write_graph("first"))
    with pytest.raises(RuntimeError):
        write_atomically(tmp_path / "out", fail)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_failed_first_build_creates_no_folder(tmp_path):
    with pytest.raises(RuntimeError):
        write_atomically(tmp_path / "out", fail)
    assert list(tmp_path.iterdir()) == []


def test_files_the_user_put_in_the_folder_are_carried_over(tmp_path):
    out = write_atomically(tmp_path / "out", write_graph("first"))
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "queries").mkdir()
    (out / "queries" / "mine.rq").write_text("SELECT * {}", encoding="utf-8")
    write_atomically(out, write_graph("second"))
    assert snapshot(out) == {GRAPH_FILE: b"second", "notes.txt": b"mine",
                             "queries/mine.rq": b"SELECT * {}", f"{STORE_DIR}/db": b"second"}


def test_file_of_an_earlier_build_that_this_build_does_not_write_is_dropped(tmp_path):
    def with_page(folder):
        write_graph("first")(folder)
        (folder / "graph.html").write_text("<p>first graph</p>", encoding="utf-8")

    out = write_atomically(tmp_path / "out", with_page)
    write_atomically(out, write_graph("second"))
    assert not (out / "graph.html").exists()


def _killed_when_renamed_onto(out, monkeypatch):
    """Make ``os.rename`` onto ``out`` die as a kill would (after the renames before it)."""
    import os

    rename = os.rename

    def dying(src, dst):
        if os.path.abspath(dst) == os.path.abspath(out):
            raise SystemExit("killed")
        rename(src, dst)

    monkeypatch.setattr(os, "rename", dying)


def test_a_build_killed_while_swapping_never_leaves_the_folder_missing(tmp_path, monkeypatch):
    # issue #14: out was renamed away, then the new build renamed in; a kill between the
    # two left no out at all (the folders are now exchanged in one step)
    out = write_atomically(tmp_path / "out", write_graph("first"))
    _killed_when_renamed_onto(out, monkeypatch)
    try:
        write_atomically(out, write_graph("second"))
    except SystemExit:
        pass
    assert (out / GRAPH_FILE).read_text(encoding="utf-8") in {"first", "second"}


def test_a_swap_killed_between_its_two_renames_is_put_back_by_the_next_build(tmp_path, monkeypatch):
    import csto_graph.graph.store as store

    out = write_atomically(tmp_path / "out", write_graph("first"))
    monkeypatch.setattr(store, "_exchange", lambda a, b: False)  # a file system without the exchange
    _killed_when_renamed_onto(out, monkeypatch)
    with pytest.raises(SystemExit):
        write_atomically(out, write_graph("second"))
    assert not out.exists()  # the window the fallback has
    monkeypatch.undo()
    with pytest.raises(RuntimeError):
        write_atomically(out, fail)
    assert snapshot(out) == {GRAPH_FILE: b"first", f"{STORE_DIR}/db": b"first"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_folders_left_by_killed_builds_are_removed_by_the_next_build(tmp_path):
    out = write_atomically(tmp_path / "out", write_graph("first"))
    (tmp_path / ".out.building-k1ll3d_a" / STORE_DIR).mkdir(parents=True)
    (tmp_path / ".out.old-k1ll3d_b" / "previous").mkdir(parents=True)
    (tmp_path / ".other.building-k1ll3d_c").mkdir()  # another folder's: not ours to remove
    write_atomically(out, write_graph("second"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.building-k1ll3d_c", "out"]


def test_a_second_build_into_the_same_folder_fails_at_once(tmp_path):
    import fcntl

    out = write_atomically(tmp_path / "out", write_graph("first"))
    with open(tmp_path / ".out.lock", "w") as held:  # what a running build holds
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="another build is writing .*out; wait for it to end"):
            write_atomically(out, write_graph("second"))
    assert (out / GRAPH_FILE).read_text(encoding="utf-8") == "first"
    write_atomically(out, write_graph("second"))  # the lock is free again
    assert (out / GRAPH_FILE).read_text(encoding="utf-8") == "second"


# ------------------------------------------------------------------ prepare_out_dir


def test_prepare_out_dir_rejects_a_file(tmp_path):
    path = tmp_path / "graph.nt"
    path.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match="exists and is not a folder"):
        prepare_out_dir(path)


def test_prepare_out_dir_accepts_an_existing_folder(tmp_path):
    assert prepare_out_dir(tmp_path) == tmp_path


def test_write_atomically_onto_a_file_leaves_the_file(tmp_path):
    path = tmp_path / "out"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError):
        write_atomically(path, write_graph("first"))
    assert path.read_text(encoding="utf-8") == "keep me"


# --------------------------------------------------------------------- open_store


def test_open_store_on_an_empty_folder_raises(tmp_path):
    with pytest.raises(GraphNotFoundError, match="holds no built graph"):
        open_store(tmp_path)


def test_built_store_answers_a_sparql_query(tiny_out):
    store = open_store(tiny_out)
    answer = store.query(
        'SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name } '
        'ORDER BY ?name')
    assert [row["name"].value for row in answer] == ["Arman Saparov", "Ivan Petrov"]


def test_built_folder_holds_the_canonical_ntriples(tiny_out, tiny_kb):
    assert (tiny_out / GRAPH_FILE).read_bytes() == canonical_ntriples(to_rdf(tiny_kb))


# ------------------------------------------------------------------- cached_store


def test_cached_store_is_opened_once(tiny_out):
    forget_stores()
    assert cached_store(tiny_out) is cached_store(str(tiny_out))


def test_cached_store_is_reopened_after_a_rebuild(tmp_path, tiny_kb):
    from dataclasses import replace

    from conftest import write_kb

    from csto_graph.graph.query import run_query

    out = write_kb(tiny_kb, tmp_path / "out")
    first = cached_store(out)
    assert len(run_query(str(out), "people").rows) == 2
    write_kb(replace(tiny_kb, people=tiny_kb.people[:1]), out)
    assert cached_store(out) is not first
    assert [r[1] for r in run_query(str(out), "people").rows] == ["Ivan Petrov"]


def test_cached_store_is_reopened_after_another_process_swapped_the_folder(tmp_path, tiny_kb):
    """A build in another process swaps a new folder in without telling this one."""
    import os
    from dataclasses import replace

    from conftest import write_kb

    from csto_graph.graph.query import run_query

    out = write_kb(tiny_kb, tmp_path / "out")
    new = write_kb(replace(tiny_kb, people=tiny_kb.people[1:]), tmp_path / "new")
    first = cached_store(out)
    assert len(run_query(str(out), "people").rows) == 2
    os.rename(out, tmp_path / "old")
    os.rename(new, out)
    assert cached_store(out) is not first
    assert [r[1] for r in run_query(str(out), "people").rows] == ["Arman Saparov"]


def test_cached_store_of_a_removed_folder_raises(tmp_path, tiny_kb):
    import shutil

    from conftest import write_kb

    out = write_kb(tiny_kb, tmp_path / "out")
    cached_store(out)
    shutil.rmtree(out)
    with pytest.raises(GraphNotFoundError):
        cached_store(out)


def test_build_identity_tells_builds_apart_through_a_rename_or_a_symlink(tmp_path):
    from csto_graph.graph.store import build_identity

    out = tmp_path / "out"
    assert build_identity(out) is None
    write_atomically(out, write_graph("a"))
    first = build_identity(out)
    assert first is not None and build_identity(out) == first
    write_atomically(out, write_graph("a"))  # the same content, a new build
    assert build_identity(out) not in (None, first)
    write_atomically(tmp_path / "v2", write_graph("b"))
    link = tmp_path / "link"
    link.symlink_to("out")
    before = build_identity(link)
    (tmp_path / "next").symlink_to("v2")
    (tmp_path / "next").replace(link)
    assert build_identity(link) not in (None, before)


def test_an_out_name_too_long_for_the_system_is_an_output_error(tmp_path):
    # issue #14: Path.exists raised OSError (File name too long)
    with pytest.raises(OutputError, match="cannot use --out .*: File name too long"):
        prepare_out_dir(tmp_path / ("y" * 300))


@pytest.mark.parametrize("error", [
    OSError(28, "No space left on device"),  # graph.nt, the pages, the state's arrays
    OSError("IO error: No space left on device: While appending to file: store/000010.sst"),  # Oxigraph
    __import__("sqlite3").OperationalError("database or disk is full"),  # the state's SQLite file
], ids=["write", "oxigraph", "sqlite"])
def test_a_full_disk_is_one_output_error_and_leaves_the_last_graph(tmp_path, error):
    # issue #14: a full disk gave a traceback (five cases on a 5 MB tmpfs)
    out = write_atomically(tmp_path / "out", write_graph("first"))

    def full(folder):
        (folder / GRAPH_FILE).write_text("half", encoding="utf-8")
        raise error

    with pytest.raises(OutputError, match=r"cannot write the graph into .*out: no space left on device"):
        write_atomically(out, full)
    assert snapshot(out) == {GRAPH_FILE: b"first", f"{STORE_DIR}/db": b"first"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_patched_copy_of_a_store_answers_like_a_store_loaded_from_the_patched_lines(tmp_path):
    from pyoxigraph import Store

    from csto_graph.graph.store import load_store, patch_store

    a = b'<https://example.org/a> <https://example.org/p> "1" .\n'
    b = b'<https://example.org/b> <https://example.org/p> "2" .\n'
    c = b'<https://example.org/c> <https://example.org/p> "3" .\n'
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    load_store(tmp_path / "old", a + b)
    patch_store(tmp_path / "old", tmp_path / "new", [a], [c])

    def subjects(folder):
        store = Store.read_only(str(folder / "store"))
        return sorted(str(row[0]) for row in store.query("SELECT ?s WHERE { ?s ?p ?o }"))

    assert subjects(tmp_path / "new") == ["<https://example.org/b>", "<https://example.org/c>"]
    assert subjects(tmp_path / "old") == ["<https://example.org/a>", "<https://example.org/b>"]
