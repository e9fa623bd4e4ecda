"""The event-type groups both stages read (csto_graph.vocab.event_kinds)."""
from csto_graph.extract.event_cues import cues
from csto_graph.vocab.event_kinds import encounters, one_sitting, same_occasion
from csto_graph.vocab.resources import load_yaml


def test_the_groups_are_the_lists_of_events_yaml():
    data = load_yaml("events.yaml")
    assert encounters() == frozenset(data["encounters"])
    assert one_sitting() == frozenset(data["one_sitting"])


def test_the_extraction_reads_the_same_grouping_as_the_linker():
    assert cues().same_occasion == same_occasion() == encounters() | one_sitting()
