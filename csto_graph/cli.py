"""The command line: a thin layer over the library, one public function per command."""
from __future__ import annotations

import sys

import click

from .errors import CstoGraphError, one_line, shown_path


class _Group(click.Group):
    """Turns the package's named errors and click's usage errors (a missing or unknown
    option, a bad value, no such command) into one-line messages and exit status 2."""

    def make_context(self, info_name, args, parent=None, **extra):
        bare = not args  # (click takes the arguments off the list as it parses them)
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as exc:  # an option of the group's own (`csto-graph --bogus`)
            if bare:  # bare `csto-graph`: the help, as click shows it
                raise
            _usage_error(exc, info_name or "csto-graph")
            sys.exit(2)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            _usage_error(exc, ctx.command_path)
            ctx.exit(2)
        except CstoGraphError as exc:
            click.echo(f"csto-graph: error: {one_line(exc)}", err=True)
            ctx.exit(2)
        except BrokenPipeError:  # the reader left (`csto-graph query out met | head`): not an error of ours
            _quiet_stdout()
            ctx.exit(0)
        except OSError as exc:  # the library names what it foresees; any other failed file operation too
            where = f": {shown_path(exc.filename)}" if exc.filename else ""
            click.echo(f"csto-graph: error: {one_line(exc.strerror or exc)}{where}", err=True)
            ctx.exit(2)


def _usage_error(exc: click.UsageError, command_path: str) -> None:
    where = exc.ctx.command_path if exc.ctx is not None else command_path
    click.echo(f"csto-graph: error: {one_line(exc.format_message())} (see `{where} --help`)", err=True)


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that flushing what is left at exit
    does not raise a second broken pipe."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test runner's buffer)
        pass


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="csto-graph")
def main() -> None:
    """Turn CSTO press news into a knowledge graph, and query it.

    \b
    Example:
      csto-graph build corpus --out out
      csto-graph query out met --format csv
    """


@main.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out", required=True, type=click.Path(), help="Folder to write the graph into.")
@click.option("--model", default=None, help="spaCy pipeline (package or path) instead of en_core_web_sm.")
@click.option("--max-bytes", default=20 * 1024 * 1024, show_default=True,
              help="Skip corpus files larger than this.")
@click.option("--no-render", is_flag=True, help="Do not write graph.html and timeline.html.")
@click.option("--curation", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Curation file (default: ontology/curation.yaml).")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1),
              help="Processes for the extraction (the graph is the same for any number).")
@click.option("--cache", "cache", default=None, type=click.Path(dir_okay=False),
              help="SQLite file of cached extractions "
                   "[default: $XDG_CACHE_HOME/csto-graph/extract.sqlite, else ~/.cache/...].")
@click.option("--no-cache", is_flag=True, help="Extract every article again; do not read or write a cache.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run the extraction on this Dask cluster (e.g. tcp://10.0.0.5:8786).")
@click.option("--years-from-terms", is_flag=True,
              help="Date a page that prints a day but no year by the terms of office of the officials it names "
                   "(ontology/office_holders.yaml), when they fit one year only.")
@click.option("--full", is_flag=True,
              help="Read and link every file again, even when only new files were added since the last build.")
def build(corpus, out, model, max_bytes, no_render, curation, jobs, cache, no_cache, scheduler, years_from_terms,
          full):
    """Build the graph of CORPUS (files or folders) into --out.

    When --out holds an earlier build and the corpus only grew (new files that sort after
    the ones read before), only the new files are read, extracted and linked; the graph is
    the one a full build gives (else a full build is made, and the reason printed).
    Articles already extracted by an earlier build (same text, same pipeline version)
    come from the cache; what changed since the graph that was in --out is printed and
    written to OUT/changes.json.

    \b
    Example:
      csto-graph build corpus/ --out out
      csto-graph build big-corpus/ --out big --jobs 4 --no-render
    """
    from .pipeline.cache import default_cache_path
    from .pipeline.build import BuildConfig, build as run_build

    cache_path = None if no_cache else str(cache or default_cache_path())
    config = BuildConfig(model=model, max_bytes=max_bytes, progress=sys.stderr.isatty(),
                         render=not no_render, curation=curation, jobs=jobs, cache=cache_path,
                         scheduler=scheduler, incremental=not full, years_from_terms=years_from_terms)
    report = run_build(list(corpus), out, config,
                       on_skip=lambda s: click.echo(f"skipped {shown_path(s.path)}: {one_line(s.reason)}", err=True))
    if report.incremental:
        click.echo("incremental build: only the new files were read and linked", err=True)
    elif report.full_reason and not report.full_reason.startswith("no saved state"):
        click.echo(f"full build: {one_line(report.full_reason)}", err=True)
    click.echo(report.changes.summary(), err=True)
    click.echo(f"built {shown_path(report.out)}: {report.articles} articles, {report.people} people, "
               f"{report.organizations} organizations, {report.events} events, "
               f"{report.triples} triples, {len(report.skipped)} skipped files", err=True)
    pages = (f"page: {shown_path(report.out / 'graph.html')}  timeline: {shown_path(report.out / 'timeline.html')}"
             if not no_render else "no pages (--no-render; `csto-graph render` writes them)")
    click.echo(f"graph: {shown_path(report.out / 'graph.nt')}  {pages}", err=True)


