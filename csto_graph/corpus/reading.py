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
from functools import lru_cache
from pathlib import Path

from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser

from csto_graph.corpus.lines import unread_language
from csto_graph.errors import CorpusError, CstoGraphError, shown_path
from csto_graph.models import Document, Skipped
from csto_graph.vocab.resources import load_yaml

# Legacy encodings charset_normalizer may choose from when the bytes are not UTF-8.
_FALLBACK_ENCODINGS = ("cp1251", "koi8_r", "cp1252", "iso8859_5")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_SNIFF_BYTES = 8192
_CONTROL_BYTES = frozenset([*range(32), 127]) - frozenset(b"\t\n\r\f\v\x1b")
_CONTROL_DELETE = bytes(sorted(_CONTROL_BYTES))  # for bytes.translate: counted in C, not byte by byte
_DROPPED_TAGS = ["script", "style", "noscript", "template", "nav", "aside", "button", "select",
                 "textarea"]
_LIST_SHARE = 0.7  # when no article holds this much of the articles' text, the page is a list of them
_LINK_SHARE = 0.5  # a block with two links or more and this much of its text in them is a list of links
_PARAGRAPH_TAGS = ("p, div, h1, h2, h3, h4, h5, h6, section, article, blockquote, pre, "
                   "ul, ol, table")
