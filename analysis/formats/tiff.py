"""TIFF 6.0 (and BigTIFF's header, which Pillow also opens)."""

from ..metadata.context import Block, ReadContext

FILE_TYPE = "TIFF"
MIME = "image/tiff"
PILLOW_FORMATS = ("TIFF",)
HEADERS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")


def sniff(head: bytes) -> str | None:
    """Byte-order mark plus 42 (or 43 for BigTIFF), TIFF 6.0 §2."""
    return FILE_TYPE if head[:4] in HEADERS else None


def read(data: bytes, ctx: ReadContext) -> None:
    """A TIFF file is one TIFF structure: the whole file goes to the EXIF reader, which names its
    first directory IFD0 as ExifTool does (and adds ``File:ExifByteOrder``). Pixels are not read.

    BigTIFF (TIFF 6.0 with 64-bit offsets, magic 43) is recognised but its directories are not
    walked; that is reported as a warning."""
    if data[2:4] in (b"+\x00", b"\x00+"):
        ctx.warn("TIFF", "BigTIFF directories are not read")
        return
    ctx.add("File", {"FileTypeExtension": "TIF"})
    ctx.read(Block("EXIF", data, FILE_TYPE, 0))
