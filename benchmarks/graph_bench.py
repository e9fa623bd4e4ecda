"""Benchmark: the saved queries on synthetic graphs of 100k and 1M triples.

A synthetic knowledge base shaped like ours (people with aliases, countries and dated
posts; events of 2-10 participants with roles, dated 2000-2025 at day, month or year
precision, held by bodies in places; one article per event with 1-3 evidence
sentences) is written with the real :func:`csto_graph.graph.rdf.to_rdf` (in chunks, to keep
rdflib's memory small), loaded with :func:`csto_graph.graph.store.load_store`, and queried:

- through :func:`csto_graph.graph.query.run_query` (returns strings), which keeps the store it
  opened for the next call, and again with that store closed before each call (what one
  ``csto-graph query`` command pays besides starting Python: opening the store, its
  caches empty);
- through pyoxigraph directly (store opened once, the same SPARQL, every solution read),
  on the same on-disk store and on an in-memory ``pyoxigraph.Store`` of the same triples;
- through rdflib's own SPARQL engine on the same triples (only up to ``--rdflib-max``
  triples; each query in a forked process, stopped after ``--rdflib-timeout`` s).

The saved queries without parameters run as they are; those with parameters run for the
person who attended the most events (a hub, as a Secretary General is), for a person of
median attendance (by name in another case, and by IRI), for a body by alias, between two
people, and for a post on a date. Times are the median of ``--repeat`` runs after one
warm-up (rdflib: one run).

Run: ``.venv/bin/python benchmarks/graph_bench.py --triples 100000 1000000``
"""
from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from csto_graph.graph.rdf import canonical_ntriples, to_rdf
from csto_graph.models import (Article, Event, Evidence, KnowledgeBase, Occupancy, Organization,
                               Person, Piece, Place, Role, SourceRef)
from csto_graph.graph.query import PREFIXES, bind_names, parameter_variables, resolve_query, run_query
from csto_graph.graph.store import GRAPH_FILE, forget_stores, load_store

BODIES = [("csto-csc", "Collective Security Council"), ("csto-cmfa", "Council of Foreign Ministers"),
          ("csto-cmd", "Council of Defense Ministers"), ("csto-cssc", "Committee of Secretaries of Security Councils"),
          ("csto-pa", "Parliamentary Assembly"), ("csto-js", "Joint Staff")]
STATES = ["armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia", "tajikistan"]
PLACES = ["moscow", "minsk", "astana", "bishkek", "dushanbe", "yerevan", "almaty", "sochi"]
FIRST = ["Ivan", "Arman", "Sergey", "Nurlan", "Aleksandr", "Bakhtiyor", "Viktor", "Imangali", "Oleg", "Asel"]
LAST = ["Petrov", "Saparov", "Ivanov", "Tokayev", "Sidorov", "Rakhmonov", "Kuznetsov", "Abdullaev"]
POSTS = ["Minister of Defense", "Minister of Foreign Affairs", "Secretary of the Security Council",
         "Chief of the General Staff", "Secretary General", "Deputy Secretary General", "Ambassador"]
TYPES = ["session", "meeting", "talks", "visit", "reception", "consultations", "course", "exercise"]
ROLES = ["chair", "host", "guest", "speaker"] + ["participant"] * 6
IRI = re.compile(r"^https?://\S+$")
MET_2020 = """# who met whom in 2020
SELECT DISTINCT ?person_a ?person_b (STR(?start) AS ?date) ?event WHERE {
  ?event a schema:Event ; schema:startDate ?start ; schema:attendee ?a, ?b .
  FILTER(STRSTARTS(STR(?start), "2020"))
  ?a schema:name ?person_a . ?b schema:name ?person_b . FILTER(?person_a < ?person_b)
} ORDER BY ?date ?person_a ?person_b ?event"""


def _date(rng: random.Random) -> str:
    year, month, day = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
    kind = rng.random()
    return f"{year}-{month:02d}-{day:02d}" if kind < 0.8 else f"{year}-{month:02d}" if kind < 0.95 else str(year)


