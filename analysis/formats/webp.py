"""WebP (RIFF container, Google's WebP container specification)."""

FILE_TYPE = "WEBP"
MIME = "image/webp"
PILLOW_FORMATS = ("WEBP",)


def sniff(head: bytes) -> str | None:
    """``RIFF`` size ``WEBP``."""
    return FILE_TYPE if head[:4] == b"RIFF" and head[8:12] == b"WEBP" else None
