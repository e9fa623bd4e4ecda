"""The year of a yearless page from the terms of the officials it names
(csto_graph.extract.page_years), on invented pages and invented office holders."""
import datetime as dt

import pytest

from csto_graph.extract import page_years
from csto_graph.extract.page_years import DATE_SOURCE, Term, dated_articles, office_of, tenure_date
from csto_graph.extract.run import ExtractConfig, extract_chunk
from csto_graph.vocab.gazetteer import load_gazetteer

from helpers import page


def _term(name, office, org, start, end):
    return Term(name, office, org, dt.date.fromisoformat(start), dt.date.fromisoformat(end))


INVENTED = (
    _term("Ivar Kolbin", "secretary_general", "csto", "2006-01-01", "2006-12-31"),
    _term("Ivar Kolbin", "secretary_general", "csto", "2009-01-01", "2009-12-31"),
    _term("Oleg Dranov", "president", "kyrgyzstan", "2004-01-01", "2011-12-31"),
    _term("Teodor Vasko", "foreign_minister", "armenia", "2007-06-01", "2010-12-31"),
)


@pytest.fixture(autouse=True)
def invented_holders(monkeypatch):
    forms, _, modifiers, ended = page_years._vocabulary()
    monkeypatch.setattr(page_years, "_vocabulary", lambda: (forms, INVENTED, modifiers, ended))


def _read(text: str, years_from_terms: bool = True):
    """The page's article and its extraction as the build reads them (its page reader, its
    sentence splitter, the rules without the model's parse), yearless pages dated by terms."""
    article, = page(text)
    ex, = extract_chunk([article], ExtractConfig(parse=False, years_from_terms=years_from_terms))
    return article, ex


KOLBIN_AND_VASKO = ("On 14 March, Secretary General Ivar Kolbin met Foreign Minister Teodor Vasko of Armenia "
                    "in Yerevan.\nThey discussed the work of the Organization.\n")


def test_the_one_year_in_which_every_named_official_held_his_post_dates_the_page():
    article, ex = _read(KOLBIN_AND_VASKO)
    assert article.date is None  # the page prints no year
    assert ex.date == "2009-03-14"  # Kolbin: 2006 or 2009; Vasko from mid-2007
    dated, = dated_articles([article], [ex])
    assert (dated.date, dated.date_source) == ("2009-03-14", DATE_SOURCE)
    assert [e.date for e in ex.events] and all(e.date == "2009-03-14" for e in ex.events)


def test_two_years_that_fit_leave_the_page_undated():
    article, ex = _read("On 14 March, Secretary General Ivar Kolbin met President Oleg Dranov in Bishkek.\n"
                        "They discussed the work of the Organization.\n")
    assert ex.date is None  # 2006 and 2009 both fit
    assert dated_articles([article], [ex]) == [article]


def test_a_weekday_printed_with_the_day_narrows_the_years():
    # 14 March was a Tuesday in 2006 and a Saturday in 2009
    _, ex = _read("On Tuesday, 14 March, Secretary General Ivar Kolbin met President Oleg Dranov in Bishkek.\n"
                  "They discussed the work of the Organization.\n")
    assert ex.date == "2006-03-14"


def test_a_former_holder_bounds_nothing():
    _, ex = _read("On 14 March, former Foreign Minister Teodor Vasko of Armenia met Secretary General Ivar Kolbin "
                  "in Yerevan.\nThey discussed the work of the Organization.\n")
    assert ex.date is None  # without Vasko's term, 2006 and 2009 both fit Kolbin's


def test_a_page_with_a_year_is_not_dated_again():
    _, ex = _read("14 March 2021\nSecretary General Ivar Kolbin met Foreign Minister Teodor Vasko of Armenia "
                  "in Yerevan.\n")
    assert ex.date is None


def test_a_russian_page_is_dated_from_the_terms_of_the_officials_it_names():
    _, ex = _read("14 марта в Ереване Генеральный секретарь ОДКБ Ивар Колбин встретился с министром "
                  "иностранных дел Армении Теодором Васко.\nСтороны обсудили работу Организации.\n")
    assert ex.date == "2009-03-14"


def test_a_russian_weekday_narrows_the_years():
    # 14 March was a Tuesday in 2006 and a Saturday in 2009
    _, ex = _read("Во вторник, 14 марта, в Бишкеке Генеральный секретарь ОДКБ Ивар Колбин встретился с "
                  "президентом Киргизии Олегом Драновым.\nСтороны обсудили работу Организации.\n")
    assert ex.date == "2006-03-14"


@pytest.mark.parametrize("post, office", [
    ("President", "president"), ("Acting President", "president"), ("Head of State", "president"),
    ("Minister of Foreign Affairs", "foreign_minister"), ("Secretary-General", "secretary_general"),
    ("former President", None), ("ex-President", None), ("First Deputy Prime Minister", None),
    ("Deputy Secretary General", None),
])
def test_a_post_names_an_office_whole(post, office):
    assert office_of(post) == office


def test_the_file_of_office_holders_is_well_formed():
    from csto_graph.vocab.resources import load_yaml

    data = load_yaml("office_holders.yaml")
    gaz = load_gazetteer()
    for office, orgs in data["holders"].items():
        assert office in data["offices"], office
        for org, rows in orgs.items():
            assert org in gaz.entries, org
            for name, start, end in rows:
                assert len(name.split()) >= 2, name  # a full name: a surname alone may be several holders'
                assert page_years._bound(start, False) <= page_years._bound(end, True), (name, start, end)


def test_a_page_that_names_no_holder_stays_undated():
    article, ex = _read("On 14 March, the Council met in Yerevan.\nIt discussed the work of the Organization.\n")
    assert ex.date is None and tenure_date(article, ex) is None


def test_by_default_a_yearless_page_stays_undated():
    # the gold format's convention: an event whose text gives no year is undated
    article, ex = _read(KOLBIN_AND_VASKO, years_from_terms=False)
    assert ex.date is None and dated_articles([article], [ex]) == [article]
    assert all(not e.date for e in ex.events)


def test_the_build_dates_the_page_and_its_events_and_says_how(tmp_path):
    from csto_graph.graph.query import run_query
    from csto_graph.pipeline.build import BuildConfig, build

    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(KOLBIN_AND_VASKO, encoding="utf-8")
    build([tmp_path / "c"], tmp_path / "out", BuildConfig(render=False, years_from_terms=True))
    def rows(name):
        result = run_query(str(tmp_path / "out"), name)
        return [dict(zip(result.columns, row)) for row in result.rows]

    assert [(r["date"], r["date_source"]) for r in rows("articles")] == [("2009-03-14", DATE_SOURCE)]
    assert {r["date"] for r in rows("events")} == {"2009-03-14"}
