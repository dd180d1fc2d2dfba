"""ISO base media file format boxes (ISO/IEC 14496-12 §4.2), bounds-checked.

A box is a u32 size (1: a u64 size follows the type; 0: to the end of the enclosing data), a
four-character type, then its body. Callers recurse into container boxes themselves and keep
the depth below MAX_BOX_DEPTH; :func:`boxes` yields at most MAX_SEGMENTS boxes per call.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import MalformedDataError
from ..limits import MAX_SEGMENTS


@dataclass(frozen=True)
class Box:
    """A box: ``type`` (4 bytes), absolute ``start`` and ``end`` of its body in the file, and the
    body ``size`` it declares (larger than ``end - start`` only for a box cut off by the end)."""

    type: bytes
    start: int
    end: int
    size: int


def boxes(data: bytes, start: int, end: int) -> Iterator[Box]:
    """The boxes between ``start`` and ``end`` of ``data``. A box running past ``end`` is yielded
    cut at ``end``, then MalformedDataError is raised, as it is for a bad size or more than
    MAX_SEGMENTS boxes."""
    pos = start
    for _ in range(MAX_SEGMENTS):
        if pos + 8 > end:
            return
        size, kind = int.from_bytes(data[pos : pos + 4], "big"), data[pos + 4 : pos + 8]
        header = 8
        if size == 1:
            if pos + 16 > end:
                raise MalformedDataError(f"'{kind.decode('latin-1')}' box at offset {pos} is truncated")
            size, header = int.from_bytes(data[pos + 8 : pos + 16], "big"), 16
        elif size == 0:
            size = end - pos
        if size < header:
            raise MalformedDataError(f"'{kind.decode('latin-1')}' box at offset {pos} has an invalid size")
        yield Box(kind, pos + header, min(pos + size, end), size - header)
        if pos + size > end:
            raise MalformedDataError(f"'{kind.decode('latin-1')}' box at offset {pos} runs past its container")
        pos += size
    raise MalformedDataError(f"more than {MAX_SEGMENTS} boxes")
