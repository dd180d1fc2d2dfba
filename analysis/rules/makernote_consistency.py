"""Camera maker note against the camera named (SIGNATURES.md R6, C2, C18).

Reads ``IFD0:Make``, ``ExifIFD:ExifVersion``, the raw maker note (``ExifIFD:MakerNote``,
0x927C: located in the JPEG APP1 Exif or TIFF structure, its first bytes compared with the
headers of ``ET:MakerNotes.pm``), which maker-note groups the engine read, and the maker-note
reader's warnings about offsets that no longer fit.

Findings: a maker note whose header names another known brand than Make (EXIF transplanted or
forged: a camera writes only its own); a maker note without any Make (Make removed); a brand
whose cameras write a maker note, with none (metadata rebuilt or filtered, C18); maker-note
offsets that no longer fit (a program moved the EXIF when it re-saved the file; ExifTool's
"Adjusted MakerNotes base" / "Possibly incorrect maker notes offsets"). None of them proves the
picture was changed; each proves the metadata is not as the camera wrote it.
"""

import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..binary import ByteReader
from ..errors import AnalysisError
from ..metadata.ifd import open_tiff, read_directory
from ..metadata.makernotes import HEADER_BYTES, MAKER_NOTE_GROUPS, MAKERS
from ..result import Evidence, Finding, Severity
from .base import Subject

NAME = "makernote_consistency"

MAKER_NOTE_TAG, EXIF_POINTER = 0x927C, 0x8769

# Each brand and the Make prefixes its own cameras write (upper case).
BRAND_MAKES = {
    "Apple": ("APPLE",),
    "Canon": ("CANON",),
    "Nikon": ("NIKON",),
    "FujiFilm": ("FUJIFILM",),
    "Olympus": ("OLYMPUS", "OM DIGITAL"),
    "Panasonic": ("PANASONIC",),
    "Pentax": ("PENTAX", "ASAHI"),
    "Sony": ("SONY",),
    "Samsung": ("SAMSUNG",),
}

# Maker-note headers that name their brand (ET:MakerNotes.pm conditions; C2), with the other
# Makes known to ship that brand's maker note in rebadged bodies.
HEADERS = [
    (b"Apple iOS\x00", "Apple", ()),
    (b"Nikon\x00", "Nikon", ()),
    (b"FUJIFILM", "FujiFilm", ()),
    (b"OLYMP\x00", "Olympus", ()),
    (b"OLYMPUS\x00", "Olympus", ()),
    (b"OM SYSTEM\x00", "Olympus", ()),
    (b"Panasonic\x00", "Panasonic", ("LEICA",)),  # Leica compacts are Panasonic bodies
    (b"AOC\x00", "Pentax", ("SAMSUNG",)),  # Samsung GX-10/GX-20 are Pentax bodies
    (b"PENTAX \x00", "Pentax", ("RICOH",)),  # Ricoh Imaging makes the Pentax line
    (b"SONY", "Sony", ("HASSELBLAD",)),  # Hasselblad Lunar/Stellar are Sony bodies
]

# Brands whose cameras write a maker note in every JPEG (C18). Apple is left out: iPhones
# before iOS 7 wrote none (ET:Apple.pm starts with iOS 7 notes).
ALWAYS_WRITE = ("Canon", "Nikon", "Sony", "FujiFilm", "Olympus", "Pentax", "Panasonic")

# Early Exif 2.0/2.1 cameras of those brands wrote none (corpus exif-org: Sony DSC-D700,
# FujiFilm MX-1700 and DX-10), so absence counts only from Exif 2.2 (2002) on.
ALWAYS_SINCE_EXIF_VERSION = "0220"

# The maker-note reader's warnings that mean the note's offsets no longer fit where the camera
# put them, in ExifTool's words (analysis.metadata.makernotes: offsets.check_base, walker._read_entry).
MOVED_WARNINGS = (
    "Adjusted MakerNotes base by",
    "Possibly incorrect maker notes offsets",
    "Suspicious MakerNotes offset for",
    "Bad offset for MakerNotes",
)

MAKER_GROUPS = {maker.module.GROUP for maker in MAKERS}


@dataclass(frozen=True)
class MakerNote:
    """The raw maker note: its ``count`` bytes start at absolute file ``offset`` with ``head``."""

    count: int
    offset: int
    head: bytes

    def evidence(self) -> Evidence:
        return Evidence("ExifIFD:MakerNote", f"{self.count} bytes at offset {self.offset}, starting {self.head!r}")


def check(subject: Subject) -> Iterable[Finding]:
    """Findings on the maker note's consistency with Make; see the module docstring."""
    make = subject.evidence("IFD0:Make")
    walked, note = _locate(subject)
    if walked:
        # Some cameras write no Make but a maker note of their own (Reconyx trail cameras in the
        # corpus): only a header that names a brand makes a missing Make an inconsistency.
        if note is not None and make is None and _header_brand(note) is not None:
            yield Finding(
                rule=NAME,
                severity=Severity.MEDIUM,
                title="Camera maker note without a camera make",
                detail=f"The EXIF holds a {_header_brand(note)} maker note but IFD0:Make is missing; "
                "cameras of that brand write both.",
                proves="The Make was removed or the maker note copied in from another file",
                does_not_prove="That the picture was changed, nor which camera took it",
                evidence=(note.evidence(), Evidence("IFD0:Make", "absent")),
            )
        if note is not None and make is not None:
            yield from _brand_mismatch(note, make)
        if note is None and make is not None:
            yield from _missing(subject, make)
    yield from _moved(subject)


