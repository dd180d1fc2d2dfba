"""Ducky block reader (to be written)."""

from .context import Block, ReadContext

KIND = "Ducky"


def read(block: Block, ctx: ReadContext) -> None:
    """Read a Ducky block into its ExifTool groups."""
