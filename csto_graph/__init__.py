"""csto-graph: CSTO press news as a knowledge graph of people, bodies and events."""

__version__ = "0.1.0"
