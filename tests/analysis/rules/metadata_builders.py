"""Shared pieces of the metadata-consistency rule tests: synthetic JPEGs with chosen EXIF, XMP
and thumbnails, one rule run on them, and the corpus camera files they must stay silent on."""

import struct
from pathlib import Path
from types import ModuleType

import pytest

from analysis import analyse
from analysis.result import Finding, Severity
from analysis.rules.base import Subject
from tests.builders import ASCII, LONG, SHORT, ifd, jpeg, segment, with_segments
from tests.conftest import SHARED

# EXIF tag ids (Exif 2.32 / TIFF 6.0) used by the tests.
MAKE, ORIENTATION, MODIFY_DATE = 0x010F, 0x0112, 0x0132
EXIF_VERSION, DATE_ORIGINAL, CREATE_DATE, OFFSET_ORIGINAL = 0x9000, 0x9003, 0x9004, 0x9011
MAKER_NOTE, EXIF_WIDTH, EXIF_HEIGHT, FILE_SOURCE = 0x927C, 0xA002, 0xA003, 0xA300
GPS_VERSION, GPS_TIME, GPS_DATE = 0x0000, 0x0007, 0x001D

CAMERA_JPEGS = SHARED / "corpus" / "exif-samples" / "jpg"

# Top-level corpus JPEGs that are not camera originals, each with the reason a finding above
# info is true there (checked with exiftool 12.57).
NOT_ORIGINALS = {
    "Canon_40D.jpg": "re-saved by GIMP 2.4.5 (IFD0:Software), which dropped the maker note",
    "Canon_DIGITAL_IXUS_400.jpg": "re-saved by GIMP 2.4.5 at 100x75; the XMP still records 2272x1704",
    "Nikon_D70.jpg": "re-saved by GIMP 2.4.5 at 100x66; the XMP still records 3008x2000",
    "Konica_Minolta_DiMAGE_Z3.jpg": "re-saved by GIMP 2.4.5, which moved the maker note: ExifTool too warns "
    "'Possibly incorrect maker notes offsets (fix by -76?)'",
    "Panasonic_DMC-FZ30.jpg": "re-saved by GIMP 2.4.5; ExifTool too warns of incorrect maker-note offsets",
    "Pentax_K10D.jpg": "re-saved by GIMP 2.4.5 and Photoshop Elements: no maker note, XMP sizes and dates of "
    "the earlier edit",
    "long_description.jpg": "re-saved by GIMP 2.4.5 at 100x73; the XMP still records 2064x1504",
    "Canon_PowerShot_S40.jpg": "a 480x360 copy of a capture whose EXIF records 2272x1704",
    "Sony_HDR-HC3.jpg": "an edited 100x64 copy (IFD0:ModifyDate 13 months after capture) without maker note",
    "WWL_(Polaroid)_ION230.jpg": "camera clock set to 2026 (DateTimeOriginal 2026:11:24), file re-saved on "
    "2008:07:31: the impossible order is real",
}


def camera_files() -> list[Path]:
    """The top-level corpus camera JPEGs that are originals (empty when the corpus is absent)."""
    return sorted(path for path in CAMERA_JPEGS.glob("*.jpg") if path.name not in NOT_ORIGINALS)


# Parametrizes a test over camera_files() as ``path``.
on_camera_originals = pytest.mark.parametrize("path", camera_files(), ids=lambda path: path.name)


def assert_silent(rule: ModuleType, path: Path) -> None:
    """``rule`` raises nothing above info on the file at ``path``."""
    assert above_info(findings(rule, path.read_bytes(), path.name)) == []


def corpus_findings(rule: ModuleType, shared: Path, relative: str) -> list[Finding]:
    """``rule``'s findings on the corpus camera JPEG at ``relative`` (under exif-samples/jpg)."""
    path = shared / "corpus" / "exif-samples" / "jpg" / relative
    return findings(rule, path.read_bytes(), path.name)


def findings(rule: ModuleType, data: bytes, name: str = "upload.jpg") -> list[Finding]:
    """``rule``'s findings on ``data`` analysed in strict mode."""
    report = analyse(data, name, strict=True)
    return list(rule.check(Subject(report, data, name)))


def above_info(found: list[Finding]) -> list[Finding]:
    return [finding for finding in found if finding.severity is not Severity.INFO]


def places(finding: Finding) -> dict[str, object]:
    """``{where: value}`` of a finding's evidence."""
    return {item.where: item.value for item in finding.evidence}


def exif_jpeg(
    ifd0: list[tuple],
    exif: list[tuple] | None = None,
    gps: list[tuple] | None = None,
    *,
    size: tuple[int, int] = (64, 48),
    xmp: str | None = None,
    thumbnail: bytes | None = None,
) -> bytes:
    """A real JPEG of ``size`` with the given IFD0/ExifIFD/GPS entries, an IFD1 JPEG
    ``thumbnail`` when given, and an XMP packet (the ``rdf:Description`` body) spliced after SOI."""
    data = jpeg(_tiff(ifd0, exif, gps, thumbnail), size=size)
    if xmp is None:
        return data
    packet = (
        b"http://ns.adobe.com/xap/1.0/\x00"
        + b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        + b'<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        + b'xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" '
        + b'xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#" '
        + b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/">'
        + xmp.encode()
        + b"</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    return with_segments(data, segment(0xE1, packet))


def _tiff(ifd0: list[tuple], exif: list[tuple] | None, gps: list[tuple] | None, thumbnail: bytes | None) -> bytes:
    """A little-endian TIFF structure with IFD0 → ExifIFD, GPS and IFD1 (thumbnail) as given."""
    pointers = [(0x8769, LONG, [0])] * bool(exif) + [(0x8825, LONG, [0])] * bool(gps)
    at = 8 + len(ifd(ifd0 + pointers, 8, next_offset=1))
    placed, subs = [], b""
    for tag, entries in ((0x8769, exif), (0x8825, gps)):
        if entries:
            block = ifd(entries, at)
            placed.append((tag, LONG, [at]))
            subs += block
            at += len(block)
    ifd1 = b""
    if thumbnail is not None:
        entries = [(0x0103, SHORT, [6]), (0x0201, LONG, [0]), (0x0202, LONG, [len(thumbnail)])]
        start = at + len(ifd(entries, at))
        entries[1] = (0x0201, LONG, [start])
        ifd1 = ifd(entries, at) + thumbnail
    first = ifd(ifd0 + placed, 8, next_offset=at if thumbnail is not None else 0)
    return b"II*\x00" + struct.pack("<I", 8) + first + subs + ifd1


def text(tag: int, value: str) -> tuple:
    return (tag, ASCII, value)
