"""The saved queries of the graph layer, run through run_query on hand-written graphs."""
from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import SENTENCE, write_kb

from csto_graph.errors import QueryError
from csto_graph.graph.resolve import UnknownNameError
from csto_graph.models import Event, Evidence, Occupancy, Person, Role
from csto_graph.graph.query import parameter_variables, run_query, saved_queries

ID = "https://w3id.org/csto-graph/id/"
PETROV, SAPAROV, IVANOV, SMIRNOV = (f"{ID}person/p-{x}" for x in "abcd")
SESSION = f"{ID}event/2021-12-08-session-csc"
INJECTION = 'x" } ; DROP ALL ; #'


def rows(result) -> list[dict[str, str]]:
    return [dict(zip(result.columns, row)) for row in result.rows]


@pytest.fixture
def rich_out(tmp_path, tiny_kb):
    """The tiny graph plus two people and three events: a chain Petrov - Saparov - Ivanov - Smirnov.

    Petrov has an alias holding SPARQL-injection text, to show it is matched as a value.
    """
    ev = tiny_kb.events[0].evidence[0]
    extra = Evidence(ev.article, ev.path, 100, 150, "Saparov held talks with Ivanov.")
    people = (replace(tiny_kb.people[0], aliases=("Petrov", INJECTION)), tiny_kb.people[1],
              Person("p-c", "Oleg Ivanov", (), None, (), (extra,)),
              Person("p-d", "Dmitry Smirnov", (), None, (), (extra,)))

    def event(id_, date, *who):
        return Event(id_, "talks", "Talks", date, None, None, None, False,
                     tuple(Role(p, "participant", extra) for p in who), (ev.article,), (extra,))

    events = tiny_kb.events + (event("2022-03-10-talks", "2022-03-10", "p-a", "p-b"),
                               event("2022-05-talks", "2022-05", "p-b", "p-c"),
                               event("2023-talks", "2023", "p-c", "p-d"))
    return write_kb(replace(tiny_kb, people=people, events=events), tmp_path / "rich")


def test_every_saved_query_starts_with_a_description():
    for name, path in saved_queries().items():
        assert path.read_text(encoding="utf-8").startswith("# "), name


def test_parameters_can_bind_a_variable_of_another_name():
    assert parameter_variables((saved_queries()["holders"]).read_text()) == {"post": "post_text", "date": "date"}


# ------------------------------------------------------------------------ evidence


def test_evidence_of_a_person_covers_name_post_and_participation(tiny_out):
    found = rows(run_query(str(tiny_out), "evidence", {"subject": PETROV}))
    assert [(r["property"].rsplit("#", 1)[-1], r["value"]) for r in found] == [
        ("label", "Ivan Petrov"),
        ("hasMembership", "Minister of Defense"),
        ("participation", "chair: Session of the Collective Security Council"),
    ]
    first = found[0]
    assert first["subject"] == PETROV
    assert (first["sentence"], first["source_file"], first["char_start"], first["char_end"]) == \
        (SENTENCE, "corpus/x.txt", "0", str(len(SENTENCE)))
    assert first["article"] == f"{ID}article/a000000000001"


def test_evidence_of_an_event_lists_its_participants(tiny_out):
    found = rows(run_query(str(tiny_out), "evidence", {"subject": SESSION}))
    assert sorted(r["value"] for r in found) == [
        "Session of the Collective Security Council", "chair: Ivan Petrov", "participant: Arman Saparov"]


def test_evidence_of_an_organization_lists_posts_held_in_it(tiny_out):
    found = rows(run_query(str(tiny_out), "evidence", {"subject": f"{ID}org/csto"}))
    assert sorted(r["value"] for r in found) == [
        "CSTO Secretary General: Arman Saparov", "Collective Security Treaty Organization"]


# ------------------------------------------------------------------------- holders


@pytest.mark.parametrize("date", ["2021-06", "2021-06-01", "2021-07-15", "2021-12-08"])
def test_holder_found_on_a_date_within_first_and_last_evidence(tiny_out, date):
    found = rows(run_query(str(tiny_out), "holders", {"post": "secretary general", "date": date}))
    assert [(r["person"], r["name"], r["post"], r["organization"], r["start"], r["end"], r["status"], r["basis"])
            for r in found] == [
        (SAPAROV, "Arman Saparov", "Secretary General", "Collective Security Treaty Organization",
         "2021-06", "2021-12-08", "held", "evidence")]


