"""The SPARQL endpoint: protocol, content negotiation, read-only, time limit."""
from __future__ import annotations

import csv
import io
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from conftest import make_kb, serve_in_thread, write_kb
from rdflib import Graph, Namespace, URIRef
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from csto_graph.errors import GraphNotFoundError
from csto_graph.views.serve import ServeConfig, accepted_ranges, host_allowed, make_server

PEOPLE = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    out = write_kb(make_kb(), tmp_path_factory.mktemp("serve") / "out")
    yield from serve_in_thread(out, ServeConfig(port=0, timeout=1.5, workers=2, quiet=True))


def request(url, data=None, headers=None, method=None):
    """(status, content type, body) of one HTTP request, errors included."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read().decode("utf-8")


def get(server, query, **headers):
    return request(f"{server.url}?{urllib.parse.urlencode({'query': query})}", headers=headers)


def test_select_as_json_through_sparqlwrapper(server):
    client = SPARQLWrapper(server.url)
    client.setQuery(PEOPLE)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert [b["name"]["value"] for b in bindings] == ["Arman Saparov", "Ivan Petrov"]


def test_select_as_csv_through_sparqlwrapper_post(server):
    client = SPARQLWrapper(server.url)
    client.setQuery(PEOPLE)
    client.setMethod(POST)
    client.setReturnFormat(CSV)
    table = list(csv.reader(io.StringIO(client.query().convert().decode("utf-8"))))
    assert table == [["name"], ["Arman Saparov"], ["Ivan Petrov"]]


def test_post_with_a_sparql_query_body(server):
    status, kind, body = request(server.url, PEOPLE.encode(), method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "text/tab-separated-values"})
    assert (status, kind) == (200, "text/tab-separated-values; charset=utf-8")
    assert body.splitlines() == ["?name", '"Arman Saparov"', '"Ivan Petrov"']


def test_ask_as_xml(server):
    status, kind, body = get(server, "ASK { ?p a schema:Person }", Accept="application/sparql-results+xml")
    assert status == 200 and kind.startswith("application/sparql-results+xml")
    assert "<boolean>true</boolean>" in body


def test_construct_as_turtle(server):
    status, kind, body = get(server, "CONSTRUCT WHERE { ?p a schema:Person ; schema:name ?n }",
                             Accept="text/turtle")
    assert status == 200 and kind.startswith("text/turtle")
    assert len(Graph().parse(data=body, format="turtle")) == 4


# ------------------------------------------- SPARQLWrapper, every form and format

PERSON_GRAPH = "CONSTRUCT WHERE { ?p a schema:Person ; schema:name ?n }"
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")


def wrapper(server, query, fmt, method=None):
    client = SPARQLWrapper(server.url)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method:
        client.setMethod(method)
    return client.query()


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_select_in_each_results_format_through_sparqlwrapper(server, fmt):
    answer = wrapper(server, PEOPLE, fmt)
    expected = {JSON: "application/sparql-results+json", XML: "application/sparql-results+xml",
                CSV: "text/csv", TSV: "text/tab-separated-values"}[fmt]
    assert answer.info()["content-type"] == f"{expected}; charset=utf-8"
    result = answer.convert()
    if fmt == JSON:
        names = [b["name"]["value"] for b in result["results"]["bindings"]]
    elif fmt == XML:
        names = [n.firstChild.nodeValue for n in result.getElementsByTagName("literal")]
    else:
        names = [line.strip('"') for line in result.decode("utf-8").splitlines()[1:]]
    assert names == ["Arman Saparov", "Ivan Petrov"]


@pytest.mark.parametrize("fmt", [JSON, XML])
@pytest.mark.parametrize(("query", "expected"), [("ASK { ?p a schema:Person }", True),
                                                  ("ASK { ?p a schema:Volcano }", False)])
def test_ask_through_sparqlwrapper(server, fmt, query, expected):
    result = wrapper(server, query, fmt, POST).convert()
    if fmt == JSON:
        assert result["boolean"] is expected
    else:
        assert result.getElementsByTagName("boolean")[0].firstChild.nodeValue == str(expected).lower()


def reference_graph(server) -> Graph:
    status, _, body = get(server, PERSON_GRAPH, Accept="application/n-triples")
    assert status == 200
    return Graph().parse(data=body, format="nt")


@pytest.mark.parametrize(("fmt", "media"), [(TURTLE, "text/turtle"), (N3, "text/n3"),
                                            (RDFXML, "application/rdf+xml"), (JSONLD, "application/ld+json")])
def test_construct_in_each_graph_format_through_sparqlwrapper(server, fmt, media):
    answer = wrapper(server, PERSON_GRAPH, fmt)
    assert answer.info()["content-type"] == f"{media}; charset=utf-8"
    result = answer.convert()
    if not isinstance(result, Graph):
        result = Graph().parse(data=result.decode("utf-8"), format="n3" if fmt == N3 else "turtle")
    assert len(result) == 4 and isomorphic(result, reference_graph(server))


@pytest.mark.parametrize("fmt", [TURTLE, JSONLD])
def test_describe_through_sparqlwrapper(server, fmt):
    result = wrapper(server, "DESCRIBE ?p WHERE { ?p schema:name 'Ivan Petrov' }", fmt).convert()
    graph = result if isinstance(result, Graph) else Graph().parse(data=result.decode("utf-8"), format="turtle")
    subjects = {str(s) for s in graph.subjects()}
    assert len(subjects) == 1 and subjects.pop().endswith("/person/p-a")
    assert "Ivan Petrov" in {str(o) for o in graph.objects()}


def test_format_json_ld_is_json_ld(server):
    """Issue #16: format=json-ld returned Turtle."""
    url = f"{server.url}?{urllib.parse.urlencode({'query': PERSON_GRAPH, 'format': 'json-ld'})}"
    status, kind, body = request(url)
    assert (status, kind) == (200, "application/ld+json; charset=utf-8")
    assert isomorphic(Graph().parse(data=body, format="json-ld"), reference_graph(server))


