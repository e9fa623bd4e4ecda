"""Build corpora and compare the graphs byte for byte with an earlier run.

A refactor must not change behaviour: run this once before it (``--save``) and after
each step (``--check``). The corpora are the sample corpus and the synthetic ones of
``make_corpus.py`` (generate them first, see README.md in this folder).

    python benchmarks/same_graph.py --save  /tmp/ref corpus benchmarks/data/1k/corpus
    python benchmarks/same_graph.py --check /tmp/ref corpus benchmarks/data/1k/corpus

Every build runs with ``--no-cache --no-render`` into a fresh folder; ``graph.nt`` is
compared with ``cmp`` semantics (same bytes). Exit 1 if any differs.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

COMPARED = ("graph.nt",)


def build(corpus: Path, out: Path) -> None:
    """Run a full build of ``corpus`` into ``out`` with the installed ``csto-graph``."""
    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "csto_graph", "build", str(corpus), "--out", str(out),
           "--no-cache", "--no-render", "--full"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def tag(corpus: Path) -> str:
    """A folder name for ``corpus`` (its path with separators replaced)."""
    return str(corpus).strip("/").replace("/", "__") or "root"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, metavar="REF", help="write reference graphs here")
    mode.add_argument("--check", type=Path, metavar="REF", help="compare with these")
    parser.add_argument("corpora", nargs="+", type=Path)
    args = parser.parse_args(argv)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in args.corpora:
            name = tag(corpus)
            if args.save:
                build(corpus, args.save / name)
                print(f"saved  {corpus}")
                continue
            out = Path(tmp) / name
            build(corpus, out)
            for file in COMPARED:
                same = filecmp.cmp(out / file, args.check / name / file, shallow=False)
                failed += not same
                print(f"{'same ' if same else 'DIFF '} {corpus} {file}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
