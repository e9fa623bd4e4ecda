"""Titles written after a name (``extract/appositives.py``), on invented sentences."""
from __future__ import annotations

import pytest

from csto_graph.extract.appositives import right_title
from csto_graph.extract.names import vocabulary
from csto_graph.extract.orgs import tokenize
from csto_graph.vocab.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def vocab():
    return vocabulary(load_gazetteer())


def after(text: str, name: str, vocab) -> list[str]:
    """The titles right_title reads after ``name`` (no bodies covered)."""
    tokens = tokenize(text)
    last = name.split()[-1]
    j = next(k for k, t in enumerate(tokens) if t.text == last) + 1
    return [t.text for t in right_title(tokens, j, vocab, set())]


def test_an_appositive_after_an_indefinite_article(vocab):
    assert after("Ivan Petrov, a spokesman for the Secretariat, said so.", "Ivan Petrov", vocab) == [
        "spokesman for the Secretariat"]


def test_a_verb_of_a_relative_clause_stands_for_the_head(vocab):
    assert after("Ivan Petrov, who chairs the Assembly, spoke.", "Ivan Petrov", vocab) == ["Chairman of the Assembly"]


def test_two_titles_joined_by_also(vocab):
    assert after("Ivan Petrov, who is Deputy Minister of Defense also Chief of the General Staff, came.",
                 "Ivan Petrov", vocab) == ["Deputy Minister of Defense", "Chief of the General Staff"]


def test_a_title_that_runs_into_the_next_name_is_not_an_appositive(vocab):
    assert after("Ivan Petrov, Deputy Minister Oleg Sidorov and others came.", "Ivan Petrov", vocab) == []


def test_no_title_after_a_name_without_a_comma_or_an_opener(vocab):
    assert after("Ivan Petrov spoke to the Minister.", "Ivan Petrov", vocab) == []
