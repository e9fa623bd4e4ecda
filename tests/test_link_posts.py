"""Linking, posts (csto_graph.link.posts): the occupancy id, the draft and its record,
state posts."""
from __future__ import annotations

from csto_graph.link.posts import OccupancyDraft, occupancy_id
from csto_graph.vocab.posts import is_state_post
from csto_graph.models import Evidence


def test_an_occupancy_id_names_the_person_the_post_and_the_body():
    assert occupancy_id("ivan-petrov", "Deputy Minister of Defense", "belarus") == \
        "ivan-petrov--deputy-minister-of-defense--belarus"


def test_an_occupancy_id_without_a_body_ends_with_the_post():
    assert occupancy_id("ivan-petrov", "Ambassador", None) == "ivan-petrov--ambassador"


def test_a_draft_survives_its_record_with_sorted_dates():
    ev = Evidence("a1", "t.txt", 0, 9, "Sentence.")
    occ = OccupancyDraft("ivan-petrov", "Prime Minister", None, {"2024-05-03", "2023-01-02"})
    occ.evidence.add([ev, ev])
    rec = occ.to_record()
    assert rec.dates == ("2023-01-02", "2024-05-03") and rec.evidence == (ev,)
    assert OccupancyDraft.from_record(rec).to_record() == rec


def test_state_posts_are_told_apart_from_posts_of_a_body():
    assert is_state_post("Prime Minister") and is_state_post("First Deputy Minister of Foreign Affairs")
    assert not is_state_post("Secretary General") and not is_state_post("Chief of the Joint Staff")


def test_a_post_of_a_states_body_named_without_the_state_is_a_state_post():
    from csto_graph.vocab.posts import is_state_post

    assert is_state_post("Security Council State Secretary")
    assert is_state_post("Speaker of the Parliament")
    assert not is_state_post("Head of the CSTO Secretariat")


def test_a_presidential_aide_is_a_state_post_and_a_bare_aide_is_not():
    # "Presidential aide A": the aide of a state's president, given the state A serves
    assert is_state_post("Presidential aide") and is_state_post("presidential adviser")
    assert is_state_post("Presidential Press Secretary")
    assert not is_state_post("aide") and not is_state_post("aide to the Secretary General")


# --- x4, stop 24: a bare state post takes the state its holder's articles give most ---


def _kb(*texts):
    from csto_graph.link.linker import link
    from helpers import extract

    pairs = [extract(t, date="2022-05-24", aid=f"a{i:04d}", parse=False) for i, t in enumerate(texts)]
    return link([a for a, _ in pairs], [e for _, e in pairs])


def test_a_bare_state_post_takes_the_state_of_the_articles_other_posts():
    kb = _kb("The President of Belarus Ivan Petrov held a working meeting with State Secretary of the "
             "Security Council Oleg Morozov on Monday.")
    assert {(o.post, o.org) for o in kb.occupancies if o.person == "oleg-morozov"} == \
        {("State Secretary of the Security Council", "belarus")}


def test_a_bare_leaders_post_in_a_report_naming_one_state_and_its_officials_takes_that_state():
    kb = _kb("The Secretary General will visit Belarus on Monday. He is expected to hold talks with Foreign "
             "Minister Ivan Petrenko and State Secretary of the Security Council of Belarus Oleg Morozov.")
    assert {(o.post, o.org) for o in kb.occupancies if o.person == "ivan-petrenko"} == {("Foreign Minister", "belarus")}


def test_the_state_other_articles_give_the_holder_outweighs_the_one_an_article_implies():
    kb = _kb("Presidential Aide of Russia Oleg Morozov arrived in Minsk on Monday.",
             "Presidential Aide of Russia Oleg Morozov said the bloc would meet in May.",
             "The President of Belarus Ivan Petrov received Presidential Aide Oleg Morozov on Tuesday.")
    assert {o.org for o in kb.occupancies if o.person == "oleg-morozov"} == {"russia"}


# --- s30-enpost2: a head alone beside the longer post of the same person and date ---

_BARE = "Minister Oleg Belov arrived in Minsk on Monday."
_FULL = "The Minister of Defense of the Republic of Belarus Oleg Belov met the press on Monday."


def _posts_of(occupancies, person="oleg-belov"):
    return {o.post for o in occupancies if o.person == person}


def test_a_head_alone_in_one_article_is_hidden_beside_the_full_post_of_that_date():
    assert _posts_of(_kb(_BARE, _FULL).occupancies) == {"Minister of Defense"}


def test_a_head_alone_seen_on_another_date_stays():
    from csto_graph.link.linker import link
    from helpers import extract

    pairs = [extract(t, date=d, aid=f"a{i:04d}", parse=False)
             for i, (t, d) in enumerate([(_BARE, "2022-05-23"), (_FULL, "2022-05-24")])]
    kb = link([a for a, _ in pairs], [e for _, e in pairs])
    assert _posts_of(kb.occupancies) == {"Minister", "Minister of Defense"}


def _extended(texts):
    from csto_graph.link.curation import load_curation
    from csto_graph.link.linker import Linker
    from csto_graph.vocab.gazetteer import load_gazetteer
    from helpers import extract

    pairs = [extract(t, date="2022-05-24", aid=f"a{i:04d}", parse=False) for i, t in enumerate(texts)]
    linker = Linker(load_gazetteer(), load_curation(None))
    linker.link([pairs[0][0]], [pairs[0][1]])
    return linker.extend([pairs[1][0]], [pairs[1][1]])


def test_a_head_alone_added_after_the_full_post_extends_without_it():
    delta = _extended([_FULL, _BARE])
    assert "Minister" not in _posts_of(new for _, new in delta.occupancies)


def test_a_full_post_added_after_a_head_alone_already_in_the_graph_is_not_appendable():
    import pytest

    from csto_graph.link.linker import NotAppendable

    with pytest.raises(NotAppendable, match="oleg-belov"):
        _extended([_BARE, _FULL])
