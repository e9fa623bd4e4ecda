"""Small named exceptions; the CLI turns each into a one-line error."""


class CstoGraphError(Exception):
    """Base class: an error the user can act on, said in one line."""


class CorpusError(CstoGraphError):
    """The corpus arguments cannot be used (missing path, nothing readable)."""


class OutputError(CstoGraphError):
    """The output folder cannot be written."""


class GraphNotFoundError(CstoGraphError):
    """A folder holds no built graph."""


class QueryError(CstoGraphError):
    """A query is unknown, malformed, or lacks a parameter."""


class QueryRefusedError(QueryError):
    """A query would change the graph or call another endpoint (SERVICE), which is refused."""


class QueryTooDeepError(QueryError):
    """A query nests too deep (or chains too many operators) to be run safely."""


class StateError(CstoGraphError):
    """Saved data (a build's state, a cache entry) cannot be read: damaged, missing, hostile
    or of another version. The incremental build then builds everything."""
