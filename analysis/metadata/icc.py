"""ICC profile reader (ICC.1:2010, sections 7.2 header and 7.3 tag table; ExifTool ICC_Profile.pm
ProcessICC_Profile and FormatICCTag).

The 128-byte header goes to ``ICC-header``, the tags of the tag table to ``ICC_Profile`` (and the
measurement, viewing-conditions, chromaticity, colorant-table and metadata tags to ``ICC-meas``,
``ICC-view``, ``ICC-chrm``, ``ICC-clrt``, ``ICC-meta``), named as ExifTool names them
(:mod:`analysis.metadata.tags.icc`). A second profile in the same file goes to ``ICC-header2``,
``ICC_Profile2``, ... as ExifTool numbers them. Values are as ``exiftool -j -n`` prints them: text,
single numbers as numbers, several numbers space-separated in one string, and tag types ExifTool does
not decode (curves, lookup tables) as ``{"binary": size}``.
"""

import re
import struct
from typing import Any

from ..limits import MAX_ICC_TAGS
from .context import Block, ReadContext
from .tags.icc import BINARY, HEADER, LONG_TEXT, METADATA_GROUP, METADATA_TAG, NUL_TERMINATED, STRUCTURES, TAGS, Field
from .values import binary, number, text

KIND = "ICC"
GROUP = "ICC_Profile"
HEADER_GROUP = "ICC-header"
HEADER_SIZE = 128
ENTRY_SIZE = 12
# Byte sizes of the numeric formats of the header and structured tags.
SIZES = {"int8u": 1, "int16s": 2, "int16u": 2, "int32u": 4, "int64u": 8, "fixed32s": 4, "fixed32u": 4}


def read(block: Block, ctx: ReadContext) -> None:
    """Read one ICC profile. A declared length that disagrees with the block, a tag table with
    no entry or more than MAX_ICC_TAGS entries or running past the block, and a tag running past
    the block are reported with ``ctx.warn``; the walk stops there, keeping what came before."""
    data = block.data
    if len(data) < 4:
        return
    declared = _u32(data, 0)
    if declared != len(data) or declared < HEADER_SIZE:
        ctx.warn(GROUP, f"Bad length ICC_Profile (length {declared})")
        if declared < HEADER_SIZE or len(data) < declared:
            return
    count = _u32(data, HEADER_SIZE) if len(data) >= HEADER_SIZE + 4 else 0
    if count < 1 or count > MAX_ICC_TAGS or HEADER_SIZE + 4 + count * ENTRY_SIZE > len(data):
        ctx.warn(GROUP, f"Bad ICC_Profile table ({count} entries)")
        return
    suffix = _suffix(ctx)
    ctx.add(HEADER_GROUP + suffix, _fields(data[:HEADER_SIZE], HEADER))
    found: dict[str, dict[str, Any]] = {}
    for index in range(count):
        entry = HEADER_SIZE + 4 + index * ENTRY_SIZE
        signature = data[entry : entry + 4].decode("latin-1")
        offset, size = _u32(data, entry + 4), _u32(data, entry + 8)
        if signature not in TAGS and signature not in STRUCTURES and signature != METADATA_TAG:
            continue  # ExifTool shows unknown tags only with -u
        if offset + size > len(data):
            ctx.warn(GROUP, "Bad ICC_Profile table (truncated)")
            break
        _tag(signature, data[offset : offset + size], found, ctx)
    for group, tags in found.items():
        ctx.add(group + suffix, tags)


def _tag(signature: str, raw: bytes, found: dict[str, dict[str, Any]], ctx: ReadContext) -> None:
    """One tag's value(s) into ``found`` ({group: {tag: value}}, a later value replacing an earlier)."""
    kind = raw[:4] if len(raw) > 4 else b"err "
    if signature in STRUCTURES:
        group, fields = STRUCTURES[signature]
        if kind != signature.encode("latin-1"):
            ctx.warn(GROUP, f"Invalid ICC {signature} data")
            return
        found.setdefault(group, {}).update(_fields(raw, fields))
    elif signature == METADATA_TAG:
        found.setdefault(METADATA_GROUP, {}).update(_dictionary(raw, ctx))
    elif kind == b"mluc":
        found.setdefault(GROUP, {}).update(_localized(TAGS[signature], raw, ctx))
    else:
        value = _format(raw)
        if value is None or signature in BINARY:
            value = binary(len(value) if isinstance(value, str) else len(raw))
        elif signature in NUL_TERMINATED:
            value = value.split("\x00", 1)[0]
            if len(value) > LONG_TEXT.get(signature, len(value)):
                value = binary(len(value))
        found.setdefault(GROUP, {})[TAGS[signature]] = value


