"""JPEG (ITU-T T.81; JFIF and Exif APPn segments). Pillow opens JPEGs with an MPF index as MPO."""

from ..metadata.context import ReadContext

FILE_TYPE = "JPEG"
MIME = "image/jpeg"
PILLOW_FORMATS = ("JPEG", "MPO")


def sniff(head: bytes) -> str | None:
    """SOI marker followed by the start of another marker (T.81 B.1.1.2)."""
    return FILE_TYPE if head[:3] == b"\xff\xd8\xff" else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the container: store its own structural tags and hand embedded blocks to ``ctx``."""
