"""Photoshop image resource block (IRB) reader (ExifTool Photoshop.pm ProcessPhotoshop).

Found in JPEG APP13, PSD files and TIFF tag 34377. Values go to group ``Photoshop``; resources
that are metadata blocks of their own (IPTC, EXIF, XMP, ICC) are handed back to the context with
a path ending in their ExifTool directory name (``JPEG-APP13-Photoshop-IPTC``, ``PSD-IPTC``).
"""

import struct

from .context import Block, ReadContext
from .tags.photoshop import BLOCKS, PROGRESSIVE_FORMAT, STRUCTURES, VALUES
from .values import binary, number, text

KIND = "Photoshop"
GROUP = "Photoshop"
# Resource signatures ExifTool accepts; only 8BIM resources are Photoshop's own IDs.
SIGNATURES = (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa")
# Photoshop thumbnail resources start with a 28-byte header before the JPEG data.
THUMBNAIL_HEADER = 28


def read(block: Block, ctx: ReadContext) -> None:
    """Walk the resources: signature, u16 ID, Pascal name padded to an even length, u32 size,
    data padded to an even length (Photoshop File Formats Specification, "Image Resource
    Blocks"; all big-endian). Damage is reported and ends the walk. A recorded IPTCDigest that
    differs from the digest of the IPTC actually present is reported as a warning."""
    data, pos = block.data, 0
    while pos + 8 < len(data):
        signature = data[pos : pos + 4]
        if signature not in SIGNATURES:
            ctx.warn(GROUP, f"Bad Photoshop IRB resource {signature!r}")
            return
        resource, name_length = int.from_bytes(data[pos + 4 : pos + 6], "big"), data[pos + 6]
        pos += 7 + name_length + (0 if name_length & 1 else 1)
        if pos + 4 > len(data):
            ctx.warn(GROUP, "Bad Photoshop resource block")
            return
        size = int.from_bytes(data[pos : pos + 4], "big")
        pos += 4
        if pos + size > len(data):
            ctx.warn(GROUP, f"Bad Photoshop resource data size {size}")
            return
        if signature == b"8BIM":
            _resource(resource, data[pos : pos + size], block, block.offset + pos if block.offset else 0, ctx)
        pos += size + (size & 1)
    _check_iptc_digest(ctx)


def _check_iptc_digest(ctx: ReadContext) -> None:
    # Photoshop stores the MD5 of the IPTC it wrote; another editor changing the IPTC leaves it
    # stale, which is worth telling (ExifTool's warning, Photoshop.pm ProcessPhotoshop).
    recorded = ctx.metadata.get(GROUP, {}).get("IPTCDigest")
    current = ctx.metadata.get("File", {}).get("CurrentIPTCDigest")
    if recorded and current and recorded != current:
        ctx.warn(GROUP, "IPTCDigest is not current. XMP may be out of sync")


def _resource(resource: int, value: bytes, block: Block, offset: int, ctx: ReadContext) -> None:
    if resource in BLOCKS:
        kind, directory = BLOCKS[resource]
        ctx.read(Block(kind, value, f"{block.path}-{directory}", offset))
    elif resource in VALUES:
        tag, decoder = VALUES[resource]
        decoded = _thumbnail(value, offset) if decoder == "thumbnail" else DECODERS[decoder](value)
        if decoded is not None:
            ctx.add(GROUP, {tag: decoded})
    elif resource in STRUCTURES:
        tags = _structure(STRUCTURES[resource], value)
        if tags.get("PhotoshopFormat", PROGRESSIVE_FORMAT) != PROGRESSIVE_FORMAT:
            tags.pop("ProgressiveScans", None)
        ctx.add(GROUP, tags)


def _structure(fields: list[tuple[int, str, str]], value: bytes) -> dict:
    """Fixed-offset fields; a ``ustr32`` field shifts the fields after it by its text length."""
    tags, shift = {}, 0
    for offset, tag, fmt in fields:
        at = offset + shift
        if fmt == "ustr32":
            text, size = _ustr32(value, at)
            if text is None:
                break
            tags[tag], shift = text.split("\x00", 1)[0], shift + size - 4
            continue
        size = struct.calcsize(FORMATS[fmt][0])
        if at + size > len(value):
            break
        numbers = struct.unpack(FORMATS[fmt][0], value[at : at + size])
        tags[tag] = FORMATS[fmt][1](numbers)
    return tags


def _ustr32(value: bytes, at: int) -> tuple[str | None, int]:
    """A u32 character count and UTF-16BE text; returns the text and bytes used."""
    if at + 4 > len(value):
        return None, 0
    length = min(2 * int.from_bytes(value[at : at + 4], "big"), len(value) - at - 4)
    return value[at + 4 : at + 4 + length].decode("utf-16-be", errors="replace"), 4 + length


def _join(numbers: tuple) -> int | float | str:
    """One number as Perl prints it, several as ExifTool's space-separated text."""
    if len(numbers) == 1:
        return number(numbers[0])
    return " ".join(str(number(n)) for n in numbers)


# Binary formats of STRUCTURES: struct code (big-endian) and conversion (ExifTool ValueConv).
FORMATS = {
    "u8": (">B", _join),
    "u16": (">H", _join),
    "s16": (">h", _join),
    "u32": (">I", _join),
    "fixed32": (">I", lambda n: number(n[0] / 0x10000)),
    "float": (">f", _join),
    "float2": (">2f", _join),
    "double": (">d", _join),
}


def _pascal_strings(value: bytes) -> str:
    """Consecutive Pascal strings joined by ", " (ExifTool ConvertPascalString, Latin-1)."""
    out, pos = [], 0
    while pos < len(value) and pos + value[pos] < len(value):
        out.append(value[pos + 1 : pos + 1 + value[pos]].decode("latin-1"))
        pos += value[pos] + 1
    return ", ".join(out)


def _thumbnail(value: bytes, offset: int) -> dict | None:
    """The JPEG after the thumbnail resource's header, described with its file offset."""
    if len(value) <= THUMBNAIL_HEADER:
        return None
    return binary(len(value) - THUMBNAIL_HEADER, offset + THUMBNAIL_HEADER if offset else None)


def _unicode(value: bytes) -> str | None:
    text, _ = _ustr32(value, 0)
    return text


def _url_list(value: bytes) -> list[str]:
    """u32 count, then per URL: u32 unknown, u32 ID, u32 character count, UTF-16BE text."""
    urls, pos = [], 4
    for _ in range(int.from_bytes(value[:4], "big") if len(value) >= 4 else 0):
        text, size = _ustr32(value, pos + 8)
        if text is None:
            break
        urls.append(text)
        pos += 8 + size
    return urls


DECODERS = {
    "pascal_strings": _pascal_strings,
    "u8": lambda v: _join(tuple(v)) if v else None,
    "u32": lambda v: int.from_bytes(v[:4], "big") if len(v) >= 4 else None,
    "text": text,
    "unicode": _unicode,
    "url_list": _url_list,
    "hex": lambda v: v.hex(),
    # a Pascal string followed by 6 bytes Photoshop does not document
    "clipping_path": lambda v: _pascal_strings(v[: v[0] + 1] if v and v[0] < len(v) else v),
}
