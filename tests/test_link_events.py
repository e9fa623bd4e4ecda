"""Linking, events (csto_graph.link.events): when two found events are one, and what a
retelling adds."""
from __future__ import annotations

from csto_graph.link.evidence import Trail
from csto_graph.link.events import EventDraft, PartDraft, same_event
from csto_graph.models import Evidence


def _ev(i: int) -> Evidence:
    return Evidence(f"a{i}", "t.txt", i, i + 5, f"Sentence {i}.")


def draft(type_="meeting", date="2024-05-03", body=None, people=(), place=None, i=0) -> EventDraft:
    parts = {p: PartDraft({"participant"}, _ev(i)) for p in people}
    return EventDraft(type_, date, None, place, body, False, parts, {f"a{i}"}, Trail([_ev(i)]))


def test_two_sessions_of_one_body_on_one_day_are_one_event():
    assert same_event(draft("session", body="cmfa"), draft("session", body="cmfa", i=1))


def test_the_same_body_on_another_day_is_another_event():
    assert not same_event(draft("session", body="cmfa"), draft("session", "2024-05-04", body="cmfa"))


def test_undated_events_are_never_merged():
    assert not same_event(draft(date=None, people=("x", "y")), draft(date=None, people=("x", "y")))


def test_an_organizations_summit_and_its_summit_bodys_session_are_one_whoever_each_names():
    summit = draft("session", body="csto", people=("p0", "p1"))
    assert same_event(summit, draft("meeting", body="csto-csc", people=("p2",), i=1))


def test_an_organizations_session_and_a_ministers_council_told_with_one_minister_are_one():
    session = draft("session", body="csto", people=("m0", "m1", "m2"))
    assert same_event(session, draft("session", body="csto-cmfa", people=("m0",), i=1))


def test_an_organizations_summit_and_a_ministers_council_with_no_one_in_common_are_two():
    summit = draft("session", body="csto", people=("p0", "p1", "p2"))
    assert not same_event(summit, draft("session", body="csto-cmfa", people=("m0",), i=1))


def test_a_side_meeting_of_two_of_a_councils_eight_stays_apart():
    council = draft(people=[f"p{i}" for i in range(8)])
    assert not same_event(council, draft(people=("p0", "p1"), i=1))


def test_talks_and_a_meeting_of_mostly_the_same_people_are_one_encounter():
    assert same_event(draft("talks", people=("x", "y", "z")), draft("meeting", people=("x", "y"), i=1))


def test_a_retelling_adds_its_people_articles_and_sentences_once():
    first = draft(people=("x",))
    again = draft(people=("x", "y"), place="minsk", i=1)
    again.parts["x"].roles = {"host"}
    first.absorb(again)
    first.absorb(again)
    assert first.parts["x"].roles == {"participant", "host"} and set(first.parts) == {"x", "y"}
    assert first.articles == {"a0", "a1"} and first.evidence.items == [_ev(0), _ev(1)]
    assert first.place == "minsk"


def test_a_draft_survives_its_record():
    one = draft("session", body="cmfa", people=("x", "y"))
    one.id, one.base = "2024-05-03-session-cmfa", "2024-05-03-session-cmfa"
    back = EventDraft.from_record(one.to_record(), frozenset({"x", "y"}))
    assert back.to_record() == one.to_record()


def _piece(type_, date, people, article, path="page.txt"):
    ev = Evidence(article, path, 0, 5, "Sentence.")
    return EventDraft(type_, date, None, None, None, False,
                      {p: PartDraft({"participant"}, ev) for p in people}, {article}, Trail([ev]))


def test_an_undated_piece_of_a_page_joins_the_dated_event_it_retells():
    from csto_graph.link.events import join_page_pieces

    dated = _piece("reception", "2023-03-13", ("x", "y"), "a1")
    piece = _piece("talks", None, ("x",), "a2")
    assert join_page_pieces([dated, piece]) == [dated]
    assert dated.articles == {"a1", "a2"} and dated.date == "2023-03-13"


def test_an_undated_event_of_another_page_or_with_other_people_stays_apart():
    from csto_graph.link.events import join_page_pieces

    dated = _piece("meeting", "2023-03-13", ("x", "y"), "a1")
    elsewhere = _piece("meeting", None, ("x",), "a2", path="other.txt")
    other_people = _piece("meeting", None, ("x", "z"), "a3")
    assert join_page_pieces([dated, elsewhere, other_people]) == [dated, elsewhere, other_people]