@main.command()
@click.argument("out", type=click.Path())
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["csv", "tsv", "json", "table"]), default=None,
              help="Output format (default: table on a terminal, csv otherwise).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable (repeatable); values are bound, never pasted into the text.")
def query(out, query, fmt, params):
    """Run QUERY (a saved query name, a .rq file or SPARQL text) against the graph in OUT.

    A parameter that names a person or body (meetings, events-of, path, evidence,
    timeline) takes the name in any case, an alias, the Cyrillic form, a spelling variant
    or a surname one person has; a post (holders) a whole title. A name that fits no one,
    or several, is a one-line error naming the candidates (exit 2).

    \b
    Example:
      csto-graph query out people --format csv
      csto-graph query out meetings --param name=Shoigu --param year=2021
      csto-graph query out holders --param post="Secretary General" --param date=2021-12-08
    """
    from .errors import QueryError
    from .graph.query import format_result, run_query

    bound = {}
    for item in params:
        if "=" not in item:
            raise QueryError(f"--param {item!r} is not NAME=VALUE")
        key, value = item.split("=", 1)
        bound[key.strip()] = value
    result = run_query(out, query, bound)
    fmt = fmt or ("table" if sys.stdout.isatty() else "csv")
    sys.stdout.write(format_result(result, fmt))


@main.command("queries")
def list_queries():
    """List the saved queries."""
    from .graph.query import saved_queries

    saved = saved_queries()
    width = max(map(len, saved), default=0)  # every description in one column, however long a name
    for name, path in saved.items():
        first = path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        click.echo(f"{name:{width}}  {first}")


@main.command()
@click.argument("out", type=click.Path())
def validate(out):
    """Check the graph in OUT against the SHACL shapes; print one violation per line.

    Exits 1 when the graph does not conform.

    \b
    Example:
      csto-graph validate out
    """
    from .graph.validate import validate as run_validate

    report = run_validate(out)
    for line in report.violations:
        click.echo(line)
    click.echo(f"{out}: {'conforms' if report.conforms else f'{len(report.violations)} violations'}", err=True)
    sys.exit(0 if report.conforms else 1)


@main.command()
@click.argument("out", type=click.Path())
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv"]))
@click.option("--out", "dest", type=click.Path(), default=None,
              help="File to write (a folder for csv; - for standard output). Default: OUT/export/graph.EXT.")
@click.option("--network", "network_kind", type=click.Choice(["all", "people"]), default="all", show_default=True,
              help="For graphml, gexf, csv: people, bodies and events (all), or the person-person network "
                   "weighted by shared events (people).")
def export(out, fmt, dest, network_kind):
    """Write the graph in OUT as RDF (turtle, trig, nquads, jsonld), GraphML, GEXF or CSV.

    GEXF is dynamic (start and end dates on nodes and edges): Gephi's timeline plays it.

    \b
    Example:
      csto-graph export out --format graphml --out graph.graphml
      csto-graph export out --format csv --out tables/
      csto-graph export out --format gexf --network people --out people.gexf
    """
    from .views.export import export as run_export

    written = run_export(out, fmt, dest, network_kind)
    if str(written) != "-":
        click.echo(f"wrote {written}", err=True)


