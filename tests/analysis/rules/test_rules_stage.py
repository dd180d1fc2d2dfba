"""The rules stage: findings carry evidence, a failing rule cannot stop the others, order by severity."""

import subprocess
import sys
from types import SimpleNamespace

import pytest

from analysis import analyse, rules
from analysis.result import Evidence, Finding, Severity
from tests.builders import jpeg

EVIDENCE = (Evidence("IFD0:Software", "GIMP 2.10"),)


def _finding(rule: str, severity: Severity) -> Finding:
    return Finding(rule, severity, "title", "detail", "proves", "does not prove", EVIDENCE)


def _rule(name: str, check) -> SimpleNamespace:
    return SimpleNamespace(NAME=name, check=check)


def test_a_finding_without_evidence_cannot_be_made():
    with pytest.raises(ValueError, match="no evidence"):
        Finding("r", Severity.LOW, "t", "d", "p", "n", ())


def test_evidence_must_name_its_place():
    with pytest.raises(ValueError, match="place"):
        Evidence("  ", "value")


def test_a_rule_that_raises_becomes_a_warning_and_the_others_still_run(monkeypatch):
    broken = _rule("broken", lambda subject: 1 / 0)
    working = _rule("working", lambda subject: [_finding("working", Severity.LOW)])
    monkeypatch.setattr(rules, "RULES", [broken, working])
    report = analyse(jpeg())
    assert [f.rule for f in report.findings] == ["working"]
    assert report.rules_run == 1
    assert any(w.group == "Rules" and "broken" in w.message for w in report.warnings)
    assert report.error is None


def test_in_strict_mode_a_rule_that_raises_fails_loudly(monkeypatch):
    monkeypatch.setattr(rules, "RULES", [_rule("broken", lambda subject: 1 / 0)])
    with pytest.raises(ZeroDivisionError):
        analyse(jpeg(), strict=True)


def test_findings_come_highest_severity_first(monkeypatch):
    found = [_finding("a", Severity.INFO), _finding("b", Severity.HIGH), _finding("c", Severity.MEDIUM)]
    monkeypatch.setattr(rules, "RULES", [_rule("all", lambda subject: found)])
    assert [f.severity for f in analyse(jpeg(), strict=True).findings] == ["high", "medium", "info"]


def test_rules_see_the_file_bytes_and_the_upload_name(monkeypatch):
    seen = []
    monkeypatch.setattr(rules, "RULES", [_rule("peek", lambda subject: seen.append(subject) or [])])
    data = jpeg()
    analyse(data, "IMG_0001.JPG", strict=True)
    assert seen[0].data == data and seen[0].filename == "IMG_0001.JPG"


def test_the_reading_is_in_the_report_json_with_evidence(monkeypatch):
    monkeypatch.setattr(rules, "RULES", [_rule("one", lambda subject: [_finding("one", Severity.MEDIUM)])])
    reading = analyse(jpeg(), strict=True).to_dict()["analysis"]
    assert reading["rules_run"] == 1
    assert reading["findings"] == [
        {
            "rule": "one",
            "severity": "medium",
            "title": "title",
            "detail": "detail",
            "proves": "proves",
            "does_not_prove": "does not prove",
            "evidence": [{"where": "IFD0:Software", "value": "GIMP 2.10"}],
        }
    ]
    assert set(reading) == {"summary", "origin", "findings", "software", "ai", "rules_run"}


def test_the_engine_never_loads_the_original_apis_adapter():
    # The legacy verdict is an output adapter of /api/extract/, not part of the engine's reading.
    code = "import sys, analysis; analysis.analyse(b'\\xff\\xd8\\xff\\xd9'); print('analysis.compat' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_stored_report_has_no_legacy_verdict_keys():
    out = analyse(jpeg(), strict=True).to_dict()
    assert "verdict" not in out["analysis"] and "detected_origins" not in out["analysis"]
    assert "format" not in out and "Make" not in out
