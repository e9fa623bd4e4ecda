"""Reading stage: corpus arguments (files and folders) -> decoded :class:`Document`.

Every unusable file becomes a :class:`Skipped` with a one-line reason instead of an
error; only an argument that does not exist raises :class:`CorpusError`.

``Document.text`` is the decoded text with line ends normalised to ``"\\n"`` (CRLF and
CR), and for HTML the extracted main text: all later offsets refer to this text.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser

from csto_graph.corpus.lines import unread_language
from csto_graph.errors import CorpusError, CstoGraphError, shown_path
from csto_graph.models import Document, Skipped

# Legacy encodings charset_normalizer may choose from when the bytes are not UTF-8.
_FALLBACK_ENCODINGS = ("cp1251", "koi8_r", "cp1252", "iso8859_5")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_SNIFF_BYTES = 8192
_CONTROL_BYTES = frozenset([*range(32), 127]) - frozenset(b"\t\n\r\f\v\x1b")
_CONTROL_DELETE = bytes(sorted(_CONTROL_BYTES))  # for bytes.translate: counted in C, not byte by byte
_DROPPED_TAGS = ["script", "style", "noscript", "template", "nav", "header", "footer",
                 "aside", "form"]
_PARAGRAPH_TAGS = ("p, div, h1, h2, h3, h4, h5, h6, section, article, blockquote, pre, "
                   "ul, ol, table")
_LINE_TAGS = "li, br, tr, dt, dd"
_PARAGRAPH, _LINE = "\ue000", "\ue001"  # private-use markers, never in real text


class UnreadableFile(CstoGraphError):
    """A corpus file cannot be used; the message is the one-line reason."""


@dataclass(frozen=True)
class ReadConfig:
    """Which files the reading stage accepts."""

    max_bytes: int = 20 * 1024 * 1024  # files larger than this are skipped
    extensions: tuple[str, ...] = (".txt", ".md", ".html", ".htm")


def iter_corpus_files(
    paths: Iterable[str | os.PathLike], config: ReadConfig = ReadConfig()
) -> tuple[list[Path], list[Skipped]]:
    """List the corpus files named by ``paths``, recursing into folders.

    Parameters
    ----------
    paths : iterable of str or Path
        Files and folders. In folders, hidden entries and other extensions are ignored.

    Returns
    -------
    files, skipped
        Each real file once, sorted by path string; broken links, symlink loops and
        named files with another extension as :class:`Skipped`.

    Raises
    ------
    CorpusError
        When a named path does not exist.
    """
    found: dict[Path, Path] = {}  # resolved path -> path as reached
    skipped: list[Skipped] = []
    seen_dirs: set[Path] = set()

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(map(Path, paths))
    for path in paths:
        try:
            os.lstat(path)
        except FileNotFoundError:
            raise CorpusError(f"no such file or folder: {shown_path(path)}") from None
        except OSError as error:
            raise CorpusError(f"cannot use {shown_path(path)}: {error.strerror or error}") from None
    # depth first, in sorted order, with a stack of its own: folders nested deeper than
    # Python's recursion limit (1,100 levels) are walked like any other
    # (path, its real path when known, real paths of the folders above it, named)
    stack: list[tuple[Path, Path | None, frozenset[Path], bool]] = [
        (p, None, frozenset(), True) for p in reversed(paths)]
    while stack:
        path, real, ancestors, named = stack.pop()
        reason, st, link = _stat(path)
        if reason is None and (real is None or link):
            real = path.resolve()  # else the folder's real path and the name: no walk of a deep path
        if reason is None and stat.S_ISDIR(st.st_mode):
            if real in ancestors:
                reason = f"symlink loop (back to {shown_path(real)})"
            elif real not in seen_dirs:  # a folder reached twice holds the same files
                seen_dirs.add(real)
                try:
                    names = sorted(os.listdir(path))
                except OSError as error:
                    names, reason = [], f"cannot list folder: {error.strerror}"
                inner = ancestors | {real}
                stack += [(path / name, real / name, inner, False) for name in reversed(names)
                          if not name.startswith(".")]
        elif reason is None:
            reason = _file_problem(path, st, config, named)
            if reason is None:
                if real not in found or str(path) < str(found[real]):
                    found[real] = path
        if reason:
            skipped.append(Skipped(str(path), reason))
    return sorted(found.values(), key=str), skipped


def read_document(path: str | os.PathLike, config: ReadConfig = ReadConfig()) -> Document:
    """Read and decode one corpus file.

    The size is checked before reading; the encoding is UTF-8 (with or without BOM),
    UTF-16/32 with BOM, or else the legacy encoding ``charset_normalizer`` finds
    among ``_FALLBACK_ENCODINGS``. HTML is reduced to its main text.

    Raises
    ------
    UnreadableFile
        With a one-line reason: too large, empty, binary, undecodable, unreadable.
    """
    path = Path(path)
    fmt = _format_of(path, config)
    if fmt is None:
        raise UnreadableFile(f"unsupported extension {path.suffix or '(none)'}")
    try:
        size = path.stat().st_size
        if size > config.max_bytes:
            raise UnreadableFile(f"too large: {size:,} bytes (limit {config.max_bytes:,})")
        raw = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(f"cannot read: {error.strerror or error}") from None
    if not raw:
        raise UnreadableFile("empty file")
    text, encoding = _decode(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "html":
        text = _html_text(text)
        if not text:
            raise UnreadableFile("no text in the HTML page")
    if not text.strip():
        raise UnreadableFile("empty file (only whitespace)")
    language = unread_language(text)
    if language is not None:
        raise UnreadableFile(f"language {language} is not read yet")
    return Document(str(path), text, encoding, fmt, hashlib.sha256(raw).hexdigest())


def read_corpus(
    paths: Iterable[str | os.PathLike],
    config: ReadConfig = ReadConfig(),
    on_skip: Callable[[Skipped], None] | None = None,
) -> tuple[list[Document], list[Skipped]]:
    """Read every corpus file; report each unusable one instead of failing.

    Parameters
    ----------
    paths : iterable of str or Path
        Files and folders, as for :func:`iter_corpus_files`.
    on_skip : callable, optional
        Called with each :class:`Skipped` as it happens (the CLI prints it).

    Returns
    -------
    documents, skipped
        Documents in the order of :func:`iter_corpus_files`.
    """
    files, skipped = iter_corpus_files(paths, config)
    report = on_skip or (lambda item: None)
    for item in skipped:
        report(item)
    documents = []
    for path in files:
        try:
            documents.append(read_document(path, config))
        except UnreadableFile as error:
            skipped.append(Skipped(str(path), str(error)))
            report(skipped[-1])
    return documents, skipped


def _html_text(html: str) -> str:
    """Extract the main text of an HTML page, one paragraph per blank-line block.

    >>> _html_text("<nav>Menu</nav><p>Tom &amp; Jerry</p><p>met.</p>")
    'Tom & Jerry\\n\\nmet.'
    """
    tree = LexborHTMLParser(html)
    tree.strip_tags(_DROPPED_TAGS, recursive=True)
    root = max(tree.css("article"), key=lambda node: len(node.text()), default=None)
    root = root or tree.css_first("main") or tree.body or tree.root
    for node in root.css(_PARAGRAPH_TAGS):
        node.insert_before(_PARAGRAPH)
        node.insert_after(_PARAGRAPH)
    for node in root.css(_LINE_TAGS):
        node.insert_after(_LINE)
    for node in root.css("td, th"):
        node.insert_after(" ")
    text = re.sub(r"\s+", " ", root.text(deep=True))
    text = re.sub(rf" *([{_PARAGRAPH}{_LINE}]) *", r"\1", text)
    text = re.sub(rf"{_LINE}*{_PARAGRAPH}[{_PARAGRAPH}{_LINE}]*", "\n\n", text)
    return text.replace(_LINE, "\n").strip()


# ------------------------------------------------------------------------ helpers


def _format_of(path: Path, config: ReadConfig) -> str | None:
    suffix = path.suffix.lower()
    if suffix not in {ext.lower() for ext in config.extensions}:
        return None
    return {".html": "html", ".htm": "html", ".md": "md"}.get(suffix, "txt")


def _stat(path: Path) -> tuple[str | None, os.stat_result | None, bool]:
    """(why a path cannot be followed or None, its status, whether it is a symlink).

    The reasons: a broken link, a symlink loop, a name too long for the system...
    """
    try:
        st = os.lstat(path)
        if not stat.S_ISLNK(st.st_mode):
            return None, st, False
        return None, os.stat(path), True
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink loop", None, True
        if os.path.islink(path):
            try:
                return f"broken symlink (target missing: {shown_path(os.readlink(path))})", None, True
            except OSError:
                pass
        return f"cannot read: {error.strerror or error}", None, False


def _file_problem(path: Path, st: os.stat_result, config: ReadConfig, named: bool) -> str | None:
    """Why a path is not a corpus file ("" to ignore it quietly), or None."""
    if _format_of(path, config) is None:
        return f"unsupported extension {path.suffix or '(none)'}" if named else ""
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    return None


def _decode(raw: bytes) -> tuple[str, str]:
    """Decode raw bytes, returning (text, encoding actually used)."""
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if encoding is None:
        _check_not_binary(raw[:_SNIFF_BYTES])
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # Truncated or mixed UTF-8: a legacy guess would be mojibake.
            encoding = "utf-8" if _mostly_utf8(raw) else _guess_legacy_encoding(raw)
    try:
        return raw.decode(encoding), encoding
    except UnicodeDecodeError as error:
        raise UnreadableFile(f"cannot decode: invalid {encoding} at byte {error.start}") from None


def _check_not_binary(head: bytes) -> None:
    if b"\x00" in head:
        raise UnreadableFile("binary file (NUL bytes)")
    controls = len(head) - len(head.translate(None, _CONTROL_DELETE))
    if controls > 0.3 * len(head):
        raise UnreadableFile("binary file (mostly control bytes)")


def _mostly_utf8(raw: bytes) -> bool:
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return sum(ord(char) > 127 for char in text) - bad > 2 * bad


def _guess_legacy_encoding(raw: bytes) -> str:
    best = from_bytes(raw, cp_isolation=list(_FALLBACK_ENCODINGS)).best()
    if best is None:
        tried = ", ".join(codecs.lookup(name).name for name in _FALLBACK_ENCODINGS)
        raise UnreadableFile(f"cannot decode: not UTF-8 and no fit among {tried}")
    return codecs.lookup(best.encoding).name
