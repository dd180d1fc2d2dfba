"""Date-times as the metadata writes them, parsed for comparison by the date rules.

EXIF dates are local wall-clock times ``"YYYY:MM:DD HH:MM:SS"`` without a zone; Exif 2.31 adds
``OffsetTime*`` (``"+02:00"``) and ``SubSecTime*`` (decimal digits of a second) for them
(``ET:Exif.pm``). XMP dates are ISO 8601, shown by ExifTool as ``"YYYY:MM:DD HH:MM:SS±HH:MM"``
with optional seconds, fraction and zone, or a date alone (``ET:XMP.pm`` ConvertXMPDate).
GPS date and time are UTC (``GPS:GPSDateStamp`` ``"YYYY:MM:DD"``, ``GPS:GPSTimeStamp``
``"HH:MM:SS.ss"``).

Comparing two stamps is like with like: both in UTC when both carry a zone, otherwise as
wall-clock times, and the caller says so (:attr:`Gap.zones_known`).
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from ..result import Evidence
from .base import Subject

# ExifTool's shape for EXIF and converted XMP dates; ISO separators are accepted too.
STAMP = re.compile(
    r"^(\d{4})[:-](\d\d)[:-](\d\d)"
    r"(?:[ T](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?"
    r"\s*(Z|[+-]\d\d:?\d\d)?$"
)
OFFSET = re.compile(r"^([+-])(\d\d):?(\d\d)$")
GPS_TIME = re.compile(r"^(\d\d?):(\d\d):(\d\d)(?:\.(\d+))?$")

SECOND, MINUTE, DAY = timedelta(seconds=1), timedelta(minutes=1), timedelta(days=1)

# The EXIF capture triangle: each date with the sub-second and zone tags that qualify it (Exif 2.31).
EXIF_DATES = {
    "ExifIFD:DateTimeOriginal": ("ExifIFD:SubSecTimeOriginal", "ExifIFD:OffsetTimeOriginal"),
    "ExifIFD:CreateDate": ("ExifIFD:SubSecTimeDigitized", "ExifIFD:OffsetTimeDigitized"),
    "IFD0:ModifyDate": ("ExifIFD:SubSecTime", "ExifIFD:OffsetTime"),
}


@dataclass(frozen=True)
class Stamp:
    """One date-time found at ``where`` (``"Group:Tag"``, or ``"Group:Tag[i]"`` for a list
    item) holding ``value``: ``wall`` is the clock reading as written (naive), ``offset`` its
    UTC offset when the file states one, ``resolution`` the precision written (a day for a date
    alone, a minute when seconds are missing, else a second). ``qualifiers`` are the evidence
    of the sub-second and zone tags that were applied."""

    where: str
    value: Any
    wall: datetime
    offset: timedelta | None
    resolution: timedelta
    qualifiers: tuple[Evidence, ...] = ()

    @property
    def utc(self) -> datetime | None:
        """The UTC instant, when the zone is known."""
        return None if self.offset is None else self.wall - self.offset

    def evidence(self) -> tuple[Evidence, ...]:
        return (Evidence(self.where, self.value), *self.qualifiers)


@dataclass(frozen=True)
class Gap:
    """``later - earlier`` of two stamps: ``delta`` (positive when the first is later),
    ``tolerance`` (the coarser resolution, at least :data:`SECOND`) and whether both zones
    were known (compared in UTC) or the wall clocks were compared."""

    delta: timedelta
    tolerance: timedelta
    zones_known: bool

    def describe(self, a: Stamp, b: Stamp) -> str:
        """How the two were compared, for a finding's detail."""
        if self.zones_known:
            return "Both carry a time zone, so they were compared in UTC."
        unknown = " and ".join(stamp.where for stamp in (a, b) if stamp.offset is None)
        return f"Compared as wall-clock times: the time zone of {unknown} is not recorded."