@pytest.mark.parametrize(("query", "accept"), [
    (PEOPLE, "image/png"),                      # issue #16: 200 JSON
    (PEOPLE, "text/turtle"),                    # a SELECT has no Turtle form
    (PERSON_GRAPH, "text/csv"),                 # a graph has no CSV form
    (PEOPLE, "text/csv;q=0, application/sparql-results+json;q=0"),
])
def test_nothing_acceptable_is_a_406(server, query, accept):
    status, kind, body = get(server, query, Accept=accept)
    assert (status, kind) == (406, "text/plain; charset=utf-8") and len(body.splitlines()) == 1
    assert "fits the Accept header" in body


def test_an_unknown_format_parameter_is_a_406(server):
    status, _, body = request(f"{server.url}?{urllib.parse.urlencode({'query': PEOPLE, 'format': 'png'})}")
    assert status == 406 and "unknown format 'png'" in body


@pytest.mark.parametrize(("query", "accept", "media"), [
    (PEOPLE, None, "application/sparql-results+json"),
    (PEOPLE, "*/*", "application/sparql-results+json"),
    (PEOPLE, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+xml"),
    (PEOPLE, "text/*", "text/csv"),
    (PERSON_GRAPH, None, "text/turtle"),
    (PERSON_GRAPH, "application/json", "application/ld+json"),
    (PERSON_GRAPH, "text/plain", "application/n-triples"),
])
def test_wildcards_and_defaults(server, query, accept, media):
    status, kind, _ = get(server, query, **({"Accept": accept} if accept else {}))
    assert (status, kind) == (200, f"{media}; charset=utf-8")


# ------------------------------------------------------------ service description


def description(server, accept=None, fmt="turtle") -> Graph:
    status, kind, body = request(server.url, headers={"Accept": accept} if accept else {})
    assert status == 200, body
    return Graph().parse(data=body, format=fmt)


def test_get_without_a_query_is_the_service_description(server):
    """Issue #16: GET /sparql without a query was a 400."""
    graph = description(server)
    service = graph.value(predicate=SD.endpoint, object=URIRef(server.url))
    assert service is not None and (service, None, SD.Service) in graph
    assert set(graph.objects(service, SD.supportedLanguage)) == {SD.SPARQL10Query, SD.SPARQL11Query}
    formats = {str(f).rsplit("/", 1)[1] for f in graph.objects(service, SD.resultFormat)}
    assert formats == {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                       "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N3"}
    assert SD.BasicFederatedQuery not in set(graph.objects(service, SD.feature))  # SERVICE is refused


@pytest.mark.parametrize(("accept", "fmt"), [("application/rdf+xml", "xml"), ("application/ld+json", "json-ld"),
                                             ("application/n-triples", "nt")])
def test_service_description_in_each_rdf_format(server, accept, fmt):
    assert isomorphic(description(server, accept, fmt), description(server))


def test_service_description_names_the_endpoint_as_the_client_did(server):
    port = server.server_address[1]
    status, _, body = request(server.url, headers={"Host": f"localhost:{port}", "Accept": "text/turtle"})
    graph = Graph().parse(data=body, format="turtle")
    assert status == 200 and (None, SD.endpoint, URIRef(f"http://localhost:{port}/sparql")) in graph


def test_service_description_406(server):
    status, _, body = request(server.url, headers={"Accept": "text/csv"})
    assert status == 406 and "text/turtle" in body


# -------------------------------------------------------- the query page's files


def test_query_page_and_its_files_allow_this_origin_only(server):
    base = server.url[: -len("sparql")]
    for path, kind in (("", "text/html"), ("static/query-page.js", "text/javascript"),
                       ("static/yasgui/yasgui.min.js", "text/javascript"),
                       ("static/yasgui/yasgui.min.css", "text/css"), ("queries.json", "application/json")):
        with urllib.request.urlopen(base + path, timeout=30) as resp:
            assert resp.headers["Content-Type"].startswith(kind), path
            policy = resp.headers["Content-Security-Policy"]
            assert "script-src 'self';" in policy and "connect-src 'self';" in policy
            assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_every_tab_of_the_query_page_runs(server):
    """The tabs are the saved queries with their PREFIX lines: each runs as it is on the page."""
    import json

    tabs = json.loads(request(server.url.replace("/sparql", "/queries.json"))[2])["tabs"]
    assert {t["name"] for t in tabs} >= {"example", "people", "met", "events", "holders"}
    for tab in tabs:
        assert wrapper(server, tab["query"], JSON, POST).convert()["head"] is not None, tab["name"]


@pytest.mark.parametrize("update", ["DROP ALL", "PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }"])
def test_update_as_a_query_is_refused(server, update):
    status, _, body = get(server, update)
    assert status == 403 and "read-only" in body


def test_update_through_the_protocol_is_refused(server):
    form = urllib.parse.urlencode({"update": "DELETE WHERE { ?s ?p ?o }"}).encode()
    status, _, body = request(server.url, form, method="POST",
                              headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and "read-only" in body
    status, _, _ = request(server.url, b"CLEAR ALL", method="POST",
                           headers={"Content-Type": "application/sparql-update"})
    assert status == 403
    assert get(server, PEOPLE)[0] == 200  # and the graph is still there


def test_malformed_query_is_a_400(server):
    status, kind, body = get(server, "SELECT ?x WHERE { ?x ?y ")
    assert (status, kind) == (400, "text/plain; charset=utf-8")
    assert body.startswith("malformed query: error at 1:") and len(body.splitlines()) == 1
    client = SPARQLWrapper(server.url)
    client.setQuery("SELECT ?x WHERE { ?x ?y ")
    with pytest.raises(QueryBadFormed):
        client.query()


def test_slow_query_is_stopped_and_the_server_keeps_serving(server):
    started = time.monotonic()
    status, _, body = get(server, SLOW)
    assert status == 503 and "longer than 1.5 s" in body
    assert time.monotonic() - started < 10
    for _ in range(3):  # more queries than workers: the killed one was replaced
        assert get(server, PEOPLE)[0] == 200


def test_unknown_path_is_a_404_and_an_empty_post_a_400(server):
    assert request(server.url.replace("/sparql", "/nothing"))[0] == 404
    assert request(server.url.replace("/sparql", "/static/../serve.py"))[0] == 404
    form = urllib.parse.urlencode({"query": " "}).encode()
    assert request(server.url, form, method="POST",
                   headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 400


def test_accept_header_ranking():
    assert accepted_ranges("text/csv;q=0.5, application/sparql-results+json, text/html;q=0") == (
        ("text/csv", 0.5), ("application/sparql-results+json", 1.0), ("text/html", 0.0))
    assert accepted_ranges("text/csv", fmt="json") == (
        ("application/sparql-results+json", 1.0), ("application/ld+json", 1.0))


def test_a_folder_without_a_graph_cannot_be_served(tmp_path):
    with pytest.raises(GraphNotFoundError):
        make_server(tmp_path, ServeConfig(port=0))


def test_service_is_refused_with_403_and_nothing_is_fetched(server):
    """Issue #14, 2: SERVICE made the endpoint POST to any address and return its rows."""
    from callee import recording_server

    with recording_server() as (url, seen):
        status, kind, body = get(server, f"SELECT ?s WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}")
    assert (status, kind) == (403, "text/plain; charset=utf-8")
    assert body.startswith("SERVICE is refused") and len(body.splitlines()) == 1
    assert seen == []


def test_a_query_of_8000_brackets_is_a_400_and_the_workers_survive(server):
    """Issue #14, 9: the query killed the worker that ran it."""
    before = server.pool.worker_pids()
    status, _, body = get(server, "SELECT * WHERE { FILTER(" + "(" * 8000 + "1" + ")" * 8000 + ") }")
    assert status == 400 and "nests brackets more than 64 deep" in body and len(body.splitlines()) == 1
    assert get(server, PEOPLE)[0] == 200
    assert server.pool.worker_pids() == before


# ------------------------------------------------------- browsers: CORS and Host


def test_no_cors_header_unless_asked_for(server):
    """Issue #14, 2: every answer carried Access-Control-Allow-Origin: *, so any page could read it."""
    req = urllib.request.Request(f"{server.url}?{urllib.parse.urlencode({'query': PEOPLE})}",
                                 headers={"Origin": "http://evil.example"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.status == 200
        assert resp.headers["Access-Control-Allow-Origin"] is None


def test_cors_for_the_origins_given_only(tmp_path):
    out = write_kb(make_kb(), tmp_path / "out")
    srv = make_server(out, ServeConfig(port=0, workers=1, quiet=True, cors=("http://app.example",)))
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"{srv.url}?{urllib.parse.urlencode({'query': PEOPLE})}"
        for origin, allowed in (("http://app.example", "http://app.example"), ("http://evil.example", None)):
            with urllib.request.urlopen(urllib.request.Request(url, headers={"Origin": origin}), timeout=30) as r:
                assert r.headers["Access-Control-Allow-Origin"] == allowed
        preflight = urllib.request.Request(srv.url, method="OPTIONS", headers={
            "Origin": "http://app.example", "Access-Control-Request-Method": "POST"})
        with urllib.request.urlopen(preflight, timeout=30) as r:
            assert r.status == 204 and "POST" in r.headers["Access-Control-Allow-Methods"]
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


def test_a_foreign_host_header_is_refused(server):
    """Issue #14, 2: any Host was accepted, so a page rebinding its own name to 127.0.0.1 could read the graph."""
    port = server.server_address[1]
    status, _, body = get(server, PEOPLE, Host=f"evil.example:{port}")
    assert status == 403 and "evil.example" in body and len(body.splitlines()) == 1
    assert request(server.url.replace("/sparql", "/"), headers={"Host": f"rebind.evil.example:{port}"})[0] == 403
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", "localhost"):
        assert get(server, PEOPLE, Host=host)[0] == 200


@pytest.mark.parametrize(("bound", "extra", "host", "ok"), [
    ("127.0.0.1", (), "localhost:7878", True),
    ("127.0.0.1", (), "[::1]:7878", True),
    ("127.0.0.1", (), "evil.example:7878", False),
    ("127.0.0.1", (), "LOCALHOST.:7878", True),
    ("0.0.0.0", (), "10.1.2.3:7878", True),       # a browser that reached the machine by its address
    ("0.0.0.0", (), "graph.lan:7878", False),
    ("0.0.0.0", ("graph.lan",), "Graph.LAN:7878", True),
    ("10.1.2.3", (), "10.1.2.3:7878", True),
    ("10.1.2.3", (), "10.9.9.9", False),
    ("10.1.2.3", ("graph.lan",), "graph.lan", True),
])
def test_host_header_check(bound, extra, host, ok):
    assert host_allowed(host, bound, extra) is ok


# ------------------------------------------------------------ rebuilds while serving

OTHERS = ("Oleg Ivanov", "Dmitry Smirnov")


@pytest.fixture
def serving(tmp_path):
    """Start an endpoint (two workers) on a folder; yield a function that starts it on a path."""
    started = []

    def start(out):
        srv = make_server(out, ServeConfig(port=0, timeout=5, workers=2, quiet=True))
        thread = threading.Thread(target=srv.serve_forever, daemon=True)
        thread.start()
        started.append((srv, thread))
        return srv

    yield start
    for srv, thread in started:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


def names(server) -> list[str]:
    status, _, body = get(server, PEOPLE, Accept="text/csv")
    assert status == 200, body
    return body.splitlines()[1:]


def test_a_rebuild_into_the_same_folder_is_served_by_every_worker(tmp_path, serving):
    """Issue #14, 6: after a rebuild the endpoint answered from the deleted store."""
    out = write_kb(make_kb(), tmp_path / "out")
    srv = serving(out)
    assert names(srv) == ["Arman Saparov", "Ivan Petrov"]
    write_kb(make_kb(OTHERS), out)
    assert [names(srv) for _ in range(5)] == [["Dmitry Smirnov", "Oleg Ivanov"]] * 5


def test_a_symlink_re_pointed_to_another_build_is_served(tmp_path, serving):
    """OUT may be a symlink to a versioned folder that a build re-points."""
    write_kb(make_kb(), tmp_path / "v1")
    write_kb(make_kb(OTHERS), tmp_path / "v2")
    out = tmp_path / "out"
    out.symlink_to("v1")
    srv = serving(out)
    assert names(srv) == ["Arman Saparov", "Ivan Petrov"]
    (tmp_path / "next").symlink_to("v2")
    (tmp_path / "next").replace(out)  # re-pointed atomically, as a build would
    assert [names(srv) for _ in range(5)] == [["Dmitry Smirnov", "Oleg Ivanov"]] * 5


def test_a_folder_removed_while_serving_keeps_the_last_graph(tmp_path, serving):
    """Between the two renames of a swap OUT is missing for a moment: keep answering."""
    import shutil

    out = write_kb(make_kb(), tmp_path / "out")
    srv = serving(out)
    assert names(srv) == ["Arman Saparov", "Ivan Petrov"]
    shutil.move(out, tmp_path / "aside")
    assert names(srv) == ["Arman Saparov", "Ivan Petrov"]


# ------------------------------------------------------------- many clients at once


def test_fifty_connections_wait_in_the_listen_queue(tmp_path):
    """Issue #14, 10: the listen backlog was 5, so at 50 clients connections were dropped or reset.

    Nothing accepts here (the server is not serving), so every connection the kernel
    completes is one the listen queue holds.
    """
    import select
    import socket

    srv = make_server(write_kb(make_kb(), tmp_path / "out"), ServeConfig(port=0, workers=1, quiet=True))
    socks = []
    try:
        for _ in range(50):
            sock = socket.socket()
            sock.setblocking(False)
            sock.connect_ex(srv.server_address)
            socks.append(sock)
        pending, deadline = set(socks), time.monotonic() + 5
        while pending and time.monotonic() < deadline:
            _, ready, _ = select.select([], list(pending), [], 0.2)
            pending -= {s for s in ready if s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0}
        assert len(socks) - len(pending) == 50
    finally:
        for sock in socks:
            sock.close()
        srv.server_close()


def test_answers_are_kept_but_not_those_of_volatile_functions(server):
    first = get(server, "SELECT (STRUUID() AS ?u) WHERE {}", Accept="text/csv")[2]
    second = get(server, "SELECT (STRUUID() AS ?u) WHERE {}", Accept="text/csv")[2]
    assert first != second
    assert get(server, PEOPLE, Accept="text/csv") == get(server, PEOPLE, Accept="text/csv")


def test_a_new_build_that_cannot_be_opened_leaves_the_last_one_served(tmp_path, serving):
    import shutil

    out = write_kb(make_kb(), tmp_path / "out")
    srv = serving(out)
    assert names(srv) == ["Arman Saparov", "Ivan Petrov"]
    shutil.move(out, tmp_path / "aside")
    (out / "store").mkdir(parents=True)
    (out / "store" / "CURRENT").write_text("not a store\n")
    assert [names(srv) for _ in range(3)] == [["Arman Saparov", "Ivan Petrov"]] * 3
    shutil.rmtree(out)
    write_kb(make_kb(OTHERS), out)  # and the next good build is served
    assert names(srv) == ["Dmitry Smirnov", "Oleg Ivanov"]


def test_a_service_call_past_the_check_reaches_nothing_from_a_worker(server):
    """Second wall: the workers have no network, so SERVICE fails even if a spelling got past the check."""
    from callee import recording_server

    if not server.pool.network_isolated:
        pytest.skip("this system allows no network namespace for the workers")
    with recording_server() as (url, seen):
        code, payload = server.pool.run(f"SELECT ?s WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}",
                                        (("text/csv", 1.0),), 5)
    assert code == 500 and "query failed" in payload
    assert seen == []
