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
