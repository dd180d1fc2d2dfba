"""ICC block reader (to be written)."""

from .context import Block, ReadContext

KIND = "ICC"


def read(block: Block, ctx: ReadContext) -> None:
    """Read a ICC block into its ExifTool groups."""
