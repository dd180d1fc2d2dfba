"""IPTC block reader (to be written)."""

from .context import Block, ReadContext

KIND = "IPTC"


def read(block: Block, ctx: ReadContext) -> None:
    """Read a IPTC block into its ExifTool groups."""
