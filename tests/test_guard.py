"""The checks on SPARQL text before it reaches Oxigraph: keywords only outside strings, IRIs, comments."""
from __future__ import annotations

import pytest

from csto_graph.errors import QueryRefusedError, QueryTooDeepError
from csto_graph.graph.guard import MAX_NESTING, MAX_OPERATORS, MAX_TOKENS, check_query, is_update
from csto_graph.graph.query import saved_queries


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:9/x> { ?s ?p ?o } }",
    "SELECT * WHERE { VALUES ?u { <http://127.0.0.1:9/x> } SERVICE ?u { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p 'a' . # comment\nSERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ex:a\\#b ?o . SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p '''it''s''' . SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
    # Oxigraph reads a keyword glued to what precedes or follows it; the first four call out
    "PREFIX : <http://127.0.0.1:9/> SELECT * WHERE { SERVICE:x { ?s ?p ?o } }",
    "PREFIX : <http://127.0.0.1:9/> SELECT * WHERE { BIND(1 AS ?z).SERVICE:x { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICESILENT <http://127.0.0.1:9/x> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE<http://127.0.0.1:9/x>{ ?s ?p ?o } }",
    "PREFIX : <http://127.0.0.1:9/> SELECT * WHERE { ?s ?p true.SERVICE:x { ?s ?p ?o } }",
])
def test_service_is_refused_wherever_it_hides(query):
    with pytest.raises(QueryRefusedError, match="SERVICE is refused"):
        check_query(query)


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service schema:name 'Federal Security SERVICE' }",
    "SELECT ?s WHERE { ?s <http://e/SERVICE> ?o } # SERVICE <http://127.0.0.1:9/>",
    "SELECT ?s WHERE { ?s ex:service ?o ; ex:load ?l . FILTER(?o != \"\"\"DROP\nLOAD\"\"\") }",
])
def test_words_in_names_strings_iris_and_comments_are_not_keywords(query):
    check_query(query)


@pytest.mark.parametrize("update", ["LOAD <http://127.0.0.1:9/x>", "PREFIX ex: <http://e/> DROP ALL",
                                    "# note\nINSERT DATA { <http://e/a> <http://e/b> 1 }"])
def test_updates_are_refused(update):
    assert is_update(update)
    with pytest.raises(QueryRefusedError, match="read-only"):
        check_query(update)


def test_the_issue_query_of_8000_brackets_is_refused():
    with pytest.raises(QueryTooDeepError, match=f"more than {MAX_NESTING} deep"):
        check_query("SELECT * WHERE { FILTER(" + "(" * 8000 + "1" + ")" * 8000 + ") }")


def test_nesting_up_to_the_limit_is_allowed_one_more_is_not():
    check_query("SELECT * WHERE " + "{" * MAX_NESTING + "?s ?p ?o" + "}" * MAX_NESTING)
    with pytest.raises(QueryTooDeepError):
        check_query("SELECT * WHERE " + "{" * (MAX_NESTING + 1) + "?s ?p ?o" + "}" * (MAX_NESTING + 1))


def test_a_long_chain_of_operators_is_refused():
    check_query("SELECT * WHERE { FILTER(" + "+".join(["1"] * 500) + ") }")
    with pytest.raises(QueryTooDeepError, match="operators"):
        check_query("SELECT * WHERE { FILTER(" + "+".join(["1"] * (MAX_OPERATORS + 2)) + ") }")


def test_a_flat_list_longer_than_the_token_limit_is_refused():
    with pytest.raises(QueryTooDeepError, match="tokens"):
        check_query("SELECT * WHERE { VALUES ?x { " + " ".join(["1"] * MAX_TOKENS) + " } }")


def test_every_saved_query_passes():
    for path in saved_queries().values():
        check_query(path.read_text(encoding="utf-8"))


def test_the_largest_query_allowed_runs_without_crashing_oxigraph():
    """64 nested CONCATs inside 998 MINUS clauses, run in a child process (a crash is a signal there)."""
    import subprocess
    import sys

    code = (
        "from pyoxigraph import Store\n"
        "from csto_graph.graph.guard import check_query, MAX_NESTING, MAX_OPERATORS\n"
        "deep = 'CONCAT(' * (MAX_NESTING - 2) + \"'a'\" + ')' * (MAX_NESTING - 2)\n"
        "q = ('SELECT * WHERE { BIND(' + deep + ' AS ?x) '\n"
        "     + ' '.join(['MINUS { ?s ?p ?o }'] * (MAX_OPERATORS - 5)) + ' }')\n"
        "check_query(q)\n"
        "print(len(list(Store().query(q))))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "1"), done.stderr[-300:]
