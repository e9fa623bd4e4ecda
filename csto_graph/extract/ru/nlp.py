"""The Russian models, each loaded once, on first use (an English-only build never loads them).

- :func:`morph`: ``pymorphy3``'s analyser with its Russian dictionaries (``pymorphy3-dicts-ru``).
  natasha's own morphology wraps ``pymorphy2``, which does not import on Python 3.11, so
  natasha is used for its data files only and never imported.
- :func:`ner`: ``slovnet``'s news NER over ``navec`` embeddings, read from the files the
  ``natasha`` package ships (``natasha/data/``), found without importing natasha.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from ...errors import CstoGraphError

NAVEC_FILE = "data/emb/navec_news_v1_1B_250K_300d_100q.tar"
NER_FILE = "data/model/slovnet_ner_news_v1.tar"


class RussianModelMissing(CstoGraphError):
    """The packages of the Russian reader are not installed (the CLI says so in one line)."""


def natasha_data(name: str) -> Path:
    """A data file of the ``natasha`` package, located without importing natasha."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise RussianModelMissing("the Russian reader needs the natasha package (pip install natasha)")
    path = Path(list(spec.submodule_search_locations)[0]) / name
    if not path.is_file():
        raise RussianModelMissing(f"natasha's data file {name} is missing")
    return path


@lru_cache(maxsize=1)
def morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=1)
def ner():
    from navec import Navec
    from slovnet import NER

    model = NER.load(str(natasha_data(NER_FILE)))
    model.navec(Navec.load(str(natasha_data(NAVEC_FILE))))
    return model


def is_acronym(word: str) -> bool:
    """A word of two letters or more, all capitals ("ОДКБ", "МО"); not a digit or a mark.

    >>> is_acronym("ОДКБ"), is_acronym("Совет"), is_acronym("А")
    (True, False, False)
    """
    return len(word) > 1 and word.isalpha() and word.isupper()


# an acronym declined as a noun, its ending written in lower case ("МИДа", "МИДе", "МИДом")
OBLIQUE_ACRONYM = re.compile(r"^([А-ЯЁ]{2,})(?:а|у|е|ом|ов|ы|ам|ами|ах)$")


@lru_cache(maxsize=1 << 16)
def parses(word: str) -> tuple:
    """pymorphy3's parses of one word, best first."""
    return tuple(morph().parse(word))


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """The dictionary form of a word, lower case, ``ё`` as ``е``; an acronym stays itself,
    and so does one with a case ending ("МИДа", "МИДом": "МИД").

    >>> lemma("Совета"), lemma("ОДКБ"), lemma("МИДа")
    ('совет', 'ОДКБ', 'МИД')
    """
    if len(word) > 1 and word.isupper():
        return word.replace("Ё", "Е")
    oblique = OBLIQUE_ACRONYM.match(word)
    if oblique:
        return oblique.group(1).replace("Ё", "Е")
    found = parses(word)
    return (found[0].normal_form if found else word.lower()).replace("ё", "е")
