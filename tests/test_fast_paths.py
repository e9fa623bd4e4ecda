"""The fast paths of the speed work (issue #15) give the answers of the slow ones.

A pre-filter claims that some patterns cannot match a text lacking something (a digit, a
month's name, a cue word): these tests generate texts without it and check that the patterns
it skips indeed find nothing there, and that what the filter keeps still finds its dates. A
pattern rewritten for speed is checked against the plain one on generated texts.
"""
from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from csto_graph.corpus import dates
from csto_graph.vocab.gazetteer import _alternation

# pieces of date-like text (invented), with and without digits and month names
_PIECES = ["From", "from", "to", "till", "-", "–", ",", ".", " ", "on", "On", "in", "of", "this year", "last year",
           "next year", "Monday", "the day before", "today", "the", "talks", "June", "May", "Sept.", "Sep", "Nov",
           "December", "3", "12", "2021", "19.07.2024", "2024-07-19", "1st", "22nd", "JUNE", "june", "Mayor"]


def _text(pieces: list[str]) -> str:
    return " ".join(pieces)


@given(st.lists(st.sampled_from([p for p in _PIECES if not re.search(r"\d", p)]), max_size=12))
@example(["talks", "in", "June"])  # each shape that needs no digit, once
@example(["June", "of", "this year"])
@example(["On", "Monday"])
def test_shapes_that_need_a_digit_find_nothing_without_one(pieces):
    text = _text(pieces)
    for shape, pattern in dates._patterns():
        if shape in dates._NEEDS_DIGIT:
            assert pattern.search(text) is None, (shape, text)


@given(st.lists(st.sampled_from([p for p in _PIECES if not dates._month_lead().search(p)]), max_size=12))
@example(["on", "19.07.2024"])  # each shape that needs no month, once
@example(["on", "2024-07-19"])
@example(["the day before"])
def test_shapes_that_need_a_month_find_nothing_without_one(pieces):
    text = _text(pieces)
    for shape, pattern in dates._patterns():
        if shape in dates._NEEDS_MONTH:
            assert pattern.search(text) is None, (shape, text)


def test_dates_without_a_digit_or_a_month_are_still_found():
    assert [d.value for d in dates.find_dates("talks in June of this year", "2021-12-08")] == ["2021-06"]
    assert [d.value for d in dates.find_dates("a visit on Monday", "2021-12-08")] == ["2021-12-06"]
    assert [d.value for d in dates.find_dates("held on 19.07.2024, then talks", None)] == ["2024-07-19"]


def test_find_dates_gives_a_fresh_list_each_call():
    first = dates.find_dates("On 3 May 2021 the ministers met", None)
    first.clear()
    assert [d.value for d in dates.find_dates("On 3 May 2021 the ministers met", None)] == ["2021-05-03"]


@given(st.lists(st.sampled_from([p for p in _PIECES if not re.search(r"\d", p)] + ["Published", ":", "MSK", "Wed"]),
                max_size=10))
@example(["Wednesday", ",", "June"])
def test_date_lines_need_a_digit(pieces):
    text = _text(pieces)
    assert not any(p.search(text) for p in dates._date_line_patterns())
    assert dates.date_line(text) is None


# ---------------------------------------------------------------- the gazetteer's trie


def _plain_alternation(forms: list[str], flags: int) -> re.Pattern[str]:
    """The gazetteer's pattern as one alternation of the forms, longest first (the slow one)."""
    lead = r"(?=\w)" if all(re.match(r"\w", f) for f in forms) else ""
    return re.compile(r"(?<![\w\-])" + lead + "(" + "|".join(map(re.escape, forms)) + r")(?![\w\-])", flags)


def _gazetteer_forms():
    from csto_graph.vocab.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return ((sorted(gaz.forms, key=len, reverse=True), 0), (sorted(gaz.folded, key=len, reverse=True), re.IGNORECASE))


_FORMS = _gazetteer_forms()
_PATTERNS = [(_alternation(forms, flags), _plain_alternation(forms, flags)) for forms, flags in _FORMS]
_GLUE = [" ", " the ", ", ", "-", "'s ", " of ", "(", ") ", "x", "\n", " Mr ", "’s "]


@given(st.lists(st.tuples(st.integers(0, 10 ** 6), st.sampled_from(_GLUE), st.integers(0, 3)), max_size=8),
       st.sampled_from([0, 1]))
@example([(0, " ", 0)], 1)
def test_trie_of_the_gazetteer_matches_as_the_plain_alternation(parts, which):
    forms, flags = _FORMS[which]
    text = ""
    for k, glue, cut in parts:  # known forms, cut short or cased differently, glued by punctuation
        form = forms[k % len(forms)]
        form = form[:len(form) - cut] if cut < 3 else form.upper() if k % 2 else form.title()
        text += form + glue
    fast, plain = _PATTERNS[which]
    assert [(m.span(1), m.group(1)) for m in fast.finditer(text)] == \
        [(m.span(1), m.group(1)) for m in plain.finditer(text)]
    for at in range(0, len(text), 7):
        a, b = fast.match(text, at), plain.match(text, at)
        assert (a and a.span(1)) == (b and b.span(1))


