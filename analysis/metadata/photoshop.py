"""Photoshop block reader (to be written)."""

from .context import Block, ReadContext

KIND = "Photoshop"


def read(block: Block, ctx: ReadContext) -> None:
    """Read a Photoshop block into its ExifTool groups."""
