"""Adobe APP14 segment reader (Adobe Technical Note #5116 §18; ExifTool JPEG.pm %JPEG::Adobe)."""

from ..binary import ByteReader
from .context import Block, ReadContext

KIND = "Adobe"


def read(block: Block, ctx: ReadContext) -> None:
    """Read the 7 bytes after ``Adobe``: DCTEncodeVersion, APP14Flags0, APP14Flags1 (16-bit,
    big-endian) and ColorTransform (0 unknown/RGB/CMYK, 1 YCbCr, 2 YCCK) into group Adobe.

    Raises MalformedDataError when the segment is shorter than that.
    """
    version, flags0, flags1, transform = ByteReader(block.data).unpack("HHHB", 0)
    ctx.add("Adobe", {"DCTEncodeVersion": version, "APP14Flags0": flags0, "APP14Flags1": flags1})
    ctx.add("Adobe", {"ColorTransform": transform})
