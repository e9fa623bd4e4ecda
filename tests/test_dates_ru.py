import pytest

from csto_graph.corpus.dates_ru import first_russian_date, relative_russian_date, russian_dates


@pytest.mark.parametrize("text,year,expected", [
    ("Совещание прошло 12 апреля 2018 года в Ереване", None, "2018-04-12"),
    ("МИНСК, 3 марта. /Агентство/.", 2021, "2021-03-03"),
    ("09:15, 7 Декабрь 2019 | опубликовано", None, "2019-12-07"),
    ("Ереван, 12.04.2018 (агентство)", None, "2018-04-12"),
    ("сессия 26–27 ноября 2024 года", None, "2024-11-26"),
    ("13 мая 2020 состоялась встреча", None, "2020-05-13"),
    ("БАКУ, 5 окт - агентство", 2012, "2012-10-05"),
])
def test_russian_date_forms(text, year, expected):
    assert first_russian_date(text, year) == expected


def test_a_yearless_date_without_a_year_given_is_no_date():
    assert first_russian_date("МИНСК, 3 марта. /Агентство/.") is None


def test_an_impossible_day_is_no_date():
    assert russian_dates("31 февраля 2020 года") == []


@pytest.mark.parametrize("text,expected", [
    ("Встреча прошла в пятницу в Минске", "2024-05-10"),
    ("Во вторник министры обсудили план", "2024-05-14"),
    ("Накануне состоялись переговоры", "2024-05-13"),
    ("Вчера генсек провёл совещание", "2024-05-13"),
    ("Выделены средства на учения", None),
])
def test_a_day_named_relative_to_the_report(text, expected):
    assert relative_russian_date(text, "2024-05-14") == expected


def test_a_relative_day_without_a_report_day_is_no_date():
    assert relative_russian_date("Встреча прошла в пятницу", "2024-05") is None
