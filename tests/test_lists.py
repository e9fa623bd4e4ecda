"""Titles and states a sentence shares over a list of names (csto_graph.extract.lists), read
through the build's own sentence splitter."""
from __future__ import annotations

import pytest

from helpers import extract, person


def posts(p):
    return {(m.post, m.org) for m in p.posts}


def test_parenthesised_list_gives_each_minister_his_state_and_rank():
    _, ex = extract("The defense ministers of the Republic of Armenia (Lieutenant General Arsen Torosyan), "
                    "of the Kyrgyz Republic (Colonel General Talgat Usenov) participated in the meeting.")
    arsen, talgat = person(ex, "Arsen Torosyan"), person(ex, "Talgat Usenov")
    assert posts(arsen) == {("Defense Minister", "armenia")} and arsen.rank == "Lieutenant General"
    assert posts(talgat) == {("Defense Minister", "kyrgyzstan")} and talgat.rank == "Colonel General"


def test_list_with_the_state_in_brackets_after_each_name():
    _, ex = extract("The meeting was attended by the chiefs of the general staffs of the armed forces of the "
                    "CSTO member states: Hayk Hovhannes (Armenia), Leonid Prokop (Belarus).")
    assert posts(person(ex, "Hayk Hovhannes")) == {("Chief of the General Staff of the Armed Forces", "armenia")}
    assert posts(person(ex, "Leonid Prokop")) == {("Chief of the General Staff of the Armed Forces", "belarus")}


def test_a_plural_title_heads_each_name_of_the_list_after_it():
    _, ex = extract("The event was attended by the CSTO Deputy Secretaries General Pavel Orlov, Ivan Petrov "
                    "and Oleg Sidorov, and the minister.")
    for name in ("Pavel Orlov", "Ivan Petrov", "Oleg Sidorov"):
        [post] = person(ex, name).posts
        assert (post.post, post.org) == ("Deputy Secretary General", "csto"), name
        assert person(ex, name).rank is None


def test_a_plural_title_of_a_state_heads_names_each_after_its_own_state():
    _, ex = extract("The talks were attended by foreign ministers of Armenia Oleg Danilov, Belarus Ivan Belov, "
                    "Kazakhstan Pavel Sidorov, and CSTO Secretary General Petr Markov.")
    assert posts(person(ex, "Oleg Danilov")) == {("Foreign Minister", "armenia")}
    assert posts(person(ex, "Ivan Belov")) == {("Foreign Minister", "belarus")}
    assert posts(person(ex, "Pavel Sidorov")) == {("Foreign Minister", "kazakhstan")}
    assert posts(person(ex, "Petr Markov")) == {("Secretary General", "csto")}


def test_a_name_of_that_list_without_its_state_takes_no_post():
    _, ex = extract("The talks were attended by the defense ministers of the Republic of Armenia Oleg Danilov, "
                    "of the Kyrgyz Republic Ivan Belov and Pavel Sidorov.")
    assert posts(person(ex, "Ivan Belov")) == {("Defense Minister", "kyrgyzstan")}
    assert all(not p.posts for p in ex.people if p.name == "Pavel Sidorov")


def test_a_state_before_the_first_title_of_a_list_is_the_state_of_the_titles_after_it():
    _, ex = extract("Kazakhstan's Minister of Foreign Affairs Ivan Petrov, Minister of Defense Oleg Sidorov "
                    "and Secretary of the Security Council Arman Saparov took part in the meeting.")
    assert {m.org for m in person(ex, "Oleg Sidorov").posts} == {"kazakhstan"}
    assert {m.org for m in person(ex, "Arman Saparov").posts} == {"kazakhstan"}


def test_a_title_of_the_list_that_names_its_own_state_keeps_it():
    _, ex = extract("Kazakhstan's Minister of Defense Ivan Petrov and Minister of Defense of the Republic of "
                    "Armenia Oleg Sidorov took part in the meeting.")
    assert {m.org for m in person(ex, "Oleg Sidorov").posts} == {"armenia"}


def test_a_state_after_the_name_does_not_open_a_list():
    _, ex = extract("Ivan Petrov, Minister of Defense of Kazakhstan, and Minister of Justice Oleg Sidorov met.")
    assert {m.org for m in person(ex, "Oleg Sidorov").posts} == {None}


def test_a_plural_title_over_names_each_of_a_state():
    _, ex = extract("The meeting was attended by presidents Ivan Petrov of Kazakhstan, Oleg Sidorov of Belarus "
                    "and Arman Saparov of Kyrgyzstan.")
    assert posts(person(ex, "Ivan Petrov")) == {("President", "kazakhstan")}
    assert posts(person(ex, "Oleg Sidorov")) == {("President", "belarus")}
    assert posts(person(ex, "Arman Saparov")) == {("President", "kyrgyzstan")}


