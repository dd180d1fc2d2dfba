"""Maker-note tag tables as plain data, in the shape of ExifTool's (lib/Image/ExifTool/README).

A :class:`Table` maps tag ids to :class:`Tag` rows. An IFD table is keyed by the 16-bit tag id of
each directory entry; a binary table (ExifTool's ProcessBinaryData) by the index of a value in a
block of fixed-size items, the item size given by the table's ``fmt``; a serial table (Canon's
ProcessSerialData) by the rank of a value in a block where each value follows the one before,
its size possibly depending on earlier values; a plist table (Apple) by dictionary key of a
binary property list; a records table by the ids its ``records`` function finds in the block
(ExifTool's own PROCESS_PROCs, such as Canon's custom functions). A row may name a
sub-table (ExifTool's SubDirectory), and several rows for one id are tried in order, the first
whose ``when`` holds being used (ExifTool's conditional lists).
"""

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..ifd import FORMATS as IFD_FORMATS
from ..ifd import TYPE_FORMATS

# ExifTool's formats (ExifTool.pm %formatSize) as (struct code, item size): those EXIF tags use,
# plus the ones maker-note tables ask for. "ifd" is kept apart from int32u because conditions
# test for it (Olympus sub-IFDs).
FORMATS: dict[str, tuple[str, int]] = {
    **IFD_FORMATS,
    "int64u": ("Q", 8),
    "int64s": ("q", 8),
    "rational32u": ("H", 4),
    "rational32s": ("h", 4),
    "ifd": ("I", 4),
    # ExifTool's "Rev" formats: read in the byte order opposite to the directory's.
    "int16uRev": ("H", 2),
    "int32uRev": ("I", 4),
    # ExifTool's 16.16 fixed-point numbers, read as integers and scaled by decode().
    "fixed32u": ("I", 4),
    "fixed32s": ("i", 4),
}
TEXT_FORMATS = ("string", "undef")
RATIONAL_FORMATS = ("rational32u", "rational32s", "rational64u", "rational64s")
# TIFF field type → ExifTool format name; 16 is BigTIFF's LONG8, which Apple uses in maker
# notes (Exif.pm).
TIFF_FORMATS = {**TYPE_FORMATS, 13: "ifd", 16: "int64u"}


class Values(dict):
    """Raw values decoded so far in one maker note, by tag name, plus ``Make`` and ``Model``:
    what ExifTool's conditions and conversions read as ``$$self{Name}``. A missing name reads
    as 0, as an undefined Perl value does in a numeric test. ``order`` is the byte order of
    the directory being read (ExifTool's GetByteOrder())."""

    order = ">"

    def __missing__(self, key: str) -> int:
        return 0

    def match(self, key: str, pattern: str, flags: int = 0) -> bool:
        """Perl's ``$$self{key} =~ /pattern/``."""
        return re.search(pattern, pstr(self[key]), flags) is not None

    def set(self, key: str, value: Any) -> Any:
        """Store and return ``value`` (ExifTool's ``$$self{Name} = $val`` inside an expression)."""
        self[key] = value
        return value


@dataclass(frozen=True)
class Probe:
    """What a row's ``when`` may test: the note's values so far, the stored format name and
    count of the entry, and the first bytes of its value (ExifTool's ``$format``, ``$count``,
    ``$$valPt``)."""

    n: Values
    fmt: str
    count: int
    data: bytes


@dataclass(frozen=True)
class Tag:
    """One row of a table; ``name`` is ExifTool's tag name. All other fields are optional:

    - ``fmt``: read as this format instead of the stored one (``"int16u"``, ``"int16u[4]"``,
      ``"string[16]"``; in a binary table ``"string"`` alone runs to the end of the block);
      ``count(earlier)``: the item count from the values already read in the block, by index.
    - ``raw(value, values)``: ExifTool's RawConv, applied at once; None drops the tag.
    - ``conv(value)``: ExifTool's ValueConv, giving the ``-n`` value; ``late(value, values)``:
      one that reads other tags of the note (both run once the note is read).
    - ``when(probe)``: ExifTool's Condition, choosing among the rows sharing an id.
    - ``sub``: the value is a sub-directory read with that table, in byte order ``order``
      (``"<"``, ``">"``, ``"?"`` to guess from the entry count, None to inherit); ``ifd``: the
      value points to it; ``prepare(data, values)`` deciphers its bytes first (None when that
      cannot be done), after which ``start`` bytes are skipped.
    - ``block``: the value is a block of another kind of metadata (``"IPTC"``), read by that
      kind's reader (ExifTool's SubDirectory into another module's table).
    - ``mask``: keep those bits of an integer, shifted down. ``binary``: report
      ``{"binary": length}``. ``offset``: a position in the file (ExifTool's IsOffset),
      reported as ExifTool does. ``priority``: overrides the table's (see :class:`Table`).
    - ``hook(values)``: ExifTool's Hook in a binary table: how many bytes the rows after this
      one move (its ``$varSize`` change), e.g. by firmware version.
    - ``own_base``: an IFD stored as the value's bytes whose offsets count from the value's
      start (ExifTool's ``Base => '$start-N'``), not from the parent's base; with ``ifd``, one
      whose offsets count from where the pointer points (``start`` bytes before the IFD).
    - ``hidden``: matched but not reported; in serial tables such rows are still read, to stay
      in step, and elsewhere they keep a variant's place so later variants are not chosen.
    """

    name: str
    fmt: str | None = None
    raw: Callable[[Any, Values], Any] | None = None
    conv: Callable[[Any], Any] | None = None
    late: Callable[[Any, Values], Any] | None = None
    when: Callable[[Probe], Any] | None = None
    sub: "Table | None" = None
    block: str | None = None
    ifd: bool = False
    order: str | None = None
    mask: int | None = None
    binary: bool = False
    hidden: bool = False
    priority: int | None = None
    offset: bool = False
    start: int = 0
    prepare: Callable[[bytes, Values], bytes | None] | None = None
    count: Callable[[dict[int, Any]], int] | None = None
    hook: Callable[[Values], int] | None = None
    own_base: bool = False


