import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csto_graph.corpus.dates import find_dates, first_full_date, resolve_relative
from helpers import finishes

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def values(text, anchor=None):
    return [(d.value, d.end_value) for d in find_dates(text, anchor=anchor)]


# ------------------------------------------------------------------ full dates


def test_day_month_year():
    assert values("On 17 March 2023, in Bishkek, the Council met.") == [("2023-03-17", None)]


def test_month_day_comma_year():
    assert values("The talks held on March 17, 2023 ended late.") == [("2023-03-17", None)]


def test_numeric_day_month_year():
    assert values("Consultations 17.03.2023 in Yerevan") == [("2023-03-17", None)]


def test_match_keeps_its_offsets_and_surface_text():
    text = "Signed in Minsk on 6 October 2007 by the ministers."
    [match] = find_dates(text)
    assert text[match.start:match.end] == match.text == "6 October 2007"


# --------------------------------------------------------- dates needing an anchor


def test_month_day_this_year_takes_the_anchor_year():
    text = "On November 28, this year, a session of the Council took place."
    assert values(text, anchor="2019-11-30") == [("2019-11-28", None)]


def test_month_of_this_year_gives_year_month():
    text = "following talks with the Under-Secretary-General in June of this year."
    assert values(text, anchor="2022-10-05") == [("2022-06", None)]


def test_date_without_year_and_without_anchor_is_dropped():
    assert values("The delegation arrived on October 12 and left.") == []
    assert values("The delegation arrived on October 12 and left.", anchor="2022-10-15") == [
        ("2022-10-12", None)]


def test_relative_weekday_without_anchor_is_dropped():
    assert values("the minister told reporters on Friday that") == []


# ------------------------------------------------------------------------ spans


def test_span_day_to_day_month_year():
    text = "From 11 to 14 September 2022, the exercise took place near Osh."
    assert values(text) == [("2022-09-11", "2022-09-14")]


def test_span_month_day_to_day_comma_year():
    text = "From September 11 to 14, 2022, the exercise took place near Osh."
    assert values(text) == [("2022-09-11", "2022-09-14")]


def test_span_in_lower_case_from():
    text = "The courses were held from 3 to 28 February 2023, in Moscow."
    assert values(text) == [("2023-02-03", "2023-02-28")]


def test_span_across_months():
    text = "From 28 February to 3 March 2023, the mission visited Dushanbe."
    assert values(text) == [("2023-02-28", "2023-03-03")]


def test_span_across_new_year_starts_before_it_ends():
    text = "From December 30 to January 2, 2024, the staff were on duty."
    [match] = find_dates(text)
    assert match.value <= match.end_value


def test_span_is_one_match_not_also_its_end_date():
    text = "From 11 to 14 September 2022, the exercise took place."
    [match] = find_dates(text)
    assert match.text == "From 11 to 14 September 2022"


# --------------------------------------------------------------------- relative


def test_weekday_is_the_last_such_day_before_the_anchor():
    # 2022-10-13 is a Thursday
    assert values("the Secretary General said on Tuesday that", anchor="2022-10-13") == [
        ("2022-10-11", None)]


def test_weekday_on_the_anchor_day_is_the_anchor_itself():
    # 2022-10-11 is a Tuesday: "on Tuesday" in a Tuesday article means that day
    assert resolve_relative("on Tuesday", "2022-10-11") == "2022-10-11"


def test_weekday_after_the_anchor_weekday_goes_back_a_week():
    # 2022-10-10 is a Monday: the last Tuesday was 2022-10-04
    assert resolve_relative("on Tuesday", "2022-10-10") == "2022-10-04"


def test_the_day_before():
    assert values("The delegation had arrived the day before.", anchor="2023-03-01") == [
        ("2023-02-28", None)]


def test_relative_needs_a_full_anchor_date():
    assert resolve_relative("on Tuesday", "2022-10") is None


# ----------------------------------------------------------------- invalid dates


def test_invalid_numeric_date_is_dropped():
    assert values("The protocol of 31.02.2024 was signed.") == []


def test_invalid_month_day_year_is_dropped():
    assert values("The protocol of February 30, 2024 was signed.") == []


def test_invalid_day_month_year_is_dropped():
    assert values("The protocol of 31 February 2024 was signed.") == []


# ----------------------------------------------------------------- many dates


def test_several_dates_in_order():
    text = "Held on 19.07.2023 and again on July 21, 2023, then in August 2023."
    assert values(text) == [("2023-07-19", None), ("2023-07-21", None), ("2023-08", None)]


