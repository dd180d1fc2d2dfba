"""DJI maker notes (MakerNotes.pm MakerNoteDJIInfo, MakerNoteDJI; DJI.pm).

Notes starting ``[ae_dbg_info:`` (any make) are ``[name:value]`` records (DJI.pm
ProcessDJIInfo), each a tag named after its record. Otherwise, from Make ``DJI`` (exactly), a
plain IFD at the start of the note (byte order guessed, value offsets relative to the TIFF
header), unless the note starts with an Ambarella ``...@AMBA`` block.
"""

import re

from ...binary import ByteReader
from .layout import read_plain_ifd
from .note import Note
from .table import Tag
from .tags.dji import MAIN, info_records

GROUP = "DJI"
INFO_HEADER = b"[ae_dbg_info:"
AMBARELLA = re.compile(rb"...@AMBA", re.S)


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the DJI maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    data = tiff.data[offset : offset + count]
    if data.startswith(INFO_HEADER):
        for name, value in info_records(data):
            note.store(note.group, Tag(name, binary=isinstance(value, bytes)), value, 1)
    elif note.values["Make"] == "DJI" and not AMBARELLA.match(data):
        read_plain_ifd(note, tiff, offset, count, MAIN)
