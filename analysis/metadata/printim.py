"""Epson Print Image Matching block reader (ExifTool PrintIM.pm ProcessPrintIM): group PrintIM.

Found in IFD0 tag 0xC4A5 and in some maker notes: ``PrintIM``, a NUL, a 4-character version, two
bytes, a 16-bit entry count in the byte order of the surrounding TIFF structure, then 6-byte
entries. ExifTool names no entry (they are shown only with ``-u``), so only the version is read.
"""

from .context import Block, ReadContext
from .values import json_text, text

KIND = "PrintIM"
GROUP = "PrintIM"
SIGNATURE = b"PrintIM"
HEADER_SIZE = 16
ENTRY_SIZE = 6


def read(block: Block, ctx: ReadContext) -> None:
    """Read PrintIMVersion. An empty, short or unsigned block, or an entry count that fits the
    block in neither byte order, is reported with ExifTool's wording and gives no tag."""
    data = block.data
    if not data:
        ctx.warn(GROUP, "Empty PrintIM data")
    elif len(data) < HEADER_SIZE:
        ctx.warn(GROUP, "Bad PrintIM data")
    elif not data.startswith(SIGNATURE):
        ctx.warn(GROUP, "Invalid PrintIM header")
    elif not any(HEADER_SIZE + ENTRY_SIZE * int.from_bytes(data[14:16], o) <= len(data) for o in ("big", "little")):
        # ExifTool tries the other byte order when the count does not fit; the order is not ours to know
        ctx.warn(GROUP, "Bad PrintIM size")
    else:
        ctx.add(GROUP, {"PrintIMVersion": json_text(text(data[8:12]))})
