"""Abuse cases of issue #14 for the incremental build's saved state (items 3, 4 and 11).

Each case damages, forges or plants a file in ``OUT/state/`` of a small build (or edits a
corpus file so that its size and modification time stay), runs ``csto-graph build`` as a
subprocess (with a timeout) and checks what it printed and built. See ``abuse.py``.

    python benchmarks/abuse.py -k state
"""
from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = 5  # of the sample corpus: small enough for a build of a few seconds
TIMEOUT = 300  # seconds per build

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from damage import pickled_signatures, plant_pickles, rewrite_json, truncate  # noqa: E402


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "csto_graph", *args], capture_output=True, text=True,
                          timeout=TIMEOUT, cwd=cwd, env=env)


def _build(corpus: Path, out: Path, cache: Path, *extra: str) -> subprocess.CompletedProcess:
    """Build from the folder holding ``out``, the corpus named relative to it (so that a copy
    of the folder lists the same paths)."""
    return _cli("build", os.path.relpath(corpus, out.parent), "--out", out.name, "--no-render",
                "--cache", str(cache), *extra, cwd=out.parent)


@lru_cache(maxsize=1)
def _base() -> Path:
    """A build of the first pages of the sample corpus, made once (removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="abuse-state-base-"))
    atexit.register(shutil.rmtree, folder, True)
    corpus = folder / "corpus"
    corpus.mkdir()
    for page in sorted((ROOT / "corpus").iterdir())[:PAGES]:
        shutil.copy2(page, corpus / page.name)
    done = _build(corpus, folder / "out", folder / "cache.sqlite")
    if done.returncode != 0:
        raise RuntimeError(f"the base build failed: {done.stderr.strip().splitlines()[-1:]}")
    return folder


def _copy(tmp: Path) -> tuple[Path, Path, Path]:
    """The base build copied into ``tmp``: (corpus, out, cache)."""
    base = _base()
    shutil.copytree(base / "corpus", tmp / "corpus", copy_function=shutil.copy2)
    shutil.copytree(base / "out", tmp / "out")
    shutil.copy2(base / "cache.sqlite", tmp / "cache.sqlite")
    return tmp / "corpus", tmp / "out", tmp / "cache.sqlite"


def _said(done: subprocess.CompletedProcess) -> str:
    """The line saying which kind of build it was (or the last line)."""
    lines = done.stderr.splitlines()
    return next((ln for ln in lines if ln.startswith(("full build", "incremental build"))), (lines or [""])[-1])


def _damaged(damage):
    """A case: ``damage(state, marker)``, then a build must say one line, build in full, run no
    code, and leave a state that the next build takes incrementally."""

    def run(tmp: Path) -> tuple[bool, str]:
        corpus, out, cache = _copy(tmp)
        marker = tmp / "code-ran"
        damage(out / "state", marker)
        done = _build(corpus, out, cache)
        said = [ln for ln in done.stderr.splitlines() if ln.startswith("full build")]
        again = _build(corpus, out, cache)
        ok = (done.returncode == 0 and len(said) == 1 and said[0].startswith("full build: saved state unreadable (")
              and "Traceback" not in done.stderr and not marker.exists() and again.returncode == 0
              and _said(again).startswith("incremental build"))
        return ok, (f"exit {done.returncode}; {_said(done)}; code ran: {marker.exists()}; "
                    f"next build: exit {again.returncode}, {_said(again)}")

    return run


def _forged_json(name: str, change):
    return lambda state, marker: rewrite_json(state, name, change)


def _respelled(text: str, graph: str) -> str:
    """``text`` with its most frequent long name that the graph holds spelled with one letter
    changed (the same length in bytes): the graph must change."""
    words = [w for w in re.findall(r"\b[A-Z][a-z]{7,}\b", text) if f" {w}" in graph or f'"{w}' in graph]
    name = max(sorted(set(words)), key=words.count)
    return text.replace(name, name[:-2] + ("e" if name[-2] != "e" else "a") + name[-1])


def same_size_and_mtime_edit(tmp: Path) -> tuple[bool, str]:
    """Respell a name in a page, keeping its size and modification time."""
    corpus, out, cache = _copy(tmp)
    page = sorted(corpus.iterdir())[2]
    st = page.stat()
    before = (out / "graph.nt").read_bytes()
    page.write_text(_respelled(page.read_text(encoding="utf-8"), before.decode("utf-8")), encoding="utf-8")
    os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns))
    kept = page.stat().st_size == st.st_size and page.stat().st_mtime_ns == st.st_mtime_ns
    done = _build(corpus, out, cache)
    page = page.relative_to(tmp)  # as the build names it
    full = _build(corpus, tmp / "full", cache, "--full")
    after, wanted = (out / "graph.nt").read_bytes(), (tmp / "full" / "graph.nt").read_bytes()
    ok = (kept and done.returncode == 0 and full.returncode == 0 and _said(done) == f"full build: {page} changed"
          and after == wanted != before)
    return ok, (f"size and mtime kept: {kept}; exit {done.returncode}; {_said(done)}; graph = --full build's: "
                f"{after == wanted}; the edit changes the graph: {wanted != before}")


def touched_file(tmp: Path) -> tuple[bool, str]:
    """Change a page's modification time only."""
    corpus, out, cache = _copy(tmp)
    page = sorted(corpus.iterdir())[2]
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    done = _build(corpus, out, cache)
    return done.returncode == 0 and _said(done).startswith("incremental build"), f"exit {done.returncode}; {_said(done)}"


UNREADABLE = "one line 'full build: saved state unreadable (...)', exit 0, full build, no code run; next build incremental"

CASES = [
    ("state: planted meta.pickle and linker.pickle (os.system)", UNREADABLE, _damaged(plant_pickles)),
    ("state: signatures.npy holding a pickle, digest forged", UNREADABLE, _damaged(pickled_signatures)),
    ("state: linker.json naming a class, digest forged", UNREADABLE, _damaged(_forged_json(
        "linker.json", lambda d: d.update(orgs={"py/object": "os.system", "args": ["touch x"]})))),
    ("state: meta.json truncated", UNREADABLE, _damaged(lambda s, m: truncate(s / "meta.json"))),
    ("state: meta.json deleted", UNREADABLE, _damaged(lambda s, m: (s / "meta.json").unlink())),
    ("state: linker.json truncated", UNREADABLE, _damaged(lambda s, m: truncate(s / "linker.json"))),
    ("state: linker.json deleted", UNREADABLE, _damaged(lambda s, m: (s / "linker.json").unlink())),
    ("state: signatures.npy truncated", UNREADABLE, _damaged(lambda s, m: truncate(s / "signatures.npy"))),
    ("state: signatures.npy deleted", UNREADABLE, _damaged(lambda s, m: (s / "signatures.npy").unlink())),
    ("state: state.sqlite truncated", UNREADABLE, _damaged(lambda s, m: truncate(s / "state.sqlite"))),
    ("state: state.sqlite deleted", UNREADABLE, _damaged(lambda s, m: (s / "state.sqlite").unlink())),
    ("state: state folder deleted", UNREADABLE, _damaged(lambda s, m: shutil.rmtree(s))),
    ("state: meta.json of another format", UNREADABLE, _damaged(_forged_json(
        "meta.json", lambda d: d.update(format=99)))),
    ("state: linker.json of another version, digest forged", UNREADABLE, _damaged(_forged_json(
        "linker.json", lambda d: d.update(version=99)))),
    ("state: edit keeping size and mtime", "'full build: PATH changed', graph = --full build's",
     same_size_and_mtime_edit),
    ("state: file touched, content same", "'incremental build'", touched_file),
]