@pytest.mark.parametrize("date", ["2021-05-31", "2021-05", "2021-12-09", "2022", "2020", "2021"])
def test_no_holder_outside_the_evidence(tiny_out, date):
    # a year or a month stands for its first day: 2021 is 2021-01-01, before the first evidence
    assert run_query(str(tiny_out), "holders", {"post": "Secretary General", "date": date}).rows == ()


@pytest.mark.parametrize("post", ["CSTO SECRETARY-GENERAL", "the Secretary General of the CSTO",
                                  "Secretary General of the Collective Security Treaty Organization"])
def test_holder_post_matches_a_whole_title_with_or_without_its_body(tiny_out, post):
    assert [r[1] for r in run_query(str(tiny_out), "holders", {"post": post, "date": "2021-10"}).rows] == \
        ["Arman Saparov"]


@pytest.mark.parametrize("post", ["CSTO SECRETARY", "minister of def", "General", "Deputy Secretary General"])
def test_holder_post_never_matches_part_of_a_title(tiny_out, post):
    with pytest.raises(UnknownNameError, match=f"no post matches '{post}'"):
        run_query(str(tiny_out), "holders", {"post": post, "date": "2021-12-08"})


def test_holder_post_of_a_deputy_is_not_the_post_it_deputises(tmp_path, tiny_kb):
    deputy = Occupancy("p-a--deputy-secretary-general--csto", "p-a", "Deputy Secretary General of the CSTO",
                       "Deputy Secretary General", "csto", ("2021-12-08",), tiny_kb.occupancies[0].evidence)
    out = write_kb(replace(tiny_kb, occupancies=tiny_kb.occupancies + (deputy,)), tmp_path / "deputy")
    assert [r[1] for r in run_query(str(out), "holders", {"post": "Secretary General", "date": "2021-12-08"}).rows] \
        == ["Arman Saparov"]
    assert [r[1] for r in run_query(str(out), "holders", {"post": "Deputy Secretary General",
                                                          "date": "2021-12-08"}).rows] == ["Ivan Petrov"]


def test_holder_of_a_state_post(tiny_out):
    found = run_query(str(tiny_out), "holders", {"post": "minister of defense", "date": "2021-12-08"})
    assert [(r[1], r[3]) for r in found.rows] == [("Ivan Petrov", "Russian Federation")]


# ----------------------------------------------------------------------- events-of


@pytest.mark.parametrize("name", ["Ivan Petrov", "ivan petrov", "PETROV", PETROV])
def test_events_of_a_person_by_name_alias_or_iri(tiny_out, name):
    found = rows(run_query(str(tiny_out), "events-of", {"name": name}))
    assert [(r["event"], r["type"], r["label"], r["date"], r["place"], r["role"]) for r in found] == [
        (SESSION, "session", "Session of the Collective Security Council", "2021-12-08", "Moscow", "chair")]


def test_events_of_a_body_by_alias(tiny_out):
    found = rows(run_query(str(tiny_out), "events-of", {"name": "csc"}))
    assert [(r["event"], r["role"], r["who"]) for r in found] == [(SESSION, "organizer", f"{ID}org/csto-csc")]


def test_events_of_needs_a_whole_name_not_a_fragment(tiny_out):
    with pytest.raises(UnknownNameError, match="no person or body matches 'petr': did you mean Ivan Petrov"):
        run_query(str(tiny_out), "events-of", {"name": "petr"})


def test_events_of_a_person_by_a_spelling_variant_or_in_cyrillic(tiny_out):
    for name in ("Ivan Petrow", "Петров", "Иван Петров"):  # w/v; folded to "petrov"
        assert {r["who"] for r in rows(run_query(str(tiny_out), "events-of", {"name": name}))} == {PETROV}, name


# ------------------------------------------------------------------------ meetings


