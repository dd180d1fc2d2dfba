"""Windows bitmap. Carries no metadata blocks, but the original API read it, so we do too."""

from ..metadata.context import ReadContext

FILE_TYPE = "BMP"
MIME = "image/bmp"
PILLOW_FORMATS = ("BMP",)


def sniff(head: bytes) -> str | None:
    """``BM`` followed by a file size and a known DIB header length."""
    if head[:2] != b"BM" or len(head) < 18:
        return None
    return FILE_TYPE if int.from_bytes(head[14:18], "little") in (12, 40, 52, 56, 64, 108, 124) else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the container: store its own structural tags and hand embedded blocks to ``ctx``."""
