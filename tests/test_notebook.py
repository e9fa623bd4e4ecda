"""The analyst notebook runs top to bottom, and is stored without outputs."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


@pytest.mark.slow
def test_notebook_runs_on_a_built_folder(tiny_out, monkeypatch):
    from nbclient import NotebookClient

    monkeypatch.setenv("CSTO_GRAPH_OUT", str(tiny_out))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    printed = [o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs
               if o.output_type == "stream"]
    assert any(p.strip() in ("Ivan Petrov", "Arman Saparov") for p in printed)  # the person followed
    html = [o["data"]["text/html"] for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if "text/html" in o.get("data", {})]
    assert sum("<iframe srcdoc=" in h for h in html) == 2  # the graph page and the timeline
    assert (tiny_out / "ego.html").is_file() and (tiny_out / "timeline.html").is_file()
