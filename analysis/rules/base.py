"""What a rule sees, and the helpers rules share to name their evidence.

A rule is a module in :mod:`analysis.rules` with ``NAME`` (the rule id stored with its findings)
and ``check(subject) -> Iterable[Finding]``. Its docstring says what it reads, what a finding
proves and does not prove, and its source (a ``SIGNATURES.md`` row or a specification).
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from ..result import Evidence, Finding, Report


@dataclass(frozen=True)
class Subject:
    """One file as the rules see it: the report so far (metadata, sections, image, software,
    AI declaration), the file's bytes (for byte offsets) and the upload's file name (user
    controlled: weak evidence at most)."""

    report: Report
    data: bytes
    filename: str

    def tag(self, place: str) -> Any:
        """The value at ``"Group:Tag"`` (ExifTool family-1 names), or None."""
        group, _, name = place.partition(":")
        return self.report.tag(group, name)

    def evidence(self, place: str) -> Evidence | None:
        """``Evidence(place, value)`` when ``"Group:Tag"`` holds a value, else None."""
        value = self.tag(place)
        return None if value is None or value == "" else Evidence(place, value)

    def first(self, *places: str) -> Evidence | None:
        """Evidence of the first of ``places`` that holds a value, or None."""
        return next((found for found in map(self.evidence, places) if found), None)

    @property
    def segments(self) -> list[dict[str, Any]]:
        """The JPEG segments in file order (``marker``, ``offset``, ``length``, ``identifier``);
        empty for other formats."""
        return list((self.report.sections.get("jpeg") or {}).get("segments") or [])

    @property
    def c2pa(self) -> dict[str, Any] | None:
        """The ``c2pa`` section (Content Credentials), or None."""
        section = self.report.sections.get("c2pa")
        return section if isinstance(section, dict) else None


class Rule(Protocol):
    NAME: str

    def check(self, subject: Subject) -> Iterable[Finding]: ...


def present(*items: Evidence | None) -> Iterator[Evidence]:
    """The items that are not None (evidence lists often mix found and missing places)."""
    return (item for item in items if item is not None)
