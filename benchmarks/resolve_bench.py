"""Benchmark: how many of the names a gold file gives for each person the resolver finds.

For every gold person whose node the build holds (a node one of whose names is, in any
case, the gold name or one of its aliases), each of those forms (the name and every
alias: other spellings, Cyrillic forms, surnames alone) is looked up twice:

- *before*: as the saved queries looked names up until issue #16, by the lower-case
  name key (``csto:nameKey``), exact;
- *after*: through :func:`csto_graph.graph.resolve.NameIndex.resolve`.

Each form counts as found (the right node), wrong (another node), ambiguous (an
:class:`~csto_graph.graph.resolve.AmbiguousNameError`) or unknown.

Run: ``.venv/bin/python benchmarks/resolve_bench.py OUT GOLD.json`` (OUT a built folder).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

from csto_graph.graph.rdf import name_key
from csto_graph.graph.resolve import AmbiguousNameError, UnknownNameError, exact_key, load_index


def node_of(index, forms: list[str]) -> str | None:
    """The person node that goes by one of ``forms`` in any case (the gold person's node)."""
    wanted = {exact_key(f) for f in forms}
    found = sorted(e.iri for e in index.entries.values()
                   if e.kind == "person" and wanted & {exact_key(n) for n in e.names})
    return found[0] if len(found) == 1 else None


def lookup(index, form: str, iri: str) -> tuple[str, str]:
    """(before, after) outcome of one form."""
    keys = {name_key(n) for n in index.entries[iri].names}
    shared = [e.iri for e in index.entries.values() if e.kind == "person" and name_key(form) in
              {name_key(n) for n in e.names}]
    before = "found" if name_key(form) in keys and shared == [iri] else \
        ("ambiguous" if len(shared) > 1 else ("wrong" if shared else "unknown"))
    try:
        after = "found" if index.resolve(form) == iri else "wrong"
    except AmbiguousNameError:
        after = "ambiguous"
    except UnknownNameError:
        after = "unknown"
    return before, after


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("gold")
    parser.add_argument("--show", action="store_true", help="Print each form the resolver does not find.")
    args = parser.parse_args()
    index = load_index(args.out)
    gold = json.load(open(args.gold, encoding="utf-8"))
    before, after, people, missing = Counter(), Counter(), 0, 0
    for person in gold["people"]:
        forms = [person["name"], *person.get("aliases", [])]
        iri = node_of(index, forms)
        if iri is None:
            missing += 1
            continue
        people += 1
        for form in forms:
            b, a = lookup(index, form, iri)
            before[b] += 1
            after[a] += 1
            if args.show and a != "found":
                print(f"  {a}: {form!r} (the node is {index.label(iri)!r})")
    total = sum(after.values())
    print(f"{people} gold people in the graph ({missing} not, or not told apart), {total} forms")
    for name, counts in (("before (lower-case name key)", before), ("after (resolver)", after)):
        print(f"{name}: " + ", ".join(f"{k} {counts[k]} ({counts[k] / max(total, 1):.0%})"
                                      for k in ("found", "wrong", "ambiguous", "unknown")))


if __name__ == "__main__":
    main()
