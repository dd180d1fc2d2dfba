"""Samsung maker notes (MakerNotes.pm MakerNoteSamsung1b, MakerNoteSamsung2; Samsung.pm Main, Type2).

A plain IFD at the start of the maker note whose first entry is MakerNoteVersion ``0100``,
value offsets relative to the TIFF header but often wrong, so the base is checked and fixed as
ExifTool does (FixBase). The older notes are a binary block starting ``STMN`` and three digits,
read only when they hold a preview image (MakerNoteSamsung1a, without one, is left as binary).
"""

import re

from ...binary import ByteReader
from .note import Note
from .tags.samsung import STMN, TYPE2
from .walker import guess_order, read_block, read_maker_ifd

GROUP = "Samsung"
# An entry count, then tag 0x0001 of type 7 (undef) and count 4 holding "0100", either order.
TYPE2_START = re.compile(rb"(\x00.\x00\x01\x00\x07\x00{3}\x04|.\x00\x01\x00\x07\x00\x04\x00{3})0100", re.S)
# "STMN", three digits, then anything but a zero preview offset (MakerNoteSamsung1b).
STMN_WITH_PREVIEW = re.compile(rb"STMN\d{3}(?!.\x00{4})", re.S)


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Samsung maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if STMN_WITH_PREVIEW.match(tiff.data, offset):
        read_block(note, tiff.data[offset : offset + count], tiff.order, STMN)
        return
    if not TYPE2_START.match(tiff.data, offset):
        return
    reader = ByteReader(tiff.data, guess_order(tiff, offset))
    read_maker_ifd(note, reader, offset, count, TYPE2, fix=True)
