"""Short forms of bodies bound to the body their article names in full (extract/short_forms.py)."""
from __future__ import annotations

from csto_graph.extract.short_forms import short_forms
from csto_graph.link.linker import link
from csto_graph.vocab.gazetteer import load_gazetteer
from csto_graph.corpus.sentences import text_doc
from csto_graph.extract.article import extract_article
from csto_graph.extract.short_forms import home_state
from helpers import extract, page


def keys(ex, text):
    return {(o.key, o.short_of) for o in ex.orgs if o.text == text}


def test_a_state_body_without_its_state_is_the_states_body_named_before():
    _, ex = extract("The Kazakh Foreign Ministry issued a note. A Foreign Ministry spokesman declined to comment.")
    assert keys(ex, "Foreign Ministry") == {(None, "Kazakh Foreign Ministry")}


def test_a_known_body_without_its_organization_is_that_body():
    _, ex = extract("Officers of the CSTO Joint Staff arrived. The Joint Staff will plan the drill.")
    assert keys(ex, "Joint Staff") == {("csto-joint-staff", None)}


def test_a_body_of_an_organization_the_article_names_gives_its_short_form():
    _, ex = extract("The CSTO Secretariat and Joint Staff prepared the plan for the drill.")
    assert keys(ex, "Joint Staff") == {("csto-joint-staff", None)}


def test_the_words_before_a_complement_are_a_short_form():
    _, ex = extract("The Security Council of Moldova met on Monday. The Security Council approved the plan.")
    assert keys(ex, "Security Council") == {(None, "Security Council of Moldova")}


def test_a_short_form_two_bodies_share_stays_unbound():
    _, ex = extract("The Kazakh Security Council and the Armenian Security Council met. "
                    "The Security Council chairman spoke.")
    assert keys(ex, "Security Council") in (set(), {(None, None)})


def test_without_the_full_name_a_short_form_stays_what_it_was():
    _, ex = extract("The Foreign Ministry issued a note on Monday.")
    assert all(o.short_of is None for o in ex.orgs)


def test_short_forms_of_a_name():
    gaz = load_gazetteer()
    assert short_forms("Russia's Central Military District", gaz) == {"Central Military District"}
    assert short_forms("CSTO PA", gaz) == {"PA"}
    assert short_forms("Centre for Naval Studies", gaz) == set()  # one word before the complement


def test_the_short_form_is_an_alias_of_the_body_and_never_its_name():
    art, ex = extract("The Kazakh Foreign Ministry issued a note. The Foreign Ministry said the talks went well. "
                      "The Foreign Ministry also thanked the hosts.")
    kb = link([art], [ex])
    [body] = [o for o in kb.organizations if "Foreign Ministry" in o.aliases]
    assert body.name == "Kazakh Foreign Ministry"


def dated(text):
    """The one article of a page that opens with a dateline, read as the build reads it."""
    [art] = page("Envoy leaves early\n\n" + text)
    return art, extract_article(art, text_doc(art.text))


def test_a_bare_state_body_is_the_body_of_the_datelines_state():
    art, ex = dated("YEREVAN, May 3 (Newswire) - The envoy left the country early. "
                    "It was not possible to learn from the MFA when he left.")
    assert art.place == "Yerevan"
    assert keys(ex, "MFA") == {(None, "Armenian MFA")}


def test_a_bare_state_body_of_a_known_states_body_takes_its_key():
    _, ex = dated("MOSCOW, May 3 (Newswire) - The envoy met officials. The Foreign Ministry said the talks went well.")
    assert keys(ex, "Foreign Ministry") == {(load_gazetteer().lookup("Russian Foreign Ministry").id, None)}


def test_a_bare_state_body_stays_unbound_when_another_state_holds_a_post_of_it():
    _, ex = dated("MOSCOW, May 3 (Newswire) - Kazakh Foreign Minister Arman Tulenov met the envoy. "
                  "The Foreign Ministry said the talks went well.")
    assert all(o.key is None and o.short_of is None for o in ex.orgs if o.text == "Foreign Ministry")


def test_a_bare_state_body_without_a_dateline_stays_unbound():
    _, ex = extract("The envoy left the country early. It was not possible to learn from the MFA when he left.")
    assert all(o.key is None and o.short_of is None for o in ex.orgs if o.text == "MFA")


def test_the_home_state_of_a_dateline():
    gaz = load_gazetteer()
    assert home_state("Dushanbe", gaz).id == "tajikistan"
    assert home_state("Geneva", gaz) is None  # a place in no state of the gazetteer


def test_a_state_body_named_in_lower_case_binds_its_capitalised_short_form():
    _, ex = extract("The envoy met officials of Moldova's defense ministry. He heard the Defense Ministry’s view.")
    assert keys(ex, "Defense Ministry") == {(None, "Moldova's defense ministry")}


def test_a_capitalised_short_form_of_two_states_bodies_stays_unbound():
    _, ex = extract("The envoy met officials of Moldova's defense ministry and the Russian Defense Ministry. "
                    "The Defense Ministry said nothing.")
    assert keys(ex, "Defense Ministry") in (set(), {(None, None)})


def test_a_body_of_an_owner_named_with_its_organization_is_shortened_without_it():
    assert "Council of the Parliamentary Assembly" in short_forms("Council of the CSTO Parliamentary Assembly",
                                                                   load_gazetteer())
    _, ex = extract("The Council of the CSTO Parliamentary Assembly met on Monday. "
                    "The Council of the Parliamentary Assembly adopted a statement.")
    assert keys(ex, "Council of the Parliamentary Assembly") == {("csto-pa-council", None)}


def test_a_body_of_another_owner_keeps_its_short_form_unbound():
    _, ex = extract("The Parliamentary Assembly of the Union State met. "
                    "The Council of the Parliamentary Assembly adopted a statement.")
    assert not {k for k, _ in keys(ex, "Council of the Parliamentary Assembly")} - {None}


def test_a_one_word_short_form_opening_a_sentence_is_no_mention():
    _, ex = extract("The CSTO Troops held a drill. Troops from three states took part. The Troops left on Friday.")
    assert keys(ex, "Troops") == {("csto-collective-forces", None)}  # the second "Troops" only
    assert sorted(o.start for o in ex.orgs if o.text == "Troops") == [ex.sentences[2].start + 4]


def test_a_known_bodys_variant_gives_no_short_form():
    _, ex = extract("The CSTO summit opened in Minsk. Ivan Petrenko, the Security Council Secretary, spoke.")
    assert keys(ex, "Security Council") == {(None, None)}  # the council of a state, not the CSTO's


def test_an_unknown_body_written_as_a_short_form_of_a_known_one_the_article_names_leaves_it_one():
    _, ex = extract("The session of the Emergencies Coordination Council of the Collective Security Treaty "
                    "Organization was held in Sochi. The CSTO Coordination Council adopted its plan. The "
                    "Chairperson of the Coordination Council, Ivan Petrov, made a report.", parse=False)
    keys = {o.text: o.key for o in ex.orgs if "Council" in o.text}
    assert keys == {"Emergencies Coordination Council of the Collective Security Treaty Organization":
                    "csto-emergencies-council", "CSTO Coordination Council": "csto-emergencies-council",
                    "Coordination Council": "csto-emergencies-council"}
