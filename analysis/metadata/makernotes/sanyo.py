"""Sanyo maker notes (MakerNotes.pm MakerNoteSanyo, MakerNoteSanyoC4, MakerNoteSanyoPatch;
Sanyo.pm Main).

``SANYO\\0`` and two bytes, then an IFD at byte 8, byte order guessed, value offsets relative to
the TIFF header (checked and moved, FixBase, for the C4). The J and S models wrote offsets that
mean nothing: ExifTool ignores them and takes each value (but the thumbnail's) to follow the
one before, from just past the directory (Sanyo.pm FixOffsets), and so does :func:`_patched`.
"""

import re
import struct

from ...binary import ByteReader
from ...errors import AnalysisError
from .layout import read_plain_ifd
from .note import Note
from .table import FORMATS, TIFF_FORMATS
from .tags.sanyo import MAIN
from .walker import guess_order, read_ifd

GROUP = "Sanyo"
HEADER = b"SANYO"
SKIP = 8
# Models whose offsets are patched (MakerNoteSanyoPatch: J1, J2, J4, S1, S3, S4).
PATCHED_MODELS = re.compile(r"(J\d|S\d)\b")
THUMBNAIL = 0x0100  # its pointer is kept as written (and is usually bad)
ENTRY, NEXT_IFD = 12, 4


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Sanyo maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if not tiff.data.startswith(HEADER, offset):
        return
    model = str(note.values["Model"])
    start = offset + SKIP
    if PATCHED_MODELS.match(model):
        reader = ByteReader(tiff.data, guess_order(tiff, start))
        read_ifd(note, ByteReader(_patched(reader, start), reader.order), start, 0, MAIN)
        return
    read_plain_ifd(note, tiff, start, count - SKIP, MAIN, fix=re.match(r"C4\b", model) is not None)


def _patched(reader: ByteReader, start: int) -> bytes:
    """A copy of ``reader``'s bytes where the IFD at ``start`` has each value offset (for values
    over 4 bytes, but SanyoThumbnail's) rewritten to follow the previous value, the first just
    past the directory and its next-IFD pointer, odd sizes padded to even (Sanyo.pm FixOffsets).
    Unreadable entries are left as they are for the walker to report."""
    data = bytearray(reader.data)
    try:
        entries = reader.u16(start)
    except AnalysisError:  # the walker reports the missing directory
        return bytes(data)
    end = start + 2 + ENTRY * entries
    if end > len(data):
        return bytes(data)
    value_end = end + NEXT_IFD
    order = reader.order
    for index in range(entries):
        at = start + 2 + ENTRY * index
        tag, kind, count = struct.unpack_from(order + "HHI", data, at)
        fmt = TIFF_FORMATS.get(kind)
        if fmt is None or tag == THUMBNAIL:
            continue
        size = FORMATS[fmt][1] * count
        if size <= 4:
            continue
        struct.pack_into(order + "I", data, at + 8, value_end & 0xFFFFFFFF)
        value_end += size + (size & 1)
    return bytes(data)
