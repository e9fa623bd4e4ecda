"""De-duplication (csto_graph.corpus.dedupe): one Deduplicator for the full build and for
items added after an earlier build."""
from __future__ import annotations

from csto_graph.corpus.pages import split_page
from csto_graph.corpus.dedupe import Deduplicator, Earlier, deduplicate
from csto_graph.models import Document

ITEMS = (
    "On 14 June 2023, the Council of Defense Ministers met in Yerevan under the chairmanship of the "
    "Minister of Defense of Armenia. The ministers discussed the plan of joint exercises, the training "
    "of staff and the supply of modern weapons to the allied units.",
    "On 2 March 2023, the Committee of Secretaries of Security Councils met in Minsk to discuss the "
    "fight against drug trafficking and illegal migration. The secretaries approved the schedule of "
    "consultations for the second half of the year.",
    "On 9 October 2023, the Secretary General Ivan Petrov received the Ambassador of Kazakhstan Oleg "
    "Sidorov in Moscow. They spoke of the preparation of the autumn session and of the new budget of "
    "the organization.",
)


def items(*texts_and_paths) -> list:
    return [a for text, path in texts_and_paths for a in split_page(Document(path, text + "\n", "utf-8", "txt", "x"))]


def pieces() -> list:
    """Three items, then an exact copy of the first, a near copy of the second (one word
    changed) and a new item that nearly repeats the third."""
    return items((ITEMS[0], "a.txt"), (ITEMS[1], "b.txt"), (ITEMS[2], "c.txt"), (ITEMS[0], "d.txt"),
                 (ITEMS[1].replace("illegal", "irregular"), "e.txt"), (ITEMS[2].replace("new", "next"), "f.txt"))


def earlier_of(dedupe: Deduplicator) -> Earlier:
    import numpy as np

    kept = {a.id: a for a in dedupe.kept}
    ids = tuple(k for k in kept if k in dedupe.signatures)
    rows = np.array([dedupe.signatures[k] for k in ids], dtype=np.uint64).reshape(-1, 64)
    return Earlier(frozenset(kept), ids, rows, kept.__getitem__)


def test_repeats_exact_and_near_join_the_first_item():
    articles = deduplicate(pieces())
    assert [[s.path for s in a.sources] for a in articles] == [["a.txt", "d.txt"], ["b.txt", "e.txt"],
                                                                ["c.txt", "f.txt"]]


def test_items_added_after_an_earlier_build_merge_as_in_one_pass():
    whole = Deduplicator()
    for piece in pieces():
        whole.add(piece)
    first = Deduplicator()
    for piece in pieces()[:3]:
        first.add(piece)
    later = Deduplicator(earlier=earlier_of(first))
    for piece in pieces()[3:]:
        later.add(piece)
    assert later.kept == []
    retold = later.retold()
    assert sorted((after for _, after in retold.values()), key=lambda a: a.id) == sorted(whole.kept, key=lambda a: a.id)
    assert all(before in first.kept for before, _ in retold.values())


def test_a_new_item_after_an_earlier_build_is_kept_with_its_signature():
    first = Deduplicator()
    for piece in pieces()[:2]:
        first.add(piece)
    later = Deduplicator(earlier=earlier_of(first))
    [new] = items((ITEMS[2], "c.txt"))
    later.add(new)
    assert later.kept == [new] and later.retold() == {} and set(later.signatures) == {new.id}