def test_meetings_count_shared_events(rich_out):
    found = rows(run_query(str(rich_out), "meetings", {"name": "Arman Saparov"}))
    assert [(r["other"], r["date"], r["place"], r["times"]) for r in found] == [
        ("Ivan Petrov", "2021-12-08", "Moscow", "2"),
        ("Ivan Petrov", "2022-03-10", "", "2"),
        ("Oleg Ivanov", "2022-05", "", "1"),
    ]
    assert found[0]["event"] == SESSION


def test_meetings_of_one_year(rich_out):
    # "whom did Saparov meet in 2022?": the year of the event, whatever the date's precision
    found = rows(run_query(str(rich_out), "meetings", {"name": "Arman Saparov", "year": "2022"}))
    assert [(r["other"], r["date"], r["year"]) for r in found] == [("Ivan Petrov", "2022-03-10", "2022"),
                                                                   ("Oleg Ivanov", "2022-05", "2022")]
    assert rows(run_query(str(rich_out), "meetings", {"name": "Arman Saparov", "year": "2020"})) == []


def test_meetings_year_must_be_a_year(rich_out):
    with pytest.raises(QueryError, match="is not a year"):
        run_query(str(rich_out), "meetings", {"name": "Arman Saparov", "year": "2022-03"})


@pytest.mark.parametrize("name", ["Ivan Petrov", "iVAN pETROV", "petrov", "PETROV", PETROV])
def test_meetings_find_a_person_by_name_or_alias_in_any_case_or_by_iri(rich_out, name):
    found = rows(run_query(str(rich_out), "meetings", {"name": name}))
    assert [(r["person"], r["other"], r["date"], r["place"], r["times"]) for r in found] == [
        (PETROV, "Arman Saparov", "2021-12-08", "Moscow", "2"),
        (PETROV, "Arman Saparov", "2022-03-10", "", "2"),
    ]
    assert {r["name"] for r in found} == {"Ivan Petrov"}  # the canonical name, whatever was typed


def test_meetings_match_a_cyrillic_alias_in_any_case(tmp_path, tiny_kb):
    people = (replace(tiny_kb.people[0], aliases=("Петров", "Иван ПЕТРОВ")), tiny_kb.people[1])
    out = write_kb(replace(tiny_kb, people=people), tmp_path / "cyrillic")
    for name in ("иван петров", "ИВАН ПЕТРОВ", "пЕТРОВ"):
        assert [r[0] for r in run_query(str(out), "meetings", {"name": name}).rows] == ["Arman Saparov"], name


def test_meetings_of_an_unknown_person_is_an_error(tiny_out):
    with pytest.raises(UnknownNameError, match="no person matches 'Nobody'"):
        run_query(str(tiny_out), "meetings", {"name": "Nobody"})


@pytest.mark.parametrize("name", ["csc", f"{ID}org/csto-csc", f"{ID}event/2021-12-08-session-csc"])
def test_meetings_take_only_people(tiny_out, name):
    with pytest.raises(UnknownNameError, match="no person matches"):
        run_query(str(tiny_out), "meetings", {"name": name})


def test_meetings_rows_carry_the_event_the_roles_and_the_sentence(tiny_out):
    found = rows(run_query(str(tiny_out), "meetings", {"name": "Petrov"}))
    assert [(r["other"], r["label"], r["type"], r["role"], r["other_role"], r["sentence"]) for r in found] == [
        ("Arman Saparov", "Session of the Collective Security Council", "session", "chair", "participant", SENTENCE)]


def test_meetings_list_dated_rows_in_date_order_and_undated_last(rich_out, tiny_kb):
    found = rows(run_query(str(rich_out), "meetings", {"name": "Oleg Ivanov"}))
    assert [(r["other"], r["date"]) for r in found] == [("Arman Saparov", "2022-05"), ("Dmitry Smirnov", "2023")]


@pytest.mark.parametrize("query", ["meetings", "events-of"])
def test_a_saved_query_run_without_its_binding_matches_no_one(tiny_out, query):
    """Run as plain SPARQL (say on the endpoint) with ``?name`` unbound, it finds nothing."""
    from pyoxigraph import Store

    from csto_graph.graph.query import PREFIXES

    store = Store.read_only(str(tiny_out / "store"))
    assert list(store.query(PREFIXES + saved_queries()[query].read_text(encoding="utf-8"))) == []


