"""Abuse cases of the SPARQL endpoint (``csto-graph serve``) and of ``csto-graph query`` (issue #14).

Each case starts its own ``csto-graph serve`` on 127.0.0.1 (any free port) over the
sample build (``csto-graph build corpus``, made once per run), talks to it over HTTP,
and stops it. Every subprocess has a timeout, every loop a count.
Run with ``python benchmarks/abuse.py -k endpoint``.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
PEOPLE = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"
COUNT = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:Person }"
DEEP = "SELECT * WHERE { FILTER(" + "(" * 8000 + "1" + ")" * 8000 + ") }"
LOAD_QUERIES = ("people", "organizations", "posts", "events", "participants", "met", "articles")
_BUILDS: dict[str, Path] = {}


def cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "csto_graph", *args], capture_output=True, text=True,
                          timeout=timeout, env=ENV, cwd=ROOT)


def built(corpus: str = "corpus", files: int | None = None) -> Path:
    """A build of the sample corpus (or of its first ``files`` files), made once per run."""
    key = f"{corpus}:{files}"
    if key not in _BUILDS:
        tmp = Path(tempfile.mkdtemp(prefix="abuse-endpoint-"))
        atexit.register(shutil.rmtree, tmp, True)
        source = ROOT / corpus
        if files is not None:
            source = tmp / "corpus"
            source.mkdir()
            for path in sorted((ROOT / corpus).iterdir())[:files]:
                shutil.copy(path, source / path.name)
        done = cli("build", str(source), "--out", str(tmp / "out"), "--no-cache", "--no-render")
        if done.returncode:
            raise RuntimeError(f"build failed: {done.stderr.strip()[-200:]}")
        _BUILDS[key] = tmp / "out"
    return _BUILDS[key]


@contextlib.contextmanager
def endpoint(out: Path, tmp: Path, *options: str):
    """Run ``csto-graph serve OUT --port 0 OPTIONS``; yield its /sparql URL."""
    log = tmp / f"serve-{time.monotonic_ns()}.log"
    with open(log, "w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "csto_graph", "serve", str(out), "--port", "0", *options],
                                stdout=subprocess.DEVNULL, stderr=err, env=ENV, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        url = None
        while url is None and time.monotonic() < deadline and proc.poll() is None:
            for line in log.read_text().splitlines():
                if line.startswith("serving "):
                    url = line.split()[1]
            time.sleep(0.05)
        if url is None:
            raise RuntimeError(f"serve did not start: {log.read_text()[-200:]}")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def http(url: str, query: str | None = None, headers: dict | None = None, data: bytes | None = None,
         method: str | None = None) -> tuple[int, dict, str]:
    """(status, headers, body) of one request, errors included."""
    if query is not None:
        url = f"{url}?{urllib.parse.urlencode({'query': query})}"
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read().decode("utf-8")


def callee():
    """A local server that records what reaches it; yields (URL, list of requests). The one of
    the tests (``tests/callee.py``), so that both show a fetch the same way."""
    sys.path.insert(0, str(ROOT / "tests"))
    from callee import recording_server

    return recording_server()


# ------------------------------------------------------------------------ the cases


def service_call(tmp: Path) -> tuple[bool, str]:
    with callee() as (target, seen), endpoint(built(), tmp) as url:
        status, _, body = http(url, f"SELECT ?s WHERE {{ SERVICE <{target}/x> {{ ?s ?p ?o }} }}")
        cli_done = cli("query", str(built()), f"SELECT ?s WHERE {{ SERVICE <{target}/y> {{ ?s ?p ?o }} }}",
                       timeout=120)
    ok = status == 403 and not seen and cli_done.returncode == 2
    return ok, (f"endpoint {status} {body.strip()!r}; csto-graph query exit {cli_done.returncode}; "
                f"requests that reached {target}: {len(seen)}")


def service_smuggled(tmp: Path) -> tuple[bool, str]:
    """SERVICE written so that a careless check would miss it; none may fetch anything."""
    with callee() as (target, seen), endpoint(built(), tmp) as url:
        svc = f"SERVICE <{target}/x> {{ ?s ?p ?o }}"
        spellings = [
            f"select * where {{ service silent <{target}/x> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ VALUES ?u {{ <{target}/x> }} SERVICE ?u {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ # note\r{svc} }}",
            f"SELECT * WHERE {{ ?s ex:a\\#b ?o . {svc} }}",
            f"SELECT * WHERE {{ BIND('''it''s''' AS ?x) {svc} }}",
            f"SELECT * WHERE {{ BIND(\"\\u0022 AS ?a) {svc} BIND(\\u0022\" AS ?b) }}",
            f"SELECT * WHERE {{ \\u0053ERVICE <{target}/x> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ ?s <{target}/\\u0068> ?o . {svc} }}",
            f"SELECT * WHERE {{ BIND('x'@en-SERVICE AS ?l) {svc} }}",
            f"SELECT * WHERE {{ {{ SELECT * WHERE {{ {svc} }} }} }}",
            f"ASK {{ {svc} }}",
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {svc} }}",
            f"PREFIX : <{target}/> SELECT * WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}",
            f"PREFIX : <{target}/> SELECT * WHERE {{ BIND(1 AS ?z).SERVICE:x {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ SERVICESILENT <{target}/x> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ SERVICE<{target}/x>{{ ?s ?p ?o }} }}",
        ]
        statuses = [http(url, q)[0] for q in spellings]
        posted = http(url, data=spellings[0].encode(), method="POST",
                      headers={"Content-Type": "application/sparql-query"})[0]
    # 403: refused; 400: Oxigraph reads no SERVICE there either (a syntax error); 200 only
    # for the one spelling where SERVICE is inside a string literal (an escaped quote).
    ok = not seen and posted == 403 and statuses.count(200) <= 1 and set(statuses) <= {200, 400, 403}
    return ok, (f"{len(spellings)} spellings + 1 POST: " + ", ".join(
        f"{statuses.count(c) + (c == posted)} x {c}" for c in sorted(set(statuses + [posted])))
        + f"; requests that reached the target: {len(seen)}")


def load_and_updates(tmp: Path) -> tuple[bool, str]:
    with callee() as (target, seen), endpoint(built(), tmp) as url:
        results = [http(url, f"LOAD <{target}/data.ttl>")[0],
                   http(url, f"PREFIX ex: <http://e/> LOAD <{target}/data.ttl> INTO GRAPH ex:g")[0],
                   http(url, "DROP ALL")[0],
                   http(url, data=urllib.parse.urlencode({"update": f"LOAD <{target}/x>"}).encode(),
                        method="POST", headers={"Content-Type": "application/x-www-form-urlencoded"})[0],
                   http(url, data=f"LOAD <{target}/x>".encode(), method="POST",
                        headers={"Content-Type": "application/sparql-update"})[0]]
        cli_done = cli("query", str(built()), f"LOAD <{target}/z>", timeout=120)
        still = http(url, COUNT, {"Accept": "text/csv"})[2].split()[-1]
    ok = results == [403] * 5 and not seen and cli_done.returncode == 2
    return ok, (f"statuses {results}; csto-graph query exit {cli_done.returncode} "
                f"({cli_done.stderr.strip()!r}); fetched {len(seen)}; people after: {still}")


def cors(tmp: Path) -> tuple[bool, str]:
    page = {"Origin": "http://evil.example"}
    with endpoint(built(), tmp) as url:
        default = http(url, PEOPLE, page)[1].get("Access-Control-Allow-Origin")
    with endpoint(built(), tmp, "--cors", "http://localhost:8888") as url:
        asked = http(url, PEOPLE, {"Origin": "http://localhost:8888"})[1].get("Access-Control-Allow-Origin")
        other = http(url, PEOPLE, page)[1].get("Access-Control-Allow-Origin")
    ok = default is None and asked == "http://localhost:8888" and other is None
    return ok, f"default: {default}; --cors http://localhost:8888: {asked} (for another origin: {other})"


def host_header(tmp: Path) -> tuple[bool, str]:
    with endpoint(built(), tmp) as url:
        port = urllib.parse.urlsplit(url).port
        foreign = http(url, PEOPLE, {"Host": f"rebind.evil.example:{port}"})
        page = http(url.replace("/sparql", "/"), headers={"Host": f"rebind.evil.example:{port}"})[0]
        local = http(url, PEOPLE, {"Host": f"localhost:{port}"})[0]
    with endpoint(built(), tmp, "--allow-host", "graph.lan") as url:  # (other binds: tests/test_serve.py)
        lan = http(url, PEOPLE, {"Host": "graph.lan:7878"})[0]
        stranger = http(url, PEOPLE, {"Host": "other.lan:7878"})[0]
    ok = (foreign[0], page, local, lan, stranger) == (403, 403, 200, 200, 403)
    return ok, (f"Host rebind.evil.example: {foreign[0]} ({foreign[2].strip()[:60]}...), page {page}; "
                f"localhost {local}; with --allow-host graph.lan: graph.lan {lan}, other.lan {stranger}")


def negotiation_and_paths(tmp: Path) -> tuple[bool, str]:
    """Formats nobody can give, and paths that try to leave the query page's files (issue #16)."""
    paths = ["/static/../serve.py", "/static/yasgui/../../querypool.py", "/static/%2e%2e/serve.py",
             "/static//etc/passwd", "/static/yasgui/", "/../../../../etc/passwd"]
    with endpoint(built(), tmp) as url:
        root = url[: -len("/sparql")]
        png = http(url, PEOPLE, {"Accept": "image/png"})[0]
        unknown = http(f"{url}?{urllib.parse.urlencode({'query': PEOPLE, 'format': 'png'})}")[0]
        described = http(url, headers={"Accept": "text/csv"})[0]
        found = [http(root + path)[0] for path in paths]
        page = http(root + "/")[1].get("Content-Security-Policy", "")
    ok = (png, unknown, described) == (406, 406, 406) and found == [404] * len(paths) and "script-src 'self'" in page
    return ok, (f"Accept image/png {png}, format=png {unknown}, service description as CSV {described}; "
                f"{len(paths)} paths out of static/: {sorted(set(found))}; page CSP: {page[:60]}...")


