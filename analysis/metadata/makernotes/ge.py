"""GE (General Imaging) maker notes (MakerNotes.pm MakerNoteGE, GE.pm Main).

``GE\\0\\0`` or ``GENIC\\0``, then an IFD at byte 18, byte order guessed, value offsets relative
to the TIFF header, checked and moved (FixBase; GE writes no next-IFD pointer). The
FujiFilm-made ``GE\\x0c`` notes are not read.
"""

import re

from ...binary import ByteReader
from .layout import read_plain_ifd
from .note import Note
from .tags.ge import MAIN

GROUP = "GE"
HEADER = re.compile(rb"GE(\x00\x00|NIC\x00)")
SKIP = 18


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the GE maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if HEADER.match(tiff.data, offset):
        read_plain_ifd(note, tiff, offset + SKIP, count - SKIP, MAIN, fix=True)
