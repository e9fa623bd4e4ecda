"""Line kinds of a page (csto_graph.corpus.lines.classify_line)."""
import pytest

from csto_graph.corpus.lines import classify_line, match_dateline


@pytest.mark.parametrize("line", ["Back to the all news", "Go back", "Back to the section",
                                  "Print version", "Назад"])
def test_navigation_line(line):
    assert classify_line(line) == "nav"


@pytest.mark.parametrize("line", ["© TASS / Pavel Orlov", "Photo by Olga Sergeeva", "Link to photo bank"])
def test_credit_line(line):
    assert classify_line(line) == "credit"


def test_rule_line():
    assert classify_line("_______________________") == "rule"


def test_russian_caption_line():
    line = "Министры обороны в зале заседаний - РИА Новости, 1920, 14.06.2023"
    assert classify_line(line) == "caption"


def test_date_line():
    assert classify_line("14.06.2023") == "date"


def test_headline_with_date():
    assert classify_line("Defence ministers met in Yerevan 14.06.2023") == "headline_dated"


def test_dateline():
    assert classify_line("YEREVAN, June 14 - ARMENPRESS.  The ministers met.") == "dateline"


def test_press_secretary_opens_a_footer():
    assert classify_line("The CSTO Press Secretary Pavel Orlov") == "footer"


def test_phone_line_is_footer_only_inside_a_footer():
    assert classify_line("+7495-000-11-22", in_footer=True) == "footer"
    assert classify_line("+7495-000-11-22") == "text"


def test_sentence_is_text():
    assert classify_line("The ministers approved the plan of joint exercises.") == "text"


@pytest.mark.parametrize("text, kind", [
    ("Baku / 21.12.18 / Agency: On December 21, the ministers met.", "dateline"),
    ("Prices / 12.04 / Market: the rate rose.", "text"),  # no year: no dateline
    ("Oil / 1.12.18 / Market: the price of 12.04 held.", "text"),  # one-digit day
    ("Baku 21.12.18 Agency: the ministers met.", "text"),  # no slashes
])
def test_dateline_with_a_two_digit_year_needs_its_whole_shape(text, kind):
    assert classify_line(text) == kind


# --- buttons, site names and datelines of more outlets (issue #15) ---

@pytest.mark.parametrize("line", ["share with facebook", "Share on Twitter", "Updated", "Tweet"])
def test_widget_line(line):
    assert classify_line(line) == "widget"


@pytest.mark.parametrize("line", ["Official website of the President of Atlantis", "You are here: Home",
                                  "Home » News"])
def test_site_name_and_breadcrumb_are_navigation(line):
    assert classify_line(line) == "nav"


def test_a_sentence_about_sharing_is_text():
    assert classify_line("The ministers agreed to share with their partners the results of the talks.") == "text"


def test_dateline_with_a_numeric_date_and_the_agency_in_brackets():
    line = "MINSK, 26.12.2019 (Agency) – Yesterday, the ministers met."
    m = match_dateline(line)
    assert (m["place"], m["nday"], m["nmonth"], m["nyear"]) == ("MINSK", "26", "12", "2019")
    assert line[m.end():].startswith("Yesterday")


@pytest.mark.parametrize("line", ["BISHKEK. AGENCY - Today, the ministers met.", "BISHKEK (Agency) - The ministers met."])
def test_dateline_of_a_known_city_with_its_agency_and_a_dash(line):
    m = match_dateline(line)
    assert m["place"] == "BISHKEK" and line[m.end():].startswith(("Today", "The"))


def test_dateline_of_a_city_with_its_agencies_and_date_in_brackets():
    line = "MINSK (Agency News / Agency - 15th October, 2020) The summit will be held in December."
    m = match_dateline(line)
    assert m["place"] == "MINSK" and line[m.end():].startswith("The summit")
    assert match_dateline("MINSK (the Agency) The summit will be held in December.") is None


def test_an_unknown_word_in_capitals_before_an_agency_is_no_dateline():
    assert match_dateline("NOTACITY (Agency) - The ministers met.") is None


def test_a_sentence_opening_with_the_press_service_is_text_not_a_footer():
    line = "The press service of the military district said the exercises also involve units of four member states."
    assert classify_line(line) == "text"
    assert classify_line("The Press Secretary of the Secretariat Ivan Petrov") == "footer"


# --- tickers and empty fields of scraped pages (issue #15) ---

def test_a_ticker_of_other_headlines_between_bullets_is_a_widget():
    line = ("Grain prices fall on weak demand  \u2022 Union chief welcomes the release of hostages  \u2022 "
            "Atlantis to hold its vote on May 2: local media  \u2022 Dollar rises again")
    assert classify_line(line) == "widget"


@pytest.mark.parametrize("line", ["\u2022 The ministers met in Minsk on Monday.",
                                  "The ministers discussed trade \u2022 and security."])
