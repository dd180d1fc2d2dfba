"""The MPF reader: MP Index IFD into MPF0, one MPImage<n> group per MP Entry."""

import struct

from analysis.metadata import mpf
from analysis.metadata.context import Block, ReadContext
from tests.builders import LONG, UNDEFINED, ifd

BASE = 1000  # absolute file offset of the MPF TIFF header


def entry(attribute: int, length: int, start: int, dependent1: int = 0, dependent2: int = 0) -> bytes:
    return struct.pack("<IIIHH", attribute, length, start, dependent1, dependent2)


def index(*entries: bytes, extra: list | None = None) -> bytes:
    tags = [(0xB000, UNDEFINED, b"0100"), (0xB001, LONG, [len(entries)]), (0xB002, UNDEFINED, b"".join(entries))]
    return b"II*\x00" + struct.pack("<I", 8) + ifd(tags + (extra or []), 8)


def read(data: bytes) -> ReadContext:
    ctx = ReadContext(b"", {"MPF": mpf.read})
    ctx.read(Block("MPF", data, "JPEG-APP2", BASE))
    return ctx


def test_it_reads_the_mp_index_into_mpf0():
    ctx = read(index(entry(0x20030000, 500, 0)))
    assert ctx.metadata["MPF0"] == {"MPFVersion": "0100", "NumberOfImages": 1}


def test_it_splits_each_mp_entry_into_its_fields():
    ctx = read(index(entry(0x20030000, 500, 0, 2, 3)))
    assert ctx.metadata["MPImage1"] == {
        "MPImageFlags": 4,
        "MPImageFormat": 0,
        "MPImageType": 0x030000,
        "MPImageLength": 500,
        "MPImageStart": 0,
        "DependentImage1EntryNumber": 2,
        "DependentImage2EntryNumber": 3,
    }


def test_offsets_count_from_the_mpf_header_and_images_are_described():
    ctx = read(index(entry(0x20030000, 500, 0), entry(0x00010002, 300, 4000), entry(0x00020002, 200, 5000)))
    assert ctx.metadata["MPImage2"]["MPImageStart"] == BASE + 4000
    assert ctx.metadata["MPImage2"]["PreviewImage"] == {"binary": 300, "offset": BASE + 4000}  # first large thumbnail
    assert ctx.metadata["MPImage3"]["MPImage3"] == {"binary": 200, "offset": BASE + 5000}
    assert "PreviewImage" not in ctx.metadata["MPImage1"]


def test_it_reads_pan_orientation_as_its_four_bytes():
    ctx = read(index(entry(0, 1, 0), extra=[(0xB201, LONG, [0x01020304])]))
    assert ctx.metadata["MPF0"]["PanOrientation"] == "1 2 3 4"


def test_a_truncated_index_is_reported_not_raised():
    ctx = read(index(entry(0x20030000, 500, 0))[:30])
    assert ctx.metadata.get("MPF0", {}).get("MPFVersion") == "0100"
    assert ctx.warnings


def test_an_empty_block_is_a_warning():
    ctx = read(b"")
    assert ctx.metadata == {}
    assert "TIFF header" in ctx.warnings[0].message


def test_a_directory_linking_to_itself_is_read_once():
    data = bytearray(index(entry(0, 1, 0)))
    data[8 + 2 + 3 * 12 : 8 + 2 + 3 * 12 + 4] = struct.pack("<I", 8)  # next IFD = the index itself
    ctx = read(bytes(data))
    assert "MPF1" not in ctx.metadata
