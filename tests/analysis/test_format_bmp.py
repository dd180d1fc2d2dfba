"""The BMP header reader (group File) and its V5 embedded ICC profile."""

import io
import struct

from PIL import Image

from analysis.formats import bmp
from analysis.metadata.context import ReadContext


def read(data: bytes) -> tuple[ReadContext, list]:
    blocks = []
    ctx = ReadContext(data, {"ICC": lambda b, _c: blocks.append(b)})
    bmp.read(data, ctx)
    return ctx, blocks


def test_it_reads_the_windows_header_as_exiftool_does():
    out = io.BytesIO()
    Image.new("RGB", (5, 7)).save(out, "BMP")
    tags = read(out.getvalue())[0].metadata["File"]
    assert tags == {
        "FileTypeExtension": "BMP",
        "BMPVersion": 40,
        "ImageWidth": 5,
        "ImageHeight": 7,
        "Planes": 1,
        "BitDepth": 24,
        "Compression": 0,
        "ImageLength": 112,
        "PixelsPerMeterX": 3780,
        "PixelsPerMeterY": 3780,
        "NumColors": 0,
        "NumImportantColors": 0,
    }


def test_it_reads_a_top_down_height_as_positive():
    header = struct.pack("<IiiHH", 40, 4, -3, 1, 24) + b"\x00" * 24
    assert read(b"BM" + b"\x00" * 12 + header)[0].metadata["File"]["ImageHeight"] == 3


def test_it_hands_an_embedded_v5_profile_over():
    profile = b"icc-profile"
    header = bytearray(124)
    struct.pack_into("<IiiHH", header, 0, 124, 1, 1, 1, 24)
    header[56:60] = b"DEBM"  # "MBED" as a little-endian FourCC
    struct.pack_into("<II", header, 112, 124, len(profile))
    _, blocks = read(b"BM" + b"\x00" * 12 + bytes(header) + profile)
    assert [(b.kind, b.data) for b in blocks] == [("ICC", profile)]


def test_a_truncated_header_is_reported():
    ctx, _ = read(b"BM" + b"\x00" * 12 + struct.pack("<I", 40) + b"\x00" * 4)
    assert ctx.warnings[0].message == "Truncated BMP header"
