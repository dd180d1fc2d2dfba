"""The Adobe APP14 reader."""

import struct

from analysis.metadata import adobe
from analysis.metadata.context import Block, ReadContext


def read(data: bytes) -> ReadContext:
    ctx = ReadContext(b"", {"Adobe": adobe.read})
    ctx.read(Block("Adobe", data, "JPEG-APP14"))
    return ctx


def test_it_reads_version_flags_and_color_transform():
    ctx = read(struct.pack(">HHHB", 100, 0x4000, 0, 1))
    assert ctx.metadata["Adobe"] == {
        "DCTEncodeVersion": 100,
        "APP14Flags0": 16384,
        "APP14Flags1": 0,
        "ColorTransform": 1,
    }


def test_a_short_segment_is_a_warning():
    ctx = read(b"\x00\x64\x40")
    assert ctx.metadata == {}
    assert ctx.warnings[0].group == "Adobe"
