"""Where the extraction asks the model, and what it does with the answer (extract.py)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from csto_graph.extract import run as extract_module
from csto_graph.corpus.articles import build_articles
from csto_graph.extract.run import ExtractConfig, extract_articles, extract_chunk, ner_sentences
from csto_graph.corpus.reading import ReadConfig, read_corpus
from helpers import article, extract

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def asked(text: str, **kw) -> list[str]:
    art, ex = extract(text)
    art = replace(art, **kw) if kw else art
    return [s.text for s in ner_sentences(art, ex)]


def test_a_name_with_no_title_beside_it_is_asked_about():
    assert asked("Talks were held in Minsk. Then Ivan Petrov met Arman Saparov.") == [
        "Then Ivan Petrov met Arman Saparov."]


def test_a_name_explained_by_its_title_is_not_asked_about():
    assert asked("The Minister of Defense of the Republic of Belarus Oleg Danilov opened the meeting.") == []


def test_footer_names_are_never_asked_about():
    text = "The meeting took place in Minsk.\nContacts Ivan Petrov"
    assert asked(text, body_end=text.index("Contacts")) == []


def test_scope_all_asks_about_every_sentence_of_the_body():
    art, ex = extract("The meeting took place. It ended.")
    assert [s.text for s in ner_sentences(art, ex, "all")] == ["The meeting took place.", "It ended."]
    with pytest.raises(ValueError):
        ner_sentences(art, ex, "some")


def test_an_article_that_needs_no_model_is_read_without_loading_it(monkeypatch):
    def no_model(*args, **kwargs):
        raise AssertionError("the model was asked")

    monkeypatch.setattr(extract_module, "person_spans", no_model)
    art = article("Colonel General Pavel Markov, Head of the CSTO Joint Staff, briefed on progress.")
    [ex] = extract_chunk([art])
    assert [(p.name, p.strong) for p in ex.people] == [("Pavel Markov", True)]


def test_the_models_person_entities_make_an_untitled_name_a_person(monkeypatch):
    text = "Then Ivan Petrov met the delegation."
    monkeypatch.setattr(extract_module, "person_spans",
                        lambda art, sents, config: ((text.index("Ivan"), text.index(" met")),))
    [ex] = extract_chunk([article(text)])
    assert [(p.name, p.strong) for p in ex.people] == [("Ivan Petrov", True)]


def test_results_come_back_in_input_order_across_chunks(monkeypatch):
    monkeypatch.setattr(extract_module, "person_spans", lambda art, sents, config: ())
    arts = [article(f"On {d} March 2023 the Council of Ministers met.", aid=f"a{d}") for d in range(1, 8)]
    got = extract_articles(arts, ExtractConfig(chunk_size=3))
    assert [ex.article for ex in got] == [a.id for a in arts]


@pytest.mark.model
def test_asking_only_where_needed_reads_the_sample_corpus_as_asking_everywhere():
    documents, _ = read_corpus([CORPUS], ReadConfig())
    articles = build_articles(documents)
    needed = extract_articles(articles, ExtractConfig(ner="needed"))
    everywhere = extract_articles(articles, ExtractConfig(ner="all"))
    assert needed == everywhere
    assert any(p.strong and not p.posts and not p.rank for ex in needed for p in ex.people
               if len(p.name.split()) >= 2)  # the model did make some untitled names people
