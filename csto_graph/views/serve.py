"""A read-only SPARQL 1.1 Protocol endpoint over a built graph (standard library HTTP).

``GET /sparql?query=...`` and ``POST /sparql`` (form-encoded ``query=``, or an
``application/sparql-query`` body) answer in the format the ``Accept`` header asks
for: SPARQL results as JSON, XML, CSV or TSV; graphs (CONSTRUCT, DESCRIBE) as Turtle,
N-Triples, RDF/XML or JSON-LD. ``GET /`` is a small query page listing the saved
queries. Updates and SERVICE are refused with 403 (the checks of :mod:`csto_graph.graph.guard`,
shared with `csto-graph query`); malformed or too deeply nested queries get 400.

Time limit: an Oxigraph query cannot be cancelled from another thread, and a thread
left running would keep burning a core and memory. Queries therefore run in a small
pool of worker processes (each with the store opened read-only); when a query takes
longer than the limit, its worker is killed, the client gets 503, and a fresh worker
is started for the next query. Results are serialized in the worker, capped at
:attr:`ServeConfig.max_result_bytes`, and sent back as bytes.
"""
from __future__ import annotations

import html
import ipaddress
import json
import os
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from ..errors import CstoGraphError, GraphNotFoundError, QueryRefusedError, QueryTooDeepError
from ..graph.guard import check_query
from ..graph.query import saved_queries
from ..graph.store import STORE_DIR

RESULT_TYPES = {"application/sparql-results+json": "JSON", "application/json": "JSON",
                "application/sparql-results+xml": "XML", "application/xml": "XML",
                "text/csv": "CSV", "text/tab-separated-values": "TSV"}
GRAPH_TYPES = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES",
               "application/rdf+xml": "RDF_XML", "application/ld+json": "JSON_LD"}
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]
SHORT_FORMATS = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                 "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                 "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml",
                 "jsonld": "application/ld+json"}


@dataclass(frozen=True)
class ServeConfig:
    """Settings of the endpoint: address, per-query time limit (seconds), worker processes,
    browser access (CORS origins, Host names)."""

    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    workers: int = 2
    max_result_bytes: int = 64 * 1024 * 1024
    max_request_bytes: int = 1024 * 1024
    quiet: bool = False
    cors: tuple[str, ...] = ()  # origins allowed to read answers from a browser ("*": any); none by default
    allowed_hosts: tuple[str, ...] = ()  # Host names accepted besides localhost and the bound address


class QueryTimeout(CstoGraphError):
    """A query ran past the time limit (or no worker was free in time)."""


# ----------------------------------------------------------------- worker processes


class _ResultTooLarge(Exception):
    pass


class _CappedBuffer:
    """A binary sink that refuses to grow past ``cap`` bytes."""

    def __init__(self, cap: int):
        self.cap, self.data = cap, bytearray()

    def write(self, chunk) -> int:
        self.data += chunk
        if len(self.data) > self.cap:
            raise _ResultTooLarge
        return len(chunk)

    def flush(self) -> None:
        pass


def worker_main() -> None:
    """Entry of a worker process: ``python -c ... FD STORE MAX_BYTES PREFIXES_JSON``."""
    from multiprocessing.connection import Connection

    fd, store_path, max_bytes, prefixes = sys.argv[1:5]
    _answer_queries(Connection(int(fd)), store_path, json.loads(prefixes), int(max_bytes))


