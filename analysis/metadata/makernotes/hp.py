"""Hewlett-Packard maker notes (MakerNotes.pm MakerNoteHP2, MakerNoteHP4, MakerNoteHP6; HP.pm).

``610`` then a byte 0-4 (PhotoSmart E427, also BenQ, Mustek, Sanyo, Traveler, Vivitar): text
with labelled values and an embedded JPEG preview (HP.pm ProcessHP); ``IIII\\4\\0`` and
``IIII\\6\\0``: one little-endian block each. The EXIF-like ``Hewlett-Packard`` notes of the
PhotoSmart 720 hold only PrintIM and are not read.
"""

import re

from ...binary import ByteReader
from ..values import binary
from .layout import read_fixed_block
from .note import Note
from .table import Tag
from .tags.hp import TYPE2_LABELS, TYPE4, TYPE6

GROUP = "HP"
TYPE2 = re.compile(rb"610[\x00-\x04]")
PREVIEW_START, PREVIEW_END = b"\xff\xd8\xff\xdb", b"\xff\xd9"
BLOCKS = ((b"IIII\x04\x00", TYPE4), (b"IIII\x06\x00", TYPE6))


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the HP maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    data = tiff.data[offset : offset + count]
    for header, table in BLOCKS:
        if data.startswith(header):
            read_fixed_block(note, data, "<", table)
            return
    if TYPE2.match(data):
        _read_text(note, data)


def _read_text(note: Note, data: bytes) -> None:
    """HP.pm ProcessHP: the preview (first SOI+DQT to the last EOI) is described, then each
    label is looked for, case-insensitively, in the text before it."""
    # the greedy /\xff\xd8\xff\xdb.*\xff\xd9/s of HP.pm, found in linear time
    start = data.find(PREVIEW_START)
    end = data.rfind(PREVIEW_END, start + len(PREVIEW_START)) if start >= 0 else -1
    if end >= 0:
        note.store(note.group, Tag("PreviewImage"), binary(end + len(PREVIEW_END) - start), 1)
        data = data[:start]
    for label, name in sorted(TYPE2_LABELS.items()):
        found = re.search(re.escape(label.encode()) + rb":\s*([\x20-\x7f]+)", data, re.I)
        if found:
            note.store(note.group, Tag(name), found[1].decode("latin-1"), 1)
