"""Cutting one page into articles (csto_graph.corpus.pages.split_page): headlines, date lines,
datelines, captions, footers and teasers of list pages."""
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csto_graph.corpus.articles import build_articles
from csto_graph.corpus.lines import classify_line
from csto_graph.corpus.pages import split_page
from csto_graph.models import Document
from csto_graph.corpus.reading import UnreadableFile, read_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def page(text, path="p.txt"):
    return Document(path, text, "utf-8", "txt", "x")


def assert_pieces_are_verbatim(doc, article):
    """Every piece, caption and header of ``article`` is the source text at its offsets."""
    for piece in article.pieces:
        start, end = piece.article_start, piece.article_start + piece.length
        path, src_start, src_end = article.to_source(start, end)
        assert path == doc.path
        assert src_start == piece.source_start
        assert doc.text[src_start:src_end] == article.text[start:end]
    for line in article.captions + article.headers:
        assert doc.text[line.source_start:line.source_start + len(line.text)] == line.text
    source = article.sources[0]
    assert all(source.start <= p.source_start and p.source_start + p.length <= source.end
               for p in article.pieces)




# ----------------------------------------------------------------------- split_page


TWO_ITEMS = """14.06.2023

On 14 June 2023, the Secretariat hosted consultations on arms control.


12.06.2023

On 12 June 2023, the Deputy Secretary General received a delegation from Geneva.
"""


def test_date_lines_cut_two_articles_with_their_dates():
    articles = split_page(page(TWO_ITEMS))
    assert [(a.date, a.date_source) for a in articles] == [("2023-06-14", "date-line"),
                                                           ("2023-06-12", "date-line")]
    assert articles[1].text == ("On 12 June 2023, the Deputy Secretary General received "
                                "a delegation from Geneva.")


HEADLINED = """Defence ministers met in Yerevan

Defence ministers met in Yerevan 14.06.2023

In the Armenian capital the Council of Defense Ministers discussed joint exercises.
"""


def test_headline_and_dated_headline_make_one_article():
    [article] = split_page(page(HEADLINED))
    assert article.title == "Defence ministers met in Yerevan"
    assert (article.date, article.date_source) == ("2023-06-14", "headline")
    assert article.text == ("In the Armenian capital the Council of Defense Ministers "
                            "discussed joint exercises.")


DATELINE = """Министры в зале заседаний в Минске - БЕЛТА, 1920, 03.03.2021

MINSK, March 3 - BELTA.  The Secretary General Pavel Orlov told reporters that the drills would start soon.

Back to the all news
"""


def test_dateline_without_year_takes_it_from_a_numeric_date_on_the_page():
    [article] = split_page(page(DATELINE))
    assert (article.date, article.date_source) == ("2021-03-03", "dateline")
    assert article.place == "Minsk"


def test_dateline_itself_is_not_in_the_text():
    [article] = split_page(page(DATELINE))
    assert article.text == ("The Secretary General Pavel Orlov told reporters that the drills "
                            "would start soon.")


def test_navigation_lines_are_not_in_the_text():
    articles = split_page(page(DATELINE))
    assert all("Back to" not in a.text for a in articles)


def test_russian_caption_is_kept_apart_from_the_text():
    [article] = split_page(page(DATELINE))
    assert [(c.text, c.language) for c in article.captions] == [
        ("Министры в зале заседаний в Минске - БЕЛТА, 1920, 03.03.2021", "ru")]
    assert "Минске" not in article.text


GLUED = """MINSK, March 3, 2021 - BELTA.  The Council met in Minsk.
KVN_0417.JPG"Today we have approved the plan," Pavel Orlov said.
"""


def test_glued_image_file_name_is_stripped():
    doc = page(GLUED)
    [article] = split_page(doc)
    assert article.text == 'The Council met in Minsk.\n"Today we have approved the plan," Pavel Orlov said.'
    assert_pieces_are_verbatim(doc, article)


FOOTER = """14.06.2023

On 14 June 2023, the Secretariat hosted consultations on arms control.


12.06.2023

On 12 June 2023, the experts discussed the agenda of the next session.
___________________________________________________
The CSTO Press Secretary Pavel Orlov
+7495-000-11-22
+7495-000-11-23 - tel/fax
"""


def test_press_footer_attaches_to_the_last_article():
    first, last = split_page(page(FOOTER))
    assert "Press Secretary" not in first.text
    assert first.body_end is None
    assert last.text[last.body_end:] == ("The CSTO Press Secretary Pavel Orlov\n+7495-000-11-22\n"
                                         "+7495-000-11-23 - tel/fax")
    assert last.text[:last.body_end].rstrip() == ("On 12 June 2023, the experts discussed the agenda "
                                                  "of the next session.")


TEASERS = """On 3 May 2023, the Secretary General met the Ambassador of Serbia.
On 4 May 2023, the Deputy Secretary General visited Bishkek.
The Chief of the Joint Staff Arman Saparov held a working meeting on logistics.
"""


def test_consecutive_teaser_lines_are_separate_articles():
    articles = split_page(page(TEASERS))
    assert [a.text for a in articles] == TEASERS.strip().split("\n")
    assert [a.date for a in articles] == ["2023-05-03", "2023-05-04", None]


# ------------------------------------------------------------- offsets map back


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_every_piece_of_a_sample_page_is_verbatim_source_text(path):
    doc = read_document(path)
    articles = split_page(doc)
    assert articles
    for article in articles:
        assert_pieces_are_verbatim(doc, article)


LINE_POOL = [
    "", "", "", "Back to the all news", "© TASS / Pavel Orlov", "__________",
    "Министры в зале заседаний - РИА Новости, 1920, 03.03.2021", "14.06.2023",
    "Defence ministers met in Yerevan 14.06.2023", "Defence ministers met in Yerevan",
    "MINSK, March 3 - BELTA.  The Secretary said so.", "MINSK, March 3, 2021 - BELTA.",
    "The CSTO Press Secretary Pavel Orlov", "+7495-000-11-22",
    "On 3 May 2023, the Secretary General met the Ambassador of Serbia.",
    "The talks lasted two hours.", '  KVN_0417.JPG"Today we agreed," Orlov said.  ', "KVN_0418.jpg",
    "   an indented line of text.   ",
]


