"""Count a build's event errors on a real-news set by cause (what a keep rule should look at first).

    python benchmarks/real/event_causes.py dev OUT [dev-b OUT ...]   # OUT: a build of that set
    python benchmarks/real/event_causes.py -v dev OUT                # and list each error

Each required gold event is ``hit`` (a predicted event at its date with a Jaccard overlap of its
people of at least 0.5, as the scorer matches) or missed because a predicted event of its people
is at another date (``wrong-date``; ``(year)`` when only the year differs, ``(no-year)`` when the
prediction has no full date), because a prediction at its date shares too few of its people
(``same-date-low-jaccard``), because its people were not found (``people-not-found``), because a
prediction at another date shares a few (``other-date-low-jaccard``), or because no prediction
touches them (``no-event``). Each predicted event with people that matches no gold event is at a
date no gold event has (``date-not-in-gold``) or not (``same-date-no-match``). Like
``diagnose.py``, it refuses the held-out sets (``HELD_OUT``).
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import diagnose  # noqa: E402  (beside this script)


def _jaccard(gold: set, who: set) -> float:
    return len(gold & who) / max(1, len(gold | who))


def causes(set_name: str, out: str, cmd: list[str], verbose: bool = False) -> collections.Counter:
    s = diagnose.load_scorer()
    gold = json.loads((HERE / set_name / "gold.json").read_text(encoding="utf-8"))
    tables = {n: s.run_query(cmd, out, n)[0] for n in ("people", "events", "participants")}
    index = s.NameIndex(gold["people"])
    person_of, by_name = diagnose.map_people(s, tables["people"], gold, index)
    who: dict[str, set] = collections.defaultdict(set)
    for row in tables["participants"]:
        who[row["event"]].add(by_name.get(s.norm(row["name"]), "?" + row["name"]))
    pred = {row["event"]: row for row in tables["events"]}
    found = set(person_of.values())
    count: collections.Counter = collections.Counter()
    for g in gold["events"]:
        required = {index.lookup(p["name"]) for p in g["participants"] if not p.get("optional")} - {None}
        if g.get("optional") or not required:
            continue
        same = max((_jaccard(required, who[i]) for i, r in pred.items() if r["date"] == g["date"]), default=0)
        other = {r["date"] for i, r in pred.items() if _jaccard(required, who[i]) >= .5}
        touch = max((_jaccard(required, who[i]) for i in pred), default=0)
        if same >= .5:
            kind = "hit"
        elif other:
            kind = "wrong-date" + ("(year)" if any(d[5:] == g["date"][5:] for d in other)
                                   else "(no-year)" if any(len(d) < 10 for d in other) else "")
        elif same > 0:
            kind = "same-date-low-jaccard"
        elif len(required & found) < len(required) / 2:
            kind = "people-not-found"
        else:
            kind = "other-date-low-jaccard" if touch > 0 else "no-event"
        count["gold:" + kind] += 1
        if verbose and kind != "hit":
            print(f"  {set_name} {kind:24} {g['date']:10} {g['type']:10} {g['id']}")
    dates = {g["date"] for g in gold["events"]}
    for iri, row in pred.items():
        if not who[iri]:
            continue
        matched = False
        for g in gold["events"]:
            required = {index.lookup(p["name"]) for p in g["participants"] if not p.get("optional")} - {None}
            optional = {index.lookup(p["name"]) for p in g["participants"] if p.get("optional")} - {None}
            people = who[iri] - (optional - required)
            if not required:
                required, people = optional, who[iri]
            matched |= row["date"] == g["date"] and _jaccard(required, people) >= .5
        kind = "hit" if matched else "date-not-in-gold" if row["date"] not in dates else "same-date-no-match"
        count["pred:" + kind] += 1
        if verbose and not matched:
            print(f"  {set_name} FP {kind:21} {row['date']:10} {row['type']:10} {row.get('label', '')[:60]}")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", metavar="SET OUT")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--cmd", default=f"{sys.executable} -m csto_graph")
    args = parser.parse_args(argv)
    if len(args.pairs) % 2:
        parser.error("give each set with the folder of its build: SET OUT [SET OUT ...]")
    held = diagnose.held_out()
    total: collections.Counter = collections.Counter()
    for set_name, out in zip(args.pairs[::2], args.pairs[1::2]):
        if set_name in held:
            parser.error(f"{set_name} is held out (benchmarks/real/HELD_OUT)")
        count = causes(set_name, out, args.cmd.split(), args.verbose)
        print(set_name, dict(sorted(count.items())))
        total += count
    print("total", dict(sorted(total.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
