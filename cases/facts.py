"""Facts the pages draw from a stored report (``Analysis.report``): where and when a picture was taken.

Reports are the JSON of ``/api/extract/``; any key may be missing (older engines, unreadable
files), so every function here returns None rather than raising.
"""

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from analysis.reading import device_name
from analysis.result import SoftwareRole

# ExifTool family-1 groups these facts are read from.
EXIF_GROUP, GPS_GROUP, COMPOSITE_GROUP = "ExifIFD", "GPS", "Composite"

# The typed metadata places the printable report shows for each image: (group, tag, label).
KEY_FIELDS = [
    ("IFD0", "Make", "Camera make"),
    ("IFD0", "Model", "Camera model"),
    ("IFD0", "Software", "Software"),
    ("IFD0", "Artist", "Artist"),
    ("IFD0", "Copyright", "Copyright"),
]
SEVERITY_ORDER = ["info", "low", "medium", "high"]
# Software roles that change the picture after capture: the "edited" badge (same roles as the
# engine's summary, analysis.reading.summarise).
EDITOR_ROLES = (SoftwareRole.EDITOR.value, SoftwareRole.RAW_CONVERTER.value)

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

    Read from the Composite GPSLatitude/GPSLongitude (signed), else the GPS group's unsigned
    values and their N/S/E/W refs.
    """
    if not report:
        return None
    metadata = report.get("metadata") or {}
    composite = metadata.get(COMPOSITE_GROUP) or {}
    group = metadata.get(GPS_GROUP) or {}
    for lat, lon in (
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
    """DateTimeOriginal with OffsetTimeOriginal where present (ExifIFD group), or None when
    absent or not a valid date ("0000:00:00 00:00:00")."""
    if not report:
        return None
    exif = (report.get("metadata") or {}).get(EXIF_GROUP) or {}
    text = exif.get("DateTimeOriginal")
    offset = exif.get("OffsetTimeOriginal")
    local = _parse_date_time(text)
    if local is None:
        return None
    offset = offset.strip() if isinstance(offset, str) and _OFFSET.fullmatch(offset.strip()) else None
    if not datetime.min + _CALENDAR_EDGE <= local <= datetime.max - _CALENDAR_EDGE:
        offset = None  # moved to UTC, the time would leave the calendar (years 1 to 9999)
    return CaptureTime(local, offset)


def text_tag(report: dict[str, Any] | None, group: str, tag: str) -> str | None:
    """The text of ``group:tag`` in the report's metadata, cut at its first NUL (fixed-length
    EXIF strings are NUL-padded; stored reports show NUL as U+2400) and stripped; None when
    absent, empty or not text."""
    value = ((report or {}).get("metadata") or {}).get(group, {}).get(tag)
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    return re.split("[\x00\u2400]", value, maxsplit=1)[0].strip() or None


def camera(report: dict[str, Any] | None) -> tuple[str | None, str | None]:
    """``(make, model)`` as recorded in ``IFD0:Make`` and ``IFD0:Model`` (None where absent)."""
    return text_tag(report, "IFD0", "Make"), text_tag(report, "IFD0", "Model")


def camera_name(report: dict[str, Any] | None) -> str | None:
    """ "Canon EOS 40D": make and model, the model alone when it already names the make."""
    return device_name(*camera(report))


def reading(report: dict[str, Any] | None) -> dict[str, Any]:
    """The report's reading (``analysis``: summary, findings, software, ai, rules_run) as the
    engine stores it; ``{}`` for reports of engines before the reading existed."""
    analysis = (report or {}).get("analysis") or {}
    return analysis if "rules_run" in analysis else {}


def software_names(report: dict[str, Any] | None) -> list[str]:
    """Names of the programs the reading found ("Adobe Photoshop 24.0"), in its order."""
    names = []
    for software in reading(report).get("software") or []:
        name = " ".join(str(part) for part in (software.get("name"), software.get("version")) if part)
        if name:
            names.append(name)
    return names


def ai_generator(report: dict[str, Any] | None) -> str | None:
    """The declared AI generator, or None when the file declares no AI generation."""
    ai = reading(report).get("ai") or {}
    return (ai.get("generator") or "declared") if ai.get("declared") else None


def highest_severity(report: dict[str, Any] | None) -> str | None:
    """The highest severity among the reading's findings, or None without findings."""
    found = {finding.get("severity") for finding in reading(report).get("findings") or []}
    return next((severity for severity in reversed(SEVERITY_ORDER) if severity in found), None)


