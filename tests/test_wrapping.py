"""Hard-wrapped pages and title-case headlines (csto_graph.corpus.wrapping)."""
from csto_graph.corpus.lines import page_lines
from csto_graph.corpus.wrapping import hard_wrapped, title_case

WIRE = ("The foreign ministers of the member states met in the capital\n"
        "of the republic on Tuesday to discuss the situation on the borders\n") * 4


def test_a_wire_copy_of_fixed_width_lines_is_wrapped():
    assert hard_wrapped(page_lines(WIRE))


def test_paragraphs_ending_in_full_stops_are_not_wrapped():
    assert not hard_wrapped(page_lines(WIRE.replace("capital\n", "capital.\n").replace("borders\n", "borders.\n")))


def test_a_menu_of_short_lines_is_not_wrapped():
    assert not hard_wrapped(page_lines("\n".join(["Home", "News", "Events", "Contacts", "About us"] * 2)))


def test_title_case_is_a_headline_and_sentence_case_is_not():
    assert title_case("Ministers Meet In The Capital, With One State Absent")
    assert not title_case("the ministers of the member states met in the capital of the")
