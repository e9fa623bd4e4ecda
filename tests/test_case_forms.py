"""The case forms of Russian names the graph stores, on invented names."""
from __future__ import annotations

import doctest

import pytest

from csto_graph.graph import case_forms
from csto_graph.graph.case_forms import body_forms, case_forms as forms_of, form_key, person_forms, surname_forms


@pytest.mark.parametrize("surname, forms", [
    ("Хайдаров", {"хайдаров", "хайдарова", "хайдарову", "хайдаровым", "хайдарове", "хайдаровом"}),
    ("Мухтарин", {"мухтарин", "мухтарина", "мухтарину", "мухтариным", "мухтарином", "мухтарине"}),  # either way
    ("Кось", {"кось", "кося", "косю", "косем", "косе"}),
    ("Белова", {"белова", "беловой", "белову"}),
])
def test_a_surname_declines_by_the_endings_of_the_data(surname, forms):
    assert surname_forms(surname) == forms


@pytest.mark.parametrize("surname", ["Шойгуру", "Кравченко", "Дюмаи", "Н.кос"])
def test_a_surname_ending_in_a_vowel_other_than_a_or_ya_or_holding_an_initial_keeps_its_form(surname):
    assert surname_forms(surname) == {surname.lower()}


def test_a_mans_surname_never_gets_a_womans_ending():
    forms = person_forms("Юрий Хайдаров")
    assert "юрием хайдаровым" in forms and "юрия хайдарова" in forms
    assert not any(f.endswith("хайдаровой") for f in forms)


def test_a_womans_name_declines_as_hers():
    forms = person_forms("Анна Белова")
    assert {"анной беловой", "анну белову", "беловой"} <= forms and "анной беловым" not in forms


def test_an_indeclinable_given_name_stays_and_the_surname_declines():
    forms = person_forms("Имангали Хайдаров")  # pymorphy3 marks the given name Fixd
    assert "имангали хайдаровым" in forms and not any(f.startswith("имангал") and "имангали" not in f for f in forms)


def test_a_body_declines_up_to_its_head_noun_only():
    assert body_forms("Совет министров пограничников") >= {"совета министров пограничников",
                                                           "советом министров пограничников"}
    assert not any("министра " in f for f in body_forms("Совет министров пограничников"))


def test_keys_read_yo_as_ye_and_latin_names_have_none():
    assert form_key("Вооружённым СИЛАМ") == "вооруженным силам"
    assert forms_of("Ivan Petrov", "person") == set() and forms_of("Совет", "post") == set()
    assert all("ё" not in f for f in forms_of("Объединённый совет", "body"))


def test_docstring_examples_run():
    assert doctest.testmod(case_forms).failed == 0


def test_an_abbreviation_does_not_decline():
    assert body_forms("СКПВ") == {"скпв"} and body_forms("ОДКБ пограничников") == {"одкб пограничников"}


def test_a_surname_declines_each_way_the_endings_allow():
    # "-жа": the data has "-ой" and "-ей" for a man's "-а"; "-ин": a Russian surname's and a noun's
    assert {"пальжой", "пальжей"} <= surname_forms("Пальжа")
    assert {"мухтариным", "мухтарином"} <= surname_forms("Мухтарин")


def test_a_mans_given_name_the_dictionary_does_not_know_declines_as_a_noun():
    forms = person_forms("Гхарн Ованесян")
    assert {"гхарном ованесяном", "гхарна ованесяна", "гхарну ованесяну"} <= forms


def test_a_womans_given_name_the_dictionary_does_not_know_stays_as_written():
    assert {"гхарн беловой", "гхарн белову"} <= person_forms("Гхарн Белова")
    assert not any(f.startswith("гхарна") or f.startswith("гхарном") for f in person_forms("Гхарн Белова"))