def rules_run(report: dict[str, Any] | None) -> int | None:
    """How many forensic rules ran on the file; None when they never did (an older engine, or
    a file the engine stopped on before its rules): then no finding list, even an empty one,
    says anything about the file."""
    count = reading(report).get("rules_run")
    return count if isinstance(count, int) and not isinstance(count, bool) else None


def severity_counts(report: dict[str, Any] | None) -> dict[str, int]:
    """``{severity: number of findings}`` of the reading, every severity present, high first."""
    found = [finding.get("severity") for finding in reading(report).get("findings") or []]
    return {severity: found.count(severity) for severity in reversed(SEVERITY_ORDER)}


def edited(report: dict[str, Any] | None) -> bool:
    """True when the reading names an editor or raw converter (:data:`EDITOR_ROLES`)."""
    return any(software.get("role") in EDITOR_ROLES for software in reading(report).get("software") or [])


def key_metadata(report: dict[str, Any] | None) -> list[tuple[str, Any]]:
    """``(label, value)`` of the :data:`KEY_FIELDS` the report has, then the pixel size."""
    if not report:
        return []
    rows = [(label, value) for group, tag, label in KEY_FIELDS if (value := text_tag(report, group, tag))]
    image = report.get("image") or {}
    if image.get("width") and image.get("height"):
        rows.append(("Pixels", f"{image['width']} x {image['height']}"))
    return rows


def key_facts(report: dict[str, Any] | None) -> list[tuple[str, str]]:
    """``(label, text)`` of what an investigator reads first, in ExifTool's printed forms: camera,
    lens, capture time (with sub-seconds and UTC offset where recorded), exposure, GPS position and
    image size. Read from the typed metadata: the Composite tags ExifTool derives (LensID,
    SubSecDateTimeOriginal, ShutterSpeed, Aperture, FocalLength35efl, GPSPosition, ImageSize...),
    else the EXIF tags they come from. A fact the report lacks is left out."""
    if not report:
        return []
    facts = [
        ("Camera", camera_name(report)),
        ("Lens", _first_printed(report, ("Composite", "LensID"), ("ExifIFD", "LensModel"), ("Composite", "Lens"))),
        (
            "Captured",
            _first_printed(
                report,
                ("Composite", "SubSecDateTimeOriginal"),
                ("ExifIFD", "DateTimeOriginal"),
                ("Composite", "DateTimeOriginal"),
            ),
        ),
        ("Exposure", _exposure(report)),
        ("GPS position", _position(report)),
        ("Image size", _image_size(report)),
    ]
    return [(label, text) for label, text in facts if text]


def _printed(report: dict[str, Any], group: str, tag: str) -> str | None:
    """``group:tag`` as ExifTool prints it (``metadata_print``, else the value), as text; None when absent."""
    printed = (report.get("metadata_print") or {}).get(group) or {}
    value = printed.get(tag, ((report.get("metadata") or {}).get(group) or {}).get(tag))
    if value is None or isinstance(value, dict | list) or value == "":
        return None
    return str(value)


def _first_printed(report: dict[str, Any], *places: tuple[str, str]) -> str | None:
    return next((text for group, tag in places if (text := _printed(report, group, tag))), None)


def _exposure(report: dict[str, Any]) -> str | None:
    """ "1/200 s, f/5.6, ISO 100, 50.0 mm (35 mm equivalent: 75.0 mm)" from what the file records."""
    shutter = _first_printed(report, ("Composite", "ShutterSpeed"), ("ExifIFD", "ExposureTime"))
    aperture = _first_printed(report, ("Composite", "Aperture"), ("ExifIFD", "FNumber"))
    iso = _first_printed(report, ("ExifIFD", "ISO"), ("Composite", "ISO"))
    focal = _first_printed(report, ("Composite", "FocalLength35efl"), ("ExifIFD", "FocalLength"))
    parts = [
        f"{shutter} s" if shutter else None,
        f"f/{aperture}" if aperture else None,
        f"ISO {iso}" if iso else None,
        focal,
    ]
    return ", ".join(part for part in parts if part) or None


def _position(report: dict[str, Any]) -> str | None:
    """The printed GPSPosition, with the printed GPSAltitude after it where recorded."""
    position = _printed(report, "Composite", "GPSPosition")
    altitude = _printed(report, "Composite", "GPSAltitude")
    return f"{position}, {altitude}" if position and altitude else position


def _image_size(report: dict[str, Any]) -> str | None:
    """ "4000x3000 (12.0 megapixels)"."""
    size = _printed(report, "Composite", "ImageSize")
    megapixels = _printed(report, "Composite", "Megapixels")
    return f"{size} ({megapixels} megapixels)" if size and megapixels else size


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
