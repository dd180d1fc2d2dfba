"""Printed values of ExifTool's Kodak APP3 ``Meta`` sub-IFD tables (Kodak.pm SpecialEffects and
Borders, 12.57) for the KodakEffectsIFD and KodakBordersIFD groups, keyed by tag name (the MetaIFD
tags print as their ``-n`` values)."""

import re
from typing import Any

from ..table import Table

_CHARSET = re.compile(r"^(ASCII|UNICODE|JIS)")


def exif_text(value: Any) -> Any:
    """Exif.pm ConvertExifText as a PrintConv: the text without its character-code name (the
    ``-n`` value keeps it: ``UNICODENone`` prints ``None``)."""
    return _CHARSET.sub("", value) if isinstance(value, str) else value


TABLES: dict[str, Table] = {
    "KodakEffectsIFD": Table(rows={"DigitalEffectsName": exif_text}),
    "KodakBordersIFD": Table(rows={"BorderName": exif_text}),
}
