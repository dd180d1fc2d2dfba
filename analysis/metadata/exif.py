"""EXIF/TIFF IFD reader (ExifTool Exif.pm, GPS.pm): IFD0, ExifIFD, GPS, InteropIFD, IFD1."""

from .context import Block, ReadContext

KIND = "EXIF"


def read(block: Block, ctx: ReadContext) -> None:
    """Read a TIFF structure (with or without ``Exif\\0\\0``) into ExifTool's IFD groups."""
