"""All articles of a corpus (csto_graph.corpus.articles.build_articles): every page cut into
items, the same item found in several files merged into one article with all its sources."""
import random
from pathlib import Path

from csto_graph.corpus.articles import build_articles
from csto_graph.corpus.dedupe import deduplicate
from csto_graph.corpus.pages import split_page
from csto_graph.corpus.reading import read_document
from csto_graph.models import Document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def page(text, path="p.txt"):
    return Document(path, text, "utf-8", "txt", "x")


ITEM = ("On 14 June 2023, the Council of Defense Ministers met in Yerevan under the chairmanship "
        "of the Minister of Defense of Armenia. The ministers discussed the state of military "
        "cooperation, the plan of joint exercises, the training of staff and the supply of modern "
        "weapons. The Secretary General and the Chief of the Joint Staff took part in the meeting.")


def test_same_item_in_two_documents_is_one_article_with_two_sources():
    docs = [page(f"14.06.2023\n\n{ITEM}\n", "a.txt"), page(f"Back\n\n{ITEM}\n", "b.txt")]
    [article] = build_articles(docs)
    assert [s.path for s in article.sources] == ["a.txt", "b.txt"]


def test_near_duplicate_with_one_word_changed_merges():
    changed = ITEM.replace("modern", "new")
    assert len(ITEM.split()) == 60 and changed != ITEM
    articles = deduplicate(split_page(page(ITEM, "a.txt")) + split_page(page(changed, "b.txt")))
    assert len(articles) == 1
    assert [s.path for s in articles[0].sources] == ["a.txt", "b.txt"]


def test_different_items_stay_apart():
    other = ("On 2 March 2023, the Committee of Secretaries of Security Councils met in Minsk to "
             "discuss the fight against drug trafficking, illegal migration and the financing of "
             "terrorism. The secretaries agreed on a programme of joint operations, heard reports "
             "of the working groups and approved the schedule of consultations for the second "
             "half of the year, including a meeting of experts in Astana in the autumn.")
    articles = build_articles([page(ITEM, "a.txt"), page(other, "b.txt")])
    assert [len(a.sources) for a in articles] == [1, 1]


def test_merged_article_keeps_the_better_date():
    docs = [page(f"{ITEM}\n", "a.txt"), page(f"14.06.2023\n\n{ITEM}\n", "b.txt")]
    [article] = build_articles(docs)
    assert (article.date, article.date_source) == ("2023-06-14", "date-line")


def corpus_documents():
    return [read_document(path) for path in sorted(CORPUS.glob("*.txt"))]


def test_build_articles_is_deterministic():
    assert build_articles(corpus_documents()) == build_articles(corpus_documents())


def test_build_articles_does_not_depend_on_the_order_of_the_documents():
    docs = corpus_documents()
    shuffled = docs[:]
    random.Random(3).shuffle(shuffled)
    assert shuffled != docs
    assert build_articles(shuffled) == build_articles(docs)

