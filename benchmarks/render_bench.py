"""Benchmark: the graph page of a synthetic graph of 5,000 nodes and ~10,000 edges.

Times :func:`csto_graph.views.pages.render_graph_page` in Python, then opens the page in
headless Chromium and measures the time until vis-network has drawn the network.

Run: ``.venv/bin/python benchmarks/render_bench.py [--people 3200 --events 1800]``
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from csto_graph.models import (Article, Event, Evidence, KnowledgeBase, Occupancy, Organization,
                               Person, Piece, Role, SourceRef)

CHROMIUM = "/usr/bin/chromium"
BODIES = [("csto-csc", "Collective Security Council"), ("csto-cmfa", "Council of Foreign Ministers"),
          ("csto-cmd", "Council of Defense Ministers"), ("csto-cssc", "Committee of Secretaries of Security Councils"),
          ("csto-pa", "Parliamentary Assembly"), ("csto-js", "Joint Staff")]
STATES = ["armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia", "tajikistan"]
FIRST = ["Ivan", "Arman", "Sergey", "Nurlan", "Aleksandr", "Bakhtiyor", "Viktor", "Imangali", "Oleg", "Asel"]
LAST = ["Petrov", "Saparov", "Ivanov", "Tokayev", "Sidorov", "Rakhmonov", "Kuznetsov", "Abdullaev"]


def synthetic_kb(people: int = 3200, events: int = 1800, seed: int = 7) -> KnowledgeBase:
    """People meeting at events (2-3 participants each) held by six bodies, 10% with a post."""
    rng = random.Random(seed)
    sentence = "The session was attended by the ministers."
    article = Article("a0", "Synthetic", "2020-01-01", "headline", sentence, (Piece(0, 0, len(sentence)),),
                      (SourceRef("synthetic.txt", 0, len(sentence), "utf-8"),))
    ev = Evidence("a0", "synthetic.txt", 0, len(sentence), sentence)
    persons = tuple(Person(f"p{i}", f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", (), rng.choice(STATES), (), (ev,))
                    for i in range(people))
    orgs = tuple(Organization(b, name, (), "body", None, None, (ev,)) for b, name in BODIES) + tuple(
        Organization(s, s.title(), (), "state", None, None, (ev,)) for s in STATES)
    occupancies = tuple(Occupancy(f"o{i}", f"p{i}", "Minister", "Minister", rng.choice(STATES),
                                  (f"20{rng.randint(10, 17)}-01-01", f"20{rng.randint(18, 24)}-06-30"), (ev,))
                        for i in range(0, people, 10))
    evs = []
    for i in range(events):
        date = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        who = rng.sample(range(people), rng.choice((2, 3)))
        evs.append(Event(f"e{i}", "meeting", f"Meeting {i}", date, None, None, rng.choice(BODIES)[0], False,
                         tuple(Role(f"p{w}", "participant", ev) for w in who), ("a0",), (ev,)))
    return KnowledgeBase((article,), persons, orgs, (), occupancies, tuple(evs))


def measure_in_chromium(page_path: Path, screenshot: Path | None = None) -> dict:
    """Open the page in headless Chromium: time to the first drawing, to a filter, to a redraw."""
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        start = time.perf_counter()
        page.goto(page_path.as_uri(), wait_until="commit")
        while not page.evaluate("!!(window.cstoGraph && cstoGraph.drawn)"):
            page.wait_for_timeout(10)
        wall = time.perf_counter() - start
        figures = page.evaluate("""() => {
            const app = window.cstoGraph, t0 = performance.now();
            document.getElementById('since').value = '2015-01-01';
            app.applyFilters();
            const t1 = performance.now();
            app.network.redraw();
            const t2 = performance.now();
            document.getElementById('since').value = '';
            app.applyFilters();
            return {drawn_at_ms: app.drawnAt, filter_ms: t1 - t0, redraw_ms: t2 - t1,
                    nodes: app.nodes.length, edges: app.edges.length};
        }""")
        if screenshot:
            page.wait_for_timeout(500)
            page.screenshot(path=str(screenshot))
        browser.close()
    return {"wall_s": wall, "errors": errors, **figures}


def main() -> None:
    from csto_graph.graph.rdf import to_rdf
    from csto_graph.views.pages import render_graph_page

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=3200)
    parser.add_argument("--events", type=int, default=1800)
    parser.add_argument("--out", type=Path, default=None, help="Folder for the page (default: a temporary one).")
    parser.add_argument("--screenshot", type=Path, default=None, help="Save a PNG of the drawn page.")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="csto-bench-"))
    out.mkdir(parents=True, exist_ok=True)

    start = time.perf_counter()
    graph = to_rdf(synthetic_kb(args.people, args.events))
    print(f"synthetic RDF graph: {len(graph)} triples in {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    page = render_graph_page(graph, out / "graph.html")
    print(f"render_graph_page:   {time.perf_counter() - start:.2f} s, {page.stat().st_size / 1e6:.1f} MB -> {page}")
    if not Path(CHROMIUM).exists():
        print(f"no Chromium at {CHROMIUM}: browser figures skipped")
        return
    figures = measure_in_chromium(page, args.screenshot)
    print(f"in Chromium:         {figures['nodes']} nodes, {figures['edges']} edges")
    print(f"  first drawing      {figures['drawn_at_ms'] / 1000:.2f} s after navigation start "
          f"({figures['wall_s']:.2f} s wall clock, from goto)")
    print(f"  date filter        {figures['filter_ms']:.0f} ms; redraw {figures['redraw_ms']:.0f} ms")
    if figures["errors"]:
        print("  page errors:", *figures["errors"], sep="\n    ")


if __name__ == "__main__":
    main()
