"""Maker notes: the camera makers' private directories inside ExifIFD:MakerNote (0x927C).

Chosen by a table (Make + header prefix → brand module), as ExifTool's MakerNotes.pm does: the
first row of :data:`MAKERS` whose header prefix starts the maker note and whose make prefix
starts IFD0 Make wins. Each brand module knows its header, byte order and offset base and reads
its main tag table (``tags/<brand>.py``) with the generic walker.
"""

import re
from dataclasses import dataclass
from types import ModuleType

from ...binary import ByteReader
from ...errors import AnalysisError
from ..context import ReadContext
from ..values import binary
from . import (
    apple,
    canon,
    casio,
    dji,
    flir,
    fujifilm,
    ge,
    hp,
    jvc,
    kodak,
    leica,
    minolta,
    motorola,
    nikon,
    nintendo,
    olympus,
    panasonic,
    pentax,
    phaseone,
    reconyx,
    ricoh,
    samsung,
    sanyo,
    sigma,
    sony,
)
from .note import Note
from .table import Tag

# A maker note's first bytes, enough for every header below.
HEADER_BYTES = 16
PREVIEW_IMAGE = Tag("PreviewImage")


@dataclass(frozen=True)
class Maker:
    """One row: ``module`` reads maker notes starting with ``header`` (and matching ``pattern``)
    from cameras whose Make starts with ``make`` (case-insensitive); an empty field matches
    anything."""

    module: ModuleType
    header: bytes = b""
    make: str = ""
    pattern: "re.Pattern[bytes] | None" = None  # a header that a prefix cannot say

    def matches(self, make: str, head: bytes) -> bool:
        return (
            head.startswith(self.header)
            and make.upper().startswith(self.make.upper())
            and (self.pattern is None or self.pattern.match(head) is not None)
        )


# Order and conditions from MakerNotes.pm (ExifTool 12.57) for the brands read here.
MAKERS = [
    Maker(apple, header=b"Apple iOS\x00"),
    Maker(nikon, header=b"Nikon\x00\x02"),
    Maker(canon, make="Canon"),
    Maker(fujifilm, header=b"FUJIFILM"),
    Maker(fujifilm, header=b"GENERALE"),
    Maker(nikon, header=b"Nikon\x00\x01"),
    Maker(nikon, make="NIKON"),
    Maker(olympus, header=b"OLYMP\x00"),
    Maker(olympus, header=b"EPSON\x00"),
    Maker(olympus, header=b"OLYMPUS\x00"),
    Maker(olympus, header=b"OM SYSTEM\x00"),
    Maker(leica, make="LEICA"),
    Maker(leica, header=b"LEICA"),
    Maker(panasonic, header=b"Panasonic\x00"),
    Maker(pentax, header=b"AOC\x00"),
    Maker(pentax, header=b"PENTAX \x00"),
    Maker(samsung, make="SAMSUNG"),
    Maker(sony, header=b"SONY DSC "),
    Maker(sony, header=b"SONY CAM "),
    Maker(sony, header=b"SONY MOBILE"),
    Maker(sony, header=b"\x00\x00SONY PIC\x00"),
    Maker(sony, header=b"VHAB     \x00"),
    Maker(sony, header=b"SEMC MS\x00"),
    Maker(sony, make="SONY"),
    # More brands (MakerNotes.pm conditions; each module checks the rest of its condition).
    Maker(casio, header=b"QVC\x00"),
    Maker(casio, header=b"DCI\x00"),
    Maker(casio, make="CASIO"),
    Maker(dji, header=b"[ae_dbg_info:"),
    Maker(dji, make="DJI"),
    Maker(flir, make="FLIR Systems"),
    Maker(hp, pattern=hp.TYPE2),
    Maker(hp, header=b"IIII\x04\x00"),
    Maker(hp, header=b"IIII\x06\x00"),
    Maker(nintendo, make="Nintendo"),
    Maker(ge, header=b"GE"),
    Maker(jvc, header=b"JVC "),
    Maker(jvc, make="JVC"),
    Maker(jvc, make="Victor"),
    Maker(kodak, make="EASTMAN KODAK"),
    Maker(kodak, pattern=kodak.TYPE2_HEADER),
    Maker(kodak, make="Kodak"),
    Maker(kodak, make="JK Imaging"),
    # after Kodak's Type2, which the Pentax EI-200 and EI-2000 wrote
    Maker(pentax, make="Asahi"),
    Maker(minolta, make="Minolta"),
    Maker(minolta, make="Konica Minolta"),
    Maker(motorola, header=b"MOT\x00"),
    Maker(phaseone, pattern=phaseone.MAIN_HEADER),
    Maker(reconyx, header=b"\x01\xf1"),
    Maker(reconyx, header=b"RECONYXUF\x00"),
    Maker(reconyx, header=b"RECONYXH2\x00"),
    Maker(ricoh, make="RICOH"),
    Maker(ricoh, make="PENTAX RICOH"),
    Maker(samsung, header=b"STMN"),
    Maker(sanyo, make="SANYO"),
    Maker(sigma, make="SIGMA"),
    Maker(sigma, make="FOVEON"),
]


# The family-1 groups the maker-note readers write (Canon, Nikon, Apple, ...), in table order.
MAKER_NOTE_GROUPS = tuple(dict.fromkeys(maker.module.GROUP for maker in MAKERS))


def read_makernote(
    ctx: ReadContext, *, make: str, model: str, tiff: ByteReader, offset: int, count: int, file_offset: int = 0
) -> None:
    """Decode the maker note of ``count`` bytes at ``offset`` inside the TIFF structure ``tiff``
    (offsets in maker notes are usually relative to that structure) into its brand's group
    (``Canon``, ``Nikon``, ``Apple``, …) through ``ctx.add``; unknown makers are left alone.

    ``make`` and ``model`` are IFD0 Make and Model (trailing blanks are ignored, as ExifTool
    does). ``file_offset`` is the file position of the TIFF structure, added to offset tags
    (PreviewImageStart…) as ExifTool reports them. Damage becomes a warning on the brand's
    group; nothing is raised.
    """
    if offset < 0 or count <= 0 or offset >= len(tiff):
        return
    make, model = re.sub(r"\s+$", "", make), re.sub(r"\s+$", "", model)
    head = tiff.data[offset : offset + min(count, HEADER_BYTES)]
    for maker in MAKERS:
        if maker.matches(make, head):
            note = Note(ctx, maker.module.GROUP, make, model, file_offset)
            try:
                maker.module.read(note, tiff, offset, count)
            except AnalysisError as exc:
                note.warn(f"maker note could not be read: {exc}")
            finally:
                _preview_image(note)
                note.flush()
            return


def _preview_image(note: Note) -> None:
    """Exif.pm Composite PreviewImage: the block that PreviewImageStart and PreviewImageLength
    point to, described (never copied) in the group of its start tag, unless PreviewImageValid
    says there is none."""
    length = note.values.get("PreviewImageLength")
    if "PreviewImageStart" not in note.values or not isinstance(length, int) or length <= 0:
        return
    if "PreviewImageValid" in note.values and not note.values["PreviewImageValid"]:
        return
    note.store(note.group_of("PreviewImageStart") or note.group, PREVIEW_IMAGE, binary(length), 1)