@given(st.lists(st.sampled_from(LINE_POOL), max_size=25))
def test_every_piece_of_a_generated_page_is_verbatim_source_text(lines):
    doc = page("\n".join(lines))
    for article in split_page(doc):
        assert_pieces_are_verbatim(doc, article)


def test_picture_name_glued_to_a_line_continues_the_teaser_instead_of_starting_one():
    arts = split_page(page("On 4 May 2022, the talks took place in Minsk.\nKVN_0417.JPG\"Today we agreed,\" he said.\n"))
    assert len(arts) == 1
    assert arts[0].text.endswith('"Today we agreed," he said.')


def test_caption_language_is_identified_not_assumed():
    from csto_graph.corpus.language import detect_language

    assert detect_language("Міністр оборони України провів зустріч з делегацією") == "uk"
    assert detect_language("Министр обороны провел встречу с делегацией") == "ru"


def test_dateline_with_agency_between_slashes():
    arts = split_page(page("12.02.2023\n\nMOSCOW, February 12. /TASS/. The Secretary General met the minister.\n"))
    assert arts[0].place == "Moscow" and arts[0].text.startswith("The Secretary General")


def test_list_line_that_refers_back_continues_the_item_before_it():
    arts = split_page(page("The meeting of the CSTO Council of Defense Ministers took place on May 26, 2024 in "
                           "Yerevan.\nThe defense ministers of the Republic of Belarus (Ivan Petrov) participated "
                           "in the meeting.\nOn 3 June 2024, the Secretary General visited Minsk.\n"))
    assert len(arts) == 2
    assert "participated in the meeting" in arts[0].text and arts[0].date == "2024-05-26"


def test_paragraph_after_two_blank_lines_that_refers_back_stays_in_the_item():
    arts = split_page(page("On 26 November 2023, a session of the Collective Security Council was held in Minsk."
                           "\n\n\nThe session was also attended by the Secretary General Ivan Petrov.\n\n\n"
                           "On 3 December 2023, the Secretary General visited Astana.\n"))
    assert [a.date for a in arts] == ["2023-11-26", "2023-12-03"]
    assert "Ivan Petrov" in arts[0].text


def test_list_page_lines_that_name_nobody_stay_with_their_item():
    arts = split_page(page("On 1 December 2025, in Brest, a session of the Collective Security Council was held.\n"
                           "A statement on the formation of the budget was adopted.\n"
                           "The Secretary General Ivan Petrov took part in the session.\n"
                           "During his visit to Minsk, the Deputy Secretary General Oleg Sidorov was received.\n"))
    assert len(arts) == 2 and "Ivan Petrov" in arts[0].text and arts[1].text.startswith("During his visit")


def test_dateline_day_before_month_with_agency_in_brackets_under_a_date_line():
    text = ("17.09.2022\n\nThe partners on talks in Bishkek\n\nBISHKEK, 17 September (Kabar) – The Secretary "
            "General Pavel Orlov and the minister Ivan Petrov met in Bishkek on Friday.\n")
    [article] = split_page(page(text))
    assert (article.date, article.date_source) == ("2022-09-17", "date-line")
    assert article.place == "Bishkek"
    assert article.text.startswith("The Secretary General Pavel Orlov")


def test_a_press_footer_ends_its_item_and_a_speaker_paragraph_continues_the_next():
    text = ("A conference was held in Minsk 13.02.2023\n\nOn 13 February, a conference on security was held "
            "in Minsk.\n\nThe CSTO Press Secretary\n\nIvan Sidorov\n\n+7495-111-22-33\n\n"
            "On January 3, 2023, a round table on arms control was held in Moscow.\n\n\n"
            "The Head of the Centre Pablo Ortiz made a report on crisis response.\n")
    first, second = split_page(page(text))
    assert first.date == "2023-02-13" and "Pablo Ortiz" not in first.text
    assert second.date == "2023-01-03" and "Pablo Ortiz made a report" in second.text


def test_a_paragraph_opening_with_a_date_weeks_away_from_the_headline_is_another_item():
    text = ("Talks in Moscow 11.07.2024\n\nOn 11 July 2024, the Deputy Secretary General Pavel Orlov met the "
            "minister Ivan Petrov in Moscow.\n\n\"We agree,\" Orlov said.\n\nOn 24-28 April 2024, the joint "
            "exercise was held in Kazakhstan.\n\nThe Secretary General Oleg Sidorov attended the exercise.\n")
    first, second = split_page(page(text))
    assert first.date == "2024-07-11" and "exercise" not in first.text
    assert second.date == "2024-04-24" and "Oleg Sidorov attended" in second.text


def test_a_paragraph_opening_with_the_same_day_stays_in_its_item():
    text = ("Talks in Moscow 11.07.2024\n\nThe Deputy Secretary General Pavel Orlov met the minister.\n\n"
            "On 11 July 2024, the parties also signed a plan.\n")
    assert len(split_page(page(text))) == 1


def test_a_headline_with_an_initial_before_a_date_line_opens_an_item():
    text = ("On 3 June 2025, the ministers met in Brest.\n\nThe participants signed 5 documents.\n\n"
            "A. Petrov and Orlova discussed cooperation with the CIS\n30.05.2025\nOn May 28, 2025, in Moscow, "
            "the Deputy Secretary General Ivan Petrov met with Anna Orlova.\n")
    arts = split_page(page(text))
    assert [a.title for a in arts][-1] == "A. Petrov and Orlova discussed cooperation with the CIS"
    assert "discussed cooperation" not in arts[0].text


# Real pages: stamps, date lines, datelines and furniture, in the shapes sites print them.

def test_page_stamp_dates_the_article_and_is_not_text():
    doc = page(" date 2023-06-20 The Foreign Minister Ivan Petrov took part in a meeting of the Council "
               "of Foreign Ministers in Minsk.\n\nHe met his colleagues there.\n")
    [article] = split_page(doc)
    assert (article.date, article.date_source) == ("2023-06-20", "stamp")
    assert article.text.startswith("The Foreign Minister Ivan Petrov")
    assert_pieces_are_verbatim(doc, article)


