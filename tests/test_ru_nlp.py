"""Where the Russian models come from (csto_graph.extract.ru.nlp)."""
import pytest

from csto_graph.errors import CstoGraphError
from csto_graph.extract.ru import nlp


def test_the_models_are_files_the_natasha_package_ships():
    assert nlp.natasha_data(nlp.NER_FILE).is_file()
    assert nlp.natasha_data(nlp.NAVEC_FILE).is_file()


def test_a_missing_data_file_is_a_one_line_error():
    with pytest.raises(CstoGraphError, match="missing"):
        nlp.natasha_data("data/model/no_such_model.tar")


def test_lemmas_fold_yo_and_keep_acronyms():
    assert nlp.lemma("Объединённого") == nlp.lemma("Объединенного")
    assert nlp.lemma("Совета") == "совет" and "ё" not in nlp.lemma("Объединённого")
    assert nlp.lemma("СМИД") == "СМИД"


def test_an_acronym_with_a_case_ending_is_the_acronym():
    assert nlp.lemma("СМИДа") == "СМИД" and nlp.lemma("МЧСом") == "МЧС"
    assert nlp.lemma("Совета") == "совет"
