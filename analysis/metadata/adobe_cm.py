"""Adobe_CM APP13 segment reader (ExifTool JPEG.pm %JPEG::AdobeCM): group AdobeCM.

ExifTool does not know what the segment means; it shows its first big-endian 16-bit word.
"""

from .context import Block, ReadContext

KIND = "AdobeCM"


def read(block: Block, ctx: ReadContext) -> None:
    """Read AdobeCMType, the u16 after ``Adobe_CM``; a shorter segment gives nothing."""
    if len(block.data) >= 2:
        ctx.add("AdobeCM", {"AdobeCMType": int.from_bytes(block.data[:2], "big")})
