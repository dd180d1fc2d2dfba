"""GPS time against local capture time (SIGNATURES.md R2).

Reads ``GPS:GPSDateStamp`` + ``GPS:GPSTimeStamp`` (UTC, from the satellites) and
``ExifIFD:DateTimeOriginal`` (the camera's local wall clock), and ``ExifIFD:OffsetTimeOriginal``
(Exif 2.31) when present. Their difference is the camera's time zone: it should equal
OffsetTimeOriginal, or at least be a real zone offset (-12…+14 h in 15-minute steps) within a
few minutes' drift. A plausible difference is reported as info (the zone it implies); an
implausible one proves that the GPS block and the capture time were not recorded together
(GPS or dates edited, or GPS transplanted from another shot) — or that the camera recorded an
old GPS fix, so it stays ``low``.
"""

from collections.abc import Iterable
from datetime import timedelta

from ..result import Finding, Severity
from .base import Subject
from .timestamps import DAY, Stamp, exif_dates, format_offset, format_span, gps_stamp

NAME = "gps_time"

# GPS time is the time of the last fix, the clock the time of the shot: phones and GPS cameras
# in the corpus differ by 0-2 minutes (Nikon P6000: 1.5 min). Five minutes allows that and
# stays below half of the 15-minute zone step, so the implied zone is unambiguous.
DRIFT = timedelta(minutes=5)

# Real time zones run from UTC-12:00 to UTC+14:00, in steps of a quarter hour.
ZONE_STEP = timedelta(minutes=15)
ZONE_MIN, ZONE_MAX = timedelta(hours=-12), timedelta(hours=14)


def check(subject: Subject) -> Iterable[Finding]:
    """At most one finding comparing the GPS and local capture times; see the module docstring."""
    gps, local = gps_stamp(subject), exif_dates(subject).get("ExifIFD:DateTimeOriginal")
    if gps is None or local is None:
        return
    difference = local.wall - gps.wall
    evidence = (*gps.evidence(), *local.evidence())
    if local.offset is not None:  # ExifIFD:OffsetTimeOriginal, among the evidence
        if abs(difference - local.offset) <= DRIFT:
            return
        yield Finding(
            rule=NAME,
            severity=Severity.LOW,
            title="GPS time does not match the recorded time zone",
            detail=f"Local capture time {local.value} minus GPS time (UTC) {gps.wall:%Y-%m-%d %H:%M:%S} is "
            f"{format_span(difference)}, but ExifIFD:OffsetTimeOriginal says {format_offset(local.offset)}.",
            proves="The GPS block and the capture time were not recorded together by one clock",
            does_not_prove="Which was altered; a camera may also store an old GPS fix",
            evidence=evidence,
        )
        return
    zone = implied_zone(difference)
    if zone is not None:
        yield _implied(local, gps, zone, evidence, "")
        return
    for shift in (DAY, -DAY):
        zone = implied_zone(difference + shift)
        if zone is not None:
            # Some GPS cameras write the date of the fix a day off (Nikon P6000 in the corpus):
            # the time of day still matches a zone.
            yield _implied(local, gps, zone, evidence, " once GPSDateStamp is taken as a day off")
            return
    yield Finding(
        rule=NAME,
        severity=Severity.LOW,
        title="GPS time and capture time do not fit any time zone",
        detail=f"Local capture time {local.value} minus GPS time (UTC) {gps.wall:%Y-%m-%d %H:%M:%S} is "
        f"{format_span(difference)}: not a time-zone offset (-12…+14 h in 15-minute steps, "
        f"±{DRIFT.seconds // 60} min).",
        proves="The GPS block and the capture time were not recorded together by one clock",
        does_not_prove="Which was altered: a camera clock set wrong, or an old GPS fix, gives the same picture",
        evidence=evidence,
    )


def implied_zone(difference: timedelta) -> timedelta | None:
    """The real zone offset within :data:`DRIFT` of ``difference``, or None."""
    zone = round(difference / ZONE_STEP) * ZONE_STEP
    return zone if ZONE_MIN <= zone <= ZONE_MAX and abs(difference - zone) <= DRIFT else None


def _implied(local: Stamp, gps: Stamp, zone: timedelta, evidence: tuple, note: str) -> Finding:
    return Finding(
        rule=NAME,
        severity=Severity.INFO,
        title=f"GPS time implies the camera clock was at {format_offset(zone)}",
        detail=f"Local capture time {local.value} and GPS time (UTC) {gps.wall:%Y-%m-%d %H:%M:%S} differ by "
        f"{format_offset(zone)}{note}.",
        proves="The camera's clock was set to that zone's time when the GPS fix was recorded",
        does_not_prove="Where the picture was taken; the clock may have been left at a home time zone",
        evidence=evidence,
    )
