"""JFIF APP0 segment reader (JFIF 1.02 §A; ExifTool.pm %JFIF::Main): group JFIF."""

from ..binary import ByteReader
from .context import Block, ReadContext
from .values import binary

KIND = "JFIF"


def read(block: Block, ctx: ReadContext) -> None:
    """Read the JFIF header after ``JFIF\\0``: version as ``"1 2"``, density unit and X/Y
    density, and the thumbnail size and raw RGB thumbnail when present.

    Raises MalformedDataError when the 7-byte header is cut short.
    """
    data = ByteReader(block.data)
    major, minor, unit = data.unpack("BBB", 0)
    tags = {"JFIFVersion": f"{major} {minor}", "ResolutionUnit": unit, "XResolution": data.u16(3)}
    tags["YResolution"] = data.u16(5)
    width, height = block.data[7:9] if len(block.data) >= 9 else (0, 0)
    if width and height:
        tags |= {"ThumbnailWidth": width, "ThumbnailHeight": height}
        thumbnail = block.data[9 : 9 + 3 * width * height]
        if thumbnail:
            tags["ThumbnailTIFF"] = binary(len(thumbnail), block.offset + 9 if block.offset else None)
    ctx.add("JFIF", tags)
