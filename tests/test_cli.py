"""The command line: thin commands, one-line errors, CSV on stdout."""
from __future__ import annotations

import csv
import io
import subprocess
import sys

from click.testing import CliRunner

from csto_graph.cli import main


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_query_prints_csv_with_a_header(tiny_out):
    result = invoke("query", str(tiny_out), "people", "--format", "csv")
    assert result.exit_code == 0
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["name"] for r in table] == ["Arman Saparov", "Ivan Petrov"]


def test_inline_sparql_is_accepted(tiny_out):
    result = invoke("query", str(tiny_out), "SELECT (COUNT(*) AS ?n) WHERE { ?p a schema:Person }",
                    "--format", "csv")
    assert result.stdout.splitlines() == ["n", "2"]


def test_unknown_saved_query_is_a_one_line_error(tiny_out):
    result = invoke("query", str(tiny_out), "nonsense")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "unknown query" in result.stderr


def test_a_folder_without_a_graph_is_a_one_line_error(tmp_path):
    result = invoke("query", str(tmp_path), "people")
    assert result.exit_code == 2 and "holds no built graph" in result.stderr


def test_build_of_a_missing_path_is_a_one_line_error(tmp_path):
    result = invoke("build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and result.stderr.count("\n") == 1


def test_build_into_a_path_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "corpus.txt").write_text("On 1 May 2022, a meeting took place.")
    (tmp_path / "file").write_text("x")
    result = invoke("build", str(tmp_path / "corpus.txt"), "--out", str(tmp_path / "file"))
    assert result.exit_code == 2 and "not a folder" in result.stderr


