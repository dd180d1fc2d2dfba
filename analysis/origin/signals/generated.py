"""Signals of AI generation: the file's own declaration (SIGNATURES.md §5)."""

from collections.abc import Iterator

from ...result import OriginSignal, SoftwareRole, Strength
from ...rules.base import Subject


def ai_declaration(subject: Subject) -> Iterator[OriginSignal]:
    """An explicit AI declaration (C2PA digitalSourceType, IPTC DigitalSourceType, generator text
    chunks; A8-A30): strong, as it is specific to generators — though it can be removed or forged,
    and its absence proves nothing (A31)."""
    ai = subject.report.ai
    if ai.declared and ai.evidence:
        yield OriginSignal("ai_declared", "ai_generated", Strength.STRONG, tuple(ai.evidence), ai.generator)


def generator_named(subject: Subject) -> Iterator[OriginSignal]:
    """A program of role generator named in the file without an explicit declaration (e.g. a C2PA
    claim generator "Adobe_Firefly" whose actions name no digital source type): medium, since a
    generator can also edit an image it did not make."""
    if subject.report.ai.declared:
        return
    for software in subject.report.software:
        if software.role is SoftwareRole.GENERATOR and software.places:
            places = tuple(software.places)
            yield OriginSignal("generator_named", "ai_generated", Strength.MEDIUM, places, software.name)
