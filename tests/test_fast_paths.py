"""The cheap tests that skip an expensive scan (speed work of issue #15) never skip a match.

Each pre-filter claims that some patterns cannot match a text lacking something (a digit, a
month's name, a cue word). These tests generate texts without it and check that the patterns
it skips indeed find nothing there, and that what the filter keeps still finds its dates.
"""
from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from csto_graph.corpus import dates

# pieces of date-like text (invented), with and without digits and month names
_PIECES = ["From", "from", "to", "till", "-", "–", ",", ".", " ", "on", "On", "in", "of", "this year", "last year",
           "next year", "Monday", "the day before", "today", "the", "talks", "June", "May", "Sept.", "Sep", "Nov",
           "December", "3", "12", "2021", "19.07.2024", "2024-07-19", "1st", "22nd", "JUNE", "june", "Mayor"]


def _text(pieces: list[str]) -> str:
    return " ".join(pieces)


@given(st.lists(st.sampled_from([p for p in _PIECES if not re.search(r"\d", p)]), max_size=12))
@example(["talks", "in", "June"])  # each shape that needs no digit, once
@example(["June", "of", "this year"])
@example(["On", "Monday"])
def test_shapes_that_need_a_digit_find_nothing_without_one(pieces):
    text = _text(pieces)
    for shape, pattern in dates._patterns():
        if shape in dates._NEEDS_DIGIT:
            assert pattern.search(text) is None, (shape, text)


@given(st.lists(st.sampled_from([p for p in _PIECES if not dates._month_lead().search(p)]), max_size=12))
@example(["on", "19.07.2024"])  # each shape that needs no month, once
@example(["on", "2024-07-19"])
@example(["the day before"])
def test_shapes_that_need_a_month_find_nothing_without_one(pieces):
    text = _text(pieces)
    for shape, pattern in dates._patterns():
        if shape in dates._NEEDS_MONTH:
            assert pattern.search(text) is None, (shape, text)


def test_dates_without_a_digit_or_a_month_are_still_found():
    assert [d.value for d in dates.find_dates("talks in June of this year", "2021-12-08")] == ["2021-06"]
    assert [d.value for d in dates.find_dates("a visit on Monday", "2021-12-08")] == ["2021-12-06"]
    assert [d.value for d in dates.find_dates("held on 19.07.2024, then talks", None)] == ["2024-07-19"]


def test_find_dates_gives_a_fresh_list_each_call():
    first = dates.find_dates("On 3 May 2021 the ministers met", None)
    first.clear()
    assert [d.value for d in dates.find_dates("On 3 May 2021 the ministers met", None)] == ["2021-05-03"]


@given(st.lists(st.sampled_from([p for p in _PIECES if not re.search(r"\d", p)] + ["Published", ":", "MSK", "Wed"]),
                max_size=10))
@example(["Wednesday", ",", "June"])
def test_date_lines_need_a_digit(pieces):
    text = _text(pieces)
    assert not any(p.search(text) for p in dates._date_line_patterns())
    assert dates.date_line(text) is None
