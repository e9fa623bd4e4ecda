"""Corpus stage, de-duplication: the same item found in several files (or twice in one) is
one article with all its sources.

Exact duplicates share an id (a hash of the normalised text); near-duplicates are found
with MinHash LSH over word 3-shingles (``datasketch``) and confirmed by the shingle and the
key-token Jaccard similarities. One :class:`Deduplicator` serves the full build
(:func:`deduplicate`) and the incremental one (``pipeline/incremental.py``, which gives it
the earlier build's articles and saved signatures as an :class:`Earlier`).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..models import Article


def normalize_text(text: str) -> str:
    """Text reduced for duplicate detection: folded case, letters and digits only.

    >>> normalize_text("The  CSTO’s  Secretary!") == normalize_text("the csto's secretary")
    True
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def article_id(text: str) -> str:
    """The id of an article: a hash of its normalised text."""
    return "a" + hashlib.sha1(normalize_text(text).encode("utf-8")).hexdigest()[:12]


def shingles(text: str, k: int = 3) -> set[str]:
    """The word ``k``-shingles of the normalised text."""
    words = normalize_text(text).split()
    return {" ".join(words[i:i + k]) for i in range(max(1, len(words) - k + 1))}


def key_tokens(text: str) -> set[str]:
    """Names and numbers of a text (capitalised words not opening a sentence, digits).

    Two reports of one item share them; two items written from one template do not.

    >>> sorted(key_tokens("On 3 May, Ivan Petrov met the President. He left."))
    ['3', 'Ivan', 'May', 'Petrov', 'President']
    """
    tokens = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w\-]+|\d+)", text.strip())
    return set(tokens)


# Thresholds measured with benchmarks/dedup_threshold.py on the sample and two synthetic
# corpora (470 items of 40+ words, bodies without footers, word 3-shingles): copies with
# one word changed keep shingle/key-token Jaccard >= 0.85/0.83, with two words changed
# >= 0.73/0.79; the closest pairs of distinct items score 0.76/0.53, 0.73/0.69, 0.71/0.71
# and 0.70/0.92, so both conditions together keep every one of them apart.
SHINGLE_THRESHOLD = 0.72
KEY_TOKEN_THRESHOLD = 0.75
MIN_SHINGLES = 8  # shorter items are merged only when their text is the same


_RANK = {"headline": 0, "date-line": 0, "dateline": 1, "stamp": 2, "label": 2, "body": 3, "weekday": 3, "event-name": 3, "page": 4, "none": 5}


def merge_sources(keep: Article, other: Article) -> Article:
    """One item found twice: all sources, the better-placed date, a dated title."""
    sources = tuple(sorted(set(keep.sources) | set(other.sources), key=lambda s: (s.path, s.start)))
    better = keep if _RANK[keep.date_source] <= _RANK[other.date_source] else other
    return replace(keep, sources=sources, date=better.date, date_source=better.date_source,
                   title=keep.title if keep.date_source != "none" or other.date_source == "none"
                   else other.title)


def body_text(article: Article) -> str:
    """The article's text without its press footer."""
    return article.text[: article.body_end] if article.body_end is not None else article.text


def signature(article: Article, template=None):
    """What de-duplication compares: word 3-shingles, key tokens and their MinHash."""
    from datasketch import MinHash

    template = template or _template()
    body = body_text(article)
    sh = shingles(body)
    mh = MinHash(num_perm=64, seed=7, permutations=template.permutations, scheme=template.scheme)
    mh.update_batch([s.encode("utf-8") for s in sorted(sh)])
    return sh, key_tokens(body), mh


def _template():
    from datasketch import MinHash

    return MinHash(num_perm=64, seed=7)  # the random permutations, drawn once


def near_duplicate(sh: set, kt: set, other_sh: set, other_kt: set, threshold: float = SHINGLE_THRESHOLD) -> bool:
    """The confirmation of an LSH candidate: shingle and key-token Jaccard both high."""
    return len(sh & other_sh) / len(sh | other_sh) >= threshold and \
        len(kt & other_kt) / max(1, len(kt | other_kt)) >= KEY_TOKEN_THRESHOLD


@dataclass(frozen=True)
class Earlier:
    """The articles of an earlier build, as the de-duplication of items added after them
    sees them: their ids, the MinHash rows saved for them, and a way to read one."""

    ids: frozenset[str]
    signature_ids: tuple[str, ...]  # the article of each row of ``signatures``
    signatures: object  # numpy array, one row of 64 uint64 per signature id
    article: Callable[[str], Article]  # an earlier article by id (read when an item needs it)