# ---------------------------------------------------------------------------- path


def test_path_between_people_who_met_is_one_hop(rich_out):
    found = rows(run_query(str(rich_out), "path", {"a": "petrov", "b": "Arman Saparov"}))
    assert [(r["via_event"], r["middle"], r["via_event2"], r["hops"]) for r in found] == [
        (SESSION, "", "", "1"), (f"{ID}event/2022-03-10-talks", "", "", "1")]


def test_path_through_a_third_person_is_two_hops(rich_out):
    found = rows(run_query(str(rich_out), "path", {"a": "Ivan Petrov", "b": "Oleg Ivanov"}))
    assert [(r["a"], r["via_event"], r["middle"], r["via_event2"], r["b"]) for r in found] == [
        ("Ivan Petrov", f"{ID}event/2021-12-08-session-csc", "Arman Saparov", f"{ID}event/2022-05-talks", "Oleg Ivanov"),
        ("Ivan Petrov", f"{ID}event/2022-03-10-talks", "Arman Saparov", f"{ID}event/2022-05-talks", "Oleg Ivanov"),
    ]


def test_path_takes_names_in_any_case_and_iris(rich_out):
    by_iri = rows(run_query(str(rich_out), "path", {"a": PETROV, "b": IVANOV}))
    by_name = rows(run_query(str(rich_out), "path", {"a": "PETROV", "b": "oleg ivanov"}))
    assert [(r["via_event"], r["middle"], r["via_event2"]) for r in by_iri] == \
        [(r["via_event"], r["middle"], r["via_event2"]) for r in by_name] != []


def test_path_stops_after_two_hops(rich_out):
    assert run_query(str(rich_out), "path", {"a": "Ivan Petrov", "b": "Dmitry Smirnov"}).rows == ()


# ------------------------------------------------------------------- parameters


def test_injection_text_in_a_parameter_is_matched_as_a_plain_value(rich_out):
    found = rows(run_query(str(rich_out), "events-of", {"name": INJECTION}))
    assert {r["who"] for r in found} == {PETROV}
    assert {r["name"] for r in found} == {"Ivan Petrov"}
    with pytest.raises(UnknownNameError, match="no post matches"):
        run_query(str(rich_out), "holders", {"post": INJECTION, "date": "2021-12-08"})
    with pytest.raises(QueryError, match="is not a date"):
        run_query(str(rich_out), "holders", {"post": "Secretary General", "date": INJECTION})
    assert len(run_query(str(rich_out), "people").rows) == 4  # the graph is intact


def test_a_missing_parameter_is_a_query_error(tiny_out):
    with pytest.raises(QueryError, match="needs --param date=VALUE"):
        run_query(str(tiny_out), "holders", {"post": "Secretary"})


def test_an_optional_parameter_may_be_left_out_and_a_required_one_may_not():
    from csto_graph.graph.query import required_parameters

    text = "# param: name\n# param: inferred (optional)\nSELECT ?name ?inferred WHERE {}"
    assert required_parameters(text) == ["name"]
    assert parameter_variables(text) == {"name": "name", "inferred": "inferred"}


def test_an_undeclared_parameter_is_a_query_error(tiny_out):
    with pytest.raises(QueryError, match="has no parameter nonsense .it takes: inferred, name."):
        run_query(str(tiny_out), "meetings", {"name": "Petrov", "nonsense": "1"})


def test_an_update_is_refused_even_after_a_prefix_on_the_same_line(tiny_out):
    with pytest.raises(QueryError, match="read-only"):
        run_query(str(tiny_out), "PREFIX ex: <http://e/> DELETE WHERE { ?s ?p ?o } # SELECT")


# ------------------------------------------------- refused: federation, updates, depth


def test_service_is_refused_and_nothing_is_fetched(tiny_out):
    """Issue #14, 2: SERVICE <http://127.0.0.1:PORT/x> made the query POST to that address."""
    from callee import recording_server

    from csto_graph.errors import QueryRefusedError

    with recording_server() as (url, seen):
        with pytest.raises(QueryRefusedError, match="SERVICE is refused"):
            run_query(str(tiny_out), f"SELECT ?s WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}")
    assert seen == []


