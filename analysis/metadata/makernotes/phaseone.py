"""Phase One maker notes (MakerNotes.pm MakerNotePhaseOne; PhaseOne.pm ProcessPhaseOne).

Not an IFD: ``IIII`` or ``MMMM`` (the byte order), four more bytes (``.waR``/``Raw.``), then the
32-bit offset of the directory, all offsets counting from the maker note's start. The directory
is a 32-bit entry count, 4 unused bytes, then 16-byte entries: tag id, item size (1 string,
2 int16s, 4 int32s), value size, and the value itself when it fits in 4 bytes, else its offset.
SensorCalibration (tag 0x0110) is a directory of the same kind with 12-byte entries (no item
size: int32s, or undef when the size is not a multiple of 4) after ``IIII\\1\\0\\0\\0``.
"""

import re
import struct

from ...binary import ByteReader
from ..values import binary
from .note import Note, emit
from .table import FORMATS, Probe, Table, parse_format
from .tags.phaseone import MAIN
from .walker import decode

GROUP = "PhaseOne"
MAIN_HEADER = re.compile(rb"IIII.waR|MMMMRaw.", re.S)
SUB_HEADER = re.compile(rb"IIII\x01\x00\x00\x00|MMMM\x00\x00\x00\x01")
ITEM_FORMATS = {1: "string", 2: "int16s", 4: "int32s"}
MIN_ENTRIES, MAX_ENTRIES = 2, 300
# ExifTool describes a value of more items than this instead of reading it.
MAX_ITEMS = 100000
FLOAT_EXPONENTS = range(121, 140)  # an int32s whose exponent bits fall here is read as a float


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Phase One maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if MAIN_HEADER.match(tiff.data, offset):
        _read_directory(note, tiff.data[offset : offset + count], MAIN, 16)


def _read_directory(note: Note, data: bytes, table: Table, entry_size: int) -> None:
    """PhaseOne.pm ProcessPhaseOne for one directory held in ``data``."""
    if len(data) < 12:
        return
    if entry_size == 12 and not SUB_HEADER.match(data):
        note.warn("Unrecognized SensorCalibration directory version")
        return
    order = "<" if data[:2] == b"II" else ">"
    start = struct.unpack_from(order + "I", data, 8)[0]
    if start + 8 > len(data):
        return
    entries = struct.unpack_from(order + "I", data, start)[0]
    if not MIN_ENTRIES <= entries <= MAX_ENTRIES or start + 8 + entry_size * entries > len(data):
        return
    note.values.order = order
    for index in range(entries):
        entry = start + 8 + entry_size * index
        tag_id = struct.unpack_from(order + "I", data, entry)[0]
        size = struct.unpack_from(order + "I", data, entry + entry_size - 8)[0]
        where = entry + entry_size - 4
        if entry_size == 16:
            fmt = ITEM_FORMATS.get(struct.unpack_from(order + "I", data, entry + 4)[0], "undef")
        else:
            fmt = "undef" if size % 4 else "int32s"
        if size > 4:
            where = struct.unpack_from(order + "I", data, where)[0]
            if where + size > len(data):
                note.warn(f"Invalid offset 0x{where:04x} for {GROUP} IFD entry {index}")
                return
        value_data = data[where : where + size]
        tag = table.lookup(tag_id, Probe(note.values, fmt, size, value_data[:128]))
        if tag is None or tag.hidden:
            continue
        if tag.sub is not None:
            _read_directory(note, value_data, tag.sub, 12)
            note.values.order = order
            continue
        fmt = parse_format(tag.fmt)[0] if tag.fmt else fmt
        items = size // FORMATS[fmt][1]
        if items > MAX_ITEMS:
            note.store(note.group, tag, binary(size), table.priority)
            continue
        value = decode(value_data, fmt, items, order)
        if fmt == "int32s" and not tag.fmt and value is not None:
            first = value[0] if isinstance(value, list) else value
            if ((first & 0x7F800000) >> 23) in FLOAT_EXPONENTS:
                value = decode(value_data, "float", items, order)
        emit(note, table, note.group, tag, value)