def _answer_queries(conn, store_path: str, prefixes: dict[str, str], max_bytes: int) -> None:
    """Open the store read-only, then answer (query, accepted types) messages until EOF."""
    from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, Store

    try:
        store = Store.read_only(store_path)
    except OSError as exc:
        conn.send(("error", 500, f"cannot open the store: {exc}"))
        return
    conn.send(("ready", 200, ""))
    while True:
        try:
            text, accepted = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = store.query(text, prefixes=prefixes)
            table = RESULT_TYPES if isinstance(answer, (QuerySolutions, QueryBoolean)) else GRAPH_TYPES
            media = next((m for m in accepted if m in table), next(iter(table)))
            enum = QueryResultsFormat if table is RESULT_TYPES else RdfFormat
            sink = _CappedBuffer(max_bytes)
            answer.serialize(sink, format=getattr(enum, table[media]))
            conn.send(("ok", 200, (media, bytes(sink.data))))
        except SyntaxError as exc:
            conn.send(("error", 400, f"malformed query: {_one_line(exc)}"))
        except _ResultTooLarge:
            conn.send(("error", 500, f"the result is larger than {max_bytes} bytes; add a LIMIT"))
        except Exception as exc:  # noqa: BLE001 - any evaluation error goes back to the client
            conn.send(("error", 500, f"query failed: {_one_line(exc)}"))


def _one_line(exc: Exception) -> str:
    """An Oxigraph error without its list of expected characters, on one short line."""
    text = (str(exc).splitlines() or [""])[0]
    return text.split(", ['")[0][:300]


class _Worker:
    """One worker process, started with ``python -c`` (no multiprocessing bootstrapping,
    so it works whatever the main module is) and spoken to over a socket pair."""

    def __init__(self, args: tuple[str, ...], start_timeout: float = 60.0):
        from multiprocessing.connection import Connection

        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(_PACKAGE_ROOT), env.get("PYTHONPATH"))))
        code = "from csto_graph.views.serve import worker_main; worker_main()"
        self.process = subprocess.Popen([sys.executable, "-c", code, str(theirs.fileno()), *args],
                                        pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env)
        theirs.close()
        self.conn = Connection(ours.detach())
        try:
            ready = self.conn.poll(start_timeout) and self.conn.recv()
        except (EOFError, OSError):
            ready = None
        if not ready or ready[0] != "ready":
            self.kill()
            raise GraphNotFoundError(ready[2] if ready else "a query worker did not start")

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.conn.close()


class QueryPool:
    """Worker processes that run queries under a time limit (see the module docstring)."""

    def __init__(self, store_path: str, config: ServeConfig, prefixes: dict[str, str]):
        self._args = (store_path, str(config.max_result_bytes), json.dumps(prefixes))
        self._slots = threading.BoundedSemaphore(config.workers)
        self._lock = threading.Lock()
        self._idle = [_Worker(self._args) for _ in range(config.workers)]

    def run(self, text: str, accepted: list[str], timeout: float) -> tuple[int, object]:
        """(HTTP status, (media type, bytes) or an error message) for one query."""
        if not self._slots.acquire(timeout=timeout):
            raise QueryTimeout("all query workers are busy; try again later")
        try:
            with self._lock:
                worker = self._idle.pop() if self._idle else None
            worker = worker or _Worker(self._args)
            try:
                worker.conn.send((text, accepted))
            except OSError:  # the worker died while idle: replace it once
                worker.kill()
                worker = _Worker(self._args)
                worker.conn.send((text, accepted))
            if not worker.conn.poll(timeout):
                worker.kill()
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
            try:
                _, code, payload = worker.conn.recv()
            except (EOFError, OSError):
                worker.kill()
                return 500, "the query worker died"
            with self._lock:
                self._idle.append(worker)
            return code, payload
        finally:
            self._slots.release()

    def worker_pids(self) -> list[int]:
        """Process ids of the idle workers (to see that a refused query killed none)."""
        with self._lock:
            return sorted(w.process.pid for w in self._idle)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.kill()


# ---------------------------------------------------------------------- HTTP layer


def accepted_types(accept: str | None, fmt: str | None = None) -> list[str]:
    """Media types from an ``Accept`` header, best first (a ``format`` parameter wins).

    >>> accepted_types("text/csv;q=0.5, application/sparql-results+json")
    ['application/sparql-results+json', 'text/csv']
    """
    if fmt:
        return [SHORT_FORMATS.get(fmt.lower(), fmt.lower())]
    ranked = []
    for position, item in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in item.split(";")]
        q = next((p[2:] for p in params if p.startswith("q=")), "1")
        try:
            ranked.append((-float(q), position, media.lower()))
        except ValueError:
            continue
    return [media for q, _, media in sorted(ranked) if media and q < 0]


LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARD_ADDRESSES = frozenset({"", "0.0.0.0", "::"})


def host_allowed(host: str | None, bound: str, allowed: tuple[str, ...] = ()) -> bool:
    """Whether a request's ``Host`` header names this endpoint (the DNS-rebinding guard).

    A page on ``evil.example`` that re-points its own name to 127.0.0.1 reaches the
    endpoint with ``Host: evil.example``; only ``localhost``, the loopback addresses, the
    bound address and the ``allowed`` names pass (and, on a wildcard bind such as
    ``0.0.0.0``, any IP address, which no rebinding can forge). No header (a client that
    is not a browser) passes.

    >>> host_allowed("localhost:7878", "127.0.0.1"), host_allowed("evil.example:7878", "127.0.0.1")
    (True, False)
    """
    if host is None:
        return True
    name = host.strip().lower()
    if name.startswith("["):  # [::1]:7878
        name = name[1:].split("]", 1)[0]
    elif name.count(":") == 1:
        name = name.split(":", 1)[0]
    name = name.rstrip(".")
    if name in LOCAL_NAMES or name == bound.lower() or name in {a.lower().rstrip(".") for a in allowed}:
        return True
    if bound in WILDCARD_ADDRESSES:
        try:
            ipaddress.ip_address(name)
        except ValueError:
            return False
        return True
    return False


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "csto-graph"
    timeout = 60

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if not self._host_ok():
            return
        url = urlsplit(self.path)
        params = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        if url.path == "/":
            self._send(200, "text/html; charset=utf-8", query_page(params.get("saved")).encode())
        elif url.path == "/sparql":
            self._dispatch(params)
        else:
            self._send_error(404, f"no page {url.path}; the endpoint is /sparql")

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_ok():
            return
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._send_error(404, f"no endpoint {url.path}; POST to /sparql")
        length = self.headers.get("Content-Length") or "0"
        if not length.isdigit():
            return self._send_error(400, "a POST needs a Content-Length")
        length = int(length)
        if length > self.server.config.max_request_bytes:
            return self._send_error(413, "the request is too large")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        if kind == "application/x-www-form-urlencoded":
            params.update({k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()})
        elif kind == "application/sparql-query":
            params["query"] = body
        elif kind == "application/sparql-update":
            params["update"] = body
        else:
            return self._send_error(415, "send application/x-www-form-urlencoded or application/sparql-query")
        self._dispatch(params)

    def do_OPTIONS(self) -> None:  # noqa: N802 - a CORS preflight
        if not self._host_ok():
            return
        self.send_response(204)
        self.send_header("Allow", "GET, POST, OPTIONS")
        if self._cors_origin():
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Max-Age", "600")
        self._send_cors_headers()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _host_ok(self) -> bool:
        """Answer 403 and return False when the Host header names another site."""
        config = self.server.config
        host = self.headers.get("Host")
        if host_allowed(host, config.host, config.allowed_hosts):
            return True
        name = " ".join(host.split())[:100]
        self._send_error(403, f"host {name!r} is not this endpoint (a guard against DNS rebinding); "
                              "serve with --allow-host NAME to accept it")
        return False

    def _cors_origin(self) -> str | None:
        """The Access-Control-Allow-Origin value for this request, or None (no --cors)."""
        origins = self.server.config.cors
        if "*" in origins:
            return "*"
        origin = self.headers.get("Origin")
        return origin if origin and origin in origins else None

    def _send_cors_headers(self) -> None:
        if self.server.config.cors:
            origin = self._cors_origin()
            if origin:
                self.send_header("Access-Control-Allow-Origin", origin)
            if origin != "*":
                self.send_header("Vary", "Origin")

    def _dispatch(self, params: dict[str, str]) -> None:
        text = params.get("query")
        if "update" in params:
            return self._send_error(403, "this endpoint is read-only: SPARQL updates are refused")
        if not text or not text.strip():
            return self._send_error(400, "no query: pass query=SPARQL")
        try:
            check_query(text)  # the same checks as csto-graph query (graph/guard.py)
        except QueryRefusedError as exc:
            return self._send_error(403, str(exc))
        except QueryTooDeepError as exc:
            return self._send_error(400, str(exc))
        accepted = accepted_types(self.headers.get("Accept"), params.get("format") or params.get("output"))
        try:
            code, payload = self.server.pool.run(text, accepted, self.server.config.timeout)
        except QueryTimeout as exc:
            return self._send_error(503, str(exc))
        except CstoGraphError as exc:
            return self._send_error(500, str(exc))
        if code != 200:
            return self._send_error(code, str(payload))
        media, data = payload
        self._send(200, f"{media}; charset=utf-8", data)

    def _send_error(self, code: int, message: str) -> None:
        self._send(code, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, code: int, content_type: str, data: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self._send_cors_headers()
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server API
        if not self.server.config.quiet:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


class SparqlServer(ThreadingHTTPServer):
    """The endpoint's HTTP server; :meth:`server_close` also stops the query workers."""

    daemon_threads = True

    def __init__(self, out: str | os.PathLike, config: ServeConfig):
        from ..graph.rdf import PREFIXES

        store = Path(out) / STORE_DIR
        if not store.is_dir():
            raise GraphNotFoundError(f"{out} holds no built graph (run `csto-graph build ... --out {out}`)")
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        prefixes["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        self.config = config
        self.pool = QueryPool(str(store), config, prefixes)
        try:
            super().__init__((config.host, config.port), SparqlHandler)
        except OSError as exc:
            self.pool.close()
            raise CstoGraphError(f"cannot listen on {config.host}:{config.port}: {exc.strerror or exc}") from None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(out: str | os.PathLike, config: ServeConfig | None = None) -> SparqlServer:
    """An endpoint for the graph built in ``out``, listening but not yet serving."""
    return SparqlServer(out, config or ServeConfig())


def serve(out: str | os.PathLike, config: ServeConfig | None = None, on_ready=None) -> None:
    """Serve the graph in ``out`` until interrupted (Ctrl-C)."""
    server = make_server(out, config)
    if on_ready:
        on_ready(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def query_page(saved: str | None = None) -> str:
    """The HTML query page: a form over ``/sparql`` and the list of saved queries."""
    queries = saved_queries()
    text = "SELECT ?person ?name WHERE {\n  ?person a schema:Person ; schema:name ?name .\n} LIMIT 20"
    if saved in queries:
        text = queries[saved].read_text(encoding="utf-8")
    items = []
    for name, path in queries.items():
        first = path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        items.append(f'<li><a href="/?saved={html.escape(name, quote=True)}">{html.escape(name)}</a>'
                     f" &mdash; {html.escape(first)}</li>")
    options = "".join(f'<option value="{f}">{f}</option>' for f in ("json", "csv", "tsv", "xml", "turtle"))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>csto-graph SPARQL</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}textarea{{width:100%}}</style>
</head><body>
<h1>csto-graph SPARQL endpoint</h1>
<p>Read-only. The prefixes csto:, id:, schema:, org:, prov:, skos:, rdfs:, rdf:, xsd:,
dcterms: are predeclared. Saved queries marked <code># param:</code> need their variables
bound by hand here (or use <code>csto-graph query --param</code>).</p>
<form action="/sparql" method="get">
<textarea name="query" rows="16">{html.escape(text)}</textarea>
<p><label>Format <select name="format">{options}</select></label> <button>Run</button></p>
</form>
<h2>Saved queries</h2>
<ul>{"".join(items)}</ul>
</body></html>
"""
