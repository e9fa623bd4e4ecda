"""The year of a yearless day from hard evidence (csto_graph.corpus.years): a weekday printed
with it, within the years the page allows; a year in an exercise's name."""
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csto_graph.corpus.years import (FIRST_YEAR, name_years, past_years, weekday_year, weekday_years, year_of_day,
                                     year_range)


@given(st.dates(min_value=dt.date(2002, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_a_date_is_among_the_years_of_its_own_weekday(day):
    assert day.year in weekday_years(day.weekday(), day.month, day.day, range(2002, 2027))


@given(st.dates(min_value=dt.date(2002, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_a_weekday_repeats_on_a_day_within_eleven_years_but_never_the_next(day):
    years = weekday_years(day.weekday(), day.month, day.day, range(1960, 2070))  # a leap day repeats after 28 years
    gaps = {b - a for a, b in zip(years, years[1:])}
    assert gaps and gaps <= {5, 6, 11, 28} and day.year + 1 not in years


def test_one_candidate_in_the_range_dates_the_day():
    # Wednesday, 17 September: 2003, 2008, 2014, 2025
    assert weekday_year(2, 9, 17, range(2015, 2027)) == 2025
    assert weekday_year(2, 9, 17, range(2002, 2027)) is None


def test_a_leap_day_falls_on_a_weekday_only_in_leap_years():
    assert weekday_years(3, 2, 29, range(2002, 2027)) == [2024]  # a Thursday


def test_past_years_leave_out_plans_periods_and_years_ahead():
    text = ("The exercise of 2019 was a success. The plan for 2021 was adopted. The strategy for 2026-2030 "
            "was approved. Troops will be withdrawn by the end of 2024. The session is expected to meet in 2023.")
    assert past_years(text) == [2019]


def test_year_range_runs_from_the_latest_past_year_to_the_present():
    assert year_range("The Council met in 2012 and in 2017.", present=2026) == range(2017, 2027)
    assert year_range("The Council met.", present=2026) == range(FIRST_YEAR, 2027)
    assert year_range("A report of 2031 was quoted.", present=2026) == range(FIRST_YEAR, 2027)


@pytest.mark.parametrize("text, years", [
    ("The joint exercise Frontier-2019 ended at the range.", [2019]),
    ("The Frontier 2023 command and staff exercises of the forces began.", [2023]),
    ("The trainings Unity-2016 and Search-2016 were held.", [2016, 2016]),
    ("The Minsk 2019 statement was adopted.", []),  # no exercise word after it
    ("The years 2019-2020 were busy.", []),
    ("The programme Homeland-2045 was presented.", []),  # after the present
    ("The active phase of the \"Steppe Shield 2022\" peacekeepers’ drills began.", [2022]),  # quoted
    ("The ceremony of the joint exercise, Steppe Shield 2017, took place.", [2017]),  # the word before
    ("The strategic exercise Frontier 2014 (Border 2014) will follow.", [2014]),
    ("The drills in Armenia 2012 were long.", []),  # a place, not a name, after the word
])
def test_years_in_the_names_of_exercises(text, years):
    assert name_years(text, present=2026) == years


def test_a_name_year_in_the_sentence_of_the_day_dates_it():
    assert year_of_day(9, 7, "The drill began.", lead="On 7 September, the opening of Frontier-2021 took place.",
                       present=2026) == (2021, "event-name")


def test_a_weekday_dates_the_day_within_the_range_of_the_page():
    text = "The forces took part in the drills of 2015. The new drills began."
    assert year_of_day(9, 17, text, weekday=2, present=2026) == (2025, "weekday")


def test_a_weekday_with_several_candidates_leaves_the_day_undated():
    assert year_of_day(4, 2, "The ministers met.", weekday=3, present=2026) is None  # 2009, 2015, 2020


def test_a_name_year_on_another_weekday_leaves_the_day_undated():
    # 17 September 2024 was a Tuesday: the name and the printed Wednesday disagree
    assert year_of_day(9, 17, "The drill began.", lead="Frontier-2024 began.", weekday=2, present=2026) is None


def test_two_name_years_in_the_sentence_leave_the_day_undated():
    assert year_of_day(9, 7, "", lead="On 7 September, Frontier-2021 and Frontier-2022 were compared.",
                       present=2026) is None


def test_a_name_year_in_the_opening_sentences_dates_the_day():
    lead = "The minister met the envoy on 9 September. They spoke of the strategic exercise Frontier 2013."
    assert year_of_day(9, 9, lead, lead=lead, present=2026) == (2013, "event-name")


def test_a_name_year_before_a_later_past_year_is_an_exercise_recalled():
    text = "The ministers met on 9 September. The exercise Frontier-2013 was recalled. The Council met in 2016."
    assert year_of_day(9, 9, text, lead=text, present=2026) is None


# --- the years a page plans for bound it from above (issue #15, dates, stop 24) ---

def test_a_year_the_page_plans_for_bounds_its_year_from_above():
    assert year_range("The plan for 2016 was adopted. The Council met in 2012.", present=2026) == range(2012, 2017)


def test_a_period_and_a_year_beyond_the_present_bound_nothing():
    assert year_range("The strategy for 2021-2025 was reviewed. The strategy until 2040 was drafted.",
                      present=2026) == range(FIRST_YEAR, 2027)


def test_a_year_planned_for_narrows_the_years_of_a_weekday():
    # Thursday, 30 November: 2017 and 2023 since 2016; a plan for 2018 leaves 2017
    text = "The decisions of the 2016 session were reviewed. The plan for 2018 was drafted."
    assert year_of_day(11, 30, text, weekday=3, present=2026) == (2017, "weekday")
    assert year_of_day(11, 30, "The decisions of the 2016 session were reviewed.", weekday=3, present=2026) is None


def test_a_year_in_a_sentence_of_plans_bounds_nothing():
    # a past year named in a plan: neither past (the plan's) nor ahead
    text = "The decisions of the 2016 session will be discussed at the summit."
    assert year_range(text, present=2026) == range(FIRST_YEAR, 2027)



# --- an anniversary the page marks picks the year among those a printed weekday allows (stop 31) ---

from csto_graph.corpus.years import anniversary_years  # noqa: E402


def test_anniversaries_of_dated_foundings_name_their_years():
    text = ("The session is dedicated to the 20th anniversary of the Collective Security Treaty and the "
            "10th anniversary of the CSTO. The ministers will mark the 70th anniversary of the Soviet Union's victory.")
    assert anniversary_years(text, present=2031) == [2012, 2012, 2015]


@pytest.mark.parametrize("text", ["The 30th anniversary of the school of Ivan Petrenko was marked.",
                                  "The 90th anniversary of the Collective Security Treaty will come."])
def test_an_anniversary_of_an_undated_founding_or_after_the_present_names_no_year(text):
    assert anniversary_years(text, present=2031) == []


def test_an_anniversary_picks_one_of_the_years_a_weekday_allows():
    # a Thursday, 2 April: 2009, 2015 and 2020; the page marks the 70th anniversary of the victory
    text = "The ministers will issue a statement to mark the 70th anniversary of the victory."
    assert year_of_day(4, 2, text, weekday=3, present=2026) == (2015, "weekday")
    assert year_of_day(4, 2, "The ministers met.", weekday=3, present=2026) is None


def test_an_anniversary_outside_the_weekdays_years_dates_nothing():
    # a Thursday, 2 April is never in 2012 (the 20th anniversary of the Treaty)
    text = "The session marks the 20th anniversary of the Collective Security Treaty."
    assert year_of_day(4, 2, text, weekday=3, present=2026) is None
