"""GIF87a / GIF89a."""

from ..metadata.context import ReadContext

FILE_TYPE = "GIF"
MIME = "image/gif"
PILLOW_FORMATS = ("GIF",)


def sniff(head: bytes) -> str | None:
    """The six-byte header ``GIF87a`` or ``GIF89a``."""
    return FILE_TYPE if head[:6] in (b"GIF87a", b"GIF89a") else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the container: store its own structural tags and hand embedded blocks to ``ctx``."""
