"""Nintendo maker notes (MakerNotes.pm MakerNoteNintendo; Nintendo.pm).

Make ``Nintendo`` (exactly): a plain IFD at the start of the maker note, byte order guessed,
value offsets relative to the TIFF header.
"""

from ...binary import ByteReader
from .layout import read_plain_ifd
from .note import Note
from .tags.nintendo import MAIN

GROUP = "Nintendo"


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Nintendo maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if note.values["Make"] == "Nintendo":
        read_plain_ifd(note, tiff, offset, count, MAIN)
