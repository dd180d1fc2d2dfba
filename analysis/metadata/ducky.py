"""Photoshop "Save for Web" APP12 Ducky segment reader (ExifTool APP12.pm %APP12::Ducky)."""

from .context import Block, ReadContext

KIND = "Ducky"


def read(block: Block, ctx: ReadContext) -> None:
    """Read the records after ``Ducky``: u16 tag, u16 length, value (big-endian). Tag 1 is
    Quality (u32), 2 Comment and 3 Copyright (u32 character count, then UTF-16BE text).
    A record running past the end is reported and ends the segment."""
    data, pos, tags = block.data, 0, {}
    while pos + 4 <= len(data):
        tag, length = int.from_bytes(data[pos : pos + 2], "big"), int.from_bytes(data[pos + 2 : pos + 4], "big")
        value = data[pos + 4 : pos + 4 + length]
        if len(value) < length:
            ctx.warn("Ducky", "Invalid Ducky block length")
            break
        if tag == 1 and length >= 4:
            tags["Quality"] = int.from_bytes(value[:4], "big")
        elif tag in (2, 3):
            text = value[4:].decode("utf-16-be", errors="replace")
            tags["Comment" if tag == 2 else "Copyright"] = text
        pos += 4 + length
    ctx.add("Ducky", tags)