def test_the_state_a_sentence_says_its_officials_represent():
    _, ex = extract("Tajikistan was represented by Foreign Minister Ivan Petrov, Defense Minister Oleg Sidorov "
                    "and Security Council Secretary Arman Saparov.")
    assert {m.org for m in person(ex, "Oleg Sidorov").posts} == {"tajikistan"}
    _, ex = extract("Deputy Foreign Minister Ivan Petrov and Deputy Defense Minister Oleg Sidorov are "
                    "representing Tajikistan at the consultations.")
    assert {m.org for m in person(ex, "Ivan Petrov").posts} == {"tajikistan"}


def test_the_officials_listed_after_a_states_side_serve_that_state():
    _, ex = extract("Attending the talks on the Kazakh side were Foreign Minister Oleg Danilov, Defence Minister "
                    "Ivan Belov and Presidential Aide Pavel Sidorov.")
    for name, post in (("Oleg Danilov", "Foreign Minister"), ("Ivan Belov", "Defence Minister"),
                       ("Pavel Sidorov", "Presidential Aide")):
        assert posts(person(ex, name)) == {(post, "kazakhstan")}, name


def test_the_officials_heading_a_states_delegation_serve_that_state():
    _, ex = extract("The talks were attended by the delegation of the Republic of Armenia, headed by the Minister "
                    "of Foreign Affairs, Oleg Danilov, and the Minister of Defence, Ivan Belov.")
    assert posts(person(ex, "Oleg Danilov")) == {("Minister of Foreign Affairs", "armenia")}
    assert posts(person(ex, "Ivan Belov")) == {("Minister of Defence", "armenia")}


def test_the_list_of_a_delegation_ends_before_the_people_it_meets():
    _, ex = extract("The Kazakh delegation headed by Foreign Minister Oleg Danilov met with Defence Minister "
                    "Ivan Belov.")
    assert posts(person(ex, "Oleg Danilov")) == {("Foreign Minister", "kazakhstan")}
    assert posts(person(ex, "Ivan Belov")) == {("Defence Minister", None)}


@pytest.mark.parametrize("plural, singular", [("Chairmen", "Chairman"), ("Secretaries General", "Secretary General"),
                                              ("Permanent Representatives", "Permanent Representative")])
def test_the_plurals_of_the_one_table_head_each_name_of_a_list(plural, singular):
    """The plurals bodies' names and appositions read (``vocab/plurals.py``) head lists too."""
    _, ex = extract(f"The forum was attended by the {plural} Pavel Orlov, Ivan Petrov and Oleg Sidorov.")
    for name in ("Pavel Orlov", "Ivan Petrov", "Oleg Sidorov"):
        assert [p.post for p in person(ex, name).posts] == [singular], name


# --- x4, stop 25: a plural post over a list of states, then as many names, in order ---


def test_a_plural_post_of_two_states_gives_each_name_its_state_in_turn():
    _, ex = extract("The foreign ministers of Armenia and Belarus, Oleg Sidorov and Pavel Orlov held a telephone "
                    "conversation on Monday.")
    assert posts(person(ex, "Oleg Sidorov")) == {("Foreign Minister", "armenia")}
    assert posts(person(ex, "Pavel Orlov")) == {("Foreign Minister", "belarus")}
    assert person(ex, "Pavel Orlov").country == "belarus"


def test_counterparts_from_a_list_of_states_hold_the_post_of_the_person_before_them():
    _, ex = extract("Russian President Ivan Petrov, counterparts from Belarus, Kyrgyzstan and Armenia Oleg Sidorov, "
                    "Anna Kuznetsova and Pavel Orlov as well as Secretary General Boris Smirnov are taking part.")
    assert posts(person(ex, "Oleg Sidorov")) == {("President", "belarus")}
    assert posts(person(ex, "Anna Kuznetsova")) == {("President", "kyrgyzstan")}
    assert posts(person(ex, "Pavel Orlov")) == {("President", "armenia")}
    assert posts(person(ex, "Boris Smirnov")) == {("Secretary General", None)}


def test_a_list_of_more_names_than_states_takes_no_state_from_it():
    _, ex = extract("The defense ministers of Armenia and Belarus, Ivan Petrov, Oleg Sidorov and Pavel Orlov met.")
    assert all(p.country is None for p in ex.people)


def test_a_parenthesised_list_whose_later_states_drop_their_of():
    _, ex = extract("The presidents of Armenia (Arsen Torosyan), Belarus (Leonid Prokop) and Kyrgyzstan "
                    "(Talgat Usenov) attended the summit.")
    assert posts(person(ex, "Arsen Torosyan")) == {("President", "armenia")}
    assert posts(person(ex, "Leonid Prokop")) == {("President", "belarus")}
    assert posts(person(ex, "Talgat Usenov")) == {("President", "kyrgyzstan")}


def test_a_bracketed_name_after_a_state_and_no_list_before_it_takes_no_post():
    _, ex = extract("The talks with Belarus (Leonid Prokop) went well, the presidents said.")
    assert posts(person(ex, "Leonid Prokop")) == set()
