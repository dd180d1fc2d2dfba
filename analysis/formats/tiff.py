"""TIFF 6.0 and BigTIFF (TIFF with 64-bit offsets, magic 43; ExifTool BigTIFF.pm)."""

from ..metadata.context import Block, ReadContext
from ..metadata.exif import BIGTIFF_PATH
from ..metadata.ifd import BIGTIFF_HEADERS
from .jpeg_trailers import read_trailers
from .tiff_raw import MIME as RAW_MIME
from .tiff_raw import raw_type

FILE_TYPE = "TIFF"
BIGTIFF = "BTF"  # ExifTool's FileType (and extension) for BigTIFF; its MIME is formats.EXTRA_MIME's
MIME = "image/tiff"
PILLOW_FORMATS = ("TIFF",)
HEADERS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")


def sniff(head: bytes) -> str | None:
    """Byte-order mark plus 42 (TIFF 6.0 §2), or 43 for BigTIFF: ``BTF`` when the rest of the
    BigTIFF header is right (offset size 8, then 0), else ``TIFF`` as ExifTool falls back to."""
    if head[:8] in BIGTIFF_HEADERS:
        return BIGTIFF
    return FILE_TYPE if head[:4] in HEADERS else None


def read(data: bytes, ctx: ReadContext) -> None:
    """A TIFF file is one TIFF structure: the whole file goes to the EXIF reader, which names its
    first directory IFD0 as ExifTool does (and adds ``File:ExifByteOrder``); a camera raw's
    ``File:FileType`` is then named from its content (:mod:`.tiff_raw`); then the trailers after
    it (Photo Mechanic, AFCP...). A BigTIFF file goes to it under path ``BTF`` and is read with
    BigTIFF's directory layout. Pixels are not read."""
    if data[:8] in BIGTIFF_HEADERS:
        ctx.add("File", {"FileTypeExtension": BIGTIFF})
        ctx.read(Block("EXIF", data, BIGTIFF_PATH, 0))
        return
    ctx.read(Block("EXIF", data, FILE_TYPE, 0))
    kind = raw_type(data, ctx.metadata)
    if kind:
        ctx.add_latest("File", {"FileType": kind, "MIMEType": RAW_MIME[kind]})
    ctx.add("File", {"FileTypeExtension": kind or "TIF"})
    # ExifTool reads the trailers a JPEG may carry after a TIFF too (ProcessTIFF, IdentifyTrailer).
    read_trailers(data, ctx, FILE_TYPE)