PHRASES = ["On 5 May 2021", "May 6, 2021", "07.05.2021", "From 8 to 9 May 2021",
           "From May 10 to 12, 2021", "in June of this year", "on Wednesday", "the day before",
           "in July", "August 3", "the Council met", ", and", "2021"]


@given(st.lists(st.sampled_from(PHRASES), max_size=8))
def test_matches_never_overlap_and_come_left_to_right(parts):
    text = " ".join(parts)
    found = find_dates(text, anchor="2021-12-08")
    for match in found:
        assert text[match.start:match.end] == match.text
    for left, right in zip(found, found[1:]):
        assert left.end <= right.start


# -------------------------------------------------------------- first_full_date


def test_first_full_date_skips_partial_dates():
    text = "In June 2021 and on 3 May the parties agreed; the act of 4.5.2022 followed."
    assert first_full_date(text) == "2022-05-04"


def test_first_full_date_of_a_span_is_its_start():
    assert first_full_date("From 11 to 14 September 2022, drills.") == "2022-09-11"


def test_first_full_date_is_none_without_one():
    assert first_full_date("In June 2021, on Wednesday, the day before.") is None


# ------------------------------------------------------------------- property


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_valid_date_reads_back_in_each_full_shape(day):
    month = MONTH_NAMES[day.month - 1]
    for text in (f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}",
                 f"{day.day:02d}.{day.month:02d}.{day.year}"):
        assert values(text) == [(day.isoformat(), None)], text


def test_day_range_before_month():
    assert [(d.value, d.end_value) for d in find_dates("On 22-24 January 2023, he visited Minsk.")] == \
        [("2023-01-22", "2023-01-24")]


def test_day_range_after_month():
    assert [(d.value, d.end_value) for d in find_dates("On January 22-24, 2023, he visited Minsk.")] == \
        [("2023-01-22", "2023-01-24")]


def test_day_range_without_year_takes_the_article_year():
    assert [(d.value, d.end_value) for d in find_dates("On 13-15 October, the exercise was held.",
                                                        anchor="2023-10-16")] == [("2023-10-13", "2023-10-15")]


def test_span_without_year_takes_the_article_year():
    assert [(d.value, d.end_value) for d in find_dates("From 19 to 20 March, he was in Minsk.",
                                                        anchor="2025-03-21")] == [("2025-03-19", "2025-03-20")]


def test_relative_words_at_the_start_of_a_sentence():
    assert [d.value for d in find_dates("Yesterday, the President received him.", "2025-02-06")] == ["2025-02-05"]
    assert [d.value for d in find_dates("The day before, they met.", "2025-02-06")] == ["2025-02-05"]
    assert [d.value for d in find_dates("On Tuesday, they met.", "2025-02-06")] == ["2025-02-04"]


def test_a_day_and_month_after_the_article_date_is_in_the_year_before():
    assert values("On December 2, the session was held.", "2025-05-16") == [("2024-12-02", None)]
    assert values("On December 2, the session was held.", "2020-12-03") == [("2020-12-02", None)]
    assert values("From 5 to 9 December, a trip.", "2022-01-10") == [("2021-12-05", "2021-12-09")]


def test_a_span_across_two_months():
    assert values("held in Minsk on October 31 - November 1, 2024.") == [("2024-10-31", "2024-11-01")]
    assert values("held on 30 June - 2 July 2023 in Minsk.") == [("2023-06-30", "2023-07-02")]


# Date lines: a line of a page that is only a date, in the shapes sites print.
from csto_graph.corpus.dates import date_line  # noqa: E402


@pytest.mark.parametrize("line, value", [
    ("14 March 2019, 10:32", "2019-03-14"),
    ("03.06.2025, 09:15", "2025-06-03"),
    ("12 / 04 / 2015", "2015-04-12"),
    ("07 11 2021", "2021-11-07"),
    ("Wed, 11/18/2015 - 09:40", "2015-11-18"),
    ("Mon, 10/27/2014 - 16:05", "2014-10-27"),                        # month first, a day past the 19th
    ("27/10/2014", "2014-10-27"),                                     # day first, the same day
    ("Published March 3, 2022", "2022-03-03"),
    ("Updated: 5 Sept. 2019 11:05 GMT", "2019-09-05"),
    ("2024-02-16", "2024-02-16"),
    ("Friday, 26 April 2024", "2024-04-26"),
    ("December 23, 2014, The Kremlin, Moscow", "2014-12-23"),
    ("Politics September 23, 2013, 1:26", "2013-09-23"),
    ("By Steppe Herald | Monday, 3 May 2021", "2021-05-03"),          # a byline and a bar
    ("Oleg Sidorov Published May 3, 2021 | 08:28 PM", "2021-05-03"),  # a byline and "Published"
    ("By Oleg Sidorov • 3 May 2021 • 10:15", "2021-05-03"),           # a byline, bullets and a time
    ("Author: Oleg Sidorov · Monday, 3 May 2021", "2021-05-03"),      # another opener, a middle dot
    ("3 May 2021 • 10:15", "2021-05-03"),                             # a date and a time after a bullet
    ("Дата публикации: May 16, 2012 11:28:58 AM", "2012-05-16"),      # a Russian label, a time with seconds
])
def test_date_line_shapes(line, value):
    assert date_line(line).value == value


