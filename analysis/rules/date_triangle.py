"""Date triangle: do the file's dates tell one possible story? (SIGNATURES.md R1, R3, R4.)

Reads the EXIF capture triangle ``ExifIFD:DateTimeOriginal`` / ``ExifIFD:CreateDate`` /
``IFD0:ModifyDate`` (with ``SubSecTime*`` and ``OffsetTime*``), the XMP dates
(``XMP-xmp:CreateDate``, ``XMP-photoshop:DateCreated``, ``XMP-exif:DateTimeOriginal``,
``XMP-xmp:ModifyDate``, ``XMP-xmp:MetadataDate``, each ``XMP-xmpMM:HistoryWhen`` step), the GPS
date-time (UTC) and a date in the upload's file name (user-controlled, weak).

A camera writes DateTimeOriginal = CreateDate and ModifyDate equal or absent (C4); a later
ModifyDate means the metadata was rewritten (R1); a modification, metadata or history date
before the capture, or a capture after its own modification, is an impossible order (R1, R3);
dates in the future or before 1990 for a digital capture are impossible (R4). A finding proves
that the recorded dates disagree; it does not prove which one is wrong, nor that the pixels
were changed: camera clocks are often wrong or reset, and any tool can rewrite every date.
"""

import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta

from ..result import Evidence, Finding, Severity, SoftwareRole
from .base import Subject
from .timestamps import DAY, SECOND, Gap, Stamp, exif_dates, format_span, gap, gps_stamp, now_utc, parse

NAME = "date_triangle"

ORIGINAL, CREATE, MODIFY = "ExifIFD:DateTimeOriginal", "ExifIFD:CreateDate", "IFD0:ModifyDate"

# Cameras write the three EXIF dates within the same second or two of one shot (R1: ±2 s).
SAME_SHOT = 2 * SECOND

# XMP dates that restate the capture time (R3: ≈ DateTimeOriginal).
XMP_CAPTURE = ("XMP-xmp:CreateDate", "XMP-photoshop:DateCreated", "XMP-exif:DateTimeOriginal")
# XMP dates of later work on the file, which cannot precede the capture (R3).
XMP_LATER = ("XMP-xmp:ModifyDate", "XMP-xmp:MetadataDate", "XMP-xmpMM:HistoryWhen")

# A UTC stamp ("Z") compared with a wall clock of unknown zone can be off by the widest zone
# offset, UTC+14:00; an order is claimed only beyond that.
ZONE_SLACK = timedelta(hours=14)
# Zone offsets are whole quarter hours.
ZONE_STEP = timedelta(minutes=15)

# The engine does not know the upload time, so "future" is judged against now: one day of
# tolerance covers any time zone's wall clock being ahead of UTC and small clock errors.
FUTURE_TOLERANCE = DAY

# Consumer digital cameras with EXIF-style dates appeared in the 1990s (Exif 1.0 is 1995); a
# capture date before this is an unset or reset clock or a fabricated value (R4).
DIGITAL_EPOCH = datetime(1990, 1, 1)

# ExifIFD:FileSource values of scanners (Exif 2.32 §4.6.5): their DateTimeOriginal may be the
# date of the film or print, legitimately before the digital era.
SCANNER_SOURCES = {1, 2}

# A file-name date is the saving, sharing or download date as often as the capture date
# (WhatsApp: receive date, P9; Telegram Desktop: download date, P13; Pixel: UTC): only a gap
# of more than a day is mentioned, and only as info.
FILENAME_TOLERANCE = DAY

# File-name date patterns, one row per naming scheme: (pattern, what writes it).
FILENAME_DATES = [
    (
        re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)[_-](?P<H>\d\d)(?P<M>\d\d)(?P<S>\d\d)"),
        "camera, phone and screenshot names (IMG_20240101_120000, PXL_20240101_120000123, "
        "Screenshot_20240101-120000; S4)",
    ),
    (
        re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)[ _](?P<H>\d\d)[.-](?P<M>\d\d)[.-](?P<S>\d\d)"),
        "date-named copies (2024-01-01 12.00.00, Telegram Desktop photo_2024-01-01_12-00-00; P13)",
    ),
    (
        re.compile(r"IMG-(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)-WA\d+"),
        "WhatsApp Android (IMG-20240101-WA0001: the day it was received; P9)",
    ),
]

# Programs whose naming next to a later ModifyDate says who rewrote the file.
EDITING_ROLES = {SoftwareRole.EDITOR, SoftwareRole.RAW_CONVERTER, SoftwareRole.PLATFORM}


