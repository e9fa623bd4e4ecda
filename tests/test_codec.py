"""Saved data (csto_graph.codec): JSON read back only as its declared type."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csto_graph import codec
from csto_graph.errors import StateError
from csto_graph.link.state import EventRecord, PartRecord
from csto_graph.models import Article, Evidence, Piece, SourceRef

evidence = st.builds(Evidence, st.text(), st.text(), st.integers(), st.integers(), st.text())


@given(evidence)
def test_a_value_read_back_is_the_value_written(ev):
    assert codec.load(Evidence, codec.dump(ev, Evidence)) == ev


def test_nested_records_with_optional_fields_and_defaults_round_trip():
    ev = Evidence("a1", "x.txt", 0, 5, "Text.")
    record = EventRecord("meeting", "2022-05-24", None, "minsk", None, False,
                         (("oleg-belov", PartRecord(("chair",), ev)),), ("a1",), (ev,))
    assert codec.load(EventRecord, codec.dump(record, EventRecord)) == record
    article = Article("a1", "T", None, "none", "Text.", (Piece(0, 0, 5),), (SourceRef("x.txt", 0, 5, "utf-8"),))
    assert codec.load(Article, codec.dump(article, Article)) == article


@pytest.mark.parametrize("data, message", [
    (b'{"article": "a1", "path": "x", "start": "0", "end": 5, "sentence": ""}', "start: expected int, found str"),
    (b'{"article": "a1", "path": "x", "start": true, "end": 5, "sentence": ""}', "start: expected int, found bool"),
    (b'{"article": "a1"}', "lacks end, path, sentence, start"),
    (b'["a1", "x", 0, 5, ""]', "expected an object"),
    (b'{"py/object": "os.system"}', "lacks"),
    (b'{"article": ', "not JSON"),
    (b"[" * 100_000, "not JSON"),
])
def test_json_that_is_not_the_declared_type_is_a_state_error(data, message):
    with pytest.raises(StateError, match=message):
        codec.load(Evidence, data)


def test_a_value_that_is_not_plain_data_is_not_written():
    with pytest.raises(TypeError, match="set is not saved data"):
        codec.dump({"x": {1, 2}})
