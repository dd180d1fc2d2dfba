"""ExifTool's GPS Composite tags (GPS.pm ``%Image::ExifTool::GPS::Composite``, 12.57): signed
coordinates and altitude, the position as one value, and the GPS date and time in UTC; and the
hemisphere references XMP.pm derives from XMP-exif coordinates.

``GPSLatitude``/``GPSLongitude`` are signed decimal degrees in ``-n`` (south and west negative): the
form :func:`cases.facts.gps_point` reads first.
"""

import re
from typing import Any

from ..printconv.convert import computed, dms, number_of, text_of
from .table import Composite, Inputs, is_float, true


def _signed(negative: str):
    def convert(v: Inputs) -> Any:
        """The coordinate, negated when its reference starts with ``negative`` (S or W)."""
        number = number_of(v.val[0])
        if number is None:
            return v.val[0]
        return -number if re.match(negative, str(v.val[1]), re.IGNORECASE) else number

    return convert


def _coordinate(name: str, negative: str, reference: str) -> Composite:
    printer = dms(reference)
    return Composite(
        name,
        _signed(negative),
        require={0: f"GPS:{name}", 1: f"GPS:{name}Ref"},
        printed=lambda v, value: printer(value),
    )


def altitude(v: Inputs) -> float | None:
    """The altitude in metres, negative below sea level (from the EXIF GPS tags, else XMP's)."""
    if v.val[1] is None and v.val[3] is None:
        return None
    for i in (0, 2):
        if v.val[i] is not None and is_float(v.val[i]) and v.val[i + 1] is not None:
            number = number_of(v.val[i])
            return -abs(number) if true(v.val[i + 1]) else number
    return None


def print_altitude(v: Inputs, value: float) -> str:
    """``"12.3 m Above Sea Level"`` (tenths cut, not rounded, as ExifTool does)."""
    for i in (0, 2):
        if v.val[i] is not None and is_float(v.val[i]) and "Sea" in str(v.prt[i + 1] or ""):
            return f"{_tenths(number_of(v.val[i]))} m {v.prt[i + 1]}"
    text = _tenths(value)
    return f"{text.removeprefix('-')} m Below Sea Level" if text.startswith("-") else f"{text} m Above Sea Level"


def _tenths(number: float) -> str:
    return computed(int(number * 10) / 10)


def position(v: Inputs) -> list[Any] | None:
    """The position, [latitude, longitude] in signed degrees (ExifTool's ``-n`` joins them with a space)."""
    return [v.val[0], v.val[1]] if text_of(v.val[0]) or text_of(v.val[1]) else None


def _xmp_reference(name: str, negative: str, positive: str) -> Composite:
    """XMP.pm Composite GPSLatitudeRef and kin: the hemisphere of an XMP-exif coordinate (its sign,
    or the last N/S or E/W letter of a text coordinate)."""
    full = {"N": "North", "S": "South", "E": "East", "W": "West"}

    def convert(v: Inputs) -> Any:
        if is_float(v.val[0]):
            return negative if number_of(v.val[0]) < 0 else positive
        letters = re.findall(f"[{negative}{positive}]", str(v.val[0]))
        return letters[-1] if letters else None

    return Composite(
        f"{name}Ref",
        convert,
        require={0: f"XMP-exif:{name}"},
        printed=lambda v, value: full.get(value, f"Unknown ({value})"),
    )


ROWS = [
    _xmp_reference("GPSLatitude", "S", "N"),
    _xmp_reference("GPSLongitude", "W", "E"),
    _xmp_reference("GPSDestLatitude", "S", "N"),
    _xmp_reference("GPSDestLongitude", "W", "E"),
    Composite(
        "GPSDateTime",
        lambda v: f"{v.val[0]} {v.val[1]}Z",
        require={0: "GPS:GPSDateStamp", 1: "GPS:GPSTimeStamp"},
    ),
    _coordinate("GPSLatitude", "S", "N"),
    _coordinate("GPSLongitude", "W", "E"),
    Composite(
        "GPSAltitude",
        altitude,
        desire={0: "GPS:GPSAltitude", 1: "GPS:GPSAltitudeRef", 2: "XMP:GPSAltitude", 3: "XMP:GPSAltitudeRef"},
        printed=print_altitude,
    ),
    _coordinate("GPSDestLatitude", "S", "N"),
    _coordinate("GPSDestLongitude", "W", "E"),
    Composite(
        "GPSPosition",
        position,
        require={0: "GPSLatitude", 1: "GPSLongitude"},
        priority=0,
        printed=lambda v, value: f"{v.prt[0]}, {v.prt[1]}",
    ),
]
