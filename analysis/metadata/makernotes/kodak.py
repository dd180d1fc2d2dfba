"""Kodak maker notes (MakerNotes.pm MakerNoteKodak1a/1b, Kodak3, Kodak4; Kodak.pm).

Kodak wrote many layouts, told apart by their first bytes (conditions from MakerNotes.pm, in
its order): ``KDK INFO`` (big-endian) or ``KDK`` then anything (little-endian) start a binary
block at byte 8 read with Main; a note whose byte 12 is 7 (and that does not start ``MM``,
``II`` or ``AOC``) is Type3 (DC240...); one with ``JPG`` at byte 41 (Make ``Eastman Kodak``) is
Type4 (DC210...). Other layouts (Type2, Type5-12, IFD-based ones) are not read yet.
"""

import re

from ...binary import ByteReader
from .layout import read_fixed_block
from .note import Note
from .tags.kodak import MAIN, TYPE3, TYPE4

GROUP = "Kodak"
KDK_SKIP = 8
# (pattern on the maker note, pattern on IFD0 Make, table, byte order)
LAYOUTS = (
    (re.compile(rb"KDK INFO"), re.compile(r"^EASTMAN KODAK"), MAIN, ">", KDK_SKIP),
    (re.compile(rb"KDK"), re.compile(r"^EASTMAN KODAK"), MAIN, "<", KDK_SKIP),
    (re.compile(rb"(?!MM|II|AOC).{12}\x07", re.S), re.compile(r"^EASTMAN KODAK"), TYPE3, ">", 0),
    (re.compile(rb"(?!MM|II|AOC).{41}JPG", re.S), re.compile(r"^Eastman Kodak"), TYPE4, ">", 0),
)


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Kodak maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    data = tiff.data[offset : offset + count]
    make = str(note.values["Make"])
    for pattern, maker, table, order, skip in LAYOUTS:
        if pattern.match(data) and maker.match(make):
            read_fixed_block(note, data[skip:], order, table)
            return
