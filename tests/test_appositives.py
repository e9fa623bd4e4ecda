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


# --- x4, stop 23: a title between a name and ", Rank Name" is the next name's ---


def test_a_title_before_a_comma_a_rank_and_a_name_is_that_names(vocab):
    text = ("The session was attended by CSTO Deputy Secretary General Oleg Sidorov, Commander of the CSTO "
            "Collective Peacekeeping Forces, Colonel-General Pavel Smirnov, and others.")
    assert after(text, "Oleg Sidorov", vocab) == []


def test_a_title_before_a_comma_and_a_verb_stays_the_names_before_it(vocab):
    assert after("Colonel-General Ivan Petrov, Commander of the Western Forces, said the drills ended.",
                 "Ivan Petrov", vocab) == ["Commander of the Western Forces"]


# --- x4, stop 23: a post given by a verb in the passive ---


@pytest.mark.parametrize("text, title", [
    ("Colonel Ivan Petrov has been appointed commander of the Rapid Force.", "commander of the Rapid Force"),
    ("Ivan Petrov was appointed to the post of Secretary General from May 1.", "Secretary General"),
    ("Ivan Petrov who was elected Chairman of the Assembly in 2017 spoke.", "Chairman of the Assembly"),
])
def test_a_passive_verb_of_appointment_gives_the_name_its_post(text, title, vocab):
    assert after(text, "Ivan Petrov", vocab) == [title]


@pytest.mark.parametrize("text", ["Ivan Petrov was appointed by the council in May.",
                                  "Ivan Petrov was elected in 2017 and spoke."])
def test_a_passive_verb_of_appointment_without_a_title_gives_none(text, vocab):
    assert after(text, "Ivan Petrov", vocab) == []


# --- x4, stop 23: the next item of a list in the plural is no second title ---


def test_a_post_word_in_the_plural_after_a_comma_is_no_second_title(vocab):
    text = ("The talks were attended by Oleg Sidorov, Minister Counselor of the Embassy of Belarus, "
            "representatives of the ministries and others.")
    assert after(text, "Oleg Sidorov", vocab) == ["Minister Counselor of the Embassy of Belarus"]


def test_a_second_title_in_the_singular_after_a_comma_stays(vocab):
    assert after("Ivan Petrov, Chairman of the Assembly, Speaker of the House, spoke.", "Ivan Petrov", vocab) == [
        "Chairman of the Assembly", "Speaker of the House"]


@pytest.mark.parametrize("plural", ["chairmen", "secretaries general", "representatives", "heads"])
def test_the_plurals_of_the_one_table_open_no_second_title(vocab, plural):
    """The plurals bodies' names and lists read (``vocab/plurals.py``) are plurals here too."""
    text = f"The talks were attended by Oleg Sidorov, Minister of Defense of Narnia, {plural} of the units and others."
    assert after(text, "Oleg Sidorov", vocab) == ["Minister of Defense of Narnia"]



# --- x4, stop 25: a second post in a relative clause or after "and concurrently" ---


@pytest.mark.parametrize("text, title", [
    ("Oleg Sidorov, who also chairs the Council of Elders, said so.", "Chairman of the Council of Elders"),
    ("Oleg Sidorov, who concurrently heads the Board of Trustees, said so.", "Head of the Board of Trustees")])
def test_a_verb_of_a_post_after_also_in_a_relative_clause_gives_the_post(text, title, vocab):
    assert after(text, "Oleg Sidorov", vocab) == [title]


def test_a_second_title_after_and_concurrently_is_the_same_persons(vocab):
    text = "Oleg Sidorov, Minister of Transport of Narnia and concurrently Chairman of the Council of Elders, spoke."
    assert after(text, "Oleg Sidorov", vocab) == ["Minister of Transport of Narnia", "Chairman of the Council of Elders"]


def test_and_then_a_joint_word_that_no_post_follows_opens_no_second_title(vocab):
    text = "Oleg Sidorov, Minister of Transport of Narnia and also the others, spoke."
    assert after(text, "Oleg Sidorov", vocab) == ["Minister of Transport of Narnia"]


