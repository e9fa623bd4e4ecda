"""The graph and timeline pages: offline, escaped, and working in a real browser."""
from __future__ import annotations

import doctest
import json
import os
import re
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import make_kb
from csto_graph.views import pages as render
from csto_graph.cli import main
from csto_graph.graph.rdf import to_rdf
from csto_graph.views.pages import graph_page_data, json_for_script, render_graph_page, render_timeline_page, timeline_data
from csto_graph.views.network import ViewError

XSS_NAMES = ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>")
XSS_SENTENCE = "</script><script>alert(3)</script> said <b onmouseover=alert(4)>hi</b>\u2028&amp;"


@pytest.fixture
def xss_graph():
    return to_rdf(make_kb(people_names=XSS_NAMES, sentence=XSS_SENTENCE))


def test_json_for_script_cannot_close_the_script():
    text = json_for_script({"s": "</script><!-- \u2028 & >"})
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"s": "</script><!-- \u2028 & >"}


def test_graph_page_is_one_offline_file(tiny_kb, tmp_path):
    page = render_graph_page(to_rdf(tiny_kb), tmp_path / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|img|iframe)\b[^>]*\bsrc\s*=", page, re.IGNORECASE)
    assert not re.search(r"<link\b", page, re.IGNORECASE)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.IGNORECASE)
    assert "vis.Network" in page and "vis-network.min.css" not in page  # inlined, not linked
    assert "connect-src 'none'" in page and "script-src 'sha256-" in page


def test_graph_page_data_of_the_tiny_graph(tiny_kb):
    data = graph_page_data(to_rdf(tiny_kb))
    labels = {n["label"]: n for n in data["nodes"]}
    assert len(data["nodes"]) == 6 and len(data["edges"]) == 6
    assert labels["Arman Saparov"]["title"] == (
        "Arman Saparov\nCSTO Secretary General, Collective Security Treaty Organization (2021-06 – 2021-12-08)")
    met = [e for e in data["edges"] if e["kind"] == "met"]
    assert [(m["width"], m["dates"]) for m in met] == [(1, ["2021-12-08"])]
    assert met[0]["title"].endswith("1 meeting(s): 2021-12-08")
    assert data["evidence"][0]["s"] == tiny_kb.events[0].evidence[0].sentence
    assert data["physics"] is True and data["center"] is None


def test_ego_view_keeps_what_is_within_depth(tiny_kb):
    graph = to_rdf(tiny_kb)
    one = graph_page_data(graph, person="Ivan Petrov", depth=1)
    assert sorted(n["label"] for n in one["nodes"]) == [
        "Arman Saparov", "Ivan Petrov", "Russian Federation", "Session of the Collective Security Council"]
    assert one["nodes"][one["center"]]["label"] == "Ivan Petrov"
    assert [n["label"] for n in graph_page_data(graph, person="petrov", depth=0)["nodes"]] == ["Ivan Petrov"]


def test_since_until_leave_out_events_outside_the_range(tiny_kb, tmp_path):
    graph = to_rdf(tiny_kb)
    assert graph_page_data(graph, since="2022")["nodes"] == []
    assert render_graph_page(graph, tmp_path / "empty.html", since="2022").is_file()
    with pytest.raises(ViewError, match="no meeting or post"):
        graph_page_data(graph, person="Ivan Petrov", since="2022")


def test_rendering_twice_gives_the_same_bytes(tiny_kb, tmp_path):
    graph = to_rdf(tiny_kb)
    first = render_graph_page(graph, tmp_path / "a.html").read_bytes()
    assert render_graph_page(graph, tmp_path / "b.html").read_bytes() == first


