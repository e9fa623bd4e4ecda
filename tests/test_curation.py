from csto_graph.link.curation import Curation, load_curation

DECISIONS = """\
same:
  - [Emomali Rahmon, Emomali Rakhmonov]
different:
  - [Ivan Petrov, Ivan Petrova]
alias:
  Rakhmonov: Emomali Rahmon
"""


def write(tmp_path, text):
    path = tmp_path / "curation.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_same_pair_is_read_from_the_file(tmp_path):
    curation = load_curation(write(tmp_path, DECISIONS))
    assert curation.same("Emomali Rahmon", "Emomali Rakhmonov")
    assert curation.same("Emomali Rakhmonov", "Emomali Rahmon")


def test_different_pair_is_read_from_the_file(tmp_path):
    curation = load_curation(write(tmp_path, DECISIONS))
    assert curation.different("Ivan Petrova", "Ivan Petrov")


def test_alias_is_read_from_the_file(tmp_path):
    curation = load_curation(write(tmp_path, DECISIONS))
    assert curation.canonical("Rakhmonov") == "Emomali Rahmon"


def test_unlisted_names_are_neither_same_nor_different(tmp_path):
    curation = load_curation(write(tmp_path, DECISIONS))
    assert not curation.same("Emomali Rahmon", "Ivan Petrov")
    assert not curation.different("Emomali Rahmon", "Ivan Petrov")
    assert curation.canonical("Ivan Petrov") == "Ivan Petrov"


def test_missing_file_gives_an_empty_curation(tmp_path):
    assert load_curation(tmp_path / "nowhere.yaml") == Curation()


def test_empty_file_gives_an_empty_curation(tmp_path):
    assert load_curation(write(tmp_path, "")) == Curation()


def test_file_with_empty_lists_gives_an_empty_curation(tmp_path):
    assert load_curation(write(tmp_path, "same:\ndifferent: []\nalias:\n")) == Curation()


def test_names_are_compared_folded(tmp_path):
    curation = load_curation(write(tmp_path, DECISIONS))
    assert curation.same("EMOMALI RAHMON", "emomali rakhmonov")
    assert curation.different("Ívan Petróva", "IVAN PETROV")
    assert curation.canonical("RAKHMONOV") == "Emomali Rahmon"


def test_hyphen_and_space_compare_equal():
    curation = Curation(same=[("Kassym-Jomart Tokayev", "Kassym Jomart Tokaev")])
    assert curation.same("kassym jomart tokayev", "Kassym-Jomart TOKAEV")


def test_a_name_is_never_different_from_itself():
    curation = Curation(different=[("Ivan Petrov", "IVAN PETROV")])
    assert not curation.different("Ivan Petrov", "Ivan Petrov")


# ------------------------------------------------------------------ decisions written by `decide`


def test_a_recorded_decision_reads_back_with_the_earlier_ones_kept(tmp_path):
    from csto_graph.link.curation import Decision, record_decision

    path = write(tmp_path, DECISIONS)
    record_decision(Decision("different", "Oleg Sidorov", "Oleg Sidorova", "anna", "2026-12-01T10:00:00+00:00"), path)
    curation = load_curation(path)
    assert curation.different("Oleg Sidorov", "Oleg Sidorova") and curation.different("Ivan Petrov", "Ivan Petrova")
    assert curation.same("Emomali Rahmon", "Emomali Rakhmonov") and curation.canonical("Rakhmonov") == "Emomali Rahmon"
    assert "- {pair: [Oleg Sidorov, Oleg Sidorova], by: anna, at: '2026-12-01T10:00:00+00:00'}" in \
        path.read_text(encoding="utf-8")


def test_a_long_decision_stays_on_one_line(tmp_path):
    from csto_graph.link.curation import Decision, record_decision

    path = write(tmp_path, "same: []\n")
    a, b = "Committee of Secretaries of the Security Councils of the Member States", "Committee of Secretaries"
    record_decision(Decision("same", a, b, "anna", "2026-12-01T10:00:00+00:00"), path)
    assert sum(1 for line in path.read_text(encoding="utf-8").splitlines() if a in line) == 1
    assert load_curation(path).same(a, b)


def test_an_alias_decision_names_its_target_and_who_made_it(tmp_path):
    import yaml

    from csto_graph.link.curation import Decision, record_decision

    path = write(tmp_path, "# kept\nalias: {}  # form -> name\n")
    record_decision(Decision("alias", "Petrovich", "Ivan Petrov", "anna", "2026-12-01T10:00:00+00:00"), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# kept\n") and "# form -> name" in text
    assert yaml.safe_load(text)["alias"]["Petrovich"] == {"name": "Ivan Petrov", "by": "anna",
                                                          "at": "2026-12-01T10:00:00+00:00"}
    assert load_curation(path).canonical("petrovich") == "Ivan Petrov"


def test_a_curation_file_that_is_not_yaml_is_refused_and_left_unchanged(tmp_path):
    import pytest

    from csto_graph.link.curation import CurationError, Decision, record_decision

    path = write(tmp_path, "same: [[a, b]\n")
    with pytest.raises(CurationError, match="is not YAML"):
        record_decision(Decision.now("same", "A B", "C D", "anna"), path)
    assert path.read_text(encoding="utf-8") == "same: [[a, b]\n"
    assert [p.name for p in tmp_path.iterdir()] == ["curation.yaml"]  # no temporary file left


def test_a_decision_on_one_name_twice_or_an_unknown_verb_is_refused():
    import pytest

    from csto_graph.link.curation import CurationError, Decision

    with pytest.raises(CurationError, match="one name"):
        Decision.now("same", "Ivan Petrov", "IVAN PETROV", "anna")
    with pytest.raises(CurationError, match="unknown decision 'merge'"):
        Decision.now("merge", "Ivan Petrov", "Oleg Petrov", "anna")