@pytest.mark.parametrize("text, title", [
    ("The envoy of Narnia, Oleg Sidorov, was elected chairman of the Board of Trustees last week.",
     "chairman of the Board of Trustees"),
    ("The envoy of Narnia, Oleg Sidorov, has been appointed Head of the Board of Trustees.",
     "Head of the Board of Trustees")])
def test_a_verb_of_appointment_after_the_names_closing_comma_gives_the_post(text, title, vocab):
    assert after(text, "Oleg Sidorov", vocab) == [title]


def test_a_verb_of_appointment_after_a_comma_without_a_title_gives_none(vocab):
    assert after("The envoy, Oleg Sidorov, was elected in 2017 and spoke.", "Oleg Sidorov", vocab) == []


# --- x4, stop 25: the owner of a title named by a state's adjective and a common noun ---


@pytest.mark.parametrize("text, title", [
    ("Oleg Sidorov, an assistant to the commander of the Kazakh base, spoke.",
     "assistant to the commander of the Kazakh base"),
    ("The handover of Oleg Sidorov, director general of Russian potash producer Zorbex, to Russia ended.",
     "director general of Russian potash producer Zorbex"),
    ("Oleg Sidorov, the head of the Russian delegation, said.", "head of the Russian delegation"),
    ("Oleg Sidorov, head of the Kazakh delegation Zorbex, said.", "head of the Kazakh delegation Zorbex")])
def test_lower_case_nouns_after_of_and_a_states_adjective_stay_in_the_title(text, title, vocab):
    assert after(text, "Oleg Sidorov", vocab) == [title]


def test_a_verb_after_the_states_adjective_and_a_noun_is_kept_out_of_the_title(vocab):
    [title] = after("Oleg Sidorov, head of the Russian delegation said that the talks went well.", "Oleg Sidorov",
                    vocab)
    assert "said" not in title and "delegation" not in title


def test_a_verb_of_appointment_after_the_appositive_gives_a_second_post(vocab):
    text = "Colonel Oleg Sidorov, Deputy Commander of the Border Troops, has been appointed commander of the Fleet."
    assert after(text, "Oleg Sidorov", vocab) == ["Deputy Commander of the Border Troops", "commander of the Fleet"]


def test_an_appositive_then_a_comma_and_no_verb_of_appointment_gives_one_post(vocab):
    text = "Oleg Sidorov, Deputy Commander of the Border Troops, said the drills went well."
    assert after(text, "Oleg Sidorov", vocab) == ["Deputy Commander of the Border Troops"]


def test_a_plural_possessive_inside_an_appositive_keeps_the_title_going(vocab):
    text = "Oleg Sidorov, the head of the Union of Free States' Council, met the envoy."
    assert after(text, "Oleg Sidorov", vocab) == ["head of the Union of Free States' Council"]


@pytest.mark.parametrize("text", ["On Monday Oleg Sidorov — Chairman of the Board of Trustees will open the fair.",
                                  "Oleg Sidorov – Chairman of the Board of Trustees – will open the fair."])
def test_a_spaced_dash_after_the_name_opens_an_appositive_as_a_comma_does(text, vocab):
    assert after(text, "Oleg Sidorov", vocab) == ["Chairman of the Board of Trustees"]


def test_a_spaced_dash_before_no_title_gives_none(vocab):
    assert after("Oleg Sidorov - the talks went well.", "Oleg Sidorov", vocab) == []


@pytest.mark.parametrize("text", ["Oleg Sidorov, deputy head of the bloc’s military committee, met the envoy.",
                                  "The envoy met Oleg Sidorov, head of the alliance's training centre."])
def test_a_common_noun_for_the_body_in_the_possessive_keeps_the_title_going(text, vocab):
    assert after(text, "Oleg Sidorov", vocab) == [text.split(", ")[1].rstrip(",.")]


def test_a_possessive_common_noun_then_a_verb_ends_the_title_before_it(vocab):
    assert after("Oleg Sidorov, head of the organization’s press service said.", "Oleg Sidorov", vocab) == ["head"]
