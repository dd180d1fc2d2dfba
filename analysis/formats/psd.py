"""Adobe Photoshop document (PSD; Adobe Photoshop File Formats Specification)."""

from ..metadata.context import ReadContext

FILE_TYPE = "PSD"
MIME = "application/vnd.adobe.photoshop"
PILLOW_FORMATS = ("PSD",)


def sniff(head: bytes) -> str | None:
    """Signature ``8BPS`` and version 1 (PSB, version 2, is not opened by Pillow)."""
    return FILE_TYPE if head[:6] == b"8BPS\x00\x01" else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the container: store its own structural tags and hand embedded blocks to ``ctx``."""