def parse(where: str, value: Any, *, subsec: Evidence | None = None, zone: Evidence | None = None) -> Stamp | None:
    """The stamp ``value`` found at ``where``, or None when it is not a real date (blank,
    all-zero, out of range). ``subsec`` and ``zone`` are the ``SubSecTime*`` and
    ``OffsetTime*`` evidence that qualify an EXIF date; a zone written in the value wins."""
    match = STAMP.match(str(value).strip()) if isinstance(value, str) else None
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, written_zone = match.groups()
    try:
        wall = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    qualifiers: list[Evidence] = []
    fraction = fraction or (_digits(subsec.value) if subsec and hour else None)
    if fraction:
        wall += timedelta(seconds=float("0." + fraction))
        if subsec and not match.group(7):
            qualifiers.append(subsec)
    offset = _offset(written_zone)
    if offset is None and zone is not None and hour:
        offset = _offset(zone.value)
        if offset is not None:
            qualifiers.append(zone)
    resolution = DAY if hour is None else MINUTE if second is None else SECOND
    return Stamp(where, value, wall, offset, resolution, tuple(qualifiers))


def gap(later: Stamp, earlier: Stamp) -> Gap:
    """How much ``later`` is after ``earlier`` (negative when it is before), compared in UTC
    when both zones are known, else by wall clock."""
    tolerance = max(later.resolution, earlier.resolution, SECOND)
    if later.utc is not None and earlier.utc is not None:
        return Gap(later.utc - earlier.utc, tolerance, True)
    return Gap(later.wall - earlier.wall, tolerance, False)


def exif_dates(subject: Subject) -> dict[str, Stamp]:
    """The EXIF capture triangle present in ``subject``, keyed by place, each with its
    sub-second and zone tags applied."""
    found = {}
    for place, (subsec, zone) in EXIF_DATES.items():
        stamp = parse(place, subject.tag(place), subsec=subject.evidence(subsec), zone=subject.evidence(zone))
        if stamp is not None:
            found[place] = stamp
    return found


def gps_stamp(subject: Subject) -> Stamp | None:
    """``GPS:GPSDateStamp`` + ``GPS:GPSTimeStamp`` as one UTC stamp (``where`` names the date
    tag, the time tag is a qualifier), or None when either is missing or malformed."""
    date, time = subject.evidence("GPS:GPSDateStamp"), subject.evidence("GPS:GPSTimeStamp")
    if date is None or time is None:
        return None
    day = parse(date.where, date.value)
    clock = GPS_TIME.match(str(time.value).strip())
    if day is None or not clock:
        return None
    hours, minutes, seconds, fraction = clock.groups()
    if int(hours) > 23 or int(minutes) > 59 or int(seconds) > 60:
        return None
    wall = day.wall + timedelta(
        hours=int(hours), minutes=int(minutes), seconds=int(seconds) + float("0." + (fraction or "0"))
    )
    return Stamp(date.where, date.value, wall, timedelta(0), SECOND, (time,))


def format_offset(offset: timedelta) -> str:
    """``"UTC+02:00"`` / ``"UTC-05:30"`` for a zone offset."""
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def format_span(delta: timedelta) -> str:
    """A signed span as ``"+3 d 04:05:06"`` / ``"-00:01:30"`` (whole seconds)."""
    seconds = round(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    days, rest = divmod(abs(seconds), 86400)
    clock = f"{rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}"
    return f"{sign}{days} d {clock}" if days else f"{sign}{clock}"


def now_utc() -> datetime:
    """The current UTC time, naive like the stamps' ``utc`` (a function so tests can replace it)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _offset(text: Any) -> timedelta | None:
    if not isinstance(text, str):
        return None
    if text.strip() == "Z":
        return timedelta(0)
    match = OFFSET.match(text.strip())
    if not match:
        return None
    sign, hours, minutes = match.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes))
    return -offset if sign == "-" else offset


def _digits(value: Any) -> str | None:
    text = str(value).strip()
    return text if text.isdigit() else None
