"""HEIF family in ISO BMFF (ISO/IEC 23008-12): HEIC, HEIF and AVIF, told apart by the ftyp brand.


Pillow reads AVIF itself and HEIC/HEIF through pillow-heif (registered in :mod:`analysis.engine`).
"""

from ..metadata.context import ReadContext

FILE_TYPE = "HEIC"
MIME = "image/heic"
PILLOW_FORMATS = ("HEIF", "AVIF")

# Major brand → ExifTool FileType (QuickTime.pm %ftypLookup; 'avis' sequences counted as AVIF).
BRANDS = {
    b"heic": "HEIC",
    b"heix": "HEIC",
    b"heim": "HEIC",
    b"heis": "HEIC",
    b"hevc": "HEIC",
    b"hevx": "HEIC",
    b"mif1": "HEIF",
    b"msf1": "HEIF",
    b"heif": "HEIF",
    b"avif": "AVIF",
    b"avis": "AVIF",
}


def sniff(head: bytes) -> str | None:
    """An ``ftyp`` box first whose major brand is one of :data:`BRANDS`."""
    if head[4:8] != b"ftyp":
        return None
    return BRANDS.get(head[8:12])


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the container: store its own structural tags and hand embedded blocks to ``ctx``."""