def test_site_menu_and_date_line_with_time_above_a_headline_make_one_article():
    doc = page("Projects\nGovernment Bodies\nMenu Friday, 26 April 2024\nAll news\nPolitics\n"
               "21 March 2019, 10:32\n\nPetrov comments on the coming session\n\n"
               "MINSK, 21 March (BelTA) – The Secretary General Ivan Petrov told the media about the session.\n\n"
               "He said the ministers would meet in May.\n")
    [article] = split_page(doc)
    assert (article.title, article.date) == ("Petrov comments on the coming session", "2019-03-21")
    assert article.place == "Minsk"
    assert_pieces_are_verbatim(doc, article)


@pytest.mark.parametrize("line, place, date", [
    ("YEREVAN, MAY 21, ARMENPRESS. The Minister Ivan Petrov will take part in the session.", "Yerevan", "2019-05-21"),
    ("DUSHANBE, July 13, 2011, Asia-Plus -- President Ivan Petrov receives the Secretary General.",
     "Dushanbe", "2011-07-13"),
    ("DUSHANBE, Tajikistan, November 27. President Ivan Petrov spoke at the session.", "Dushanbe", "2019-11-27"),
    ("ALMATY, June 21. /TASS/. A meeting of the Council of Foreign Ministers began.", "Almaty", "2019-06-21"),
])
def test_datelines_of_agencies(line, place, date):
    [article] = split_page(page(f" date {date[:4]}-{date[5:7]}-{date[8:]} \n{line}\n"))
    assert (article.place, article.date) == (place, date)
    assert not article.text.startswith(place.upper())


def test_dateline_without_a_date_gives_the_place_only():
    [article] = split_page(page("ASTANA. KAZINFORM The Minister Ivan Petrov received the Secretary General.\n"))
    assert article.place == "Astana" and article.text.startswith("The Minister Ivan Petrov")


def test_dateline_without_a_year_takes_the_year_of_the_page_stamp_nearby():
    [article] = split_page(page(" date 2025-01-02\nMOSCOW, December 30. /TASS/. The ministers met in Moscow.\n"))
    assert article.date == "2024-12-30"


def test_a_date_the_body_mentions_in_passing_is_not_the_article_date():
    [article] = split_page(page("The Secretary General Ivan Petrov spoke about the work of the Organization. "
                                "The Treaty was signed on 15 May 1992 in Tashkent.\n"))
    assert article.date is None


def test_a_date_glued_to_the_text_after_it_dates_that_text():
    doc = page("21.05.2020On May 26, 2020, the Council of Foreign Ministers met by videoconference.\n")
    [article] = split_page(doc)
    assert article.date == "2020-05-21" and article.text.startswith("On May 26, 2020")
    assert_pieces_are_verbatim(doc, article)


def test_a_line_in_another_script_is_a_caption_not_a_headline():
    assert classify_line("Մատչելիության հղումներ") == "caption"


def test_under_a_dateline_a_line_without_a_full_stop_is_text_not_a_new_item():
    [article] = split_page(page("ASTANA. KAZINFORM On 3 March 2021, the Minister Ivan Petrov received the Secretary "
                                "General Oleg Sidorov.\n\nThe Secretary General informed the Minister of the work of "
                                "the Organization in the past year\n\nThe parties discussed the coming session.\n"))
    assert "The parties discussed" in article.text


def test_a_headline_printed_twice_opens_one_item():
    arts = split_page(page("Informal summit opens in Minsk\n\nInformal summit opens in Minsk\n\n"
                           "Minsk is hosting an informal summit of the heads of state.\n"))
    assert len(arts) == 1 and arts[0].title == "Informal summit opens in Minsk"


def test_paragraphs_of_one_report_without_a_header_stay_one_article():
    arts = split_page(page("The heads of state met in Sochi on Monday. The talks focused on the border.\n"
                           "According to the statement, President Ivan Petrov asked for help. The others agreed.\n"
                           "Extremists are active, said Oleg Sidorov. He called for joint measures.\n"))
    assert len(arts) == 1


def test_menu_lines_of_a_site_are_no_article():
    arts = split_page(page("Official Website of the Republic of Belarus\nGovernment\nBelarus Events Calendar\n"
                           "| Home | Government | Events\n\n30 Nov 2017\n\nPetrov: smooth interaction in the CSTO\n\n"
                           "MINSK, 30 November (BelTA) – There is smooth interaction, the Minister Ivan Petrov said.\n"))
    assert len(arts) == 1 and arts[0].date == "2017-11-30"


RUSSIAN = """Вернуться к списку новостей
Встреча министров обороны государств - членов ОДКБ
02.12.2021
2 декабря 2021 года в Москве Генеральный секретарь ОДКБ Олег Смирнов провел встречу
с министром обороны Республики Беларусь Иваном Петровым.
* * *
"""


KAZAKH = "Ұжымдық қауіпсіздік туралы шарт ұйымының хатшысы Астанада министрмен кездесті.\n"


def test_a_page_in_a_language_no_reader_reads_is_skipped_with_its_language(tmp_path):
    # issue #14: every line was taken for a caption, and the file gave 0 articles, silently
    path = tmp_path / "kk.txt"
    path.write_text(KAZAKH, encoding="utf-8")
    with pytest.raises(UnreadableFile, match="^language kk is not read yet$"):
        read_document(path)


def test_a_page_in_russian_only_is_one_russian_article(tmp_path):
    # issue #17: the Russian reader reads it (it was skipped, and before that silently empty)
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN, encoding="utf-8")
    [article] = build_articles([read_document(path)])
    assert article.language == "ru" and article.date == "2021-12-02"


