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
from pathlib import Path

from ..errors import GraphNotFoundError
from ..graph.store import GRAPH_FILE

KINDS = ("coattendance", "person_event", "body_event", "overview")


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
        """Run a saved query (or a ``.rq`` file, or SPARQL text) and return a DataFrame.

        Parameters
        ----------
        name : str
            A saved query name (``csto-graph queries`` lists them), a ``.rq`` path or SPARQL.
        **params : str
            Values bound to the query's variables (never pasted into the text).

        Returns
        -------
        pandas.DataFrame
            One column per result variable, all strings.
        """
        import pandas as pd

        from ..graph.query import run_query

        result = run_query(str(self.out), name, {k: str(v) for k, v in params.items()})
        return pd.DataFrame(list(result.rows), columns=list(result.columns))

    def met(self, person: str | None = None, since: str | None = None, until: str | None = None,
            inferred: bool = True):
        """Who met whom: one row per pair of people at one event (the ``met`` query).

        Parameters
        ----------
        person : str, optional
            Keep the rows where either person's name contains this (any case).
        since, until : str, optional
            Keep the events dated in this range (ISO, possibly partial: ``"2021"``).
        inferred : bool, optional
            Keep the pairs where one of the two is at the event only by a bare title
            resolved by the date (default True; the ``inferred`` column tells them).

        Returns
        -------
        pandas.DataFrame
            Columns ``person_a``, ``person_b``, ``date``, ``place``, ``event``, ..., ``inferred``.
        """
        from .network import check_date, in_range

        check_date(since, "since"), check_date(until, "until")
        frame = self.query("met") if inferred else self.query("met", inferred="false")
        if person:
            wanted = person.casefold()
            keep = frame["person_a"].str.casefold().str.contains(wanted, regex=False) | \
                frame["person_b"].str.casefold().str.contains(wanted, regex=False)
            frame = frame[keep]
        if since or until:
            frame = frame[[in_range(d or None, since, until) for d in frame["date"]]]
        return frame.reset_index(drop=True)

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
