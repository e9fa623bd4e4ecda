"""benchmarks/real/event_causes.py: the causes of a build's event errors, never of a held-out set."""
import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "real" / "event_causes.py"


def _module():
    spec = importlib.util.spec_from_file_location("event_causes", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_held_out_set_is_refused(capsys):
    module = _module()
    held = sorted(module.diagnose.held_out())[0]
    with pytest.raises(SystemExit) as exit_:
        module.main([held, "out"])
    assert exit_.value.code == 2 and "held out" in capsys.readouterr().err


def test_each_set_needs_its_build():
    with pytest.raises(SystemExit):
        _module().main(["dev"])


def test_the_overlap_is_the_scorers_jaccard():
    assert _module()._jaccard({1, 2}, {2, 3}) == pytest.approx(1 / 3)
    assert _module()._jaccard(set(), set()) == 0