def test_an_english_page_with_russian_captions_is_read_as_before(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text(DATELINE, encoding="utf-8")
    [article] = build_articles([read_document(path)])
    assert [c.language for c in article.captions] == ["ru"] and "Минске" not in article.text


LIST = ("Secretary General visits Astana\n\nOn 5 December 2023, the Secretary General visited Astana.\n\n"
        "Foreign ministers meet in Minsk\n\nOn 28 November, the Council of Foreign Ministers met in Minsk.\n\n"
        "Training course opens in Moscow\n\nOn 20 November {year}, a training course opened in Moscow.\n")


def test_an_item_of_a_news_list_without_a_year_takes_its_neighbours_year():
    arts = split_page(page(LIST.format(year=2023)))
    assert [(a.date, a.date_source) for a in arts] == [
        ("2023-12-05", "body"), ("2023-11-28", "page"), ("2023-11-20", "body")]


@pytest.mark.parametrize("text", [
    LIST.rsplit("\n\nTraining", 1)[0] + "\n",  # the last item has one neighbour only
    LIST.format(year=2021),  # neighbours of two years: search results, not a list of one period
])
def test_an_item_without_a_year_stays_undated_unless_both_neighbours_agree(text):
    arts = split_page(page(text))
    assert arts[1].title.startswith("Foreign ministers") and arts[1].date is None


TRANSCRIPT = """Working meeting with CSTO Secretary General Ivan Petrov

August 5, 2011, Sochi

President of Russia Oleg Sidorov: Mr Petrov, we have an informal summit coming up.

* * *

Secretary General Ivan Petrov: Mr President, as we plan it, this summit will be short.
"""


def test_a_transcript_is_one_item_with_the_place_of_its_date_line():
    [art] = split_page(page(TRANSCRIPT))
    assert (art.date, art.place, art.title) == ("2011-08-05", "Sochi", "Working meeting with CSTO Secretary General Ivan Petrov")
    [other] = split_page(page(TRANSCRIPT.replace("2011, Sochi", "2011, The Kremlin, Moscow")))
    assert other.place == "Moscow"
    assert "President of Russia Oleg Sidorov:" in art.text and "this summit will be short" in art.text
    assert "* * *" not in art.text


@pytest.mark.parametrize("where, place", [
    ("Petrovo, Moscow Region", "Petrovo"),          # a residence and its region: the residence
    ("Ostrava Oblast", "Ostrava Oblast"),          # a region alone stays the place
    ("The Kremlin, Moscow", "Moscow"),             # a venue and its city: the city
])
def test_a_date_line_place_before_its_region_is_the_place(where, place):
    [art] = split_page(page(TRANSCRIPT.replace("2011, Sochi", f"2011, {where}")))
    assert art.place == place


@pytest.mark.parametrize("line, date", [
    ("Москва. 16.05.2022. ТАСС", "2022-05-16"),  # an agency's dateline in another script
    ("December 10, 2010, 16:15 Moscow, the Kremlin", "2010-12-10"),
])
def test_date_lines_with_a_city_an_agency_or_a_time_and_place(line, date):
    [art] = split_page(page(f"{line}\n\nThe Council of Foreign Ministers met in Minsk.\n"))
    assert art.date == date


def test_a_breadcrumb_is_no_headline_and_the_date_under_it_is_the_article_s():
    arts = split_page(page("Main / News\n11 January 2023\n\nNew secretary general may visit Minsk in February\n\n"
                           "The Secretary General Ivan Petrov may visit Belarus in February.\n"))
    assert [(a.title, a.date) for a in arts if a.text] == [
        ("New secretary general may visit Minsk in February", "2023-01-11")]


@pytest.mark.parametrize("line, date", [
    ("16-Feb-2022 00:03:01", "2022-02-16"),
    ("November 23,2023 20:15", "2023-11-23"),
    ("Daily Wire Release time: 2023-06-21 20:06", "2023-06-21"),
    ("21.12.18 10:32", "2018-12-21"),  # a two-digit year on a line of its own
])
def test_more_date_lines_sites_print(line, date):
    [art] = split_page(page(f"{line}\n\nThe Council of Foreign Ministers met in Minsk.\n"))
    assert art.date == date


# Pages without a year: hard evidence of it (csto_graph.corpus.years), or none.

@pytest.fixture
def present_2026(monkeypatch):
    monkeypatch.setattr("csto_graph.corpus.years.present_year", lambda: 2026)


def test_dateline_with_a_two_digit_year_between_slashes():
    doc = page("Minister appointed\n\nBaku / 21.12.18 / Agency: On December 21, the President Ivan Petrov "
               "received the Secretary Oleg Sidorov.\n")
    [article] = split_page(doc)
    assert (article.date, article.date_source, article.place) == ("2018-12-21", "dateline", "Baku")
    assert article.text.startswith("On December 21, the President")
    assert_pieces_are_verbatim(doc, article)


def test_a_dateline_day_and_the_weekday_of_its_sentence_date_the_page(present_2026):
    # Wednesday, 17 September: 2003, 2008, 2014, 2025; the page names 2015 as past
    [article] = split_page(page("BISHKEK, September 17. /TASS/. The drills of the forces began in the republic "
                                "on Wednesday. The last drills were held in 2015.\n"))
    assert (article.date, article.date_source) == ("2025-09-17", "weekday")


def test_a_dateline_weekday_with_several_candidate_years_leaves_the_page_undated(present_2026):
    [article] = split_page(page("DUSHANBE, April 2. /TASS/. The foreign ministers gathered on Thursday.\n"))
    assert (article.date, article.date_source) == (None, "none")


def test_an_exercise_name_in_the_dateline_sentence_dates_the_page(present_2026):
    [article] = split_page(page("BISHKEK, September 17. /TASS/. The Frontier 2025 command and staff exercises "
                                "of the forces started in the republic.\n"))
    assert (article.date, article.date_source) == ("2025-09-17", "event-name")


def test_a_date_line_with_a_weekday_and_no_year(present_2026):
    [article] = split_page(page("Wednesday, 17 September\n\nThe drills began\n\nThe drills of the forces "
                                "began in the republic. The drills of 2016 were smaller.\n"))
    assert (article.date, article.date_source) == ("2025-09-17", "weekday")


def test_an_undated_report_dated_by_an_exercise_name_in_its_opening(present_2026):
    [article] = split_page(page("The forces began an exercise on Tuesday, the press centre said. "
                                "On September 7, the opening of the joint exercise Frontier-2021 took place.\n"))
    assert (article.date, article.date_source) == ("2021-09-07", "event-name")


def test_an_exercise_named_in_the_sentence_before_the_day_dates_the_report(present_2026):
    [article] = split_page(page("The active phase of the \"Steppe Shield 2024\" peacekeepers’ drills began at the "
                                "range. Running from October 1 to 5, the drills will train the forces.\n"))
    assert (article.date, article.date_source) == ("2024-10-01", "event-name")


def test_an_exercise_named_after_the_day_in_the_opening_dates_the_report(present_2026):
    [article] = split_page(page("The President received the Secretary General on 9 September.\n\nThey spoke of "
                                "the strategic exercise Frontier 2013 (Border 2013), which will begin soon.\n"))
    assert (article.date, article.date_source) == ("2013-09-09", "event-name")


def test_an_exercise_named_after_the_opening_does_not_date_the_report(present_2026):
    [article] = split_page(page("The President received the Secretary General on 9 September. They talked. "
                                "They spoke at length. The exercise Frontier-2013 was also named.\n"))
    assert (article.date, article.date_source) == (None, "none")


def test_a_year_recalled_in_the_text_does_not_date_a_yearless_dateline(present_2026):
    # the rejected guess: the page's year is not the year its text mentions
    [article] = split_page(page("MINSK, October 14. /TASS/. The ministers met. They recalled the session of 2016.\n"))
    assert (article.date, article.date_source) == (None, "none")


@pytest.mark.parametrize("line", ["12.04", "Price 12.04.18", "1.12.18", "21.12.18.5"])
def test_short_numbers_are_no_two_digit_year_date_line(line):
    [art] = split_page(page(f"{line}\n\nThe Council of Foreign Ministers met in Minsk.\n"))
    assert art.date is None


# --- one report, one article: subtitles, buttons, site names (issue #15) ---

def test_a_subtitle_under_a_dated_headline_stays_in_the_report():
    # headline, date line, a standfirst without a full stop, then the dateline and the text
    text = ("Ministers to meet in Minsk next week\n\nMarch 3, 2021, 10:15\n\n"
            "The agenda will include the situation on the borders of the member states\n\n"
            "MOSCOW, March 3 (Agency) - The foreign ministers will meet in Minsk on Monday.\n\n"
            "The session will adopt a statement.\n")
    [article] = split_page(page(text))
    assert (article.title, article.date, article.place) == ("Ministers to meet in Minsk next week", "2021-03-03",
                                                            "Moscow")
    assert article.text.startswith("The agenda will include") and "adopt a statement" in article.text


def test_a_subtitle_without_a_date_line_keeps_the_headline_of_the_report():
    text = ("President arrives in the capital for the summit\n\n"
            "He is expected to outline the priorities of the presidency\n\n"
            "BISHKEK, November 8. /Agency/. The President arrived in the capital on Friday.\n")
    [article] = split_page(page(text))
    assert article.title == "President arrives in the capital for the summit"
    assert article.place == "Bishkek" and "priorities of the presidency" in article.text


def test_share_buttons_between_the_date_line_and_the_dateline_keep_the_date():
    text = ("Alliance agrees on new rules\n\nDec. 14, 2019 at 6:35 AM\nshare with facebook\nshare with twitter\n\n"
            "MOSCOW, Dec. 14 (Agency) -- The member nations agreed on new rules this week.\n")
    [article] = split_page(page(text))
    assert (article.title, article.date, article.place) == ("Alliance agrees on new rules", "2019-12-14", "Moscow")
    assert "share with" not in article.text


def test_a_bare_updated_label_does_not_hide_the_headline():
    text = "Summit opens in the capital\n\nUpdated\n\nThe leaders of the member states met in the capital.\n"
    [article] = split_page(page(text))
    assert article.title == "Summit opens in the capital" and "Updated" not in article.text


@pytest.mark.parametrize("furniture", ["Official website of the President of Atlantis", "You are here:   Home",
                                       "Home » News » Ministers meet in the capital"])
def test_a_site_name_or_a_breadcrumb_is_no_headline(furniture):
    text = (f"{furniture}\n\nMeeting with the Secretary General\n\nMay 5, 2018, Sochi\n\n"
            "The President met the Secretary General of the Organization.\n")
    [article] = split_page(page(text))
    assert (article.title, article.date) == ("Meeting with the Secretary General", "2018-05-05")


def test_a_numeric_dateline_dates_the_report_and_stays_out_of_its_text():
    [article] = split_page(page("MINSK, 26.12.2019 (Agency) – Yesterday, a meeting of the Council of Foreign "
                                "Ministers was held in Minsk.\nThe ministers adopted a statement.\n"))
    assert (article.date, article.date_source, article.place) == ("2019-12-26", "dateline", "Minsk")
    assert article.text.startswith("Yesterday, a meeting")


@pytest.mark.parametrize("second", [
    "Minister Oleg Sidorov on Sunday said the aforementioned in an interview.",
    "Speaker Oleg Sidorov chaired this meeting and nominated a new chairman.",
    "Before the meeting, the ministers were received by President Oleg Sidorov.",
    "At the beginning of the conversation, President Oleg Sidorov welcomed the guest."])
def test_a_paragraph_that_refers_back_continues_the_report(second):
    # one-sentence paragraphs, no headline: a list page's teasers would be cut, a report's are not
    text = f"The situation around Secretary General Ivan Petrov was discussed in Minsk.\n{second}\n"
    [article] = split_page(page(text))
    assert second in article.text


def test_a_read_also_link_under_the_headline_does_not_cut_the_report():
    text = ("President Ivan Petrov receives the Secretary General\n\nRead also\n"
            "MINSK, 13.03.2023 (Agency) – Today, President Ivan Petrov received the Secretary General.\n"
            "The sides discussed the tasks of the Organization.\n")
    [article] = split_page(page(text))
    assert (article.title, article.date) == ("President Ivan Petrov receives the Secretary General", "2023-03-13")


WRAPPED = ("Ministers Meet In The Capital, With One State Absent\n"
           "MINSK, May 3 (Agency) -- The foreign ministers of the member states\n"
           "of the Organization met in Minsk on Tuesday to discuss the situation\n"
           "on the borders. Minister Ivan Petrov chaired the meeting and said the\n"
           "ministers adopted a statement on the situation in the region.\n"
           "Before the meeting, Minister Oleg Sidorov held talks with the Secretary\n"
           "General of the Organization in the building of the ministry.\n"
           "The next meeting of the ministers will be held in the autumn in the\n"
           "capital of another member state, the ministry said in a statement.\n")


def test_a_hard_wrapped_report_is_one_article_of_whole_sentences():
    doc = page(WRAPPED)
    [article] = split_page(doc)
    assert article.title == "Ministers Meet In The Capital, With One State Absent"
    assert "met in Minsk on Tuesday to discuss the situation on the borders." in article.text
    assert "held talks with the Secretary General of the Organization" in article.text
    assert_pieces_are_verbatim(doc, article)


def test_a_page_of_whole_lines_is_not_read_as_wrapped():
    text = WRAPPED.replace("\n", ".\n").replace("..", ".").replace("Absent.", "Absent")
    [article] = split_page(page(text))
    assert "the situation.\non the borders" in article.text


def test_a_site_clock_above_the_city_and_date_line_does_not_date_the_report():
    text = ("Fri. Dec 6th, 2024\n\nAstana, 28 November 2024\n\n"
            "A regular session of the Council of the member states took place in the capital.\n")
    [article] = split_page(page(text))
    assert (article.date, article.place) == ("2024-11-28", "Astana")


def test_a_first_line_ending_with_its_city_and_date_places_the_report():
    text = ("Minister Ivan Petrov's remarks following the meeting of the Council, Almaty, June 21, 2024\n"
            "Colleagues,\nWe are through with the meeting of the Council of Foreign Ministers.\n")
    [article] = split_page(page(text))
    assert (article.date, article.place) == ("2024-06-21", "Almaty")


def test_a_trailing_date_after_an_unknown_word_gives_no_place():
    text = ("Remarks following the meeting of the Council, Notacity, June 21, 2024\n"
            "We are through with the meeting of the Council of Foreign Ministers.\n")
    [article] = split_page(page(text))
    assert article.place is None


def test_headline_and_standfirst_above_a_dateline_without_blank_lines_are_the_reports_header():
    text = ("President to take part in the Council meeting in Minsk\n"
            "On Tuesday, the President received the new Secretary General Ivan Petrov\n"
            "MOSCOW, November 30. /Agency/. The President will pay a working visit to Minsk.\n"
            "The leaders will discuss cooperation.\n")
    [article] = split_page(page(text))
    assert (article.title, article.place) == ("President to take part in the Council meeting in Minsk", "Moscow")
    assert article.text.startswith("On Tuesday, the President received")


def test_a_title_case_second_headline_is_a_header_not_text():
    text = ("Ministers to meet in Minsk next week\n\nMap Of The Western Part Of The Region\n\n"
            "The foreign ministers will meet in Minsk on Monday.\n")
    [article] = split_page(page(text))
    assert article.title == "Ministers to meet in Minsk next week" and "Map Of" not in article.text
    assert any(h.text.startswith("Map Of") for h in article.headers)


def test_a_bare_link_is_skipped():
    assert classify_line("https://news.example.org/2023/06/20/ministers-meet.html") == "widget"


# --- a ticker of other headlines and empty fields under the headline (issue #15) ---

TICKER = """Ministers meet in Minsk

Grain prices fall on weak demand  \u2022 Union chief welcomes the Atlantis accord  \u2022 Oceania to hold its vote on May 2
None

MINSK, May 3. /Agency/. The foreign ministers of the member states met in Minsk on Wednesday.
"""


def test_a_ticker_and_an_empty_field_are_not_in_the_text():
    [article] = split_page(page(TICKER))
    assert "Atlantis" not in article.text and "None" not in article.text
    assert article.text.startswith("The foreign ministers")
    assert article.title == "Ministers meet in Minsk"


def test_a_byline_date_line_dates_the_report():
    [article] = split_page(page("Ministers Discuss The Council\n\nBy Steppe Herald | Saturday, 18 August 2018\n\n"
                                "The minister Ivan Petrov telephoned the minister Oleg Sidorov on Thursday.\n"))
    assert (article.date, article.date_source) == ("2018-08-18", "date-line")
    assert "Steppe Herald" not in article.text


@pytest.mark.parametrize("first", ["date 2021-05-03 By Oleg Sidorov • 3 May 2021 • 10:15",
                                   "By Oleg Sidorov • 3 May 2021 • 10:15", "By Oleg Sidorov · 3 May 2021"])
def test_a_bulleted_byline_dates_the_report_and_is_read_for_names(first):
    [article] = split_page(page(f"{first}\nMinisters Discuss The Council\n\n"
                                "The minister Ivan Petrov telephoned the minister Oleg Sidorov on Thursday.\n"))
    assert (article.date, article.date_source) == ("2021-05-03", "date-line")
    assert article.text.startswith("The minister") and "10:15" not in article.text
    assert any(c.text.startswith("By Oleg Sidorov") for c in article.headers)


def test_a_caption_printed_twice_under_the_headline_is_no_item_of_its_own():
    [article] = split_page(page("Ministers Hold Informal Meeting\n\nUpdated\n\n"
                                "Minister Ivan Petrov (left) was welcomed at the airport on May 28.\n"
                                "Minister Ivan Petrov (left) was welcomed at the airport on May 28.\n"
                                "ASTANA -- An informal meeting of the ministers has been held in the capital.\n"))
    assert article.title == "Ministers Hold Informal Meeting"
    assert article.text.startswith("An informal meeting") and "welcomed" not in article.text
    assert [c.text for c in article.captions] == ["Minister Ivan Petrov (left) was welcomed at the airport on May 28."] * 2


def test_a_caption_printed_a_third_time_after_blank_lines_stays_a_caption():
    [article] = split_page(page("Ministers Hold Informal Meeting\n\nMinister Ivan Petrov (Photo: Agency)\n"
                                "Minister Ivan Petrov (Photo: Agency)\n\nMinister Ivan Petrov (Photo: Agency)\n\n"
                                "The ministers met in the capital, the agency said.\n"))
    assert article.text == "The ministers met in the capital, the agency said."
    assert len(article.captions) == 3


def test_a_caption_printed_twice_dates_a_report_without_another_date():
    [article] = split_page(page("Secretary Visits The Border\n\n"
                                "Secretary Oleg Sidorov visits a section of the border, September 22, 2022.\n"
                                "Secretary Oleg Sidorov visits a section of the border, September 22, 2022.\n\n"
                                "The Secretary visited the republic on Thursday to discuss the border.\n"))
    assert (article.date, article.date_source) == ("2022-09-22", "body")
    assert "section of the border" not in article.text


def test_a_paragraph_printed_twice_in_the_body_stays_text():
    [article] = split_page(page("Ministers Meet\n\nThe ministers met in the capital.\n"
                                "The ministers adopted a statement.\nThe ministers adopted a statement.\n"))
    assert article.text.count("adopted a statement") == 2


# --- a dateline of a place away from a city, its state between slashes (issue #15, places, stop 24) ---

def test_a_dateline_of_a_range_with_its_state_between_slashes_gives_the_state():
    art, = split_page(page("Drills open on the range\n\nFIRING RANGE /Tajikistan/, October 21. /Agency/. The joint "
                           "drills of the forces began on the range on Monday.\n"))
    assert art.place == "Tajikistan"
    assert art.text.startswith("The joint drills")  # the dateline is no text of the report


def test_a_dateline_of_a_known_city_keeps_the_city_though_its_state_follows():
    art, = split_page(page("Drills open\n\nMINSK /Belarus/, October 21. /Agency/. The joint drills of the forces "
                           "began near the city on Monday.\n"))
    assert art.place == "Minsk"


# --- a headline that ends with its full date (issue #15, dates, stop 24) ---

def test_a_headline_ending_with_its_city_and_full_date_dates_the_item():
    art, = split_page(page("10:15\n\nAnswers to questions following the meeting of the Council, Karakol, "
                           "May 3, 2023\n\nQuestion: How do you see the work of the Council?\n\nAnswer: The ministers "
                           "agreed on the plan.\n"))
    assert (art.date, art.date_source, art.place) == ("2023-05-03", "headline", "Karakol")


def test_a_date_line_under_a_headline_ending_with_a_date_stays_the_items_date():
    art, = split_page(page("Remarks following the meeting of the Council, 3 May 2023\n\n5 May 2023\n\n"
                           "The ministers agreed on the plan of the Council.\n"))
    assert art.date == "2023-05-05"


def test_a_headline_without_a_year_after_its_last_comma_gives_no_date():
    art, = split_page(page("Ministers meet in Karakol, agree on the plan\n\nThe ministers agreed on the plan of "
                           "the Council.\n"))
    assert art.date is None


# --- a summary printed above the report's dateline (issue #15, pages, stop 24) ---

def test_a_summary_paragraph_above_the_dateline_is_the_reports_first_text():
    doc = page("\"The drills show our resolve,\" the commander of the district said at the opening.\n\n"
               "FIRING RANGE /Tajikistan/, October 21. /Agency/. The opening ceremony of the joint drills "
               "was held on the range.\n")
    art, = split_page(doc)
    assert (art.place, art.date) == ("Tajikistan", None)  # the dateline's day has no year: none is guessed
    assert art.text.startswith("\"The drills show") and "opening ceremony" in art.text
    assert_pieces_are_verbatim(doc, art)


def test_a_headed_item_above_a_dateline_stays_an_item_of_its_own():
    arts = split_page(page("Ministers meet\n\n3 May 2023\n\nThe ministers met in the capital.\n\n"
                           "ASTANA, May 4 (Agency) - The drills of the forces began on the range.\n"))
    assert len(arts) == 2


def test_three_paragraphs_above_a_dateline_are_a_report_of_their_own():
    arts = split_page(page("The ministers met in the capital on Monday.\n\nThey adopted a statement.\n\n"
                           "They signed a plan.\n\nASTANA, May 4 (Agency) - The drills of the forces began "
                           "on the range.\n"))
    assert len(arts) == 2


# --- a date line cut from its report by a byline or an id (issue #15, pages, stop 25) ---

def test_a_date_line_above_a_byline_dates_the_report_under_the_headline():
    doc = page("Mon, 10/27/2014 - 16:05\nWriter :\n\nMinisters meet in the capital\n\n"
               "ASTANA, October 27. /Agency/. The ministers of the bloc met in the capital on Monday.\n")
    art = split_page(doc)[-1]
    assert (art.date, art.title, art.place) == ("2014-10-27", "Ministers meet in the capital", "Astana")
    assert_pieces_are_verbatim(doc, art)


def test_a_byline_between_a_date_line_and_the_headline_does_not_take_the_reports_date():
    doc = page("Friday, March 6 2020 11:20\nOlga Petrova\n\nSecretary General: the talks went well\n\n"
               "The Secretary General told reporters in the capital on March 6 that the talks went well.\n")
    byline, art = split_page(doc)
    assert art.date == "2020-03-06" and art.title == "Secretary General: the talks went well"
    assert "Olga Petrova" not in art.text and byline.text == "Olga Petrova"  # read for names, as an item's text


def test_a_dated_item_with_text_of_its_own_dates_no_undated_item_after_it():
    arts = split_page(page("3 May 2023\n\nThe ministers met in the capital on the morning of the day.\n\n\n"
                           "Ministers meet again\n\nThe ministers met again, in another city.\n"))
    assert [a.date for a in arts] == ["2023-05-03", None]


# --- date lines in Russian, glued dates and paragraphs that lost their full stop (issue #15, pages, stop 25) ---

def test_a_date_line_in_russian_with_its_city_and_source_dates_the_english_report():
    doc = page("28 ноября 2019, Minsk - Steppe news agency , Oleg SIDOROV\n"
               "The summit of the heads of state of the bloc is taking place in the capital.\n"
               "The presidents discussed the situation in the region.\n")
    art, = split_page(doc)
    assert (art.date, art.place) == ("2019-11-28", "Minsk")
    assert art.title.startswith("The summit of the heads")
    assert_pieces_are_verbatim(doc, art)


def test_a_headline_with_its_date_and_time_glued_after_it_dates_the_report():
    doc = page("Ministers of the bloc meet in the capital 10 августа 2014, 12:39\n\n"
               "The ministers of the bloc met in the capital to discuss the drills.\n")
    art, = split_page(doc)
    assert (art.date, art.title) == ("2014-08-10", "Ministers of the bloc meet in the capital")


LONG_PARAGRAPH = ("The Secretary General of the bloc, Colonel General Oleg Sidorov, has promised to do everything "
                  "needed to end the clashes in the region as soon as all the measures are approved")


def test_a_long_paragraph_without_its_full_stop_stays_in_the_dated_report():
    doc = page(f"14 Jun, 2010 15:26\n\nThe bloc agrees on a plan\n\nThe bloc has agreed on a plan at a meeting "
               f"in the capital.\n\n{LONG_PARAGRAPH}\n\n\"We are ready,\" he said in the capital.\n")
    art, = split_page(doc)
    assert (art.date, art.title) == ("2010-06-14", "The bloc agrees on a plan")
    assert LONG_PARAGRAPH in art.text and "We are ready" in art.text
    assert_pieces_are_verbatim(doc, art)


def test_a_long_headline_printed_twice_on_a_list_page_opens_an_item_of_its_own():
    headline = ("Consultations were held between the representatives of the member states of the bloc on the "
                "agenda of the next session of the General Assembly in the capital")
    arts = split_page(page(f"11.02.2026\nOn 11 February 2026, the ministers met at the Secretariat of the bloc.\n\n"
                           f"{headline}\n\n{headline} 10.02.2026\nThe consultations were held in the capital.\n"))
    assert [(a.title[:13], a.date) for a in arts] == [("On 11 Februar", "2026-02-11"), ("Consultations", "2026-02-10")]


def test_an_accessibility_panel_and_empty_labels_open_no_item():
    doc = page("View settings\n\nFont size:\nSite colours:\nImages\n\nSettings\n\nID :\n38044\n"
               "Tue, 09/15/2015 - 11:17\nAuthor :\n\nLeaders of the bloc start talks in the capital\n\n"
               "ASTANA, September 15. /Agency/. The leaders of the bloc started talks in the capital.\n")
    art, = split_page(doc)
    assert (art.date, art.place, art.title) == ("2015-09-15", "Astana", "Leaders of the bloc start talks in the capital")
    assert_pieces_are_verbatim(doc, art)


# --- y1: names in page furniture ---

def test_a_credit_line_above_the_first_item_is_kept_as_its_header():
    page = "photo: Quillnet\nThe Zorvan Council met in Minsk on 14 March 2023. The ministers adopted a statement.\n"
    arts = split_page(Document("p.txt", page, "utf-8", "txt", "x"))
    assert len(arts) == 1 and [h.text for h in arts[0].headers] == ["photo: Quillnet"]
    assert arts[0].text.startswith("The Zorvan Council")


# --- a date line with a time first (issue #15, stop 26) ---

def test_a_date_line_with_a_time_first_dates_the_report_and_keeps_its_reporter():
    doc = page("09:05, 3 мая 2021, Minsk - Steppe news agency , Oleg SIDOROV\n\n"
               "The summit of the heads of state opened in the capital.\n")
    art, = split_page(doc)
    assert (art.date, art.place) == ("2021-05-03", "Minsk")
    assert art.text.startswith("The summit") and any("Oleg SIDOROV" in h.text for h in art.headers)


# --- a label that files the page under a year (stop 31) ---


def test_a_label_that_files_the_page_under_a_year_dates_a_yearless_dateline():
    text = ("X\n    Categories: 2021\n\nEnvoys discuss the border\n\n19:19,\n\n"
            "DORVALA, NOVEMBER 18, AGENCY. Minister Ivan Petrenko held a phone conversation with Oleg Sidorov.\n\n"
            "The interlocutors discussed the situation on the border.\n")
    dated = [a for a in split_page(page(text)) if "Ivan Petrenko" in a.text]
    assert [(a.date, a.date_source) for a in dated] == [("2021-11-18", "label")]


@pytest.mark.parametrize("labels", ["Categories: 2021\nArchive: 2019\n", "Categories: 2021, 2022\n", "Categories: 2090\n"])
def test_labels_of_two_years_or_of_a_later_year_date_nothing(labels):
    text = f"{labels}\nDORVALA, NOVEMBER 18, AGENCY. Minister Ivan Petrenko held a phone conversation with Oleg Sidorov.\n"
    assert [a.date for a in split_page(page(text)) if "Ivan Petrenko" in a.text] == [None]


# an invented report whose only date line is printed under its text, before a credit and a pager
CLOSING_STAMP = """Ministers discuss the border situation

On October 18, the Minister of Defense of Belarus Ivan Petrov met the Secretary General in Minsk.

The sides discussed joint exercises.

19 10 2022, 12:00
Photo source: ministry.example

1 2 3 4 5
"""


def test_a_date_line_under_the_text_dates_the_report_above_it():
    report, *rest = split_page(page(CLOSING_STAMP))
    assert (report.title, report.date, report.date_source) == ("Ministers discuss the border situation",
                                                               "2022-10-19", "date-line")
    assert "joint exercises" in report.text and not any("Petrov" in a.text for a in rest)


def test_a_date_line_under_one_item_does_not_date_an_item_dated_by_its_own_line():
    articles = split_page(page("12.06.2023\n\nOn 12 June 2023, the Deputy Secretary General received a delegation.\n\n"
                               "14.06.2023\nPhoto source: ministry.example\n"))
    assert articles[0].date == "2023-06-12"


# an invented mailing-list copy: hard-wrapped at a fixed width, a credit with the date under the lead
WRAPPED_COPY = """Ministers agree on joint exercises - - on news.example

The defence ministers of the member states agreed on a plan of joint
exercises, Ivan Petrov has said.

Source: Agency Tuesday, April 5, 2016 | 13:52

The minister made the remark on Tuesday in Minsk, during his meeting with
the Secretary General of the organization, the ministry's
press service said in a statement.

The minister also said the exercises would be held in the autumn in two
member states.
"""


def test_a_credit_date_line_dates_the_wrapped_report_under_it_whole():
    articles = split_page(page(WRAPPED_COPY))
    [report] = [a for a in articles if "during his meeting" in a.text]
    assert report.date == "2016-04-05" and "in the autumn" in report.text  # the press service's line goes on
    assert not any(a.title.startswith("Source") for a in articles)


def test_a_font_size_widget_between_the_date_line_and_the_dateline_keeps_one_article():
    text = ("Leaders discuss the situation\n\nPrint E-mail Xinhua, August 24, 2021\nAdjust font size:\n\n"
            "MOSCOW, Aug. 23 (Xinhua) -- The leaders met via video link on Monday.\n")
    [article] = split_page(page(text))
    assert article.date == "2021-08-24" and "The leaders met" in article.text


def test_a_line_naming_again_the_occasion_the_line_before_told_continues_the_report():
    text = ("An operational group of the General Staff takes part in a tactical drill in Atlantis.\n"
            "Commander Ivan Petrov is in overall command of the drill that involves a thousand servicemen.\n")
    [article] = split_page(page(text))
    assert "Ivan Petrov" in article.text
