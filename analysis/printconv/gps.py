"""Printed values of ExifTool's GPS::Main table (lib/Image/ExifTool/GPS.pm, 12.57): group GPS.
Coordinates print as degrees, minutes and seconds without the hemisphere, which the Ref tags carry
(ExifTool adds it only in its Composite tags)."""

import re
from typing import Any

from .convert import computed, dms, dotted, lookup, suffix
from .table import Table

ALTITUDE_REF = {
    0: "Above Sea Level",
    1: "Below Sea Level",
}

NORTH_REF = {
    "M": "Magnetic North",
    "T": "True North",
}

DISTANCE_REF = {
    "K": "Kilometers",
    "M": "Miles",
    "N": "Nautical Miles",
}

LATITUDE_REF = {
    "N": "North",
    "S": "South",
}

LONGITUDE_REF = {
    "E": "East",
    "W": "West",
}

DIFFERENTIAL = {
    0: "No Correction",
    1: "Differential Corrected",
}

MEASURE_MODE = {
    2: "2-Dimensional Measurement",
    3: "3-Dimensional Measurement",
}

SPEED_REF = {
    "K": "km/h",
    "M": "mph",
    "N": "knots",
}

STATUS = {
    "A": "Measurement Active",
    "V": "Measurement Void",
}


def time_stamp(value: Any) -> Any:
    """GPSTimeStamp with its seconds rounded to 6 decimals (GPS.pm PrintTimeStamp):
    ``"10:04:05.1234567"`` prints ``"10:04:05.123457"``; whole seconds stay as they are."""
    match = _FRACTIONAL_SECONDS.search(value) if isinstance(value, str) else None
    if not match:
        return value
    seconds = int(float(match.group(1)) * 1_000_000 + 0.5) / 1_000_000
    return f"{value[: match.start()]}:{'0' if seconds < 10 else ''}{computed(seconds)}"


_FRACTIONAL_SECONDS = re.compile(r":(\d{2}\.\d+)$")

# Tags ExifTool reads as text (Writable 'string').
TEXT = frozenset({"GPSDateStamp", "GPSMapDatum", "GPSSatellites"})

TABLE = Table(
    {
        "GPSAltitude": suffix(" m"),
        "GPSAltitudeRef": lookup(ALTITUDE_REF),
        "GPSDestBearingRef": lookup(NORTH_REF),
        "GPSDestDistanceRef": lookup(DISTANCE_REF),
        "GPSDestLatitude": dms(),
        "GPSDestLatitudeRef": lookup(LATITUDE_REF),
        "GPSDestLongitude": dms(),
        "GPSDestLongitudeRef": lookup(LONGITUDE_REF),
        "GPSDifferential": lookup(DIFFERENTIAL),
        "GPSHPositioningError": suffix(" m"),
        "GPSImgDirectionRef": lookup(NORTH_REF),
        "GPSLatitude": dms(),
        "GPSLatitudeRef": lookup(LATITUDE_REF),
        "GPSLongitude": dms(),
        "GPSLongitudeRef": lookup(LONGITUDE_REF),
        "GPSMeasureMode": lookup(MEASURE_MODE),
        "GPSSpeedRef": lookup(SPEED_REF),
        "GPSStatus": lookup(STATUS),
        "GPSTimeStamp": time_stamp,
        "GPSTrackRef": lookup(NORTH_REF),
        "GPSVersionID": dotted,
    },
    text=TEXT,
)
