"""Canon maker-note blocks that are neither IFDs nor fixed layouts: the readers of ExifTool's
own PROCESS_PROCs for them, used as ``records`` of :class:`.table.Table` (RECORDS kind), and
the size check (Canon.pm Validate) most Canon sub-directories must pass.

- Custom functions of the older EOS models (CanonCustom.pm ProcessCanonCustom, maker-note
  tags 0x000F and 0x0090): a 16-bit byte count, then one 16-bit word per function, its number
  in the high byte and its setting in the low byte.
- Custom functions from the EOS-1D Mark III on (ProcessCanonCustom2, tag 0x0099): a 16-bit
  byte count, a 32-bit group count, then groups (number, byte length, entry count) of entries
  (32-bit function id, value count, that many int32s).
- Creative filters (Canon.pm ProcessFilters, tag 0x4024): a filter count at byte 4, then
  filters (number, byte length, parameter count) of parameters (32-bit id, value count,
  that many int32s).

Each reader yields ``(tag id, value, item count)``: one int, or a list when there are several.
Damaged blocks yield what could be read before the damage, as ExifTool keeps those tags.
"""

import struct
from collections.abc import Callable, Iterator
from typing import Any

from .table import Values

Found = Iterator[tuple[int, Any, int]]
Prepare = Callable[[bytes, Values], bytes | None]
# ExifTool's patch for an EOS-1D X Mark III firmware 1.0.0 bug: function 0x70c stored with a
# count one too small, seen when function 0x70f follows one word later.
SHORT_FUNCTION, SHORT_COUNT, NEXT_FUNCTION = 0x70C, 0x66, 0x70F


def size_word(offset: int = 0, accept: Callable[[int], tuple[float, ...]] = lambda size: (size,)) -> Prepare:
    """A ``prepare`` for Canon.pm ``Validate``: the block is read only when the 16-bit word at
    ``offset`` (in the note's byte order) is one of ``accept(byte length)`` (by default the
    length itself; the EOS D60 counts its custom functions 2 bytes short)."""

    def check(data: bytes, values: Values) -> bytes | None:
        if len(data) < offset + 2:
            return None
        return data if struct.unpack_from(values.order + "H", data, offset)[0] in accept(len(data)) else None

    return check


def _u32(data: bytes, order: str, pos: int) -> int:
    return struct.unpack_from(order + "I", data, pos)[0]


def _int32s(data: bytes, order: str, pos: int, count: int) -> Any:
    values = list(struct.unpack_from(f"{order}{count}i", data, pos))
    return values[0] if count == 1 else values


def custom_functions(data: bytes, order: str) -> Found:
    """CanonCustom.pm ProcessCanonCustom: (function number, setting, 1) per 16-bit word after
    the byte count (checked before, by :func:`size_word`)."""
    for pos in range(2, len(data) - 1, 2):
        word = struct.unpack_from(order + "H", data, pos)[0]
        yield word >> 8, word & 0xFF, 1


def custom_functions2(data: bytes, order: str) -> Found:
    """CanonCustom.pm ProcessCanonCustom2: (function id, int32 value(s), count) of every group
    entry that lies inside its group; nothing unless the block starts with its byte count
    (at least 8)."""
    end = len(data)
    if end < 8 or struct.unpack_from(order + "H", data)[0] != end:
        return
    pos = 8
    while pos + 12 <= end:
        length = _u32(data, order, pos + 4)
        if length < 8:
            return
        pos += 12
        group_end = pos + length - 8
        if group_end > end:
            return
        entry = pos
        while entry + 8 < group_end:
            tag, count = _u32(data, order, entry), _u32(data, order, entry + 4)
            after = entry + 8 + 4 * count
            if after > group_end:
                break
            if (tag, count) == (SHORT_FUNCTION, SHORT_COUNT) and after + 8 < group_end:
                count += _u32(data, order, after + 4) == NEXT_FUNCTION
            if count:
                yield tag, _int32s(data, order, entry + 8, count), count
            entry += 8 + 4 * count
        pos = group_end


def filters(data: bytes, order: str) -> Found:
    """Canon.pm ProcessFilters: (parameter id, int32 value(s), count) of each filter's
    parameters, stopping at the first truncated filter or parameter."""
    end = len(data)
    if end < 8:
        return
    pos = 8
    for _ in range(_u32(data, order, 4)):
        if pos + 12 > end:
            return
        size, parameters = _u32(data, order, pos + 4), _u32(data, order, pos + 8)
        following = pos + 4 + size
        if following > end:
            return
        pos += 12
        for _ in range(parameters):
            if pos + 12 > end:
                return
            tag, count = _u32(data, order, pos), _u32(data, order, pos + 4)
            pos += 8
            if pos + 4 * count > end:
                return
            if count:
                yield tag, _int32s(data, order, pos, count), count
            pos += 4 * count
        pos = following
