"""Checks on SPARQL text before it reaches Oxigraph: read-only, no federation, bounded depth.

Every query of the package (``csto-graph query``, the Python API, the endpoint) goes
through :func:`check_query` first. It reads the text with a small SPARQL lexer (strings,
IRIs, comments, prefixed names and variables are single tokens, so a word inside them is
never a keyword) and refuses:

- updates (``INSERT``, ``DELETE``, ``LOAD``, ``DROP``...): the graph is read-only;
- ``SERVICE``: Oxigraph would fetch the URL (an HTTP POST from the machine running the
  query) and return its rows, so a query could make the endpoint call any address;
- brackets nested deeper than :data:`MAX_NESTING`, more than :data:`MAX_OPERATORS`
  operators and pattern clauses, or more than :data:`MAX_TOKENS` tokens: Oxigraph parses and evaluates recursively, and a deep
  enough query overflows the stack of the process (a segmentation fault, not an error).

>>> check_query("SELECT ?s WHERE { ?s ?p 'SERVICE <http://e/> {}' } # SERVICE")
>>> check_query("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")
Traceback (most recent call last):
...
csto_graph.errors.QueryRefusedError: SERVICE is refused: queries may not call other endpoints (federation is off)
"""
from __future__ import annotations

import re

from ..errors import QueryRefusedError, QueryTooDeepError

# Measured with pyoxigraph 0.5.13 on the 8 MB main-thread stack of Linux (2026-12):
# nested CONCAT( crashes between 500 and 1000 levels, nested ( between 4000 and 8000,
# nested { and sub-SELECTs between 2000 and 4000. 64 leaves eight times the room of the
# worst of them; the saved queries nest at most 12 deep.
MAX_NESTING = 64
# Chains build left-deep trees: 2000-4000 MINUS clauses or (expr AS ?v) projections,
# 4000-8000 UNIONs, + or *, crash the same way. 64 nested CONCATs plus 1000 MINUS
# clauses run (tests/test_query.py); the saved queries use at most 30.
MAX_OPERATORS = 1000
# Flat lists crash too, later: 16000 triple patterns (or objects after commas) do.
# The saved queries have at most 300 tokens.
MAX_TOKENS = 10000

UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
# Words and operators that add a node to the query's algebra (counted against MAX_OPERATORS).
_CLAUSE_WORDS = frozenset({"UNION", "OPTIONAL", "MINUS", "BIND", "FILTER", "GRAPH", "AS", "EXISTS", "VALUES",
                           "SELECT", "IN"})
_OPERATORS = frozenset({"||", "&&", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "!", "|", "^"})
_OPEN, _CLOSE = frozenset("({["), frozenset(")}]")

_PN_CHARS = r"[\w\u00B7\u0300-\u036F\u203F\u2040-]"
_LOCAL_ESC = r"\\[_~.\-!$&'()*+,;=/?#@%]"
# A "word" is a run of name characters and dots (``true.SERVICE`` is one): Oxigraph's
# parser reads keywords with no space before or after them (``SERVICE:x`` is SERVICE and
# the IRI ``:x``; ``BIND(1 AS ?z).SERVICE:x`` calls out too), so every piece of a run,
# and of the prefix of a prefixed name, is looked at. A run is consumed whole, which
# keeps the lexer linear in the length of the text.
_TOKEN = re.compile(
    r"""(?P<skip>\s+|\#[^\n\r]*)
      | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
                  |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<var>[?$]\w+)
      | (?P<bnode>_:(?:%(pn)s|\.)*)
      | (?P<name>(?:[^\W\d_](?:%(pn)s|\.)*)?:(?:%(pn)s|[.:]|%%[0-9A-Fa-f]{2}|%(esc)s)*)
      | (?P<word>[^\W\d_](?:%(pn)s|\.)*)
      | (?P<tag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
      | (?P<number>(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
      | (?P<op>\^\^|\|\||&&|!=|<=|>=|[-+*/!|^=<>])
      | (?P<other>.)""" % {"pn": _PN_CHARS, "esc": _LOCAL_ESC},
    re.VERBOSE | re.DOTALL)
_PIECES = re.compile(r"[^\W\d_]+")
_SERVICE_REFUSED = "SERVICE is refused: queries may not call other endpoints (federation is off)"


def _words(kind: str, token: str) -> list[str]:
    """The upper-cased pieces of a token that Oxigraph could read as keywords."""
    if kind == "word":
        return _PIECES.findall(token.upper())
    if kind == "name":  # the prefix only: the local name of ex:service is no keyword
        return _PIECES.findall(token.split(":", 1)[0].upper())
    if kind == "bnode":  # _:b.SERVICE: what follows a dot
        return _PIECES.findall(token.partition(".")[2].upper())
    return []


def check_query(text: str) -> None:
    """Raise if SPARQL ``text`` is an update, calls ``SERVICE``, or is too deep to run safely.

    Raises
    ------
    QueryRefusedError
        An update or a federated query (the caller may answer 403).
    QueryTooDeepError
        Brackets nested deeper than :data:`MAX_NESTING`, more than :data:`MAX_OPERATORS`
        operators and clauses, or more than :data:`MAX_TOKENS` tokens (the caller may answer 400).
    """
    depth = operators = tokens = 0
    for match in _TOKEN.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind == "skip":
            continue
        tokens += 1
        if tokens > MAX_TOKENS:
            raise QueryTooDeepError(f"the query has more than {MAX_TOKENS} tokens; simplify it")
        for word in _words(kind, token):
            if "SERVICE" in word:  # glued to another word too: trueSERVICE, SERVICESILENT
                raise QueryRefusedError(_SERVICE_REFUSED)
            if word in UPDATE_WORDS:
                raise QueryRefusedError(f"{word} is refused: the graph is read-only (SPARQL updates are refused)")
            operators += word in _CLAUSE_WORDS
        if kind == "tag" and "SERVICE" in token.upper():
            raise QueryRefusedError(_SERVICE_REFUSED)
        if kind == "op":
            operators += token in _OPERATORS
        elif kind == "other":
            if token in _OPEN:
                depth += 1
                if depth > MAX_NESTING:
                    raise QueryTooDeepError(f"the query nests brackets more than {MAX_NESTING} deep; "
                                            "simplify it")
            elif token in _CLOSE:
                depth = max(0, depth - 1)
        if operators > MAX_OPERATORS:
            raise QueryTooDeepError(f"the query has more than {MAX_OPERATORS} operators and clauses; simplify it")


VOLATILE_WORDS = frozenset({"NOW", "RAND", "UUID", "STRUUID"})


def is_volatile(text: str) -> bool:
    """True when SPARQL text calls a function whose value changes from run to run
    (``NOW``, ``RAND``, ``UUID``, ``STRUUID``), so that its answer may not be reused.

    >>> is_volatile("SELECT (NOW() AS ?t) {}"), is_volatile("SELECT ?now { ?now ?p 'RAND()' }")
    (True, False)
    """
    return any(word in VOLATILE_WORDS for m in _TOKEN.finditer(text) for word in _words(m.lastgroup, m.group()))


def is_update(text: str) -> bool:
    """True when SPARQL text holds an update keyword (INSERT, DELETE, LOAD, DROP...) outside
    strings, IRIs and comments.

    >>> is_update("PREFIX ex: <http://e/> DROP ALL"), is_update("SELECT * {?s ?p 'DROP'}")
    (True, False)
    """
    return any(word in UPDATE_WORDS for m in _TOKEN.finditer(text) for word in _words(m.lastgroup, m.group()))
