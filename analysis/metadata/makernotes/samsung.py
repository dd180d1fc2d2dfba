"""Samsung maker notes of the IFD kind (MakerNotes.pm MakerNoteSamsung2, Samsung.pm Type2).

A plain IFD at the start of the maker note whose first entry is MakerNoteVersion ``0100``,
value offsets relative to the TIFF header but often wrong, so the base is checked and fixed as
ExifTool does (FixBase). The older ``STMN`` maker notes are not read.
"""

import re

from ...binary import ByteReader
from .note import Note
from .tags.samsung import TYPE2
from .walker import guess_order, read_maker_ifd

GROUP = "Samsung"
# An entry count, then tag 0x0001 of type 7 (undef) and count 4 holding "0100", either order.
TYPE2_START = re.compile(rb"(\x00.\x00\x01\x00\x07\x00{3}\x04|.\x00\x01\x00\x07\x00\x04\x00{3})0100", re.S)


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Samsung maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if not TYPE2_START.match(tiff.data, offset):
        return
    reader = ByteReader(tiff.data, guess_order(tiff, offset))
    read_maker_ifd(note, reader, offset, count, TYPE2, fix=True)
