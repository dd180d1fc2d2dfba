"""Windows bitmap. Carries no metadata blocks but its header, and in V5 headers an ICC profile.

Header fields as ExifTool's BMP.pm reads them into group File (little-endian; the DIB header
starts at offset 14 and its first u32, its length, tells the version).
"""

import struct

from ..metadata.context import Block, ReadContext

FILE_TYPE = "BMP"
MIME = "image/bmp"
PILLOW_FORMATS = ("BMP",)
DIB = 14
OS2_HEADERS = (12, 16, 64)
# Windows header fields: offset in the DIB header → (tag, struct code) (ExifTool %BMP::Main).
FIELDS = [
    (4, "ImageWidth", "<I"),
    (8, "ImageHeight", "<i"),
    (12, "Planes", "<H"),
    (14, "BitDepth", "<H"),
    (16, "Compression", "<I"),
    (20, "ImageLength", "<I"),
    (24, "PixelsPerMeterX", "<I"),
    (28, "PixelsPerMeterY", "<I"),
    (32, "NumColors", "<I"),
    (36, "NumImportantColors", "<I"),
    (40, "RedMask", "<I"),
    (44, "GreenMask", "<I"),
    (48, "BlueMask", "<I"),
    (52, "AlphaMask", "<I"),
    (108, "RenderingIntent", "<I"),
    (112, "ProfileDataOffset", "<I"),
    (116, "ProfileSize", "<I"),
]
V5_HEADER = 124


def sniff(head: bytes) -> str | None:
    """``BM`` followed by a file size and a known DIB header length."""
    if head[:2] != b"BM" or len(head) < 18:
        return None
    return FILE_TYPE if int.from_bytes(head[14:18], "little") in (12, 40, 52, 56, 64, 108, 124) else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Header tags; a V5 header's embedded (not linked) ICC profile is handed over."""
    ctx.add("File", {"FileTypeExtension": "BMP"})
    length = int.from_bytes(data[DIB : DIB + 4], "little")
    header = data[DIB : DIB + length]
    if len(header) < min(length, 16):
        ctx.warn("File", "Truncated BMP header")
        return
    tags = {"BMPVersion": length}
    if length in OS2_HEADERS:
        tags |= dict(
            zip(("ImageWidth", "ImageHeight", "Planes", "BitDepth"), struct.unpack_from("<4H", header, 4), strict=True)
        )
        ctx.add("File", tags)
        return
    for offset, tag, code in FIELDS:
        if offset + struct.calcsize(code) <= len(header):
            tags[tag] = struct.unpack_from(code, header, offset)[0]
    tags["ImageHeight"] = abs(tags.get("ImageHeight", 0))  # negative for top-down rows
    if tags.get("Compression", 0) > 256:  # a FourCC, as ExifTool shows it
        tags["Compression"] = tags["Compression"].to_bytes(4, "little").decode("latin-1").rstrip(" \x00")
    ctx.add("File", tags)
    # the colour space is a little-endian u32 FourCC, so "MBED" (embedded profile) reads backwards
    if length == V5_HEADER and header[56:60] == b"DEBM" and tags.get("ProfileDataOffset"):
        start = DIB + tags["ProfileDataOffset"]  # counted from the DIB header
        profile = data[start : start + tags["ProfileSize"]]
        if len(profile) == tags["ProfileSize"]:
            ctx.read(Block("ICC", profile, "BMP-ICC_Profile", start))
        else:
            ctx.warn("File", "Error loading profile data")