def deep_query_endpoint(tmp: Path) -> tuple[bool, str]:
    with endpoint(built(), tmp) as url:
        status, _, body = http(url, DEEP)
        after = [http(url, PEOPLE)[0] for _ in range(4)]  # more than the two workers
    ok = status == 400 and len(body.splitlines()) == 1 and after == [200] * 4
    return ok, f"{status} {body.strip()!r}; next 4 queries: {after}"


def deep_query_cli(tmp: Path) -> tuple[bool, str]:
    done = cli("query", str(built()), DEEP, timeout=120)
    ok = done.returncode == 2 and done.stderr.count("\n") == 1 and not done.stdout
    return ok, f"exit {done.returncode}, stderr {done.stderr.strip()!r}"


def long_texts(tmp: Path) -> tuple[bool, str]:
    """Query texts of about 1 MB (the request limit) built to make a lexer backtrack."""
    million = 1_000_000
    texts = {"dots": "a" + "." * million, "colons": "a:" + ":" * million, "open string": "'''" + "a" * million,
             "a.a.a": "a." * (million // 2), "brackets": "(" * million, "tokens": "1 " * (million // 2)}
    seen = []
    with endpoint(built(), tmp) as url:
        for name, text in texts.items():
            began = time.perf_counter()
            status = http(url, data=text.encode(), method="POST",
                          headers={"Content-Type": "application/sparql-query"})[0]
            seen.append((name, status, time.perf_counter() - began))
        after = http(url, PEOPLE)[0]
    slowest = max(seconds for *_, seconds in seen)
    ok = all(status in (400, 403) for _, status, _ in seen) and slowest < 5 and after == 200
    return ok, ", ".join(f"{n} {s} in {t:.2f} s" for n, s, t in seen) + f"; then a query: {after}"


def _rebuild_while_querying(url: str, rebuild, old: str, new: str, clients: int = 8,
                            per_client: int = 5000, limit: float = 240.0) -> tuple[bool, str]:
    """Clients query the count of people while ``rebuild()`` runs; check what they saw.

    Each answer is (sent, received, value). Held when every query sent after the rebuild
    returned gets the new value, and no query sent after any client received the new value
    gets the old one (the causal form of "no old answer after a new one"). Each client
    pauses 10 ms between queries and stops 1.5 s after the rebuild, after ``per_client``
    queries, or ``limit`` seconds after the start.
    """
    answers: list[tuple[float, float, str]] = []
    errors: list[str] = []
    lock = threading.Lock()
    ended: list[float] = []
    deadline = time.monotonic() + limit

    def client() -> None:
        for _ in range(per_client):
            now = time.monotonic()
            if now > deadline or (ended and now > ended[0] + 1.5):
                return
            time.sleep(0.01)
            sent = time.monotonic()
            status, _, body = http(url, COUNT, {"Accept": "text/csv"})
            got = time.monotonic()
            with lock:
                if status == 200:
                    answers.append((sent, got, body.split()[-1]))
                else:
                    errors.append(f"{status} {body.strip()[:80]}")

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    try:
        rebuild()
    finally:
        ended.append(time.monotonic())
        for t in threads:
            t.join(limit)
    first_new = min((got for _, got, value in answers if value == new), default=None)
    stale_after_build = sum(1 for sent, _, value in answers if sent > ended[0] and value != new)
    stale_after_new = sum(1 for sent, _, value in answers
                          if first_new is not None and sent > first_new and value != new)
    olds = sum(value == old for *_, value in answers)
    news = sum(value == new for *_, value in answers)
    ok = not errors and first_new is not None and olds and not stale_after_build and not stale_after_new
    return ok, (f"{len(answers)} answers ({olds} old graph, {news} new), {len(errors)} errors "
                f"{errors[:2]}; sent after the rebuild but old: {stale_after_build}; "
                f"sent after a new answer was received but old: {stale_after_new}")


def _people(out: Path) -> str:
    return cli("query", str(out), COUNT, "--format", "csv", timeout=120).stdout.split()[-1]


def rebuild_same_folder(tmp: Path) -> tuple[bool, str]:
    small = built("corpus", files=2)
    out = tmp / "out"
    shutil.copytree(small, out)
    old, new = _people(small), _people(built())

    def rebuild() -> None:
        done = cli("build", str(ROOT / "corpus"), "--out", str(out), "--no-cache", "--no-render", "--full")
        if done.returncode:
            raise RuntimeError(done.stderr.strip()[-200:])

    with endpoint(out, tmp) as url:
        return _rebuild_while_querying(url, rebuild, old, new)


def rebuild_symlink(tmp: Path) -> tuple[bool, str]:
    out = tmp / "out"
    out.symlink_to(built("corpus", files=2))
    old, new = _people(out), _people(built())

    def repoint() -> None:
        (tmp / "next").symlink_to(built())
        os.replace(tmp / "next", out)

    with endpoint(out, tmp) as url:
        return _rebuild_while_querying(url, repoint, old, new)


def concurrent_clients(tmp: Path, clients: int = 50, per_client: int = 20) -> tuple[bool, str]:
    """50 clients at once, 20 saved queries each (GET, CSV, a new connection each), on the sample build.

    The clients are asyncio streams in this process (a thread each would spend the CPU the
    server needs on a small machine); each request has a 30 s limit.
    """
    import asyncio

    from csto_graph.graph.query import saved_queries

    texts = [saved_queries()[name].read_text(encoding="utf-8") for name in LOAD_QUERIES]
    latencies: list[float] = []
    failures: list[str] = []

    async def one(host: str, port: int, target: str) -> None:
        began = time.perf_counter()
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 30)
            writer.write(f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/csv\r\n"
                         "Connection: close\r\n\r\n".encode())
            answer = await asyncio.wait_for(reader.read(), 30)  # to EOF: the server closes
            writer.close()
            status = answer.split(b" ", 2)[1] if answer.startswith(b"HTTP/") else b"none"
            problem = None if status == b"200" else f"status {status.decode()}"
        except (OSError, asyncio.TimeoutError) as exc:  # a reset or refused connection
            problem = f"{type(exc).__name__}: {exc}"
        latencies.append(time.perf_counter() - began)
        if problem:
            failures.append(problem)

    async def client(k: int, host: str, port: int, path: str) -> None:
        for i in range(per_client):
            query = urllib.parse.urlencode({"query": texts[(k + i) % len(texts)]})
            await one(host, port, f"{path}?{query}")

    with endpoint(built(), tmp) as url:
        http(url, PEOPLE)  # the workers are up
        parts = urllib.parse.urlsplit(url)

        async def everyone() -> float:
            began = time.perf_counter()
            await asyncio.gather(*(client(k, parts.hostname, parts.port, parts.path) for k in range(clients)))
            return time.perf_counter() - began

        wall = asyncio.run(asyncio.wait_for(everyone(), 300))
    latencies.sort()
    total = clients * per_client
    p50, p95 = latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.95) - 1]
    ok = len(latencies) == total and not failures and p95 < 0.2
    return ok, (f"{total - len(failures)}/{total} succeeded {sorted(set(failures))[:2]}; "
                f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms; "
                f"{total / wall:.0f} queries/s")


