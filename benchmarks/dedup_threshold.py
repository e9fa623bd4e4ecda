"""Measure the near-duplicate threshold: altered copies vs. the closest different items.

    python benchmarks/dedup_threshold.py corpus /tmp/syn/corpus

For every article of the given corpora, copies with k words replaced (k = 1, 2, 5, 10% of
the words) are compared with the original (word 3-shingle Jaccard, as in
``articles.deduplicate``); the closest pair of distinct articles gives the other bound.
"""
from __future__ import annotations

import random
import sys

from csto_graph.corpus.articles import build_articles
from csto_graph.corpus.pages import split_page
from csto_graph.corpus.dedupe import key_tokens, shingles as _shingles
from csto_graph.corpus.reading import read_corpus


def body(article) -> str:
    """The text compared by ``deduplicate``: the article without its press footer."""
    return article.text[: article.body_end] if article.body_end is not None else article.text


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def main(paths: list[str]) -> None:
    rng = random.Random(1)
    docs, _ = read_corpus(paths)
    arts = [a for d in docs for a in split_page(d)]
    arts = [a for a in arts if len(body(a).split()) >= 40]
    for label, k in (("1 word", 1), ("2 words", 2), ("5 words", 5), ("10% of words", None)):
        sims = []
        for a in arts:
            words = body(a).split()
            n = k or max(1, len(words) // 10)
            for i in rng.sample(range(len(words)), n):
                words[i] = "altered"
            altered = " ".join(words)
            sims.append((jaccard(_shingles(body(a)), _shingles(altered)),
                         jaccard(key_tokens(body(a)), key_tokens(altered))))
        shingle = sorted(x for x, _ in sims)
        keys = sorted(y for _, y in sims)
        print(f"copies with {label:>13} changed: shingle Jaccard min {shingle[0]:.3f} median {shingle[len(sims)//2]:.3f};"
              f" key-token Jaccard min {keys[0]:.3f} median {keys[len(sims)//2]:.3f}")
    unique = [a for a in build_articles(docs) if len(body(a).split()) >= 40]
    sh = [_shingles(body(a)) for a in unique]
    kt = [key_tokens(body(a)) for a in unique]
    pairs = sorted(((jaccard(sh[i], sh[j]), jaccard(kt[i], kt[j])) for i in range(len(sh))
                    for j in range(i + 1, len(sh))), reverse=True)
    print(f"closest pairs of distinct articles ({len(sh)} of 40+ words), shingle and key-token Jaccard:",
          ", ".join(f"{a:.2f}/{b:.2f}" for a, b in pairs[:5]))


if __name__ == "__main__":
    main(sys.argv[1:] or ["corpus"])
