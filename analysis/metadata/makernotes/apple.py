"""Apple maker notes (MakerNotes.pm MakerNoteApple, Apple.pm Main).

``Apple iOS\\0``, a 2-byte version and ``MM``, then at byte 14 an IFD (big-endian in every
sample; the order is still checked) whose value offsets are relative to the maker note start.
"""

from ...binary import ByteReader
from .note import Note
from .tags.apple import MAIN
from .walker import guess_order, read_ifd

GROUP = "Apple"
HEADER = 14


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Apple maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    marker = tiff.data[offset + 12 : offset + 14]
    start = offset + HEADER
    if marker in (b"MM", b"II"):
        reader = ByteReader(tiff.data, ">" if marker == b"MM" else "<")
    else:
        reader = ByteReader(tiff.data, guess_order(tiff, start))
    read_ifd(note, reader, start, offset, MAIN)
