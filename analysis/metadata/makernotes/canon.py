"""Canon maker notes (MakerNotes.pm MakerNoteCanon, Canon.pm Main).

A plain IFD at the start of the maker note, in either byte order, with value offsets relative
to the TIFF header. When the file was rewritten by other software the values may have moved
with the maker note: Canon ends it with a footer (``II*\\0`` or ``MM\\0*`` and the maker note's
original offset) from which ExifTool (MakerNotes.pm FixBase) corrects the base; so do we
(:mod:`.offsets`).
"""

from ...binary import ByteReader
from .note import Note
from .tags.canon import MAIN
from .walker import guess_order, read_maker_ifd

GROUP = "Canon"


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Canon maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    read_maker_ifd(note, ByteReader(tiff.data, guess_order(tiff, offset)), offset, count, MAIN)
