"""Running SPARQL against a built graph: saved queries, files or inline text.

Saved queries are the ``.rq`` files in ``csto_graph/queries``. Parameters are passed
as bindings (``substitutions`` of Oxigraph), never formatted into the query text.

>>> {"people", "organizations", "posts", "events", "participants", "met"} <= set(saved_queries())
True
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import QueryError
from ..vocab.resources import QUERY_DIR
from .guard import check_query, is_update
from .store import cached_store

PREFIXES = """PREFIX csto: <https://w3id.org/csto-graph/ontology#>
PREFIX id: <https://w3id.org/csto-graph/id/>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX time: <http://www.w3.org/2006/time#>
"""


@dataclass(frozen=True)
class Result:
    """A query's answer: column names and rows of plain strings ("" when unbound).

    ``datatypes`` holds, per column, the datatype IRIs of its literals (``"iri"`` for an
    IRI), so that a reader can type the column (the Python API makes integers numbers).
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    datatypes: tuple[frozenset, ...] = ()


def saved_queries() -> dict[str, Path]:
    """Name -> path of every saved query shipped with the package."""
    return {p.stem: p for p in sorted(QUERY_DIR.glob("*.rq"))}


def resolve_query(query: str) -> tuple[str, str]:
    """(name, SPARQL text) for a saved query name, a ``.rq`` path, or inline SPARQL."""
    saved = saved_queries()
    if query in saved:
        return query, saved[query].read_text(encoding="utf-8")
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 400 and "\n" not in query and path.is_file()):
        if not path.is_file():
            raise QueryError(f"no query file {query}")
        return path.stem, path.read_text(encoding="utf-8")
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", query, re.IGNORECASE):
        return "inline", query
    if len(query.split()) > 1 and is_update(query):  # refused by check_query, with the reason
        return "inline", query
    raise QueryError(f"unknown query {query!r}; saved queries: {', '.join(sorted(saved))}")


def required_parameters(text: str) -> list[str]:
    """Parameters a saved query declares with a ``# param: NAME`` comment line, but for
    those marked ``(optional)``."""
    optional = optional_parameters(text)
    return [p for p in parameter_variables(text) if p not in optional]


def optional_parameters(text: str) -> set[str]:
    """Parameters declared ``# param: NAME (optional)``: a row filter, left unbound when not given.

    >>> sorted(optional_parameters("# param: inferred (optional)\\n# param: flag [boolean] (optional)\\n"
    ...                            "# param: date\\nSELECT ..."))
    ['flag', 'inferred']
    """
    return set(re.findall(r"^#\s*param:\s*(\w+)(?:[ \t]+\?\w+)?(?:[ \t]+\[[\w|]+\])?[ \t]+\(optional\)", text,
                          re.MULTILINE))


def parameter_variables(text: str) -> dict[str, str]:
    """Parameter name -> the variable it binds, from ``# param: NAME [?VARIABLE] [[KINDS]]`` lines.

    A parameter binds ``?NAME`` unless the line names another variable (so that a
    result column may keep the parameter's name). Oxigraph substitutes only variables
    of the ``SELECT`` clause, so a saved query projects the variables it declares.

    >>> parameter_variables("# param: post ?post_text [post]\\n# param: date\\nSELECT ...")
    {'post': 'post_text', 'date': 'date'}
    """
    return {name: variable or name for name, variable, _ in _PARAM.findall(text)}


def parameter_kinds(text: str) -> dict[str, tuple[str, ...]]:
    """Parameter name -> what it names, from the ``[person|body]`` of its ``# param:`` line.

    A parameter that names a person, body or post is resolved by
    :mod:`csto_graph.graph.resolve` before the query runs (a person or body to its IRI,
    bound as such; a post checked, then bound as the title). ``iri`` lets any IRI through
    as it is (``evidence`` takes an event's too).

    >>> parameter_kinds("# param: name ?who [person|body]\\n# param: date\\nSELECT ...")
    {'name': ('person', 'body')}
    """
    return {name: tuple(kinds.split("|")) for name, _, kinds in _PARAM.findall(text) if kinds}


