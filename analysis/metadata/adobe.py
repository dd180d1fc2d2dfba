"""Adobe block reader (to be written)."""

from .context import Block, ReadContext

KIND = "Adobe"


def read(block: Block, ctx: ReadContext) -> None:
    """Read a Adobe block into its ExifTool groups."""
