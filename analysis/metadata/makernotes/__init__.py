"""Maker notes: the camera makers' private directories inside ExifIFD:MakerNote (0x927C).

Chosen by a table (Make + header prefix → brand module), as ExifTool's MakerNotes.pm does.
"""

from ..binary import ByteReader
from ..context import ReadContext


def read_makernote(ctx: ReadContext, *, make: str, model: str, tiff: ByteReader, offset: int, count: int) -> None:
    """Decode the maker note of ``count`` bytes at ``offset`` inside the TIFF structure ``tiff``
    (offsets in maker notes are usually relative to that structure) into its brand's group
    (``Canon``, ``Nikon``, ``Apple``, …) through ``ctx.add``; unknown makers are left alone."""
