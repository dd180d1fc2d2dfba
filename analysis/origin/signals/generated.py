"""Signals of AI generation: the file's own declaration (SIGNATURES.md §5)."""

from collections.abc import Iterator

from ...result import OriginSignal, Strength
from ...rules.base import Subject


def ai_declaration(subject: Subject) -> Iterator[OriginSignal]:
    """An explicit AI declaration (C2PA digitalSourceType, IPTC DigitalSourceType, generator text
    chunks; A8-A30): strong, as it is specific to generators — though it can be removed or forged,
    and its absence proves nothing (A31)."""
    ai = subject.report.ai
    if ai.declared and ai.evidence:
        yield OriginSignal("ai_declared", "ai_generated", Strength.STRONG, tuple(ai.evidence), ai.generator)