Row = Tag | str | tuple[Tag, ...]
IFD, BINARY, SERIAL, PLIST, RECORDS = "ifd", "binary", "serial", "plist", "records"
# A records table's reader: the block and its byte order → (tag id, value, item count) found.
Records = Callable[[bytes, str], Iterable[tuple[float | str, Any, int]]]


@dataclass(frozen=True)
class Table:
    """A tag table of ``kind`` IFD, BINARY, SERIAL, PLIST or RECORDS (default item format ``fmt``;
    ``records`` reads a RECORDS block).
    ``group`` overrides the brand's family-1 group; a tag of a higher ``priority`` replaces an
    earlier one of the same name, as ExifTool's PRIORITY. Binary tables may key several rows
    on one item with fractional ids (``9.1``, ``9.2``: bit fields of item 9). In a binary table
    a row with ``ifd`` holds where a part of the block starts (ExifTool's ``Start => '$val'``);
    ``offsets`` is where the block lists all its parts (a count, then that many int32u
    offsets: Nikon.pm NIKON_OFFSETS), each part running to the next one listed."""

    tags: Mapping[float | str, Row]
    kind: str = IFD
    fmt: str = "int8u"
    group: str | None = None
    priority: int = 1
    records: Records | None = None
    offsets: int | None = None
    rows: dict[float | str, tuple[Tag, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rows = {}
        for tag_id, row in self.tags.items():
            variants = row if isinstance(row, tuple) else (row,)
            rows[tag_id] = tuple(Tag(item) if isinstance(item, str) else item for item in variants)
        object.__setattr__(self, "rows", rows)

    def lookup(self, tag_id: float | str, probe: Probe) -> Tag | None:
        """The row for ``tag_id`` whose condition holds, or None (a condition that fails on
        odd data counts as false)."""
        for tag in self.rows.get(tag_id, ()):
            if tag.when is None:
                return tag
            try:
                if tag.when(probe):
                    return tag
            except (ArithmeticError, TypeError, ValueError, IndexError, KeyError, AttributeError):
                continue
        return None


def model(pattern: str, flags: int = 0) -> Callable[[Probe], bool]:
    """A ``when`` testing IFD0 Model, as ExifTool's ``$$self{Model} =~ /pattern/``."""
    return lambda probe: probe.n.match("Model", pattern, flags)


def not_model(pattern: str, flags: int = 0) -> Callable[[Probe], bool]:
    """A ``when`` for ExifTool's ``$$self{Model} !~ /pattern/``."""
    return lambda probe: not probe.n.match("Model", pattern, flags)


def parse_format(fmt: str) -> tuple[str, int | None]:
    """Split ``"int16u[4]"`` into ``("int16u", 4)``; a bare name gives a count of None."""
    if fmt.endswith("]") and "[" in fmt:
        name, _, count = fmt[:-1].partition("[")
        return name, int(count)
    return fmt, None


def lookup(mapping: Mapping[int, Any]) -> Callable[[Any], Any]:
    """A ValueConv given as a hash: mapped values, others as ``"Unknown (value)"``."""
    return lambda value: mapping.get(value, f"Unknown ({pstr(value)})")


def pstr(value: Any) -> str:
    """A value as Perl sees it in a string test: lists space-joined, bytes as Latin-1 text."""
    if isinstance(value, (bytes, bytearray)):
        return value.decode("latin-1")
    if isinstance(value, (list, tuple)):
        return " ".join(pstr(item) for item in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
