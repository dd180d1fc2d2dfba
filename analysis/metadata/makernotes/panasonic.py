"""Panasonic maker notes (MakerNotes.pm MakerNotePanasonic, Panasonic.pm Main).

``Panasonic\\0\\0\\0``, then at byte 12 an IFD in the EXIF byte order (guessed from the entry
count when that disagrees) with value offsets relative to the TIFF header. The DC-FT7 alone
writes offsets relative to byte 12 of the file's TIFF structure (MakerNotePanasonic3).
"""

from ...binary import ByteReader
from .note import Note
from .tags.panasonic import MAIN
from .walker import guess_order, read_ifd, read_maker_ifd

GROUP = "Panasonic"
HEADER = 12


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Panasonic maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    start = offset + HEADER
    reader = ByteReader(tiff.data, guess_order(tiff, start))
    if note.values["Model"] == "DC-FT7":  # a fixed base: ExifTool does not check it
        read_ifd(note, reader, start, HEADER, MAIN)
    else:
        read_maker_ifd(note, reader, start, count, MAIN)
