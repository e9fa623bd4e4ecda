"""extract/event_times.py: when an event was. Invented sentences, cut by the build's own
sentence splitter."""
from __future__ import annotations

from csto_graph.corpus.sentences import split_sentences
from csto_graph.extract.event_times import is_current, sentence_dates
from csto_graph.models import Sentence


def _dates(text: str, anchor: str | None, **kw) -> list[str | None]:
    ((start, end),) = split_sentences(text)
    sent = Sentence(start, end, text[start:end])
    return [d.value for d in sentence_dates(sent, anchor, **kw)]


def test_a_yearless_day_takes_the_year_of_the_page_or_the_year_before():
    assert _dates("The ministers met in Minsk on 14 March.", "2023-05-02") == ["2023-03-14"]
    assert _dates("The ministers met in Minsk on 28 December.", "2023-01-10") == ["2022-12-28"]


def test_a_document_date_or_a_period_is_no_event_date():
    assert _dates("The Council approved the Agreement on Cooperation of 7 October 2002.", "2023-05-02") == []
    assert _dates("The ministers adopted the plan for 2024.", "2023-05-02") == []


def test_a_guessed_page_date_gives_a_later_yearless_day_no_year():
    assert _dates("The ministers met on 28 July.", "2023-05-14", guessed=True) == [None]
    assert _dates("The ministers met on 28 July.", "2023-05-14") == ["2022-07-28"]


def test_an_undated_page_dates_a_day_by_the_year_its_sentence_names():
    assert _dates("The ministers met in Minsk on 14 March 2019.", None) == ["2019-03-14"]


def test_a_date_weeks_before_the_page_is_no_news_of_it():
    assert is_current("2023-04-30", "2023-05-02")
    assert not is_current("2023-03-01", "2023-05-02")
    assert is_current(None, "2023-05-02")


def test_a_credits_date_in_brackets_opening_the_sentence_yields_to_the_sentences_own_day():
    from csto_graph.corpus.dates import find_dates
    from csto_graph.extract.event_times import past_dateline

    text = "Minsk, (Agency - 19th May, 2025) The ministers visited the park on May 18."
    assert [d.value for d in past_dateline(text, find_dates(text, "2025-05-19"))] == ["2025-05-18"]
    text = "Minsk, (Agency - 19th May, 2025) The ministers visited the park."
    assert [d.value for d in past_dateline(text, find_dates(text, "2025-05-19"))] == ["2025-05-19"]