def check(subject: Subject) -> Iterable[Finding]:
    """Findings for impossible or inconsistent dates; see the module docstring."""
    exif = exif_dates(subject)
    capture = exif.get(ORIGINAL) or exif.get(CREATE)
    yield from _triangle(subject, exif)
    if capture is not None:
        yield from _xmp_against_capture(subject, capture)
        yield from _filename(subject, capture)
    yield from _impossible(subject, exif)


def _triangle(subject: Subject, exif: dict[str, Stamp]) -> Iterator[Finding]:
    original, create, modify = exif.get(ORIGINAL), exif.get(CREATE), exif.get(MODIFY)
    if original and create and abs(gap(original, create).delta) > SAME_SHOT:
        between = gap(original, create)
        yield Finding(
            rule=NAME,
            severity=Severity.LOW,
            title="Capture date and digitization date differ",
            detail=f"{ORIGINAL} is {original.value} but {CREATE} is {create.value} "
            f"({format_span(between.delta)}); cameras write both for the same shot. "
            + between.describe(original, create),
            proves="One of the two capture dates was written separately from the other (an edit, a scan of an "
            "older picture, or a tool that set one of them)",
            does_not_prove="Which date is right, nor that the picture was altered: scanners legitimately record "
            "the film's date as the original and the scan's as the digitization",
            evidence=(*original.evidence(), *create.evidence()),
        )
    captured = original or create
    if captured is None or modify is None:
        return
    between = gap(modify, captured)
    if between.delta < -SAME_SHOT:
        yield Finding(
            rule=NAME,
            severity=Severity.MEDIUM,
            title="Modified before it was taken",
            detail=f"{MODIFY} {modify.value} is {format_span(-between.delta)} before {captured.where} "
            f"{captured.value}: a file cannot be modified before its capture. {between.describe(modify, captured)}",
            proves="The recorded dates are in an impossible order: at least one was set by hand, by a tool, or "
            "by a camera whose clock was changed between shots",
            does_not_prove="That the image content was manipulated, nor which date is the true one",
            evidence=(*modify.evidence(), *captured.evidence()),
        )
    elif between.delta > SAME_SHOT:
        editors = [place for soft in subject.report.software if soft.role in EDITING_ROLES for place in soft.places]
        named = ", ".join(dict.fromkeys(soft.name for soft in subject.report.software if soft.role in EDITING_ROLES))
        yield Finding(
            rule=NAME,
            severity=Severity.INFO,
            title="Metadata rewritten after capture" + (f" (by {named})" if named else ""),
            detail=f"{MODIFY} {modify.value} is {format_span(between.delta)} after {captured.where} {captured.value}"
            + (f"; the file names {named}." if named else "; no editing program is named in the file."),
            proves="A program rewrote the file (or its metadata) after the capture, at the ModifyDate",
            does_not_prove="What was changed: re-saving, rotating or tagging also updates ModifyDate",
            evidence=(*modify.evidence(), *captured.evidence(), *editors),
        )


def _xmp_against_capture(subject: Subject, capture: Stamp) -> Iterator[Finding]:
    for stamp in _xmp_stamps(subject, XMP_CAPTURE):
        between = gap(stamp, capture)
        if abs(between.delta) > _tolerance(between, stamp, capture, SAME_SHOT) and not _zone_shift(between):
            yield Finding(
                rule=NAME,
                severity=Severity.LOW,
                title="XMP creation date disagrees with the EXIF capture date",
                detail=f"{stamp.where} is {stamp.value}, {format_span(between.delta)} from {capture.where} "
                f"{capture.value}. {between.describe(stamp, capture)}",
                proves="The XMP and EXIF blocks were not written from the same capture record: one of them was "
                "set or edited separately",
                does_not_prove="Which one is right; some tools write the document's creation time here",
                evidence=(*stamp.evidence(), *capture.evidence()),
            )
    for stamp in _xmp_stamps(subject, XMP_LATER):
        between = gap(stamp, capture)
        if between.delta < -_tolerance(between, stamp, capture, SAME_SHOT):
            yield Finding(
                rule=NAME,
                severity=Severity.MEDIUM,
                title="Editing recorded before the photo was taken",
                detail=f"{stamp.where} {stamp.value} is {format_span(-between.delta)} before {capture.where} "
                f"{capture.value}. {between.describe(stamp, capture)}",
                proves="The edit history and the capture date are in an impossible order: one of them was set "
                "by hand or carried over from another file",
                does_not_prove="That the image content was manipulated; a camera clock set wrong can also cause it",
                evidence=(*stamp.evidence(), *capture.evidence()),
            )


