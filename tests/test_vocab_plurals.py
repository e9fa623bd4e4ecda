"""The one table of plurals of posts (``vocab/plurals.py``, ``plurals`` of ``ontology/posts.yaml``)."""
from __future__ import annotations

import pytest

from csto_graph.vocab.plurals import head_plurals, phrase_plural, plural_of, read_plurals, singular_of
from csto_graph.vocab.posts import list_plurals, post_words
from csto_graph.vocab.resources import load_yaml


@pytest.mark.parametrize("word, plural", [
    ("minister", "ministers"), ("Secretary", "secretaries"), ("envoy", "envoys"), ("attorney", "attorneys"),
    ("chairman", "chairmen"), ("spokeswoman", "spokeswomen"), ("vice-chairman", "vice-chairmen"),
    ("boss", "bosses"), ("coach", "coaches"), ("attaché", "attachés")])
def test_the_regular_plural_of_one_noun(word, plural):
    assert plural_of(word) == plural


@pytest.mark.parametrize("post, plural", [
    ("Defense Minister", "defense ministers"), ("Minister of Foreign Affairs", "ministers of foreign affairs"),
    ("Chief of Staff", "chiefs of staff"), ("Head of State", "heads of state"),
    ("Permanent and Plenipotentiary Representative", "permanent and plenipotentiary representatives")])
def test_a_posts_regular_plural_puts_its_head_noun_in_the_plural(post, plural):
    assert phrase_plural(post) == plural


def test_a_plural_reads_back_only_to_a_known_word_it_is_the_plural_of():
    known = frozenset({"secretary", "chairman", "envoy", "press"})
    assert [singular_of(w, known) for w in ("secretaries", "chairmen", "envoys", "presses")] == [
        "secretary", "chairman", "envoy", "press"]
    assert [singular_of(w, known) for w in ("secretarys", "chairmans", "envoies", "presss", "ministers")] == [
        None] * 5


def test_listed_plurals_replace_the_regular_one():
    table = read_plurals({"Secretary General": ["secretaries general"], "Chief of Staff": None})
    assert table == {"secretaries general": "Secretary General", "chiefs of staff": "Chief of Staff"}


def test_every_post_of_the_table_without_a_list_is_read_in_its_regular_plural():
    data = load_yaml("posts.yaml")["plurals"]
    read = post_words().plurals
    for singular, written in data.items():
        for plural in written or [phrase_plural(singular)]:
            assert read[plural.lower()] == singular, plural


def test_the_irregular_plurals_of_the_table_are_read():
    read = post_words().plurals
    assert read["secretaries general"] == "Secretary General" and "secretary generals" not in read
    assert read["chiefs of the general staffs"] == "Chief of the General Staff"


def test_the_heads_of_posts_are_read_in_the_plural_by_the_same_rule():
    heads = [h for h in post_words().heads if " " not in h and "-" not in h]
    assert head_plurals() == frozenset(plural_of(h) for h in heads)
    assert {"commanders", "chairmen", "secretaries", "envoys"} <= head_plurals()


def test_the_flag_lets_the_heads_plurals_head_lists_too():
    data = {"plurals": {"President": None}}
    assert list_plurals(data, ("Commander", "Vice Speaker")) == {"presidents": "President"}
    on = list_plurals({**data, "head_plurals_head_lists": True}, ("Commander", "Vice Speaker", "President"))
    assert on == {"presidents": "President", "commanders": "Commander"}