def test_an_undated_piece_two_dated_events_of_its_page_could_retell_stays_apart():
    from csto_graph.link.events import join_page_pieces

    first = _piece("meeting", "2023-03-13", ("x", "y"), "a1")
    second = _piece("meeting", "2023-03-20", ("x", "z"), "a3")
    piece = _piece("meeting", None, ("x",), "a2")
    assert len(join_page_pieces([first, second, piece])) == 3


def test_an_undated_piece_of_the_same_article_is_left_to_the_reader():
    from csto_graph.link.events import join_page_pieces

    dated = _piece("meeting", "2023-03-13", ("x", "y"), "a1")
    piece = _piece("meeting", None, ("x",), "a1")
    assert len(join_page_pieces([dated, piece])) == 2


def test_an_undated_event_whose_sentence_names_its_own_day_is_no_piece_of_another():
    from csto_graph.link.events import join_page_pieces

    dated = _piece("meeting", "2026-01-27", ("x", "y"), "a1")
    own_day = _piece("meeting", None, ("x", "y"), "a2")
    own_day.evidence = Trail([Evidence("a2", "page.txt", 0, 5, "On 13 February, a meeting was held.")])
    assert len(join_page_pieces([dated, own_day])) == 2


def test_a_page_cut_into_a_dated_report_and_an_undated_paragraph_tells_one_event(tmp_path):
    from csto_graph.graph.query import run_query
    from csto_graph.pipeline.build import BuildConfig, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.txt").write_text(
        "President Ivan Petrov Receives Secretary General Oleg Sidorov\nRead also\n"
        "MINSK, 13.03.2023 (Agency) – Today, President Ivan Petrov received the Secretary General Oleg Sidorov.\n"
        "All news\n"  # a menu line cuts the page (the segmenter reads one report as one article otherwise)
        "At the beginning of the conversation, the Head of state congratulated Oleg Sidorov on his appointment.\n",
        encoding="utf-8")
    build([corpus], tmp_path / "out", BuildConfig(render=False, cache=None))
    result = run_query(str(tmp_path / "out"), "events", {})
    events = [dict(zip(result.columns, row)) for row in result.rows]
    assert [e["date"] for e in events] == ["2023-03-13"]
    assert len(events[0]["source"].split("|")) == 2  # both items of the page


# --- stop 33: an undated occasion an article tells twice is one event ---

def test_an_undated_event_an_article_tells_again_with_some_of_its_people_is_one():
    from csto_graph.link.events import join_page_pieces

    first = _piece("session", None, ("x", "y"), "a1")
    again = _piece("session", None, ("x",), "a1")
    assert join_page_pieces([first, again]) == [first]
    assert set(first.parts) == {"x", "y"}


def test_an_undated_event_told_first_with_fewer_people_takes_the_retelling():
    from csto_graph.link.events import join_page_pieces

    first = _piece("meeting", None, ("x",), "a1")
    again = _piece("talks", None, ("x", "y"), "a1")
    assert join_page_pieces([first, again]) == [first]
    assert set(first.parts) == {"x", "y"}


def test_undated_events_of_other_people_other_kinds_or_other_pages_stay_apart():
    from csto_graph.link.events import join_page_pieces

    found = [_piece("session", None, ("x",), "a1"), _piece("session", None, ("z",), "a1"),
             _piece("exercise", None, ("x",), "a1"), _piece("session", None, ("x",), "a2", path="other.txt")]
    assert len(join_page_pieces(list(found))) == 4


def test_an_undated_event_told_again_in_another_item_of_its_page_is_one():
    from csto_graph.link.events import join_page_pieces

    first = _piece("session", None, ("x",), "a1")
    again = _piece("session", None, ("x",), "a2")
    assert join_page_pieces([first, again]) == [first] and first.articles == {"a1", "a2"}


def test_undated_events_of_a_page_told_on_two_days_stay_apart():
    from csto_graph.link.events import join_page_pieces

    first = _piece("session", None, ("x",), "a1")
    first.evidence = Trail([Evidence("a1", "page.txt", 0, 5, "On 13 February, a session was held.")])
    again = _piece("session", None, ("x",), "a2")
    again.evidence = Trail([Evidence("a2", "page.txt", 9, 15, "On 20 February, the session opened.")])
    assert len(join_page_pieces([first, again])) == 2