class Deduplicator:
    """Merge the same item found more than once (exact or near-duplicate text).

    Items are given in corpus order (:meth:`add`); each joins the article it repeats (which
    gets its sources) or is kept as a new article (:attr:`kept`, in order). Near-duplicates
    are found with MinHash LSH over word 3-shingles (``datasketch``), confirmed by the
    exact Jaccard similarity of the shingle sets, and must name the same people, bodies and
    numbers (:func:`key_tokens`).

    With ``earlier``, the items come after the articles of an earlier build, as in a full
    build of the grown corpus: an item can repeat one of those (see :meth:`retold`).

    >>> from csto_graph.models import Article, Piece, SourceRef
    >>> def item(path): return Article("a1", "T", None, "none", "Same text.", (Piece(0, 0, 10),),
    ...                                (SourceRef(path, 0, 10, "utf-8"),))
    >>> d = Deduplicator(); d.add(item("x.txt")); d.add(item("y.txt"))
    >>> [s.path for a in d.kept for s in a.sources]
    ['x.txt', 'y.txt']
    """

    def __init__(self, threshold: float = SHINGLE_THRESHOLD, earlier: Earlier | None = None):
        from datasketch import MinHashLSH

        self.threshold, self.earlier = threshold, earlier
        self._lsh = MinHashLSH(threshold=threshold, num_perm=64)
        self._template = _template()
        self._new: dict[str, Article] = {}  # kept items, merged with their repeats
        self._compared: dict[str, tuple[set, set]] = {}  # kept id -> shingles, key tokens
        self._before: dict[str, Article] = {}  # earlier articles an item repeats, as they were
        self._after: dict[str, Article] = {}  # and with its sources
        self.signatures: dict = {}  # id -> MinHash values of every kept item that was indexed

    @property
    def kept(self) -> list[Article]:
        """The new articles, in the order of their first item."""
        return list(self._new.values())

    def retold(self) -> dict[str, tuple[Article, Article]]:
        """Earlier articles that an item repeats: id -> (as they were, with the new sources)."""
        return {key: (before, self._after[key]) for key, before in self._before.items()}

    def add(self, item: Article) -> None:
        """Merge ``item`` into the article it repeats, or keep it."""
        key = item.id
        if key in self._new or (self.earlier is not None and key in self.earlier.ids):
            self._merge(key, item)
            return
        sh, kt, mh = signature(item, self._template)
        twin = self._twin(sh, kt, mh) if len(sh) >= MIN_SHINGLES else None
        if twin is not None:
            self._merge(twin, item)
            return
        self._new[key] = item
        self._compared[key] = (sh, kt)
        if len(sh) >= MIN_SHINGLES:
            self._lsh.insert(key, mh)
            self.signatures[key] = mh.hashvalues

    def _merge(self, key: str, item: Article) -> None:
        if key in self._new:
            self._new[key] = merge_sources(self._new[key], item)
            return
        if key not in self._before:
            self._before[key] = self._after[key] = self.earlier.article(key)
        self._after[key] = merge_sources(self._after[key], item)

    def _twin(self, sh: set, kt: set, mh) -> str | None:
        """The first (by id) indexed article whose signature shares a band with ``mh`` and
        whose text is close enough."""
        candidates = set(self._lsh.query(mh)) | self._earlier_candidates(mh)
        return next((c for c in sorted(candidates) if near_duplicate(sh, kt, *self._compared_of(c), self.threshold)),
                    None)

    def _earlier_candidates(self, mh) -> set[str]:
        """The earlier articles whose saved signature shares a band with ``mh`` (what an LSH
        index holding them would answer)."""
        if self.earlier is None or not len(self.earlier.signature_ids):
            return set()
        import numpy as np

        known = self.earlier.signatures
        hits = np.zeros(len(known), dtype=bool)
        for start, end in self._lsh.hashranges:
            hits |= (known[:, start:end] == mh.hashvalues[start:end]).all(axis=1)
        return {self.earlier.signature_ids[k] for k in np.flatnonzero(hits)}

    def _compared_of(self, key: str) -> tuple[set, set]:
        if key not in self._compared:  # an earlier article: its text, read once
            body = body_text(self._after.get(key) or self.earlier.article(key))
            self._compared[key] = (shingles(body), key_tokens(body))
        return self._compared[key]


def deduplicate(articles: list[Article], threshold: float = SHINGLE_THRESHOLD,
                signatures: dict | None = None) -> list[Article]:
    """The articles of ``articles`` with the repeated items merged (see :class:`Deduplicator`).

    ``signatures``, when given, receives the MinHash of every kept item that was indexed
    (id -> hash values).
    """
    dedupe = Deduplicator(threshold)
    for article in articles:
        dedupe.add(article)
    if signatures is not None:
        signatures.update(dedupe.signatures)
    return dedupe.kept
