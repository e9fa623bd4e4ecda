"""The Russian vocabulary of ontology/ru/ (csto_graph.extract.ru.vocab)."""
from csto_graph.extract.event_cues import cues
from csto_graph.extract.ru.vocab import find, phrase_lemmas, tokens, vocabulary
from csto_graph.vocab.gazetteer import load_gazetteer


def test_every_russian_cue_has_a_type_the_graph_knows():
    vocab = vocabulary(load_gazetteer())
    assert {c.type for c in vocab.cues.values() if c.type} <= set(cues().labels)


def test_a_phrase_matches_in_any_case_form():
    assert phrase_lemmas("Генеральным секретарём") == phrase_lemmas("Генеральный секретарь")


def test_a_csto_body_is_found_with_the_acronym_after_it_and_named_in_the_nominative():
    vocab = vocabulary(load_gazetteer())
    [found] = find(tokens("итоги работы Совета министров обороны ОДКБ"), vocab.orgs, vocab.longest)
    assert (found.value.id, found.value.form) == ("csto-cmd", "Совет министров обороны ОДКБ")


def test_the_longest_form_wins():
    vocab = vocabulary(load_gazetteer())
    found = find(tokens("Совета коллективной безопасности"), vocab.orgs, vocab.longest)
    assert [f.value.id for f in found] == ["csto-csc"]


def test_every_russian_form_names_an_entry_of_the_gazetteer():
    from csto_graph.vocab.resources import load_yaml

    gaz = load_gazetteer()
    data = load_yaml("ru/gazetteer.yaml")
    ids = [*data["forms"], *data["places"], *data["adjectives"]]
    assert [i for i in ids if i not in gaz.entries] == []


def test_a_csto_body_with_the_acronym_after_it_also_shows_its_own_name():
    vocab = vocabulary(load_gazetteer())
    [found] = find(tokens("Совета министров обороны ОДКБ"), vocab.orgs, vocab.longest)
    assert found.value.bare == "Совет министров обороны"
