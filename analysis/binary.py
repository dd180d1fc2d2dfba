"""Bounds-checked reading of integers and slices from bytes.

All byte-level access of the readers goes through :class:`ByteReader`, so an offset past the
end is always a :class:`~analysis.errors.MalformedDataError`, never an ``IndexError`` or a short
read taken for data.
"""

import struct

from .errors import MalformedDataError

BIG = ">"
LITTLE = "<"


class ByteReader:
    """A read-only view of ``data`` with a byte order (``">"`` big or ``"<"`` little endian)."""

    __slots__ = ("data", "order")

    def __init__(self, data: bytes, order: str = BIG) -> None:
        self.data = data
        self.order = order

    def __len__(self) -> int:
        return len(self.data)

    def slice(self, offset: int, length: int) -> bytes:
        """Return ``length`` bytes at ``offset``; raise MalformedDataError if any lies outside."""
        if offset < 0 or length < 0 or offset + length > len(self.data):
            raise MalformedDataError(
                f"read of {length} bytes at offset {offset} is past the end ({len(self.data)} bytes)"
            )
        return self.data[offset : offset + length]

    def unpack(self, fmt: str, offset: int) -> tuple:
        """``struct.unpack`` of ``fmt`` (without byte-order prefix) at ``offset``, bounds-checked."""
        size = struct.calcsize(self.order + fmt)
        return struct.unpack(self.order + fmt, self.slice(offset, size))

    def u8(self, offset: int) -> int:
        return self.slice(offset, 1)[0]

    def u16(self, offset: int) -> int:
        return self.unpack("H", offset)[0]

    def u32(self, offset: int) -> int:
        return self.unpack("I", offset)[0]
