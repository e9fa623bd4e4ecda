"""The name and title rules of ``extract/names.py``, on invented sentences."""
from __future__ import annotations

import pytest

from csto_graph.extract.names import (display_name, is_name_word, name_runs, parse_post, split_compound,
                                      split_rank, vocabulary)
from csto_graph.extract.orgs import tokenize
from csto_graph.vocab.gazetteer import load_gazetteer
from helpers import extract, person


@pytest.fixture(scope="module")
def vocab():
    return vocabulary(load_gazetteer())


def runs(text, vocab):
    tokens = tokenize(text)
    return [" ".join(t.text for t in tokens[i:j]) for i, j in name_runs(tokens, vocab, set())]


def test_two_capitalised_words_are_a_name_run(vocab):
    assert "Ivan Petrov" in runs("Yesterday Ivan Petrov arrived.", vocab)


def test_a_run_after_on_that_ends_a_body_or_a_title_is_no_name(vocab):
    assert "Combating Illegal Migration" not in runs("the Coordination Council on Combating Illegal Migration met",
                                                     vocab)


def test_a_run_after_on_after_a_lower_case_word_may_be_a_name(vocab):
    assert "Ivan Petrov" in runs("a report was made on Ivan Petrov", vocab)


@pytest.mark.parametrize("text", [
    "The minister was joined by the Presidential Adviser for Foreign Policy Ivan Petrov at the talks.",
    "The Deputy Chairman of the Committee for Contacts with Fellow Countrymen Ivan Petrov spoke first."])
def test_the_last_word_of_a_titles_complement_is_no_word_of_the_name_after_it(text):
    _, ex = extract(text, parse=False)
    person(ex, "Ivan Petrov")
    assert not any(p.name.endswith("Ivan Petrov") and p.name != "Ivan Petrov" for p in ex.people)


def test_a_run_that_repeats_a_word_is_two_names(vocab):
    assert runs("the Chairman Ivan Petrov Petrov Ivan Sergeyevich", vocab)[-2:] == ["Ivan Petrov", "Petrov Ivan Sergeyevich"]


def test_a_title_before_a_name_written_again_as_tags_stays_the_names():
    _, ex = extract("The session opened in Minsk.\n\nThe Chairman of the State Duma Ivan Petrov Petrov Ivan "
                    "Sergeyevich Petrov\n\nThe session closed.", parse=False)
    assert {m.post for m in person(ex, "Ivan Petrov").posts} == {"Chairman of the State Duma"}


def test_a_name_after_a_domain_of_two_words_keeps_its_first_word():
    _, ex = extract("The Minister for Foreign Affairs Ivan Sergeyevich Petrov arrived in Minsk.", parse=False)
    person(ex, "Ivan Sergeyevich Petrov")


@pytest.mark.parametrize("word", ["Committees", "Ministries", "Said", "Colonel-General", "January"])
def test_words_that_never_stand_in_a_name(word, vocab):
    assert not is_name_word(word, vocab)


def test_split_rank_reads_a_hyphenated_rank(vocab):
    assert split_rank("Colonel-General", vocab) == ("Colonel-General", "")
    assert split_rank("Commander Colonel General", vocab)[0] == "Colonel General"


def test_a_compound_title_splits_at_the_dash(vocab):
    assert split_compound("Chief of the General Staff - First Deputy Minister of Defense", vocab) == \
        ["Chief of the General Staff", "First Deputy Minister of Defense"]


def test_a_state_adjective_gives_the_post_its_state(vocab):
    post, key, _ = parse_post("Armenian Foreign Minister", load_gazetteer(), vocab, [])
    assert (post, key) == ("Foreign Minister", "armenia")


def test_display_name_fixes_capitals_but_keeps_particles():
    assert display_name(["IVAN", "PETROV"]) == "Ivan Petrov"


def test_a_name_with_accents_is_name_shaped(vocab):
    assert is_name_word("António", vocab) and "António Álvarez" in runs("Yesterday António Álvarez spoke.", vocab)


def test_a_headline_verb_in_title_case_is_no_part_of_the_name():
    _, ex = extract("Ivan Petrov Receives CSTO Secretary General", date=None)
    assert "Ivan Petrov" in {p.name for p in ex.people}
    assert not any("Receives" in p.name for p in ex.people)


def test_honorable_is_an_honorific_not_a_name():
    _, ex = extract("The Honorable Ivan Petrov received the delegation.", date=None)
    assert {p.name for p in ex.people if p.strong} == {"Ivan Petrov"}


def test_a_headline_verb_before_a_title_is_no_part_of_it():
    _, ex = extract("Ivan Petrov Receives CSTO Secretary General Oleg Sidorov", date=None)
    [sidorov] = [p for p in ex.people if p.name == "Oleg Sidorov"]
    assert [m.post for m in sidorov.posts] == ["Secretary General"]