_PARAM = re.compile(r"^#\s*param:\s*(\w+)(?:[ \t]+\?(\w+))?(?:[ \t]+\[([\w|]+)\])?", re.MULTILINE)
# Kinds of value a parameter may be declared to take (``# param: date [date]``), checked
# before the query runs: a value of another shape would match nothing and answer no rows,
# which reads as "no one" rather than as the typing slip it is.
_VALUE_KINDS = {
    "date": (re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$"), "a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    "boolean": (re.compile(r"^(true|false)$"), "true or false"),
    "year": (re.compile(r"^\d{4}$"), "a year (YYYY)"),
}


def check_values(text: str, params: dict[str, str]) -> None:
    """Raise :class:`~csto_graph.errors.QueryError` for a parameter whose value is not of
    the kind its ``# param:`` line declares (``[date]``, ``[boolean]``).

    >>> check_values("# param: date [date]\\nSELECT ?date WHERE {}", {"date": "2021-12"})
    >>> check_values("# param: date [date]\\nSELECT ?date WHERE {}", {"date": "2021-13"})
    Traceback (most recent call last):
    ...
    csto_graph.errors.QueryError: --param date='2021-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
    """
    import datetime

    for name, kinds in parameter_kinds(text).items():
        value = params.get(name)
        for kind in kinds:
            if value is None or kind not in _VALUE_KINDS:
                continue
            shape, said = _VALUE_KINDS[kind]
            ok = bool(shape.match(value))
            if ok and kind == "date":
                try:
                    datetime.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
                except ValueError:
                    ok = False
            if not ok:
                raise QueryError(f"--param {name}={value!r} is not {said}")


def bind_names(out: str, text: str, params: dict[str, str]) -> dict[str, str]:
    """The parameters with each name of a person or body replaced by the IRI it names.

    Raises :class:`~csto_graph.graph.resolve.UnknownNameError` (with the closest names) or
    :class:`~csto_graph.graph.resolve.AmbiguousNameError` (with the names it could be).
    """
    kinds = {name: found for name, found in parameter_kinds(text).items()
             if not set(found) <= set(_VALUE_KINDS)}  # a date or a flag names no one
    if not any(k in params for k in kinds):
        return params
    from .resolve import load_index

    index = load_index(out)
    bound = dict(params)
    for name, allowed in kinds.items():
        value = params.get(name)
        if value is None:
            continue
        if "iri" in allowed and re.match(r"^https?://\S+$", value):
            continue  # any node's IRI, as it is
        wanted = tuple(k for k in allowed if k != "iri")
        if "post" in wanted:  # the query matches the whole title itself: a Russian one as its English post
            bound[name] = index.post_title(value)
        else:
            bound[name] = index.resolve(value, wanted)
    return bound


_AT = re.compile(r"^error at (\d+):(\d+): (.*)$", re.DOTALL)
_RANGE = re.compile(r"\[[^\[\]]*\]")  # a character class of the grammar: ['A' ..= 'Z' | ...]
SHOWN_EXPECTED = 8  # tokens of Oxigraph's "expected one of" list kept in the one-line error


def syntax_message(message: str) -> str:
    r"""Oxigraph's syntax error as one short line, at the line of the text the user wrote.

    The query runs after :data:`PREFIXES`, so Oxigraph counts their lines too; its list of
    the tokens it expected runs over several lines of character classes.

    >>> syntax_message('error at 11:18: expected one of "(", "{", [\'0\'..=\'9\'], [_]')
    ' at line 1, column 18: expected one of "(", "{"'
    >>> syntax_message("error at 11:5: expected one of Prefix not found, ['%'], [':']")
    ' at line 1, column 5: unknown prefix (PREFIX it, or use csto:, id:, schema:, org:, prov:, skos:, rdfs:, rdf:, xsd:, time:)'
    """
    found = _AT.match(message.strip())
    if not found:
        return ": " + " ".join(message.split())[:300]
    line = int(found.group(1)) - PREFIXES.count("\n")
    where = f" at line {line}, column {found.group(2)}" if line >= 1 else ""
    said = " ".join(found.group(3).split())
    if "Prefix not found" in said:
        known = ", ".join(re.findall(r"PREFIX (\w+):", PREFIXES))
        return f"{where}: unknown prefix (PREFIX it, or use {known.replace(', ', ':, ')}:)"
    if said.startswith("expected one of "):
        tokens = [t.strip() for t in _RANGE.sub("", said[len("expected one of "):]).split(", ")]
        tokens = [t for t in tokens if t]
        said = "expected one of " + ", ".join(tokens[:SHOWN_EXPECTED]) + (", …" if len(tokens) > SHOWN_EXPECTED else "")
    return f"{where}: {said[:300]}"


def _term(name: str, value: str):
    from pyoxigraph import Literal, NamedNode

    if re.match(r"^https?://\S+$", value):
        try:
            return NamedNode(value)
        except ValueError as exc:  # "http://a>b": shaped like an IRI, but not one
            raise QueryError(f"--param {name}={value!r} is not a valid IRI ({exc})") from None
    return Literal(value)


def _variable(name: str):
    from pyoxigraph import Variable

    try:
        return Variable(name)
    except ValueError:
        raise QueryError(f"--param {name!r} is not a SPARQL variable name") from None


def _cell(term) -> str:
    if term is None:
        return ""
    return term.value


def run_query(out: str, query: str, params: dict[str, str] | None = None) -> Result:
    """Run a saved query (by name), a ``.rq`` file, or SPARQL text against ``out``.

    The text is checked first (:func:`~csto_graph.graph.guard.check_query`): updates and
    ``SERVICE`` raise :class:`~csto_graph.errors.QueryRefusedError`, a query too deep to
    run safely :class:`~csto_graph.errors.QueryTooDeepError`.

    The store is opened read-only once and kept for the next call while the folder holds
    the same build (:func:`~csto_graph.graph.store.cached_store`).
    """
    from pyoxigraph import QueryBoolean, QuerySolutions

    name, text = resolve_query(query)
    params = dict(params or {})
    declared = parameter_variables(text)
    missing = [p for p in required_parameters(text) if p not in params]
    if missing:
        raise QueryError(f"query {name} needs --param {missing[0]}=VALUE")
    check_query(text)  # no update, no SERVICE, nothing deep enough to crash Oxigraph
    check_values(text, params)  # a date or flag of another shape is a typing slip, not "no rows"
    store = cached_store(out)
    params = bind_names(out, text, params)
    substitutions = {_variable(declared.get(k, k)): _term(k, v) for k, v in params.items()}
    try:
        answer = store.query(PREFIXES + text, substitutions=substitutions)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL in {name}{syntax_message(str(exc))}") from None
    except RuntimeError:  # a bound variable that the SELECT clause does not list
        raise QueryError(_unbindable(name, text, params, declared)) from None
    except OSError as exc:
        raise QueryError(f"query {name} failed: {exc}") from None
    if isinstance(answer, (bool, QueryBoolean)):  # ASK
        return Result(("result",), (("true" if bool(answer) else "false",),))
    if not isinstance(answer, QuerySolutions):
        rows = tuple((_cell(t.subject), _cell(t.predicate), _cell(t.object)) for t in answer)
        return Result(("subject", "predicate", "object"), rows)
    columns = tuple(v.value for v in answer.variables)
    seen = [set() for _ in columns]
    rows = []
    for solution in answer:
        terms = [solution[c] for c in columns]
        for kinds, term in zip(seen, terms):
            if term is not None:
                kinds.add(_datatype(term))
        rows.append(tuple(_cell(t) for t in terms))
    return Result(columns, tuple(rows), tuple(frozenset(k) for k in seen))


def _unbindable(name: str, text: str, params: dict[str, str], declared: dict[str, str]) -> str:
    """Why a parameter could not be bound: a saved query names those it takes; a query of
    the user's own (no ``# param:`` line) is told that only the variables its ``SELECT``
    clause lists can be bound (Oxigraph substitutes no other).

    >>> _unbindable("inline", "SELECT ?e WHERE { ?e ?p ?where }", {"where": "Minsk"}, {})
    'query inline: --param where binds ?where, which its SELECT clause does not list (only the variables SELECT names can be bound: SELECT ?where ... or SELECT *)'
    >>> _unbindable("met", "# param: inferred\\nSELECT ...", {"year": "2021"}, {"inferred": "inferred"})
    'query met has no parameter year (it takes: inferred)'
    >>> _unbindable("people", "SELECT ...", {"x": "1"}, {})
    'query people has no parameter x (it takes none)'
    """
    unknown = sorted(k for k in params if k not in declared)
    if declared or name in saved_queries():  # ``declared`` holds every "# param:" line of ``text``
        return (f"query {name} has no parameter {', '.join(unknown) or 'of those names'}"
                + (f" (it takes: {', '.join(sorted(declared))})" if declared else " (it takes none)"))
    shown = ", ".join(f"--param {k} binds ?{k}" for k in unknown)
    return (f"query {name}: {shown}, which its SELECT clause does not list (only the variables SELECT names "
            f"can be bound: SELECT ?{unknown[0]} ... or SELECT *)")


def _datatype(term) -> str:
    """The datatype IRI of a literal, ``"iri"`` for an IRI or a blank node."""
    from pyoxigraph import Literal

    return term.datatype.value if isinstance(term, Literal) else "iri"


XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
NUMBER_TYPES = {XSD + t for t in ("decimal", "double", "float")}
_JSON_KINDS = {"number": INTEGER_TYPES | NUMBER_TYPES, "boolean": {XSD + "boolean"}}


def _json_kind(datatypes: frozenset) -> str | None:
    """``number`` or ``boolean`` for a column whose every literal is of such a datatype."""
    return next((kind for kind, types in _JSON_KINDS.items() if datatypes and datatypes <= types), None)


def _json_value(cell: str, kind: str | None):
    """A cell as JSON: a number or a boolean column's cells typed (null when unbound), any other text.

    >>> _json_value("17", "number"), _json_value("2.5", "number"), _json_value("", "number"), _json_value("true", "boolean")
    (17, 2.5, None, True)
    """
    if kind is None:
        return cell
    if cell == "":
        return None
    if kind == "boolean":
        return cell in ("true", "1")
    return int(cell) if re.fullmatch(r"[+-]?\d+", cell) else float(cell)


_BREAKS = re.compile(r"[\s\x00-\x1f\x7f]+")


def _one_line(cell: str) -> str:
    """A cell as one line of a text table: runs of white space and control characters
    (a headline's line break, a tab) become one space.

    >>> _one_line("Foreign visits\\nA visit\\tto Minsk\\r\\n")
    'Foreign visits A visit to Minsk'
    """
    return _BREAKS.sub(" ", cell).strip()


def format_result(result: Result, fmt: str) -> str:
    """Render a result as csv, tsv, json or an aligned text table."""
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        return buf.getvalue()
    if fmt == "json":
        kinds = [_json_kind(k) for k in result.datatypes] or [None] * len(result.columns)
        return json.dumps([{c: _json_value(v, k) for c, v, k in zip(result.columns, row, kinds)} for row in result.rows],
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "table":  # for the eyes: a line break or tab inside a cell would break its row, so it is a space
        shown = [tuple(_one_line(c) for c in row) for row in result.rows]
        result = Result(result.columns, tuple(shown), result.datatypes)
        widths = [min(60, max([len(c)] + [len(r[i]) for r in result.rows])) for i, c in enumerate(result.columns)]
        def line(cells):
            return "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, widths)).rstrip()
        out = [line(result.columns), line(["-" * w for w in widths])]
        out += [line(r) for r in result.rows]
        return "\n".join(out) + "\n"
    raise QueryError(f"unknown format {fmt!r} (csv, tsv, json, table)")
