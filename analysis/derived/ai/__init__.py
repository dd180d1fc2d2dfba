"""What the file declares about AI generation (SIGNATURES.md §5)."""

from ...result import AIDeclaration, Report


def read_ai(report: Report) -> AIDeclaration:
    """The AI declaration and generation parameters ``report`` carries."""
    return AIDeclaration()
