"""The review queue seen by a curator: what is still to decide, printed; a decision recorded.

:func:`pending` reads the queue a build wrote (:mod:`csto_graph.link.review`) and leaves out
the items decided since in the curation file; :func:`format_queue` prints it as text, CSV
or JSON; :func:`decide` checks the two names against the build and records the decision
(:func:`csto_graph.link.curation.record_decision`). Corpus text is printed as one clean
line (no control characters reach the terminal).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .curation import Curation
from .matching import fold
from .review import ReviewError, decided, read_review


def pending(out, curation_file: str | Path | None = None) -> list[dict]:
    """The queue of the build in ``out`` without the items decided since (in the curation
    file the build read, or ``curation_file``)."""
    from .curation import load_curation

    queue = read_review(out)
    curation = load_curation(curation_file or queue.get("curation"))
    return [item for item in queue["items"] if not _item_decided(item, curation)]


def _item_decided(item: dict, curation: Curation) -> bool:
    if item["kind"] == "unresolved":
        return any(curation.canonical(f) != f for f in (item["name"], *item["forms"]))
    return decided(curation, [item["a"]["name"], item["names"][0]], [item["b"]["name"], item["names"][1]])


def decide(out, verb: str, a: str, b: str, by: str | None = None, curation_file: str | Path | None = None) -> Path:
    """Record a curator's decision on ``a`` and ``b`` in the curation file the build in
    ``out`` read (or ``curation_file``); the next build applies it.

    Both names must be names of the graph (a person's or body's name or alias) or of the
    queue (an unresolved name); else :class:`ReviewError` names the closest ones.
    """
    from .curation import Decision, record_decision

    queue = read_review(out)
    decision = Decision.now(verb, a, b, by)
    known = {fold(n): n for n in queue.get("names", ())}
    known.update({fold(n): n for item in queue["items"] if item["kind"] == "unresolved"
                  for n in (item["name"], *item["forms"])})
    for name in (a, b):
        if fold(name) not in known:
            raise ReviewError(f"no person or body is named {name!r} in {out}" + _closest(name, known))
    return record_decision(decision, curation_file or queue.get("curation"))


def _closest(name: str, known: dict[str, str]) -> str:
    from rapidfuzz import fuzz, process

    # WRatio from 70: "sergei shoigu" finds "sergey shoygu" (85), "zass" "stanislav zas" (77); acronyms
    # such as "cis" score 60 against any name that holds their letters
    hits = process.extract(fold(name), list(known), scorer=fuzz.WRatio, limit=3, score_cutoff=70)
    return f": did you mean {', '.join(repr(known[h[0]]) for h in hits)}?" if hits else ""


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _clean(text: str) -> str:
    """Corpus text as one printable line (no control characters to reach the terminal)."""
    return _CONTROL.sub(" ", text).strip()


def excerpt(text: str, names, width: int = 160) -> str:
    """``text`` as one clean line of at most about ``width`` characters, around the first of
    ``names`` it holds.

    >>> excerpt("x" * 50 + " Ivan Petrov " + "y" * 50, ["ivan petrov"], 21)
    '… xxxx Ivan Petrov yyyy …'
    """
    text = _clean(text)
    if len(text) <= width:
        return text
    low = text.casefold()
    found = sorted((i, len(n)) for i, n in ((low.find(n.casefold()), n) for n in names if n) if i >= 0)
    middle = found[0][0] + found[0][1] // 2 if found else 0
    start = max(0, min(middle - width // 2, len(text) - width))
    cut = text[start:start + width].strip()
    return ("… " if start else "") + cut + (" …" if start + width < len(text) else "")


def _title(item: dict) -> str:
    if item["kind"] == "unresolved":
        return f"{item['name']} ({item['mentions']} mention{'s' * (item['mentions'] != 1)})"
    return f"{item['a']['name']} / {item['b']['name']}"


def format_queue(items: list[dict], fmt: str = "text", out: str = "OUT") -> str:
    """The queue as text (ranked, with evidence and the command that decides), csv or json."""
    if fmt == "json":
        return json.dumps(items, indent=1, ensure_ascii=False) + "\n"
    if fmt == "csv":
        import csv
        import io

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["rank", "kind", "type", "facts", "a", "b", "why", "candidates", "sentence"])
        for rank, item in enumerate(items, 1):
            unresolved = item["kind"] == "unresolved"
            evidence = item["evidence"] if unresolved else item["a"]["evidence"] + item["b"]["evidence"]
            writer.writerow([rank, item["kind"], item["type"], item["facts"],
                             item["name"] if unresolved else item["a"]["name"], "" if unresolved else item["b"]["name"],
                             item["why"], "|".join(item.get("candidates", ())),
                             _clean(evidence[0]["text"]) if evidence else ""])
        return buf.getvalue()
    if fmt != "text":
        raise ReviewError(f"unknown format {fmt!r} (text, csv, json)")
    lines = []
    for rank, item in enumerate(items, 1):
        kind = "unresolved" if item["kind"] == "unresolved" else "near miss"
        facts = f"{item['facts']} fact{'s' * (item['facts'] != 1)}"
        lines.append(f"{rank:3}. {kind} ({item['type']}), {facts}: {_clean(_title(item))}")
        fits = f": {', '.join(item['candidates'])}" if item.get("candidates") else ""
        lines.append(f"     {_clean(item['why'] + fits)}")
        sides = [("", item["forms"], item["evidence"])] if item["kind"] == "unresolved" else \
            [(item[s]["name"], [item[s]["name"], name], item[s]["evidence"])
             for s, name in zip("ab", item["names"])]
        for label, names, evidence in sides:
            for ev in evidence[:1]:
                lines.append(f"     {_clean(label) + ': ' if label else ''}\"{excerpt(ev['text'], names)}\" "
                             f"({_clean(ev['path'])})")
        if item["kind"] != "unresolved":
            a, b = (json.dumps(n, ensure_ascii=False) for n in (item["a"]["name"], item["b"]["name"]))
            lines.append(f"     csto-graph decide {_clean(out)} same|different {_clean(a)} {_clean(b)}")
        elif item.get("candidates"):
            a, b = (json.dumps(n, ensure_ascii=False) for n in (item["name"], item["candidates"][0]))
            lines.append(f"     csto-graph decide {_clean(out)} alias {_clean(a)} {_clean(b)}")
    return "\n".join(lines) + ("\n" if lines else "")
