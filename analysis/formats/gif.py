"""GIF87a / GIF89a (W3C GIF89a specification).

Blocks are walked as ExifTool's GIF.pm ProcessGIF does: logical screen descriptor tags into group
GIF, comment extensions into File:Comment, the XMP (``XMP DataXMP``) and ICC (``ICCRGBG1012``)
application extensions handed over as blocks, frames counted and their delays summed.
"""

import re

from ..limits import MAX_SEGMENTS
from ..metadata.context import Block, ReadContext
from ..metadata.values import text

FILE_TYPE = "GIF"
MIME = "image/gif"
PILLOW_FORMATS = ("GIF",)
GROUP = "GIF"
IMAGE, EXTENSION, TRAILER = 0x2C, 0x21, 0x3B
COMMENT, APPLICATION, GRAPHIC_CONTROL, PLAIN_TEXT = 0xFE, 0xFF, 0xF9, 0x01
# XMP is stored with its sub-block length bytes as data, then a 258-byte "magic trailer"
# (XMP Specification Part 3, §1.1.2); the packet ends at its closing processing instruction.
XMP_END = re.compile(rb"<\?xpacket end=['\"][wr]['\"]\?>")
BLOCKS = {b"XMP DataXMP": "XMP", b"ICCRGBG1012": "ICC"}


def sniff(head: bytes) -> str | None:
    """The six-byte header ``GIF87a`` or ``GIF89a``."""
    return FILE_TYPE if head[:6] in (b"GIF87a", b"GIF89a") else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Header and logical screen descriptor, then every block until the trailer or the end."""
    ctx.add("File", {"FileTypeExtension": "GIF"})
    if len(data) < 13:
        ctx.warn(GROUP, "Truncated GIF header")
        return
    flags = data[10]
    ctx.add(GROUP, {"GIFVersion": data[3:6].decode("latin-1"), "ImageWidth": int.from_bytes(data[6:8], "little")})
    ctx.add(GROUP, {"ImageHeight": int.from_bytes(data[8:10], "little"), "HasColorMap": flags >> 7})
    ctx.add(GROUP, {"ColorResolutionDepth": ((flags >> 4) & 7) + 1, "BitsPerPixel": (flags & 7) + 1})
    ctx.add(GROUP, {"BackgroundColor": data[11]})
    if data[12]:
        ctx.add(GROUP, {"PixelAspectRatio": (data[12] + 15) / 64})
    pos = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    frames, delay = 0, 0
    for _ in range(MAX_SEGMENTS):
        if pos >= len(data) or data[pos] not in (IMAGE, EXTENSION):
            break
        if data[pos] == IMAGE:
            frames += 1
            local = data[pos + 9] if pos + 9 < len(data) else 0
            pos += 10 + (3 * (2 << (local & 7)) if local & 0x80 else 0) + 1  # descriptor, table, LZW size
            pos = _skip_sub_blocks(data, pos)  # image data is never read
            continue
        label, size = data[pos + 1 : pos + 2], data[pos + 2 : pos + 3]
        if not size:
            break
        header = data[pos + 3 : pos + 3 + size[0]]
        content, pos = _sub_blocks(data, pos + 3 + size[0], keep_lengths=header in (b"XMP DataXMP",))
        if label[0] == GRAPHIC_CONTROL and len(header) == 4:
            delay += int.from_bytes(header[1:3], "little")
            if header[0] & 1:
                ctx.add(GROUP, {"TransparentColor": header[3]})
        else:
            _extension(label[0], header, content, ctx)
    else:
        ctx.warn(GROUP, f"More than {MAX_SEGMENTS} GIF blocks; the rest was not read")
    if frames > 1:
        ctx.add(GROUP, {"FrameCount": frames})
    if delay:
        ctx.add(GROUP, {"Duration": delay / 100})


def _sub_blocks(data: bytes, pos: int, keep_lengths: bool = False) -> tuple[bytes, int]:
    """Data sub-blocks (length byte, data) up to the zero-length terminator; returns their data
    (with the length bytes when ``keep_lengths``) and the offset after the terminator."""
    parts = []
    while pos < len(data) and data[pos]:
        length = data[pos]
        parts.append(data[pos : pos + 1 + length] if keep_lengths else data[pos + 1 : pos + 1 + length])
        pos += 1 + length
    return b"".join(parts), pos + 1


def _skip_sub_blocks(data: bytes, pos: int) -> int:
    while pos < len(data) and data[pos]:
        pos += 1 + data[pos]
    return pos + 1


def _extension(label: int, header: bytes, content: bytes, ctx: ReadContext) -> None:
    """Comment, plain text, NETSCAPE2.0 looping and the XMP/ICC application extensions."""
    if label == COMMENT:
        comment = header + content  # the first sub-block was read as the "header"
        if comment:
            ctx.add("File", {"Comment": text(comment)})
    elif label == PLAIN_TEXT and len(header) == 12:
        ctx.add(GROUP, {"Text": content.decode("latin-1")})
    elif label == APPLICATION and header == b"NETSCAPE2.0" and len(content) >= 3:
        ctx.add(GROUP, {"AnimationIterations": int.from_bytes(content[1:3], "little")})
    elif label == APPLICATION and header in BLOCKS:
        if header == b"XMP DataXMP":
            end = XMP_END.search(content)
            content = content[: end.end()] if end else content.split(b"\x00", 1)[0]
        ctx.read(Block(BLOCKS[header], content, f"GIF-{BLOCKS[header]}"))
