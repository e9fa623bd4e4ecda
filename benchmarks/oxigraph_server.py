"""Does Oxigraph's own server keep the endpoint's guarantees? The same checks on it and on ``csto-graph serve``.

Needs the ``oxigraph`` command (``pip install oxigraph`` in any environment; it is not a
dependency of csto-graph). Builds the sample corpus twice (2 files, then all), serves the
small build with each server, and checks over HTTP on 127.0.0.1:

- time limit: a query that never ends, under a 2 s limit: the status, and how much CPU
  the server (with its children) burns in the 5 s after the client has given up;
- SERVICE to a local address: the status, and whether a request reached the address;
- a foreign Host header (DNS rebinding): the status;
- a rebuild swapped into the served folder: whether the next answer sees it;
- content negotiation: ``Accept: image/png``, ``GET`` without a query, ``format=json-ld``.

    python benchmarks/oxigraph_server.py [--oxigraph PATH]

Prints a Markdown table (check, oxigraph serve-read-only, csto-graph serve).
"""
from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
COUNT = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://schema.org/Person> }"
GRAPH = "CONSTRUCT WHERE { ?p a <https://schema.org/Person> } LIMIT 2"


def http(url: str, params: dict | None = None, headers: dict | None = None, timeout: float = 30) -> tuple:
    """(status, content type, body) of a GET; status 0 when the client gave up."""
    if params:
        url = f"{url}?{urllib.parse.urlencode(params)}"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=timeout) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read().decode("utf-8", "replace")
    except (TimeoutError, socket.timeout, urllib.error.URLError):
        return 0, "", "no answer"


def tree_ticks(pid: int) -> int:
    """CPU ticks used so far by process ``pid`` and its children (Linux /proc)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += int(fields[11]) + int(fields[12])
    return total


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running(command: list[str], url: str):
    """Start a server, wait until ``url`` answers, yield its process; stop it after."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while http(url, timeout=2)[0] == 0:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(f"{command[0]} did not start")
            time.sleep(0.2)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def build(corpus: Path, out: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", "csto_graph", "build", str(corpus), "--out", str(out),
                           "--no-cache", "--no-render"], capture_output=True, text=True, env=ENV, cwd=ROOT,
                          timeout=600)
    if done.returncode:
        raise RuntimeError(done.stderr.strip()[-200:])
    return out


def checks(proc, query_url: str, base: str, out: Path, full: Path) -> dict[str, str]:
    """Run every check against one server (serving ``out``); one line of what was seen each."""
    sys.path.insert(0, str(ROOT / "tests"))
    from callee import recording_server

    seen: dict[str, str] = {}
    began = time.monotonic()
    status = http(query_url, {"query": SLOW}, timeout=20)[0]
    waited = time.monotonic() - began
    before = tree_ticks(proc.pid)
    time.sleep(5)
    burnt = (tree_ticks(proc.pid) - before) / os.sysconf("SC_CLK_TCK") / 5
    seen["time limit 2 s"] = (f"{status or 'no answer'} after {waited:.1f} s; then "
                              f"{burnt:.0%} of a core in the next 5 s")
    with recording_server() as (target, calls):
        status = http(query_url, {"query": f"SELECT ?s WHERE {{ SERVICE <{target}/x> {{ ?s ?p ?o }} }}"})[0]
    seen["SERVICE to 127.0.0.1"] = f"{status}; requests that reached it: {len(calls)}"
    port = urllib.parse.urlsplit(query_url).port
    seen["Host: evil.example"] = str(http(query_url, {"query": COUNT}, {"Host": f"evil.example:{port}"})[0])
    seen["Accept: image/png"] = str(http(query_url, {"query": COUNT}, {"Accept": "image/png"})[0])
    status, kind, _ = http(base, headers={"Accept": "text/turtle"})
    seen["GET without a query"] = f"{status} {kind.split(';')[0]}"
    status, kind, _ = http(query_url, {"query": GRAPH, "format": "json-ld"})
    seen["format=json-ld"] = f"{status} {kind.split(';')[0]}"
    old = http(query_url, {"query": COUNT}, {"Accept": "text/csv"})[2].split()[-1]
    os.replace(out, out.with_name("aside"))
    shutil.copytree(full, out, symlinks=True)
    new = http(query_url, {"query": COUNT}, {"Accept": "text/csv"})[2].split()[-1]
    seen["rebuild swapped into OUT"] = f"people before {old}, after {new}"
    shutil.rmtree(out)
    os.replace(out.with_name("aside"), out)
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oxigraph", default=shutil.which("oxigraph") or "oxigraph",
                        help="the oxigraph command (pip install oxigraph)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="oxigraph-server-") as tmp:
        tmp = Path(tmp)
        (tmp / "small").mkdir()
        for path in sorted((ROOT / "corpus").iterdir())[:2]:
            shutil.copy(path, tmp / "small" / path.name)
        small, full = build(tmp / "small", tmp / "small-out"), build(ROOT / "corpus", tmp / "full-out")
        results = {}
        port = free_port()
        shutil.copytree(small, tmp / "a" / "out")
        base = f"http://127.0.0.1:{port}/query"
        with running([args.oxigraph, "serve-read-only", "--location", str(tmp / "a" / "out" / "store"),
                      "--bind", f"127.0.0.1:{port}", "--timeout-s", "2"], base) as proc:
            results["oxigraph serve-read-only"] = checks(proc, base, base, tmp / "a" / "out", full)
        port = free_port()
        shutil.copytree(small, tmp / "b" / "out")
        base = f"http://127.0.0.1:{port}/sparql"
        with running([sys.executable, "-m", "csto_graph", "serve", str(tmp / "b" / "out"), "--port", str(port),
                      "--timeout", "2"], base) as proc:
            results["csto-graph serve"] = checks(proc, base, base, tmp / "b" / "out", full)
    names = list(results)
    print(f"| check | {' | '.join(names)} |")
    print("|---|" + "---|" * len(names))
    for check in results[names[0]]:
        print(f"| {check} | {' | '.join(results[n][check] for n in names)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
