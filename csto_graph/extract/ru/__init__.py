"""The Russian reader: Russian articles -> the same mentions as the English reader.

Sentences and tokens come from ``razdel``, person names from ``slovnet``'s NER (its model and
``navec`` embeddings ship inside the ``natasha`` package), lemmas and cases from ``pymorphy3``;
the vocabulary (titles, ranks, event cues, Russian forms of bodies and states) is data under
``ontology/ru/``. Everything heavy loads on the first Russian article (:mod:`.nlp`).
"""
from .reader import extract_russian

__all__ = ["extract_russian"]
