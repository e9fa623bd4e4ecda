"""The endpoint's query page: its files, its tabs, and YASGUI working in headless Chromium."""
from __future__ import annotations

import json
import time

import pytest
from conftest import make_kb, serve_in_thread, write_kb

from csto_graph.graph.query import saved_queries
from csto_graph.views.querypage import STATIC_FILES, saved_queries_json, static_file, with_prefixes
from csto_graph.views.serve import ServeConfig

PREFIXES = {"schema": "https://schema.org/", "org": "http://www.w3.org/ns/org#"}


def test_with_prefixes_declares_what_the_query_uses_once():
    text = "PREFIX org: <http://www.w3.org/ns/org#>\nSELECT * { ?s schema:name ?n ; org:memberOf ?o }"
    assert with_prefixes(text, PREFIXES) == "PREFIX schema: <https://schema.org/>\n" + text


def test_with_prefixes_ignores_names_that_only_end_like_a_prefix():
    text = "SELECT * { ?s <http://e/xschema:a> ?n ; myorg:x ?o }"
    assert with_prefixes(text, PREFIXES) == text


def test_a_tab_per_saved_query_after_the_example():
    page = json.loads(saved_queries_json(PREFIXES))
    assert page["prefixes"] == PREFIXES
    tabs = page["tabs"]
    assert [t["name"] for t in tabs] == ["example", *saved_queries()]
    met = next(t for t in tabs if t["name"] == "met")
    first_code = next(line for line in met["query"].split("\n") if not line.startswith("#"))
    assert first_code == "PREFIX schema: <https://schema.org/>"  # after the opening comment
    assert met["title"] and not met["title"].startswith("#")


def test_only_the_listed_files_are_served():
    assert static_file("/static/yasgui/yasgui.min.js")[0].startswith("text/javascript")
    for path in ("/static/yasgui/", "/static/../querypage.py", "/static/yasgui/../../serve.py", "/index.html"):
        assert static_file(path) is None
    assert all(static_file(path) is not None for path in STATIC_FILES)


def test_the_licence_of_yasgui_ships_beside_it_with_the_digests_of_the_files():
    """The bundle is the npm file unchanged: an edit (or an update) must update the record too."""
    import hashlib
    import re

    _, text = static_file("/static/yasgui/LICENSE.txt")
    assert b"The MIT License" in text and b"@zazuko/yasgui 4.6.2" in text
    recorded = dict((name, digest) for digest, name in re.findall(rb"([0-9a-f]{64})  (yasgui\.min\.\w+)", text))
    assert set(recorded) == {b"yasgui.min.js", b"yasgui.min.css"}
    for name, digest in recorded.items():
        data = static_file(f"/static/yasgui/{name.decode()}")[1]
        assert hashlib.sha256(data).hexdigest().encode() == digest, name


# ------------------------------------------------------------------ in Chromium


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    out = write_kb(make_kb(), tmp_path_factory.mktemp("page") / "out")
    yield from serve_in_thread(out, ServeConfig(port=0, timeout=5, workers=1, quiet=True))




class QueryPage:
    """The query page opened in Chromium, recording errors, blocked content and every request."""

    def __init__(self, browser, server):
        self.base = server.url[: -len("sparql")]
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.page.on("pageerror", lambda e: self.problems.append(f"error: {e}"))
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(f"console: {m.text}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                                  "console.error('blocked ' + e.violatedDirective + ' ' + e.blockedURI))")
        self.page.goto(self.base)
        deadline = time.monotonic() + 20
        # evaluate() is not subject to the page's CSP; wait_for_function's polling is (no eval)
        while not self.page.evaluate("!!(window.cstoQuery && (cstoQuery.ready || cstoQuery.error))"):
            assert time.monotonic() < deadline, f"the query page never got ready: {self.problems}"
            self.page.wait_for_timeout(50)
        assert self.page.evaluate("cstoQuery.error") is None

    def run(self) -> list[list[str]]:
        """Press the run button of the open tab; the rows of the result table."""
        panel = self.page.locator(".tabPanel.active")
        panel.locator(".yasqe_queryButton").click()
        panel.locator(".yasr table.dataTable tbody tr").first.wait_for(timeout=15000)
        return panel.locator(".yasr table.dataTable tbody tr").evaluate_all(
            "rows => rows.map(r => [...r.querySelectorAll('td')].slice(1).map(td => td.innerText.trim()))")


@pytest.mark.browser
def test_a_query_typed_and_run_shows_its_results(browser, endpoint):
    visit = QueryPage(browser, endpoint)
    page = visit.page
    page.locator(".tabPanel.active .CodeMirror").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text("SELECT * WHERE { ?s a schema:Pers")  # the class autocompleter would ask LOV
    page.keyboard.press("Control+Space")
    page.keyboard.type("o")
    page.wait_for_timeout(500)
    assert page.evaluate("cstoQuery.yasgui.getTab().getQuery()") == "SELECT * WHERE { ?s a schema:Perso"
    page.locator(".tabPanel.active .CodeMirror").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text("SELECT ?name ?country WHERE { ?p a schema:Person ; schema:name ?name ; "
                              "schema:nationality/skos:prefLabel ?country } ORDER BY ?name")
    assert visit.run() == [["Arman Saparov", "Republic of Kazakhstan"], ["Ivan Petrov", "Russian Federation"]]
    summary = page.locator(".tabPanel.active .yasr_response_chip").inner_text()
    assert summary.startswith("2 results")
    assert visit.problems == []
    assert all(url.startswith(visit.base) for url in visit.requests), visit.requests


@pytest.mark.browser
def test_each_saved_query_is_a_tab_that_runs(browser, endpoint):
    visit = QueryPage(browser, endpoint)
    page = visit.page
    names = page.locator(".tabsList .tab").all_inner_texts()
    assert [n.split("\n")[0].strip() for n in names] == ["example", *saved_queries()]
    page.locator(".tabsList .tab", has_text="organizations").click()
    rows = visit.run()
    assert ["Collective Security Treaty Organization"] in [row[1:2] for row in rows]
    assert len(rows) == 4  # the four bodies of the hand-written graph
    assert visit.problems == []
    assert all(url.startswith(visit.base) for url in visit.requests), visit.requests
