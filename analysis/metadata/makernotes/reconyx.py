"""Reconyx HyperFire maker notes (MakerNotes.pm MakerNoteReconyx, Reconyx.pm Main).

A little-endian block of 16-bit words starting with the version 0xF101; the UltraFire and
HyperFire 2 layouts (``RECONYXUF``, ``RECONYXH2``) are not read yet.
"""

import re

from ...binary import ByteReader
from .layout import read_fixed_block
from .note import Note
from .tags.reconyx import MAIN

GROUP = "Reconyx"
# The version word, then (for cameras that do not say RECONYX in Make) the major firmware version.
HYPERFIRE = re.compile(rb"\x01\xf1([\x02\x03]\x00)?")


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Reconyx maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    found = HYPERFIRE.match(tiff.data, offset)
    if found and (found[1] or note.values["Make"] == "RECONYX"):
        read_fixed_block(note, tiff.data[offset : offset + count], "<", MAIN)
