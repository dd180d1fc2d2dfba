"""Sanyo maker notes (MakerNotes.pm MakerNoteSanyo, MakerNoteSanyoC4; Sanyo.pm Main).

``SANYO\\0`` and two bytes, then an IFD at byte 8, byte order guessed, value offsets relative to
the TIFF header (checked and moved, FixBase, for the C4). The J and S models wrote wrong
offsets that ExifTool patches entry by entry (MakerNoteSanyoPatch); those are not read.
"""

import re

from ...binary import ByteReader
from .layout import read_plain_ifd
from .note import Note
from .tags.sanyo import MAIN

GROUP = "Sanyo"
HEADER = b"SANYO"
SKIP = 8


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Sanyo maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    model = str(note.values["Model"])
    if not tiff.data.startswith(HEADER, offset) or re.match(r"(J\d|S\d)\b", model):
        return
    read_plain_ifd(note, tiff, offset + SKIP, count - SKIP, MAIN, fix=re.match(r"C4\b", model) is not None)
