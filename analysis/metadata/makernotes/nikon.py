"""Nikon maker notes (MakerNotes.pm MakerNoteNikon, MakerNoteNikon2, MakerNoteNikon3).

Type 3 (``Nikon\\0\\2…``): after the 10-byte header comes a TIFF header of its own, giving the
byte order and the IFD offset; value offsets are relative to that header. Type 2
(``Nikon\\0\\1``): a little-endian IFD at byte 8 with Nikon.pm's Type2 table. Type 1 (no
header, Make ``NIKON``): a plain IFD with offsets relative to the EXIF TIFF header.

Some blocks (ShotInfo, LensData, ColorBalance) are enciphered with keys from SerialNumber
(0x001d) and ShutterCount (0x00a7); like Nikon.pm ProcessNikon the directory is scanned for
both before it is read.
"""

import re

from ...binary import ByteReader
from ...errors import AnalysisError
from ..ifd import ASCII, read_directory
from .crypt import NIKON_COUNT_KEY, NIKON_SERIAL_KEY
from .note import Note
from .tags.nikon import MAIN, TYPE2
from .walker import guess_order, read_ifd, read_maker_ifd

GROUP = "Nikon"
HEADER = 10
SERIAL_TAG, SHUTTER_COUNT_TAG = 0x001D, 0x00A7
LONG = 4


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Nikon maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    head = tiff.data[offset : offset + HEADER]
    if head.startswith(b"Nikon\x00\x01"):
        read_maker_ifd(note, ByteReader(tiff.data, "<"), offset + 8, count, TYPE2)
        return
    if head.startswith(b"Nikon\x00\x02"):
        base = offset + HEADER
        marker = tiff.data[base : base + 4]
        if marker in (b"II*\x00", b"MM\x00*"):
            reader = ByteReader(tiff.data, "<" if marker[:1] == b"I" else ">")
            start = base + reader.u32(base + 4)
        else:  # no inner TIFF header: ExifTool's fixed layout
            start = base + 8
            reader = ByteReader(tiff.data, guess_order(tiff, start))
    else:
        base, start = 0, offset
        reader = ByteReader(tiff.data, guess_order(tiff, start))
    # Conditions of some ShotInfo rows test ExifTool's file type; only JPEG is told apart here.
    note.values["FILE_TYPE"] = "JPEG" if note.ctx.data.startswith(b"\xff\xd8") else ""
    _find_keys(note, reader, start, base)
    if base:  # offsets relative to the note's own TIFF header (ExifTool: no FixBase)
        read_ifd(note, reader, start, base, MAIN)
    else:
        read_maker_ifd(note, reader, start, count, MAIN)


def _find_keys(note: Note, reader: ByteReader, start: int, base: int) -> None:
    """Store the decryption keys (Nikon.pm PrescanExif, SerialKey) in the note's values:
    the serial number defaults to 0, the shutter count must be present."""
    serial = "0"
    try:
        directory, _ = read_directory(reader, start)
        for entry in directory.entries:
            if entry.tag == SERIAL_TAG and entry.type == ASCII:
                serial = _value(reader, base, entry.count, entry.field).split(b"\x00", 1)[0].decode("latin-1")
            elif entry.tag == SHUTTER_COUNT_TAG and entry.type == LONG and entry.count == 1:
                note.values[NIKON_COUNT_KEY] = int.from_bytes(entry.field, "little" if reader.order == "<" else "big")
    except AnalysisError:
        return
    note.values[NIKON_SERIAL_KEY] = _serial_key(serial, str(note.values["Model"]))


def _value(reader: ByteReader, base: int, size: int, field: bytes) -> bytes:
    if size <= 4:
        return field[:size]
    return reader.slice(base + int.from_bytes(field, "little" if reader.order == "<" else "big"), size)


def _serial_key(serial: str, model: str) -> int:
    """Nikon.pm SerialKey: the serial number when it is all digits, else a per-model constant."""
    if serial.isdigit():
        return int(serial)
    return 0x22 if re.search(r"\bD50$", model) else 0x60
