"""The generic maker-note processor: IFD and binary-block directories driven by a :class:`Table`.

Mirrors ExifTool's ProcessExif (Exif.pm) for maker-note IFDs and ProcessBinaryData
(ExifTool.pm) for fixed-layout blocks: values are decoded in the stored (or the row's) format,
RawConv then ValueConv applied, and the result kept under the table's family-1 group. Damage is
a warning on the group; visited offsets, a depth cap and a per-note warning cap bound the work.
"""

import math
import struct
from typing import Any

from ...binary import ByteReader
from ...errors import AnalysisError
from ...limits import MAX_DEPTH, MAX_VALUE_BYTES
from ..context import Block
from ..ifd import read_directory
from ..values import rational
from .note import Note, emit
from .offsets import DIRECTORY, check_base
from .plist import load as load_plist
from .table import (
    FORMATS,
    IFD,
    PLIST,
    RATIONAL_FORMATS,
    RECORDS,
    SERIAL,
    TEXT_FORMATS,
    TIFF_FORMATS,
    Probe,
    Table,
    Tag,
    parse_format,
)

# ExifTool tries a condition with at most this many leading bytes of the value ($$valPt).
PROBE_BYTES = 128


def decode(data: bytes, fmt: str, count: int | None, order: str) -> Any:
    """A value read as ExifTool's ReadValue does: ``count`` items of ``fmt`` (all that fit
    when None or when the data is shorter). Numbers come as one number or a list, rationals
    rounded to 10 significant digits (``"inf"``/``"undef"`` for a zero denominator), strings
    cut at the first NUL (as Latin-1 text, one character per byte), undef as bytes; a ``...Rev``
    format is read in the byte order opposite to ``order``. None when not even one item fits."""
    code, size = FORMATS[fmt]
    if fmt.endswith("Rev"):
        order = "<" if order == ">" else ">"
    if fmt in TEXT_FORMATS:
        raw = data if count is None else data[:count]
        return raw.split(b"\x00", 1)[0].decode("latin-1") if fmt == "string" else raw
    fits = len(data) // size
    items = fits if count is None else min(count, fits)
    if items <= 0:
        return None
    if fmt in RATIONAL_FORMATS:
        flat = struct.unpack(f"{order}{2 * items}{code}", data[: items * size])
        digits = 7 if size == 4 else 10
        values = [rational(num, den, digits) for num, den in zip(flat[0::2], flat[1::2], strict=True)]
    else:
        values = list(struct.unpack(f"{order}{items}{code}", data[: items * size]))
        if fmt.startswith("fixed32"):
            # ExifTool GetFixed32u/s: 16.16 fixed point, rounded half away from zero to 5 decimals.
            values = [math.trunc(item / 0x10000 * 1e5 + (0.5 if item > 0 else -0.5)) / 1e5 for item in values]
    return values[0] if items == 1 else values


def guess_order(reader: ByteReader, start: int) -> str:
    """ExifTool's 'Unknown' byte order: swap when the entry count read in the current order
    has a high byte larger than its low byte (Exif.pm, SubDirectory ByteOrder)."""
    try:
        num = reader.u16(start)
    except AnalysisError:
        return reader.order
    if num & 0xFF00 and (num >> 8) > (num & 0xFF):
        return "<" if reader.order == ">" else ">"
    return reader.order


def read_maker_ifd(
    note: Note, reader: ByteReader, start: int, length: int, table: Table, base: int = 0, fix: bool = False
) -> None:
    """Read a maker note's main IFD at ``start`` (the note running ``length`` bytes from there)
    once its offsets, meant relative to ``base``, are checked as ExifTool's FixBase does (moved
    silently when ``fix``; see :func:`.offsets.check_base`)."""
    layout = check_base(note, reader, start, length, base, fix)
    read_ifd(note, reader, start, layout.base, table, entry_based=layout.entry_based, trusted=layout.trusted)


