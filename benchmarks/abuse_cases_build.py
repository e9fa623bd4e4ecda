"""Abuse cases of the build side (issue #14, items 1, 5, 7, 8, 12, 13), for ``abuse.py``.

Each case runs the real command line (``python -m csto_graph``, the package on
``PYTHONPATH``) in its own folder, bounds every subprocess in time, and returns
``(held, seen)``. The disk-full cases mount a 5 MB tmpfs when ``mount -t tmpfs`` works
here (and unmount it), else say so and simulate a full disk with a fault injected into
the write.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus"
MEETING = "On 2 December 2021 Oleg Smirnov met Ivan Belov in Moscow. "
ENGLISH = "On 12 March 2023 the CSTO Secretary General Marat Abenov met the press in Minsk.\n"
RUSSIAN = ("Встреча министров обороны государств - членов ОДКБ\n02.12.2021\n"
           "2 декабря 2021 года в Москве Генеральный секретарь ОДКБ Олег Смирнов провел встречу.\n")


def _cli(*args, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "csto_graph", *map(str, args)], capture_output=True,
                          timeout=timeout, **kwargs)


def _build(corpus, out, *more, timeout: float = 300) -> subprocess.CompletedProcess:
    return _cli("build", corpus, "--out", out, "--no-cache", "--no-render", *more, timeout=timeout)


def _err(done: subprocess.CompletedProcess) -> str:
    return done.stderr.decode("utf-8", "replace")


def _last(done: subprocess.CompletedProcess) -> str:
    lines = _err(done).strip().splitlines()
    return lines[-1] if lines else ""


def _one_line_error(done: subprocess.CompletedProcess) -> bool:
    """Exit 2 and exactly one line on stderr, no traceback."""
    text = _err(done)
    return done.returncode == 2 and text.count("\n") == 1 and "Traceback" not in text


def _leftovers(parent: Path, name: str) -> list[str]:
    return sorted(p for p in os.listdir(parent) if p.startswith(f".{name}."))


# ------------------------------------------------------------------ 1: long lines


def five_mb_line(tmp: Path):
    corpus = tmp / "r1"
    corpus.mkdir()
    (corpus / "l.txt").write_text((MEETING * 90000)[:5_000_000], encoding="utf-8")
    return _timed_build(corpus, tmp / "r1o", timeout=1500)


def five_mb_of_stops(tmp: Path):
    corpus = tmp / "c"
    corpus.mkdir()
    (corpus / "stops.txt").write_text(ENGLISH + "." * 2_500_000 + " x " + "!" * 2_500_000 + " A\n",
                                      encoding="utf-8")
    return _timed_build(corpus, tmp / "o", timeout=600)


def _timed_build(corpus: Path, out: Path, timeout: float):
    """Build and say how long it took (a stall shows as the subprocess's timeout)."""
    started = time.perf_counter()
    done = _build(corpus, out, timeout=timeout)
    seconds = time.perf_counter() - started
    return done.returncode == 0, f"exit {done.returncode} in {seconds:.0f} s: {_last(done)[:120]}"


# ------------------------------------------------------------------ 5: file names


def non_utf8_name(tmp: Path):
    corpus = tmp / "c"
    corpus.mkdir()
    with open(bytes(corpus) + b"/\xff\xfe news.txt", "wb") as handle:
        handle.write(ENGLISH.encode())
    done = _build(corpus, tmp / "o")
    graph = (tmp / "o" / "graph.nt").read_text(encoding="utf-8") if done.returncode == 0 else ""
    ok = done.returncode == 0 and "\\\\xff\\\\xfe news.txt" in graph
    return ok, f"exit {done.returncode}; graph names it {'escaped' if ok else 'not escaped'}: {_last(done)[:100]}"


def newline_in_name(tmp: Path):
    corpus = tmp / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (corpus / "bad\nskipped forged.txt: faked.txt").write_bytes(b"\x00\x01\x02")
    (corpus / "tab\there\x1b[31m.txt").write_bytes(b"\x00\x01\x02")
    done = _build(corpus, tmp / "o")
    skipped = [line for line in _err(done).splitlines() if line.startswith("skipped")]
    ok = done.returncode == 0 and len(skipped) == 2 and all("\\x0a" in s or "\\x09" in s for s in skipped)
    return ok, f"exit {done.returncode}; {len(skipped)} skipped lines: " + " | ".join(skipped)[-160:]


# ------------------------------------------------------------------ 7: the swap


_KILL_AT_RENAME = """
import os, signal, sys
import csto_graph.graph.store as store
exchange = store._exchange
def exchange_and_die(a, b):
    exchange(a, b)
    os.kill(os.getpid(), signal.SIGKILL)  # killed right after the swap, before the old build is removed
store._exchange = (lambda a, b: False) if sys.argv[1] == "no-exchange" else exchange_and_die
out = os.path.abspath(sys.argv[3])
rename = os.rename
def rename_or_die(src, dst):
    if os.path.abspath(dst) == out:
        os.kill(os.getpid(), signal.SIGKILL)  # killed at the moment the new build would move in
    rename(src, dst)
os.rename = rename_or_die
from csto_graph.cli import main
sys.argv = ["csto-graph", "build", sys.argv[2], "--out", sys.argv[3], "--no-cache", "--no-render", "--full"]
main()
"""


def _killed_at_rename(tmp: Path, mode: str):
    out = tmp / "o"
    first = _build(SAMPLE, out)
    if first.returncode != 0:
        return False, f"first build failed: {_last(first)}"
    before = (out / "graph.nt").read_bytes()
    killed = subprocess.run([sys.executable, "-c", _KILL_AT_RENAME, mode, str(SAMPLE), str(out)],
                            capture_output=True, timeout=300)
    present = (out / "graph.nt").is_file()
    again = _build(SAMPLE, out)
    after = (out / "graph.nt").read_bytes() if (out / "graph.nt").is_file() else b""
    left = _leftovers(tmp, "o")
    restored = "first build" not in _err(again)  # the next build found the last graph in OUT
    ok = (present or mode == "no-exchange") and restored and again.returncode == 0 and after == before and not left
    return ok, (f"killed with {killed.returncode}; OUT present right after: {present}; next build exit "
                f"{again.returncode}, found the last graph: {restored}, leftovers after: {left or 'none'}")


def kill_during_swap(tmp: Path):
    return _killed_at_rename(tmp, "exchange")


def kill_between_renames_without_exchange(tmp: Path):
    return _killed_at_rename(tmp, "no-exchange")


def kill_mid_build_leftovers(tmp: Path):
    out = tmp / "o"
    first = _build(SAMPLE, out)
    proc = subprocess.Popen([sys.executable, "-m", "csto_graph", "build", str(SAMPLE), "--out", str(out),
                             "--no-cache", "--full"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not any(".building-" in n for n in _leftovers(tmp, "o")):
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    stale = _leftovers(tmp, "o")
    (tmp / ".o.old-k1ll3dxx" / "previous").mkdir(parents=True)  # as the old two-rename swap left it
    again = _build(SAMPLE, out)
    left = _leftovers(tmp, "o")
    ok = first.returncode == 0 and any(".building-" in n for n in stale) and again.returncode == 0 and not left
    return ok, f"left by the kill: {stale}; next build exit {again.returncode}, leftovers after: {left or 'none'}"


# ------------------------------------------------------------------ 8: one-line errors


def deep_folders(tmp: Path):
    corpus = tmp / "c"
    corpus.mkdir()
    fd = os.open(corpus, os.O_RDONLY)
    for _ in range(1100):
        os.mkdir("d", dir_fd=fd)
        inner = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    file = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(file, ENGLISH.encode())
    os.close(file)
    os.close(fd)
    try:
        done = _build(corpus, tmp / "o")
    finally:
        subprocess.run(["rm", "-rf", "--", str(corpus)], timeout=60)
    return done.returncode == 0 and "1 articles" in _err(done), f"exit {done.returncode}: {_last(done)[:120]}"


def path_over_path_max(tmp: Path):
    corpus = tmp / "c"
    corpus.mkdir()
    (corpus / "short.txt").write_text(ENGLISH, encoding="utf-8")
    fd = os.open(corpus, os.O_RDONLY)
    for _ in range(20):
        os.mkdir("x" * 250, dir_fd=fd)
        inner = os.open("x" * 250, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    file = os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(file, ENGLISH.encode())
    os.close(file)
    os.close(fd)
    try:
        inside = _build(corpus, tmp / "o")
        named = _build(str(corpus) + "/" + "/".join(["x" * 250] * 20), tmp / "o2")
        out_long = _build(corpus, tmp / ("y" * 300))
    finally:
        subprocess.run(["rm", "-rf", "--", str(corpus)], timeout=60)
    skipped = [line for line in _err(inside).splitlines() if line.startswith("skipped")]
    ok = (inside.returncode == 0 and len(skipped) == 1 and "File name too long" in skipped[0]
          and _one_line_error(named) and _one_line_error(out_long))
    return ok, (f"inside: exit {inside.returncode}, {'; '.join(s[-40:] for s in skipped)}; named corpus: exit "
                f"{named.returncode} {_last(named)[-40:]}; --out: exit {out_long.returncode} {_last(out_long)[-40:]}")


def _mount_tmpfs(where: Path) -> bool:
    where.mkdir()
    try:
        return subprocess.run(["mount", "-t", "tmpfs", "-o", "size=5m", "tmpfs", str(where)],
                              capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


_SIMULATED_FULL = """
import errno, sys
import csto_graph.graph.store as store
load = store.load_store
def full(folder, data):
    raise OSError(errno.ENOSPC, "No space left on device")
store.load_store = full
import csto_graph.pipeline.build as build
build.load_store = full
from csto_graph.cli import main
sys.argv = ["csto-graph", "build", *sys.argv[1:]]
main()
"""


def disk_full(tmp: Path):
    disk = tmp / "disk"
    if not _mount_tmpfs(disk):
        out = tmp / "o"
        first = _build(SAMPLE, out)
        before = (out / "graph.nt").read_bytes() if first.returncode == 0 else b""
        done = subprocess.run([sys.executable, "-c", _SIMULATED_FULL, str(SAMPLE), "--out", str(out), "--no-cache",
                               "--full"], capture_output=True, timeout=300)
        same = (out / "graph.nt").read_bytes() == before
        return _one_line_error(done) and same, f"no tmpfs here, simulated: exit {done.returncode}: {_last(done)}"
    seen, ok = [], True
    try:
        out = disk / "o"
        first = _build(SAMPLE, out)
        before = (out / "graph.nt").read_bytes() if first.returncode == 0 else b""
        for left_kb in (5, 100, 300, 600, 900):  # the build fails at a different write each time
            filler = disk / "filler"
            filler.unlink(missing_ok=True)
            free = shutil.disk_usage(disk).free // 1024
            with open(filler, "wb") as handle:
                handle.write(b"\0" * max(0, (free - left_kb) * 1024))
            done = _build(SAMPLE, out, "--full")
            same = (out / "graph.nt").read_bytes() == before
            left = _leftovers(disk, "o")
            ok = ok and _one_line_error(done) and same and not left
            seen.append(f"{left_kb} KB free: exit {done.returncode}, graph kept {same}, leftovers {len(left)}")
        seen.append(_last(done)[:110])
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True, timeout=60)
    return ok and first.returncode == 0, "; ".join(seen)


def bad_param(tmp: Path):
    out = tmp / "o"
    _build(SAMPLE, out)
    iri = _cli("query", out, "evidence", "--param", "subject=http://a>b", "--format", "csv", timeout=120)
    name = _cli("query", out, "people", "--param", "a b=1", "--format", "csv", timeout=120)
    return _one_line_error(iri) and _one_line_error(name), f"{_last(iri)} | {_last(name)}"


# ------------------------------------------------------------------ 12: a page in another language

KAZAKH = "Ұжымдық қауіпсіздік туралы шарт ұйымының хатшысы Астанада министрмен кездесті.\n"


def russian_only(tmp: Path):
    """A Russian page is read (issue #17); a page in a language no reader reads is skipped
    with its language, never silently empty."""
    corpus = tmp / "c"
    corpus.mkdir()
    (corpus / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (corpus / "kk.txt").write_text(KAZAKH, encoding="utf-8")
    (corpus / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    done = _build(corpus, tmp / "o")
    skipped = [line for line in _err(done).splitlines() if line.startswith("skipped")]
    articles = _cli("query", tmp / "o", "SELECT ?l WHERE { ?a a schema:NewsArticle ; schema:inLanguage ?l }",
                    "--format", "csv", timeout=120).stdout.decode().split()[1:] if done.returncode == 0 else []
    ok = done.returncode == 0 and skipped == [f"skipped {corpus}/kk.txt: language kk is not read yet"] \
        and sorted(articles) == ["en", "ru"]
    skipped += [f"articles in {sorted(articles)}"]
    return ok, f"exit {done.returncode}; {' | '.join(skipped)}; {_last(done)[:80]}"


# ------------------------------------------------------------------ 13: two builds at once


def two_builds_at_once(tmp: Path):
    out = tmp / "o"
    first = subprocess.Popen([sys.executable, "-m", "csto_graph", "build", str(SAMPLE), "--out", str(out),
                              "--no-cache", "--no-render"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (tmp / ".o.lock").exists():
            time.sleep(0.02)
        second = _build(SAMPLE, out)
        first_err = first.communicate(timeout=300)[1].decode("utf-8", "replace")
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=60)
    ok = first.returncode == 0 and _one_line_error(second) and "another build is writing" in _err(second)
    return ok, (f"first exit {first.returncode} ({first_err.strip()[-60:]}); "
                f"second exit {second.returncode}: {_last(second)}")


CASES = [
    ("build: 5 MB line without line breaks (issue repro)", "builds, time linear in size (about 40 s per MB, spaCy on every sentence)",
     five_mb_line),
    ("build: 5 MB of full stops and exclamation marks on one line", "builds, time linear in size", five_mb_of_stops),
    ("build: file name that is not UTF-8", "built; graph names it with \\xNN escapes", non_utf8_name),
    ("build: newline / control characters in file names", "each skipped file one line, escaped", newline_in_name),
    ("build: killed right after the swap", "OUT present, next build removes what was left", kill_during_swap),
    ("build: killed between the two renames (no RENAME_EXCHANGE)", "next build moves the old graph back, no leftovers",
     kill_between_renames_without_exchange),
    ("build: kill -9 mid-build", "next build removes .OUT.building-*/.OUT.old-*", kill_mid_build_leftovers),
    ("build: corpus folders 1,100 deep", "built, the deep file read", deep_folders),
    ("build: paths over PATH_MAX", "inside: skipped with reason; as argument or --out: one-line error, exit 2",
     path_over_path_max),
    ("build: disk full (5 MB tmpfs, five fill levels)", "one-line error, exit 2, old graph kept, no leftovers",
     disk_full),
    ("build: query --param http://a>b and a bad name", "one-line error, exit 2", bad_param),
    ("build: Russian-only and Kazakh-only files", "the Russian page read; skipped FILE: language kk is not read yet",
     russian_only),
    ("build: two builds into one folder at once", "second fails at once: one line, exit 2", two_builds_at_once),
]
