"""The real-news sets' checker (benchmarks/real/check.py): files against their manifests, and
gold pointers the scorer cannot follow."""
from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "real" / "check.py"


@pytest.fixture(scope="module")
def check():
    spec = importlib.util.spec_from_file_location("real_check", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold(post_org: str, participant: str = "Ivan Petrov") -> dict:
    return {"people": [{"name": "Ivan Petrov", "aliases": ["Иван Петров"],
                        "posts": [{"post": "Secretary General", "org": post_org}]}],
            "organizations": [{"name": "Collective Security Treaty Organization", "aliases": ["ОДКБ"]}],
            "events": [{"id": "e1", "participants": [{"name": participant}]}]}


def test_a_post_of_an_annotated_organization_by_name_or_alias_is_followed(check):
    assert check.gold_problems(gold("The Collective Security Treaty Organization")) == []
    assert check.gold_problems(gold("ОДКБ")) == []


def test_an_acronym_the_organization_does_not_list_is_reported(check):
    assert check.gold_problems(gold("CSTO")) == ["post of Ivan Petrov: org 'CSTO' is no annotated organization"]


def test_a_participant_named_by_an_alias_is_followed_and_a_stranger_reported(check):
    assert check.gold_problems(gold("ОДКБ", participant="Иван Петров")) == []
    assert check.gold_problems(gold("ОДКБ", participant="Petr Ivanov")) == \
        ["event e1: participant 'Petr Ivanov' is not among the people"]


def test_a_set_reports_its_missing_and_changed_files(check, tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "corpus" / "b.txt").write_text("changed", encoding="utf-8")
    digest = hashlib.sha256(b"one").hexdigest()
    (tmp_path / "MANIFEST.tsv").write_text("file\turl\tquery\tsha256\n"
                                           f"a.txt\tu\tq\t{digest}\nb.txt\tu\tq\t{digest}\nc.txt\tu\tq\t{digest}\n",
                                           encoding="utf-8")
    assert [(f, p) for f, p, _ in check.check(tmp_path)] == [("b.txt", "differs"), ("c.txt", "missing")]


def test_one_page_stored_twice_is_named_and_pages_sharing_only_a_menu_are_not(check, tmp_path):
    menu = "Home News Events Documents Contacts Search Subscribe\n"
    report = ("The ministers of the bloc met in the capital on Monday and discussed the drills of the "
              "forces, the border and the plan of joint exercises for the next year.\n")
    other = ("The parliamentary assembly held its session in the northern city and adopted three model "
             "laws on migration, on the press and on emergency aid to member states.\n")
    paths = {}
    for label, text in {"a/1.txt": menu + report, "b/2.txt": report + "Photo: Agency\n",
                        "b/3.txt": menu + other}.items():
        paths[label] = tmp_path / label.replace("/", "-")
        paths[label].write_text(text, encoding="utf-8")
    assert [(a, b) for a, b, _ in check.same_pages(paths)] == [("a/1.txt", "b/2.txt")]


def test_a_collected_copy_is_stored_only_when_it_is_the_annotated_text(check, tmp_path):
    text = "BISHKEK, 3 May - The ministers met.\n\u201cWe agreed,\u201d he said."
    (tmp_path / "MANIFEST.tsv").write_text(
        "file\turl\tquery\tsha256\n"
        f"a.txt\tu\tq\t{hashlib.sha256((text + chr(10)).encode('utf-8')).hexdigest()}\n"
        f"b.txt\tu\tq\t{hashlib.sha256(b'other').hexdigest()}\n"
        f"e.txt\tu\tq\t{hashlib.sha256(text.encode('utf-8')).hexdigest()}\n", encoding="utf-8")
    copies = tmp_path / "copies"
    copies.mkdir()
    (copies / "a.txt.json").write_text(json.dumps(text), encoding="utf-8")
    (copies / "b.txt.json").write_text(json.dumps("not the annotated text"), encoding="utf-8")
    (copies / "c.txt.json").write_text(json.dumps("x"), encoding="utf-8")
    (copies / "d.txt.json").write_text("{broken", encoding="utf-8")
    (copies / "e.txt.json").write_text(json.dumps(text), encoding="utf-8")  # annotated without the newline
    outcomes = dict(check.store(tmp_path, copies))
    assert outcomes["a.txt"] == "stored"
    assert outcomes["b.txt"].startswith("differs")
    assert outcomes["c.txt"] == "not in the manifest"
    assert outcomes["d.txt"].startswith("unreadable copy")
    assert (tmp_path / "corpus" / "a.txt").read_text(encoding="utf-8") == text + "\n"
    assert outcomes["e.txt"] == "stored"
    assert (tmp_path / "corpus" / "e.txt").read_text(encoding="utf-8") == text
    assert sorted(p.name for p in (tmp_path / "corpus").iterdir()) == ["a.txt", "e.txt"]
    assert [(f, p) for f, p, _ in check.check(tmp_path)] == [("b.txt", "missing")]
