"""FLIR maker notes (MakerNotes.pm MakerNoteFLIR; FLIR.pm Main).

Cameras whose Make starts ``FLIR Systems`` write a plain IFD at the start of the maker note,
byte order guessed, value offsets relative to the TIFF header. Its tags have priority 0: the
FFF record of the JPEG's APP1 ``FLIR`` segments (:mod:`analysis.metadata.thermal`) replaces
those of the same name.
"""

from ...binary import ByteReader
from .layout import read_plain_ifd
from .note import Note
from .tags.flir import MAIN

GROUP = "FLIR"


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the FLIR maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    read_plain_ifd(note, tiff, offset, count, MAIN)