def test_date_line_without_a_year_keeps_day_and_month():
    found = date_line("23 Nov. 14:00 (UTC+3 MSK)")
    assert (found.value, found.month, found.day) == (None, 11, 23)


@pytest.mark.parametrize("line", [
    "On 3 May 2021 the ministers met in Minsk.",
    "Menu Friday, 26 April 2024",          # a word before a date without a time: furniture
    "12 ministers attended the session",
    "31.02.2020",
    "By Oleg Sidorov | 3 May",                       # a byline before a day without a year
    "By Oleg Sidorov • 3 May 2021 • the ministers met",  # a byline, a date and text
    "Oleg Sidorov Created 3 May 2021",               # a date-line word that is no byline's closer
    "Minister Oleg Sidorov Published the decree on 3 May 2021",
])
def test_date_line_refuses_text(line):
    assert date_line(line) is None


def test_date_glued_to_the_text_after_it_ends_where_the_text_begins():
    line = "21.05.2020On May 26, 2020, the ministers met."
    assert line[:date_line(line).end] == "21.05.2020"


def test_a_space_before_the_comma_of_a_date():
    assert [d.value for d in find_dates("visits the border, September 22 , 2022.")] == ["2022-09-22"]


def test_a_text_with_eighty_thousand_dates_does_not_stall():
    # issue #14: each match was tested against every date found before (quadratic)
    out = finishes("""
from csto_graph.corpus.dates import find_dates
found = find_dates("On 2 December 2021 and on 12.05.2022 the Council met in May. " * 40_000)
print(len(found), sorted({d.shape for d in found}))
""")
    assert out.strip() == "80000 ['dmy', 'numeric']"


# ------------------------------------------------- a day alone (issue #15)

def test_on_the_nth_is_a_day_of_the_anchors_month():
    assert values("The Council met in the capital on the 20th local time.", anchor="2023-06-21") == \
        [("2023-06-20", None)]
    assert values("The ministers met on the 28th, the agency said.", anchor="2023-03-02") == [("2023-02-28", None)]


def test_an_ordinal_before_a_noun_is_no_day():
    assert values("The Council marked the 30th anniversary of the Treaty.", anchor="2023-06-21") == []
    assert values("It was held on the 25th anniversary of the Treaty.", anchor="2023-06-21") == []


# --- date lines an English page prints in Russian, a time first, a city and its source after (issue #15, stop 25) ---

@pytest.mark.parametrize("line, value", [
    ("28 ноября 2019", "2019-11-28"),                      # a Russian month, in the genitive
    ("10 февраля, 2021 10:27", "2021-02-10"),              # a comma before the year, a time after
    ("Март 3, 2021", "2021-03-03"),                        # month first, in the nominative
    ("28 ноября 2019, Minsk - Steppe news agency , Oleg SIDOROV", "2019-11-28"),  # a city, a dash, the source
])
def test_date_line_in_russian_or_with_its_source(line, value):
    assert date_line(line).value == value


@pytest.mark.parametrize("line", [
    "3 May 2021, Minsk - The ministers met in the capital.",   # the report's first sentence: it ends
    "3 May 2021, Minsk - the ministers of the two states met in the capital on the day",  # too long for a source
    "16:39 the ministers met",
    "16:39, 28 November the ministers met",  # a time before a day without a year, then text
    "28 ноября министры встретились",
])
def test_date_line_with_a_city_refuses_a_sentence(line):
    assert date_line(line) is None


def test_a_date_line_with_its_city_and_source_is_one_line(tmp_path):
    from csto_graph.corpus.lines import page_lines

    lines = page_lines("28 ноября 2019, Minsk - Steppe news agency , Oleg SIDOROV\nThe summit opened.\n")
    assert [ln.kind for ln in lines[:2]] == ["date", "text"]
    assert lines[0].text.endswith("Oleg SIDOROV")


