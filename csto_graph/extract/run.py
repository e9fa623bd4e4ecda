"""Extraction stage, running it: the map over articles (in this process, in worker
processes or on Dask), the cache of extractions by content, the model asked only about the
sentences where it decides something, and the reader of each article's language.

The rules themselves are :func:`csto_graph.extract.article.extract_article` (English) and
:mod:`csto_graph.extract.ru` (Russian). The dependency parser reads only the English
sentences that hold an event trigger and name a person (:mod:`csto_graph.extract.syntax`),
once each, one batch per chunk.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..models import Article, ArticleExtraction, Sentence
from ..vocab.gazetteer import Gazetteer, load_gazetteer
from .article import read_mentions, rules_reading, with_events
from .page_years import DATE_SOURCE, tenure_date


@dataclass(frozen=True)
class ExtractConfig:
    model: str | None = None
    progress: bool = False
    batch_size: int = 64  # sentences per batch of the model
    ner: str = "needed"  # model on "needed" sentences only (see ner_sentences), or on "all" of the body
    jobs: int = 1  # local worker processes
    scheduler: str | None = None  # Dask scheduler address (instead of local processes)
    cache: str | None = None  # SQLite file of cached extractions (None: no cache)
    chunk_size: int = 16  # articles per task
    parse: bool = True  # the dependency parse of event sentences (False: the rules alone)
    # date a yearless page by the terms of the officials it names (extract/page_years.py); off by
    # default: the gold format leaves an event undated when its text gives no year
    years_from_terms: bool = False


def extract_articles(articles: list[Article], config: ExtractConfig = ExtractConfig()) -> list[ArticleExtraction]:
    """Mentions of every article, in input order.

    An article found in ``config.cache`` is not extracted again; the others are extracted
    in chunks of ``config.chunk_size`` by :func:`extract_chunk`, in this process, in
    ``config.jobs`` processes or on the Dask cluster at ``config.scheduler``. Each article
    is extracted on its own (the model sees only that article's sentences), so the result
    is the same however the work is spread.
    """
    from functools import partial

    from ..pipeline.parallel import FORK, map_in_order

    if not articles:
        return []
    results: list[ArticleExtraction | None] = [None] * len(articles)
    cache = _open_cache(config)
    try:
        keys = _cache_keys(articles) if cache is not None else []
        if cache is not None:
            hits = cache.get_many(keys)
            results = [hits.get(k) for k in keys]
        todo = [i for i, r in enumerate(results) if r is None]
        chunks = [todo[k:k + config.chunk_size] for k in range(0, len(todo), config.chunk_size)]
        work = partial(extract_chunk, config=replace(config, progress=False, cache=None))
        if FORK and config.jobs > 1 and len(chunks) > 1 and not config.scheduler:
            _load_once(config)  # forked workers share it instead of loading it each
        done = map_in_order(work, [[articles[i] for i in chunk] for chunk in chunks],
                            jobs=config.jobs, scheduler=config.scheduler)
        bar = _progress_bar(config, len(todo))
        for chunk, extracted in zip(chunks, done):
            for i, ex in zip(chunk, extracted):
                results[i] = ex
            if cache is not None:
                cache.put_many([(keys[i], results[i]) for i in chunk])
            if bar is not None:
                bar.update(len(chunk))
        if bar is not None:
            bar.close()
    finally:
        if cache is not None:
            cache.close()
    return results


def extract_chunk(articles: list[Article], config: ExtractConfig = ExtractConfig()) -> list[ArticleExtraction]:
    """Extract a few articles (one task of :func:`extract_articles`; runs in a worker).

    Each article is read with rule-based sentences first (:mod:`csto_graph.corpus.sentences`);
    the model is asked about the sentences :func:`ner_sentences` picks, and the article
    is read again with the person entities it found. Then, with ``config.parse``, the parser
    reads the sentences of the whole chunk that the event reader will ask about (a trigger
    and a person: :func:`~csto_graph.extract.events.parse_requests`), in one batch, once
    each (loaded then: a chunk with none never loads it), and the events of each article
    are read with their trees (:func:`~csto_graph.extract.article.with_events`).
    """
    from .events import parse_requests

    gaz = load_gazetteer()
    read: list[ArticleExtraction] = []
    articles = list(articles)
    for k, article in enumerate(articles):
        ex = _first_reading(article, gaz, config)
        date = tenure_date(article, ex) if config.years_from_terms else None
        if date is not None:  # a yearless page dated by the terms of the officials it names: read again on that day
            articles[k] = article = replace(article, date=date, date_source=DATE_SOURCE)
            ex = replace(_first_reading(article, gaz, config), date=date)
        read.append(ex)
    parse = sentence_parser(config)  # one per chunk: the tree of a sentence does not depend on its batch
    readings = [rules_reading(article, ex) if article.language == "en" and parse is not None else None
                for article, ex in zip(articles, read)]  # the rules read once, before and after the parse
    if parse is not None:
        parse([text for reading in readings if reading is not None for text in parse_requests(reading)])
    return [with_events(article, ex, parse, reading) if article.language == "en" else ex
            for article, ex, reading in zip(articles, read, readings)]


def _first_reading(article: Article, gaz: Gazetteer, config: ExtractConfig) -> ArticleExtraction:
    """The mentions of one article: by the reader of its language; an English one by the
    rules, then again with the person entities the model finds in the sentences it is asked
    about (:func:`ner_sentences`), before its events are read with the parse."""
    from ..corpus.sentences import text_doc

    if article.language != "en":
        return read_other_language(article, gaz)
    ex = read_mentions(article, text_doc(article.text), gaz)
    asked = ner_sentences(article, ex, config.ner)
    spans = person_spans(article, asked, config) if asked else ()
    return read_mentions(article, text_doc(article.text, spans), gaz) if spans else ex


def sentence_parser(config: ExtractConfig = ExtractConfig()):
    """A parser of one article's event sentences (:class:`~csto_graph.extract.syntax.SentenceParser`,
    the model loaded on its first use), or None when ``config.parse`` is off."""
    from functools import partial

    from .nlp import load_parser
    from .syntax import SentenceParser

    return SentenceParser(partial(load_parser, config.model), config.batch_size) if config.parse else None


def read_other_language(article: Article, gaz: Gazetteer) -> ArticleExtraction:
    """A Russian article by the Russian reader (:mod:`csto_graph.extract.ru`, whose models
    load here, on the first Russian article); an article in a language no reader reads
    (see ``READ_LANGUAGES`` in :mod:`csto_graph.corpus.language`) gives no mentions."""
    if article.language == "ru":
        from .ru import extract_russian

        return extract_russian(article, gaz)
    return ArticleExtraction(article.id, (), (), (), (), (), ())


def ner_sentences(article: Article, ex: ArticleExtraction, scope: str = "needed") -> list[Sentence]:
    """The sentences of an extraction whose reading the model can change.

    The model decides one thing only: whether a name-shaped run of two or more words
    that no title, rank, honorific or list explains is a person (``strong``; see
    :func:`_people`). So with ``scope="needed"`` these are the sentences holding such a
    run (a weak mention of two or more words); with ``"all"``, every sentence of the body.
    Footers are never asked (their names stand beside a title), nor captions (not English).
    """
    if scope == "all":
        return [s for s in ex.sentences if not article.in_footer(s.start)]
    if scope != "needed":
        raise ValueError(f"unknown NER scope {scope!r} (needed or all)")
    # (a caption's mention has the index of a caption line, never one of ex.sentences)
    weak = {p.sentence for p in ex.people if not p.strong and len(p.name.split()) >= 2}
    return [s for k, s in enumerate(ex.sentences) if k in weak and not article.in_footer(s.start)]


def person_spans(article: Article, sentences: list[Sentence], config: ExtractConfig = ExtractConfig()
                 ) -> tuple[tuple[int, int], ...]:
    """Article offsets of the PERSON entities the model finds in ``sentences`` (one batch
    per article, so the answer does not depend on other articles)."""
    from .nlp import load_ner

    nlp = load_ner(config.model)
    texts = [article.text[s.start:s.end] for s in sentences]
    spans = []
    for sent, doc in zip(sentences, nlp.pipe(texts, batch_size=config.batch_size)):
        spans += [(sent.start + e.start_char, sent.start + e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    return tuple(spans)


def _load_once(config: ExtractConfig) -> None:
    from .names import vocabulary
    from .nlp import load_ner

    vocabulary(load_gazetteer())
    load_ner(config.model)  # (not the parser: a corpus with no event sentence never loads it)


def _open_cache(config: ExtractConfig):
    if not config.cache:
        return None
    from ..pipeline.cache import ExtractionCache, pipeline_version

    return ExtractionCache(config.cache, pipeline_version(config.model, cache_options(config)))


def cache_options(config: ExtractConfig) -> str:
    """The options that change what the extraction gives, for the cache's version part
    (``ner="needed"`` and ``"all"``, the parse on or off, years from terms of office or not, are
    different extractions).

    >>> cache_options(ExtractConfig()) != cache_options(ExtractConfig(parse=False))
    True
    """
    return f"ner={config.ner};parse={config.parse};terms={config.years_from_terms}"


def _cache_keys(articles: list[Article]) -> list[str]:
    from ..pipeline.cache import article_key

    return [article_key(a) for a in articles]


def _progress_bar(config: ExtractConfig, total: int):
    if not config.progress or not total:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="extracting", unit="article")
