"""Detection rules: one module per rule (or small family), each registered in :data:`RULES`.

Every rule reads named places of the report and returns :class:`~analysis.result.Finding`
objects whose evidence names those places. Adding a rule is adding its module here.
"""

import logging
from types import ModuleType

from ..result import Finding, ReadWarning
from . import (
    ai_declared,
    c2pa_state,
    c2pa_vs_metadata,
    date_triangle,
    dimensions,
    editor_on_camera,
    gps_time,
    iptc_digest,
    makernote_consistency,
    progressive_camera,
    segment_order,
    thumbnail_aspect,
    trailing_data,
    xmp_history,
)
from .base import Subject

logger = logging.getLogger(__name__)

RULES: list[ModuleType] = [
    date_triangle,
    dimensions,
    gps_time,
    makernote_consistency,
    thumbnail_aspect,
    ai_declared,
    c2pa_state,
    c2pa_vs_metadata,
    iptc_digest,
    progressive_camera,
    segment_order,
    trailing_data,
    xmp_history,
    editor_on_camera,
]


def run_rules(subject: Subject, *, strict: bool = False) -> tuple[list[Finding], list[ReadWarning], int]:
    """Run every rule on ``subject``.

    Returns the findings (highest severity first, then in rule order), a warning for each rule
    that raised (group ``"Rules"``; the other rules still run) and how many rules ran to the end.
    In strict mode (tests) a rule that raises is re-raised.
    """
    findings: list[Finding] = []
    warnings: list[ReadWarning] = []
    completed = 0
    for rule in RULES:
        try:
            found = list(rule.check(subject))
        except Exception as exc:
            if strict:
                raise
            logger.exception("rule %s failed", rule.NAME)
            warnings.append(ReadWarning("Rules", f"rule {rule.NAME} could not run ({type(exc).__name__})"))
            continue
        completed += 1
        findings.extend(found)
    findings.sort(key=lambda finding: -finding.severity.rank)
    return findings, warnings, completed
