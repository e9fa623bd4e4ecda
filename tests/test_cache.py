"""The extraction cache: keys, the SQLite file, and rebuilding only what changed."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from csto_graph.extract import run as extract_module
from csto_graph.pipeline.cache import (KEEP_VERSIONS, CacheError, ExtractionCache, _extraction_modules, article_key,
                              default_cache_path, pipeline_version)
from csto_graph.models import ArticleExtraction, Caption, SourceRef
from csto_graph.pipeline.build import BuildConfig, build
from helpers import article

PAGES = {
    "a.txt": "Meeting of the Secretary General 12.03.2024\n\nOn 12 March 2024, the CSTO Secretary General "
             "Zoltan Brandt met with the Minister of Defense of the Republic of Armenia Arsen Torosyan "
             "in Moscow.\n",
    "b.txt": "Session of the Council 14.05.2024\n\nOn 14 May 2024, the Minister of Foreign Affairs of the "
             "Republic of Belarus Oleg Danilov chaired a session of the Council of Foreign Ministers in Minsk.\n",
}
ADDED = ("c.txt", "Consultations 20.06.2024\n\nOn 20 June 2024, the Minister of Defense of the Kyrgyz "
                  "Republic Talgat Usenov met with the CSTO Secretary General Zoltan Brandt in Bishkek.\n")


def extraction(aid: str) -> ArticleExtraction:
    return ArticleExtraction(aid, (), (), (), (), (), ())


def test_where_an_article_was_found_is_not_part_of_its_key():
    a = article("The Council met.")
    moved = replace(a, sources=(SourceRef("other.txt", 40, 56, "utf-8"),))
    assert article_key(a) == article_key(moved)


@pytest.mark.parametrize("change", [{"text": "The Council met!"}, {"date": "2023-03-13"}, {"title": "Other"},
                                    {"captions": (Caption("Иван Петров", "ru", 20),)}])
def test_what_an_article_says_is_part_of_its_key(change):
    a = article("The Council met.")
    assert article_key(a) != article_key(replace(a, **change))


def test_the_rule_modules_are_part_of_the_pipeline_version():
    names = {p.name for p in _extraction_modules()}
    assert {"run.py", "article.py", "people.py", "names.py", "orgs.py", "events.py", "dates.py", "gazetteer.py",
            "sentences.py"} <= names
    assert pipeline_version("en_core_web_sm") != pipeline_version("./some/other/model")


def test_the_russian_reader_and_its_vocabulary_are_part_of_the_pipeline_version():
    from csto_graph.pipeline.cache import _vocabulary_files
    from csto_graph.vocab.resources import ontology_dir

    modules = {p.as_posix() for p in _extraction_modules()}
    assert any(m.endswith("extract/ru/reader.py") for m in modules)
    assert any(m.endswith("extract/ru/names.py") for m in modules)
    assert "ru/posts.yaml" in {p.relative_to(ontology_dir()).as_posix() for p in _vocabulary_files()}


def test_the_default_cache_lives_under_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_path() == tmp_path / "csto-graph" / "extract.sqlite"


def test_entries_are_read_back_for_their_pipeline_version_only(tmp_path):
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path, "v1") as cache:
        cache.put_many([("k1", extraction("a1"))])
    with ExtractionCache(path, "v1") as cache:
        assert cache.get_many(["k1", "k2"]) == {"k1": extraction("a1")}
    with ExtractionCache(path, "v2") as cache:
        assert cache.get_many(["k1"]) == {}


def test_only_the_last_used_pipeline_versions_are_kept(tmp_path):
    path = tmp_path / "c.sqlite"
    for n in range(KEEP_VERSIONS + 1):
        with ExtractionCache(path, f"v{n}") as cache:
            cache.put_many([("k", extraction(f"a{n}"))])
    with ExtractionCache(path, "v0") as cache:
        assert cache.get_many(["k"]) == {} and len(cache) == 0
    with ExtractionCache(path, f"v{KEEP_VERSIONS}") as cache:
        assert cache.get_many(["k"]) == {"k": extraction(f"a{KEEP_VERSIONS}")}


def test_a_damaged_entry_is_a_miss(tmp_path):
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path, "v1") as cache:
        cache.put_many([("k", extraction("a1"))])
        cache._db.execute("UPDATE extraction SET value = x'00'")
        cache._db.commit()
        assert cache.get_many(["k"]) == {}


class _Planted:
    """Unpickling this runs a shell command that creates ``marker``."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        import os

        return os.system, (f"touch '{self.marker}'",)


