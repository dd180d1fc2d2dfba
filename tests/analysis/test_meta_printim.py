"""The PrintIM reader (Epson Print Image Matching, ExifTool PrintIM.pm) and the Adobe_CM APP13 reader."""

import struct

import pytest

from analysis import analyse
from analysis.metadata import READERS
from analysis.metadata.context import Block, ReadContext
from tests.builders import UNDEFINED, exif_tiff, jpeg


def printim(version: bytes = b"0300", count: int = 1, order: str = ">") -> bytes:
    return (
        b"PrintIM\x00" + version + b"\x00\x00" + struct.pack(order + "H", count) + b"\x00\x01\x00\x00\x00\x10" * count
    )


def read(kind: str, data: bytes) -> ReadContext:
    ctx = ReadContext(b"", READERS, strict=True)
    ctx.read(Block(kind, data, "JPEG-APP1-IFD0-PrintIM"))
    return ctx


def test_it_reads_the_printim_version_as_text():
    assert read("PrintIM", printim(b"0250")).metadata == {"PrintIM": {"PrintIMVersion": "0250"}}


def test_it_accepts_an_entry_count_in_either_byte_order():
    assert read("PrintIM", printim(count=2, order="<")).metadata["PrintIM"] == {"PrintIMVersion": "0300"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Empty PrintIM data"),
        (b"PrintIM\x000300", "Bad PrintIM data"),
        (b"NotPrint\x000300\x00\x00\x00\x00", "Invalid PrintIM header"),
        (printim()[:16] + b"\x00", "Bad PrintIM size"),  # one entry announced, none there
    ],
)
def test_damage_is_reported_with_exiftools_wording(data, message):
    ctx = read("PrintIM", data)
    assert ctx.metadata == {}
    assert [w.message for w in ctx.warnings] == [message]


def test_it_is_read_from_ifd0_of_a_jpeg():
    tiff = exif_tiff([(0x010F, 2, "Epson"), (0xC4A5, UNDEFINED, printim(b"0250"))])
    metadata = analyse(jpeg(exif=tiff), strict=True).metadata
    assert metadata["PrintIM"] == {"PrintIMVersion": "0250"}


def test_it_reads_the_adobe_cm_type_after_the_identifier():
    assert read("AdobeCM", b"\x00\x03").metadata == {"AdobeCM": {"AdobeCMType": 3}}
    assert read("AdobeCM", b"\x00").metadata == {}
