"""Sigma and Foveon maker notes (MakerNotes.pm MakerNoteSigma, Sigma.pm Main).

``SIGMA\\0\\0\\0`` (or ``FOVEON``...), a version byte at 9, then an IFD at byte 10, byte order
guessed, value offsets relative to the TIFF header. The version (``SigmaVersion`` in the note's
values, -1 when the header differs) chooses between the old and new positions of many tags.
"""

from ...binary import ByteReader
from .layout import read_plain_ifd
from .note import Note
from .tags.sigma import MAIN

GROUP = "Sigma"
SKIP = 10


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Sigma maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    head = tiff.data[offset : offset + SKIP]
    if not head.startswith((b"SIGMA", b"FOVEON")):
        return
    note.values["SigmaVersion"] = head[9] if head.startswith(b"SIGMA\x00\x00\x00") and len(head) == SKIP else -1
    read_plain_ifd(note, tiff, offset + SKIP, count - SKIP, MAIN)