def read_ifd(
    note: Note,
    reader: ByteReader,
    start: int,
    base: int,
    table: Table,
    group: str | None = None,
    *,
    entry_based: bool = False,
    trusted: bool = True,
) -> None:
    """Read the IFD at ``start`` in ``reader``; value offsets are relative to ``base`` (to each
    entry's position when ``entry_based``).

    Entries with an unknown format are skipped with a warning (a first bad entry abandons the
    directory, as ExifTool assumes it is not an IFD); a value past the end is a warning. When the
    offsets are not ``trusted``, values read through them (stored outside the directory, sub-IFDs
    pointed to, file positions) are left out, and how many is a warning.
    """
    group = table.group or group or note.group
    refused = note.enter(start, base)
    if refused:
        note.warn(f"maker note directory at offset {start} {refused}")
        return
    try:
        directory, problems = read_directory(reader, start)
    except AnalysisError as exc:
        note.warn(f"bad maker note directory at offset {start}: {exc}")
        return
    for problem in problems:
        note.warn(problem)
    note.depth += 1
    withheld = 0
    try:
        for index, entry in enumerate(directory.entries):
            note.values.order = reader.order
            if note.exhausted:
                note.warn("too many warnings: rest of the maker note skipped")
                return
            fmt = TIFF_FORMATS.get(entry.type)
            if fmt is None:
                if entry.type:  # a zero type is padding, not damage (Exif.pm)
                    note.warn(f"Bad format ({entry.type}) for {DIRECTORY} entry {index}")
                if index == 0:
                    return
                continue
            span = (start, start + 2 + 12 * len(directory.entries))
            entry_base = start + 2 + 12 * index if entry_based else base
            withheld += not _read_entry(
                note, reader, entry_base, table, group, entry.tag, fmt, entry.count, entry.field, span, trusted
            )
    finally:
        note.depth -= 1
    if withheld:
        note.warn(f"{withheld} MakerNotes values left out: read through possibly incorrect offsets")


def _read_entry(
    note: Note,
    reader: ByteReader,
    base: int,
    table: Table,
    group: str,
    tag_id: int,
    fmt: str,
    count: int,
    field: bytes,
    span: tuple[int, int],
    trusted: bool = True,
) -> bool:
    """Read one entry; False when its value was withheld (read through untrusted offsets)."""
    size = FORMATS[fmt][1] * count
    if size > MAX_VALUE_BYTES:
        note.warn(f"maker note tag 0x{tag_id:04x} claims {size} bytes")
        return True
    if size <= 4:
        where, data = None, field[:size]
    elif not trusted:
        return False
    else:
        pointer = struct.unpack(reader.order + "I", field)[0]
        where = base + pointer
        if pointer < 8 or (where < span[1] and where + size > span[0]):
            # Exif.pm: an offset into the TIFF header or onto the directory itself is bogus
            note.warn(f"Suspicious {DIRECTORY} offset for {_tag_name(note, table, tag_id, fmt, count)}")
            return True
        try:
            data = reader.slice(where, size)
        except AnalysisError:
            note.warn(f"Bad offset for {DIRECTORY} {_tag_name(note, table, tag_id, fmt, count)}")
            return True
    tag = table.lookup(tag_id, Probe(note.values, fmt, count, data[:PROBE_BYTES]))
    if tag is None or tag.hidden:
        return True
    if not trusted and (tag.ifd or tag.offset):
        return False
    if tag.block is not None:
        _read_other_block(note, tag, data)
        return True
    if tag.sub is not None:
        _read_sub(note, reader, base, tag, group, count, data, where)
        return True
    if tag.fmt is not None:
        read_fmt, fixed = parse_format(tag.fmt)
        read_count = fixed if fixed is not None else size // FORMATS[read_fmt][1]
    elif fmt == "undef" and count == 1:
        read_fmt, read_count = "int8u", 1  # ExifTool reads a single undef byte as int8u
    else:
        read_fmt, read_count = fmt, count
    value = decode(data, read_fmt, read_count, reader.order)
    if tag.offset:
        shift = base + note.file_offset
        value = [item + shift for item in value] if isinstance(value, list) else value + shift
    emit(note, table, group, tag, value)
    return True


