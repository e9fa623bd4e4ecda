"""Ways to damage a build's saved state (``OUT/state/``) as a bad disk or a forger would:
used by the tests of the incremental build and by ``benchmarks/abuse_cases_state.py``."""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path


class Planted:
    """Unpickling this runs a shell command that creates ``marker`` (as a crafted state file would)."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch '{self.marker}'",)


def forge_digest(state: Path, name: str) -> None:
    """Make meta.json describe the file ``name`` as it now is (as a forger would)."""
    meta = json.loads((state / "meta.json").read_text(encoding="utf-8"))
    meta["digests"][name] = hashlib.sha256((state / name).read_bytes()).hexdigest()
    (state / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def rewrite_json(state: Path, name: str, change) -> None:
    """Apply ``change`` to the JSON file ``name`` of the state and forge its digest."""
    data = json.loads((state / name).read_text(encoding="utf-8"))
    change(data)
    (state / name).write_text(json.dumps(data), encoding="utf-8")
    if name != "meta.json":
        forge_digest(state, name)


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:path.stat().st_size // 2])


def plant_pickles(state: Path, marker: Path) -> None:
    """The pickles an older format read, planted in place of meta.json."""
    (state / "meta.json").unlink(missing_ok=True)
    for name in ("meta.pickle", "linker.pickle"):
        (state / name).write_bytes(pickle.dumps(Planted(marker)))


def pickled_signatures(state: Path, marker: Path) -> None:
    """signatures.npy holding a pickled object, its digest forged."""
    import numpy as np

    np.save(state / "signatures.npy", np.array([Planted(marker)], dtype=object), allow_pickle=True)
    forge_digest(state, "signatures.npy")
