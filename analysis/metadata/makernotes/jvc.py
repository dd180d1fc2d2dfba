"""JVC maker notes (MakerNotes.pm MakerNoteJVC, MakerNoteJVCText; JVC.pm).

``JVC `` then an IFD at byte 4 (byte order guessed, value offsets relative to the TIFF header),
or, from JVC and Victor cameras, text: ``VER:0100QTY:FINE``, capital-letter keys each followed
by a colon and a value of three or four characters.
"""

import re

from ...binary import ByteReader
from .layout import read_plain_ifd, read_text_pairs
from .note import Note
from .tags.jvc import MAIN, TEXT

GROUP = "JVC"
IFD_HEADER = b"JVC "
TEXT_PAIR = re.compile(rb"([A-Z]+):(.{3,4})", re.S)


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the JVC maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if tiff.data.startswith(IFD_HEADER, offset):
        read_plain_ifd(note, tiff, offset + len(IFD_HEADER), count - len(IFD_HEADER), MAIN)
    elif tiff.data.startswith(b"VER:", offset) and note.values.match("Make", r"^(JVC|Victor)"):
        read_text_pairs(note, tiff.data[offset : offset + count], TEXT_PAIR, TEXT)
