"""List what a build of a real-news set gets wrong, line by line (people, bodies, events, pairs).

    python benchmarks/real/diagnose.py dev            # builds dev/corpus, then lists the errors
    python benchmarks/real/diagnose.py dev --out DIR  # lists the errors of an existing build

It reuses the outside scorer (``../shared/eval/score.py``) for the mapping of names, so what
it lists is what the scorer counts. The held-out sets (the test halves and the fresh sets
listed in ``benchmarks/real/HELD_OUT``) are scored at the end without reading their errors:
this script refuses them unless ``--final``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_scorer(path: Path = SCORER):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entity_errors(title: str, rows: list[dict], gold: list[dict], index, s) -> None:
    """Predicted entities no gold one maps to (FP), second nodes of one gold entity (SPLIT),
    gold entities nothing maps to (FN)."""
    print(f"== {title}")
    seen = set()
    for row in rows:
        hit = index.map_entity(row["name"], s.split_multi(row.get("aliases", "")))
        kind = f" [{row['kind']}]" if row.get("kind") else ""
        if hit is None:
            print(f"  FP  {row['name']!r}{kind} aliases={row.get('aliases', '')!r}")
        elif hit in seen:
            print(f"  SPLIT {row['name']!r} -> {gold[hit]['name']!r}")
        seen.add(hit)
    for i, g in enumerate(gold):
        if i not in seen and not g.get("optional"):
            kind = f" [{g['kind']}]" if g.get("kind") else ""
            print(f"  FN  {g['name']!r}{kind} aliases={g.get('aliases', [])}")


def map_people(s, rows: list[dict], gold: dict, index) -> tuple[dict, dict]:
    """(predicted person IRI -> gold person, normalised predicted name or alias -> gold person),
    as the scorer maps them (``s``, the scorer module)."""
    _, person_of, by_name = s.score_entities(rows, gold["people"], index, "person")
    for row in rows:
        hit = person_of.get(row.get("person", ""))
        if hit is not None:
            for alias in s.split_multi(row.get("aliases", "")):
                by_name.setdefault(s.norm(alias), hit)
    return person_of, by_name


def diagnose(set_name: str, out: Path, cmd: list[str]) -> None:
    s = load_scorer()
    gold = json.loads((HERE / set_name / "gold.json").read_text(encoding="utf-8"))
    tables = {n: s.run_query(cmd, str(out), n)[0]
              for n in ("people", "organizations", "posts", "events", "participants", "met")}
    pidx, oidx = s.NameIndex(gold["people"]), s.NameIndex(gold["organizations"])
    person_of, by_name = map_people(s, tables["people"], gold, pidx)
    entity_errors("people", tables["people"], gold["people"], pidx, s)
    print("== posts: gold posts not found (person: post @ org) and rows that find none")
    rows_of: dict[int, list] = {}
    for row in tables["posts"]:
        who = person_of.get(row.get("person", ""), by_name.get(s.norm(row.get("name", ""))))
        if who is not None:
            rows_of.setdefault(who, []).append(row)
    for i, g in enumerate(gold["people"]):
        for post in g.get("posts", []):
            forms = s.org_forms(post["org"], gold["organizations"], oidx) if post.get("org") else set()
            hit = any(s.words(post["post"]) <= set(s.norm(r["post"]).split()) and
                      (not forms or any(f in s.norm(r["post"] + " " + r["organization"]) for f in forms))
                      for r in rows_of.get(i, []))
            if not hit:
                print(f"  FN  {g['name']}: {post['post']} @ {post.get('org')}   predicted: "
                      f"{sorted({(r['post'], r['organization']) for r in rows_of.get(i, [])})}")
    entity_errors("organizations", tables["organizations"], gold["organizations"], oidx, s)
    print("== events (predicted: date, place, participants)")
    who: dict[str, set] = {}
    for row in tables["participants"]:
        hit = by_name.get(s.norm(row["name"]))
        who.setdefault(row["event"], set()).add(gold["people"][hit]["name"] if hit is not None else "?" + row["name"])
    pred = {row["event"]: row for row in tables["events"]}
    gold_by_date: dict[str, list] = {}
    for g in gold["events"]:
        gold_by_date.setdefault(g["date"], []).append(g)
    for iri, row in sorted(pred.items(), key=lambda kv: kv[1]["date"]):
        names = sorted(who.get(iri, ()))
        golds = gold_by_date.get(row["date"], [])
        best = max((len(set(names) & {p["name"] for p in g["participants"]}) /
                    max(1, len(set(names) | {p["name"] for p in g["participants"]})), g["id"])
                   for g in golds) if golds else (0, "")
        mark = "ok " if best[0] >= 0.5 else "?? "
        print(f"  {mark}{row['date']:10} {row['type']:12} place={row.get('place', '')!r} {names} "
              f"~ {best[1]} {best[0]:.2f}  [{row.get('source', '')[-40:]}]")
    print("== gold events")
    for g in gold["events"]:
        names = {p["name"] for p in g["participants"] if not p.get("optional")}
        found = [iri for iri, row in pred.items() if row["date"] == g["date"]
                 and len(names & who.get(iri, set())) / max(1, len(names | who.get(iri, set()))) >= 0.5]
        opt = " (optional)" if g.get("optional") else ""
        print(f"  {'ok ' if found else 'MISS'} {g['date']:10} {g['type']:12} place={g.get('place')!r} "
              f"{sorted(names)} {g['id']}{opt}")


def held_out() -> set[str]:
    """The sets named in ``HELD_OUT`` (beside this script), and any test half."""
    lines = (HERE / "HELD_OUT").read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")} | {"test", "ru-test"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="dev, ru-dev, ... (held-out sets need --final)")
    parser.add_argument("--out", type=Path, help="an existing build of the set")
    parser.add_argument("--cmd", default=f"{sys.executable} -m csto_graph")
    parser.add_argument("--final", action="store_true", help="allow a test half (read only at the end)")
    args = parser.parse_args(argv)
    if args.set in held_out() and not args.final:
        parser.error(f"{args.set} is held out (benchmarks/real/HELD_OUT): scored at the end, errors unread "
                     "(use --final then)")
    cmd = shlex.split(args.cmd)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out
        if out is None:
            out = Path(tmp) / "out"
            subprocess.run(cmd + ["build", str(HERE / args.set / "corpus"), "--out", str(out), "--no-cache",
                                  "--no-render"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        diagnose(args.set, out, cmd)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
