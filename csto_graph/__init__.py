"""csto-graph: CSTO press news as a knowledge graph of people, bodies and events.

Example (on a folder written by ``csto-graph build``)::

    import csto_graph
    kg = csto_graph.load("out")
    kg.met(person="Tasmagambetov")

The API is imported on first use (module ``__getattr__``), so ``import csto_graph`` stays light.
"""

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "load"]


def __getattr__(name: str):
    if name in __all__:
        from .views import api

        return getattr(api, name)
    raise AttributeError(f"module 'csto_graph' has no attribute {name!r}")


def __dir__():
    return sorted([*globals(), *__all__])
