"""Stored reports of the current engine written by hand for page tests: a typed reading
(``analysis``: summary, findings, software, ai, rules_run) with exactly the values a test needs."""

from typing import Any

from analysis import ENGINE_VERSION
from analysis.result import NO_AI_DECLARATION
from cases.models import Analysis, EvidenceImage

NO_AI = {
    "declared": False,
    "by": [],
    "generator": None,
    "model": None,
    "prompt": None,
    "negative_prompt": None,
    "seed": None,
    "steps": None,
    "sampler": None,
    "cfg_scale": None,
    "size": None,
    "workflow": None,
    "statement": NO_AI_DECLARATION,
    "evidence": [],
}


UNKNOWN_ORIGIN = {"label": "unknown", "confidence": 0.0, "detail": None, "signals": [], "alternatives": []}


def signal(name: str, points_to: str, strength: str, *evidence: tuple[str, Any], detail: str | None = None) -> dict:
    """An origin signal as the engine stores it."""
    weight = {"weak": 0.3, "medium": 0.6, "strong": 0.9}[strength]
    return {
        "signal": name,
        "points_to": points_to,
        "weight": weight,
        "strength": strength,
        "detail": detail,
        "evidence": [{"where": where, "value": value} for where, value in evidence],
    }


def finding(severity: str, title: str, *evidence: tuple[str, Any], **fields: str) -> dict[str, Any]:
    """A finding as the engine stores it; ``evidence`` as ``(where, value)`` pairs."""
    return {
        "rule": fields.get("rule", "test_rule"),
        "severity": severity,
        "title": title,
        "detail": fields.get("detail", ""),
        "proves": fields.get("proves", ""),
        "does_not_prove": fields.get("does_not_prove", ""),
        "evidence": [{"where": where, "value": value} for where, value in evidence or [("IFD0:Software", "x")]],
    }


def software(name: str, version: str | None, role: str, *places: tuple[str, Any]) -> dict[str, Any]:
    return {"name": name, "version": version, "role": role, "places": [{"where": w, "value": v} for w, v in places]}


def typed_report(
    *,
    summary: str = "No camera, editing software or AI declaration recorded in the file",
    findings: list[dict] = (),
    programs: list[dict] = (),
    ai: dict[str, Any] | None = None,
    rules_run: int | None = 14,
    metadata: dict[str, dict[str, Any]] | None = None,
    origin: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A report of the current engine; ``ai`` fields are merged over a file declaring no AI and
    ``origin`` over an unknown origin."""
    return {
        "file": {"size": 1000, "type": "JPEG", "mime": "image/jpeg", "md5": "0", "sha1": "0", "sha256": "0"},
        "image": {"format": "JPEG", "mode": "RGB", "width": 640, "height": 480},
        "metadata": metadata or {},
        "warnings": [],
        "analysis": {
            "summary": summary,
            "findings": list(findings),
            "software": list(programs),
            "ai": NO_AI | (ai or {}),
            "rules_run": rules_run,
            "origin": UNKNOWN_ORIGIN | (origin or {}),
        },
        "engine_version": ENGINE_VERSION,
    }


def store(image: EvidenceImage, report: dict[str, Any], engine_version: str = ENGINE_VERSION) -> Analysis:
    """Make ``report`` the image's latest analysis."""
    return Analysis.objects.create(image=image, engine_version=engine_version, report=report)
