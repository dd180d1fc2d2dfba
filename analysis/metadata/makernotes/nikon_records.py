"""Nikon maker-note blocks read as records rather than fixed layouts (the RECORDS table kind)."""

import struct
from collections.abc import Iterator

HEADER = 0x18  # version, family, version, model code, firmware, entry count
ENTRY = 8
VALUE_FORMAT = 4  # the only format code ExifTool has seen (a 32-bit value)


def nikon_settings(data: bytes, order: str) -> Iterator[tuple[int, int, int]]:
    """NikonSettings.pm ProcessNikonSettings: (setting id, value, 1) for each 8-byte entry
    after the 24-byte header (a 16-bit id, a format byte at +3, a 32-bit value at +4), as many as
    the header counts and the block holds; reading stops at an entry of another format."""
    if len(data) < HEADER:
        return
    count = min(struct.unpack_from(order + "I", data, 0x14)[0], (len(data) - HEADER) // ENTRY)
    for index in range(count):
        entry = HEADER + index * ENTRY
        if data[entry + 3] != VALUE_FORMAT:
            return
        yield struct.unpack_from(order + "H", data, entry)[0], struct.unpack_from(order + "I", data, entry + 4)[0], 1


CAPTURE_OFFSET_ENTRY = 12
CAPTURE_HEADER = 22  # NikonCapture.pm: 22 bytes before the first record, and before each value


def capture_offsets(data: bytes, order: str) -> Iterator[tuple[int, int, int]]:
    """Nikon.pm ProcessNikonCaptureOffsets (tag 0x0e0e, after its ``0100`` version): a 16-bit
    count, then 12-byte entries of a 32-bit id and a 32-bit offset; nothing when the count is 0
    or the entries do not fit."""
    if len(data) <= 2:
        return
    count = struct.unpack_from(order + "H", data, 0)[0]
    if not count or count * CAPTURE_OFFSET_ENTRY + 2 > len(data):
        return
    for index in range(count):
        tag_id, value = struct.unpack_from(order + "II", data, 2 + CAPTURE_OFFSET_ENTRY * index)
        yield tag_id, value, 1


def nikon_capture(data: bytes, order: str) -> Iterator[tuple[int, bytes, int]]:
    """NikonCapture.pm ProcessNikonCapture (Nikon tag 0x0e01, always little-endian): after a
    22-byte header, records of a 32-bit id, 14 bytes, a 32-bit size that counts itself, then
    the value; (id, value bytes, size) for each, stopping at a record that does not fit."""
    pos, end = CAPTURE_HEADER, len(data)
    while pos + CAPTURE_HEADER < end:
        tag_id = struct.unpack_from("<I", data, pos)[0]
        size = struct.unpack_from("<I", data, pos + 18)[0] - 4
        pos += CAPTURE_HEADER
        if size < 0 or pos + size > end:
            return
        yield tag_id, data[pos : pos + size], size
        pos += size
