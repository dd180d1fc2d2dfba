"""The TIFF/EXIF image file directory (IFD) structure: header, directories, raw entry values.

Layout from TIFF 6.0 §2 and Exif 2.32 §4.6.2: an 8-byte header (byte order, 42, offset of
IFD0), then directories of 12-byte entries (tag, type, count, value-or-offset) followed by the
offset of the next directory. Values of more than four bytes live at the offset.
BigTIFF (magic 43; ExifTool BigTIFF.pm) widens this: a 16-byte header (byte order, 43, offset
size 8, 0, 8-byte offset of IFD0), 8-byte entry counts and next-IFD offsets, and 20-byte entries
whose count and value-or-offset fields are 8 bytes (values of up to eight bytes are inline).
Every read is bounds-checked; loops are refused by the callers' visited-offset sets.
"""

import struct
from dataclasses import dataclass
from typing import NamedTuple

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
# BigTIFF's three extra types (ExifTool Exif.pm @formatName: int64u, int64s, ifd64); a classic
# directory treats them as bad formats, as ExifTool does.
BIG_FIELD_TYPES: dict[int, tuple[int, str]] = {
    **FIELD_TYPES,
    16: (8, "Q"),  # LONG8
    17: (8, "q"),  # SLONG8
    18: (8, "Q"),  # IFD8
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
# ... and of BigTIFF's extra types (kept apart: a classic directory has no such types).
BIG_TYPE_FORMATS = {**TYPE_FORMATS, 16: "int64u", 17: "int64s", 18: "int64u"}
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
    "int64u": ("Q", 8),
    "int64s": ("q", 8),
    "string": ("s", 1),
    "undef": ("s", 1),
}


@dataclass(frozen=True)
class Layout:
    """The shape of a directory: struct codes of the entry count and of offsets (next-IFD
    pointer, value offset), the bytes of an entry's count field and value-or-offset field, the
    field types it allows (type → byte size, struct code) and their ExifTool format names."""

    count: str
    pointer: str
    count_size: int
    field_size: int
    types: dict[int, tuple[int, str]]
    formats: dict[int, str]

    @property
    def entry_size(self) -> int:
        """Bytes of one entry: tag (2), type (2), count, value-or-offset."""
        return 4 + self.count_size + self.field_size

    @property
    def header_size(self) -> int:
        """Bytes of the entry count that opens a directory."""
        return struct.calcsize(self.count)


CLASSIC = Layout(count="H", pointer="I", count_size=4, field_size=4, types=FIELD_TYPES, formats=TYPE_FORMATS)
BIGTIFF = Layout(count="Q", pointer="Q", count_size=8, field_size=8, types=BIG_FIELD_TYPES, formats=BIG_TYPE_FORMATS)
BIGTIFF_HEADERS = (b"II+\x00\x08\x00\x00\x00", b"MM\x00+\x00\x08\x00\x00")


class Entry(NamedTuple):
    """One directory entry as stored: ``field`` is the raw value-or-offset field (4 bytes, 8 in
    BigTIFF). A tuple: every IFD of every file makes dozens."""

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


def open_tiff(data: bytes, any_magic: bool = False) -> tuple[ByteReader, int]:
    """Read a TIFF header; return a reader with the right byte order and the offset of IFD0.

    With ``any_magic`` only the byte order is checked, not the 42 after it (ExifTool reads a TIFF
    file whatever that number says, Exif.pm DoProcessTIFF). Raises MalformedDataError when
    ``data`` does not start with ``II*\\0`` or ``MM\\0*`` (``II``/``MM`` with ``any_magic``).
    """
    if data[:4] == b"II*\x00" or (any_magic and data[:2] == b"II"):
        reader = ByteReader(data, LITTLE)
    elif data[:4] == b"MM\x00*" or (any_magic and data[:2] == b"MM"):
        reader = ByteReader(data, BIG)
    else:
        raise MalformedDataError("no TIFF header (expected II*\\0 or MM\\0*)")
    return reader, reader.u32(4)


def open_bigtiff(data: bytes) -> tuple[ByteReader, int]:
    """Read a BigTIFF header (byte order, 43, offset size 8, 0; ExifTool BigTIFF.pm ProcessBTF);
    return a reader with its byte order and the 8-byte offset of IFD0.

    Raises MalformedDataError when ``data`` does not start with one of :data:`BIGTIFF_HEADERS`
    followed by that offset.
    """
    if data[:8] not in BIGTIFF_HEADERS:
        raise MalformedDataError("no BigTIFF header (expected II+\\0\\x08\\0\\0\\0 or MM\\0+\\0\\x08\\0\\0)")
    reader = ByteReader(data, LITTLE if data[:2] == b"II" else BIG)
    return reader, reader.unpack("Q", 8)[0]


def read_directory(reader: ByteReader, offset: int, layout: Layout = CLASSIC) -> tuple[Directory, list[str]]:
    """Read the directory at ``offset`` (classic TIFF unless ``layout`` says BigTIFF); return it
    and warnings about entries cut off by the end.

    Raises MalformedDataError when even the entry count cannot be read, and LimitError when the
    count exceeds :data:`~analysis.limits.MAX_IFD_ENTRIES`.
    """
    count = reader.unpack(layout.count, offset)[0]
    if count > MAX_IFD_ENTRIES:
        raise LimitError(f"directory at offset {offset} claims {count} entries")
    start, size = offset + layout.header_size, layout.entry_size
    # The entries that lie wholly within the data, in one unpack.
    fit = min(count, max(0, (len(reader) - start) // size))
    whole = f"{reader.order}HH{'I' if layout.count_size == 4 else 'Q'}{layout.field_size}s"
    entries = list(map(Entry._make, struct.iter_unpack(whole, reader.data[start : start + size * fit])))
    if fit < count:
        return Directory(offset, entries, 0), [
            f"directory at offset {offset} is cut off after {fit} of {count} entries"
        ]
    return Directory(offset, entries, _next_offset(reader, start + size * count, layout)), []


def _next_offset(reader: ByteReader, end: int, layout: Layout) -> int:
    """The next-IFD pointer after a directory ending at ``end``; 0 when the data ends first."""
    pointer_size = struct.calcsize(layout.pointer)
    return reader.unpack(layout.pointer, end)[0] if end + pointer_size <= len(reader) else 0


def value_bytes(reader: ByteReader, entry: Entry) -> bytes:
    """The bytes of an entry's value, inline or at its offset.

    Raises MalformedDataError for an unknown type or a value that lies past the end.
    """
    if entry.type not in FIELD_TYPES:
        raise MalformedDataError(f"tag 0x{entry.tag:04x} has unknown type {entry.type}")
    size = FIELD_TYPES[entry.type][0] * entry.count
    if size <= len(entry.field):
        return entry.field[:size]
    return reader.slice(field_offset(reader.order, entry.field), size)


def field_offset(order: str, field: bytes) -> int:
    """The offset a value-or-offset field holds (4 bytes, or 8 in BigTIFF), in byte order ``order``."""
    return int.from_bytes(field, "little" if order == LITTLE else "big")


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
