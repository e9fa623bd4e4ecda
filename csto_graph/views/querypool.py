"""The endpoint's query workers: processes that run queries under a time limit, on the current build.

Time limit: an Oxigraph query cannot be cancelled from another thread, and a thread
left running would keep burning a core and memory. Queries therefore run in a small
pool of worker processes (each with the store opened read-only); when a query takes
longer than the limit, its worker is killed, the client gets 503, and a fresh worker
is started for the next query. Results are serialized in the worker, capped at
``max_result_bytes``, and sent back as bytes. Where Linux allows it, a worker runs in a
network namespace of its own (:func:`drop_network`): behind the SERVICE check of the
HTTP layer, a query could still reach no address.

Rebuilds: a build swaps a new folder in (or re-points a symlink), and a worker keeps
reading the store it opened, deleted or not. Before each query the pool compares the
folder's :func:`~csto_graph.graph.store.build_identity` with the one its workers serve.
When it changed, workers are started on the new store (while the old ones still
answer), then the pool waits for the queries running on the old store to finish and
swaps all workers at once: no query is answered from the old graph after one was
answered from the new. While the folder holds no store (between the two renames of a
swap) the last graph is served.

Answers are kept per build (a graph does not change under a build): the same query
asking for the same formats is answered from memory, up to ``cache_bytes`` in all,
except queries that call ``NOW``, ``RAND``, ``UUID`` or ``STRUUID``. A rebuild starts
with no answers kept. On the sample build a saved query costs a worker 1-3 ms of CPU
(parsing and planning most of it) and the HTTP layer about 1 ms; with 50 clients on two
cores the workers were the bottleneck (abuse case "50 clients x 20 queries").
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections import OrderedDict
from pathlib import Path

from ..errors import CstoGraphError, GraphNotFoundError
from ..graph.guard import is_volatile
from ..graph.store import build_identity
from .negotiate import GRAPH_FORMATS, RESULT_FORMATS, MediaRange, choose, describe

_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


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


def drop_network() -> bool:
    """Move this process into a network namespace of its own (no interface up), if Linux allows.

    A second wall behind :func:`~csto_graph.graph.guard.check_query`: a query that still
    reached Oxigraph's SERVICE client could connect nowhere. Tried as is (root, or
    CAP_SYS_ADMIN), then inside a new user namespace (unprivileged); False when neither
    is allowed (another system, a container that forbids it), and nothing changes.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    clone_newuser, clone_newnet = 0x10000000, 0x40000000
    return any(libc.unshare(flags) == 0 for flags in (clone_newnet, clone_newnet | clone_newuser))


