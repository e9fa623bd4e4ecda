"""Corpus stage, de-duplication: the same item found in several files (or twice in one) is
one article with all its sources.

Exact duplicates share an id (a hash of the normalised text); near-duplicates are found
with MinHash LSH over word 3-shingles (``datasketch``) and confirmed by the shingle and the
key-token Jaccard similarities. The full build (:func:`deduplicate`) and the incremental
one (``pipeline/incremental.py``, against saved signatures) use the same pieces.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace

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


_RANK = {"headline": 0, "date-line": 0, "dateline": 1, "stamp": 2, "body": 3, "page": 4, "none": 5}


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


def deduplicate(articles: list[Article], threshold: float = SHINGLE_THRESHOLD,
                signatures: dict | None = None) -> list[Article]:
    """Merge the same item found more than once (exact or near-duplicate text).

    Near-duplicates are found with MinHash LSH over word 3-shingles (``datasketch``),
    confirmed by the exact Jaccard similarity of the shingle sets, and must name the
    same people, bodies and numbers (:func:`key_tokens`). ``signatures``, when given,
    receives the MinHash of every kept item that was indexed (id -> hash values).
    """
    from datasketch import MinHashLSH

    merged: dict[str, Article] = {}
    order: list[str] = []
    lsh = MinHashLSH(threshold=threshold, num_perm=64)
    template = _template()
    kept_shingles: dict[str, set[str]] = {}
    keys: dict[str, set[str]] = {}
    for article in articles:
        key = article.id
        if key in merged:
            merged[key] = merge_sources(merged[key], article)
            continue
        sh, kt, mh = signature(article, template)
        twin = None
        if len(sh) >= MIN_SHINGLES:
            for cand in sorted(lsh.query(mh)):
                if near_duplicate(sh, kt, kept_shingles[cand], keys[cand], threshold):
                    twin = cand
                    break
        if twin is not None:
            merged[twin] = merge_sources(merged[twin], article)
            continue
        merged[key] = article
        order.append(key)
        kept_shingles[key] = sh
        keys[key] = kt
        if len(sh) >= MIN_SHINGLES:
            lsh.insert(key, mh)
            if signatures is not None:
                signatures[key] = mh.hashvalues
    return [merged[k] for k in order]
