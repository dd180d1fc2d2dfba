"""JFIF block reader (to be written)."""

from .context import Block, ReadContext

KIND = "JFIF"


def read(block: Block, ctx: ReadContext) -> None:
    """Read a JFIF block into its ExifTool groups."""