def test_load_is_refused_as_read_only(tiny_out):
    from csto_graph.errors import QueryRefusedError

    with pytest.raises(QueryRefusedError, match="read-only"):
        run_query(str(tiny_out), "LOAD <http://127.0.0.1:9/x>")


def test_a_query_nested_past_the_limit_is_refused_before_oxigraph(tiny_out):
    """Issue #14, 9: 8,000 brackets crashed the process; past the limit is a QueryError."""
    from csto_graph.errors import QueryTooDeepError

    deep = "SELECT * WHERE " + "{" * 100 + "?s ?p ?o" + "}" * 100
    with pytest.raises(QueryTooDeepError, match="deep"):
        run_query(str(tiny_out), deep)


def test_an_ask_query_answers_true_or_false(tiny_out):
    assert run_query(str(tiny_out), "ASK { ?s a schema:Person }").rows == (("true",),)
    assert run_query(str(tiny_out), "ASK { ?s a schema:Nothing }").rows == (("false",),)


def test_a_parameter_the_query_does_not_take_is_named_in_one_line(tiny_out):
    with pytest.raises(QueryError, match="has no parameter foo .it takes none."):
        run_query(str(tiny_out), "people", {"foo": "bar"})


# ----------------------------------------------------------------------------- met


def test_met_keeps_the_contracts_five_columns_first_then_the_event_roles_and_sentence(tiny_out):
    found = run_query(str(tiny_out), "met")
    assert found.columns[:5] == ("person_a", "person_b", "date", "place", "event")
    row = rows(found)[0]
    assert (row["label"], row["type"], row["role_a"], row["role_b"], row["sentence"], row["iri_a"], row["iri_b"]) == (
        "Session of the Collective Security Council", "session", "participant", "chair", SENTENCE, SAPAROV, PETROV)


def test_met_lists_dated_rows_in_date_order_and_undated_last(rich_out, tiny_kb):
    ev = tiny_kb.events[0].evidence[0]
    undated = Event("undated-talks", "talks", "Talks", None, None, None, None, False,
                    (Role("p-a", "participant", ev), Role("p-b", "participant", ev)), (ev.article,), (ev,))
    out = write_kb(replace(tiny_kb, events=(undated,) + tiny_kb.events), rich_out.parent / "undated")
    assert [r["date"] for r in rows(run_query(str(out), "met"))] == ["2021-12-08", ""]
    assert [r["date"] for r in rows(run_query(str(rich_out), "met"))] == ["2021-12-08", "2022-03-10", "2022-05", "2023"]


def test_posts_name_a_state_by_its_official_and_its_short_name(tiny_out):
    # the gazetteer's short name ("Russia") follows the official one; a body keeps its name
    got = {r["post"]: r["organization"] for r in rows(run_query(tiny_out, "posts"))}
    assert got == {"Minister of Defense": "Russian Federation (Russia)",
                   "CSTO Secretary General": "Collective Security Treaty Organization"}


def test_a_state_whose_short_name_is_not_among_its_aliases_is_named_by_its_name_alone(tmp_path, tiny_kb):
    orgs = tuple(replace(o, aliases=()) if o.id == "russia" else o for o in tiny_kb.organizations)
    out = write_kb(replace(tiny_kb, organizations=orgs), tmp_path / "out")
    got = {r["post"]: r["organization"] for r in rows(run_query(out, "posts"))}
    assert got["Minister of Defense"] == "Russian Federation"


@pytest.mark.parametrize("date", ["yesterday", "08.12.2021", "2021-13", "2021-02-30", "21-12-08", "2021-12-08T10:00"])
def test_a_date_parameter_not_shaped_as_an_iso_date_is_a_one_line_error(tiny_out, date):
    # it would match no tenure and answer no rows, which reads as "nobody held the post"
    with pytest.raises(QueryError, match=r"^--param date=.* is not a date \(YYYY, YYYY-MM or YYYY-MM-DD\)$"):
        run_query(str(tiny_out), "holders", {"post": "Secretary General", "date": date})


