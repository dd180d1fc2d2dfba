"""Adobe Photoshop document (PSD) and large document (PSB) (Adobe Photoshop File Formats
Specification; ExifTool Photoshop.pm ProcessPSD).

Sections, all big-endian: 26-byte header (version 1 for PSD, 2 for PSB), color mode data, image
resources (a Photoshop IRB block, read by :mod:`analysis.metadata.photoshop` with path ``PSD``),
layer and mask information (:mod:`.psd_layers`; its lengths are 8 bytes in a PSB), then image
data whose first word is its compression method. Tags as ExifTool reads them, in group Photoshop.
"""

import struct

from ..metadata.context import Block, ReadContext
from .jpeg_trailers import read_trailers
from .psd_layers import read_layers

FILE_TYPE = "PSD"
LARGE = "PSB"  # ExifTool's FileType and extension for version 2; MIME type as PSD's
MIME = "application/vnd.adobe.photoshop"
PILLOW_FORMATS = ("PSD",)
GROUP = "Photoshop"
HEADER = struct.Struct(">4sH6xHIIHH")
SIGNATURES = {b"8BPS\x00\x01": FILE_TYPE, b"8BPS\x00\x02": LARGE}


def sniff(head: bytes) -> str | None:
    """Signature ``8BPS`` and version 1 (PSD) or 2 (PSB)."""
    return SIGNATURES.get(head[:6])


def read(data: bytes, ctx: ReadContext) -> None:
    """Header tags, then the image resources and layers, then trailers (Photo Mechanic...); a
    cut-off section is reported."""
    psb = data[:6] == b"8BPS\x00\x02"
    ctx.add("File", {"FileTypeExtension": LARGE if psb else FILE_TYPE})
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
    pos = read_layers(data, pos + 4 + len(resources), psb, ctx)
    if pos is not None and pos + 2 <= len(data):
        ctx.add(GROUP, {"Compression": int.from_bytes(data[pos : pos + 2], "big")})
    # ExifTool reads the trailers after a PSD's image data too (Photoshop.pm ProcessPSD).
    read_trailers(data, ctx, FILE_TYPE)


def _section(data: bytes, pos: int) -> bytes | None:
    """A u32-length-prefixed section at ``pos``, or None when it runs past the end."""
    if pos + 4 > len(data) or pos + 4 + _u32(data, pos) > len(data):
        return None
    return data[pos + 4 : pos + 4 + _u32(data, pos)]


def _u32(data: bytes, pos: int) -> int:
    return int.from_bytes(data[pos : pos + 4], "big")
