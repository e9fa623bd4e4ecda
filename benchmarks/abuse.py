"""Abuse the build, its saved state and the endpoint; print what each case expects and sees.

Every case of issue #14 (bad input, kills, damaged state, endpoint abuse) lives in one of
the ``abuse_cases_*.py`` modules beside this script, each exposing::

    CASES = [("case name", "what is expected", run), ...]

where ``run(tmp: Path) -> tuple[bool, str]`` does the case inside the empty folder ``tmp``
and returns whether it held and what was seen (one line). Cases talk to 127.0.0.1 only,
bound every subprocess and loop in time and count, and clean up after themselves.

    python benchmarks/abuse.py            # all cases
    python benchmarks/abuse.py -k state   # cases whose module or name holds "state"

Prints a Markdown table (case, expected, seen, result); exit 1 if any case failed.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def case_modules() -> list[str]:
    """The ``abuse_cases_*`` modules beside this script, sorted by name."""
    return sorted(p.stem for p in HERE.glob("abuse_cases_*.py"))


def run_all(keyword: str = "") -> list[tuple[str, str, str, bool, float]]:
    """Run every case whose module or name holds ``keyword``; one row per case."""
    sys.path.insert(0, str(HERE))
    rows = []
    for name in case_modules():
        module = importlib.import_module(name)
        for case, expected, run in module.CASES:
            if keyword and keyword not in name and keyword not in case:
                continue
            started = time.perf_counter()
            with tempfile.TemporaryDirectory(prefix="abuse-") as tmp:
                try:
                    ok, seen = run(Path(tmp))
                except Exception as exc:  # a case that crashes has failed; say how
                    ok, seen = False, f"{type(exc).__name__}: {exc}"
            rows.append((case, expected, " ".join(str(seen).split()), bool(ok), time.perf_counter() - started))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", "--keyword", default="", help="only cases whose module or name holds this")
    args = parser.parse_args(argv)
    rows = run_all(args.keyword)
    print("| case | expected | seen | result | s |")
    print("|---|---|---|---|---|")
    for case, expected, seen, ok, seconds in rows:
        print(f"| {case} | {expected} | {seen[:200]} | {'pass' if ok else 'FAIL'} | {seconds:.1f} |")
    failed = sum(not ok for *_, ok, _ in rows)
    print(f"\n{len(rows) - failed} passed, {failed} failed")
    return 1 if failed or not rows else 0


if __name__ == "__main__":
    raise SystemExit(main())
