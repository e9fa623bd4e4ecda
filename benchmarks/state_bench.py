#!/usr/bin/env python3
"""What the incremental build's saved state costs: one page added, and the content hashes.

    python benchmarks/state_bench.py benchmarks/data/1k/corpus            # add one page
    python benchmarks/state_bench.py benchmarks/data/10k/corpus --hashing  # also time the hashes

``add``: the corpus's last page (or the N-th from the end, ``--from-end N``, without the pages
after it) is held out, the rest built into a fresh folder (with a
fresh extraction cache, no pages), then the page is put back and the folder rebuilt: the
rebuild's wall time (a fresh ``python -m csto_graph build`` process, so imports count),
whether it was incremental (else the reason printed), and the size of ``OUT/state/``;
``--repeat N`` times the same rebuild N times (each from a copy of the folder before it)
and prints the minimum and median, for a machine with other work on it.
Then a full build of the same files (``--full``, same cache) says whether the graphs are
the same bytes.

``--hashing``: the time to tell whether the listed files changed, by ``os.stat`` alone and
by reading and hashing (SHA-256) every file, best of three (files in the page cache).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _build(corpus: Path, out: Path, cache: Path, *extra: str) -> tuple[float, str]:
    cmd = [sys.executable, "-m", "csto_graph", "build", str(corpus), "--out", str(out), "--no-render",
           "--cache", str(cache), *extra]
    started = time.perf_counter()
    # run outside any checkout: ``python -m`` imports from the working folder first (PYTHONPATH decides)
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, cwd=out.parent)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"build failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    line = next((ln for ln in done.stderr.splitlines() if ln.startswith(("incremental build", "full build"))),
                "full build (no reason printed)")
    return seconds, line


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def add_one_page(corpus: Path, from_end: int = 1, repeat: int = 1) -> None:
    pages = sorted(p for p in corpus.iterdir() if p.is_file())
    pages = pages[:len(pages) - from_end + 1]
    with tempfile.TemporaryDirectory(prefix="state-bench-") as tmp:
        grown = Path(tmp) / "corpus"
        grown.mkdir()
        for page in pages[:-1]:
            shutil.copy2(page, grown / page.name)
        cache, out, kept = Path(tmp) / "cache.sqlite", Path(tmp) / "out", Path(tmp) / "before"
        base, _ = _build(grown, out, cache)
        print(f"base build of {len(pages) - 1} pages: {base:.2f} s; state {_size(out / 'state') / 1e6:.2f} MB: "
              + ", ".join(f"{p.name} {p.stat().st_size / 1e6:.2f} MB" for p in sorted((out / 'state').iterdir())))
        shutil.copytree(out, kept)
        shutil.copy2(pages[-1], grown / pages[-1].name)
        times = []
        for _ in range(repeat):  # the same rebuild each time, from a copy of the folder before it
            shutil.rmtree(out)
            shutil.copytree(kept, out)
            seconds, line = _build(grown, out, cache)
            times.append(seconds)
        times.sort()
        print(f"+ {pages[-1].name}: {times[0]:.2f} s (min of {repeat}; median {times[len(times) // 2]:.2f} s), {line}")
        full, _ = _build(grown, Path(tmp) / "full", cache, "--full")
        same = (out / "graph.nt").read_bytes() == (Path(tmp) / "full" / "graph.nt").read_bytes()
        print(f"full build of the same files (cached extractions): {full:.2f} s; same graph bytes: {same}")


def hashing(corpus: Path) -> None:
    files = sorted(str(p) for p in corpus.rglob("*") if p.is_file())
    size = sum(os.stat(f).st_size for f in files)

    def best(fn) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        return min(times)

    stat = best(lambda: [os.stat(f) for f in files])
    digest = best(lambda: [hashlib.sha256(Path(f).read_bytes()).hexdigest() for f in files])
    print(f"{len(files)} files, {size / 1e6:.1f} MB: stat {1000 * stat:.0f} ms, read + SHA-256 {1000 * digest:.0f} ms")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--hashing", action="store_true", help="also time stat against content hashes")
    parser.add_argument("--no-add", action="store_true", help="skip the one-page rebuild")
    parser.add_argument("--repeat", type=int, default=1, help="time the rebuild N times (min and median)")
    parser.add_argument("--from-end", type=int, default=1,
                        help="add the N-th page from the end (the pages after it are left out)")
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    if args.hashing:
        hashing(corpus)
    if not args.no_add:
        add_one_page(corpus, args.from_end, args.repeat)


if __name__ == "__main__":
    main()
