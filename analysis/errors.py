"""Exceptions of the forensic engine, one meaning each.

Readers raise these; :func:`analysis.analyse` turns them into ``Report.error`` so that callers
never see an exception for bad input.
"""


class AnalysisError(Exception):
    """Base of every error the engine reports about its input."""


class NotAnImageError(AnalysisError):
    """The bytes are not a file type the engine knows (HTTP 415 at the API)."""


class MalformedDataError(AnalysisError):
    """A known file type, but its structure is broken where it must be read (HTTP 400)."""


class LimitError(AnalysisError):
    """The input exceeds a limit from :mod:`analysis.limits` (HTTP 400, or 413 for size)."""
