"""Data after the end of the image (SIGNATURES.md R9, C9).

Reads the ``jpeg`` section's ``trailer`` (bytes after the first EOI: ``{offset, length}``), the
embedded images the metadata places there (``MPImage<n>:MPImageStart``/``MPImageLength`` of the
MPF index, ``<group>:PreviewImageStart``/``PreviewImageLength`` of a maker note) and, for PNG,
the reader's "Trailer data after PNG IEND chunk" warning. The trailer is cut into parts: images
the metadata points to, an embedded JPEG or MP4 that starts exactly where a part ends (ExifTool
ProcessJPEG looks for the same two signatures after EOI), a vendor trailer identified as
ExifTool's ``IdentifyTrailer`` does (an exact footer in the last 64 bytes of the file, see
:func:`~analysis.formats.jpeg_trailers.identify`), zero padding, a few stray bytes, and what is left: unknown data.

A finding proves that the file holds those bytes beyond the image and, for known parts, which
structure they have. Unknown data does not prove tampering (some writers are sloppy) nor that
it is harmful; a known trailer does not prove its content is what the vendor wrote, since only
its footer and start are checked, not everything inside it.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..formats import jpeg, jpeg_trailers
from ..metadata.context import ReadContext
from ..result import Evidence, Finding, Severity
from .base import Subject

NAME = "trailing_data"

# Names of ExifTool's trailers (IdentifyTrailer, recognised by :func:`jpeg_trailers.identify`).
TITLES = {
    "AFCP": "AFCP (AXS) trailer",
    "PhotoMechanic": "Photo Mechanic trailer",
    "CanonVRD": "Canon VRD trailer",
    "NikonApp": "Nikon App trailer",
}
# What ExifTool ProcessJPEG accepts as an embedded image or video starting a trailer part.
EMBEDDED_JPEG = re.compile(rb"\xff\xd8\xff[\xc4\xdb\xe0-\xef]")
EMBEDDED_MP4 = re.compile(rb".{4}ftyp", re.S)
# A few stray bytes after EOI (a camera padding to an even size, a 21-byte gap before an
# Olympus preview) carry no payload worth the name; above this they are reported as unknown.
STRAY_BYTES = 32
# Nested embedded JPEGs followed at most (a preview inside a preview...).
MAX_PARTS = 16
HEX_BYTES = 16
PNG_TRAILER_WARNING = "Trailer data after PNG IEND chunk"
# The IEND chunk is always these 12 bytes: zero length, type, CRC (PNG spec §11.2.5).
PNG_IEND = b"\x00\x00\x00\x00IEND\xaeB`\x82"


@dataclass(frozen=True)
class Part:
    """``length`` bytes at file ``offset``; ``kind`` is ``"known"``, ``"padding"``, ``"stray"``
    or ``"unknown"``; ``name`` says what it is (and the place that points to it)."""

    offset: int
    length: int
    kind: str
    name: str


def check(subject: Subject) -> Iterable[Finding]:
    start = _trailer_start(subject)
    if start is None or start >= len(subject.data):
        return
    parts = list(_parts(subject, start))
    container = "EOI" if subject.report.file.type == "JPEG" else "the PNG IEND chunk"
    unknown = [p for p in parts if p.kind == "unknown"]
    if unknown:
        yield Finding(
            rule=NAME,
            severity=Severity.MEDIUM,
            title="Unknown data after the end of the image",
            detail=f"{sum(p.length for p in unknown)} bytes after {container} match no known trailer, "
            "embedded image or padding.",
            proves="The file carries data beyond the image that no known writer's trailer explains "
            "(an appended payload, a polyglot file or a careless tool).",
            does_not_prove="That the data is harmful or that the image was altered; "
            "viewers ignore it and the pixels are not affected.",
            evidence=[_evidence(subject.data, p, container) for p in unknown],
        )
    known = [p for p in parts if p.kind == "known"]
    if known:
        yield Finding(
            rule=NAME,
            severity=Severity.INFO,
            title="Known trailer after the end of the image",
            detail="After " + container + ": " + "; ".join(p.name for p in known) + ".",
            proves="The data after the image has the structure of these known trailers or embedded images "
            "(written by cameras, phones and cataloguing tools).",
            does_not_prove="That their content is genuine: only their start or footer was checked.",
            evidence=[_evidence(subject.data, p, container) for p in known],
        )
    filler = [p for p in parts if p.kind in ("padding", "stray")]
    if filler:
        yield Finding(
            rule=NAME,
            severity=Severity.INFO,
            title="Padding after the end of the image",
            detail="; ".join(f"{p.length} bytes of {p.name}" for p in filler) + f" after {container}.",
            proves="A few bytes or zero padding follow the image.",
            does_not_prove=f"Any payload: runs of zeros or fewer than {STRAY_BYTES + 1} bytes cannot carry one "
            "worth the name.",
            evidence=[_evidence(subject.data, p, container) for p in filler],
        )


def _trailer_start(subject: Subject) -> int | None:
    trailer = (subject.report.sections.get("jpeg") or {}).get("trailer")
    if trailer:
        return trailer["offset"]
    if subject.report.file.type == "PNG" and any(w.message == PNG_TRAILER_WARNING for w in subject.report.warnings):
        found = subject.data.find(PNG_IEND, 8)
        return found + len(PNG_IEND) if found >= 0 else None
    return None


def _parts(subject: Subject, start: int) -> Iterator[Part]:
    """The trailer from ``start`` to the end of the file, cut into parts in file order."""
    data, end, pos = subject.data, len(subject.data), start
    for offset, length, place in sorted(_pointed_images(subject)):
        if offset + length <= pos or offset >= end:
            continue  # before the trailer (a thumbnail inside a segment) or outside the file
        if offset > pos:
            yield from _unlisted(data, pos, offset, footer=False)
        yield Part(offset, min(length, end - offset), "known", f"embedded image at {place} = {offset}")
        pos = min(offset + length, end)
    yield from _unlisted(data, pos, end, footer=True)


def _pointed_images(subject: Subject) -> Iterator[tuple[int, int, str]]:
    """(file offset, length, place) of every image the metadata locates in the file."""
    for group, tags in subject.report.metadata.items():
        for start_tag, length_tag in (("MPImageStart", "MPImageLength"), ("PreviewImageStart", "PreviewImageLength")):
            offset, length = tags.get(start_tag), tags.get(length_tag)
            if isinstance(offset, int) and isinstance(length, int) and offset > 0 and length > 0:
                yield offset, length, f"{group}:{start_tag}"


def _unlisted(data: bytes, pos: int, end: int, *, footer: bool) -> Iterator[Part]:
    """Parts of ``data[pos:end]``, which no metadata points to. ``footer``: the range ends the
    file, so a vendor footer may name it."""
    for _ in range(MAX_PARTS):
        if pos >= end:
            return
        named = _footer(data) if footer else None
        if named:
            yield Part(pos, end - pos, "known", named)
            return
        if EMBEDDED_MP4.match(data, pos):
            yield Part(pos, end - pos, "known", "embedded MP4 video (motion photo)")
            return
        if not EMBEDDED_JPEG.match(data, pos):
            break
        length = _jpeg_length(data[pos:end])
        yield Part(pos, length, "known", "embedded JPEG image")
        pos += length
    if pos < end:
        yield _filler(data, pos, end)


def _footer(data: bytes) -> str | None:
    name = jpeg_trailers.identify(data, len(data))
    return TITLES.get(name, f"{name} trailer") if name else None


def _jpeg_length(data: bytes) -> int:
    """Bytes from SOI to EOI of the JPEG at the start of ``data`` (all of it without an EOI),
    found by the JPEG walker with no metadata readers."""
    ctx = ReadContext(data, {})
    jpeg.read(data, ctx)
    trailer = ctx.sections["jpeg"]["trailer"]
    return trailer["offset"] if trailer else len(data)


def _filler(data: bytes, pos: int, end: int) -> Part:
    length = end - pos
    if not data[pos:end].strip(b"\x00"):
        return Part(pos, length, "padding", "zero padding")
    if length <= STRAY_BYTES:
        return Part(pos, length, "stray", "stray bytes")
    return Part(pos, length, "unknown", "unknown data")


def _evidence(data: bytes, part: Part, container: str) -> Evidence:
    return Evidence(
        f"bytes after {container} at offset {part.offset}",
        {"length": part.length, "what": part.name, "first_bytes": data[part.offset : part.offset + HEX_BYTES].hex(" ")},
    )
