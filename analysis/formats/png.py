"""PNG (ISO/IEC 15948, PNG specification 3rd edition)."""

FILE_TYPE = "PNG"
MIME = "image/png"
PILLOW_FORMATS = ("PNG",)
SIGNATURE = b"\x89PNG\r\n\x1a\n"


def sniff(head: bytes) -> str | None:
    """The eight-byte PNG signature (PNG spec §5.2)."""
    return FILE_TYPE if head.startswith(SIGNATURE) else None