_LINE_TAGS = "li, br, tr, dt, dd"
_PARAGRAPH, _LINE, _ITEM = "\ue000", "\ue001", "\ue002"  # private-use markers, never in real text
# invisible in a browser, and cut names in two ("Pe&shy;tren&shy;ko"): soft hyphen, zero-width
# space, word joiner, zero-width no-break space
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


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
    UTF-16/32 with BOM, UTF-16 without one (its NUL bytes all on one side of their pairs), or
    else the legacy encoding ``charset_normalizer`` finds among ``_FALLBACK_ENCODINGS``. HTML, and Markdown rendered to HTML, is reduced to its
    main text.

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
    if fmt in ("html", "md"):
        text = _html_text(text if fmt == "html" else _markdown_html(text))
        if not text:
            raise UnreadableFile(f"no text in the {'HTML' if fmt == 'html' else 'Markdown'} page")
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

    The story is the longest ``<article>`` (with the page's headline when that stands just
    above it), else ``<main>``, else the body; the furniture of :func:`_drop_furniture`
    is taken out first. On a list page (several articles, none holding half their text)
    every article is read, set apart by two blank lines as teasers of a list are.

    >>> _html_text("<nav>Menu</nav><p>Tom &amp; Jerry</p><p>met.</p>")
    'Tom & Jerry\\n\\nmet.'
    """
    tree = LexborHTMLParser(html)
    published = _published(tree)
    tree.strip_tags(_DROPPED_TAGS, recursive=True)
    page = len((tree.body or tree.root).text(strip=True))
    for node in tree.css("header, footer, form"):
        if node.tag == "footer" or (node.tag == "form" and 2 * len(node.text(strip=True)) < page) or (
                node.tag == "header" and not _inside(node, {"article", "main", "section"})):
            node.decompose()  # the site's header, every footer, a search box; an article's own header stays
    root = _story_root(tree)
    _drop_furniture(root)
    items = [node for node in root.css("article") if not _inside(node, {"article"})]
    for node in items if len(items) > 1 else ():  # a list page's articles
        node.insert_before(_ITEM)
        node.insert_after(_ITEM)
    for node in root.css(_PARAGRAPH_TAGS):
        node.insert_before(_PARAGRAPH)
        node.insert_after(_PARAGRAPH)
    for node in root.css(_LINE_TAGS):
        node.insert_after(_LINE)
    for node in root.css("td, th"):
        node.insert_after(" ")
    text = re.sub(r"\s+", " ", _INVISIBLE.sub("", root.text(deep=True)))
    text = re.sub(rf" *([{_PARAGRAPH}{_LINE}{_ITEM}]) *", r"\1", text)
    text = re.sub(rf"[{_PARAGRAPH}{_LINE}{_ITEM}]*{_ITEM}[{_PARAGRAPH}{_LINE}{_ITEM}]*", "\n\n\n", text)
    text = re.sub(rf"{_LINE}*{_PARAGRAPH}[{_PARAGRAPH}{_LINE}]*", "\n\n", text)
    text = text.replace(_LINE, "\n").strip()
    return f"date {published}\n\n{text}" if published and text else text


_DAY = r"((?:19|20)\d\d-[01]\d-[0-3]\d)"  # an ISO day, as the page stamp writes it
_ISO_DAY = re.compile(_DAY + r"(?![\d])")
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"' + _DAY)


def _published(tree: LexborHTMLParser) -> str | None:
    """The page's publication day from its head (``published_meta`` of ``ontology/html.yaml``:
    ``<meta property="article:published_time" content="2031-05-04T10:32:00+03:00">``, or a
    JSON-LD ``"datePublished"``), ISO; None when the page prints none, or two different days.

    >>> _published(LexborHTMLParser('<head><meta property="article:published_time" '
    ...                             'content="2031-05-04T10:32:00+03:00"></head><p>Text</p>'))
    '2031-05-04'
    >>> _published(LexborHTMLParser('<meta name="article:modified_time" content="2031-05-06">')) is None
    True
    """
    keys = _html_vocabulary()["published_meta"]
    days = set()
    for node in tree.css("meta[content]"):
        attributes = node.attributes
        key = next((attributes.get(a) for a in ("property", "name", "itemprop") if attributes.get(a)), "")
        if key.strip().lower() in keys:
            m = _ISO_DAY.match((attributes.get("content") or "").strip())
            if m:
                days.add(m.group(1))
    for node in tree.css('script[type="application/ld+json"]'):
        days.update(_JSON_LD_PUBLISHED.findall(node.text() or ""))
    return days.pop() if len(days) == 1 else None


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"breaks": True, "html": True})


def _markdown_html(text: str) -> str:
    """A Markdown page rendered to HTML (``markdown-it-py``, CommonMark; a line break stays a
    line, as in a text file), so that it is read as a served page is: heading and emphasis
    marks go, a link keeps its words, inline HTML is read as HTML (its scripts dropped).

    >>> _html_text(_markdown_html("# Talks in Minsk\\n\\n**MINSK, 3 May** - Ivan Petrov met [Oleg Varenko](/p/1)."))
    'Talks in Minsk\\n\\nMINSK, 3 May - Ivan Petrov met Oleg Varenko.'
    """
    return _markdown().render(text)


def _story_root(tree: LexborHTMLParser):
    """The element holding the story: the longest ``<article>``, or the nearest element
    holding both it and the page's first ``<h1>`` when that headline comes before it
    outside it; else ``<main>``, else the body.

    >>> tree = LexborHTMLParser("<div><h1>Title</h1><article><p>Story.</p></article></div>")
    >>> _story_root(tree).tag
    'div'
    """
    articles = [node for node in tree.css("article") if not _inside(node, {"article"})]
    article = max(articles, key=lambda node: len(node.text()), default=None)
    if article is None:
        return tree.css_first("main") or tree.body or tree.root
    if len(article.text()) < _LIST_SHARE * sum(len(node.text()) for node in articles):  # a list page
        common = {node.mem_id for node in _ancestors(articles[0])}
        for other in articles[1:]:
            common &= {node.mem_id for node in _ancestors(other)}
        return next(node for node in _ancestors(articles[0]) if node.mem_id in common)
    headline = tree.css_first("h1")
    if headline is None or _inside(headline, {"article"}) or not _precedes(headline, article):
        return article
    above = {node.mem_id for node in _ancestors(headline)}
    return next((node for node in _ancestors(article) if node.mem_id in above), article)


def _drop_furniture(root) -> None:
    """Take out of ``root`` what is not the story: elements whose class or id words or
    ARIA role mark furniture (``ontology/html.yaml``), and lists of links (:func:`_link_list`).
    Inner elements go first, so a headline block keeps its headline when only its share
    bar is furniture; an element holding the page's ``<h1>`` (a "hero-banner" with the
    headline) or half of the text or more (a wrapper called "page-with-sidebar") is never
    furniture.

    >>> tree = LexborHTMLParser('<div><p>Ivan Petrenko met the envoy in Minsk today.</p>'
    ...     '<div class="cookie-bar">We use cookies.</div><ul><li><a>Other news</a></li>'
    ...     '<li><a>More news</a></li></ul></div>')
    >>> root = tree.css_first("div"); _drop_furniture(root); root.text()
    'Ivan Petrenko met the envoy in Minsk today.'
    """
    vocabulary = _html_vocabulary()
    total = len(root.text(strip=True))
    for node in reversed(root.css("*")):  # document order reversed: an element after all it holds
        attributes = node.attributes
        named = " ".join(filter(None, (attributes.get("class"), attributes.get("id"))))
        words = _attribute_words(named) if named else frozenset()
        if ((attributes.get("role") or "").strip().lower() in vocabulary["furniture_roles"] or (
                words & vocabulary["furniture_words"] and not words & vocabulary["content_words"]) or
                _link_list(node)) and 2 * len(node.text(strip=True)) < total and node.css_first("h1") is None:
            node.decompose()


_LINK_BLOCKS = frozenset({"div", "section", "ul", "ol", "dl", "table"})


def _link_list(node) -> bool:
    """A block (not a paragraph) of two links or more, with half its text in them and fewer
    words around them than links: a menu, a share bar, a list of other stories.

    >>> _link_list(LexborHTMLParser("<div>Share: <a>Facebook</a> <a>Telegram</a></div>").css_first("div"))
    True
    >>> _link_list(LexborHTMLParser("<div><a>Ivan Petrenko</a> met <a>Askar Bekmuratov</a> in Minsk</div>").css_first("div"))
    False
    """
    if node.tag not in _LINK_BLOCKS:
        return False
    links = node.css("a")
    if len(links) < 2:
        return False
    text = node.text(deep=True)
    linked = sum(len(link.text(deep=True).strip()) for link in links)
    if linked < _LINK_SHARE * len(text.strip()):
        return False
    around = text
    for link in links:
        around = around.replace(link.text(deep=True), " ", 1)
    return len(re.findall(r"[^\W\d_]{2,}", around)) < len(links)


@lru_cache(maxsize=1)
def _html_vocabulary() -> dict[str, frozenset[str]]:
    data = load_yaml("html.yaml")
    return {key: frozenset(word.lower() for word in data.get(key, ()))
            for key in ("furniture_words", "content_words", "furniture_roles", "published_meta")}


def _attribute_words(value: str) -> frozenset[str]:
    """The words of a class or id: split at spaces, dashes, underscores and case changes.

    >>> sorted(_attribute_words("cookie-banner relatedNews ctl00_ShareBox"))
    ['00', 'banner', 'box', 'cookie', 'ctl', 'news', 'related', 'share']
    """
    return frozenset(word.lower() for word in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", value))


def _ancestors(node):
    node = node.parent
    while node is not None and node.tag != "-undef":
        yield node
        node = node.parent


def _inside(node, tags: set[str]) -> bool:
    return any(above.tag in tags for above in _ancestors(node))


def _precedes(first, second) -> bool:
    """Whether ``first`` comes before ``second`` in document order (neither inside the other)."""
    order = {node.mem_id: i for i, node in enumerate(first.parser.root.traverse())}
    return order.get(first.mem_id, 0) < order.get(second.mem_id, 0)


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
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None) or _utf16_without_bom(raw)
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


UTF16_NUL_SIDE = 0.95  # of the NUL bytes of UTF-16 text without a BOM, this share at least on one side of each pair
UTF16_NUL_SHARE = 0.05  # and NULs at least this share of its bytes (spaces and digits alone give a Russian text more)


def _utf16_without_bom(raw: bytes) -> str | None:
    r"""``"utf-16-le"`` or ``"utf-16-be"`` for text saved in UTF-16 without a byte-order mark, else None.

    Such a file has NUL bytes, so it would be taken for binary: in text, the NULs are the high
    bytes of its Latin letters, digits, spaces and punctuation, many (:data:`UTF16_NUL_SHARE`
    of its bytes at least) and all on one side of their pairs (:data:`UTF16_NUL_SIDE` of them),
    and the head decodes to printable text. A binary file's NULs fall on both sides.

    >>> _utf16_without_bom("Совет ОДКБ, 2021\n".encode("utf-16-le")), _utf16_without_bom("Council".encode("utf-16-be"))
    ('utf-16-le', 'utf-16-be')
    >>> _utf16_without_bom(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00") is None
    True
    """
    head = raw[:_SNIFF_BYTES]
    head = head[:len(head) // 2 * 2]
    nuls = head.count(0)
    if nuls < UTF16_NUL_SHARE * len(head) or len(raw) % 2:
        return None  # (a stray NUL in other text is no UTF-16)
    odd = head[1::2].count(0)
    for encoding, side in (("utf-16-le", odd), ("utf-16-be", nuls - odd)):
        if side >= UTF16_NUL_SIDE * nuls:
            text = head.decode(encoding, errors="replace")  # (the head may end inside a surrogate pair)
            if text.count("\ufffd") > 1:
                return None
            printable = sum(ch.isprintable() or ch in "\t\n\r\f" for ch in text)
            return encoding if printable >= 0.98 * len(text) and any(ch.isalpha() for ch in text) else None
    return None


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