def synthetic_chunks(events: int, seed: int = 7, chunk: int = 2000):
    """Knowledge bases whose union is one synthetic graph of ``events`` events.

    The people are ``events // 3``, chosen for events with a skewed (Zipf-like)
    popularity so that a few attend very many events, as a Secretary General does.
    """
    rng = random.Random(seed)
    n_people = max(20, events // 3)
    base_ev = Evidence("a-base", "synthetic/base.txt", 0, 40, "The ministers of the member states met.")
    people = tuple(Person(f"p{i}", f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                          (f"{LAST[i % len(LAST)]} {i}",) if rng.random() < 0.5 else (),
                          rng.choice(STATES), ("Colonel General",) if rng.random() < 0.2 else (), (base_ev,))
                   for i in range(n_people))
    orgs = tuple(Organization(b, name, (b.split("-")[-1].upper(),), "body", "csto", "moscow", (base_ev,))
                 for b, name in BODIES)
    orgs += (Organization("csto", "Collective Security Treaty Organization", ("CSTO",), "organization",
                          None, "moscow", (base_ev,)),)
    orgs += tuple(Organization(s, s.title(), (), "state", None, None, (base_ev,)) for s in STATES)
    places = tuple(Place(p, p.title(), (p.upper(),)) for p in PLACES)
    base_text = base_ev.sentence
    base_article = Article("a-base", "Base", "2000", "body", base_text, (Piece(0, 0, len(base_text)),),
                           (SourceRef("synthetic/base.txt", 0, len(base_text), "utf-8"),))
    occupancies = tuple(
        Occupancy(f"o{i}", f"p{i}", post, post.split(" of ")[0], org, dates, (base_ev,))
        for i in range(n_people)
        for post, org in [(rng.choice(POSTS), rng.choice(STATES + ["csto"]))]
        for dates in [tuple(sorted({_date(rng) for _ in range(rng.randint(1, 4))}))])
    yield KnowledgeBase((base_article,), people, orgs, places, occupancies, ())
    weights = [1 / (rank + 1) ** 0.8 for rank in range(n_people)]
    for start in range(0, events, chunk):
        articles, evs = [], []
        for i in range(start, min(events, start + chunk)):
            aid, path = f"a{i:07d}", f"synthetic/{i // 1000:04d}.txt"
            sentences = [f"Sentence {k} of article {i} about the meeting." for k in range(rng.randint(1, 3))]
            text = " ".join(sentences)
            articles.append(Article(aid, f"Meeting {i}", None, "headline", text, (Piece(0, 0, len(text)),),
                                    (SourceRef(path, i * 1000, i * 1000 + len(text), "utf-8"),)))
            evidence, offset = [], i * 1000
            for sentence in sentences:
                evidence.append(Evidence(aid, path, offset, offset + len(sentence), sentence))
                offset += len(sentence) + 1
            who = set()
            while len(who) < rng.randint(2, 10):
                who.add(rng.choices(range(n_people), weights)[0])
            kind = rng.choice(TYPES)
            evs.append(Event(f"e{i}", kind, f"{kind.title()} {i}", _date(rng), None, rng.choice(PLACES),
                             rng.choice(BODIES)[0], rng.random() < 0.1,
                             tuple(Role(f"p{w}", rng.choice(ROLES), rng.choice(evidence)) for w in sorted(who)),
                             (aid,), (evidence[0],)))
        yield KnowledgeBase(tuple(articles), (), (), (), (), tuple(evs))


def synthetic_ntriples(events: int, seed: int = 7) -> bytes:
    """Sorted N-Triples of the synthetic graph (deduplicated across chunks)."""
    lines: set[bytes] = set()
    for kb in synthetic_chunks(events, seed):
        lines.update(canonical_ntriples(to_rdf(kb)).splitlines())
    return b"\n".join(sorted(lines)) + b"\n"


def events_for(triples: int) -> int:
    """How many events give about ``triples`` triples (measured on a 500-event pilot)."""
    pilot = synthetic_ntriples(500).count(b"\n")
    return max(50, round(500 * triples / pilot))


def _term(value: str):
    """A parameter as the RDF term run_query binds: an IRI for http(s) URLs, else a literal."""
    from pyoxigraph import Literal, NamedNode

    return NamedNode(value) if IRI.match(value) else Literal(value)


def _median_ms(run, repeat: int, setup=None) -> float:
    """Median wall time of ``run`` after one warm-up; ``setup`` runs untimed before each run."""
    if setup:
        setup()
    run()  # warm-up
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _rdflib_child(graph, text, bindings, conn) -> None:
    started = time.perf_counter()
    try:
        rows = len(list(graph.query(text, initBindings=bindings)))
    except Exception as exc:  # noqa: BLE001 - reported in the table
        conn.send((f"fails: {type(exc).__name__}", None))
        return
    conn.send((rows, (time.perf_counter() - started) * 1000))


def rdflib_ms(graph, text: str, bindings: dict, timeout: float) -> tuple[int | str | None, float | None]:
    """(rows, ms) of rdflib's SPARQL engine, run in a forked child.

    (None, None) past ``timeout``; ("fails: Error", None) when rdflib raises.
    """
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe()
    child = ctx.Process(target=_rdflib_child, args=(graph, text, bindings, theirs))
    child.start()
    answer = ours.recv() if ours.poll(timeout) else (None, None)
    child.kill()
    child.join()
    return answer


def bench(triples: int, args, workdir: Path) -> None:
    """Generate, load and query one graph of about ``triples`` triples; print a table."""
    from pyoxigraph import RdfFormat, Store, Variable

    started = time.perf_counter()
    events = events_for(triples)
    data = synthetic_ntriples(events)
    made = time.perf_counter() - started
    folder = workdir / f"g{triples}"
    folder.mkdir()
    (folder / GRAPH_FILE).write_bytes(data)
    started = time.perf_counter()
    load_store(folder, data)
    loaded = time.perf_counter() - started
    count = data.count(b"\n")
    store = Store.read_only(str(folder / "store"))
    started = time.perf_counter()
    memory = Store()
    memory.bulk_load(data, format=RdfFormat.N_TRIPLES)
    in_memory = time.perf_counter() - started
    ranked = [(row["p"].value, row["name"].value, int(row["n"].value)) for row in store.query(
        PREFIXES + """SELECT ?p ?name (COUNT(?e) AS ?n) WHERE { ?e schema:attendee ?p . ?p schema:name ?name }
                      GROUP BY ?p ?name ORDER BY DESC(?n) ?p""")]
    busiest, second, median, median2 = ranked[0], ranked[1], ranked[len(ranked) // 2], ranked[len(ranked) // 2 + 1]
    print(f"\n## {count:,} triples ({events:,} events, {events // 3:,} people)\n")
    print(f"generate (to_rdf + sorted N-Triples) {made:.1f} s; load_store {loaded:.1f} s; "
          f"in-memory load {in_memory:.1f} s; "
          f"busiest person {busiest[1]!r} ({busiest[2]} events), median person {median[1]!r} ({median[2]} events)")
    queries = [(n, n, {}) for n in ("people", "organizations", "posts", "events", "participants", "met", "articles")]
    queries += [
        ("met in 2020", MET_2020, {}),
        ("meetings: busiest person, by name", "meetings", {"name": busiest[1]}),
        ("meetings: median person, name in lower case", "meetings", {"name": median[1].lower()}),
        ("meetings: median person, by IRI", "meetings", {"name": median[0]}),
        ("events-of: busiest person", "events-of", {"name": busiest[1]}),
        ("events-of: median person, lower case", "events-of", {"name": median[1].lower()}),
        ("events-of: a body by alias ('csc')", "events-of", {"name": "csc"}),
        ("path: busiest to 2nd busiest", "path", {"a": busiest[1], "b": second[1]}),
        ("path: two median people", "path", {"a": median[1].lower(), "b": median2[0]}),
        ("evidence: median person (IRI)", "evidence", {"subject": median[0]}),
        ("holders: 'secretary general' in 2020", "holders", {"post": "secretary general", "date": "2020"}),
    ]
    if args.only:
        queries = [q for q in queries if any(part in q[0] for part in args.only)]
    graph = None
    if count <= args.rdflib_max:
        from rdflib import Graph

        started = time.perf_counter()
        graph = Graph().parse(folder / GRAPH_FILE, format="nt")
        print(f"rdflib parse {time.perf_counter() - started:.1f} s")
    print("\n| query | rows | run_query ms | run_query, store just opened ms | pyoxigraph ms | in-memory ms"
          " | rdflib ms |\n|---|---:|---:|---:|---:|---:|---:|")
    for label, query, params in queries:
        _, text = resolve_query(query)
        names = parameter_variables(text)
        bound = bind_names(str(folder), text, params)  # a name given for a person or body is its IRI
        subs = {Variable(names.get(k, k)): _term(v) for k, v in bound.items()}
        rows = len(run_query(str(folder), query, params).rows)
        ours = _median_ms(lambda: run_query(str(folder), query, params), args.repeat)
        fresh = _median_ms(lambda: run_query(str(folder), query, params), args.repeat, setup=forget_stores)

        def direct(on=store):
            answer = on.query(PREFIXES + text, substitutions=subs)
            columns = answer.variables
            return sum(1 for solution in answer if [solution[c] for c in columns])

        assert direct() == rows == direct(memory), label
        raw = _median_ms(direct, args.repeat)
        mem = _median_ms(lambda: direct(memory), args.repeat)
        cell = "-"
        if graph is not None:
            from rdflib import Literal as RLiteral, URIRef, Variable as RVariable

            n, ms = rdflib_ms(graph, PREFIXES + text,
                              {RVariable(names.get(k, k)): (URIRef(v) if IRI.match(v) else RLiteral(v))
                               for k, v in bound.items()},
                              args.rdflib_timeout)
            if isinstance(n, str):
                cell = n
            elif ms is None:
                cell = f"> {args.rdflib_timeout:g} s"
            else:
                cell = f"{ms:,.0f}" + ("" if n == rows else f" ({n} rows)")
        print(f"| {label} | {rows:,} | {ours:,.1f} | {fresh:,.1f} | {raw:,.1f} | {mem:,.1f} | {cell} |", flush=True)
    del store, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rdflib-max", type=int, default=200_000, help="Run rdflib only up to this size.")
    parser.add_argument("--rdflib-timeout", type=float, default=600.0)
    parser.add_argument("--only", nargs="+", metavar="TEXT",
                        help="Run only the queries whose label contains one of these strings.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="graph-bench-") as tmp:
        for triples in args.triples:
            bench(triples, args, Path(tmp))


if __name__ == "__main__":
    main()