def test_python_dash_m_runs_the_same_cli(tiny_out):
    done = subprocess.run([sys.executable, "-m", "csto_graph", "query", str(tiny_out), "met", "--format", "csv"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[0].startswith("person_a,person_b,date,place,event,")  # the contract's five first


def test_build_uses_the_cache_it_is_given_and_prints_what_changed(tmp_path):
    from test_cache import PAGES, write_pages

    corpus = write_pages(tmp_path / "corpus", PAGES)
    cache = tmp_path / "cache.sqlite"
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--no-render", "--cache", str(cache)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "changes: first build (3 people, " in first.stderr and cache.is_file()
    second = CliRunner().invoke(main, args[:-2] + ["--no-cache", "--jobs", "2"])
    assert "changes since the last build: people +0 -0, organizations +0 -0, events +0 -0" in second.stderr


def test_build_refuses_zero_jobs(tmp_path):
    result = invoke("build", str(tmp_path), "--out", str(tmp_path / "out"), "--jobs", "0")
    assert result.exit_code == 2 and "--jobs" in result.output


def test_a_query_of_8000_brackets_is_a_one_line_error_not_a_crash(tiny_out):
    """Issue #14, 9: `csto-graph query` died of a segmentation fault on this query."""
    query = "SELECT * WHERE { FILTER(" + "(" * 8000 + "1" + ")" * 8000 + ") }"
    done = subprocess.run([sys.executable, "-m", "csto_graph", "query", str(tiny_out), query],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "nests brackets more than 64 deep" in done.stderr


def test_export_to_standard_output(tiny_out):
    result = invoke("export", str(tiny_out), "--format", "turtle", "--out", "-")
    assert result.exit_code == 0 and "schema:Person" in result.stdout


def test_an_export_gets_the_mode_of_any_new_file(tiny_out, tmp_path):
    import os

    dest = tmp_path / "g.ttl"
    assert invoke("export", str(tiny_out), "--format", "turtle", "--out", str(dest)).exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert dest.stat().st_mode & 0o777 == 0o666 & ~mask


def test_render_refuses_since_after_until(tiny_out):
    result = invoke("render", str(tiny_out), "--since", "2025", "--until", "2020")
    assert result.exit_code == 2 and result.output == "csto-graph: error: --since 2025 is after --until 2020\n"


def test_render_timeline_refuses_the_filters_it_cannot_apply(tiny_out):
    result = invoke("render", str(tiny_out), "--timeline", "--since", "2024")
    assert result.exit_code == 2 and result.output.startswith("csto-graph: error: --timeline draws")
    assert result.output.count("\n") == 1  # one line, as every other error


def test_render_of_a_person_with_nothing_in_the_range_names_them_not_their_iri(tiny_out):
    result = invoke("render", str(tiny_out), "--person", "petrov", "--since", "2030")
    assert result.exit_code == 2
    assert result.output == "csto-graph: error: 'Ivan Petrov' has no meeting or post between 2030 and …\n"


def test_a_part_of_the_graph_never_overwrites_the_build_page(tiny_out, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = (tiny_out / "graph.html").read_bytes() if (tiny_out / "graph.html").exists() else None
    result = invoke("render", str(tiny_out), "--person", "Ivan Petrov")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph-ivan-petrov.html").exists()
    after = (tiny_out / "graph.html").read_bytes() if (tiny_out / "graph.html").exists() else None
    assert before == after


def test_odd_file_names_are_built_and_each_skip_is_one_line(tmp_path):
    # issue #14: a name that is not UTF-8 stopped the build; a line break in a name split
    # the "skipped" report and could fake one
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = b"On 12 March 2023 the CSTO Secretary General Marat Abenov visited Minsk.\n"
    (corpus / "a\nskipped fake.txt: forged.txt").write_bytes(text)
    with open(bytes(corpus) + b"/\xff.txt", "wb") as handle:
        handle.write(text.replace(b"12 March", b"14 March"))
    with open(bytes(corpus) + b"/bad\xe9\nskipped x.txt", "wb") as handle:
        handle.write(b"\x00\x01\x02")
    done = subprocess.run([sys.executable, "-m", "csto_graph", "build", str(corpus), "--out", str(tmp_path / "o"),
                           "--no-cache", "--no-render"], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    skipped = [line for line in done.stderr.decode("utf-8").splitlines() if line.startswith("skipped")]
    assert skipped == [f"skipped {corpus}/bad\\xe9\\x0askipped x.txt: binary file (NUL bytes)"]
    assert b", 1 skipped files" in done.stderr
    files = (tmp_path / "o" / "graph.nt").read_text(encoding="utf-8")
    assert f'"{corpus}/\\\\xff.txt"' in files and f'"{corpus}/a\\\\x0askipped fake.txt: forged.txt"' in files


def test_a_param_shaped_like_an_iri_but_not_one_is_a_one_line_error(tiny_out):
    # issue #14: pyoxigraph's ValueError came out as a traceback
    result = invoke("query", str(tiny_out), "evidence", "--param", "subject=http://a>b")
    assert result.exit_code == 2
    assert result.stderr == ("csto-graph: error: --param subject='http://a>b' is not a valid IRI "
                             "(Invalid IRI code point '>')\n")


def test_a_param_name_that_is_no_variable_is_a_one_line_error(tiny_out):
    result = invoke("query", str(tiny_out), "people", "--param", "a b=1")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "not a SPARQL variable" in result.stderr


# -------------------------------------------------------------- names (issue #16)


def test_a_name_no_one_goes_by_is_one_line_naming_the_closest_exit_2(tiny_out):
    result = invoke("query", str(tiny_out), "meetings", "--param", "name=Arman Saparin", "--format", "csv")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "csto-graph: error: no person matches 'Arman Saparin': did you mean Arman Saparov?\n"


def test_a_name_of_several_people_lists_them_exit_2(tmp_path, tiny_kb):
    from dataclasses import replace

    from conftest import write_kb

    people = (replace(tiny_kb.people[0], aliases=()), replace(tiny_kb.people[1], name="Oleg Petrov"))
    out = write_kb(replace(tiny_kb, people=people), tmp_path / "out")
    result = invoke("query", str(out), "events-of", "--param", "name=Petrov")
    assert result.exit_code == 2
    assert result.stderr == ("csto-graph: error: 'Petrov' names 2 people: Ivan Petrov, Oleg Petrov; "
                             "give the full name or the IRI\n")


def test_a_query_parameter_takes_a_cyrillic_form_and_a_spelling_variant(tiny_out):
    for name in ("Арман Сапаров", "Saparow", "ARMAN SAPAROV"):
        result = invoke("query", str(tiny_out), "meetings", "--param", f"name={name}", "--format", "csv")
        assert result.exit_code == 0, result.stderr
        assert [r["name"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["Arman Saparov"], name


def test_a_post_title_no_post_answers_to_is_one_line_exit_2(tiny_out):
    result = invoke("query", str(tiny_out), "holders", "--param", "post=Deputy Secretary General",
                    "--param", "date=2021")
    assert result.exit_code == 2
    assert result.stderr.startswith("csto-graph: error: no post matches 'Deputy Secretary General': did you mean ")


def test_render_person_takes_any_form_of_the_name(tiny_out, tmp_path):
    for name in ("Сапаров", "saparow"):
        page = tmp_path / "p.html"
        result = invoke("render", str(tiny_out), "--person", name, "--out", str(page))
        assert result.exit_code == 0, result.output
        assert "Arman Saparov and 5 around" in page.read_text(encoding="utf-8")


def test_render_person_unknown_is_one_line_with_the_closest_exit_2(tiny_out, tmp_path):
    result = invoke("render", str(tiny_out), "--person", "Petrof", "--out", str(tmp_path / "p.html"))
    assert result.exit_code == 2 and not (tmp_path / "p.html").exists()
    assert result.stderr == "csto-graph: error: no person matches 'Petrof': did you mean Ivan Petrov?\n"


def test_build_names_the_pages_it_wrote_and_none_with_no_render(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("On 3 March 2021 the CSTO Secretary General Ivan Petrov met "
                                          "Defense Minister Arman Saparov in Minsk.", encoding="utf-8")
    bare = invoke("build", str(tmp_path / "c"), "--out", str(tmp_path / "bare"), "--no-render", "--no-cache")
    assert bare.exit_code == 0 and "no pages (--no-render" in bare.stderr and "graph.html" not in bare.stderr
    assert not (tmp_path / "bare" / "graph.html").exists()
    drawn = invoke("build", str(tmp_path / "c"), "--out", str(tmp_path / "drawn"), "--no-cache")
    last = drawn.stderr.splitlines()[-1]
    assert "page: " in last and "timeline: " in last
    assert (tmp_path / "drawn" / "graph.html").is_file() and (tmp_path / "drawn" / "timeline.html").is_file()


def test_queries_lists_every_description_in_one_column():
    result = invoke("queries")
    lines = result.output.splitlines()
    assert result.exit_code == 0 and any(l.startswith("inferred-participants ") for l in lines)
    starts = {len(l) - len(l.split(maxsplit=1)[1]) for l in lines}
    assert len(starts) == 1  # the descriptions start at one column


def test_a_reader_that_leaves_early_is_no_error(tiny_out):
    # `csto-graph query out met | head -1`: the pipe closes before the rows are written
    proc = subprocess.Popen([sys.executable, "-m", "csto_graph", "query", str(tiny_out), "people", "--format", "csv"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # nobody reads
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and b"Broken pipe" not in err and err == b""


def test_usage_errors_are_one_line_with_exit_2(tmp_path):
    cases = [
        ("build", str(tmp_path)),  # no --out
        ("query", str(tmp_path)),  # no QUERY
        ("query", str(tmp_path), "people", "--format", "xml"),
        ("query", str(tmp_path), "people", "--bogus"),
        ("frobnicate",),
        ("--bogus",),
    ]
    for args in cases:
        result = invoke(*args)
        assert result.exit_code == 2, args
        assert result.stdout == "" and result.stderr.count("\n") == 1, (args, result.stderr)
        assert result.stderr.startswith("csto-graph: error: ") and "--help" in result.stderr, args