CASES = [
    ("endpoint: SERVICE to a local address", "403 (exit 2 in csto-graph query); nothing reaches the address",
     service_call),
    ("endpoint: SERVICE hidden 16 ways", "403 (or 400, or 200 where it is inside a string); nothing reaches "
     "the address", service_smuggled),
    ("endpoint: LOAD and other updates", "403 each (exit 2 in csto-graph query); nothing fetched",
     load_and_updates),
    ("endpoint: CORS", "no Access-Control-Allow-Origin unless --cors names the origin", cors),
    ("endpoint: foreign Host (DNS rebinding)", "403 for another name; localhost and --allow-host names 200",
     host_header),
    ("endpoint: formats nobody can give, paths out of static/", "406 each; 404 each; the page allows 'self' only",
     negotiation_and_paths),
    ("endpoint: 8,000 nested brackets", "400 in one line; the workers survive (next queries 200)",
     deep_query_endpoint),
    ("query: 8,000 nested brackets", "one-line error, exit 2 (no crash)", deep_query_cli),
    ("endpoint: 1 MB query texts", "400 each within 5 s (the check stays linear); the next query 200",
     long_texts),
    ("endpoint: rebuild into the served folder", "new graph for every query sent after the build; "
     "none old after a new one", rebuild_same_folder),
    ("endpoint: OUT a symlink re-pointed", "new graph for every query sent after; none old after a new one",
     rebuild_symlink),
    ("endpoint: 50 clients x 20 queries", "100% success, p95 under 200 ms", concurrent_clients),
]
