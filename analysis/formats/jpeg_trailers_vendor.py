"""Trailers of camera and phone makers' software, read for :mod:`.jpeg_trailers` (each reader
takes the file, the offset where the trailer ends and the context, and returns where it starts).

- Canon VRD (Digital Photo Professional recipe, CanonVRD.pm): its XMP block; the edit
  settings themselves are not read.
- Insta360 (QuickTimeStream.pl ProcessInsta360): nothing read without ``-ee``, stepped over.
- Nikon NX Studio (Nikon.pm ProcessNikonApp): XMP packets of the edits, in their XMP groups.
- Samsung (Samsung.pm ProcessSamsung): ``SEFH``/``SEFT`` directory of named entries (capture time
  in UTC, embedded motion-photo video, audio, depth maps), ending ``QDIOBS`` or ``\\0\\0SEFT``.
"""

import re
import struct
from datetime import UTC, datetime

from ..limits import MAX_SEGMENTS
from ..metadata.context import Block, ReadContext
from ..metadata.tags import trailers as tags
from ..metadata.values import binary, text

VRD_SIGNATURE = b"CANON OPTIONAL DATA\x00"
VRD_XMP = 0xFFFF00F6
SAMSUNG_MAX_BLOCK = 0x10000
SAMSUNG_MAX_TEXT = 1024  # bytes of an entry name or text value kept


def samsung(data: bytes, end: int, ctx: ReadContext, _path: str, _image_end: int) -> int | None:
    """Samsung: little-endian blocks read backwards, each ``data, length (u32), type (4 chars)``,
    up to the ``SEFT`` block: ``SEFH``, version, count, then per entry ``0, type (u16), offset
    back from the SEFH block (u32), size (u32)``; each entry is ``type, name length, name, data``."""
    block_end = end - 2 if data[end - 6 : end] == b"QDIOBS" else end
    for _ in range(MAX_SEGMENTS):
        if block_end < 8:
            return None
        length, kind = struct.unpack_from("<I4s", data, block_end - 8)
        if not re.fullmatch(rb"\w+", kind) or not 4 <= length < SAMSUNG_MAX_BLOCK or length + 8 >= block_end:
            return None
        block, block_end = data[block_end - 8 - length : block_end - 8], block_end - 8 - length
        if kind == b"SEFT":
            break
    else:
        return None
    count = int.from_bytes(block[8:12], "little")
    if not block.startswith(b"SEFH") or length < 12 or 12 + 12 * count > length:
        return None
    directory = block_end
    entries = [struct.unpack_from("<2xHII", block, 12 + 12 * index) for index in range(count)]
    if not entries:
        return None
    found: dict = {}
    for entry_type, back, size in entries:
        if back > directory or size > back or size < 8:
            break
        at = directory - back
        name_length = int.from_bytes(data[at + 4 : at + 8], "little")
        if name_length + 8 > size:
            break
        if entry_type in tags.SAMSUNG:  # ExifTool shows unknown entries only with -u
            # names and text values are short; only that much is copied, so that thousands of
            # entries pointing at one large region cost nothing (binary ones need just a length)
            name = text(data[at + 8 : at + 8 + min(name_length, SAMSUNG_MAX_TEXT)])
            value_at = at + 8 + name_length
            _samsung_entry(
                entry_type,
                name,
                data[value_at : min(at + size, value_at + SAMSUNG_MAX_TEXT)],
                size - 8 - name_length,
                found,
            )
    if found:
        ctx.add("Samsung", found)
    return directory - max(back for _, back, _ in entries)


def _samsung_entry(entry_type: int, name: str, value: bytes, length: int, found: dict) -> None:
    """One known entry: its name tag, and its value (``length`` bytes, of which ``value`` holds
    the start) as binary or text."""
    name_tag, value_tag, is_binary = tags.SAMSUNG[entry_type]
    if name_tag:
        found.setdefault(name_tag, name)
    value_tag = tags.SAMSUNG_NAMED.get((entry_type, name), value_tag)
    if is_binary:
        found.setdefault(value_tag, binary(length))
    elif value_tag == "TimeStamp":
        found.setdefault(value_tag, _unix_milliseconds(text(value)))
    else:
        found.setdefault(value_tag, text(value))  # text stays text (issue 10): MCCData "202"


