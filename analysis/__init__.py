"""imgmeta's forensic engine: plain Python, no Django. Bytes in, a typed :class:`Report` out.

>>> report = analyse(open("photo.jpg", "rb").read(), filename="photo.jpg")
>>> report.summary, [finding.title for finding in report.findings]
"""

from .engine import ENGINE_VERSION, analyse
from .result import AIDeclaration, Evidence, FileInfo, Finding, ImageInfo, ReadWarning, Report, Severity, Software

__all__ = [
    "ENGINE_VERSION",
    "AIDeclaration",
    "Evidence",
    "FileInfo",
    "Finding",
    "ImageInfo",
    "ReadWarning",
    "Report",
    "Severity",
    "Software",
    "analyse",
]
