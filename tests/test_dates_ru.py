import pytest

from csto_graph.corpus.dates_ru import (first_russian_date, occasion_dates, opening_date, page_year, relative_russian_date,
                                       russian_dates, russian_month)


@pytest.mark.parametrize("text,year,expected", [
    ("Совещание прошло 12 апреля 2018 года в Ереване", None, "2018-04-12"),
    ("МИНСК, 3 марта. /Агентство/.", 2021, "2021-03-03"),
    ("09:15, 7 Декабрь 2019 | опубликовано", None, "2019-12-07"),
    ("Ереван, 12.04.2018 (агентство)", None, "2018-04-12"),
    ("сессия 26–27 ноября 2024 года", None, "2024-11-26"),
    ("13 мая 2020 состоялась встреча", None, "2020-05-13"),
    ("БАКУ, 5 окт - агентство", 2012, "2012-10-05"),
    ("В РЕГИОНЕ\nУчения начались\n04/06/2023 — 10:20", None, "2023-06-04"),
    ("номер 3.04/2023 от ведомства", None, None),
    ("Ташкент, 14.05.21. /Агентство/. Совет собрался", None, "2021-05-14"),
    ("курс 12.50 рубля, индекс 3.4.17.2", None, None),
    ("08:45 Мар. 4, 2022", None, "2022-03-04"),
    ("15:30 Окт 21, 2019 | новости", 2020, "2019-10-21"),
    ("10:12 5 мая 2023 года", None, "2023-05-05"),
    ("7-го октября состоялся брифинг", 2014, "2014-10-07"),
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


@pytest.mark.parametrize("text,expected", [
    ("Учения запланированы на 2025 год, а в декабре 2024 года пройдёт совещание.", 2024),
    ("Итоги работы в 2023 году подвели в Минске.", 2023),
    ("Определены планы на 2026 год и задачи до 2030 года.", None),
])
def test_the_year_of_a_yearless_dateline_is_not_one_the_page_looks_forward_to(text, expected):
    assert page_year(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Председатель в период между сессиями 2017- 2018 гг. провёл встречу.", None),
    ("В 2018-2019гг. председательство приняла Беларусь.", None),
    ("План на 2031–2032 годы и итоги 2017 года.", 2017),
    ("Реализация решений ноябрьской (2016г.) сессии Совета.", None),
    ("Решения июньской (2016 года) сессии и итоги 2017 года.", 2017),
])
def test_the_years_of_a_period_or_of_an_occasion_in_brackets_are_no_page_year(text, expected):
    """A period ("между сессиями 2017-2018 гг.") names the years around the page's, not its own;
    a year in brackets after the occasion's month ("ноябрьской (2016г.) сессии") dates that occasion."""
    assert page_year(text) == expected


def test_a_yearless_dateline_over_a_period_of_years_stays_undated():
    from csto_graph.corpus.pages import split_page
    from csto_graph.models import Document

    text = ("Новости\n12 октября в Минске состоялась сессия, которую провёл председатель в период "
            "между сессиями 2017- 2018 гг.\nВ 2018-2019гг. председательство приняла Армения.\n")
    [a] = split_page(Document("ru.txt", text, "utf-8", "txt", "ru.txt"))
    assert a.date is None


def test_a_yearless_dateline_takes_the_year_the_page_reports():
    from csto_graph.corpus.pages import split_page
    from csto_graph.models import Document

    text = ("МОСКВА, 16 ноя - Агентство. Учения ОДКБ запланированы на 2025 год, заявил генсек.\n"
            "Совещание по итогам прошло в мае 2024 года.\n")
    [a] = split_page(Document("ru.txt", text, "utf-8", "txt", "ru.txt"))
    assert a.date == "2024-11-16"


@pytest.mark.parametrize("text,report,expected", [
    ("На прошедшем в августе брифинге", "2025-08-31", "2025-08"),
    ("в декабре прошла сессия", "2025-03-02", "2024-12"),
    ("в мае 2023 года", "2025-03-02", "2023-05"),
    ("в маршруте колонны", "2025-03-02", None),
])
def test_an_occasion_dated_by_its_month(text, report, expected):
    assert russian_month(text, report) == expected


def test_the_minutes_of_a_time_are_no_day():
    assert first_russian_date("Обновлено в 11:20 июня месяца", 2022) is None


def test_a_dateline_after_lines_of_rates_and_menus_dates_the_page():
    lines = ["• 12.31", "• 7.05", "Совет собрался в Душанбе", "Новости 3", "Подпишитесь",
             "Душанбе, 04.03.18. /Агентство/. Совет собрался в столице."]
    assert opening_date(lines) == "2018-03-04"


def test_a_date_inside_a_later_line_does_not_date_the_page():
    lines = ["Меню", "Главная", "Новости", "Совет собрался, а 4 марта 2018 года прошли учения."]
    assert opening_date(lines) is None


def test_of_two_dates_opening_a_page_the_one_its_report_gives_the_day_of_dates_it():
    lines = ["3.04.2025", "Совет собрался в Душанбе", "12.09.2018", "Совет собрался в Душанбе",
             "Сегодня, 12 сентября, совет собрался в столице."]
    assert opening_date(lines) == "2018-09-12"


def test_of_two_dates_opening_a_page_the_first_dates_it_when_no_day_agrees():
    assert opening_date(["3.04.2025", "Совет собрался", "12.09.2018", "Совет собрался в столице."]) == "2025-04-03"


def test_the_bound_of_a_period_does_not_date_a_page():
    lines = ["Следующая сессия пройдёт в Минске.", "С 1 января 2027 года председательство перейдёт к Армении.",
             "Сегодня совет собрался в столице."]
    assert opening_date(lines) is None


@pytest.mark.parametrize("lines,year,expected", [
    # a full date of the autumn before: the winter day is of the year after it
    (["3 февраля генсек прибыл в Ереван.", "Программа была принята 20 ноября 2030 года в Минске."], 2030,
     "2031-02-03"),
    # a full date of the spring after: the winter day is of the year before it
    (["10 декабря министры собрались в Бишкеке.", "Следующее совещание пройдёт 14 марта 2031 года."], 2031,
     "2030-12-10"),
    # a full date of the same season: the day keeps the year
    (["12 мая совет собрался в Минске.", "Решение принято 3 апреля 2030 года."], 2030, "2030-05-12"),
    # a year named without a day gives no date to be near to
    (["3 февраля генсек прибыл в Ереван.", "Итоги 2030 года подвели на совещании."], 2030, "2030-02-03"),
])
def test_a_yearless_opening_day_takes_the_year_nearest_the_full_date_the_page_names(lines, year, expected):
    assert opening_date(lines, year) == expected


def test_an_opening_day_with_its_year_keeps_it():
    lines = ["3 февраля 2030 года генсек прибыл в Ереван.", "Программа была принята 20 ноября 2030 года."]
    assert opening_date(lines, 2030) == "2030-02-03"


def test_a_yearless_dateline_of_a_page_takes_the_year_after_an_autumn_date_it_names():
    from csto_graph.corpus.pages import split_page
    from csto_graph.models import Document

    text = ("ЕРЕВАН, 3 фев - Агентство. Генсек встретился с министром.\n"
            "Программа была принята 20 ноября 2030 года на сессии в Минске.\n")
    [a] = split_page(Document("ru.txt", text, "utf-8", "txt", "ru.txt"))
    assert a.date == "2031-02-03"


def _page_date(text):
    from csto_graph.corpus.pages import split_page
    from csto_graph.models import Document

    [a] = split_page(Document("ru.txt", text, "utf-8", "txt", "ru.txt"))
    return a.date


@pytest.mark.parametrize("text,expected", [
    # late in a year, a year named bare may be the next one: no date rather than a wrong one
    ("14 декабря министр встретился с генсеком.\nОни обсудили председательство Армении в 2031 году.\n", None),
    ("Минск, 22 ноября. Министры обсудили важность 2031 года для организации.\n", None),
    # the same year in a month, a full date or an exercise's name dates the page
    ("14 декабря министр встретился с генсеком.\nОни обсудили итоги учений «Щит-2030».\n", "2030-12-14"),
    ("14 декабря министр встретился с генсеком.\nОни вспомнили встречу в мае 2030 года.\n", "2030-12-14"),
    # earlier in the year a bare year still dates it
    ("14 мая министр встретился с генсеком.\nОни обсудили председательство Армении в 2030 году.\n", "2030-05-14"),
], ids=["december-bare", "november-bare", "exercise-name", "month-and-year", "spring-bare"])
def test_a_bare_year_dates_no_yearless_day_at_the_turn_of_the_year(text, expected):
    assert _page_date(text) == expected


def test_a_span_of_days_written_with_po_is_read_from_its_first_day():
    from csto_graph.corpus.dates_ru import russian_span

    text = "Консультации, которые прошли с 18 по 20 июня 2024 года, завершились."
    assert first_russian_date(text) == "2024-06-18"
    assert russian_span(text) == ("2024-06-18", "2024-06-20")


def test_a_span_of_days_dates_a_page_though_a_bound_does_not():
    assert opening_date(["На встрече, которая прошла с 18 по 20 июня, обсудили учения."], 2024) == "2024-06-18"
    assert opening_date(["С 1 января функции председателя перейдут к Армении."], 2024) is None


@pytest.mark.parametrize("text,expected", [
    ("ЕРЕВАН, 15 апр — Агентство. Генсек встретился в четверг", " — Агентство. Генсек встретился в четверг"),
    ("19 октября /Агентство/ 18 октября генсек встретился", " /Агентство/ 18 октября генсек встретился"),
    ("Генсек 15 апреля встретился с министром", None),
    ("26–27 ноября в Минске прошла сессия", None),
])
def test_the_day_a_dateline_opens_a_sentence_with(text, expected):
    from csto_graph.corpus.dates_ru import dateline_end

    at = dateline_end(text, 2016)
    assert (text[at:] if at is not None else None) == expected


def test_the_items_of_a_menu_do_not_count_towards_the_reach_of_a_dateline():
    # a site lists its countries above the report: the report's own dateline still dates the page
    lines = ["Комиссия парламента по делам соседей", "Парламент страны"] + \
            [f"  • Страна {k}" for k in range(14)] + \
            ["17 марта председатель комиссии Пётр Зарецкий и министр Олег Лунин обсудили сотрудничество",
             "17 Марта 2019"]
    assert opening_date(lines, 2019) == "2019-03-17"
    # lines that are no menu items still count: far below the opening, a date does not date the page
    assert opening_date(["Меню"] + [f"Раздел {k}" for k in range(14)] + ["17 марта министр прибыл."], 2019) is None


def test_of_two_dates_opening_a_page_the_one_written_with_its_year_dates_it():
    # a teaser of another report ("14 июля") over the page's own stamp
    lines = ["Министр Иван Горский 14 июля в Оше принял делегацию.", "Совет проведёт семинар в Оше",
             "11.02.2016", "19 февраля с.г. в Оше пройдёт семинар."]
    assert opening_date(lines, 2016) == "2016-02-11"
    # a page published on a day and updated on another, which a later line repeats
    lines = ["Опубликовано 4 февраля 2021, 09:10", "Обновлено 22 апреля, 11:05", "Обновлено 22 апреля, 11:05",
             "Совет собрался в Оше"]
    assert opening_date(lines, 2021) == "2021-02-04"


def test_the_bound_of_a_period_dates_no_occasion():
    text = "С 1 января 2026 года председательство переходит к России; до 5 мая 2026 года — подготовка, 11 ноября 2026 года — сессия"
    assert [d for _, d in occasion_dates(text)] == ["2026-11-11"]
    assert [d for _, d in russian_dates(text)] == ["2026-01-01", "2026-05-05", "2026-11-11"]


def test_a_section_and_its_numeric_stamp_date_the_page():
    lines = ["Онлайн", "Курс валют", "91.20", "В РЕГИОНЕ", "Министр провёл встречу с послом",
             "Армения 14/03/2019 — 11:20", "Министр Иван Кошенко и посол Олег Смирнов провели встречу."]
    assert opening_date(lines) == "2019-03-14"


def test_a_name_and_a_numeric_date_in_a_sentence_do_not_date_the_page_as_a_stamp():
    lines = ["Онлайн", "Курс валют", "91.20", "Министр 14.03.2019 провёл встречу с послом"]
    assert opening_date(lines) is None


@pytest.mark.parametrize("text, expected", [
    ("Генсек отметил мероприятия, проведённые в прошлом году, и т.п.; учения «Рубеж-2018» в Армении.", 2019),
    ("В прошлом году учений не было. Учения «Рубеж-2018» прошли в Армении.", 2018),
], ids=["named-as-last-year", "last-year-in-another-sentence"])
def test_a_year_named_as_the_year_before_gives_the_next_one(text, expected):
    assert page_year(text) == expected


def test_a_sites_clock_over_its_weather_line_is_not_the_pages_date():
    lines = ["НОВОСТИ", "Вторник, 16 апреля 2024", "Минск +9°C", "Политика", "20 декабря 2011, 15:28", "",
             "Заголовок сообщения", "20 декабря, Москва /Агентство/. Текст."]
    assert opening_date(lines, None) == "2011-12-20"


def test_a_date_over_a_report_of_frost_still_dates_the_page():
    lines = ["15 января 2024", "Учения в горах прошли при морозе -30°C, сообщили в штабе учений ОДКБ"]
    assert opening_date(lines, None) == "2024-01-15"
