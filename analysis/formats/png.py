"""PNG (ISO/IEC 15948, PNG specification 3rd edition)."""

from ..metadata.context import ReadContext

FILE_TYPE = "PNG"
MIME = "image/png"
PILLOW_FORMATS = ("PNG",)
SIGNATURE = b"\x89PNG\r\n\x1a\n"


def sniff(head: bytes) -> str | None:
    """The eight-byte PNG signature (PNG spec §5.2)."""
    return FILE_TYPE if head.startswith(SIGNATURE) else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the container: store its own structural tags and hand embedded blocks to ``ctx``."""
