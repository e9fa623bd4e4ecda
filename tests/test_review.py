"""The review queue: what a build leaves for a curator, and the decisions that settle it."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from csto_graph.cli import main
from csto_graph.link.curation import load_curation
from csto_graph.link.decide import decide, pending
from csto_graph.link.review import REVIEW_FILE, ReviewError, bag_score, body_decisions
from csto_graph.pipeline.build import BuildConfig, build
from csto_graph.vocab.gazetteer import load_gazetteer

pytestmark = pytest.mark.model

# Invented articles: one defence minister written two ways (two edits apart in his
# surname), and a letter to "Ivan Petrovich" when two Ivans took part.
ARTICLES = {
    "a.txt": "Defence talks in Astana\n\nASTANA, 12 March 2023 - Minister of Defense of Kazakhstan Arslan "
             "Bekmuradov met CSTO Secretary General Marat Abenov in Astana. Arslan Bekmuradov said the talks "
             "were useful.\n",
    "b.txt": "Visit to Minsk\n\nMINSK, 14 April 2023 - Minister of Defense of Kazakhstan Arslan Bekmuradli "
             "received Chief of the CSTO Joint Staff Colonel General Oleg Varnikov in Minsk.\n",
    "c.txt": "Two deputies at a forum\n\nBISHKEK, 20 May 2023 - Deputy Minister of Foreign Affairs of "
             "Kyrgyzstan Ivan Tamarov and Deputy Minister of Emergency Situations of Kyrgyzstan Ivan Kolesov "
             "took part in a meeting of the CSTO Council of Foreign Ministers.\n\nDear Ivan Petrovich! The "
             "Secretariat thanks you for the work done.\n",
}
CURATION = """\
# Decisions of the curators (invented).
same: []   # one entity
different: []
alias: {}  # form -> name
"""


def corpus_of(folder, names=tuple(ARTICLES)):
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return folder


@pytest.fixture
def site(tmp_path):
    """A corpus, a curation file and a function that builds them into OUT."""
    corpus = corpus_of(tmp_path / "corpus")
    curation = tmp_path / "curation.yaml"
    curation.write_text(CURATION, encoding="utf-8")
    out = tmp_path / "out"

    def run(full=True):
        build([str(corpus)], out, BuildConfig(render=False, cache=None, curation=str(curation), incremental=not full))
        return json.loads((out / REVIEW_FILE).read_text(encoding="utf-8"))["items"]

    return corpus, curation, out, run


def people(out):
    from csto_graph.graph.query import run_query

    return sorted(row[1] for row in run_query(str(out), "people").rows)


def pair_of(item):
    return {item["a"]["name"], item["b"]["name"]} if item["kind"] == "near-miss" else {item["name"]}


def test_two_people_one_feature_short_of_merging_are_listed_with_their_sentences(site):
    items = site[3]()
    near = next(i for i in items if i["kind"] == "near-miss")
    assert pair_of(near) == {"Arslan Bekmuradov", "Arslan Bekmuradli"}
    assert "2 edits apart" in near["why"] and "arslan/arslan: one spelling" in near["why"]
    sentences = {ev["text"] for side in "ab" for ev in near[side]["evidence"]}
    assert any("Bekmuradli received" in s for s in sentences) and any("Bekmuradov met" in s for s in sentences)


def test_a_name_two_people_fit_is_listed_unresolved_with_both(site):
    items = site[3]()
    item = next(i for i in items if i["kind"] == "unresolved")
    assert item["name"] == "Ivan Petrovich" and item["candidates"] == ["Ivan Kolesov", "Ivan Tamarov"]
    assert item["evidence"][0]["text"] == "Dear Ivan Petrovich!" and item["evidence"][0]["path"].endswith("c.txt")


def test_the_queue_is_ranked_by_the_facts_it_touches(site):
    items = site[3]()
    assert [i["facts"] for i in items] == sorted((i["facts"] for i in items), reverse=True)
    assert pair_of(items[0]) == {"Arslan Bekmuradov", "Arslan Bekmuradli"}  # two posts and two events
    assert items[0]["facts"] > items[-1]["facts"]


def test_decide_same_merges_them_at_the_next_build_and_the_queue_drops_them(site):
    corpus, curation, out, run = site
    run()
    decide(out, "same", "Arslan Bekmuradov", "Arslan Bekmuradli", by="tester")
    assert not any(pair_of(i) == {"Arslan Bekmuradov", "Arslan Bekmuradli"} for i in pending(out))
    items = run()
    assert "Arslan Bekmuradli" not in people(out) or "Arslan Bekmuradov" not in people(out)
    assert not any(i["kind"] == "near-miss" for i in items)


def test_decide_different_keeps_them_apart_and_the_queue_drops_them(site):
    corpus, curation, out, run = site
    run()
    decide(out, "different", "Arslan Bekmuradli", "Arslan Bekmuradov", by="tester")
    items = run()
    assert {"Arslan Bekmuradli", "Arslan Bekmuradov"} <= set(people(out))
    assert not any(i["kind"] == "near-miss" for i in items)
    assert load_curation(curation).different("Arslan Bekmuradov", "Arslan Bekmuradli")


def test_decide_alias_gives_the_mention_to_that_person(site):
    corpus, curation, out, run = site
    run()
    decide(out, "alias", "Ivan Petrovich", "Ivan Kolesov", by="tester")
    items = run()
    assert not any(i["kind"] == "unresolved" for i in items)
    from csto_graph.graph.query import run_query

    rows = run_query(str(out), "people").rows
    assert "Ivan Petrovich" in next(r[2] for r in rows if r[1] == "Ivan Kolesov").split("|")


def test_decide_records_who_and_when_and_keeps_the_comments(site):
    corpus, curation, out, run = site
    run()
    decide(out, "same", "Arslan Bekmuradov", "Arslan Bekmuradli", by="tester")
    decide(out, "alias", "Ivan Petrovich", "Ivan Tamarov", by="tester")
    text = curation.read_text(encoding="utf-8")
    assert text.startswith("# Decisions of the curators (invented).\n")
    assert "# one entity" in text and "# form -> name" in text
    assert text.index("same:") < text.index("different:") < text.index("alias:")
    assert "pair: [Arslan Bekmuradov, Arslan Bekmuradli], by: tester, at: '20" in text
    assert "Ivan Petrovich: {name: Ivan Tamarov, by: tester" in text


def test_a_decision_naming_someone_no_longer_in_the_corpus_stays_in_the_file(site):
    corpus, curation, out, run = site
    run()
    decide(out, "different", "Arslan Bekmuradov", "Arslan Bekmuradli", by="tester")
    for name in ("a.txt", "b.txt"):
        (corpus / name).unlink()
    run()
    decide(out, "alias", "Ivan Petrovich", "Ivan Tamarov", by="tester")
    curation_now = load_curation(curation)
    assert curation_now.different("Arslan Bekmuradov", "Arslan Bekmuradli")
    assert curation_now.canonical("Ivan Petrovich") == "Ivan Tamarov"


def test_a_name_not_in_the_graph_is_refused_with_the_closest_ones(site):
    corpus, curation, out, run = site
    run()
    before = curation.read_text(encoding="utf-8")
    with pytest.raises(ReviewError, match="no person or body is named 'Arslan Bekmurad'.*did you mean 'Arslan Bekmura"):
        decide(out, "same", "Arslan Bekmurad", "Arslan Bekmuradli")
    assert curation.read_text(encoding="utf-8") == before


def test_an_incremental_build_lists_what_a_full_build_lists(site, tmp_path):
    corpus, curation, out, run = site
    for name in ("b.txt", "c.txt"):
        (corpus / name).unlink()
    run()
    corpus_of(corpus)  # b.txt and c.txt sort after a.txt: only they are read and linked
    report = build([str(corpus)], out, BuildConfig(render=False, cache=None, curation=str(curation)))
    assert report.incremental
    incremental = json.loads((out / REVIEW_FILE).read_text(encoding="utf-8"))["items"]
    full = run(full=True)
    assert incremental == full and {i["kind"] for i in full} == {"near-miss", "unresolved"}


def test_cli_review_prints_the_items_ranked_with_the_command_that_decides(site):
    corpus, curation, out, run = site
    run()
    result = CliRunner().invoke(main, ["review", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("  1. near miss (person), 4 facts: Arslan Bekmura")
    assert f'csto-graph decide {out} alias "Ivan Petrovich" "Ivan Kolesov"' in result.stdout
    csv_out = CliRunner().invoke(main, ["review", str(out), "--format", "csv"]).stdout.splitlines()
    assert csv_out[0] == "rank,kind,type,facts,a,b,why,candidates,sentence" and len(csv_out) == 3
    assert len(json.loads(CliRunner().invoke(main, ["review", str(out), "--format", "json"]).stdout)) == 2


def test_cli_decide_writes_the_file_the_build_read(site):
    corpus, curation, out, run = site
    run()
    result = CliRunner().invoke(main, ["decide", str(out), "different", "Arslan Bekmuradov", "Arslan Bekmuradli",
                                       "--by", "cli"])
    assert result.exit_code == 0, result.output
    assert load_curation(curation).different("Arslan Bekmuradov", "Arslan Bekmuradli")


@pytest.mark.parametrize("args, message", [
    (["review", "{tmp}/nowhere"], "is not a built folder"),
    (["decide", "{tmp}/nowhere", "same", "A B", "C D"], "is not a built folder"),
    (["decide", "{out}", "merge", "Arslan Bekmuradov", "Arslan Bekmuradli"], "unknown decision 'merge'"),
    (["decide", "{out}", "same", "Arslan Bekmuradov", "Arslan Bekmuradov"], "one name: nothing to decide"),
    (["decide", "{out}", "same", "Arsln Bekmuradov", "Arslan Bekmuradli"], "did you mean 'Arslan Bekmuradov'"),
])
def test_cli_errors_are_one_line_with_exit_2(site, tmp_path, args, message):
    corpus, curation, out, run = site
    run()
    args = [a.format(tmp=tmp_path, out=out) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and message in result.output
    assert result.output.count("\n") == 1 and result.output.startswith("csto-graph: error: ")


def test_a_build_without_a_queue_is_named(site):
    corpus, curation, out, run = site
    run()
    (out / REVIEW_FILE).unlink()
    with pytest.raises(ReviewError, match="holds no review queue"):
        pending(out)
    shutil.rmtree(out)


# ------------------------------------------------------------------ bodies (no build)


def test_two_bodies_one_word_apart_are_near():
    score = bag_score(("council", "minister", "defense"), ("council", "minister", "defense", "deputy"))
    assert score.near and score.value == 0 and "deputy" in score.detail


def test_two_bodies_two_words_apart_are_not_near():
    assert not bag_score(("council", "minister"), ("council", "board", "deputy")).near


def test_one_word_spelt_another_way_is_near():
    assert bag_score(("committee", "security", "permanent"), ("committee", "security", "permanant")).near


def test_a_body_decided_the_same_as_a_known_one_takes_its_key():
    from csto_graph.link.curation import Curation

    gaz = load_gazetteer()
    known = gaz.lookup("Collective Security Council").id
    moves = body_decisions(Curation(same=[("Council of the Collective Zone", "Collective Security Council")]), gaz,
                           lambda text: "-".join(sorted(text.lower().split())))
    assert moves == {"collective-council-of-the-zone": known}


# ------------------------------------------------------------------ people (no build)


def entity(name, facts=0, aliases=()):
    from csto_graph.link.review import Entity

    return Entity(f"urn:{name.replace(' ', '-')}", name, tuple(aliases), facts, ())


def test_near_misses_are_the_pairs_one_feature_short_and_never_a_surname_alone():
    from csto_graph.link.curation import Curation
    from csto_graph.link.review import person_near_misses

    crowd = [entity(n) for n in ("Emomali Rahmon", "Emomali Rakhmonov", "Ivan Petrov", "Oleg Petrov",
                                 "Ivan Petrova", "Zaur Aliev", "Zaur Kasymov")]
    found = {frozenset((i["a"]["name"], i["b"]["name"])) for i in person_near_misses(crowd, Curation())}
    assert found == {frozenset({"Emomali Rahmon", "Emomali Rakhmonov"}), frozenset({"Ivan Petrov", "Ivan Petrova"})}


def test_a_pair_decided_different_is_no_near_miss():
    from csto_graph.link.curation import Curation
    from csto_graph.link.review import person_near_misses

    crowd = [entity("Ivan Petrov"), entity("Ivan Petrova")]
    assert person_near_misses(crowd, Curation(different=[("IVAN PETROVA", "Ivan Petrov")])) == []


def test_a_pair_is_near_through_an_alias_and_not_when_two_names_match():
    from csto_graph.link.curation import Curation
    from csto_graph.link.review import person_near_misses

    near = [entity("Emomali Rahmon"), entity("Rakhmonov Emomali", aliases=("Emomali Rakhmonov",))]
    assert len(person_near_misses(near, Curation())) == 1
    both = [entity("Emomali Rahmon"), entity("Emomali Rakhmonov", aliases=("Emomali Rahmon",))]
    assert person_near_misses(both, Curation()) == []
