"""Where ExifTool ends a text value: re-encoding UCS-2 or Windows-1252 text to UTF-8 stops at the
first NUL character (Charset.pm Recompose), so what follows a NUL inside such a value is not shown."""

import struct

from analysis.metadata import READERS, exif
from analysis.metadata.context import Block, ReadContext
from tests.builders import exif_tiff

BYTE = 1


def test_xp_author_ends_at_its_first_nul_character():
    author = "Ann".encode("utf-16-le") + b"\0\0" + "*MM".encode("utf-16-le")
    ctx = ReadContext(b"", {"EXIF": exif.read}, strict=True)
    ctx.read(Block("EXIF", exif_tiff([(0x9C9D, BYTE, list(author))]), "JPEG-APP1", 100))
    assert ctx.metadata["IFD0"]["XPAuthor"] == "Ann"


def iptc(record: int, number: int, raw: bytes) -> bytes:
    return struct.pack(">BBBH", 0x1C, record, number, len(raw)) + raw


def read_iptc(block: bytes) -> dict:
    ctx = ReadContext(b"", READERS, strict=True)
    ctx.read(Block("IPTC", block, "JPEG-APP13-Photoshop-IPTC"))
    return ctx.metadata["IPTC"]


def test_iptc_text_in_windows_1252_ends_at_its_first_nul():
    assert read_iptc(iptc(2, 120, b"caf\xe9 au lait\x00Photoshop ")) == {"Caption-Abstract": "café au lait"}


def test_iptc_ascii_text_keeps_what_follows_a_nul():
    # plain ASCII is not re-encoded by ExifTool, so nothing cuts it; the NUL itself is not shown
    assert read_iptc(iptc(2, 120, b"one\x00two")) == {"Caption-Abstract": "onetwo"}
