"""JVC maker-note tag tables: ids, names and conversions from ExifTool 12.57 JVC.pm (Main, Text)."""

import re

from ..table import Table, Tag


def _cpu_versions(value: object) -> object:
    """JVC.pm CPUVersions: trailing NULs and blanks removed, the others joined with ", "."""
    if not isinstance(value, bytes | str):
        return value
    text = value if isinstance(value, str) else value.decode("latin-1")
    text = re.sub(r"(\s*\x00)+$", "", text)
    return re.sub(r"(\s*\x00)+", ", ", text)


MAIN = Table({0x0002: Tag("CPUVersions", fmt="undef", conv=_cpu_versions), 0x0003: "Quality"})
TEXT = Table({"VER": "MakerNoteVersion", "QTY": "Quality"})
