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