@pytest.mark.parametrize("line, value", [("10 May 2021 - 13:26 AMT", "2021-05-10"),
                                         ("10 августа 2021 - 13:26 AMT", "2021-08-10")])
def test_a_time_zone_after_the_time_is_not_cut_at_its_am(line, value):
    from csto_graph.corpus.lines import page_lines

    first, second = page_lines(f"{line}\nThe ministers met.\n")[:2]
    assert (first.text, first.kind, second.text) == (line, "date", "The ministers met.")
    assert date_line(line).value == value


# --- a time before a date line's date (issue #15, stop 26) ---

@pytest.mark.parametrize("line, value", [
    ("16:39, 28 November 2019", "2019-11-28"),                                 # a clock time and a comma first
    ("09:05, 3 мая 2021, Minsk - Steppe news agency , Oleg SIDOROV", "2021-05-03"),  # then its city and source
])
def test_date_line_with_a_clock_time_first(line, value):
    assert date_line(line).value == value


@pytest.mark.parametrize("line", ["16:39, the ministers met", "16:39, 28 November the ministers met in the capital"])
def test_a_time_first_does_not_make_text_a_date_line(line):
    assert date_line(line) is None


def test_a_view_count_after_the_clock_time_stays_on_the_date_line():
    # a site prints the date, the time and how many read the page: "28.05.2025, 14:26 45981"
    assert date_line("17.03.2031, 09:12 3804").value == "2031-03-17"


@pytest.mark.parametrize("line", ["17.03.2031 3804", "17.03.2031, 09:12 3804 ministers met"])
def test_a_number_without_a_clock_time_or_with_words_is_no_view_count(line):
    assert date_line(line) is None


@pytest.mark.parametrize("text, value", [
    ("Envoys meet the press in Dorvala, SEPTEMBER 4, 2031 © Agency", "2031-09-04"),
    ("Envoys meet the press in Dorvala, SEptember 4, 2031 © Agency", "2031-09-04"),
    ("The envoys of Tarsk met on 9 FEBRUARY 2029.", "2029-02-09"),
])
def test_a_month_printed_in_capitals_after_its_first_letter(text, value):
    assert values(text) == [(value, None)]


def test_a_month_word_in_lower_case_is_no_date():
    assert values("The cadets march 3 km and may 5 times a week.") == []


# --- year-first dates with slashes or dots, day-first dates with dashes, a date-line word before the clock (stop 31) ---

@pytest.mark.parametrize("line, value", [
    ("2031/09/22", "2031-09-22"),                 # year first, slashed: never month first after the year
    ("2031.09.22", "2031-09-22"),                 # year first, dotted
    ("26-05-2031", "2031-05-26"),                 # day first, dashed
    ("11-10-2031, 17:15", "2031-10-11"),          # with its time
    ("Date: 15:31, 17-10-2031.", "2031-10-17"),   # a date-line word, the clock time, then the date
    ("Posted 10:15, 3 May 2031", "2031-05-03"),
])
def test_date_line_year_first_slashed_day_first_dashed(line, value):
    assert date_line(line).value == value


@pytest.mark.parametrize("line", ["2031/22/09", "31-31-2031", "1125-30-06-2031", "Date: 15:31, the ministers met"])
def test_date_line_of_those_shapes_refuses_no_date(line):
    assert date_line(line) is None


def test_a_year_first_slashed_date_line_dates_the_report_under_it():
    from csto_graph.models import Document
    from csto_graph.corpus.pages import split_page

    text = ("Envoys to meet in Dorvala\n\n2031/09/22\n\n"
            "DORVALA, September 23 (Agency) - Ivan Petrenko will on Monday meet the envoys of the alliance.\n")
    article, = split_page(Document("p.txt", text, "utf-8", "txt", "0"))
    assert (article.date, article.date_source) == ("2031-09-22", "date-line")


@pytest.mark.parametrize("line, value", [
    ("Xinhua, August 24, 2021", "2021-08-24"),
    ("0 Comment(s)Print E-mail Xinhua, August 24, 2021", "2021-08-24"),  # a widget's words glued before it
    ("Ivan Petrov Meets Oleg Sidorov, August 24, 2021", None),  # a headline's names are no medium
])
def test_a_known_mediums_credit_and_a_full_date_make_a_date_line(line, value):
    from csto_graph.corpus.dates import date_line

    found = date_line(line)
    assert (found.value if found else None) == value


def test_a_labelled_count_of_views_may_follow_a_date_line():
    from csto_graph.corpus.dates import date_line

    assert date_line("12 January 2022    Read: 610").value == "2022-01-12"
    assert date_line("12 January 2022 read the report") is None
