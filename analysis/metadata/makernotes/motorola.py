"""Motorola maker notes (MakerNotes.pm MakerNoteMotorola, Motorola.pm Main).

``MOT\\0`` and four more bytes, then an IFD at byte 8, byte order guessed, value offsets
relative to the maker note start.
"""

from ...binary import ByteReader
from .layout import read_plain_ifd
from .note import Note
from .tags.motorola import MAIN

GROUP = "Motorola"
SKIP = 8


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Motorola maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    read_plain_ifd(note, tiff, offset + SKIP, count - SKIP, MAIN, base=offset)