@main.command()
@click.argument("out", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text", show_default=True)
@click.option("--limit", default=None, type=click.IntRange(1), help="Print only the first N items.")
@click.option("--curation", default=None, type=click.Path(dir_okay=False),
              help="Curation file whose decisions are left out (default: the one the build read).")
def review(out, fmt, limit, curation):
    """Print the review queue of the build in OUT: names the linker left unresolved and
    pairs of people or bodies one feature short of merging, most facts first, each with its
    evidence. Items decided since the build are left out.

    \b
    Example:
      csto-graph review out
      csto-graph review out --format csv > queue.csv
    """
    from .link.decide import format_queue, pending

    items = pending(out, curation)
    sys.stdout.write(format_queue(items[:limit] if limit else items, fmt, out))
    if fmt == "text":
        click.echo(f"{len(items)} item{'s' * (len(items) != 1)} to review", err=True)


@main.command()
@click.argument("out", type=click.Path())
@click.argument("verb", metavar="same|different|alias")
@click.argument("a")
@click.argument("b")
@click.option("--by", default=None, help="Who decides (default: the user name).")
@click.option("--curation", default=None, type=click.Path(dir_okay=False),
              help="Curation file to write (default: the one the build read, ontology/curation.yaml).")
def decide(out, verb, a, b, by, curation):
    """Record that A and B are the SAME entity, DIFFERENT ones, or that A is an ALIAS of B,
    in the curation file (with who and when); the next build applies it.

    \b
    Example:
      csto-graph decide out same "Emomali Rahmon" "Emomali Rakhmonov"
      csto-graph decide out alias Rakhmonov "Emomali Rahmon" --by anna
    """
    from .link.decide import decide as run_decide

    written = run_decide(out, verb, a, b, by, curation)
    click.echo(f"{verb} {a!r} {b!r}: written to {written}; build again to apply it", err=True)


@main.command()
@click.argument("out", type=click.Path())
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, help="Port (0: any free port).")
@click.option("--timeout", default=10.0, show_default=True, help="Time limit per query, in seconds.")
@click.option("--workers", default=2, show_default=True, help="Query worker processes.")
@click.option("--cors", multiple=True, metavar="ORIGIN",
              help="Let pages from this origin (e.g. http://localhost:8888, or *) read answers (repeatable); "
                   "by default no page of another site can.")
@click.option("--allow-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Accept requests whose Host is NAME (repeatable); localhost and the --host address always are.")
def serve(out, host, port, timeout, workers, cors, allowed_hosts):
    """Serve the graph in OUT as a read-only SPARQL endpoint (SPARQL 1.1 Protocol).

    /sparql answers SELECT, ASK, CONSTRUCT and DESCRIBE in the format the Accept header
    asks for (406 if none fits); GET /sparql alone is the service description; / is the
    YASGUI query page with a tab per saved query. Queries may not change the graph or
    call other endpoints (SERVICE). A rebuild into OUT is served from the next query on.

    \b
    Example:
      csto-graph serve out --port 7878
      curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/sparql?query=SELECT...'
      csto-graph serve out --host 0.0.0.0 --allow-host graph.lan --cors http://graph.lan:8888
    """
    from .views.serve import ServeConfig, serve as run_serve

    config = ServeConfig(host=host, port=port, timeout=timeout, workers=workers, cors=tuple(cors),
                         allowed_hosts=tuple(allowed_hosts))
    run_serve(out, config, on_ready=lambda url: click.echo(
        f"serving {url} (query page: {url[:-len('sparql')]}); Ctrl-C stops", err=True))


@main.command()
@click.argument("out", type=click.Path())
@click.option("--out", "page", type=click.Path(dir_okay=False),
              help="Page to write (default: OUT/graph.html, OUT/timeline.html with --timeline; for a part of "
                   "the graph, graph-PART.html in the current folder, never the build's own page).")
@click.option("--person", default=None,
              help="Show only this person and what is around (any form of the name, an id or an IRI).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0), help="Steps around --person.")
@click.option("--since", default=None, help="Keep events from this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", default=None, help="Keep events up to this date.")
@click.option("--timeline", is_flag=True, help="Write the timeline of posts and events instead.")
@click.option("--no-inferred", is_flag=True,
              help="Leave out the participants named only by a title and resolved by the date (drawn dashed).")
def render(out, page, person, depth, since, until, timeline, no_inferred):
    """Write the interactive page of the graph in OUT (one offline HTML file).

    \b
    Example:
      csto-graph render out --person "Imangali Tasmagambetov" --depth 1 --out tasmagambetov.html
      csto-graph render out --timeline
      csto-graph render out --no-inferred --out graph-as-written.html
    """
    from pathlib import Path

    from .vocab.gazetteer import slug
    from .graph.store import load_graph
    from .views.network import ViewError, in_range
    from .views.pages import render_graph_page, render_timeline_page

    if since and until and not in_range(since, None, until):
        raise ViewError(f"--since {since} is after --until {until}")
    shown = person
    if person:
        from .graph.resolve import load_index

        index = load_index(out)
        person = index.resolve(person, ("person",))  # one error, with the closest names, before any work
        shown = index.label(person)
    if timeline:
        if person or since or until:
            raise ViewError("--timeline draws every post and event; --person, --since and --until "
                                   "choose a part of the graph page (leave out --timeline)")
        written = render_timeline_page(load_graph(out), page or Path(out) / "timeline.html",
                                       inferred=not no_inferred)
    else:
        part = "-".join(x for x in (shown, since, until, "no-inferred" if no_inferred else None) if x)
        default = Path(f"graph-{slug(part)}.html") if part else Path(out) / "graph.html"  # never the build's page
        written = render_graph_page(load_graph(out), page or default,
                                    person=person, depth=depth, since=since, until=until, inferred=not no_inferred)
    click.echo(f"page: {written}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
