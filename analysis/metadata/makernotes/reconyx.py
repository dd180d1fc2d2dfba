"""Reconyx HyperFire maker notes (MakerNotes.pm MakerNoteReconyx, Reconyx.pm Main).

A little-endian block of 16-bit words starting with the version 0xF101; the HyperFire 2
(``RECONYXH2\\0``, MakerNoteReconyxHyperFire2) writes a little-endian block addressed by byte
offset, as does the UltraFire (``RECONYXUF\\0``, MakerNoteReconyxUltraFire); ExifTool 12.57 names
these tables Type3 and Type2. The later MicroFire and HyperFire 4K layouts are not in 12.57.
"""

import re

from ...binary import ByteReader
from .layout import read_fixed_block
from .note import Note
from .tags.reconyx import HYPERFIRE2, MAIN, ULTRAFIRE

GROUP = "Reconyx"
# The version word, then (for cameras that do not say RECONYX in Make) the major firmware version.
HYPERFIRE = re.compile(rb"\x01\xf1([\x02\x03]\x00)?")
HYPERFIRE2_HEADER = b"RECONYXH2\x00"
ULTRAFIRE_HEADER = b"RECONYXUF\x00"


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Reconyx maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if tiff.data.startswith(HYPERFIRE2_HEADER, offset):
        read_fixed_block(note, tiff.data[offset : offset + count], "<", HYPERFIRE2)
        return
    if tiff.data.startswith(ULTRAFIRE_HEADER, offset):
        read_fixed_block(note, tiff.data[offset : offset + count], "<", ULTRAFIRE)
        return
    found = HYPERFIRE.match(tiff.data, offset)
    if found and (found[1] or note.values["Make"] == "RECONYX"):
        read_fixed_block(note, tiff.data[offset : offset + count], "<", MAIN)
