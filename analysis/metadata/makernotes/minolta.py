"""Minolta and Konica Minolta maker notes (MakerNotes.pm MakerNoteMinolta, Minolta.pm Main).

A plain IFD at the start of the maker note, byte order guessed, value offsets relative to the
TIFF header; the DiMAGE CameraSettings (0x0001, 0x0003) are big-endian blocks of int32u.
Notes starting ``MINOL``/``CAMER`` (Olympus-made), ``MLY0``, ``KC``, ``+M+M`` or 0xD7 are other
layouts ExifTool reads with other tables, or not at all; they are left alone.
"""

import re

from ...binary import ByteReader
from .layout import read_plain_ifd
from .note import Note
from .tags.minolta import MAIN

GROUP = "Minolta"
OTHER_LAYOUTS = re.compile(rb"(MINOL|CAMER|MLY0|KC|\+M\+M|\xd7)")


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Minolta maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if not OTHER_LAYOUTS.match(tiff.data, offset):
        read_plain_ifd(note, tiff, offset, count, MAIN)
