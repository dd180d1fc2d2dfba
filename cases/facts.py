"""Facts the pages draw from a stored report (``Analysis.report``): where and when a picture was taken.

Reports are the JSON of ``/api/extract/``; any key may be missing (older engines, unreadable
files), so every function here returns None rather than raising.
"""

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

# ExifTool family-1 groups these facts are read from.
EXIF_GROUP, GPS_GROUP, COMPOSITE_GROUP = "ExifIFD", "GPS", "Composite"

# The original API's flat keys (EXIF tag names) the printable report shows for each image.
KEY_FIELDS = [
    ("Make", "Camera make"),
    ("Model", "Camera model"),
    ("Software", "Software"),
    ("Artist", "Artist"),
    ("Copyright", "Copyright"),
]

# EXIF date-time "YYYY:MM:DD HH:MM:SS" (CIPA DC-008 4.6.5, ASCII, 20 bytes); ISO 8601 separators too.
_DATE_TIME = re.compile(r"(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
# EXIF 2.31 OffsetTime* "+HH:MM" / "-HH:MM"; a UTC offset is less than a day.
_OFFSET = re.compile(r"([+-])([01]\d|2[0-3]):([0-5]\d)")
# A time closer than this to either end of the calendar cannot always be moved to UTC.
_CALENDAR_EDGE = timedelta(days=1)
# Latitude 0, longitude 0 (in the Gulf of Guinea) is what devices and editors write into empty
# GPS fields: it is shown as recorded but never taken for a position.
PLACEHOLDER_POINT = (0.0, 0.0)


@dataclass(frozen=True)
class CaptureTime:
    """When the picture was taken as the camera recorded it.

    ``local`` is the camera's wall-clock time; ``offset`` its UTC offset ("+02:00") when the file
    records one (OffsetTimeOriginal), else None, and then ``local`` has no known time zone.
    """

    local: datetime
    offset: str | None

    @property
    def sort_key(self) -> datetime:
        """A UTC instant for ordering: exact with an offset, the wall-clock time read as UTC without."""
        if self.offset:
            return self.aware.astimezone(UTC).replace(tzinfo=None)
        return self.local

    @property
    def aware(self) -> datetime | None:
        match = _OFFSET.fullmatch(self.offset or "")
        if not match:
            return None
        sign = -1 if match[1] == "-" else 1
        delta = timedelta(hours=int(match[2]), minutes=int(match[3]))
        return self.local.replace(tzinfo=timezone(sign * delta))


def gps_point(report: dict[str, Any] | None) -> tuple[float, float] | None:
    """(latitude, longitude) in signed decimal degrees, or None.

    Read from the report's ``gps`` (the original API's reading), else the Composite
    GPSLatitude/GPSLongitude (signed), else the GPS group's unsigned values and their N/S/E/W refs.
    """
    if not report:
        return None
    gps = report.get("gps") or {}
    metadata = report.get("metadata") or {}
    composite = metadata.get(COMPOSITE_GROUP) or {}
    group = metadata.get(GPS_GROUP) or {}
    for lat, lon in (
        (gps.get("latitude"), gps.get("longitude")),
        (composite.get("GPSLatitude"), composite.get("GPSLongitude")),
        (
            _signed(group.get("GPSLatitude"), group.get("GPSLatitudeRef"), "S"),
            _signed(group.get("GPSLongitude"), group.get("GPSLongitudeRef"), "W"),
        ),
    ):
        if _is_coordinate(lat, 90) and _is_coordinate(lon, 180):
            return float(lat), float(lon)
    return None


def is_placeholder(point: tuple[float, float] | None) -> bool:
    """True for exactly (0, 0): almost always a placeholder written into empty GPS fields,
    not a position (see :data:`PLACEHOLDER_POINT`)."""
    return point == PLACEHOLDER_POINT


def capture_time(report: dict[str, Any] | None) -> CaptureTime | None:
    """DateTimeOriginal with OffsetTimeOriginal where present (ExifIFD group, else the report's
    flat keys), or None when absent or not a valid date ("0000:00:00 00:00:00")."""
    if not report:
        return None
    exif = (report.get("metadata") or {}).get(EXIF_GROUP) or {}
    text = exif.get("DateTimeOriginal") or report.get("DateTimeOriginal")
    offset = exif.get("OffsetTimeOriginal") or report.get("OffsetTimeOriginal")
    local = _parse_date_time(text)
    if local is None:
        return None
    offset = offset.strip() if isinstance(offset, str) and _OFFSET.fullmatch(offset.strip()) else None
    if not datetime.min + _CALENDAR_EDGE <= local <= datetime.max - _CALENDAR_EDGE:
        offset = None  # moved to UTC, the time would leave the calendar (years 1 to 9999)
    return CaptureTime(local, offset)


def key_metadata(report: dict[str, Any] | None) -> list[tuple[str, Any]]:
    """``(label, value)`` of the :data:`KEY_FIELDS` the report has, then the pixel size."""
    if not report:
        return []
    rows = [(label, report[key]) for key, label in KEY_FIELDS if report.get(key) not in (None, "")]
    if report.get("width") and report.get("height"):
        rows.append(("Pixels", f"{report['width']} x {report['height']}"))
    return rows


def _parse_date_time(text: Any) -> datetime | None:
    match = _DATE_TIME.match(text.strip()) if isinstance(text, str) else None
    if not match:
        return None
    try:
        return datetime(*(int(part) for part in match.groups()))  # camera clock time: no zone
    except ValueError:
        return None


def _signed(value: Any, ref: Any, negative: str) -> float | None:
    if not isinstance(value, int | float):
        return None
    return -abs(value) if isinstance(ref, str) and ref.upper().startswith(negative) else value


def _is_coordinate(value: Any, bound: float) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and -bound <= value <= bound
    )
