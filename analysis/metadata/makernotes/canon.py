"""Canon maker notes (MakerNotes.pm MakerNoteCanon, Canon.pm Main).

A plain IFD at the start of the maker note, in either byte order, with value offsets relative
to the TIFF header. When the file was rewritten by other software the values may have moved
with the maker note: Canon ends it with a footer (``II*\\0`` or ``MM\\0*`` and the maker note's
original offset) from which ExifTool (MakerNotes.pm FixBase) corrects the base; so do we.
"""

from ...binary import ByteReader
from ...errors import AnalysisError
from .note import Note
from .tags.canon import MAIN
from .walker import guess_order, read_ifd, value_blocks

GROUP = "Canon"
FOOTER = 8


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Canon maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    reader = ByteReader(tiff.data, guess_order(tiff, offset))
    read_ifd(note, reader, offset, footer_shift(note, reader, offset, count), MAIN)


def footer_shift(note: Note, reader: ByteReader, offset: int, count: int) -> int:
    """How far the maker note moved since the camera wrote it, from its footer (0 if none)."""
    if count <= FOOTER:
        return 0
    footer = reader.data[offset + count - FOOTER : offset + count]
    marker = b"II*\x00" if reader.order == "<" else b"MM\x00*"
    if len(footer) < FOOTER or not footer.startswith(marker):
        return 0
    shift = offset - int.from_bytes(footer[4:], "little" if reader.order == "<" else "big")
    if not shift:
        return 0
    # ExifTool ignores a footer when the values run right up to it: the note was not moved.
    end = _values_end(reader, offset)
    if end is not None and offset + count - end - FOOTER in (0, 1):
        return 0
    note.ctx.warn(note.group, f"Adjusted MakerNotes base by {shift}")
    return shift


def _values_end(reader: ByteReader, offset: int) -> int | None:
    """End of the value that starts last among the directory's out-of-line values."""
    try:
        _, sizes = value_blocks(reader, offset)
    except AnalysisError:
        return None
    if not sizes:
        return None
    last = max(sizes)
    return last + sizes[last]
