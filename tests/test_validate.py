"""SHACL validation of built graphs: the tiny fixture conforms, broken nodes are reported."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from csto_graph.cli import main
from csto_graph.graph.store import GRAPH_FILE
from csto_graph.graph.validate import validate

ID = "https://w3id.org/csto-graph/id/"
CSTO = "https://w3id.org/csto-graph/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
EVIDENCE = f"<{ID}evidence/a000000000001/0-82>"
CHAIR = f"<{ID}participation/2021-12-08-session-csc/p-a/chair>"
EVENT = f"<{ID}event/2021-12-08-session-csc>"


def broken_copy(src: Path, dest: Path, edit) -> Path:
    """A folder whose graph.nt is ``src``'s with ``edit(lines) -> lines`` applied."""
    lines = (src / GRAPH_FILE).read_text(encoding="utf-8").splitlines()
    dest.mkdir()
    (dest / GRAPH_FILE).write_text("\n".join(edit(lines)) + "\n", encoding="utf-8")
    return dest


def drop(prefix: str):
    return lambda lines: [ln for ln in lines if not ln.startswith(prefix)]


def test_tiny_graph_conforms(tiny_out):
    report = validate(tiny_out)
    assert report.violations == []
    assert report.conforms


def test_participation_without_agent_is_reported(tiny_out, tmp_path):
    out = broken_copy(tiny_out, tmp_path / "bad", drop(f"{CHAIR} <{CSTO}agent>"))
    report = validate(out)
    assert not report.conforms
    assert any(CHAIR.strip("<>") in v and "csto:agent" in v and "exactly one agent" in v
               for v in report.violations), report.violations


def test_participation_whose_agent_is_not_a_person_is_reported(tiny_out, tmp_path):
    def edit(lines):
        return [ln.replace(f"<{CSTO}agent> <{ID}person/p-a>", f"<{CSTO}agent> <{ID}org/russia>")
                for ln in lines]

    report = validate(broken_copy(tiny_out, tmp_path / "bad", edit))
    assert any(CHAIR.strip("<>") in v and "csto:agent" in v for v in report.violations)


def test_evidence_with_a_string_char_start_is_reported(tiny_out, tmp_path):
    def edit(lines):
        return [ln.replace(f'"0"^^<{XSD}integer>', '"0"') if ln.startswith(f"{EVIDENCE} <{CSTO}charStart>")
                else ln for ln in lines]

    report = validate(broken_copy(tiny_out, tmp_path / "bad", edit))
    assert not report.conforms
    assert any("evidence/a000000000001/0-82" in v and "csto:charStart" in v and "xsd:integer" in v
               for v in report.violations), report.violations


def test_evidence_with_start_after_end_is_reported(tiny_out, tmp_path):
    def edit(lines):
        return [ln.replace(f'"0"^^<{XSD}integer>', f'"500"^^<{XSD}integer>')
                if ln.startswith(f"{EVIDENCE} <{CSTO}charStart>") else ln for ln in lines]

    report = validate(broken_copy(tiny_out, tmp_path / "bad", edit))
    assert any("csto:charStart" in v and "csto:charEnd" in v for v in report.violations), report.violations


def test_event_without_evidence_breaks_the_provenance_rule(tiny_out, tmp_path):
    report = validate(broken_copy(tiny_out, tmp_path / "bad", drop(f"{EVENT} <http://www.w3.org/ns/prov#wasDerivedFrom>")))
    assert report.violations == [
        f"{EVENT} prov:wasDerivedFrom: no prov:wasDerivedFrom link to a csto:Evidence sentence"]


def test_event_date_in_words_is_reported(tiny_out, tmp_path):
    def edit(lines):
        return [ln.replace(f'"2021-12-08"^^<{XSD}date>', '"8 December 2021"')
                if ln.startswith(f"{EVENT} <https://schema.org/startDate>") else ln for ln in lines]

    report = validate(broken_copy(tiny_out, tmp_path / "bad", edit))
    assert any(EVENT.strip("<>") in v and "schema:startDate" in v for v in report.violations), report.violations


def test_organization_kind_outside_the_allowed_set_is_reported(tiny_out, tmp_path):
    def edit(lines):
        return [ln.replace('"state"', '"country"') for ln in lines]

    report = validate(broken_copy(tiny_out, tmp_path / "bad", edit))
    kinds = [v for v in report.violations if "csto:kind" in v]
    assert len(kinds) == 2 and all('"country"' in v for v in kinds)


def test_first_evidence_after_last_is_reported(tiny_out, tmp_path):
    def edit(lines):
        return [ln.replace('"2021-06"', '"2022-01"') if "firstEvidence" in ln else ln for ln in lines]

    report = validate(broken_copy(tiny_out, tmp_path / "bad", edit))
    assert any("2022-01 comes after csto:lastEvidence 2021-12-08" in v for v in report.violations)


def test_cli_validate_prints_violations_and_exits_1(tiny_out, tmp_path):
    out = broken_copy(tiny_out, tmp_path / "bad", drop(f"{CHAIR} <{CSTO}agent>"))
    result = CliRunner().invoke(main, ["validate", str(out)])
    assert result.exit_code == 1
    assert "exactly one agent" in result.stdout


def test_cli_validate_exits_0_on_a_conforming_graph(tiny_out):
    result = CliRunner().invoke(main, ["validate", str(tiny_out)])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_cli_validate_without_a_graph_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "holds no built graph" in result.output
