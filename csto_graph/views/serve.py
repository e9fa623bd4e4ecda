"""A read-only SPARQL 1.1 Protocol endpoint over a built graph (standard library HTTP, Oxigraph engine).

``GET /sparql?query=...`` and ``POST /sparql`` (form-encoded ``query=``, or an
``application/sparql-query`` body) answer SELECT, ASK, CONSTRUCT and DESCRIBE in the
format the ``Accept`` header (or a ``format`` parameter) asks for, and 406 when none
fits (:mod:`csto_graph.views.negotiate`): SPARQL results as JSON, XML, CSV or TSV;
graphs as Turtle, N-Triples, RDF/XML, JSON-LD or N3. ``GET /sparql`` without a query is the
service description (:mod:`csto_graph.views.description`). ``GET /`` is the YASGUI query
page with a tab per saved query (:mod:`csto_graph.views.querypage`). Updates and SERVICE
are refused with 403 (the checks of :mod:`csto_graph.graph.guard`, shared with
`csto-graph query`); malformed or too deeply nested queries get 400.

Queries run in worker processes under a time limit (503 past it; the worker is killed,
so the query stops), on the build that is in the folder when the query arrives, and
answers are kept per build (:mod:`csto_graph.views.querypool`). Oxigraph's own server
(``oxigraph serve-read-only``) was tried first and keeps none of these guarantees
(``docs/endpoint.md``).

Browsers: no answer carries a CORS header unless :attr:`ServeConfig.cors` names the
origin, and a request whose ``Host`` names another site gets 403 (:func:`host_allowed`),
so a web page, even one that re-points its own name to 127.0.0.1, cannot read the graph.
Every answer carries a Content-Security-Policy that allows this origin only.
"""
from __future__ import annotations

import ipaddress
import os
import re
import sys
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from ..errors import CstoGraphError, QueryRefusedError, QueryTooDeepError
from ..graph.guard import check_query
from .description import service_description
from .negotiate import GRAPH_FORMATS, MediaRange, describe, format_ranges, parse_accept
from .querypage import PAGE_POLICY, saved_queries_json, static_file
from .querypool import QueryPool, QueryTimeout


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
    cache_bytes: int = 32 * 1024 * 1024  # answers kept per build (0: none)
    quiet: bool = False
    cors: tuple[str, ...] = ()  # origins allowed to read answers from a browser ("*": any); none by default
    allowed_hosts: tuple[str, ...] = ()  # Host names accepted besides localhost and the bound address


# ---------------------------------------------------------------------- HTTP layer


def accepted_ranges(accept: str | None, fmt: str | None = None) -> tuple[MediaRange, ...]:
    """The media ranges a request accepts: those of its ``format`` parameter if it has one,
    else those of its ``Accept`` header.

    >>> accepted_ranges("text/csv;q=0.5, application/sparql-results+json")
    (('text/csv', 0.5), ('application/sparql-results+json', 1.0))
    >>> accepted_ranges("text/csv", fmt="json-ld")
    (('application/ld+json', 1.0),)
    """
    return format_ranges(fmt) if fmt else parse_accept(accept)


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
        if url.path == "/sparql":
            if "query" in params or "update" in params:
                return self._dispatch(params)
            return self._describe(params)
        if url.path == "/queries.json":
            return self._send(200, "application/json; charset=utf-8", saved_queries_json(self.server.prefixes))
        found = static_file(url.path)
        if found is None:
            return self._send_error(404, f"no page {url.path}; the endpoint is /sparql, the query page /")
        self._send(200, *found)

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

    def _describe(self, params: dict[str, str]) -> None:
        """Answer the service description, in the RDF format asked for (406 if none fits)."""
        config = self.server.config
        accepted = accepted_ranges(self.headers.get("Accept"), params.get("format") or params.get("output"))
        found = service_description(self._endpoint_iri(), accepted, config.timeout, tuple(self.server.prefixes))
        if found is None:
            return self._send_error(406, "no format of the service description fits the Accept header; it can be "
                                         f"{describe(GRAPH_FORMATS)}")
        media, data = found
        self._send(200, f"{media}; charset=utf-8", data)

    def _endpoint_iri(self) -> str:
        """The endpoint's address as the client named it (the Host header passed the check),
        or as bound when the header is missing or not a plain host[:port]."""
        host = (self.headers.get("Host") or "").strip()
        if re.fullmatch(r"(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?", host):
            return f"http://{host}/sparql"
        return self.server.url

    def _dispatch(self, params: dict[str, str]) -> None:
        text = params.get("query")
        if "update" in params:
            return self._send_error(403, "this endpoint is read-only: SPARQL updates are refused")
        if not text or not text.strip():
            return self._send_error(400, "no query: pass query=SPARQL (GET /sparql alone is the service description)")
        try:
            check_query(text)  # the same checks as csto-graph query (graph/guard.py)
        except QueryRefusedError as exc:
            return self._send_error(403, str(exc))
        except QueryTooDeepError as exc:
            return self._send_error(400, str(exc))
        accepted = accepted_ranges(self.headers.get("Accept"), params.get("format") or params.get("output"))
        if not accepted:  # format=NAME that no format has
            return self._send_error(406, f"unknown format {params.get('format') or params.get('output')!r}; "
                                         "formats: json, xml, csv, tsv (SELECT, ASK); turtle, ntriples, rdfxml, "
                                         "json-ld, n3 (CONSTRUCT, DESCRIBE)")
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
        self.send_header("Content-Security-Policy", PAGE_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self._send_cors_headers()
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server API
        if not self.server.config.quiet:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


class SparqlServer(ThreadingHTTPServer):
    """The endpoint's HTTP server; :meth:`server_close` also stops the query workers."""

    daemon_threads = True
    # Connections waiting to be accepted. The default of socketserver is 5: at 50
    # concurrent clients about 1% of connections were reset and p95 was 1 s (SYNs
    # dropped, retried after 1 s and 3 s); the kernel caps this at net.core.somaxconn.
    request_queue_size = 1024

    def __init__(self, out: str | os.PathLike, config: ServeConfig):
        from ..graph.rdf import PREFIXES

        self.prefixes = {p: str(ns) for p, ns in PREFIXES.items()}  # predeclared in every query
        self.prefixes["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        self.config = config
        self.pool = QueryPool(out, workers=config.workers, max_result_bytes=config.max_result_bytes,
                              prefixes=self.prefixes, cache_bytes=config.cache_bytes)  # raises GraphNotFoundError
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

