"""JFXX APP0 extension segment reader (JFIF 1.02 §B; ExifTool.pm %JFIF::Extension): group JFXX."""

from .context import Block, ReadContext
from .values import binary

KIND = "JFXX"

# Extension code → ExifTool tag; the codes are JPEG (0x10), 1-byte palette (0x11) and RGB (0x13)
# thumbnails. Palette and RGB thumbnails start with their width and height bytes.
THUMBNAILS = {0x10: "ThumbnailImage", 0x11: "ThumbnailTIFF", 0x13: "ThumbnailTIFF"}
# Shortest valid body per code, as ExifTool's RawConv conditions require.
MINIMUM = {0x10: 1, 0x11: 771, 0x13: 3}


def read(block: Block, ctx: ReadContext) -> None:
    """Read the thumbnail after ``JFXX\\0`` as ``{"binary": length, "offset": …}``; unknown extension codes
    and empty thumbnails are ignored, as ExifTool does."""
    code, thumbnail = block.data[:1], block.data[1:]
    if not code or code[0] not in THUMBNAILS:
        return
    if len(thumbnail) < MINIMUM[code[0]] or (code[0] != 0x10 and thumbnail.startswith(b"\x00\x00")):
        return
    ctx.add("JFXX", {THUMBNAILS[code[0]]: binary(len(thumbnail), block.offset + 1 if block.offset else None)})
