"""The language of a page, decided once (csto_graph.corpus.language.page_language), and a
Russian page read as one Russian article. Invented sentences."""
from csto_graph.corpus.language import READ_LANGUAGES, page_language
from csto_graph.corpus.lines import classify_line
from csto_graph.corpus.pages import split_page
from csto_graph.models import Document

RUSSIAN_PAGE = """date 2024-05-14
Генсек ОДКБ и министр обороны обсудили учения

Москва, 14 мая. Генсек ОДКБ Иван Петренко и министр обороны Армении обсудили план учений.
План утвердят осенью.
"""

ENGLISH_PAGE = """Secretary General meets Defence Minister

Moscow, 14 May 2024. The CSTO Secretary General met the Defence Minister of Belarus.
Генсек ОДКБ и министр обороны обсудили учения
The sides discussed the coming exercises.
"""


def page(text):
    return Document("p.txt", text, "utf-8", "txt", "x")


def test_a_mostly_cyrillic_page_is_russian():
    assert page_language(RUSSIAN_PAGE) == "ru"


def test_an_english_page_with_a_russian_caption_is_english():
    assert page_language(ENGLISH_PAGE) == "en"


def test_russian_is_a_language_that_is_read():
    assert "ru" in READ_LANGUAGES


def test_a_russian_page_is_one_russian_article_not_captions():
    [article] = split_page(page(RUSSIAN_PAGE))
    assert article.language == "ru"
    assert article.captions == ()
    assert "Иван Петренко и министр обороны" in article.text
    assert article.date == "2024-05-14"


def test_an_english_page_keeps_its_russian_line_as_a_caption():
    [article] = split_page(page(ENGLISH_PAGE))
    assert article.language == "en"
    assert [c.language for c in article.captions] == ["ru"]
    assert "Генеральный" not in article.text


def test_a_russian_page_without_a_stamp_is_dated_by_its_opening_line():
    [article] = split_page(page("МИНСК, 3 марта. Министр обороны провёл совещание в 2021 году.\n"))
    assert (article.date, article.date_source) == ("2021-03-03", "body")


def test_a_latin_word_on_a_russian_page_is_text_not_a_caption():
    assert classify_line("Фото пресс-службы: Kazinform", script="cyrillic") == "text"
    assert classify_line("Фото пресс-службы: Kazinform") == "caption"


def test_an_armenian_line_on_a_russian_page_is_a_caption():
    assert classify_line("Մատչելիության հղումներ", script="cyrillic") == "caption"
