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


# --- y1: one paragraph wrapped on a page that is not ---

def test_a_name_broken_over_two_lines_of_a_paragraph_is_read_whole():
    from helpers import page

    text = ("Zorvan drills begin\n\n14 March 2023\n\n"
            "Troops of the member states are taking part in joint drills in the region with the Collective\n"
            "Security Treaty Organization (CSTO), the ministry said. Observers of the United\n"
            "Nations Secretariat have been invited.\n\nThe drills will last a week.\n")
    (art,) = page(text)
    assert "the Collective Security Treaty Organization (CSTO)" in art.text
    assert "the United Nations Secretariat" in art.text
    assert "\nThe drills will last a week." in art.text


def test_a_line_that_ends_its_sentence_or_a_short_one_is_not_run_on():
    from csto_graph.corpus.wrapping import runs_on

    assert not runs_on("The ministers adopted a statement on the border of the region.", "the text")
    assert not runs_on("Zorvan Council", "Security Treaty Organization")
    assert not runs_on("Zorvan Talks Held In The Capital Of The Republic Of Minsk", "The Council met.", first=True)


def test_a_byline_ending_in_a_surname_in_capitals_is_not_run_on_into_the_text():
    from helpers import page

    text = ("16:39, 28 March 2019, Minsk - reported by the local news agency , Dara VELMONT\n"
            "Summit of the heads of state of the Zorvan Council is taking place in Minsk. The presidents met.\n")
    (art,) = page(text)
    assert "VELMONT\nSummit" in art.text
