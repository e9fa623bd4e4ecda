"""A small Python API for analysts: a built graph as DataFrames and NetworkX graphs.

Example (on a folder written by ``csto-graph build``)::

    kg = load("out")
    kg.met(person="Tasmagambetov", since="2024")
    G = kg.to_networkx("coattendance")

Queries go through :func:`csto_graph.graph.query.run_query` (the saved ``.rq`` files); the
NetworkX graphs are the views of :mod:`csto_graph.views.network`, computed from the RDF graph.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

from ..errors import GraphNotFoundError
from ..graph.query import INTEGER_TYPES, NUMBER_TYPES, XSD
from ..graph.store import GRAPH_FILE

KINDS = ("coattendance", "person_event", "body_event", "overview")
DATE_TYPES = {XSD + t for t in ("date", "gYearMonth", "gYear")}
FREQ = {4: "Y", 7: "M", 10: "D"}  # ISO date length -> Period frequency
PRECISION = {4: "year", 7: "month", 10: "day"}  # ISO date length -> the precision column's word
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class KnowledgeGraph:
    """A built folder, opened for analysis (see :func:`load`)."""

    def __init__(self, out: str | os.PathLike):
        self.out = Path(out)
        self._graph = None

    def __repr__(self) -> str:
        return f"KnowledgeGraph({str(self.out)!r})"

    @property
    def graph(self):
        """The rdflib Graph (parsed once, on first use)."""
        if self._graph is None:
            from ..graph.store import load_graph

            self._graph = load_graph(self.out)
        return self._graph

    def query(self, name: str, /, **params: str):
        """Run a saved query (or a ``.rq`` file, or SPARQL text) and return a typed DataFrame.

        A parameter that names a person, body or post is resolved first, as on the command
        line (:mod:`csto_graph.graph.resolve`): any case, alias, script or spelling.

        Parameters
        ----------
        name : str
            A saved query name (``csto-graph queries`` lists them), a ``.rq`` path or SPARQL.
        **params : str
            Values bound to the query's variables (never pasted into the text).

        Returns
        -------
        pandas.DataFrame
            One column per result variable, typed by :func:`typed_frame`: dates as
            ``datetime64`` with a ``<column>_precision`` column after the query's own (day,
            month or year: a partial date keeps its precision), integers as ``Int64``, text as
            ``string``, NA when missing.
        """
        return typed_frame(self._run(name, params))

    def _run(self, name: str, params: dict):
        from ..graph.query import run_query

        return run_query(str(self.out), name, {k: str(v) for k, v in params.items()})

    def resolve(self, name: str, kinds=("person",)) -> str:
        """The IRI of the one person (or body: ``kinds=("body",)``) that ``name`` names.

        Raises :class:`~csto_graph.graph.resolve.UnknownNameError` with the closest names,
        or :class:`~csto_graph.graph.resolve.AmbiguousNameError` with those it could be.
        """
        from ..graph.resolve import load_index

        return load_index(self.out).resolve(name, tuple(kinds))

    def met(self, person: str | None = None, since: str | None = None, until: str | None = None,
            inferred: bool = True):
        """Who met whom: one row per pair of people at one event (the ``met`` query).

        Parameters
        ----------
        person : str, optional
            Keep the rows of this person: a name as :meth:`resolve` takes it (any case,
            alias, script or spelling, a unique surname) or an IRI.
        since, until : str, optional
            Keep the events dated in this range (ISO, possibly partial: ``"2021"``).
        inferred : bool, optional
            Keep the pairs where one of the two is at the event only by a bare title
            resolved by the date (default True; the ``inferred`` column tells them).

        Returns
        -------
        pandas.DataFrame
            The columns of the ``met`` query: ``person_a``, ``person_b``, ``date``, ``place``,
            ``event``, then the event's ``label`` and ``type``, each side's role, the
            ``sentence``, the two IRIs and ``inferred``; dated rows in date order, undated last.
        """
        from .network import check_date, in_range

        check_date(since, "since"), check_date(until, "until")
        result = self._run("met", {} if inferred else {"inferred": "false"})
        col = {c: i for i, c in enumerate(result.columns)}
        rows = result.rows
        if person:
            iri = self.resolve(person)
            rows = [r for r in rows if iri in (r[col["iri_a"]], r[col["iri_b"]])]
        if since or until:
            rows = [r for r in rows if in_range(r[col["date"]] or None, since, until)]
        return typed_frame(replace(result, rows=tuple(rows)))

    def meetings(self, name: str):
        """Whom one person met, event by event (the ``meetings`` query), by any form of the name.

        Returns
        -------
        pandas.DataFrame
            ``other``, ``date``, ``place``, ``event``, ``times`` (events the two shared), then
            ``name``, the IRIs, the event's ``label`` and ``type``, both roles and the
            ``sentence``; dated rows in date order, undated last.
        """
        return self.query("meetings", name=name)

    def evidence(self, name: str):
        """The sentences behind what the graph says of a person or body (a name or any IRI).

        Returns
        -------
        pandas.DataFrame
            The ``evidence`` query: ``subject``, ``property``, ``value``, ``sentence``,
            ``source_file``, ``char_start``, ``char_end`` (numbers), ``article``.
        """
        return self.query("evidence", subject=name)

    def timeline(self, name: str):
        """The posts and events of a person or body in date order, undated last (``timeline``).

        Returns
        -------
        pandas.DataFrame
            ``date``, ``end_date``, ``kind`` (post or event), ``label``, ``type``, ``role``,
            ``organization``, ``place``, ``node``, ``sentence``, ``name``, ``who``.
        """
        return self.query("timeline", name=name)

    def to_networkx(self, kind: str = "coattendance", **options):
        """A NetworkX view of the graph: ``coattendance``, ``person_event``, ``body_event`` or ``overview``.

        ``options`` (``since``, ``until``; ``inferred=False`` but for ``body_event``) are
        passed to the view function of :mod:`csto_graph.views.network` of the same name.
        """
        from . import network as views

        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        return getattr(views, kind)(self.graph, **options)


def load(out: str | os.PathLike = "out") -> KnowledgeGraph:
    """Open a built folder (``csto-graph build ... --out OUT``) for analysis.

    Raises
    ------
    GraphNotFoundError
        If ``out`` holds no built graph.
    """
    if not (Path(out) / GRAPH_FILE).is_file():
        raise GraphNotFoundError(f"{out} holds no built graph (run `csto-graph build ... --out {out}`)")
    return KnowledgeGraph(out)


def is_date_column(name: str, datatypes=frozenset()) -> bool:
    """A column holding dates: its literals are XSD dates, or its name says so (``date``,
    ``*_date``, ``start``, ``end``: the queries give dates as ISO text with ``STR``).

    >>> is_date_column("end_date"), is_date_column("label"), is_date_column("x", {XSD + "gYear"})
    (True, False, True)
    """
    return bool(datatypes) and set(datatypes) <= DATE_TYPES or name in ("date", "start", "end") \
        or name.endswith("_date")


def start_of(value: str):
    """The first day of an ISO date, year-month or year, as a :class:`pandas.Timestamp` (NaT if empty).

    >>> start_of("2021-05"), start_of("2021"), start_of("")
    (Timestamp('2021-05-01 00:00:00'), Timestamp('2021-01-01 00:00:00'), NaT)
    """
    import pandas as pd

    if not value or not _ISO.match(value):
        return pd.NaT
    return pd.Timestamp((value + "-01-01")[:10])


def as_periods(frame, column: str = "date"):
    """A date column of a :func:`typed_frame` as :class:`pandas.Period` values of their own
    precision (``2021-05`` a month, ``2021`` a year), read from its ``_precision`` column.

    >>> from csto_graph.graph.query import Result
    >>> frame = typed_frame(Result(("date",), (("2021-05",), ("2021",), ("",))))
    >>> as_periods(frame).tolist()
    [Period('2021-05', 'M'), Period('2021', 'Y-DEC'), NaT]
    """
    import pandas as pd

    freq = {v: k for k, v in PRECISION.items()}
    return pd.Series([pd.NaT if pd.isna(d) else pd.Period(d, freq=FREQ[freq[p]])
                      for d, p in zip(frame[column], frame[f"{column}_precision"])], index=frame.index, dtype=object)


def typed_frame(result):
    """A query result as a DataFrame with typed columns.

    - a date column (see :func:`is_date_column`) becomes ``datetime64`` (a partial date
      stands for its first day: ``2021-05`` is 2021-05-01), so that it sorts, compares and
      plots as dates; its precision survives in a ``<column>_precision`` column added
      after the query's own (``day``, ``month`` or ``year``; :func:`as_periods` turns the
      two into :class:`pandas.Period` values);
    - integer literals (``times``, ``hops``, ``char_start``...) become ``Int64``, other
      numbers ``Float64``;
    - everything else is ``string``; a cell the query left unbound (or empty) is NA.

    >>> from csto_graph.graph.query import Result
    >>> frame = typed_frame(Result(("date", "times", "name"), (("2021-05", "2", "A"), ("", "", "")),
    ...                            (frozenset(), frozenset({XSD + "integer"}), frozenset())))
    >>> [str(t) for t in frame.dtypes]
    ['datetime64[ns]', 'Int64', 'string', 'string']
    >>> frame["date"][0], int(frame["times"][0]), frame["date_precision"][0], bool(frame["name"].isna()[1])
    (Timestamp('2021-05-01 00:00:00'), 2, 'month', True)
    """
    import pandas as pd

    datatypes = result.datatypes or tuple(frozenset() for _ in result.columns)
    data, precisions = {}, {}
    for i, (column, kinds) in enumerate(zip(result.columns, datatypes)):
        cells = [row[i] for row in result.rows]
        if is_date_column(column, kinds) and all(not c or _ISO.match(c) for c in cells):
            data[column] = pd.to_datetime(pd.Series([start_of(c) for c in cells], dtype="datetime64[ns]"))
            precisions[f"{column}_precision"] = pd.array([PRECISION[len(c)] if c else pd.NA for c in cells],
                                                         dtype="string")
        elif kinds and kinds <= INTEGER_TYPES:
            data[column] = pd.array([int(c) if c else pd.NA for c in cells], dtype="Int64")
        elif kinds and kinds <= INTEGER_TYPES | NUMBER_TYPES:
            data[column] = pd.array([float(c) if c else pd.NA for c in cells], dtype="Float64")
        else:
            data[column] = pd.array([c if c else pd.NA for c in cells], dtype="string")
    data.update((k, v) for k, v in precisions.items() if k not in data)
    return pd.DataFrame(data, columns=list(data))