def _answer_queries(conn, store_path: str, prefixes: dict[str, str], max_bytes: int) -> None:
    """Open the store read-only, then answer (query, accepted types) messages until EOF."""
    from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, Store

    isolated = drop_network()  # the socket pair to the server, opened before, keeps working
    try:
        store = Store.read_only(store_path)
    except OSError as exc:
        conn.send(("error", 500, f"cannot open the store: {exc}"))
        return
    conn.send(("ready", 200, "isolated" if isolated else ""))
    while True:
        try:
            text, accepted = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = store.query(text, prefixes=prefixes)
            solutions = isinstance(answer, (QuerySolutions, QueryBoolean))
            formats = RESULT_FORMATS if solutions else GRAPH_FORMATS
            fmt = choose(accepted, formats)
            if fmt is None:
                conn.send(("error", 406, f"no format of this answer fits the Accept header; it can be "
                                         f"{describe(formats)}"))
                continue
            sink = _CappedBuffer(max_bytes)
            answer.serialize(sink, format=getattr(QueryResultsFormat if solutions else RdfFormat, fmt.engine))
            conn.send(("ok", 200, (fmt.media, bytes(sink.data))))
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
    so it works whatever the main module is) and spoken to over a socket pair.

    Starting returns at once; :meth:`wait_ready` waits for the store to be open, so that
    several workers start side by side.
    """

    def __init__(self, args: tuple[str, ...]):
        from multiprocessing.connection import Connection

        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(_PACKAGE_ROOT), env.get("PYTHONPATH"))))
        code = "from csto_graph.views.querypool import worker_main; worker_main()"
        self.process = subprocess.Popen([sys.executable, "-c", code, str(theirs.fileno()), *args],
                                        pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env)
        theirs.close()
        self.conn = Connection(ours.detach())

    def wait_ready(self, timeout: float = 60.0) -> _Worker:
        try:
            ready = self.conn.poll(timeout) and self.conn.recv()
        except (EOFError, OSError):
            ready = None
        if not ready or ready[0] != "ready":
            self.kill()
            raise GraphNotFoundError(ready[2] if ready else "a query worker did not start")
        self.isolated = ready[2] == "isolated"
        return self

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.conn.close()


def _start_workers(args: tuple[str, ...], count: int) -> list[_Worker]:
    """``count`` workers on one store, started side by side; all ready, or none left running."""
    workers = [_Worker(args) for _ in range(count)]
    try:
        for worker in workers:
            worker.wait_ready()
    except GraphNotFoundError:
        for worker in workers:
            if worker.process.poll() is None:
                worker.kill()
        raise
    return workers


class _Answers:
    """Answers kept for one build: (query, accepted types) -> (media type, bytes), least
    recently used dropped first, at most ``cap`` bytes in all (an answer over an eighth of
    it is not kept)."""

    def __init__(self, cap: int):
        self.cap, self.size, self.kept = cap, 0, OrderedDict()

    def get(self, key: tuple):
        found = self.kept.get(key)
        if found is not None:
            self.kept.move_to_end(key)
        return found

    def put(self, key: tuple, answer: tuple[str, bytes]) -> None:
        size = len(answer[1]) + len(key[0])
        if size > self.cap // 8 or key in self.kept:
            return
        self.kept[key] = answer
        self.size += size
        while self.size > self.cap:
            old_key, old = self.kept.popitem(last=False)
            self.size -= len(old[1]) + len(old_key[0])


class _Generation:
    """The workers of one build, its kept answers, and how many queries are running on it."""

    def __init__(self, identity: tuple, args: tuple[str, ...], workers: list[_Worker], cache_bytes: int):
        self.identity, self.args, self.idle, self.running = identity, args, workers, 0
        self.answers = _Answers(cache_bytes)

    def close(self) -> None:
        idle, self.idle = self.idle, []
        for worker in idle:
            worker.kill()


class QueryPool:
    """Worker processes that run queries under a time limit on the current build of ``out``
    (see the module docstring)."""

    def __init__(self, out: str | os.PathLike, *, workers: int, max_result_bytes: int,
                 prefixes: dict[str, str], cache_bytes: int = 32 * 1024 * 1024):
        self._out, self._workers, self._cache_bytes = os.fspath(out), workers, cache_bytes
        self._extra = (str(max_result_bytes), json.dumps(prefixes))
        self._slots = threading.BoundedSemaphore(workers)
        self._lock = threading.Condition()  # guards the generation, its idle list and counts
        self._switch = threading.Lock()  # one switch to a new build at a time
        self._switching = False
        self._failed: tuple | None = None  # a build whose store could not be opened
        identity = build_identity(out)
        if identity is None:
            raise GraphNotFoundError(f"{out} holds no built graph (run `csto-graph build ... --out {out}`)")
        self._gen = self._generation(identity)

    def _generation(self, identity: tuple) -> _Generation:
        args = (identity[0], *self._extra)  # the real path of the store: a re-pointed symlink is not followed
        return _Generation(identity, args, _start_workers(args, self._workers), self._cache_bytes)

    def run(self, text: str, accepted: tuple[MediaRange, ...], timeout: float) -> tuple[int, object]:
        """(HTTP status, (media type, bytes) or an error message) for one query.

        ``accepted`` are the media ranges of the request (:func:`~csto_graph.views.negotiate.parse_accept`);
        when no format of the answer fits them the status is 406.
        """
        key = (text, tuple(accepted))
        gen = self._enter()
        try:
            with self._lock:
                kept = gen.answers.get(key)
            if kept is not None:
                return 200, kept
            if not self._slots.acquire(timeout=timeout):
                raise QueryTimeout("all query workers are busy; try again later")
            try:
                code, payload = self._run_on(gen, text, accepted, timeout)
            finally:
                self._slots.release()
            if code == 200 and not is_volatile(text):
                with self._lock:
                    gen.answers.put(key, payload)
            return code, payload
        finally:
            with self._lock:
                gen.running -= 1
                self._lock.notify_all()

    def _enter(self) -> _Generation:
        """The generation of the current build (switching to it first), counted as running."""
        identity = build_identity(self._out)
        if identity is not None and identity != self._gen.identity and identity != self._failed:
            self._switch_to(identity)
        with self._lock:
            while self._switching:
                self._lock.wait()
            self._gen.running += 1
            return self._gen

    def _switch_to(self, identity: tuple) -> None:
        with self._switch:
            if identity == self._gen.identity:  # another request switched meanwhile
                return
            try:
                new = self._generation(identity)  # the old workers answer while these start
            except GraphNotFoundError as exc:
                self._failed = identity
                sys.stderr.write(f"csto-graph: a new build in {self._out} cannot be served ({exc}); "
                                 "serving the previous one\n")
                return
            with self._lock:
                self._switching = True
                while self._gen.running:  # each ends within the time limit
                    self._lock.wait()
                old, self._gen = self._gen, new
                self._switching = False
                self._lock.notify_all()
            old.close()

    def _run_on(self, gen: _Generation, text: str, accepted: tuple[MediaRange, ...],
                timeout: float) -> tuple[int, object]:
        with self._lock:
            worker = gen.idle.pop() if gen.idle else None
        worker = worker or _Worker(gen.args).wait_ready()
        try:
            worker.conn.send((text, accepted))
        except OSError:  # the worker died while idle: replace it once
            worker.kill()
            worker = _Worker(gen.args).wait_ready()
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
            if gen is self._gen:
                gen.idle.append(worker)
                worker = None
        if worker is not None:  # the pool was closed meanwhile
            worker.kill()
        return code, payload

    @property
    def network_isolated(self) -> bool:
        """Whether the idle workers run without network (see :func:`drop_network`)."""
        with self._lock:
            return bool(self._gen.idle) and all(w.isolated for w in self._gen.idle)

    def worker_pids(self) -> list[int]:
        """Process ids of the idle workers (to see that a refused query killed none)."""
        with self._lock:
            return sorted(w.process.pid for w in self._gen.idle)

    def close(self) -> None:
        with self._lock:
            gen = self._gen
            self._gen = _Generation(gen.identity, gen.args, [], 0)
        gen.close()
