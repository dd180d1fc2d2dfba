"""ExifTool's date/time Composite tags: EXIF dates with their sub-seconds and time-zone offsets
(Exif.pm ``%subSecConv``), IPTC's date and time joined (IPTC.pm Composite), and DateTimeOriginal taken
from IPTC/XMP creation dates where the file has none (Exif.pm Composite DateTimeOriginal). ExifTool
prints a date as it is unless asked for another format, so these print as their ``-n`` value.
"""

import re
from typing import Any

from .table import Composite, Inputs, true

_TIME = re.compile(r"( \d{2}:\d{2}:\d{2})(?!\.\d+)")
_OFFSET = re.compile(r"^([-+])(\d{1,2}):(\d{2})")


def sub_sec(v: Inputs) -> str | None:
    """The date with its sub-seconds after the seconds and its offset (``+02:00``) at the end; none
    when the file has neither."""
    date, fraction, offset = (None if x is None else str(x) for x in v.val[:3])
    result = None
    digits = re.match(r"\d+", fraction) if fraction is not None else None
    if digits:
        result, count = _TIME.subn(lambda m: f"{m.group(1)}.{digits.group()}", date, count=1)
        result = result if count else None
    zone = _OFFSET.match(offset) if offset is not None and not re.search(r"[-+]", date) else None
    if zone:
        result = (result or date) + f"{zone.group(1)}{int(zone.group(2)):02d}:{zone.group(3)}"
    return result


def _sub_sec_row(name: str, date: str, fraction: str, offset: str) -> Composite:
    return Composite(name, sub_sec, require={0: f"EXIF:{date}"}, desire={1: fraction, 2: offset})


def _joined(v: Inputs) -> str:
    return f"{v.val[0]} {v.val[1]}"


def date_time_original(v: Inputs) -> Any:
    """DateTimeCreated where it has a time, else DateCreated and TimeCreated joined."""
    if not (true(v.val[1]) and true(v.val[2])):
        return None
    if true(v.val[0]) and " " in str(v.val[0]):
        return v.val[0]
    return f"{v.val[1]} {v.val[2]}"


ROWS = [
    _sub_sec_row("SubSecDateTimeOriginal", "DateTimeOriginal", "SubSecTimeOriginal", "OffsetTimeOriginal"),
    _sub_sec_row("SubSecCreateDate", "CreateDate", "SubSecTimeDigitized", "OffsetTimeDigitized"),
    _sub_sec_row("SubSecModifyDate", "ModifyDate", "SubSecTime", "OffsetTime"),
    Composite("DateTimeCreated", _joined, require={0: "IPTC:DateCreated", 1: "IPTC:TimeCreated"}),
    Composite(
        "DigitalCreationDateTime", _joined, require={0: "IPTC:DigitalCreationDate", 1: "IPTC:DigitalCreationTime"}
    ),
    Composite(
        "DateTimeOriginal",
        date_time_original,
        desire={0: "DateTimeCreated", 1: "DateCreated", 2: "TimeCreated"},
        inhibit=("DateTimeOriginal",),
    ),
]