def test_a_form_inside_a_longer_one_is_found_where_the_longer_does_not_fit():
    pattern = _alternation(["collective security council", "collective security", "council"], re.IGNORECASE)
    found = [m.group(1) for m in pattern.finditer("Collective Security Councils and the Collective Security Council")]
    assert found == ["Collective Security", "Collective Security Council"]


def test_a_dotless_i_shares_its_branch_with_i_and_the_longest_form_still_wins():
    forms = ["kairat ibraev institute", "kairat ıbraev", "kairat"]  # invented names, longest first
    fast, plain = _alternation(forms, re.IGNORECASE), _plain_alternation(forms, re.IGNORECASE)
    assert "[iı]" in fast.pattern
    for text in ("Kairat Ibraev Institute", "Kairat Ibraev", "Kairat ıbraev institute", "Kairat Ivanov"):
        assert [m.span(1) for m in fast.finditer(text)] == [m.span(1) for m in plain.finditer(text)], text


def test_no_forms_match_nothing_either_way():
    assert _alternation([], re.IGNORECASE).pattern == _plain_alternation([], re.IGNORECASE).pattern


# ---------------------------------------------------------------- bodies of a state


@given(st.lists(st.sampled_from(["Armenia's", "Kazakh", "the", "of", "foreign", "defense", "affairs", "Russian",
                                 "Kazakhstan", "Ministry", "minister", "council", "security", "staff", "general",
                                 "Government", "parliamentary", ",", "MF", "Mo"]), max_size=10))
@example(["Armenia's", "defense", "minister"])
def test_bodies_of_a_state_need_a_head_word(pieces):
    from csto_graph.extract.orgs import _state_body_head, _state_body_patterns

    text = " ".join(pieces)
    if _state_body_head().search(text) is None:
        assert not any(p.search(text) for p in _state_body_patterns())


# ---------------------------------------------------------------- person names

_GIVEN = ["Ivan", "Iwan", "Oleg", "Aleg", "Aliaksandr", "Alexander", "Sherali", "Mirzo", "Yuri", "Juri", "I.", "O",
          "Kharis", "Haris", "Ekaterina"]
_SURNAMES = ["Petrov", "Petrova", "Pietrov", "Sidorov", "Sydorov", "Prakapovich", "Prokopovich", "Mirzo", "Sherali",
             "Toktogul uulu", "Chkheidze", "Tchkheidze", "Kharitonov", "Haritonov", "Ivanov", "Yvanov", "Oleg"]
_NAMES = st.builds(lambda parts: " ".join(parts),
                   st.lists(st.sampled_from(_GIVEN + _SURNAMES), min_size=1, max_size=3))


@given(_NAMES, _NAMES)
@example("Sherali Mirzo", "Mirzo Sherali")
@example("Aliaksandr Prakapovich", "Alexander Prokopovich")
@example("Ivan Kharitonov", "Ivan Haritonov")
def test_same_person_answers_as_the_full_comparison(a, b):
    from csto_graph.link.matching import compare_names, same_person

    assert same_person(a, b) == compare_names(a, b).merge


# ---------------------------------------------------------------- the NER pipeline


def test_the_ner_pipeline_finds_the_same_people_without_the_unheard_tok2vec():
    from csto_graph.extract.nlp import UNUSED, _load, load_ner

    texts = ["Minister Ivan Petrov met Oleg Sidorov in Minsk on Monday.",
             "The talks of Aleg Kharitonov and the delegation of Narnia ended late.",
             "SECRETARY GENERAL ANNA IVANOVA OPENED THE SESSION."]
    full, ner = _load(None, (*UNUSED, "senter")), load_ner()
    assert "tok2vec" in full.pipe_names
    ents = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in full.pipe(texts)]
    assert [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in ner.pipe(texts)] == ents
    assert any(ents)


# ---------------------------------------------------------------- stop 23 (y1): memos and pre-filters


def test_gazetteer_lookup_answers_the_same_from_its_memo_and_after_forgetting(monkeypatch):
    from csto_graph.vocab import gazetteer as gz

    gaz = gz.Gazetteer([gz.Entry("org", "Treaty Organization", "organization", ("TO",)),
                        gz.Entry("land", "Republic of Nowhere", "state", ("Nowhere",))])
    forms = ["the Treaty Organization", "TO", "the TO", "to", "treaty organization ", "THE Nowhere", "Elsewhere"]
    first = [gaz.lookup(f) for f in forms]
    assert [e.id if e else None for e in first] == ["org", "org", "org", None, "org", "land", None]
    assert [gaz.lookup(f) for f in forms] == first  # from the memo
    monkeypatch.setattr(gz, "_LOOKUPS_KEPT", 2)  # forgotten every two forms
    fresh = gz.Gazetteer(list(gaz.entries.values()))
    assert [fresh.lookup(f) for f in forms + forms] == first + first
    assert len(fresh._lookups) <= 2


