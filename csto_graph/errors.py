"""Small named exceptions; the CLI turns each into a one-line error (see :func:`one_line`)."""
import re



class CstoGraphError(Exception):
    """Base class: an error the user can act on, said in one line."""


class CorpusError(CstoGraphError):
    """The corpus arguments cannot be used (missing path, nothing readable)."""


class OutputError(CstoGraphError):
    """The output folder cannot be written."""


class BuildLockedError(OutputError):
    """Another build is writing the same output folder."""


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


# A character a report line or a graph literal must not hold as is: a line break or other
# control character (C0, DEL, C1, the Unicode line and paragraph separators), or a lone
# surrogate (a byte of a file name that is not UTF-8, as ``os.fsdecode`` carries it).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_UNSAFE_PATH = re.compile("[\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char == "\\":
        return "\\\\"
    if 0xDC80 <= code <= 0xDCFF:  # the byte ``surrogateescape`` could not decode
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown_path(path) -> str:
    """A file name as reports and the graph show it: valid UTF-8 on one line.

    Bytes that are not UTF-8 become ``\\xNN``, control characters ``\\xNN`` or ``\\uNNNN``,
    and a backslash is doubled, so the real name can be told back. A printable UTF-8 name
    is left as it is.

    >>> shown_path("corpus/a\\nb.txt"), shown_path(b"corpus/\\xff.txt".decode("utf-8", "surrogateescape"))
    ('corpus/a\\\\x0ab.txt', 'corpus/\\\\xff.txt')
    """
    return _UNSAFE_PATH.sub(_escape, str(path))


def one_line(text: str) -> str:
    """A message on one line: line breaks, other control characters and undecodable bytes
    escaped as in :func:`shown_path` (a backslash already in the text is left alone)."""
    return _UNSAFE.sub(_escape, str(text))
