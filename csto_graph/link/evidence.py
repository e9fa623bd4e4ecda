"""Linking stage, evidence: the sentence a fact of the graph comes from, and lists of them
without repeats."""
from __future__ import annotations

from ..models import Article, ArticleExtraction, Evidence


def evidence_of(article: Article, ex: ArticleExtraction, sentence: int, mention=None) -> Evidence:
    """Where a mention (or sentence ``sentence``) of ``article`` is, in its source file.

    A body sentence's evidence is that sentence; a caption or header line's (offsets in the
    source file already) is the mention's own span, with the line as its text.
    """
    line = ex.line(sentence)
    if ex.is_caption(sentence):  # (an event a headline reports: the whole line)
        span = line if mention is None else mention
        return Evidence(article.id, article.sources[0].path, span.start, span.end, line.text)
    path, start, end = article.to_source(line.start, line.end)
    return Evidence(article.id, path, start, end, line.text)


class Trail:
    """Evidence in the order it was met, each once.

    Membership is tested in a set kept beside the list (never saved): testing it in the
    list made an event told in 80,000 sentences (a 5 MB page on one line) quadratic.

    >>> t = Trail(["a"]); t.add(["a", "b"]); t.items
    ['a', 'b']
    """

    __slots__ = ("items", "_seen")

    def __init__(self, items=()):
        self.items = list(items)
        self._seen = set(self.items)

    def add(self, items) -> None:
        """Append the ``items`` the trail does not hold yet."""
        for e in items:
            if e not in self._seen:
                self._seen.add(e)
                self.items.append(e)

    def __len__(self) -> int:
        return len(self.items)