def _filename(subject: Subject, capture: Stamp) -> Iterator[Finding]:
    named = _filename_date(subject.filename)
    if named is None:
        return
    when, scheme, dated_only = named
    delta = when - capture.wall
    # a date alone stands for any time of that day
    if abs(delta) <= FILENAME_TOLERANCE + DAY * dated_only:
        return
    yield Finding(
        rule=NAME,
        severity=Severity.INFO,
        title="File name date differs from the capture date",
        detail=f"The upload's file name carries {when:%Y-%m-%d %H:%M:%S} ({scheme}), {format_span(delta)} from "
        f"{capture.where} {capture.value}.",
        proves="The name was given on another day than the capture (saved, shared or renamed later)",
        does_not_prove="Anything about the image itself: the file name is chosen by whoever uploaded it",
        evidence=(Evidence("upload file name (user-supplied)", subject.filename), *capture.evidence()),
    )


def _impossible(subject: Subject, exif: dict[str, Stamp]) -> Iterator[Finding]:
    now = now_utc()
    stamps = [*exif.values(), *_xmp_stamps(subject, XMP_CAPTURE + XMP_LATER), gps_stamp(subject)]
    future = [stamp for stamp in stamps if stamp is not None and (stamp.utc or stamp.wall) > now + FUTURE_TOLERANCE]
    if future:
        yield Finding(
            rule=NAME,
            severity=Severity.LOW,
            title="Date in the future",
            detail=f"{_list(future)}: later than the time of analysis ({now:%Y-%m-%d %H:%M} UTC; the upload time "
            "is not known, so one day of tolerance covers time zones).",
            proves="The date was not recorded by a correctly set clock",
            does_not_prove="Deliberate falsification: camera clocks are often set wrong",
            evidence=tuple(item for stamp in future for item in stamp.evidence()),
        )
    scanned = subject.tag("ExifIFD:FileSource") in SCANNER_SOURCES
    early = [stamp for place in (ORIGINAL, CREATE) if (stamp := exif.get(place)) and stamp.wall < DIGITAL_EPOCH]
    if early and not scanned:
        yield Finding(
            rule=NAME,
            severity=Severity.LOW,
            title="Capture date before digital cameras",
            detail=f"{_list(early)}: before {DIGITAL_EPOCH:%Y}, and ExifIFD:FileSource does not name a scanner.",
            proves="The capture date is not a real digital capture time (an unset or reset clock, or a typed-in value)",
            does_not_prove="That the picture is forged; scans of old photos written without FileSource look the same",
            evidence=tuple(item for stamp in early for item in stamp.evidence()),
        )


def _xmp_stamps(subject: Subject, places: tuple[str, ...]) -> Iterator[Stamp]:
    """The parseable XMP dates at ``places``; a list (HistoryWhen) yields each item as
    ``Group:Tag[i]``."""
    for place in places:
        value = subject.tag(place)
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            stamp = parse(place if index is None else f"{place}[{index}]", item)
            if stamp is not None:
                yield stamp


def _zone_shift(between: Gap) -> bool:
    """True when wall clocks of unknown zone differ by a whole zone offset (quarter hours up to
    ZONE_SLACK, within a second or two): a writer that converted the time to its own zone, not
    another moment (corpus: XMP-xmp:CreateDate one hour off DateTimeOriginal after GIMP)."""
    if between.zones_known or abs(between.delta) > ZONE_SLACK:
        return False
    off = between.delta % ZONE_STEP
    return min(off, ZONE_STEP - off) <= max(SAME_SHOT, between.tolerance)


def _list(stamps: list[Stamp]) -> str:
    return "; ".join(f"{stamp.where} is {stamp.value}" for stamp in stamps)


def _tolerance(between: Gap, a: Stamp, b: Stamp, base: timedelta) -> timedelta:
    """How far apart two stamps may be and still be the same moment: their precision, and
    :data:`ZONE_SLACK` when one is in UTC and the other's zone is unknown."""
    tolerance = max(base, between.tolerance)
    utc_vs_unknown = {a.offset is None, b.offset is None} == {True, False} and timedelta(0) in (a.offset, b.offset)
    return tolerance + ZONE_SLACK if utc_vs_unknown and not between.zones_known else tolerance


def _filename_date(filename: str) -> tuple[datetime, str, bool] | None:
    """The date-time in an upload's name, the naming scheme and whether it holds a date alone."""
    for pattern, scheme in FILENAME_DATES:
        match = pattern.search(filename or "")
        if not match:
            continue
        parts = match.groupdict()
        try:
            clock = [int(parts[key]) for key in ("H", "M", "S") if parts.get(key)]
            return datetime(int(parts["y"]), int(parts["m"]), int(parts["d"]), *clock), scheme, not clock
        except ValueError:
            continue
    return None
