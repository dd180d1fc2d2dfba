"""XMP block reader (to be written)."""

from .context import Block, ReadContext

KIND = "XMP"


def read(block: Block, ctx: ReadContext) -> None:
    """Read a XMP block into its ExifTool groups."""