def _read_other_block(note: Note, tag: Tag, data: bytes) -> None:
    """Give ``data`` to the reader of ``tag.block``. The path starts with the file type, as every
    block path does: a block in a maker note is never in its kind's standard place (IPTC there
    is ``IPTC2``...)."""
    file_type = note.ctx.metadata.get("File", {}).get("FileType", "")
    note.ctx.read(Block(tag.block, data, f"{file_type}-MakerNotes-{note.group}-{tag.name}", 0))


def _tag_name(note: Note, table: Table, tag_id: int, fmt: str, count: int) -> str:
    """A tag as ExifTool names it in a warning: its name (from the first row whose condition
    holds without its value), else ``tag 0x1234``."""
    tag = table.lookup(tag_id, Probe(note.values, fmt, count, b""))
    return tag.name if tag is not None else f"tag 0x{tag_id:04x}"


def _with_order(reader: ByteReader, order: str | None, start: int) -> ByteReader:
    if order is None or order == reader.order:
        return reader
    return ByteReader(reader.data, guess_order(reader, start) if order == "?" else order)


def _read_sub(
    note: Note, reader: ByteReader, base: int, tag: Tag, group: str, count: int, data: bytes, where: int | None
) -> None:
    sub = tag.sub
    assert sub is not None
    if tag.ifd:
        pointers = decode(data, "int32u", count, reader.order)
        for pointer in pointers if isinstance(pointers, list) else [pointers]:
            if pointer is not None:
                start = sub_base = base + pointer
                if tag.own_base:  # offsets count from where the pointer points (Kodak SubIFD1-6)
                    start += tag.start
                else:
                    sub_base = base
                read_ifd(note, _with_order(reader, tag.order, start), start, sub_base, sub, group)
    elif sub.kind != IFD:
        order = reader.order if tag.order in (None, "?") else tag.order
        if tag.prepare is not None:
            prepared = tag.prepare(data, note.values)
            if prepared is None:
                return
            data = prepared
        read_block(note, data[tag.start :], order, sub, group)
    elif where is not None:
        # An IFD stored as the value's bytes: offsets inside keep the same base.
        start = where + tag.start
        read_ifd(note, _with_order(reader, tag.order, start), start, where if tag.own_base else base, sub, group)


def read_block(note: Note, data: bytes, order: str, table: Table, group: str | None = None) -> None:
    """Read a binary or serial block with ``table`` in byte ``order``.

    Binary (ExifTool ProcessBinaryData): the row with index ``i`` starts at ``i`` times the
    size of the table's format, moved by the hooks of the rows before it. Records: the ids and
    values the table's ``records`` function finds. Serial (Canon ProcessSerialData): rows 0, 1, 2... follow one
    another, reading stops at the first missing row or at the end of the data.
    """
    group = table.group or group or note.group
    if note.depth >= MAX_DEPTH:
        note.warn("maker note block not read (too deep)")
        return
    note.depth += 1
    note.values.order = order
    try:
        if table.kind == SERIAL:
            _read_serial(note, data, order, table, group)
        elif table.kind == PLIST:
            _read_plist(note, data, table, group)
        elif table.kind == RECORDS:
            _read_records(note, data, order, table, group)
        else:
            _read_binary(note, data, order, table, group)
    finally:
        note.depth -= 1


def _item_count(tag: Tag, fmt: str, count: int | None, earlier: dict[int, Any], left: int) -> int | None:
    if tag.count is not None:
        return tag.count(earlier)
    if count is None and fmt not in TEXT_FORMATS:
        return 1
    return count if count is not None else left