def nikon_app(data: bytes, end: int, ctx: ReadContext, path: str, _image_end: int) -> int | None:
    """Nikon NX Studio: a 0x40-byte header holding ``NIKON APP\\0``, records ``id, length``
    (big-endian u32; id 1 is an XMP packet of the edits) up to a 0, 0 record, and the footer
    ``trailer length (u32), 6 NULs, "/NIKON APP"`` (Nikon.pm ProcessNikonApp)."""
    size = int.from_bytes(data[end - 20 : end - 16], "big")
    if size > end:
        ctx.warn("NikonApp", "Bad NikonApp trailer size")
        return None
    start = end - size
    if size < 0x40 or b"NIKON APP\x00" not in data[start : start + 0x40]:
        ctx.warn("NikonApp", "Error reading NikonApp trailer")
        return None
    pos = start + 0x40
    for _ in range(MAX_SEGMENTS):
        if pos + 8 > len(data):
            break
        record, length = struct.unpack_from(">II", data, pos)
        if length & 0x80000000:
            ctx.warn("NikonApp", "Invalid NikonApp record length")
            break
        if record == length == 0:
            break
        if pos + 8 + length > len(data):
            ctx.warn("NikonApp", "Truncated NikonApp record")
            break
        if record != 1:
            ctx.warn("NikonApp", f"Unknown NikonApp record {record}")
            break
        ctx.read(Block("XMP", data[pos + 8 : pos + 8 + length], f"{path}-XMP", pos + 8))
        pos += 8 + length
    return start


def canon_vrd(data: bytes, end: int, ctx: ReadContext, path: str, _image_end: int) -> int | None:
    """Canon DPP recipe data (CanonVRD.pm ProcessCanonVRD): a 0x1c-byte header and a 0x40-byte
    footer, both starting ``CANON OPTIONAL DATA\\0`` (the footer then gives the block bytes,
    big-endian), between them blocks of ``type, length``. Only the XMP block (0xffff00f6) is
    read here; the edit settings (CanonVRD group) are not, but the trailers before are."""
    size = int.from_bytes(data[end - 0x40 + 20 : end - 0x40 + 24], "big") + 0x5C
    start = end - size
    if start < 0 or not data.startswith(VRD_SIGNATURE, start):
        ctx.warn("CanonVRD", "Bad CanonVRD trailer")
        return None
    pos, blocks_end = start + 0x1C, end - 0x40
    for _ in range(MAX_SEGMENTS):
        if pos + 8 > blocks_end:
            break
        kind, length = struct.unpack_from(">II", data, pos)
        pos += 8
        if pos + length > blocks_end:
            ctx.warn("CanonVRD", "Possibly corrupt CanonVRD block")
            break
        if kind == VRD_XMP:
            ctx.read(Block("XMP", data[pos : pos + length], f"{path}-XMP", pos))
        pos += length
    return start


def insta360(data: bytes, end: int, _ctx: ReadContext, _path: str, _image_end: int) -> int | None:
    """Insta360: timed records (motion, GPS) that ExifTool reads only with ExtractEmbedded; the
    trailer is stepped over by its length (u32 little-endian 40 bytes before the end) so the
    trailers before it are still read (QuickTimeStream.pl ProcessInsta360)."""
    size = int.from_bytes(data[end - 40 : end - 36], "little") if end >= 78 else 0
    return end - size if 78 <= size <= end else None


def _unix_milliseconds(value: str) -> str:
    """Milliseconds since 1970 as ExifTool's ConvertUnixTime(val/1e3, 1, 3) in UTC:
    ``2018:04:11 01:28:03.171+00:00``; other text is kept."""
    digits = re.fullmatch(r"\s*(\d+)\s*", value, re.ASCII)
    if not digits:
        return value
    seconds, milliseconds = divmod(int(digits[1]), 1000)
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return value
    return f"{moment:%Y:%m:%d %H:%M:%S}.{milliseconds:03d}+00:00"
