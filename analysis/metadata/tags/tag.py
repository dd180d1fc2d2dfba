"""The row type of the IFD tag tables (the shape of an ExifTool tag-table entry, in Python).

A table maps a tag id to a :class:`Tag`, or to a tuple of Tags tried in order where ExifTool
lists conditional variants under one id (the first whose ``when`` holds, or has none, is used).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Where:
    """What a tag's ``when`` condition may look at: the directory's family-1 name (``"IFD0"``),
    the container (``"TIFF"`` for a TIFF file, ``"CR2"`` for a Canon CR2, ``"BTF"`` for a BigTIFF,
    ``"APP1"`` for JPEG EXIF, else the block path),
    the Compression and SubfileType read so far in this directory, and the value's first bytes."""

    directory: str
    container: str
    compression: int | None
    subfile_type: int | None
    head: bytes


@dataclass(frozen=True)
class Tag:
    """One tag: its ExifTool name and how its value is read.

    - ``fmt``: ExifTool format to read the value as instead of the entry's own type
      (``"undef"``, ``"string"``, ``"int8u"``, ``"rational64s"``, …; ExifTool's ``Format``).
    - ``conv``: ``conv(value, order) -> value``, the ``-n`` conversion (ExifTool's RawConv and
      ValueConv), given the value as read (list of numbers, ``str`` for strings, ``bytes`` for
      undefined data) and the byte order (``"<"`` or ``">"``).
    - ``binary``: shown as ``{"binary": length, "offset": …}`` (ExifTool's ``Binary``).
    - ``offset``: the value is an offset from the TIFF header, shown as a file offset (``IsOffset``).
    - ``ifd``: the value points to a sub-directory read into this family-1 group (``SubIFD``).
    - ``block``: the value is a block for another reader (a :class:`~..context.Block` kind).
    - ``makernote``: the value is the maker note, handed to :mod:`analysis.metadata.makernotes`.
    - ``when``: condition for this variant of a conditional row.
    """

    name: str
    fmt: str | None = None
    conv: Callable[[Any, str], Any] | None = None
    binary: bool = False
    offset: bool = False
    ifd: str | None = None
    block: str | None = None
    makernote: bool = False
    when: Callable[[Where], bool] | None = None


Row = Tag | tuple[Tag, ...]