def _read_binary(note: Note, data: bytes, order: str, table: Table, group: str) -> None:
    step = FORMATS[table.fmt][1]
    earlier: dict[int, Any] = {}
    shift = 0  # ExifTool's $varSize
    for index in sorted(table.rows):
        start = int(index) * step + shift
        if start >= len(data):
            break
        left = len(data) - start if start >= 0 else -start  # a negative index counts from the end
        head = data[start : start + PROBE_BYTES] if start >= 0 or start + PROBE_BYTES < 0 else data[start:]
        tag = table.lookup(index, Probe(note.values, table.fmt, left // step, head))
        if tag is None or (tag.hidden and tag.sub is None):
            continue
        fmt, count = parse_format(tag.fmt or table.fmt)
        count = _item_count(tag, fmt, count, earlier, left)
        if tag.hook is not None:
            shift += tag.hook(note.values)
        if tag.sub is not None and tag.ifd:
            _read_part(note, data, order, table, tag.sub, decode(head, fmt, 1, order), group)
            note.values.order = order
            continue
        # only the bytes the row needs are sliced out (a block can be kilobytes long)
        length = left if tag.sub is not None and tag.fmt is None else count * FORMATS[fmt][1]
        value_data = data[start : start + length] if start >= 0 else data[start:][:length]
        if tag.sub is not None:
            sub_order = order if tag.order in (None, "?") else tag.order
            read_block(note, value_data, sub_order, tag.sub, group)
            note.values.order = order
            continue
        value = decode(value_data, fmt, count, order)
        earlier[index] = value
        if not tag.hidden:
            emit(note, table, group, tag, value)


def _read_part(note: Note, data: bytes, order: str, table: Table, sub: Table, pointer: Any, group: str) -> None:
    """Read the part of a binary block that starts ``pointer`` bytes into it (none when 0, as
    ExifTool skips missing Nikon ShotInfo parts); it ends at the next part the block's offset
    table lists (Nikon.pm PrepareNikonOffsets), else at the end of the block."""
    if not isinstance(pointer, int) or not 0 < pointer <= len(data):
        return
    end = len(data)
    if table.offsets is not None:
        count = decode(data[table.offsets : table.offsets + 4], "int32u", 1, order)
        listed = decode(data[table.offsets + 4 :], "int32u", count, order) if count else None
        listed = listed if isinstance(listed, list) else [listed]
        end = min((offset for offset in listed if isinstance(offset, int) and offset > pointer), default=end)
    read_block(note, data[pointer:end], order, sub, group)


def _read_serial(note: Note, data: bytes, order: str, table: Table, group: str) -> None:
    earlier: dict[int, Any] = {}
    pos = 0
    for index in range(len(table.rows)):
        tag = table.lookup(index, Probe(note.values, table.fmt, 0, data[pos : pos + PROBE_BYTES]))
        if tag is None:
            return
        fmt, count = parse_format(tag.fmt or table.fmt)
        count = _item_count(tag, fmt, count, earlier, len(data) - pos)
        length = FORMATS[fmt][1] * count
        if count < 0 or pos + length > len(data):
            return
        value = decode(data[pos : pos + length], fmt, count, order)
        if value is None:
            return
        earlier[index] = value
        pos += length
        if not tag.hidden:
            emit(note, table, group, tag, value)


def _read_records(note: Note, data: bytes, order: str, table: Table, group: str) -> None:
    """A record found as bytes is a sub-block when its row has a ``sub`` table (NikonCapture's
    binary blocks), else decoded as the row's ``fmt`` (one item, or all bytes for text)."""
    assert table.records is not None
    for tag_id, value, count in table.records(data, order):
        head = value[:PROBE_BYTES] if isinstance(value, bytes) else b""
        tag = table.lookup(tag_id, Probe(note.values, table.fmt, count, head))
        if tag is None or tag.hidden:
            continue
        if isinstance(value, bytes) and tag.block is not None:
            _read_other_block(note, tag, value)
            continue
        if isinstance(value, bytes) and tag.sub is not None:
            read_block(note, value, order, tag.sub, group)
            note.values.order = order
            continue
        if isinstance(value, bytes) and tag.fmt is not None and not tag.binary:
            fmt, fixed = parse_format(tag.fmt)
            value = decode(value, fmt, fixed if fixed is not None else (None if fmt in TEXT_FORMATS else 1), order)
        emit(note, table, group, tag, value)


def _read_plist(note: Note, data: bytes, table: Table, group: str) -> None:
    found = load_plist(data)
    if not isinstance(found, dict):
        note.warn("maker note property list could not be read")
        return
    for key, value in found.items():
        tag = table.lookup(key, Probe(note.values, "undef", 0, b""))
        if tag is not None and not tag.hidden:
            emit(note, table, group, tag, value)
