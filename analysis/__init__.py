"""imgmeta's forensic engine: plain Python, no Django. Bytes in, a typed :class:`Report` out.

>>> report = analyse(open("photo.jpg", "rb").read(), filename="photo.jpg")
>>> report.to_dict()["analysis"]["verdict"]
"""

from .engine import ENGINE_VERSION, analyse
from .result import FileInfo, Finding, ImageInfo, ReadWarning, Report

__all__ = ["ENGINE_VERSION", "FileInfo", "Finding", "ImageInfo", "ReadWarning", "Report", "analyse"]
