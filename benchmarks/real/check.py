"""Check the local copies of the real-news sets against their manifests.

The texts are third-party pages and are never committed: each set (``dev``, ``test``,
``ru-dev``, ``ru-test``) commits ``MANIFEST.tsv`` (file, url, query, sha256) and ``gold.json``,
and keeps its texts in the git-ignored ``corpus/`` beside them. This script says, for each
set, which files are present and intact, and which must be collected again (with the url
and the search query that found them: the pages corpus of the project's search tool).

    python benchmarks/real/check.py            # every set
    python benchmarks/real/check.py dev test   # some

Exit 0 when every listed file is present with its sha256, else 1.
"""
from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def manifest(set_dir: Path) -> list[dict[str, str]]:
    """The rows of ``set_dir/MANIFEST.tsv``."""
    with open(set_dir / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def check(set_dir: Path) -> list[tuple[str, str, dict[str, str]]]:
    """(file, problem, row) for every listed file that is missing or differs."""
    problems = []
    for row in manifest(set_dir):
        path = set_dir / "corpus" / row["file"]
        if not path.is_file():
            problems.append((row["file"], "missing", row))
        elif hashlib.sha256(path.read_bytes()).hexdigest() != row["sha256"]:
            problems.append((row["file"], "differs", row))
    return problems


def main(argv: list[str]) -> int:
    names = argv or sorted(p.name for p in HERE.iterdir() if (p / "MANIFEST.tsv").is_file())
    bad = 0
    for name in names:
        set_dir = HERE / name
        rows = manifest(set_dir)
        problems = check(set_dir)
        listed = {r["file"] for r in rows}
        extra = sorted(p.name for p in (set_dir / "corpus").glob("*") if p.name not in listed) \
            if (set_dir / "corpus").is_dir() else []
        print(f"{name}: {len(rows) - len(problems)}/{len(rows)} files present and intact"
              + (f", {len(extra)} not in the manifest: {' '.join(extra)}" if extra else ""))
        for file, problem, row in problems:
            print(f"  collect again: {file} ({problem})  url={row['url']}  query={row['query']!r}")
        bad += len(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