class Tags(HTMLParser):
    """Every start tag of a page, as a browser's tokenizer sees it (script text is not markup)."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_pages_do_not_depend_on_the_hash_seed(tiny_out, tmp_path):
    code = ("import sys; from csto_graph.graph.store import load_graph; from csto_graph.views import pages as render;"
            "g = load_graph(sys.argv[1]); render.render_graph_page(g, sys.argv[2] + '/g.html');"
            "render.render_timeline_page(g, sys.argv[2] + '/t.html')")
    pages = []
    for seed in ("1", "2"):
        (tmp_path / seed).mkdir()
        subprocess.run([sys.executable, "-c", code, str(tiny_out), str(tmp_path / seed)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        pages.append([(tmp_path / seed / name).read_bytes() for name in ("g.html", "t.html")])
    assert pages[0] == pages[1]


def test_untrusted_text_never_appears_as_markup(xss_graph, tmp_path):
    for page, scripts in ((render_graph_page(xss_graph, tmp_path / "g.html"), 4),  # data, vis, search, page
                          (render_timeline_page(xss_graph, tmp_path / "t.html"), 3)):
        text = page.read_text(encoding="utf-8")
        tags = Tags(text).tags
        assert [t for t, _ in tags].count("script") == scripts
        assert not {"img", "b", "iframe", "object"} & {t for t, _ in tags}
        assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]
        assert "<script>alert" not in text and "<img src=x" not in text and "<b onmouseover" not in text
        assert "\u2028" not in text


def test_timeline_data_lists_posts_and_events_per_person(tiny_kb):
    data = timeline_data(to_rdf(tiny_kb))
    saparov = next(p for p in data["people"] if p["label"] == "Arman Saparov")
    assert [(p["title"], p["org_label"], p["first"], p["last"]) for p in saparov["posts"]] == [
        ("Secretary General", "Collective Security Treaty Organization", "2021-06", "2021-12-08")]
    assert [(e["date"], e["roles"]) for e in saparov["events"]] == [("2021-12-08", ["participant"])]
    assert [b["label"] for b in data["bodies"]] == [
        "Collective Security Council", "Collective Security Treaty Organization", "Russian Federation"]


def _tenures_kb():
    """Ann Lee seen as CSTO Secretary General in 2019 and 2020; Bo Park took office on 1 January 2021."""
    from test_tenure_rdf import LEE, PARK_TOOK_OFFICE, kb_with

    return kb_with(LEE, PARK_TOOK_OFFICE)


def _post(data, name):
    person = next(p for p in data["people"] if p["label"] == name)
    return [(p["first"], p["start_basis"], p["not_before"], p["last"], p["end_basis"], p["not_after"])
            for p in person["posts"]]


def test_timeline_data_draws_tenures_with_the_basis_and_limit_of_each_bound():
    data = timeline_data(to_rdf(_tenures_kb()))
    # Lee: both bounds the evidence's, her end no later than her successor's attested start
    assert _post(data, "Ann Lee") == [("2019-03-03", "inferred", None, "2020-05-05", "inferred", "2021-01-01")]
    # Park: an attested start needs no limit; his end is his last evidence, nobody after him
    assert _post(data, "Bo Park") == [("2021-01-01", "attested", None, "2022-02-02", "inferred", None)]


def test_timeline_data_marks_an_event_a_bare_title_joined_and_leaves_it_out_on_request():
    from test_bare_titles import LEE, MET, kb

    graph = to_rdf(kb([LEE], "2021-06-06", MET))
    lee = next(p for p in timeline_data(graph)["people"] if p["label"] == "Ann Lee")
    assert [(e["date"], e["inferred"]) for e in lee["events"]] == [("2021-06-06", True)]
    petrov = next(p for p in timeline_data(graph)["people"] if p["label"] == "Ivan Petrov")
    assert {e["date"]: e["inferred"] for e in petrov["events"]} == {"2021-06-06": False, "2021-12-08": False}
    lee = next(p for p in timeline_data(graph, inferred=False)["people"] if p["label"] == "Ann Lee")
    assert lee["events"] == []


def test_graph_page_data_dashes_an_edge_resting_on_an_inferred_participation():
    from test_bare_titles import LEE, MET, kb

    graph = to_rdf(kb([LEE], "2021-06-06", MET))
    data = graph_page_data(graph)
    label = {n["id"]: n["label"] for n in data["nodes"]}
    edges = {(e["kind"], *sorted((label[e["from"]], label[e["to"]]))): e for e in data["edges"]}
    met = edges[("met", "Ann Lee", "Ivan Petrov")]
    assert met["inferred"] is True and "1 of them inferred" in met["title"]
    attended = next(e for k, e in edges.items() if k[0] == "attended" and "Ann Lee" in k)
    assert attended["inferred"] is True and "Secretary General" in attended["title"]
    assert edges[("met", "Arman Saparov", "Ivan Petrov")]["inferred"] is False
    left = graph_page_data(graph, inferred=False)
    assert "Ann Lee" not in {n["label"] for n in left["nodes"] if any(
        e["from"] == n["id"] or e["to"] == n["id"] for e in left["edges"] if e["kind"] != "post")}


def test_cli_render_no_inferred_writes_its_own_page(tmp_path):
    from conftest import write_kb
    from test_bare_titles import LEE, MET, kb

    out = write_kb(kb([LEE], "2021-06-06", MET), tmp_path / "out")
    page = tmp_path / "written.html"
    result = CliRunner().invoke(main, ["render", str(out), "--no-inferred", "--out", str(page)])
    assert result.exit_code == 0, result.output
    data = json.loads(re.search(r'id="csto-data">(.*?)</script>', page.read_text(encoding="utf-8")).group(1))
    assert not any(e["inferred"] for e in data["edges"])
    full = graph_page_data(to_rdf(kb([LEE], "2021-06-06", MET)))
    assert any(e["inferred"] for e in full["edges"])


def test_cli_render_writes_the_pages(tiny_out):
    runner = CliRunner()
    result = runner.invoke(main, ["render", str(tiny_out), "--person", "Saparov", "--depth", "1",
                                  "--out", str(tiny_out / "ego.html")])
    assert result.exit_code == 0, result.output
    assert "Arman Saparov and 3 around" in (tiny_out / "ego.html").read_text(encoding="utf-8")
    assert runner.invoke(main, ["render", str(tiny_out), "--timeline"]).exit_code == 0
    assert (tiny_out / "timeline.html").is_file()


def test_cli_render_says_why_in_one_line(tiny_out):
    result = CliRunner().invoke(main, ["render", str(tiny_out), "--since", "2021-13"])
    assert result.exit_code == 2
    assert "since '2021-13' is not a date" in result.output


def test_docstring_examples_run():
    result = doctest.testmod(render)
    assert result.attempted >= 3 and result.failed == 0


# ------------------------------------------------------------------ in Chromium




class Visit:
    """A page opened in Chromium, recording dialogs, errors and any network request."""

    def __init__(self, browser, path: Path, ready: str):
        self.problems: list[str] = []
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        self.page.on("pageerror", lambda e: self.problems.append(f"error: {e}"))
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(f"console: {m.text}"))
        self.page.on("request", lambda r: r.url.startswith("file:") or self.problems.append(f"request: {r.url}"))
        self.page.goto(path.as_uri())
        deadline = time.monotonic() + 20
        while not self.page.evaluate(ready):  # evaluate() is not subject to the page's CSP
            assert time.monotonic() < deadline, f"{path.name} never got ready: {self.problems}"
            self.page.wait_for_timeout(50)


@pytest.mark.browser
def test_graph_page_with_hostile_names_runs_no_script(browser, xss_graph, tmp_path):
    visit = Visit(browser, render_graph_page(xss_graph, tmp_path / "graph.html"), "!!(window.cstoGraph && cstoGraph.drawn)")
    page = visit.page
    assert page.evaluate("cstoGraph.nodes.length") == 6 and page.evaluate("cstoGraph.edges.length") == 6
    assert page.evaluate("document.querySelector('#network canvas').width") > 0
    node = page.evaluate("cstoGraph.data.nodes.find(n => n.label.startsWith('<img')).id")
    page.evaluate(f"cstoGraph.showNode({node})")
    panel = page.locator("#panel")
    assert XSS_NAMES[1] in panel.inner_text() and XSS_SENTENCE.split("\u2028")[0] in panel.inner_text()
    assert page.evaluate("document.querySelectorAll('img, b, #panel script').length") == 0
    box = page.locator("#network canvas").bounding_box()
    at = page.evaluate(f"cstoGraph.network.canvasToDOM(cstoGraph.network.getPosition({node}))")
    page.mouse.move(box["x"] + at["x"], box["y"] + at["y"])
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    assert tooltip.inner_text().startswith(XSS_NAMES[1])
    assert page.evaluate("[...document.querySelector('div.vis-tooltip').children].map(c => c.tagName)") == ["BR"]
    page.wait_for_timeout(300)
    assert visit.problems == []


@pytest.mark.browser
def test_timeline_page_with_hostile_names_runs_no_script(browser, xss_graph, tmp_path):
    visit = Visit(browser, render_timeline_page(xss_graph, tmp_path / "timeline.html"),
                  "!!(window.cstoTimeline && cstoTimeline.drawn)")
    page = visit.page
    assert page.evaluate("cstoTimeline.rows") == 2
    names = page.evaluate("[...document.querySelectorAll('svg g.row > text')].map(t => t.firstChild.nodeValue)")
    assert sorted(names) == sorted(XSS_NAMES)
    assert page.evaluate("document.querySelectorAll('svg rect.bar').length") == 2
    assert page.evaluate("document.querySelectorAll('svg circle.event').length") == 2
    assert page.evaluate("document.querySelectorAll('img, svg script, svg foreignObject').length") == 0
    page.locator("#person").fill("img")
    assert page.evaluate("cstoTimeline.rows") == 1
    page.wait_for_timeout(300)
    assert visit.problems == []


@pytest.mark.browser
def test_graph_page_filters_by_date_and_type_and_searches(browser, tiny_kb, tmp_path):
    visit = Visit(browser, render_graph_page(to_rdf(tiny_kb), tmp_path / "graph.html"), "!!(window.cstoGraph && cstoGraph.drawn)")
    page = visit.page
    assert page.evaluate("cstoGraph.visibleNodes") == 6
    page.locator("#since").fill("2022-01-01")
    assert page.evaluate("cstoGraph.visibleNodes") == 0  # the one session is in 2021; posts end in 2021
    page.locator("#since").fill("2021-12-01")
    assert page.evaluate("cstoGraph.visibleNodes") == 6
    page.locator("#reset").click()
    page.locator("#types input[value=event]").uncheck()
    assert page.evaluate("cstoGraph.visibleNodes") == 5
    assert page.evaluate("cstoGraph.nodes.get().filter(n => n.hidden).map(n => n.label)") == [
        "Session of the Collective Security Council"]
    page.locator("#search").fill("saparov")
    page.locator("#search").press("Enter")
    assert page.locator("#status").inner_text() == "1 match for “saparov”"
    assert page.locator("#panel h2").inner_text() == "Arman Saparov"
    assert visit.problems == []


@pytest.mark.browser
def test_timeline_page_draws_attested_bounds_solid_and_inferred_ones_faded(browser, tmp_path):
    visit = Visit(browser, render_timeline_page(to_rdf(_tenures_kb()), tmp_path / "timeline.html"),
                  "!!(window.cstoTimeline && cstoTimeline.drawn)")
    page = visit.page
    bars = page.evaluate("""[...document.querySelectorAll('svg rect.bar')].map(b => {
        const row = b.closest('g.row').querySelector('text').firstChild.nodeValue;
        const sib = cls => [...b.closest('g.row').querySelectorAll('rect.' + cls)]
            .map(r => [Number(r.getAttribute('x')), Number(r.getAttribute('width')), getComputedStyle(r).opacity]);
        return [row, b.dataset.start, b.dataset.end, Number(b.getAttribute('x')), Number(b.getAttribute('width')),
                getComputedStyle(b).opacity, sib('cap.start'), sib('cap.end'), sib('fade.start'), sib('fade.end')];
    })""")
    by = {b[0]: b for b in bars}
    lee, park = by["Ann Lee"], by["Bo Park"]
    assert (lee[1], lee[2], park[1], park[2]) == ("inferred", "inferred", "attested", "inferred")
    # Park's attested start: a solid cap at the bar's left end, no fade there
    assert park[6] and park[6][0][0] == park[3] and park[6][0][2] == "1" and park[8] == []
    # inferred ends fade (opacity .3); Lee's end fades as far as Park's attested start
    assert lee[6] == [] and lee[7] == [] and lee[8] and lee[9] and park[9]
    assert {f[2] for f in lee[8] + lee[9] + park[9]} == {"0.3"} and lee[5] == "0.85"
    lee_end = lee[3] + lee[4]
    assert lee[9][0][0] == lee_end and abs(lee_end + lee[9][0][1] - park[3]) < 3
    assert visit.problems == []


@pytest.mark.browser
def test_pages_draw_an_inferred_participation_dashed_and_hollow(browser, tmp_path):
    from test_bare_titles import LEE, MET, kb

    graph = to_rdf(kb([LEE], "2021-06-06", MET))
    visit = Visit(browser, render_timeline_page(graph, tmp_path / "timeline.html"),
                  "!!(window.cstoTimeline && cstoTimeline.drawn)")
    circles = visit.page.evaluate("""[...document.querySelectorAll('svg circle.event')].map(c =>
        [c.closest('g.row').querySelector('text').firstChild.nodeValue, c.classList.contains('inferred'),
         getComputedStyle(c).fillOpacity, getComputedStyle(c).strokeDasharray])""")
    assert sorted(c for c in circles if c[1]) == [["Ann Lee", True, "0", "2px, 2px"]]
    assert all(c[2] == "1" for c in circles if not c[1])
    assert visit.problems == []
    visit = Visit(browser, render_graph_page(graph, tmp_path / "graph.html"), "!!(window.cstoGraph && cstoGraph.drawn)")
    dashes = visit.page.evaluate("""cstoGraph.edges.get().map(e => [cstoGraph.data.edges[e.id].kind,
        cstoGraph.data.edges[e.id].inferred, JSON.stringify(e.dashes)])""")
    assert sorted(d for d in dashes if d[1]) == [["attended", True, "[2,5]"], ["met", True, "[2,5]"]]
    assert {d[2] for d in dashes if not d[1] and d[0] != "post"} == {"false"}
    shown = visit.page.evaluate("cstoGraph.visibleEdges")
    visit.page.locator("#kinds input[value=inferred]").uncheck()  # the page leaves them out too
    assert visit.page.evaluate("cstoGraph.visibleEdges") == shown - 2
    hidden = visit.page.evaluate("cstoGraph.edges.get().filter(e => e.hidden).map(e => cstoGraph.data.edges[e.id].inferred)")
    assert hidden == [True, True]


# ------------------------------------------------- the search box and the resolver (issue #16)

PARITY_NAMES = ["Ivan Petrov", "IVAN  PETROV", "Иван Петров", "Пётр Щукин", "Kassym-Jomart Tokaev", "Tokayev",
                "Zhaksybek Dzhumabaev", "Akylbek Toktogul uulu", "Toktogul uulu", "Ńikoła Khoyev", "Андрей Шойгу",
                "О.Бордюжа", "Yu.Khaidarov", "I.N. Tasmagambetov", "Вячеслав Ким", "Yuriy  Khaydarov", "Lukashenka", "Аслан-Бек Ходжаев", "x",
                "Петров И.Н.", "Tasmagambetov I. N.", "Ли Си"]


def cyrillic_kb(twins: bool = False):
    from dataclasses import replace

    kb = make_kb()
    first = replace(kb.people[0], aliases=("Иван Петров",) if not twins else ())
    second = replace(kb.people[1], name="Oleg Petrov") if twins else kb.people[1]
    return replace(kb, people=(first, second))


def test_graph_page_ships_the_resolver_keys_and_the_cyrillic_name(tmp_path):
    data = graph_page_data(to_rdf(cyrillic_kb()))
    petrov = next(n for n in data["nodes"] if n["label"] == "Ivan Petrov")
    assert petrov["alt"] == "Иван Петров" and petrov["title"].startswith("Ivan Petrov (Иван Петров)")
    keys = data["search"]["keys"][str(petrov["id"])]
    assert keys["exact"] == ["ivan petrov", "иван петров"] and keys["surname"] == ["petrov"]
    assert data["search"]["translit"]["П"] == "P"
    assert render.timeline_data(to_rdf(cyrillic_kb()))["people"][1]["alt"] == "Иван Петров"


@pytest.mark.parametrize("aliases", [("И. Н.петров", "Иван Петров", "Петров"), ("Петров", "Иван Петров"),
                                     ("Иван Петров", "И.Петров"), ("Петров Иван Николаевич", "Иван Петров")])
def test_the_cyrillic_name_beside_a_person_is_the_full_name_not_a_glued_initial_or_a_surname(aliases):
    # names sort "И. Н.петров" before "Иван Петров": the first in sort order was shown
    from dataclasses import replace

    kb = make_kb()
    kb = replace(kb, people=(replace(kb.people[0], aliases=aliases), kb.people[1]))
    graph = to_rdf(kb)
    petrov = next(n for n in graph_page_data(graph)["nodes"] if n["label"] == "Ivan Petrov")
    assert petrov["alt"] == "Иван Петров"
    assert next(p for p in render.timeline_data(graph)["people"] if p["label"] == "Ivan Petrov")["alt"] == "Иван Петров"


def test_a_glued_initial_is_shown_when_it_is_the_only_cyrillic_name():
    from dataclasses import replace

    kb = make_kb()
    kb = replace(kb, people=(replace(kb.people[0], aliases=("И. Н.петров",)), kb.people[1]))
    assert next(p for p in render.timeline_data(to_rdf(kb))["people"] if p["label"] == "Ivan Petrov")["alt"] == "И. Н.петров"


@pytest.mark.browser
def test_the_page_computes_the_resolvers_keys(browser, tmp_path):
    from csto_graph.graph.resolve import query_keys

    visit = Visit(browser, render_graph_page(to_rdf(cyrillic_kb()), tmp_path / "graph.html"),
                  "!!(window.cstoGraph && cstoGraph.drawn)")
    in_page = visit.page.evaluate("names => names.map(n => cstoNames.queryKeys(n))", PARITY_NAMES)
    assert in_page == [query_keys(name) for name in PARITY_NAMES]
    assert visit.problems == []


@pytest.mark.browser
@pytest.mark.parametrize("typed, found", [("ИВАН ПЕТРОВ", "Ivan Petrov · Иван Петров"),  # an alias, any case
                                          ("петров", "Ivan Petrov · Иван Петров"),  # a surname, Cyrillic
                                          ("Сапаров", "Arman Saparov"),  # transliterated
                                          ("arman saparow", "Arman Saparov"),  # a spelling variant
                                          ("Петров И.", "Ivan Petrov · Иван Петров"),  # surname, then initial
                                          ("Collective Security Council", "Collective Security Council")])
def test_graph_page_search_finds_by_alias_script_and_spelling(browser, tmp_path, typed, found):
    visit = Visit(browser, render_graph_page(to_rdf(cyrillic_kb()), tmp_path / "graph.html"),
                  "!!(window.cstoGraph && cstoGraph.drawn)")
    page = visit.page
    page.locator("#search").fill(typed)
    page.locator("#search").press("Enter")
    assert page.locator("#status").inner_text() == f"1 match for “{typed}”"
    assert page.locator("#panel h2").inner_text() == found
    assert visit.problems == []


@pytest.mark.browser
@pytest.mark.parametrize("typed", ["Иваном Петровым", "ивану петрову", "Петрова", "Совета коллективной безопасности"])
def test_graph_page_search_finds_a_russian_name_in_any_case(browser, tmp_path, typed):
    from dataclasses import replace

    kb = cyrillic_kb()
    kb = replace(kb, organizations=tuple(replace(o, aliases=(*o.aliases, "Совет коллективной безопасности"))
                                         if o.name == "Collective Security Council" else o for o in kb.organizations))
    visit = Visit(browser, render_graph_page(to_rdf(kb), tmp_path / "graph.html"), "!!(window.cstoGraph && cstoGraph.drawn)")
    page = visit.page
    page.locator("#search").fill(typed)
    page.locator("#search").press("Enter")
    assert page.locator("#status").inner_text() == f"1 match for “{typed}”"
    assert page.locator("#panel h2").inner_text().startswith(
        "Collective Security Council" if "Совет" in typed else "Ivan Petrov · Иван Петров")
    in_page = visit.page.evaluate("t => cstoNames.queryKeys(t)", typed)
    from csto_graph.graph.resolve import query_keys
    assert in_page == query_keys(typed)
    assert visit.problems == []


@pytest.mark.browser
def test_graph_page_suggests_the_cyrillic_name_too(browser, tmp_path):
    visit = Visit(browser, render_graph_page(to_rdf(cyrillic_kb()), tmp_path / "graph.html"),
                  "!!(window.cstoGraph && cstoGraph.drawn)")
    options = visit.page.evaluate("[...document.querySelectorAll('#names option')].map(o => o.value)")
    assert "Иван Петров" in options and "Ivan Petrov" in options and len(options) == len(set(options))
    assert visit.problems == []


@pytest.mark.browser
def test_graph_page_search_shows_every_person_a_shared_surname_names(browser, tmp_path):
    visit = Visit(browser, render_graph_page(to_rdf(cyrillic_kb(twins=True)), tmp_path / "graph.html"),
                  "!!(window.cstoGraph && cstoGraph.drawn)")
    page = visit.page
    page.locator("#search").fill("Petrov")
    page.locator("#search").press("Enter")
    assert page.locator("#status").inner_text() == "2 matches for “Petrov”"
    assert sorted(page.evaluate("cstoGraph.network.getSelectedNodes().map(i => cstoGraph.data.nodes[i].label)")) == [
        "Ivan Petrov", "Oleg Petrov"]
    assert visit.problems == []


@pytest.mark.browser
def test_timeline_person_box_finds_by_cyrillic_and_shows_both_names(browser, tmp_path):
    visit = Visit(browser, render_timeline_page(to_rdf(cyrillic_kb()), tmp_path / "timeline.html"),
                  "!!(window.cstoTimeline && cstoTimeline.drawn)")
    page = visit.page
    page.locator("#person").fill("Петров")
    assert page.evaluate("cstoTimeline.rows") == 1
    assert page.evaluate("[...document.querySelectorAll('svg g.row > text')].map(t => t.firstChild.nodeValue)") == [
        "Ivan Petrov · Иван Петров"]
    page.locator("#person").fill("sapar")  # a part of a name still filters
    assert page.evaluate("cstoTimeline.rows") == 1
    assert visit.problems == []


def test_the_search_boxes_are_wide_enough_for_their_own_hint(tiny_kb, tmp_path):
    # the timeline's hint was cut to "a name, any script, or a pa" in a box 20 wide
    for page in (render_graph_page(to_rdf(tiny_kb), tmp_path / "g.html"),
                 render_timeline_page(to_rdf(tiny_kb), tmp_path / "t.html")):
        boxes = re.findall(r'<input id="\w+" type="search"[^>]*placeholder="([^"]*)" size="(\d+)"', page.read_text("utf-8"))
        assert boxes and all(int(size) >= len(hint) for hint, size in boxes)


# ------------------------------------------------ the panel's events and the search by place

def two_sessions_kb():
    """The sample's two people at three sessions of one label: two dated (one in Moscow,
    whose Cyrillic name is an alias), one undated."""
    from dataclasses import replace

    kb = make_kb()
    first = kb.events[0]
    places = (replace(kb.places[0], aliases=("MOSCOW", "Москва")),)
    events = (replace(first, id="2021-06-01-session-csc", date="2021-06-01", place=None),
              first,
              replace(first, id="undated-session-csc", date=None, place=None))
    return replace(kb, places=places, events=events)


def test_an_event_node_carries_its_places_names_in_every_script():
    nodes = graph_page_data(to_rdf(two_sessions_kb()))["nodes"]
    moscow = next(n for n in nodes if n["kind"] == "event" and n["date"] == "2021-12-08")
    assert moscow["place"] == "Moscow" and {"Moscow", "Москва"} <= set(moscow["places"])
    assert next(n for n in nodes if n["kind"] == "event" and n["date"] == "2021-06-01")["places"] == []


@pytest.mark.browser
def test_the_panel_tells_events_of_one_label_apart_by_date_in_date_order(browser, tmp_path):
    visit = Visit(browser, render_graph_page(to_rdf(two_sessions_kb()), tmp_path / "graph.html"),
                  "!!(window.cstoGraph && cstoGraph.drawn)")
    page = visit.page
    page.evaluate("cstoGraph.showNode(cstoGraph.data.nodes.find(n => n.label === 'Ivan Petrov').id)")
    attended = [t for t in page.locator("#panel li").all_inner_texts() if t.startswith("attended:")]
    assert attended == ["attended: Session of the Collective Security Council (2021-06-01)",
                        "attended: Session of the Collective Security Council (2021-12-08, Moscow)",
                        "attended: Session of the Collective Security Council (undated)"]
    assert visit.problems == []


@pytest.mark.browser
@pytest.mark.parametrize("typed", ["Moscow", "москва"])
def test_graph_page_search_by_a_place_selects_the_events_held_there(browser, tmp_path, typed):
    visit = Visit(browser, render_graph_page(to_rdf(two_sessions_kb()), tmp_path / "graph.html"),
                  "!!(window.cstoGraph && cstoGraph.drawn)")
    page = visit.page
    page.locator("#search").fill(typed)
    page.locator("#search").press("Enter")
    assert page.locator("#status").inner_text() == f"1 match for “{typed}”"
    assert "2021-12-08 · Moscow" in page.locator("#panel").inner_text()
    assert visit.problems == []


def test_a_persons_undated_posts_come_after_the_dated_ones():
    from dataclasses import replace

    kb = make_kb()
    undated = replace(kb.occupancies[0], id="p-a--chairman--csto-csc", post="Chairman", role="Chairman",
                      org="csto-csc", dates=())
    graph = to_rdf(replace(kb, occupancies=(*kb.occupancies, undated)))
    petrov = next(n for n in graph_page_data(graph)["nodes"] if n["label"] == "Ivan Petrov")
    assert petrov["title"].split("\n")[1:] == ["Minister of Defense, Russian Federation (2021-12-08)",
                                               "Chairman, Collective Security Council (undated)"]


def test_a_page_is_written_atomically_and_a_failed_write_keeps_the_old_one(tmp_path, monkeypatch):
    page = render_graph_page(to_rdf(make_kb()), tmp_path / "graph.html")
    before = page.read_bytes()

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", broken)  # the rename that swaps the new page in
    with pytest.raises(OSError, match="No space"):
        render_graph_page(to_rdf(make_kb(("Oleg Sidorov", "Arman Saparov"))), page)
    assert page.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_an_event_with_one_connection_says_connection():
    from dataclasses import replace

    kb = make_kb()
    alone = replace(kb.events[0], id="2021-12-09-talks", date="2021-12-09", body=None,
                    participants=kb.events[0].participants[:1])
    nodes = graph_page_data(to_rdf(replace(kb, events=(*kb.events, alone))))["nodes"]
    titles = {n["date"]: n["title"].split("\n")[-1] for n in nodes if n["kind"] == "event"}
    assert titles == {"2021-12-08": "3 connections", "2021-12-09": "1 connection"}
