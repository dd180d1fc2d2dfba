"""Metadata readers: one module per block kind. Each module declares ``KIND`` (the
:class:`~analysis.metadata.context.Block` kind it reads) and ``read(block, ctx) -> None``, which
stores ``{family-1 group: {tag: value}}`` through ``ctx.add`` as ``exiftool -j -G1 -n`` names them.

Adding a block kind is adding its module to :data:`READER_MODULES`.
"""

from . import adobe, adobe_cm, ducky, exif, icc, iptc, jfif, jfxx, mpf, photoshop, printim, xmp

READER_MODULES = [exif, xmp, iptc, icc, photoshop, jfif, jfxx, adobe, adobe_cm, ducky, mpf, printim]

READERS = {module.KIND: module.read for module in READER_MODULES}
# IPTC at TIFF tag 0x8568 (Exif.pm AFCP_IPTC) is read as IPTC, in its own non-standard place.
READERS["AFCP_IPTC"] = iptc.read
