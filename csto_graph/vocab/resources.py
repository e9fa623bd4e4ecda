"""Where the vocabulary data (``ontology/``) and the saved queries live.

In a wheel the ``ontology/`` folder is shipped inside the package; in a source checkout
(editable install) it is the folder beside the package.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent.parent
QUERY_DIR = PACKAGE_DIR / "graph" / "queries"


@lru_cache(maxsize=1)
def ontology_dir() -> Path:
    for candidate in (PACKAGE_DIR / "ontology", PACKAGE_DIR.parent / "ontology"):
        if (candidate / "csto.ttl").is_file():
            return candidate
    raise FileNotFoundError("the ontology/ folder is missing from this installation")


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict:
    """Load one vocabulary file of ``ontology/`` (parsed once per process)."""
    with open(ontology_dir() / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}