def test_a_line_with_one_bullet_is_text(line):
    assert classify_line(line) == "text"


@pytest.mark.parametrize("line", ["None", "null", "undefined"])
def test_an_empty_field_a_scraper_printed_is_a_widget(line):
    assert classify_line(line) == "widget"


def test_a_dateline_of_a_region_the_gazetteer_does_not_know():
    m = match_dateline("OSTRAVA REGION. AGENCY \u2013 The joint exercise began on Monday.")
    assert m is not None and m["place"] == "OSTRAVA REGION"


@pytest.mark.parametrize("text", ["BREAKING NEWS. AGENCY \u2013 The joint exercise began on Monday.",
                                  "REGION. AGENCY \u2013 The joint exercise began on Monday."])
def test_an_unknown_capitalised_opener_without_a_kind_of_region_is_no_dateline(text):
    assert match_dateline(text) is None


# --- r1: a byline with a date is a date line, whatever its separators ---

@pytest.mark.parametrize("line", ["By Oleg Sidorov • 3 May 2021 • 10:15", "By Oleg Sidorov | Monday, 3 May 2021",
                                  "Author: Oleg Sidorov · 3 May 2021 · 08:28 PM",
                                  "Oleg Sidorov Published May 3, 2021 | 08:28 PM"])
def test_a_byline_with_a_date_is_a_date_line(line):
    assert classify_line(line) == "date"


@pytest.mark.parametrize("line", ["Talks resume • Prices fall • Rain in the north",
                                  "By the river • Ministers meet • 3 May 2021 • 10:15"])
def test_headlines_between_bullets_stay_a_ticker(line):
    assert classify_line(line) == "widget"


# --- a headline with its date and time glued after it (issue #15, stop 25) ---

@pytest.mark.parametrize("line, title, date", [
    ("Ministers meet in the capital 10 августа 2014, 12:39", "Ministers meet in the capital", "2014-08-10"),
    ("Ministers meet in Minsk March 3, 2021 10:15", "Ministers meet in Minsk", "2021-03-03"),
    ("Ministers meet in Minsk 08.12.2021", "Ministers meet in Minsk", "2021-12-08"),
])
def test_headline_with_its_date_and_time(line, title, date):
    from csto_graph.corpus.lines import dated_headline

    assert classify_line(line) == "headline_dated"
    assert dated_headline(line) == (title, date)


@pytest.mark.parametrize("line", [
    "Ministers to meet in Minsk on 10 August 2014",        # a date without a time: the headline's own words
    "The session opened at 10:15",                         # a time without a date
    "Talks on 3 May 2021, 10:15",                          # too few words before the date for a headline
])
def test_headline_without_a_glued_date_and_time_is_text(line):
    assert classify_line(line) == "text"


# --- page furniture: an accessibility panel, a form's empty labels (issue #15, stop 25) ---

@pytest.mark.parametrize("line", ["View settings", "Font size:", "Site colours:", "Images", "Settings", "ID :",
                                  "Author :", "Auther :"])
def test_accessibility_panel_and_empty_labels_are_widgets(line):
    assert classify_line(line) == "widget"


@pytest.mark.parametrize("line", ["Author: Oleg Sidorov", "Images of the drills were shown to the ministers."])
def test_a_label_with_its_value_or_a_sentence_is_no_widget(line):
    assert classify_line(line) != "widget"


# --- y1: names in page furniture ---

def test_a_dateline_of_a_date_and_an_outlet_without_a_city_is_a_dateline():
    from csto_graph.corpus.lines import classify_line, dateline_place, match_dateline

    m = match_dateline("February 13, QNP. The Zorvan Council plans three drills.")
    assert m is not None and m["agency4"] == "QNP" and dateline_place(m) is None
    assert classify_line("13 February 2023, Quillnet News - The council met.") == "dateline"


def test_a_date_before_a_city_a_weekday_or_a_sentence_is_no_outlet_dateline():
    from csto_graph.corpus.lines import match_dateline

    for text in ("May 3, Minsk. The council met.", "May 3, Tuesday. The council met.",
                 "February 13, Bram Tolvik said the talks went well.", "March 3, 2022. The council met."):
        assert match_dateline(text) is None, text


@pytest.mark.parametrize("line, expected", [
    ("Session of the Collective Security Council September 15, 2015, Minsk",
     ("Session of the Collective Security Council", "2015-09-15")),
    ("Ministers to meet on 10 May 2015, Minsk", None),  # a date in the headline's sentence
    ("Session of the Council September 15, 2015, Atlantis", None),  # no city the gazetteer knows
])
def test_a_headline_with_a_full_date_and_a_known_city_glued_after_it(line, expected):
    from csto_graph.corpus.lines import dated_headline

    assert dated_headline(line) == expected


def test_a_slashed_dateline_without_spaces_around_its_slashes():
    assert classify_line("Almaty/13.01.22/Agency: A ceremony was held in the city.") == "dateline"
