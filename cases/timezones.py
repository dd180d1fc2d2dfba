"""The capture time with its UTC offset: recorded by the camera, or inferred from GPS time.

``ExifIFD:DateTimeOriginal`` is the camera's wall clock without a zone; Exif 2.31 adds
``ExifIFD:OffsetTimeOriginal``. When that is missing but the file has a GPS fix,
``GPS:GPSDateStamp`` + ``GPS:GPSTimeStamp`` (UTC from the satellites) against the wall clock give
the zone the camera's clock was set to: the difference rounded to a real zone offset (-12..+14 h
in 15-minute steps, within a few minutes' drift) — SIGNATURES.md R2, read the same way as the
engine's ``gps_time`` rule. An inferred offset is shown as inferred: the GPS time is the last
fix, and the clock may have been left at a home zone, so it says which zone the clock kept, not
where the picture was taken.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from analysis.result import Evidence
from analysis.rules.gps_time import implied_zone as real_zone
from analysis.rules.timestamps import DAY, gps_stamp

from .facts import GPS_GROUP, CaptureTime, capture_time


@dataclass(frozen=True)
class ZonedCapture:
    """A capture time whose ``time.offset`` is recorded, or ``inferred`` from GPS time (then
    ``time.offset`` holds the inferred one); ``time.offset`` is None when neither is known."""

    time: CaptureTime
    inferred: bool = False

    @property
    def utc(self) -> datetime | None:
        """The naive UTC instant when the offset is known (recorded or inferred), else None."""
        return self.time.sort_key if self.time.offset else None

    def describe(self) -> str:
        """ "2008-10-22 16:28:39 UTC+02:00 (inferred from GPS time)", "... UTC+02:00", or
        "... (no time zone recorded)"."""
        local = f"{self.time.local:%Y-%m-%d %H:%M:%S}"
        if not self.time.offset:
            return f"{local} (no time zone recorded)"
        return f"{local} UTC{self.time.offset}" + (" (inferred from GPS time)" if self.inferred else "")


def zoned_capture(report: dict[str, Any] | None) -> ZonedCapture | None:
    """The capture time of ``report`` (:func:`cases.facts.capture_time`) with its offset: the
    recorded ``OffsetTimeOriginal``, else one inferred by :func:`inferred_offset`; None without a
    capture time."""
    taken = capture_time(report)
    if taken is None:
        return None
    if taken.offset:
        return ZonedCapture(taken)
    offset = inferred_offset(report, taken)
    if offset is None:
        return ZonedCapture(taken)
    return ZonedCapture(CaptureTime(taken.local, format_offset(offset)), inferred=True)


def inferred_offset(report: dict[str, Any] | None, taken: CaptureTime) -> timedelta | None:
    """The UTC offset of ``taken`` (the wall clock) implied by the report's GPS date and time
    (SIGNATURES.md R2), or None when the GPS time is missing or fits no real zone. A GPS date a
    day off (some GPS cameras write the fix's date so) is allowed when the time of day fits."""
    gps = gps_stamp(_Metadata(report))
    if gps is None:
        return None
    difference = taken.local - gps.wall
    return next(
        (zone for shift in (timedelta(0), DAY, -DAY) if (zone := real_zone(difference + shift)) is not None), None
    )


def format_offset(offset: timedelta) -> str:
    """ "+02:00" / "-05:30", the form of ``OffsetTimeOriginal``."""
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class _Metadata:
    """A stored report's GPS tags as the engine's timestamp helpers read them (``evidence``)."""

    def __init__(self, report: dict[str, Any] | None) -> None:
        self.gps = ((report or {}).get("metadata") or {}).get(GPS_GROUP) or {}

    def evidence(self, place: str) -> Evidence | None:
        group, _, tag = place.partition(":")
        value = self.gps.get(tag) if group == GPS_GROUP else None
        return None if value is None else Evidence(place, value)
