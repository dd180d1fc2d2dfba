"""Kodak maker notes (MakerNotes.pm MakerNoteKodak1a/1b, Kodak2, Kodak3, Kodak4, Kodak8a/8c,
Kodak11/12; Kodak.pm).

Kodak wrote many layouts, told apart by their first bytes (conditions from MakerNotes.pm, in
its order): ``KDK INFO`` (big-endian) or ``KDK`` then anything (little-endian) start a binary
block at byte 8 read with Main; ``Eastman Kodak`` at byte 8 (or a version and a maker name) is
the big-endian Type2 block, whatever the Make (HP, Pentax, Minolta used it); a note whose byte
12 is 7 (and that does not start ``MM``, ``II`` or ``AOC``) is Type3 (DC240...); one with
``JPG`` at byte 41 (Make ``Eastman Kodak``) is Type4 (DC210...). Type8 is an IFD, either at the
start of the note (offsets from the TIFF header) or after a TIFF header of its own (offsets
from that header), its entry count 4 bytes long on some PixPro models (8b, ExifTool's
ProcessKodakPatch); Type11/12 (PixPro, Make ``JK Imaging``) are laid out as 8b. Type5-7, Type9
and Type10 are not read yet.
"""

import re
import struct

from ...binary import ByteReader
from .layout import read_fixed_block
from .note import Note
from .table import Table
from .tags.kodak import MAIN, TYPE2, TYPE3, TYPE4, TYPE8, TYPE11
from .walker import guess_order, read_ifd

GROUP = "Kodak"
KDK_SKIP = 8
TIFF_HEADER = 8
# (pattern on the maker note, pattern on IFD0 Make, table, byte order)
LAYOUTS = (
    (re.compile(rb"KDK INFO"), re.compile(r"^EASTMAN KODAK"), MAIN, ">", KDK_SKIP),
    (re.compile(rb"KDK"), re.compile(r"^EASTMAN KODAK"), MAIN, "<", KDK_SKIP),
    (re.compile(rb".{8}Eastman Kodak|\x01\x00[\x00\x01]\x00\x00\x00\x04\x00[a-zA-Z]{4}", re.S), None, TYPE2, ">", 0),
    (re.compile(rb"(?!MM|II|AOC).{12}\x07", re.S), re.compile(r"^EASTMAN KODAK"), TYPE3, ">", 0),
    (re.compile(rb"(?!MM|II|AOC).{41}JPG", re.S), re.compile(r"^Eastman Kodak"), TYPE4, ">", 0),
)
# Type2's first bytes, for the maker-note table (MakerNoteKodak2 does not test the Make).
TYPE2_HEADER = LAYOUTS[2][0]
# MakerNoteKodak8a: an IFD at the start (a sensible entry count and first entry format);
# 8c: a TIFF header first.
TYPE8_IFD = re.compile(rb"\x00[\x02-\x7f]..\x00[\x01-\x0c]\x00\x00|[\x02-\x7f]\x00..[\x01-\x0c]\x00..\x00\x00", re.S)
TYPE8_TIFF = re.compile(rb"MM\x00\x2a\x00\x00\x00\x08|II\x2a\x00\x08\x00\x00\x00")
# MakerNoteKodak8b (PixPro AZ251...): a big-endian TIFF header, then a 4-byte entry count whose
# first half holds the count; MakerNoteKodak11 (little-endian) and 12 (big-endian), Make "JK
# Imaging": the same with Type11's tags.
TYPE8_PATCHED = re.compile(rb"MM\x00\x2a\x00\x00\x00\x08\x00.\x00\x00", re.S)
TYPE11_TIFF = re.compile(rb"II\x2a\x00\x08\x00\x00\x00.\x00\x00\x00|MM\x00\x2a\x00\x00\x00\x08\x00\x00\x00.", re.S)


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Kodak maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    data = tiff.data[offset : offset + count]
    make = str(note.values["Make"])
    for pattern, maker, table, order, skip in LAYOUTS:
        if pattern.match(data) and (maker is None or maker.match(make)):
            read_fixed_block(note, data[skip:], order, table)
            return
    kodak_make = re.search("Kodak", make, re.I) is not None
    if kodak_make and TYPE8_IFD.match(data):
        read_ifd(note, ByteReader(tiff.data, guess_order(tiff, offset)), offset, 0, TYPE8)
    elif kodak_make and TYPE8_PATCHED.match(data):
        _read_patched(note, tiff, offset, TYPE8)
    elif kodak_make and TYPE8_TIFF.match(data):
        start = offset + TIFF_HEADER
        order = "<" if data.startswith(b"II") else ">"
        read_ifd(note, ByteReader(tiff.data, order), start, offset, TYPE8)
    elif re.search(r"Kodak|PixPro", str(note.values["Model"]), re.I) and TYPE11_TIFF.match(data):
        _read_patched(note, tiff, offset, TYPE11)


def _read_patched(note: Note, tiff: ByteReader, offset: int, table: Table) -> None:
    """An IFD after the note's TIFF header whose entry count is 4 bytes long, read as
    ProcessKodakPatch does: the first non-zero of its two 16-bit halves is the count, and the
    entries follow it; offsets from the note's TIFF header."""
    order = "<" if tiff.data.startswith(b"II", offset) else ">"
    start = offset + TIFF_HEADER
    first, second = struct.unpack_from(order + "HH", tiff.data, start)
    patched = bytearray(tiff.data)
    struct.pack_into(order + "H", patched, start + 2, first or second)
    read_ifd(note, ByteReader(bytes(patched), order), start + 2, offset, table)
