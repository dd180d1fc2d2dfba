"""The Photoshop "Save for Web" APP12 Ducky reader."""

import struct

from analysis.metadata import ducky
from analysis.metadata.context import Block, ReadContext


def record(tag: int, value: bytes) -> bytes:
    return struct.pack(">HH", tag, len(value)) + value


def text(value: str) -> bytes:
    return struct.pack(">I", len(value)) + value.encode("utf-16-be")


def read(data: bytes) -> ReadContext:
    ctx = ReadContext(b"", {"Ducky": ducky.read})
    ctx.read(Block("Ducky", data, "JPEG-APP12"))
    return ctx


def test_it_reads_quality_comment_and_copyright():
    data = record(1, struct.pack(">I", 70)) + record(2, text("web")) + record(3, text("© me")) + b"\x00\x00"
    assert read(data).metadata["Ducky"] == {"Quality": 70, "Comment": "web", "Copyright": "© me"}


def test_a_record_running_past_the_end_is_reported():
    ctx = read(record(1, struct.pack(">I", 70)) + struct.pack(">HH", 2, 500) + b"abc")
    assert ctx.metadata["Ducky"] == {"Quality": 70}
    assert ctx.warnings[0].message == "Invalid Ducky block length"