def _brand_mismatch(note: MakerNote, make: Evidence) -> Iterator[Finding]:
    row = _header_row(note)
    if row is None:
        return
    _, brand, rebadged = row
    make_brand = _brand(str(make.value))
    name = str(make.value).strip().upper()
    if make_brand == brand or name.startswith(rebadged):
        return
    known = make_brand is not None
    yield Finding(
        rule=NAME,
        severity=Severity.HIGH if known else Severity.INFO,
        title=f"{brand} maker note in a file whose Make is {str(make.value).strip()}",
        detail=f"The maker note starts with the {brand} header but IFD0:Make is {make.value!r}"
        + (f" ({make_brand}): a camera writes only its own maker note." if known else ", a brand not known here."),
        proves="The EXIF was assembled from more than one camera's metadata (transplanted or forged)"
        if known
        else "Only that the Make is not one of the brands this rule knows",
        does_not_prove="Which camera took the picture, nor that the pixels were changed",
        evidence=(note.evidence(), make),
    )


def _missing(subject: Subject, make: Evidence) -> Iterator[Finding]:
    brand = _brand(str(make.value))
    version = subject.evidence("ExifIFD:ExifVersion")
    if brand not in ALWAYS_WRITE or version is None or str(version.value) < ALWAYS_SINCE_EXIF_VERSION:
        return
    # A maker note kept elsewhere (a DNG keeps the camera's in DNGPrivateData) is not missing.
    if any(subject.report.metadata.get(group) for group in MAKER_NOTE_GROUPS):
        return
    yield Finding(
        rule=NAME,
        severity=Severity.LOW,
        title=f"No maker note although {brand} cameras write one",
        detail=f"IFD0:Make is {make.value!r} and ExifIFD:ExifVersion {version.value}, but the EXIF has no "
        "maker note (0x927C).",
        proves="The EXIF is not as the camera wrote it: it was rebuilt or filtered by a program",
        does_not_prove="That the picture was changed, nor that the Make is false",
        evidence=(make, version, Evidence("ExifIFD:MakerNote", "absent")),
    )


def _moved(subject: Subject) -> Iterator[Finding]:
    warnings = [
        Evidence(f"{warning.group} maker note (read warning)", warning.message)
        for warning in subject.report.warnings
        if warning.group in MAKER_GROUPS and warning.message.startswith(MOVED_WARNINGS)
    ]
    if warnings:
        yield Finding(
            rule=NAME,
            severity=Severity.MEDIUM,
            title="Maker note offsets no longer fit",
            detail="The maker note's internal offsets do not point where the camera wrote its values: "
            + "; ".join(str(item.value) for item in warnings),
            proves="The file was re-saved by a program that moved the EXIF block without fixing the maker note",
            does_not_prove="What else that program changed",
            evidence=tuple(warnings),
        )


def _header_row(note: MakerNote) -> tuple[bytes, str, tuple[str, ...]] | None:
    return next((row for row in HEADERS if note.head.startswith(row[0])), None)


def _header_brand(note: MakerNote) -> str | None:
    """The brand the maker note's header names, or None (Canon, Samsung and others write none)."""
    row = _header_row(note)
    return None if row is None else row[1]


def _brand(make: str) -> str | None:
    name = make.strip().upper()
    return next((brand for brand, prefixes in BRAND_MAKES.items() if name.startswith(prefixes)), None)


def _locate(subject: Subject) -> tuple[bool, MakerNote | None]:
    """``(walked, maker note)``: whether the ExifIFD could be walked (a JPEG APP1 Exif or a TIFF
    file, undamaged) and its maker note, None when it has none. Only a walked ExifIFD shows
    absence."""
    tiff_at = _tiff_offset(subject)
    if tiff_at is None:
        return False, None
    try:
        reader, first = open_tiff(subject.data[tiff_at:])
        ifd0, _ = read_directory(reader, first)
        pointer = next((entry for entry in ifd0.entries if entry.tag == EXIF_POINTER), None)
        if pointer is None:
            return False, None
        exif, _ = read_directory(reader, _long(reader, pointer.field))
        entry = next((entry for entry in exif.entries if entry.tag == MAKER_NOTE_TAG), None)
        if entry is None or entry.count == 0:
            return True, None
        start = _long(reader, entry.field) if entry.count > 4 else None
        head = entry.field[: entry.count] if start is None else reader.slice(start, min(entry.count, HEADER_BYTES))
    except AnalysisError:
        return False, None
    return True, MakerNote(entry.count, tiff_at + (start or 0), head)


def _tiff_offset(subject: Subject) -> int | None:
    """Where the EXIF TIFF structure starts in the file: after ``Exif\0\0`` in the first APP1
    Exif segment of a JPEG (marker, length and identifier: 10 bytes), or 0 for a TIFF file."""
    if subject.report.file.type == "TIFF":
        return 0
    exif = next((s for s in subject.segments if s.get("marker") == "APP1" and s.get("identifier") == "Exif"), None)
    return None if exif is None else exif["offset"] + 10


def _long(reader: ByteReader, field: bytes) -> int:
    return struct.unpack(reader.order + "I", field)[0]
