"""Extraction results cached per article, in one SQLite file.

An entry is keyed by a hash of the article's content (every field of
:class:`~csto_graph.models.Article` but its sources and their offsets: the text, title,
date, captions, headers...) and of the pipeline version: the package version, the source
of the modules the extraction runs (so that editing a rule invalidates the cache even
when the version number stays), the vocabulary files ``ontology/*.yaml`` and the spaCy
model's name and version. The value is the
:class:`~csto_graph.models.ArticleExtraction` as JSON, read back as that type only
(:mod:`csto_graph.codec`): an entry that holds anything else counts as missing, and no
entry can run code. Rebuilding a corpus with one new article extracts only that article.

The file keeps the entries of the :data:`KEEP_VERSIONS` pipeline versions used last;
older ones are deleted when the cache is opened.
"""
from __future__ import annotations

import ast
import hashlib
import os
import sqlite3
import time
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from .. import __version__, codec
from ..errors import CstoGraphError, StateError
from ..models import Article, ArticleExtraction
from ..vocab.resources import PACKAGE_DIR, ontology_dir

KEEP_VERSIONS = 3
NOT_CONTENT = frozenset({"sources", "pieces"})  # where an article was found, not what it says
_BATCH = 500  # keys per SELECT (SQLite allows 999 parameters in old builds)


class CacheError(CstoGraphError):
    """The cache file cannot be opened or used."""


def default_cache_path() -> Path:
    """``$XDG_CACHE_HOME/csto-graph/extract.sqlite`` (``~/.cache`` when unset)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "csto-graph" / "extract.sqlite"


def article_key(article: Article) -> str:
    """A hash of everything the extraction reads from an article.

    >>> from dataclasses import replace
    >>> from csto_graph.models import Piece, SourceRef
    >>> a = Article("a1", "T", "2024-01-02", "body", "Text.", (Piece(0, 0, 5),), (SourceRef("x.txt", 0, 5, "utf-8"),))
    >>> elsewhere = replace(a, pieces=(Piece(0, 9, 5),), sources=(SourceRef("y.txt", 9, 14, "utf-8"),))
    >>> article_key(a) == article_key(elsewhere), article_key(a) == article_key(replace(a, date=None))
    (True, False)
    """
    content = [(f.name, getattr(article, f.name)) for f in fields(article) if f.name not in NOT_CONTENT]
    return hashlib.sha256(repr(content).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the extraction's modules (``extract`` and what it imports from the package)
    and of the vocabulary (``ontology/**/*.yaml``, the Russian one in ``ontology/ru/`` too)."""
    digest = hashlib.sha256()
    for path in sorted(_extraction_modules()) + _vocabulary_files():
        digest.update(path.relative_to(PACKAGE_DIR.parent).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _vocabulary_files() -> list[Path]:
    return sorted(ontology_dir().rglob("*.yaml"))


def _extraction_modules() -> set[Path]:
    """``extract/run.py`` (which runs the English and the Russian readers) and the package
    modules it imports, transitively, inside functions too (read from the source; a relative
    import of a package counts its ``__init__.py``)."""
    seen: set[Path] = set()
    todo = [PACKAGE_DIR / "extract" / "run.py"]
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 1:
                base = path.parents[node.level - 1]
                if node.module:
                    todo += _module_files(base.joinpath(*node.module.split(".")))
                else:
                    for alias in node.names:
                        todo += _module_files(base / alias.name)
    return seen


def _module_files(stem: Path) -> list[Path]:
    """The file of module ``stem`` (``stem.py``) or of package ``stem`` (its ``__init__.py``)."""
    return [stem.with_suffix(".py"), stem / "__init__.py"]


def pipeline_version(model: str | None = None, options: str = "") -> str:
    """The version part of every cache key (see the module's docstring)."""
    from ..extract.nlp import model_id

    from importlib.metadata import version

    # pycountry's data completes the gazetteer's states (vocab/gazetteer.py): a new release is a new vocabulary
    parts = [__version__, code_fingerprint(), model_id(model), options, "pycountry " + version("pycountry")]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


class ExtractionCache:
    """Extractions by article key, for one pipeline version, in a SQLite file.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     with ExtractionCache(Path(tmp) / "c.sqlite", "v1") as cache:
    ...         cache.put_many([("k", ArticleExtraction("a1", (), (), (), (), (), ()))])
    ...         sorted(cache.get_many(["k", "other"]))
    ['k']
    """

    def __init__(self, path: str | os.PathLike, version: str):
        self.path = Path(path)
        self.version = version
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=60)
            self._db.execute("PRAGMA journal_mode=WAL")
            with self._db:
                self._db.execute("CREATE TABLE IF NOT EXISTS extraction "
                                 "(key TEXT PRIMARY KEY, version TEXT NOT NULL, value BLOB NOT NULL)")
                self._db.execute("CREATE TABLE IF NOT EXISTS version (version TEXT PRIMARY KEY, used REAL)")
                self._db.execute("INSERT OR REPLACE INTO version VALUES (?, ?)", (version, time.time()))
                old = [v for v, in self._db.execute("SELECT version FROM version ORDER BY used DESC")][KEEP_VERSIONS:]
                for v in old:
                    self._db.execute("DELETE FROM extraction WHERE version = ?", (v,))
                    self._db.execute("DELETE FROM version WHERE version = ?", (v,))
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(f"cannot use the cache {self.path}: {exc} (delete it, or build with --no-cache)") from None

    def _key(self, key: str) -> str:
        return hashlib.sha256(f"{self.version}\0{key}".encode()).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, ArticleExtraction]:
        """The cached extractions among ``keys`` (an unreadable entry counts as missing)."""
        full = {self._key(k): k for k in keys}
        found: dict[str, ArticleExtraction] = {}
        wanted = list(full)
        try:
            for i in range(0, len(wanted), _BATCH):
                part = wanted[i:i + _BATCH]
                rows = self._db.execute(f"SELECT key, value FROM extraction WHERE key IN "
                                        f"({','.join('?' * len(part))})", part)
                for key, value in rows:
                    try:
                        found[full[key]] = codec.load(ArticleExtraction, value)
                    except StateError:  # a stale, damaged or foreign entry is a miss
                        continue
        except sqlite3.Error as exc:
            raise CacheError(f"cannot read the cache {self.path}: {exc}") from None
        return found

    def put_many(self, items: list[tuple[str, ArticleExtraction]]) -> None:
        rows = [(self._key(k), self.version, codec.dump(ex, ArticleExtraction)) for k, ex in items]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)", rows)
        except sqlite3.Error as exc:
            raise CacheError(f"cannot write the cache {self.path}: {exc}") from None

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM extraction WHERE version = ?", (self.version,)).fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "ExtractionCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
