"""Printed values of ExifTool's JFIF::Main table (lib/Image/ExifTool/JPEG.pm, 12.57): group JFIF."""

from typing import Any

from .convert import lookup, text_of
from .table import Table


def jfif_version(value: Any) -> str:
    """The APP0 version bytes as ``major.minor`` with two minor digits: ``1 2`` is ``"1.02"``."""
    major, minor = (int(part) for part in text_of(value).split()[:2])
    return f"{major}.{minor:02d}"


TABLE = Table(
    {
        "JFIFVersion": jfif_version,
        "ResolutionUnit": lookup({0: "None", 1: "inches", 2: "cm"}),
    }
)
