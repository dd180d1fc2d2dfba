"""TIFF 6.0 (and BigTIFF's header, which Pillow also opens)."""

from ..metadata.context import ReadContext

FILE_TYPE = "TIFF"
MIME = "image/tiff"
PILLOW_FORMATS = ("TIFF",)
HEADERS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")


def sniff(head: bytes) -> str | None:
    """Byte-order mark plus 42 (or 43 for BigTIFF), TIFF 6.0 §2."""
    return FILE_TYPE if head[:4] in HEADERS else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the container: store its own structural tags and hand embedded blocks to ``ctx``."""