@pytest.mark.parametrize("query", ["met", "meetings"])
def test_the_inferred_flag_takes_true_or_false_only(tiny_out, query):
    params = {"name": "Arman Saparov"} if query == "meetings" else {}
    assert run_query(str(tiny_out), query, {**params, "inferred": "false"}).rows
    with pytest.raises(QueryError, match=r"^--param inferred='no' is not true or false$"):
        run_query(str(tiny_out), query, {**params, "inferred": "no"})


def test_a_syntax_error_names_the_line_of_the_text_written_and_fits_one_short_line(tiny_out, tmp_path):
    # the query runs after the prefixes the package declares: Oxigraph counted their lines too
    path = tmp_path / "broken.rq"
    path.write_text("SELECT ?x\nWHERE {\n  ?x schema:name\n}\n", encoding="utf-8")
    with pytest.raises(QueryError) as caught:
        run_query(str(tiny_out), str(path), {})
    message = str(caught.value)
    assert message.startswith("malformed SPARQL in broken at line 4, column 1: expected one of ")
    assert "\n" not in message and len(message) < 200 and "..=" not in message


def test_an_unknown_prefix_is_said_as_such_with_the_prefixes_declared(tiny_out):
    with pytest.raises(QueryError, match=r"at line 1, column \d+: unknown prefix \(PREFIX it, or use csto:, id:, "):
        run_query(str(tiny_out), "SELECT ?x WHERE { ?x foo:bar ?y }", {})


@pytest.mark.parametrize("query", ["events", "participants"])
def test_events_and_participants_list_dated_rows_in_date_order_and_undated_last(rich_out, tiny_kb, query):
    # as met, meetings and timeline do: an empty date sorted first, before 2010
    ev = tiny_kb.events[0].evidence[0]
    undated = Event("undated-talks", "talks", "Talks", None, None, None, None, False,
                    (Role("p-a", "participant", ev),), (ev.article,), (ev,))
    events = (undated,) + tuple(e for e in tiny_kb.events)
    out = write_kb(replace(tiny_kb, events=events), rich_out.parent / f"undated-{query}")
    dates = [r["date"] for r in rows(run_query(str(out), query))]
    assert dates and dates[-1] == "" and "" not in dates[:-1] and dates[:-1] == sorted(dates[:-1])


def test_binding_a_variable_ones_own_select_does_not_list_says_so(tiny_out):
    # Oxigraph binds only projected variables: the error says which, not "it takes none"
    text = "SELECT ?person WHERE { ?person a schema:Person ; schema:name ?name }"
    with pytest.raises(QueryError, match=r"--param name binds \?name, which its SELECT clause does not list"):
        run_query(str(tiny_out), text, {"name": "Ivan Petrov"})
    rows = run_query(str(tiny_out), text.replace("SELECT ?person", "SELECT ?person ?name"), {"name": "Ivan Petrov"}).rows
    assert [r[1] for r in rows] == ["Ivan Petrov"]


def test_a_table_keeps_one_line_per_row_when_a_cell_holds_a_line_break():
    from csto_graph.graph.query import Result, format_result

    result = Result(("title", "date"), (("Visits abroad\nA visit to Minsk", "2021-06-01"), ("A\tsession", "")))
    lines = format_result(result, "table").splitlines()
    assert len(lines) == 4 and lines[2].split("  ")[0] == "Visits abroad A visit to Minsk"
    assert lines[2].endswith("2021-06-01") and lines[3].startswith("A session")
    assert "Visits abroad\nA visit" in format_result(result, "csv")  # csv and json keep the text as it is


def test_json_gives_numbers_for_integer_columns_and_text_for_the_rest(tiny_out):
    import json

    from csto_graph.graph.query import format_result

    text = 'SELECT ?name (COUNT(?e) AS ?events) WHERE { ?p schema:name ?name . OPTIONAL { ?e csto:participation/csto:agent ?p } } GROUP BY ?name'
    rows = json.loads(format_result(run_query(str(tiny_out), text), "json"))
    petrov = next(r for r in rows if r["name"] == "Ivan Petrov")
    assert petrov["events"] == 1 and isinstance(petrov["name"], str)
