"""The one byline vocabulary (corpus/bylines.py): the date-line reader and the people reader
agree on which invented lines open with an author's byline."""
import re

import pytest

from csto_graph.corpus.bylines import byline_head, byline_name, byline_patterns
from csto_graph.corpus.dates import bylined, date_line
from csto_graph.extract.people import _byline as people_byline
from csto_graph.vocab.words import words

NAME = "Oleg Sidorov"

# a byline with a full date: the date-line reader dates the item, the people reader reads the name
BYLINE_DATE_LINES = [
    "By Oleg Sidorov | Saturday, 12 March 2022",
    "By Oleg Sidorov • 12 March 2022 • 10:15",
    "by Oleg Sidorov · 12 March 2022",
    "By Oleg Sidorov - 12.03.2022 10:15",
    "By Oleg Sidorov, March 12, 2022",
    "Written by Oleg Sidorov | 12 March 2022",
    "Author: Oleg Sidorov | 12 March 2022, 08:28 PM",
    "Oleg Sidorov Published March 12, 2022 | 08:28 PM",
    "Oleg Sidorov Updated 12 March 2022 10:15",
    "Oleg Sidorov Posted on 12 March 2022",
]

# no byline: a name in running text, a date-line word that is no byline's, a title before the name
NOT_BYLINES = [
    "By the decision of Oleg Sidorov the plan was drafted on 12 March 2022",
    "The ministers met, said Oleg Sidorov on 12 March 2022",
    "Minister Oleg Sidorov Published the decree on 12 March 2022",
    "Oleg Sidorov Date: 12 March 2022",
    "Oleg Sidorov Created 12 March 2022",
]


@pytest.mark.parametrize("line", BYLINE_DATE_LINES)
def test_both_readers_take_a_byline_with_a_date(line):
    start = line.index(NAME)
    assert bylined(line) and date_line(line).value == "2022-03-12"
    assert people_byline(line, start, start + len(NAME))


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_neither_reader_takes_a_line_without_a_byline(line):
    start = line.index(NAME)
    assert not bylined(line)
    assert not people_byline(line, start, start + len(NAME))


@pytest.mark.parametrize("line", ["By Oleg Sidorov", "By Oleg Sidorov - Daily Wire:", "BY Oleg Sidorov, staff writer"])
def test_a_byline_without_a_date_is_the_authors_but_no_date_line(line):
    assert byline_name(line, 3, 3 + len(NAME)) and date_line(line) is None


def test_every_separator_and_opener_of_the_vocabulary_is_read():
    w = words()
    for opener in w.byline_openers:
        for separator in w.byline_separators:
            line = f"{opener.title()} {NAME} {separator} 12 March 2022"
            head = byline_head(line)
            assert head is not None and line[head.end():] == "12 March 2022", line
            assert date_line(line).value == "2022-03-12", line


def test_a_closer_ends_the_name_but_a_date_line_word_does_not():
    assert byline_patterns().closer.match(" published 12 March 2022")
    assert not byline_patterns().closer.match(" created 12 March 2022")
    assert not re.search("(?i)created|release", byline_patterns().head.pattern)


def test_a_byline_of_one_word_gives_its_span_and_one_of_a_name_none():
    from csto_graph.corpus.bylines import byline_word

    line = "Written by Quillnet, 14 March 2023"
    a, b = byline_word(line)
    assert line[a:b] == "Quillnet"
    assert byline_word("By Dara Velmont | 14 March 2023") is None
    assert byline_word("By 2020, the bloc had grown") is None


def test_a_forwarded_copys_from_line_names_its_author():
    line = "From: Oleg Sidorov | Agency NewsPress"  # a mailing list's copy of a report
    start = line.index(NAME)
    assert byline_name(line, start, start + len(NAME)) and date_line(line) is None
