"""The year of a page that prints a day and a month but no year, from the officials it names.

A report may say "the session took place on 10 January" and never print its year (a page
cut from its site's date line, an agency item with a yearless dateline). The corpus stage
dates such a page only from hard evidence in its text (a weekday, an exercise's name:
:mod:`csto_graph.corpus.years`). The officials a report names with their posts are evidence
too: a Secretary General named with his post held it for three years, an acting president
perhaps for ten weeks. When on the page's day every official it names so held the
post he is named with in one year only (of the years the page allows,
:func:`~csto_graph.corpus.years.year_range`, on the weekday it prints, if any), the page is
of that year; else it stays undated. The terms of office are data
(``ontology/office_holders.yaml``); each is widened by :data:`MARGIN_DAYS` on both sides, as
reports name a holder by his post in the days before he takes it and after he leaves it.

This reads the readers' mentions, so it runs after a first reading of the article; the
article is then read again with its date (:func:`csto_graph.extract.run.extract_chunk`), and
the graph records the date with the source ``"tenure"``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..corpus.dates import yearless_days
from ..corpus.dates_ru import yearless_russian_days
from ..corpus.pages import OPENING_SENTENCES  # the page's own day is told in its first sentences
from ..corpus.years import weekday_years, year_range
from ..link.matching import same_person
from ..models import Article, ArticleExtraction
from ..vocab.resources import load_yaml

MARGIN_DAYS = 45  # a holder named by his post before he takes it (appointed, elected) or after he leaves it
DATE_SOURCE = "tenure"


@dataclass(frozen=True)
class Term:
    """One holder's time in one office: ``office`` (a key of the file's ``offices``) of
    ``org`` (a gazetteer id), from ``start`` to ``end`` (days, both in office)."""

    name: str
    office: str
    org: str
    start: dt.date
    end: dt.date


def _bound(value, end: bool) -> dt.date:
    """A day of the file: a date, a year (its first or last day), or none (today, for an end)."""
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    if re.fullmatch(r"\d{4}-\d\d", text):
        year, month = map(int, text.split("-"))
        first = dt.date(year, month, 1)
        return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)) if end else first
    return dt.date.fromisoformat(text)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, str], tuple[Term, ...], frozenset[str], frozenset[str]]:
    """(post form -> office, the terms, the modifiers an acting holder's post carries, the
    words that tell a post had ended: ``former`` of ``ontology/tenures.yaml``)."""
    data = load_yaml("office_holders.yaml")
    forms = {form.casefold(): office for office, names in data["offices"].items() for form in names}
    terms = tuple(Term(name, office, org, _bound(start, False), _bound(end, True))
                  for office, orgs in data["holders"].items() for org, rows in orgs.items()
                  for name, start, end in rows)
    modifiers = frozenset(w.casefold() for w in data.get("modifiers", ()))
    ended = frozenset(w.casefold() for w in load_yaml("tenures.yaml").get("former", ()))
    return forms, terms, modifiers, ended


def office_of(post: str) -> str | None:
    """The office a post names, its modifiers of an acting holder aside; None for a post that
    had ended ("former President") or one the file does not list.

    >>> office_of("Acting President"), office_of("Minister of Foreign Affairs"), office_of("former President")
    ('president', 'foreign_minister', None)
    >>> office_of("First Deputy Prime Minister") is None
    True
    """
    forms, _, modifiers, ended = _vocabulary()
    words = re.split(r"[\s-]+", post.strip())
    if any(w.casefold() in ended for w in words):
        return None
    return forms.get(" ".join(w for w in words if w.casefold() not in modifiers).casefold())


def terms_of(name: str, office: str, org: str | None) -> tuple[Term, ...]:
    """The terms of ``office`` (of ``org``, when the post names it) held by the person ``name``
    (a full name: a surname alone may be several holders')."""
    if len(name.split()) < 2:
        return ()
    _, terms, _, _ = _vocabulary()
    return tuple(t for t in terms if t.office == office and (org is None or t.org == org) and same_person(name, t.name))


def _ended_before(article: Article, ex: ArticleExtraction, start: int, sentence: int) -> bool:
    """Whether the word right before a post says it had ended ("the former Secretary General")."""
    if ex.is_caption(sentence):
        return False
    _, _, _, ended = _vocabulary()
    before = re.findall(r"[\w]+", article.text[max(0, start - 20):start])
    return bool(before) and before[-1].casefold() in ended


def named_terms(article: Article, ex: ArticleExtraction) -> list[tuple[Term, ...]]:
    """For each official the article names with a post the file lists, the terms he may have
    held it in (one person named twice counts once)."""
    out: dict[tuple[str, str, str | None], tuple[Term, ...]] = {}
    for person in ex.people:
        for post in person.posts:
            office = office_of(post.post)
            if office is None or _ended_before(article, ex, post.start, person.sentence):
                continue
            terms = terms_of(person.name, office, post.org)
            if terms:
                out.setdefault((person.name, office, post.org), terms)
    return list(out.values())


def page_day(article: Article, ex: ArticleExtraction) -> tuple[int, int, int | None] | None:
    """(month, day, weekday or None) of the page's own yearless day: the one day of the
    first of its opening sentences that gives exactly one, else of its dateline."""
    for sent in ex.sentences[:OPENING_SENTENCES]:
        days = _days(sent.text, article.language)
        if len(days) == 1:
            return days[0]
        if days:
            return None  # several days: which one is the page's is not told
    for line in article.headers:
        days = _days(line.text, article.language)
        if len(days) == 1:
            return days[0]
    return None


def _days(text: str, language: str) -> list[tuple[int, int, int | None]]:
    """The yearless days of a line; one alone with the weekday its line names ("On Tuesday,
    October 14"; "В четверг, 28 ноября, ...": ``weekdays`` of ``ontology/ru/dates.yaml``)."""
    if language != "ru":
        return [(d.month, d.day, d.weekday) for d in yearless_days(text)]
    days = yearless_russian_days(text)
    weekdays = load_yaml("ru/dates.yaml")["weekdays"]
    named = {weekdays.index(w.lower()) for w in re.findall(r"\bв[о]?\s+(" + "|".join(weekdays) + r")\b", text,
                                                            re.IGNORECASE)}
    weekday = named.pop() if len(days) == 1 and len(named) == 1 else None
    return [(month, day, weekday) for month, day in days]


def within(day: dt.date, terms: tuple[Term, ...]) -> bool:
    """Whether ``day`` falls in one of ``terms`` (each widened by :data:`MARGIN_DAYS`)."""
    margin = dt.timedelta(days=MARGIN_DAYS)
    return any(t.start - margin <= day <= t.end + margin for t in terms)


def tenure_date(article: Article, ex: ArticleExtraction, present: int | None = None) -> str | None:
    """The ISO date of an article with no year (``article.date`` None) from its yearless day
    and the terms of the officials it names (see the module's docstring), or None.

    """
    if article.date is not None:
        return None
    day = page_day(article, ex)
    if day is None:
        return None
    named = named_terms(article, ex)
    if not named:
        return None
    month, mday, weekday = day
    # the years an English page allows by the years it names as past and ahead (corpus/years.py reads
    # English words for that; a Russian page's years bound nothing here)
    years = year_range(article.text if article.language == "en" else "", present)
    if weekday is not None:
        years = weekday_years(weekday, month, mday, years)
    fits = []
    for year in years:
        try:
            date = dt.date(year, month, mday)
        except ValueError:
            continue
        if all(within(date, terms) for terms in named):
            fits.append(date)
    return fits[0].isoformat() if len(fits) == 1 else None


def dated_articles(articles: list[Article], extractions: list[ArticleExtraction]) -> list[Article]:
    """``articles`` (in the order of their ``extractions``), each that an extraction dated
    taking that date, with the source :data:`DATE_SOURCE`."""
    return [replace(a, date=ex.date, date_source=DATE_SOURCE) if ex.date is not None and a.date is None else a
            for a, ex in zip(articles, extractions)]
