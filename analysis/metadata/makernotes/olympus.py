"""Olympus maker notes (MakerNotes.pm MakerNoteOlympus, MakerNoteOlympus2, MakerNoteOlympus3).

``OLYMP\\0`` (or ``EPSON\\0``) and a 2-byte version, then an IFD at byte 8 with value offsets
relative to the TIFF header. Newer cameras write ``OLYMPUS\\0`` and a byte-order mark (IFD at
byte 12), or ``OM SYSTEM\\0`` (IFD at byte 16), with offsets relative to the maker note start.
Equipment, CameraSettings, FocusInfo and the other groups of tags are sub-IFDs (Olympus.pm).
"""

from ...binary import ByteReader
from .note import Note
from .tags.olympus import MAIN
from .walker import guess_order, read_ifd, read_maker_ifd

GROUP = "Olympus"
# Header → (IFD start within the maker note, whether offsets are relative to the maker note).
LAYOUTS = {b"OLYMPUS\x00": (12, True), b"OM SYSTEM\x00": (16, True)}


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Olympus maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    skip, relative = next(
        (layout for header, layout in LAYOUTS.items() if tiff.data.startswith(header, offset)), (8, False)
    )
    start = offset + skip
    reader = ByteReader(tiff.data, guess_order(tiff, start))
    if relative:  # ExifTool checks only the offsets counted from the TIFF header (FixBase)
        read_ifd(note, reader, start, offset, MAIN)
    else:
        read_maker_ifd(note, reader, start, count, MAIN)
