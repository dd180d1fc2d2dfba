"""The TIFF/EXIF image file directory (IFD) structure: header, directories, raw entry values.

Layout from TIFF 6.0 §2 and Exif 2.32 §4.6.2: an 8-byte header (byte order, 42, offset of
IFD0), then directories of 12-byte entries (tag, type, count, value-or-offset) followed by the
offset of the next directory. Values of more than four bytes live at the offset.
Every read is bounds-checked; loops are refused by the callers' visited-offset sets.
"""

import struct
from dataclasses import dataclass

from ..binary import BIG, LITTLE, ByteReader
from ..errors import LimitError, MalformedDataError
from ..limits import MAX_IFD_ENTRIES

# Field type → (byte size, struct code). TIFF 6.0 §2 "Types"; 13 (IFD) from TIFF Tech Note 1.
FIELD_TYPES: dict[int, tuple[int, str]] = {
    1: (1, "B"),  # BYTE
    2: (1, "s"),  # ASCII
    3: (2, "H"),  # SHORT
    4: (4, "I"),  # LONG
    5: (8, "I"),  # RATIONAL (two LONGs)
    6: (1, "b"),  # SBYTE
    7: (1, "s"),  # UNDEFINED
    8: (2, "h"),  # SSHORT
    9: (4, "i"),  # SLONG
    10: (8, "i"),  # SRATIONAL (two SLONGs)
    11: (4, "f"),  # FLOAT
    12: (8, "d"),  # DOUBLE
    13: (4, "I"),  # IFD
}
ASCII, UNDEFINED = 2, 7
RATIONALS = (5, 10)

# ExifTool's format names (Exif.pm @formatName) for the field types, and the struct code and
# byte size of each format a tag table may ask a value to be read as (ExifTool.pm %formatSize).
TYPE_FORMATS = {
    1: "int8u",
    2: "string",
    3: "int16u",
    4: "int32u",
    5: "rational64u",
    6: "int8s",
    7: "undef",
    8: "int16s",
    9: "int32s",
    10: "rational64s",
    11: "float",
    12: "double",
    13: "int32u",
}
FORMATS: dict[str, tuple[str, int]] = {
    "int8u": ("B", 1),
    "int8s": ("b", 1),
    "int16u": ("H", 2),
    "int16s": ("h", 2),
    "int32u": ("I", 4),
    "int32s": ("i", 4),
    "rational64u": ("I", 8),
    "rational64s": ("i", 8),
    "float": ("f", 4),
    "double": ("d", 8),
    "string": ("s", 1),
    "undef": ("s", 1),
}


@dataclass(frozen=True)
class Entry:
    """One directory entry as stored: ``field`` is the raw 4-byte value-or-offset field."""

    tag: int
    type: int
    count: int
    field: bytes


@dataclass(frozen=True)
class Directory:
    """A directory read at ``offset``: its entries in file order and the next-IFD offset (0 = none)."""

    offset: int
    entries: list[Entry]
    next_offset: int


def open_tiff(data: bytes) -> tuple[ByteReader, int]:
    """Read a TIFF header; return a reader with the right byte order and the offset of IFD0.

    Raises MalformedDataError when ``data`` does not start with ``II*\\0`` or ``MM\\0*``.
    """
    if data[:4] == b"II*\x00":
        reader = ByteReader(data, LITTLE)
    elif data[:4] == b"MM\x00*":
        reader = ByteReader(data, BIG)
    else:
        raise MalformedDataError("no TIFF header (expected II*\\0 or MM\\0*)")
    return reader, reader.u32(4)


def read_directory(reader: ByteReader, offset: int) -> tuple[Directory, list[str]]:
    """Read the directory at ``offset``; return it and warnings about entries cut off by the end.

    Raises MalformedDataError when even the entry count cannot be read, and LimitError when the
    count exceeds :data:`~analysis.limits.MAX_IFD_ENTRIES`.
    """
    count = reader.u16(offset)
    if count > MAX_IFD_ENTRIES:
        raise LimitError(f"directory at offset {offset} claims {count} entries")
    warnings = []
    entries = []
    for index in range(count):
        at = offset + 2 + 12 * index
        try:
            tag, ftype, n = reader.unpack("HHI", at)
            field = reader.slice(at + 8, 4)
        except MalformedDataError:
            warnings.append(f"directory at offset {offset} is cut off after {index} of {count} entries")
            return Directory(offset, entries, 0), warnings
        entries.append(Entry(tag, ftype, n, field))
    end = offset + 2 + 12 * count
    next_offset = reader.u32(end) if end + 4 <= len(reader) else 0
    return Directory(offset, entries, next_offset), warnings


def value_bytes(reader: ByteReader, entry: Entry) -> bytes:
    """The bytes of an entry's value, inline or at its offset.

    Raises MalformedDataError for an unknown type or a value that lies past the end.
    """
    if entry.type not in FIELD_TYPES:
        raise MalformedDataError(f"tag 0x{entry.tag:04x} has unknown type {entry.type}")
    size = FIELD_TYPES[entry.type][0] * entry.count
    if size <= 4:
        return entry.field[:size]
    return reader.slice(struct.unpack(reader.order + "I", entry.field)[0], size)


def decode(reader: ByteReader, entry: Entry) -> bytes | tuple:
    """An entry's value: ``bytes`` for ASCII and UNDEFINED, else a tuple of numbers
    (rationals as ``(numerator, denominator)`` pairs).

    Raises MalformedDataError as :func:`value_bytes` does.
    """
    raw = value_bytes(reader, entry)
    if entry.type in (ASCII, UNDEFINED):
        return raw
    code = FIELD_TYPES[entry.type][1]
    if entry.type in RATIONALS:
        flat = struct.unpack(f"{reader.order}{2 * entry.count}{code}", raw)
        return tuple(zip(flat[0::2], flat[1::2], strict=True))
    return struct.unpack(f"{reader.order}{entry.count}{code}", raw)


def unpack(raw: bytes, fmt: str, order: str) -> tuple:
    """The numbers in ``raw`` read as ExifTool format ``fmt`` (a key of :data:`FORMATS`, not
    ``string``/``undef``) in byte order ``order``; rationals as ``(numerator, denominator)``
    pairs. A trailing partial value is ignored."""
    code, size = FORMATS[fmt]
    count = len(raw) // size
    if fmt.startswith("rational"):
        flat = struct.unpack(f"{order}{2 * count}{code}", raw[: count * size])
        return tuple(zip(flat[0::2], flat[1::2], strict=True))
    return struct.unpack(f"{order}{count}{code}", raw[: count * size])
