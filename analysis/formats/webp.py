"""WebP (RIFF container, Google's WebP container specification).

Chunks (little-endian u32 size, data padded to an even length) are read as ExifTool's RIFF.pm
does for WebP: image size and flags from VP8X, VP8 and VP8L into group RIFF; ICCP, EXIF (with or
without an ``Exif\\0\\0`` prefix) and ``XMP `` handed over as ICC, EXIF and XMP blocks.
"""

import struct

from ..limits import MAX_SEGMENTS
from ..metadata.context import Block, ReadContext
from ..metadata.values import binary

FILE_TYPE = "WEBP"
MIME = "image/webp"
PILLOW_FORMATS = ("WEBP",)
GROUP = "RIFF"
TIFF_HEADERS = (b"II*\x00", b"MM\x00*")
BLOCKS = {b"ICCP": "ICC", b"XMP ": "XMP", b"XMP\x00": "XMP"}


def sniff(head: bytes) -> str | None:
    """``RIFF`` size ``WEBP``."""
    return FILE_TYPE if head[:4] == b"RIFF" and head[8:12] == b"WEBP" else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the chunks after the 12-byte RIFF header; a chunk running past the end stops the walk."""
    ctx.add("File", {"FileTypeExtension": "WEBP"})
    pos, duration = 12, None
    for _ in range(MAX_SEGMENTS):
        if pos + 8 > len(data):
            break
        kind, size = struct.unpack_from("<4sI", data, pos)
        body = data[pos + 8 : pos + 8 + size]
        if len(body) < size:
            ctx.warn(GROUP, f"Truncated RIFF {kind.decode('latin-1')} chunk")
            break
        if kind == b"ANMF" and len(body) >= 15:
            duration = (duration or 0) + int.from_bytes(body[12:15], "little")
        else:
            _chunk(kind, body, pos + 8, ctx)
        pos += 8 + size + (size & 1)
    else:
        ctx.warn(GROUP, f"More than {MAX_SEGMENTS} RIFF chunks; the rest was not read")
    if duration is not None:
        ctx.add(GROUP, {"Duration": duration / 1000})


def _chunk(kind: bytes, body: bytes, offset: int, ctx: ReadContext) -> None:
    """One chunk; layouts from the WebP container specification and RFC 6386 §9.1 (VP8)."""
    if kind == b"VP8X" and len(body) >= 10:
        _file_type(ctx, "Extended WEBP")
        flags, width, height = (
            int.from_bytes(body[:4], "little"),
            int.from_bytes(body[4:7], "little"),
            int.from_bytes(body[7:10], "little"),
        )
        ctx.add(GROUP, {"WebP_Flags": flags, "ImageWidth": width + 1, "ImageHeight": height + 1})
    elif kind == b"VP8 " and len(body) >= 10 and body[3:6] == b"\x9d\x01\x2a":
        width, height = struct.unpack_from("<HH", body, 6)
        ctx.add(
            GROUP, {"VP8Version": (body[0] & 0x0E) >> 1, "ImageWidth": width & 0x3FFF, "HorizontalScale": width >> 14}
        )
        ctx.add(GROUP, {"ImageHeight": height & 0x3FFF, "VerticalScale": height >> 14})
    elif kind == b"VP8L" and len(body) >= 5 and body[0] == 0x2F:
        bits = int.from_bytes(body[1:5], "little")
        ctx.add(GROUP, {"ImageWidth": (bits & 0x3FFF) + 1, "ImageHeight": ((bits >> 14) & 0x3FFF) + 1})
        ctx.add(GROUP, {"AlphaIsUsed": (bits >> 28) & 1})
        _file_type(ctx, ctx.metadata.get("File", {}).get("FileType", FILE_TYPE) + " (lossless)")
    elif kind == b"ALPH" and body:
        # WebP container spec "Alpha": reserved (2 bits), pre-processing, filtering, compression
        ctx.add(
            GROUP,
            {
                "AlphaPreprocessing": (body[0] >> 4) & 3,
                "AlphaFiltering": (body[0] >> 2) & 3,
                "AlphaCompression": body[0] & 3,
            },
        )
    elif kind == b"ANIM" and len(body) >= 6:
        ctx.add(
            GROUP,
            {
                "BackgroundColor": " ".join(map(str, body[:4])),
                "AnimationLoopCount": int.from_bytes(body[4:6], "little"),
            },
        )
    elif kind == b"EXIF":
        _exif(body, offset, ctx)
    elif kind in BLOCKS:
        if kind == b"XMP\x00":
            ctx.warn(GROUP, "Incorrect XMP tag ID")
        ctx.read(Block(BLOCKS[kind], body, f"RIFF-{BLOCKS[kind]}", offset))


def _file_type(ctx: ReadContext, name: str) -> None:
    """ExifTool refines File:FileType from the chunks (RIFF.pm OverrideFileType)."""
    ctx.metadata.setdefault("File", {})["FileType"] = name


def _exif(body: bytes, offset: int, ctx: ReadContext) -> None:
    """A TIFF structure, which some writers prefix with ``Exif\\0\\0`` (ExifTool warns)."""
    if body.startswith(b"Exif\x00\x00") and body[6:10] in TIFF_HEADERS:
        ctx.warn(GROUP, "Improper EXIF header")
        body, offset = body[6:], offset + 6
    if body[:4] in TIFF_HEADERS:
        ctx.read(Block("EXIF", body, "RIFF", offset))
    else:
        ctx.add(GROUP, {"UnknownEXIF": binary(len(body), offset)})