def _format(raw: bytes) -> Any:
    """A tag value by its type signature (ICC_Profile.pm FormatICCTag); None for types ExifTool
    does not decode."""
    size = len(raw)
    kind = raw[:4] if size >= 8 else b"err"
    if kind == b"clro" and size >= 12 and size >= _u32(raw, 8) + 12:
        return " ".join(str(b - 256 if b > 127 else b) for b in raw[12 : 12 + _u32(raw, 8)])
    if kind == b"data" and size >= 12 and _u32(raw, 8) == 0:
        return text(raw[12:])
    if kind == b"dtim" and size >= 20:
        return _datetime(raw[8:20])
    if kind == b"sig " and size >= 12:
        return text(raw[8:12])
    if kind == b"text":
        return text(raw[8:])
    if kind == b"desc" and size >= 12 and size >= _u32(raw, 8) + 12:
        return text(raw[12 : 12 + _u32(raw, 8)].split(b"\x00", 1)[0])
    arrays = {b"sf32": "fixed32s", b"uf32": "fixed32u", b"ui32": "int32u", b"ui64": "int64u", b"ui08": "int8u"}
    if kind in arrays:
        fmt = arrays[kind]
        return _numbers(raw, 8, fmt, (size - 8) // SIZES[fmt])
    if kind == b"XYZ ":
        return ", ".join(_numbers(raw, pos, "fixed32s", 3) for pos in range(8, size - 11, 12))
    return None


def _localized(name: str, raw: bytes, ctx: ReadContext) -> dict[str, str]:
    """multiLocalizedUnicodeType (ICC.1:2010 10.15): the en-US record (or one without a valid
    language code) under the tag's name, the others as ``Name-ll-CC``."""
    values: dict[str, str] = {}
    if len(raw) < 28:
        return values
    count, record_size = _u32(raw, 8), _u32(raw, 12)
    if record_size < 12:
        return values
    read = 0
    for index in range(count):
        record = 16 + index * record_size
        if record + record_size > len(raw):
            break
        length, offset = _u32(raw, record + 4), _u32(raw, record + 8)
        if offset + length > len(raw):
            break
        language = raw[record : record + 4].decode("latin-1")
        match = re.fullmatch(r"([a-z]{2})([a-z]{2})", language, re.IGNORECASE)
        language = f"{match.group(1).lower()}-{match.group(2).upper()}" if match else ""
        key = name if language in ("", "en-US") else f"{name}-{language}"
        values[key] = raw[offset : offset + length].decode("utf-16-be", "replace").replace("\x00", "")
        read += 1
    if read < count:
        ctx.warn(GROUP, f"Corrupted {name} data")
    return values


def _dictionary(raw: bytes, ctx: ReadContext) -> dict[str, str]:
    """dictType (ICC.1:2010 10.29): UTF-16 names and values (ICC_Profile.pm ProcessMetadata)."""
    tags: dict[str, str] = {}
    if len(raw) < 16 or raw[:4] != b"dict":
        ctx.warn(GROUP, "Invalid ICC meta dictionary")
        return tags
    count, record_size = _u32(raw, 8), _u32(raw, 12)
    if record_size < 16:
        ctx.warn(GROUP, "Invalid ICC meta record size")
        return tags
    first = 16 + record_size * count
    for index in range(count):
        record = 16 + record_size * index
        if record + record_size > len(raw):
            ctx.warn(GROUP, "Truncated ICC meta dictionary")
            break
        name_at, name_length, value_at, value_length = struct.unpack_from(">4I", raw, record)
        if not name_at or not value_at:
            continue
        if min(name_at, value_at) < first or max(name_at + name_length, value_at + value_length) > len(raw):
            ctx.warn(GROUP, "Corrupted ICC meta dictionary")
            break
        name = raw[name_at : name_at + name_length].decode("utf-16-be", "replace")
        name = re.sub(r"\s+(.)", lambda m: m.group(1).upper(), name[:1].upper() + name[1:])
        name = re.sub(r"[^-_a-zA-Z0-9]", "", name)
        if name:
            tags[name] = raw[value_at : value_at + value_length].decode("utf-16-be", "replace")
    return tags


def _fields(raw: bytes, fields: tuple[Field, ...]) -> dict[str, Any]:
    """Fixed-offset fields present in ``raw`` (ExifTool ProcessBinaryData skips the others)."""
    tags: dict[str, Any] = {}
    for field in fields:
        width = 1 if field.format == "string" else 2 if field.format == "datetime" else SIZES[field.format]
        if field.offset + width * field.count > len(raw):
            continue
        if field.format == "string":
            tags[field.name] = text(raw[field.offset : field.offset + field.count].split(b"\x00", 1)[0])
        elif field.format == "datetime":
            tags[field.name] = _datetime(raw[field.offset : field.offset + 12])
        else:
            values = _numbers(raw, field.offset, field.format, field.count)
            tags[field.name] = _single(values) if field.count == 1 else values
    return tags


def _numbers(raw: bytes, offset: int, fmt: str, count: int) -> str:
    """``count`` values as ExifTool prints them, space-separated; 16.16 fixed point rounded to
    5 decimals (ExifTool.pm GetFixed32s/GetFixed32u)."""
    values = []
    for index in range(count):
        at = offset + index * SIZES[fmt]
        if fmt in ("fixed32s", "fixed32u"):
            raw_value = struct.unpack_from(">i" if fmt == "fixed32s" else ">I", raw, at)[0] / 0x10000
            scaled = raw_value * 1e5 + (0.5 if raw_value > 0 else -0.5)
            values.append(format(number(int(scaled) / 1e5), ".15g"))
        else:
            code = {"int8u": "B", "int16s": "h", "int16u": "H", "int32u": "I", "int64u": "Q"}[fmt]
            values.append(str(struct.unpack_from(">" + code, raw, at)[0]))
    return " ".join(values)


def _single(value: str) -> Any:
    return float(value) if "." in value or "e" in value else int(value)


def _datetime(raw: bytes) -> str:
    """dateTimeNumber (ICC.1:2010 5.1.1): six big-endian u16."""
    return "{:04d}:{:02d}:{:02d} {:02d}:{:02d}:{:02d}".format(*struct.unpack(">6H", raw))


def _u32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 4]) if offset + 4 <= len(data) else 0


def _suffix(ctx: ReadContext) -> str:
    """``""`` for the first profile of a file, ``"2"``, ``"3"``... for the next (ExifTool SET_GROUP1)."""
    profiles = ctx.count(KIND)
    return str(profiles) if profiles > 1 else ""
