"""Shared fixtures: a tiny hand-written knowledge base and a built folder from it."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# No deadline: hypothesis's per-example deadline is a timing assertion, and this machine is
# shared and noisy (the first example also pays for lazily compiled patterns).
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

from csto_graph.graph.rdf import canonical_ntriples, to_rdf
from csto_graph.models import (Article, Event, Evidence, KnowledgeBase, Occupancy, Organization,
                               Person, Piece, Place, Role, SourceRef)
from csto_graph.graph.store import GRAPH_FILE, load_store, write_atomically

SENTENCE = "The meeting was chaired by Army General Ivan Petrov and attended by Arman Saparov."


def make_kb(people_names=("Ivan Petrov", "Arman Saparov"), sentence=SENTENCE) -> KnowledgeBase:
    """Two people who met at one session of one body, with a post each."""
    article = Article(id="a000000000001", title="Session of the Council", date="2021-12-08",
                      date_source="headline", text=sentence,
                      pieces=(Piece(0, 0, len(sentence)),),
                      sources=(SourceRef("corpus/x.txt", 0, len(sentence), "utf-8"),))
    ev = Evidence(article.id, "corpus/x.txt", 0, len(sentence), sentence)
    a, b = people_names
    people = (
        Person("p-a", a, (a.split()[-1],), "russia", ("Army General",), (ev,)),
        Person("p-b", b, (), "kazakhstan", (), (ev,)),
    )
    orgs = (
        Organization("csto", "Collective Security Treaty Organization", ("CSTO",), "organization",
                     None, "moscow", (ev,)),
        Organization("csto-csc", "Collective Security Council", ("CSC",), "body", "csto", None, (ev,)),
        Organization("russia", "Russian Federation", ("Russia",), "state", None, "moscow", (ev,)),
        Organization("kazakhstan", "Republic of Kazakhstan", (), "state", None, None, (ev,)),
    )
    places = (Place("moscow", "Moscow", ("MOSCOW",)),)
    occupancies = (
        Occupancy("p-a--minister-of-defense--russia", "p-a", "Minister of Defense", "Minister of Defense",
                  "russia", ("2021-12-08",), (ev,)),
        Occupancy("p-b--secretary-general--csto", "p-b", "CSTO Secretary General", "Secretary General",
                  "csto", ("2021-06", "2021-12-08"), (ev,)),
    )
    events = (
        Event("2021-12-08-session-csc", "session", "Session of the Collective Security Council",
              "2021-12-08", None, "moscow", "csto-csc", False,
              (Role("p-a", "chair", ev), Role("p-b", "participant", ev)), (article.id,), (ev,)),
    )
    return KnowledgeBase((article,), people, orgs, places, occupancies, events)


def write_kb(kb: KnowledgeBase, out: Path) -> Path:
    """Write a knowledge base as a built folder (graph.nt + Oxigraph store)."""
    data = canonical_ntriples(to_rdf(kb))

    def fill(folder: Path) -> None:
        (folder / GRAPH_FILE).write_bytes(data)
        load_store(folder, data)

    return write_atomically(out, fill)


@pytest.fixture
def tiny_kb() -> KnowledgeBase:
    return make_kb()


@pytest.fixture
def tiny_out(tmp_path: Path, tiny_kb: KnowledgeBase) -> Path:
    return write_kb(tiny_kb, tmp_path / "out")


# ------------------------------------------------------------------ Chromium and a running endpoint

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright (skipped where it is not installed)."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def serve_in_thread(out, config):
    """``csto-graph serve`` on ``out`` in a thread, for a fixture to yield and then stop."""
    import threading

    from csto_graph.views.serve import make_server

    srv = make_server(out, config)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(5)
