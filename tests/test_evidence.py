"""Linking, evidence (csto_graph.link.evidence): where a fact's sentence is, and lists of
evidence without repeats."""
from __future__ import annotations

from helpers import extract

from csto_graph.link.evidence import Trail, evidence_of


def test_a_trail_keeps_the_first_order_and_drops_repeats():
    trail = Trail(["b"])
    trail.add(["a", "b", "c"])
    trail.add(["c"])
    assert trail.items == ["b", "a", "c"] and len(trail) == 3


def test_the_evidence_of_a_sentence_is_its_span_in_the_source():
    text = "The talks began. Minister Ivan Petrov arrived in Minsk."
    art, ex = extract(text)
    m = next(p for p in ex.people if p.name == "Ivan Petrov")
    ev = evidence_of(art, ex, m.sentence, m)
    assert text[ev.start:ev.end] == ev.sentence == "Minister Ivan Petrov arrived in Minsk."


def test_the_evidence_of_a_caption_mention_is_its_span_with_the_caption_line():
    text = "The talks began in Minsk."
    caption = "Министр обороны Сергей Иванов на совещании"
    art, ex = extract(text, captions=(caption,))
    m = next(p for p in ex.people if p.name == "Sergey Ivanov")
    ev = evidence_of(art, ex, m.sentence, m)
    start = art.captions[0].source_start + caption.index("Сергей Иванов")
    assert (ev.start, ev.end, ev.sentence) == (start, start + len("Сергей Иванов"), caption)
