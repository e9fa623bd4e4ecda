"""A local HTTP server that records every request made to it (to show a query fetched nothing)."""
from __future__ import annotations

import contextlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# What an endpoint called through SERVICE would answer: one row, so a fetch shows in the result.
ANSWER = json.dumps({"head": {"vars": ["s"]},
                     "results": {"bindings": [{"s": {"type": "literal", "value": "fetched"}}]}}).encode()


@contextlib.contextmanager
def recording_server():
    """Yield (base URL, list of (method, path) received) for a server on 127.0.0.1."""
    seen: list[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            seen.append((self.command, self.path))
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(ANSWER)))
            self.end_headers()
            self.wfile.write(ANSWER)

        do_GET = do_POST = _answer

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