@given(st.lists(st.sampled_from(['a "quoted" word', "back\\slash", "line\nend", "ret\rurn", "plain", "Ünïcode ✓"]),
                min_size=1, max_size=6),
       st.lists(st.sampled_from(["", "en", "ru"]), min_size=1, max_size=6))
def test_ntriples_lines_are_rdflibs_rows(texts, langs):
    from rdflib.plugins.serializers.nt import _nt_row

    from csto_graph.graph.rdf import ID, SCHEMA, Literal, _integer, date_literal, ntriples_lines

    triples = set()
    for k, text in enumerate(texts):
        node = ID[f"thing/{k % 3}"]
        triples |= {(node, SCHEMA.name, Literal(text, lang=langs[k % len(langs)] or None)),
                    (node, SCHEMA.position, _integer(k)), (node, SCHEMA.startDate, date_literal("2021-06")),
                    (node, SCHEMA.knows, ID[f"thing/{(k + 1) % 3}"])}
    assert ntriples_lines(triples) == sorted({_nt_row(t).encode("utf-8") for t in triples})


def test_memoized_literals_equal_fresh_ones():
    from csto_graph.graph.rdf import Literal, _integer, date_literal

    assert date_literal("2021-06-03") is date_literal("2021-06-03")
    assert [date_literal(v) for v in ("2021-06-03", "2021-06", "2021", "x")] == \
        [Literal("2021-06-03", datatype=date_literal("2021-06-03").datatype), Literal("2021-06",
         datatype=date_literal("2021-06").datatype), Literal("2021", datatype=date_literal("2021").datatype),
         Literal("x")]
    assert _integer(1) == Literal(1) and _integer(True) == Literal(True) and _integer(1) != _integer(True)


def test_covered_tokens_as_the_plain_comprehension():
    from csto_graph.extract.names import _possessive_len, covered_tokens
    from csto_graph.extract.orgs import tokenize

    text = "The Treaty Organization’s envoy met the Council of Elders and Ivan Petrov's aide."
    tokens = tokenize(text)
    spans = [(4, 26), (40, 57), (60, 71)]
    plain = {i for i, t in enumerate(tokens)
             if any(s <= t.start and t.end - _possessive_len(t.text) <= e for s, e in spans)}
    assert covered_tokens(tokens, spans) == plain and plain
    assert covered_tokens(tokens, []) == set()


# ---------------------------------------------------------------- stop 27 (s1): word bags kept, fewer collections


def test_word_bags_answer_the_same_from_their_memo_and_after_forgetting(monkeypatch):
    from csto_graph.vocab import gazetteer as gz

    gaz = gz.load_gazetteer()
    texts = ["Ministry of Foreign Affairs of Armenia", "Armenia's Foreign Ministry", "Joint Staff of the CSTO",
             "Council of Defense Ministers of the CSTO member states", "Committee of Security Council Secretaries",
             "CSTO Joint Staff officers"]
    plain = [gz._word_bag(gaz, t) for t in texts]
    plain_outer = [gz._word_bag(gaz, t, inner=False) for t in texts]
    assert [gaz.word_bag(t) for t in texts] == plain
    assert [gaz.word_bag(t) for t in texts] == plain  # from the memo
    assert plain_outer[-1] != plain[-1]  # a known body inside read as one word or word by word
    assert [gaz.lookup_words(t, inner=False) for t in texts] == [
        gz.Gazetteer(list(gaz.entries.values())).lookup_words(t, inner=False) for t in texts]
    monkeypatch.setattr(gz, "_BAGS_KEPT", 2)  # forgotten every two texts
    fresh = gz.Gazetteer(list(gaz.entries.values()))
    assert [fresh.word_bag(t) for t in texts + texts] == plain + plain
    assert [fresh._word_bag(t, False) for t in texts] == plain_outer
    assert len(fresh._word_bags) <= 2


def test_the_build_collects_less_often_and_restores_the_thresholds():
    import gc

    import pytest

    from csto_graph.pipeline.build import _YOUNG_OBJECTS, _fewer_collections

    before = gc.get_threshold()
    with _fewer_collections():
        assert gc.get_threshold() == (max(before[0], _YOUNG_OBJECTS), *before[1:])
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), _fewer_collections():
        raise RuntimeError("a failed build")
    assert gc.get_threshold() == before
