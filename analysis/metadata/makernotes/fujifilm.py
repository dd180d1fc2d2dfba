"""FujiFilm maker notes (MakerNotes.pm MakerNoteFujiFilm, FujiFilm.pm Main).

``FUJIFILM`` (or ``GENERALE``), then at byte 8 the little-endian offset of the IFD from the
maker note start; value offsets are relative to the maker note start too. Always little-endian,
whatever the EXIF byte order.
"""

from ...binary import ByteReader
from .note import Note
from .tags.fujifilm import MAIN
from .walker import read_ifd

GROUP = "FujiFilm"


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the FujiFilm maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    reader = ByteReader(tiff.data, "<")
    read_ifd(note, reader, offset + reader.u32(offset + 8), offset, MAIN)
