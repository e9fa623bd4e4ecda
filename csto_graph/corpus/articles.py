"""Corpus stage: from decoded pages to clean, dated, de-duplicated articles.

:func:`build_articles` cuts every page into articles (:func:`csto_graph.corpus.pages.split_page`,
which reads the kinds of its lines from :mod:`csto_graph.corpus.lines` and its language from
:mod:`csto_graph.corpus.language`) and merges the same item found in several files into one
article with all its sources (:mod:`csto_graph.corpus.dedupe`).
"""
from __future__ import annotations

from ..models import Article, Document
from .dedupe import deduplicate
from .pages import split_page

def build_articles(documents: list[Document], signatures: dict | None = None) -> list[Article]:
    """All articles of a corpus, de-duplicated, in a deterministic order (see :func:`deduplicate`
    for ``signatures``)."""
    pages = sorted(documents, key=lambda d: d.path)
    return deduplicate([a for doc in pages for a in split_page(doc)], signatures=signatures)
