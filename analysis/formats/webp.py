"""WebP (RIFF container, Google's WebP container specification)."""

from ..metadata.context import ReadContext

FILE_TYPE = "WEBP"
MIME = "image/webp"
PILLOW_FORMATS = ("WEBP",)


def sniff(head: bytes) -> str | None:
    """``RIFF`` size ``WEBP``."""
    return FILE_TYPE if head[:4] == b"RIFF" and head[8:12] == b"WEBP" else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the container: store its own structural tags and hand embedded blocks to ``ctx``."""
