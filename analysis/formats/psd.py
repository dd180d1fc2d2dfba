"""Adobe Photoshop document (PSD; Adobe Photoshop File Formats Specification).

Sections, all big-endian: 26-byte header, color mode data, image resources (a Photoshop IRB
block, read by :mod:`analysis.metadata.photoshop` with path ``PSD``), layer and mask information
(:mod:`.psd_layers`), then image data whose first word is its compression method. Tags as
ExifTool's Photoshop.pm ProcessPSD reads them, in group Photoshop.
"""

import struct

from ..metadata.context import Block, ReadContext
from .psd_layers import read_layers

FILE_TYPE = "PSD"
MIME = "application/vnd.adobe.photoshop"
PILLOW_FORMATS = ("PSD",)
GROUP = "Photoshop"
HEADER = struct.Struct(">4sH6xHIIHH")


def sniff(head: bytes) -> str | None:
    """Signature ``8BPS`` and version 1 (PSB, version 2, is not opened by Pillow)."""
    return FILE_TYPE if head[:6] == b"8BPS\x00\x01" else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Header tags, then the image resources and layers; a cut-off section is reported."""
    ctx.add("File", {"FileTypeExtension": "PSD"})
    if len(data) < HEADER.size + 4:
        ctx.warn(GROUP, "File format error: PSD header is truncated")
        return
    _, _, channels, height, width, depth, mode = HEADER.unpack_from(data)
    ctx.add(GROUP, {"NumChannels": channels, "ImageHeight": height, "ImageWidth": width, "BitDepth": depth})
    ctx.add(GROUP, {"ColorMode": mode})
    pos = HEADER.size + 4 + _u32(data, HEADER.size)  # skip the color mode data
    resources = _section(data, pos)
    if resources is None:
        ctx.warn(GROUP, "File format error: image resources are truncated")
        return
    ctx.read(Block("Photoshop", resources, "PSD", pos + 4))
    pos += 4 + len(resources)
    layers = _section(data, pos)
    if layers is None:
        return
    read_layers(layers, ctx)
    pos += 4 + len(layers)
    if pos + 2 <= len(data):
        ctx.add(GROUP, {"Compression": int.from_bytes(data[pos : pos + 2], "big")})


def _section(data: bytes, pos: int) -> bytes | None:
    """A u32-length-prefixed section at ``pos``, or None when it runs past the end."""
    if pos + 4 > len(data) or pos + 4 + _u32(data, pos) > len(data):
        return None
    return data[pos + 4 : pos + 4 + _u32(data, pos)]


def _u32(data: bytes, pos: int) -> int:
    return int.from_bytes(data[pos : pos + 4], "big")
