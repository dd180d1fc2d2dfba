"""Casio maker notes (MakerNotes.pm MakerNoteCasio, MakerNoteCasio2; Casio.pm Main and Type2).

Older models (Make ``CASIO``): a plain IFD at the start of the maker note. Newer ones write
``QVC\\0`` (or ``DCI\\0``) and two more bytes, then the IFD at byte 6; their value offsets are
relative to the TIFF header but checked and moved as ExifTool does (FixBase). Byte order is
guessed from the entry count for both.
"""

from ...binary import ByteReader
from .layout import read_plain_ifd
from .note import Note
from .tags.casio import MAIN, TYPE2

GROUP = "Casio"
TYPE2_HEADERS = (b"QVC\x00", b"DCI\x00")
TYPE2_SKIP = 6


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Casio maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if tiff.data.startswith(TYPE2_HEADERS, offset):
        read_plain_ifd(note, tiff, offset + TYPE2_SKIP, count - TYPE2_SKIP, TYPE2, fix=True)
    else:
        read_plain_ifd(note, tiff, offset, count, MAIN)
