"""Helpers for tests: articles from plain text, split into sentences by the build's own
splitter (``corpus.sentences.text_doc``) and extracted without the model."""
from __future__ import annotations

from csto_graph.corpus.pages import split_page
from csto_graph.corpus.sentences import text_doc
from csto_graph.extract.article import extract_article
from csto_graph.models import Article, Caption, Document, Piece, SourceRef


def article(text: str, date: str | None = "2023-03-12", captions: tuple[str, ...] = (),
            aid: str = "a0test", path: str = "t.txt") -> Article:
    """One article whose text is ``text`` (offsets equal source offsets)."""
    caps = tuple(Caption(c, "ru", len(text) + 1 + i * 200) for i, c in enumerate(captions))
    return Article(aid, text[:40], date, "headline" if date else "none", text, (Piece(0, 0, len(text)),),
                   (SourceRef(path, 0, len(text), "utf-8"),), caps)


_PARSER = []


def build_parser():
    """The parser of event sentences the build uses (one per test process)."""
    if not _PARSER:
        from csto_graph.extract.nlp import load_parser
        from csto_graph.extract.syntax import SentenceParser

        _PARSER.append(SentenceParser(load_parser))
    return _PARSER[0]


def extract(text: str, date: str | None = "2023-03-12", captions: tuple[str, ...] = (), aid: str = "a0test",
            parse: bool = True):
    """One invented article read as the build reads it: its sentence splitter, and the
    dependency parse of its event sentences (``parse=False``: the rules alone)."""
    art = article(text, date, captions, aid)
    return art, extract_article(art, text_doc(art.text), parse=build_parser() if parse else None)


def page(text: str, path: str = "p.txt") -> list[Article]:
    return split_page(Document(path, text, "utf-8", "txt", "x"))


def person(ex, name: str):
    hits = [p for p in ex.people if p.name == name]
    assert hits, f"{name} not among {[p.name for p in ex.people]}"
    return hits[0]


def participants(ex, event) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for part in event.participants:
        out.setdefault(ex.people[part.person].name, set()).add(part.role)
    return out


def finishes(code: str, timeout: float = 60.0) -> str:
    """Run ``code`` in a fresh interpreter and return its stdout; fail if it does not end
    within ``timeout`` seconds.

    A guard against a stall (quadratic work on a long input), set far above the time the
    code takes (about a second): the test fails only on a hang, never on a slow machine.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, str(Path(__file__).parent)])}
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                              env=env, cwd=root)
    except subprocess.TimeoutExpired:
        pytest.fail(f"did not finish in {timeout:.0f} s (it takes about a second): quadratic work?")
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