def test_a_possessive_names_the_person_without_its_s():
    _, ex = extract("Ivan Petrov's two-day visit to Minsk ended with a meeting with President Oleg Sidorov.",
                    date="2023-05-05")
    assert "Ivan Petrov" in {p.name for p in ex.people}
    petrov = next(p for p in ex.people if p.name == "Ivan Petrov")
    assert ex.sentences[0].text[petrov.start:petrov.end] == "Ivan Petrov"


@pytest.mark.parametrize("word", ["Sədrəddin", "Əliyev", "Łukasz"])
def test_latin_letters_without_an_ascii_decomposition_are_name_shaped(word, vocab):
    assert is_name_word(word, vocab)


# --- x4, stop 23: a middle initial ---


def test_a_middle_initial_stays_inside_the_name(vocab):
    tokens = tokenize("In June the expert Leslie K. Morrow wrote that the district mattered.")
    runs = [" ".join(t.text for t in tokens[i:j]) for i, j in name_runs(tokens, vocab, set())]
    assert "Leslie K . Morrow" in runs and "K . Morrow" not in runs


def test_a_name_with_a_middle_initial_is_written_with_its_dot():
    _, ex = extract("President Oleg V. Sidorov's visit ended on Monday.")
    assert [p.name for p in ex.people] == ["Oleg V. Sidorov"]


# --- x4, stop 25: abbreviated titles before a name; a headline's noun before "of" a title ---


def test_an_abbreviated_title_is_the_title_it_stands_for_not_a_word_of_the_name():
    _, ex = extract("Armenian PM Oleg Sidorov informed the allies on Tuesday.")
    assert [(p.name, [(m.post, m.org) for m in p.posts]) for p in ex.people] == [
        ("Oleg Sidorov", [("Prime Minister", "armenia")])]


def test_an_abbreviated_title_with_no_head_is_a_title_word_not_a_word_of_the_name():
    _, ex = extract("MP Oleg Sidorov informed the allies on Tuesday.")
    assert [(p.name, p.strong) for p in ex.people] == [("Oleg Sidorov", True)]


def test_the_abbreviation_of_a_time_is_no_title():
    _, ex = extract("The talks began at 5 PM Oleg Sidorov said.")
    assert all(not p.posts for p in ex.people)


@pytest.mark.parametrize("text, post", [
    ("Press Statement of Foreign Minister Oleg Sidorov on the results of the session", "Foreign Minister"),
    ("Official Visit of President Oleg Sidorov to Narnia", "President")])
def test_a_noun_that_is_no_title_before_of_and_a_title_is_left_out(text, post):
    _, ex = extract(text)
    assert [m.post for p in ex.people for m in p.posts] == [post]


@pytest.mark.parametrize("text, post", [
    ("Head of the Staff Committee Oleg Sidorov spoke on Monday.", "Head of the Staff Committee"),
    ("The Council of Foreign Ministers Chairman Oleg Sidorov spoke.", "Council of Foreign Ministers Chairman"),
    ("Chief of Staff Oleg Sidorov spoke on Monday.", "Chief of Staff")])
def test_a_head_or_a_body_before_of_keeps_the_title_whole(text, post):
    _, ex = extract(text)
    assert [m.post for p in ex.people for m in p.posts] == [post]


def test_a_list_is_headed_by_the_longer_plural_that_ends_last(vocab):
    """With one-word head plurals in the table ("ministers"), "defense ministers" still heads
    the list: of two plurals ending at one place the longer wins, not the later start."""
    from dataclasses import replace

    from csto_graph.extract.names import list_head_post

    both = replace(vocab, plurals={**vocab.plurals, "ministers": "Minister"})
    text = "The defense ministers of Armenia (Ivan Petrov), of Belarus (Oleg Sidorov) met."
    assert list_head_post(text, text.index("(Ivan"), both) == "Defense Minister"
    assert list_head_post("The ministers of Armenia (Ivan Petrov)", 25, both) == "Minister"


@pytest.mark.parametrize("rank", ["Lt Gen", "Maj Gen", "Col Gen", "Lt Col"])
def test_a_rank_abbreviated_without_dots_keeps_the_title_before_it(rank):
    _, ex = extract(f"The session will be held in May, said the Chairman of the Board of Trustees, {rank} Oleg Sidorov.")
    p = person(ex, "Oleg Sidorov")
    assert [m.post for m in p.posts] == ["Chairman of the Board of Trustees"] and p.rank == rank


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_plural_possessive_inside_a_title_before_a_rank_keeps_the_title(apostrophe):
    _, ex = extract(f"The chief of the Kazakh Armed Forces{apostrophe} general staff, lieutenant-general Oleg Sidorov, "
                    "emphasized the role of the Organization.")
    p = person(ex, "Oleg Sidorov")
    assert [(m.post, m.org) for m in p.posts] == [(f"chief of the Kazakh Armed Forces{apostrophe} general staff",
                                                   "kazakhstan")]
