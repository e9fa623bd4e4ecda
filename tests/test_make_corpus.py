"""The synthetic benchmark corpus (benchmarks/make_corpus.py): reproducible, and its gold
names only what the text names."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "make_corpus.py"


@pytest.fixture(scope="module")
def make_corpus():
    spec = importlib.util.spec_from_file_location("make_corpus", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module     # dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def build(make_corpus, out: Path, seed: int) -> Path:
    assert make_corpus.main(["--articles", "30", "--seed", str(seed), "--out", str(out)]) == 0
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(make_corpus, tmp_path_factory) -> Path:
    return build(make_corpus, tmp_path_factory.mktemp("seed5"), seed=5)


def test_same_seed_writes_the_same_bytes(make_corpus, corpus, tmp_path):
    again = snapshot(build(make_corpus, tmp_path, seed=5))
    assert "gold.json" in again and len(again) > 2
    assert again == snapshot(corpus)


def test_another_seed_writes_another_corpus(make_corpus, corpus, tmp_path):
    other = snapshot(build(make_corpus, tmp_path, seed=6))
    first = snapshot(corpus)
    assert other["gold.json"] != first["gold.json"]
    assert {v for k, v in other.items() if k != "gold.json"} != {v for k, v in first.items() if k != "gold.json"}


def test_every_gold_person_name_occurs_in_the_text(corpus):
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((corpus / "corpus").glob("*.txt")))
    assert gold["corpus"] == "corpus/" and gold["people"]
    forms = [f for person in gold["people"] for f in [person["name"], *person["aliases"]]]
    assert [f for f in forms if f not in text] == []
