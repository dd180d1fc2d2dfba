"""JPEG segment layout: duplicated and misplaced APP segments (SIGNATURES.md R10, C6, C15).

Reads the ``jpeg`` section's segment list (``marker``, ``offset``, ``length``, ``identifier``)
and, to tell a first Exif segment from a continuation, the six bytes after ``Exif\\0\\0`` in the
file. Cameras write SOI, then APP1 Exif (Exif 2.32 §4.5.4: APP1 right after SOI; a JFIF APP0
before it is tolerated), one of each, all APPn before the frame header; ExifTool's JPEG.pm names
the identifiers.

Findings prove the layout: two JFIF or Exif headers or two main XMP packets mean more than one
writer produced the file (a tool added its own block beside the old one). They do not prove
what was changed, nor that the image content was edited: metadata tools rewrite segments too.
An Exif segment placed later, or JFIF before Exif, is common after any re-save (GIMP, libjpeg
tools, even some cameras) and is reported as information only.
"""

from collections.abc import Iterable

from ..result import Evidence, Finding, Severity
from .base import Subject

NAME = "segment_order"

JFIF, EXIF, XMP = "JFIF", "Exif", "http://ns.adobe.com/xap/1.0/"
TIFF_HEADERS = (b"II*\x00", b"MM\x00*")
EXIF_HEADER = b"Exif\x00"
# Segments a file may carry once; (marker, identifier, what to call it). ExtendedXMP
# (identifier http://ns.adobe.com/xmp/extension/) is meant to span several segments.
SINGLE = [("APP0", JFIF, "JFIF header"), ("APP1", EXIF, "Exif block"), ("APP1", XMP, "main XMP packet")]
# Markers that end the metadata part of a JPEG: the frame header and the first scan.
FRAME = ("SOF",)


def check(subject: Subject) -> Iterable[Finding]:
    segments = subject.segments
    if not segments:
        return
    apps = [s for s in segments if s["marker"].startswith("APP")]
    for marker, identifier, label in SINGLE:
        found = [s for s in apps if s["marker"] == marker and s["identifier"] == identifier]
        if identifier == EXIF:
            found = [s for s in found if _exif_starts(subject.data, s)]
        if len(found) > 1:
            yield Finding(
                rule=NAME,
                severity=Severity.MEDIUM,
                title=f"More than one {label}",
                detail=f"{len(found)} {marker} {identifier!r} segments; a single writer puts one.",
                proves=f"More than one program wrote a {label} into this file (several tools in the chain).",
                does_not_prove="What was changed or that the pixels were edited; readers use only the first one, "
                "so the others may hold older or different values.",
                evidence=[_where(s) for s in found],
            )
    yield from _exif_position(subject, segments)
    yield from _after_frame(segments)


def _exif_starts(data: bytes, segment: dict) -> bool:
    """True for an Exif segment that starts a TIFF structure (not a continuation of the one
    before, which ExifTool joins as multi-segment EXIF)."""
    body = segment["offset"] + 4
    return data[body : body + 5] == EXIF_HEADER and data[body + 6 : body + 10] in TIFF_HEADERS


def _exif_position(subject: Subject, segments: list[dict]) -> Iterable[Finding]:
    exif = next((s for s in segments if s["marker"] == "APP1" and s["identifier"] == EXIF), None)
    if exif is None:
        return
    before = segments[1 : segments.index(exif)]
    if not before:
        return
    jfif_only = [(s["marker"], s["identifier"]) for s in before] == [("APP0", JFIF)]
    yield Finding(
        rule=NAME,
        severity=Severity.INFO,
        title="JFIF header before the Exif block" if jfif_only else "Exif block not right after SOI",
        detail=("APP0 JFIF precedes APP1 Exif (C15)" if jfif_only else f"{len(before)} segment(s) precede APP1 Exif")
        + "; camera encoders put APP1 Exif first.",
        proves="The segment layout differs from a camera encoder's: the file was probably re-saved by "
        "another program that kept the Exif block.",
        does_not_prove="Editing of the image: phones and cameras sometimes write JFIF first, and metadata "
        "tools reorder segments without touching pixels.",
        evidence=[_where(s) for s in [*before, exif]],
    )


def _after_frame(segments: list[dict]) -> Iterable[Finding]:
    """APPn segments after the frame header (info) or after the first scan (low)."""
    frame = next((i for i, s in enumerate(segments) if s["marker"].startswith(FRAME)), None)
    if frame is None:
        return
    scan = next((i for i, s in enumerate(segments) if s["marker"] == "SOS"), len(segments))
    late = [s for s in segments[frame:scan] if s["marker"].startswith("APP")]
    after_scan = [s for s in segments[scan:] if s["marker"].startswith("APP")]
    if late:
        yield Finding(
            rule=NAME,
            severity=Severity.INFO,
            title="APP segment after the frame header",
            detail=f"{len(late)} APP segment(s) between {segments[frame]['marker']} and the first scan.",
            proves="A writer placed metadata after the frame header, which most encoders do not do.",
            does_not_prove="Editing: some cameras write XMP there.",
            evidence=[_where(segments[frame]), *map(_where, late)],
        )
    if after_scan:
        yield Finding(
            rule=NAME,
            severity=Severity.LOW,
            title="APP segment after the start of the image data",
            detail=f"{len(after_scan)} APP segment(s) after the first SOS; ExifTool and most readers never look there.",
            proves="Metadata was inserted between scans, where ordinary readers do not read it.",
            does_not_prove="That it was hidden on purpose or that the image was edited.",
            evidence=[_where(segments[scan]), *map(_where, after_scan)],
        )


def _where(segment: dict) -> Evidence:
    identifier = f' "{segment["identifier"]}"' if segment.get("identifier") else ""
    return Evidence(
        f"JPEG {segment['marker']}{identifier} at offset {segment['offset']}", {"length": segment["length"]}
    )
