"""MPF block reader (to be written)."""

from .context import Block, ReadContext

KIND = "MPF"


def read(block: Block, ctx: ReadContext) -> None:
    """Read a MPF block into its ExifTool groups."""
