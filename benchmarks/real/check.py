"""Check the local copies of the real-news sets against their manifests.

The texts are third-party pages and are never committed: each set (``dev``, ``test``,
``ru-dev``, ``ru-test``) commits ``MANIFEST.tsv`` (file, url, query, sha256) and ``gold.json``,
and keeps its texts in the git-ignored ``corpus/`` beside them. This script says, for each
set, which files are present and intact, and which must be collected again (with the url
and the search query that found them: the pages corpus of the project's search tool).

    python benchmarks/real/check.py            # every set
    python benchmarks/real/check.py dev test   # some
    python benchmarks/real/check.py --store dev DIR   # store collected copies (below)

Exit 0 when every listed file is present with its sha256, else 1.

Collecting again: a file's text is the ``excerpt`` of the search result (corpus ``pages``)
whose url is the manifest's, plus one final newline. Whoever runs the search saves each
excerpt, as the JSON string the tool prints (quotes and escapes kept), to ``DIR/FILE.json``
(``DIR/en1-003.txt.json``); ``--store SET DIR`` writes each into ``SET/corpus/`` when its
sha256 is the manifest's, and names the ones that differ or are not in the manifest (a copy
that differs is not stored: the figures are of the annotated text).

It also reads each gold for pointers the scorer cannot follow: an event participant who is
not among the gold's people, and a post whose ``org`` is no name or alias of an annotated
organization (the scorer then matches that string alone: "CSTO" in a Russian gold whose
CSTO entry lists only the Russian forms matches nothing the build writes). These are warnings
(a town or a lower-case "foreign ministry" may be meant as a plain string); for the held-out
sets (``HELD_OUT``) only their number is printed.

Last, it names the texts that are one page stored twice, within a set or across sets (under
two urls, or fetched twice): the word 3-shingles of the smaller text lie, to at least
``SAME_PAGE`` of them, in the other's (``csto_graph.corpus.dedupe.shingles``; pages that only
share a site's menus stay below it). Such a pair counts one report twice in the figures.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:  # the repository's package, run from any folder or Python
    sys.path.insert(0, str(HERE.parent.parent))


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


def _norm(form: str) -> str:
    """A name nearly as the scorer compares it: NFKC, case-folded, no leading "the", one space
    (the scorer also drops accents and punctuation, so a form that differs from an annotated
    one only by those is warned of though the scorer follows it: a warning, not an error)."""
    key = unicodedata.normalize("NFKC", form).casefold().strip()
    return re.sub(r"\s+", " ", re.sub(r"^the\s+", "", key))


def gold_problems(gold: dict) -> list[str]:
    """Pointers of ``gold`` the scorer cannot follow (see the module's docstring).

    >>> gold_problems({"people": [{"name": "A B", "posts": [{"post": "Head", "org": "XO"}]}],
    ...                "organizations": [{"name": "X Organization", "aliases": ["ХО"]}],
    ...                "events": [{"id": "e1", "participants": [{"name": "C D"}]}]})
    ["post of A B: org 'XO' is no annotated organization", "event e1: participant 'C D' is not among the people"]
    """
    orgs = {_norm(f) for o in gold.get("organizations", []) for f in [o["name"], *o.get("aliases", [])]}
    people = {_norm(f) for p in gold.get("people", []) for f in [p["name"], *p.get("aliases", [])]}
    problems = [f"post of {p['name']}: org {q['org']!r} is no annotated organization"
                for p in gold.get("people", []) for q in p.get("posts", [])
                if q.get("org") and _norm(q["org"]) not in orgs]
    problems += [f"event {e.get('id', '?')}: participant {x['name']!r} is not among the people"
                 for e in gold.get("events", []) for x in e.get("participants", []) if _norm(x["name"]) not in people]
    return problems


SAME_PAGE = 0.8  # two stored pages of one report share nearly all the smaller one's shingles


def same_pages(files: dict[str, Path], threshold: float = SAME_PAGE) -> list[tuple[str, str, float]]:
    """Pairs of ``files`` (label -> path) that hold one page: the share of the smaller text's
    word 3-shingles found in the other's is at least ``threshold``."""
    from csto_graph.corpus.dedupe import shingles

    grams = {label: shingles(path.read_text(encoding="utf-8", errors="replace")) for label, path in files.items()}
    grams = {label: g for label, g in grams.items() if g}
    labels = sorted(grams)
    pairs = []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            share = len(grams[a] & grams[b]) / min(len(grams[a]), len(grams[b]))
            if share >= threshold:
                pairs.append((a, b, round(share, 2)))
    return pairs


def _annotated_bytes(text: str, sha256: str) -> bytes:
    """The bytes of ``text`` that have ``sha256``: with a final newline or as it is; else b""."""
    for data in ((text + "\n").encode("utf-8"), text.encode("utf-8")):
        if hashlib.sha256(data).hexdigest() == sha256:
            return data
    return b""


def store(set_dir: Path, copies: Path) -> list[tuple[str, str]]:
    """Write each ``copies/FILE.json`` (a JSON string: a search result's excerpt) into
    ``set_dir/corpus/FILE`` when the excerpt plus a final newline, or the excerpt alone (the
    form some older sets were stored in), has the manifest's sha256; (file, outcome) for each
    copy: "stored", or why not. Writes are atomic."""
    rows = {row["file"]: row for row in manifest(set_dir)}
    corpus = set_dir / "corpus"
    corpus.mkdir(exist_ok=True)
    outcomes = []
    for source in sorted(copies.glob("*.json")):
        name = source.name[:-len(".json")]
        try:
            text = json.loads(source.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            outcomes.append((name, f"unreadable copy: {error}"))
            continue
        if name not in rows:
            outcomes.append((name, "not in the manifest"))
        elif not isinstance(text, str):
            outcomes.append((name, "the copy is not a JSON string"))
        elif not (data := _annotated_bytes(text, rows[name]["sha256"])):
            outcomes.append((name, "differs from the manifest's sha256: not stored"))
        else:
            partial = corpus / (name + ".part")
            partial.write_bytes(data)
            partial.replace(corpus / name)
            outcomes.append((name, "stored"))
    return outcomes


def held_out() -> set[str]:
    """The sets named in ``HELD_OUT`` (one per line, ``#`` comments)."""
    path = HERE / "HELD_OUT"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--store"]:
        if len(argv) != 3:
            print("usage: check.py --store SET DIR", file=sys.stderr)
            return 2
        outcomes = store(HERE / argv[1], Path(argv[2]))
        for name, outcome in outcomes:
            print(f"{argv[1]}/{name}: {outcome}")
        return 0 if all(outcome == "stored" for _, outcome in outcomes) else 1
    names = argv or sorted(p.name for p in HERE.iterdir() if (p / "MANIFEST.tsv").is_file())
    bad = 0
    hidden = held_out()
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
        gold = set_dir / "gold.json"
        warnings = gold_problems(json.loads(gold.read_text(encoding="utf-8"))) if gold.is_file() else []
        if warnings:
            print(f"  gold: {len(warnings)} pointer(s) the scorer cannot follow")
            for warning in ([] if name in hidden else warnings):
                print(f"    {warning}")
    files = {f"{name}/{row['file']}": HERE / name / "corpus" / row["file"] for name in names
             for row in manifest(HERE / name) if (HERE / name / "corpus" / row["file"]).is_file()}
    for a, b, share in same_pages(files):
        print(f"same page stored twice: {a} ~ {b} ({share:.2f} of the smaller one's shingles)")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
