"""The JFIF and JFXX APP0 readers."""

import struct

from analysis.metadata import jfif, jfxx
from analysis.metadata.context import Block, ReadContext


def read(kind: str, data: bytes) -> ReadContext:
    ctx = ReadContext(b"", {"JFIF": jfif.read, "JFXX": jfxx.read})
    ctx.read(Block(kind, data, "JPEG-APP0"))
    return ctx


def test_it_reads_version_and_density():
    ctx = read("JFIF", struct.pack(">BBBHHBB", 1, 2, 1, 300, 300, 0, 0))
    assert ctx.metadata["JFIF"] == {"JFIFVersion": "1 2", "ResolutionUnit": 1, "XResolution": 300, "YResolution": 300}


def test_it_describes_an_uncompressed_thumbnail():
    ctx = read("JFIF", struct.pack(">BBBHHBB", 1, 1, 0, 1, 1, 2, 3) + b"\x80" * 18)
    tags = ctx.metadata["JFIF"]
    assert (tags["ThumbnailWidth"], tags["ThumbnailHeight"], tags["ThumbnailTIFF"]) == (2, 3, {"binary": 18})


def test_a_truncated_header_is_a_warning():
    ctx = read("JFIF", b"\x01\x02\x00\x00")
    assert "JFIF" not in ctx.metadata
    assert ctx.warnings[0].group == "JFIF"


def test_it_describes_a_jfxx_jpeg_thumbnail():
    assert read("JFXX", b"\x10\xff\xd8\xff" + b"x" * 97).metadata["JFXX"] == {"ThumbnailImage": {"binary": 100}}


def test_it_describes_a_jfxx_rgb_thumbnail_and_ignores_unknown_codes():
    assert read("JFXX", b"\x13\x02\x01" + b"\x10" * 6).metadata["JFXX"] == {"ThumbnailTIFF": {"binary": 8}}
    assert read("JFXX", b"\x42abc").metadata == {}
    assert read("JFXX", b"").metadata == {}