def test_an_entry_holding_a_pickle_runs_no_code_and_is_a_miss(tmp_path):
    import pickle

    path, marker = tmp_path / "c.sqlite", tmp_path / "code-ran"
    with ExtractionCache(path, "v1") as cache:
        cache.put_many([("k", extraction("a1"))])
        cache._db.execute("UPDATE extraction SET value = ?", (pickle.dumps(_Planted(marker)),))
        cache._db.commit()
        assert cache.get_many(["k"]) == {}
    assert not marker.exists()


def test_an_entry_of_the_wrong_shape_is_a_miss(tmp_path):
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path, "v1") as cache:
        cache.put_many([("k", extraction("a1"))])
        cache._db.execute("""UPDATE extraction SET value = '{"article": "a1", "sentences": "many"}'""")
        cache._db.commit()
        assert cache.get_many(["k"]) == {}


def test_a_file_that_is_no_database_is_a_named_error(tmp_path):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(CacheError, match="--no-cache"):
        ExtractionCache(path, "v1")


@pytest.fixture
def counted(monkeypatch):
    """Article ids read by the extraction (no model: names in these pages all have titles)."""
    seen: list[str] = []
    real = extract_module.read_mentions

    def counting(art, doc, gaz=None):
        seen.append(art.id)
        return real(art, doc, gaz)

    monkeypatch.setattr(extract_module, "read_mentions", counting)
    monkeypatch.setattr(extract_module, "person_spans", lambda art, sents, config: ())
    return seen


def write_pages(folder: Path, pages: dict[str, str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_rebuilding_after_adding_one_article_extracts_only_that_article(tmp_path, counted):
    corpus = write_pages(tmp_path / "corpus", PAGES)
    config = BuildConfig(render=False, cache=str(tmp_path / "cache.sqlite"))
    first = build([corpus], tmp_path / "out", config)
    assert len(set(counted)) == first.articles == 2
    counted.clear()
    write_pages(corpus, dict([ADDED]))
    second = build([corpus], tmp_path / "out", config)
    assert second.articles == 3 and len(set(counted)) == 1
    again = build([corpus], tmp_path / "fresh", replace(config, cache=None))
    assert (tmp_path / "fresh" / "graph.nt").read_bytes() == (tmp_path / "out" / "graph.nt").read_bytes()
    assert again.articles == 3


def test_the_rebuild_records_what_changed(tmp_path, counted):
    corpus = write_pages(tmp_path / "corpus", PAGES)
    config = BuildConfig(render=False, cache=str(tmp_path / "cache.sqlite"))
    build([corpus], tmp_path / "out", config)
    first = json.loads((tmp_path / "out" / "changes.json").read_text(encoding="utf-8"))
    assert first["previous"] is False and {p["label"] for p in first["people"]["added"]} == {
        "Zoltan Brandt", "Arsen Torosyan", "Oleg Danilov"}
    write_pages(corpus, dict([ADDED]))
    report = build([corpus], tmp_path / "out", config)
    second = json.loads((tmp_path / "out" / "changes.json").read_text(encoding="utf-8"))
    assert second["previous"] is True
    assert [p["label"] for p in second["people"]["added"]] == ["Talgat Usenov"]
    assert second["people"]["removed"] == [] and len(second["events"]["added"]) == 1
    assert report.changes.summary().startswith("changes since the last build: people +1 -0,")


def test_an_entry_of_the_shape_before_caption_lines_is_a_miss(tmp_path):
    # issue #13: ArticleExtraction gained ``captions`` (the caption and header lines that
    # caption mentions index); an entry written without it is refused, never read half-filled
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path, "v1") as cache:
        cache.put_many([("k1", extraction("a1"))])
    old = {"article": "a1", "sentences": [], "people": [], "orgs": [], "places": [], "events": []}
    with sqlite3.connect(path) as db:
        db.execute("UPDATE extraction SET value = ?", (json.dumps(old).encode(),))
    with ExtractionCache(path, "v1") as cache:
        assert cache.get_many(["k1"]) == {}


def test_the_shape_of_an_extraction_is_part_of_the_pipeline_version():
    assert "models.py" in {p.name for p in _extraction_modules()}
