"""Every program that touched the file, from the places that name one (SIGNATURES.md §4)."""

from ..result import Report, Software


def find_software(report: Report) -> list[Software]:
    """The programs named in ``report``'s metadata and sections, one entry per program."""
    return []
