"""The endpoint's query page: YASGUI (vendored, served by the endpoint) with a tab per saved query.

``GET /`` is a static page (``static/query.html``) that loads YASGUI from
``/static/yasgui/`` and ``static/query-page.js``, which asks ``/queries.json`` for the
saved queries (:func:`saved_queries_json`) and opens one tab each. Nothing on the page
comes from the graph or the request, and nothing is fetched from another site: every
answer of the page carries :data:`PAGE_POLICY`, a Content-Security-Policy that allows
scripts, styles and connections to this origin only.

YASGUI is ``@zazuko/yasgui`` 4.6.2 from npm (MIT; ``static/yasgui/LICENSE.txt`` lists
what its bundle holds), vendored as ``yasgui.min.js`` and ``yasgui.min.css`` unchanged.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..graph.query import saved_queries

STATIC = Path(__file__).resolve().parent / "static"
# URL path -> (file under static/, media type). Only these are served.
STATIC_FILES = {
    "/": ("query.html", "text/html; charset=utf-8"),
    "/static/query-page.js": ("query-page.js", "text/javascript; charset=utf-8"),
    "/static/query-page.css": ("query-page.css", "text/css; charset=utf-8"),
    "/static/yasgui/yasgui.min.js": ("yasgui/yasgui.min.js", "text/javascript; charset=utf-8"),
    "/static/yasgui/yasgui.min.css": ("yasgui/yasgui.min.css", "text/css; charset=utf-8"),
    "/static/yasgui/LICENSE.txt": ("yasgui/LICENSE.txt", "text/plain; charset=utf-8"),
}
# YASGUI sets styles through the DOM (element.style), which style-src does not govern, and
# draws its icons as inline SVG. The one <style> element it adds (column-resizer's fixed
# table rules) is allowed by its hash, which Chromium reported when it blocked it; the
# browser test fails on any blocked style or script. data: is the page's empty favicon.
YASGUI_STYLE_HASH = "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='"
PAGE_POLICY = (f"default-src 'none'; script-src 'self'; style-src 'self' {YASGUI_STYLE_HASH}; "
               "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
               "frame-ancestors 'none'")
EXAMPLE = """SELECT ?person ?name ?country WHERE {
  ?person a schema:Person ; schema:name ?name .
  OPTIONAL { ?person schema:nationality/skos:prefLabel ?country }
} ORDER BY ?name LIMIT 20
"""


def static_file(path: str) -> tuple[str, bytes] | None:
    """(media type, bytes) of the page file at URL ``path``, or None if there is none.

    >>> static_file("/static/../serve.py") is None
    True
    """
    entry = STATIC_FILES.get(path)
    if entry is None:
        return None
    name, media = entry
    return media, (STATIC / name).read_bytes()


def with_prefixes(text: str, prefixes: dict[str, str]) -> str:
    """``text`` with PREFIX lines for the predeclared prefixes it uses and does not declare
    (after its opening comment lines), so that a query copied from the page runs on any endpoint.

    >>> query = "# Names" + chr(10) + "SELECT * { ?s schema:name ?n }"
    >>> print(with_prefixes(query, {"schema": "https://schema.org/", "org": "http://www.w3.org/ns/org#"}))
    # Names
    PREFIX schema: <https://schema.org/>
    SELECT * { ?s schema:name ?n }
    """
    used = [p for p in prefixes if re.search(rf"(?<![\w:]){re.escape(p)}:", text)
            and not re.search(rf"(?im)^\s*PREFIX\s+{re.escape(p)}:", text)]
    head = re.match(r"(?:#[^\n]*\n)*", text).group()
    return head + "".join(f"PREFIX {p}: <{prefixes[p]}>\n" for p in used) + text[len(head):]


def saved_queries_json(prefixes: dict[str, str]) -> bytes:
    """What the page needs, as JSON: the predeclared ``prefixes`` (the result table writes
    IRIs with them) and the tabs, an example then every saved query (name, title, query text).

    >>> page = json.loads(saved_queries_json({"schema": "https://schema.org/"}))
    >>> page["prefixes"], page["tabs"][0]["name"], "met" in [t["name"] for t in page["tabs"]]
    ({'schema': 'https://schema.org/'}, 'example', True)
    """
    tabs = [{"name": "example", "title": "People and their countries", "query": with_prefixes(EXAMPLE, prefixes)}]
    for name, path in saved_queries().items():
        text = path.read_text(encoding="utf-8")
        title = (text.splitlines() or [""])[0].lstrip("# ").strip()
        tabs.append({"name": name, "title": title, "query": with_prefixes(text, prefixes)})
    return json.dumps({"prefixes": prefixes, "tabs": tabs}, ensure_ascii=False, indent=1).encode("utf-8")
