"""ICC profile reader: header and tag table named and valued as ``exiftool -j -G1 -n`` shows them,
damaged tables reported."""

import struct

from analysis.metadata import READERS
from analysis.metadata.context import Block, ReadContext


def fixed(*values: float) -> bytes:
    return b"".join(struct.pack(">i", round(v * 0x10000)) for v in values)


def xyz(*values: float) -> bytes:
    return b"XYZ \x00\x00\x00\x00" + fixed(*values)


def desc(value: str) -> bytes:
    return b"desc\x00\x00\x00\x00" + struct.pack(">I", len(value) + 1) + value.encode() + b"\x00" * 79


def mluc(*records: tuple[str, str]) -> bytes:
    head = b"mluc\x00\x00\x00\x00" + struct.pack(">II", len(records), 12)
    strings, table = b"", b""
    for language, value in records:
        encoded = value.encode("utf-16-be")
        table += language.encode() + struct.pack(">II", len(encoded), 16 + 12 * len(records) + len(strings))
        strings += encoded
    return head + table + strings


def profile(tags: list[tuple[bytes, bytes]], count: int | None = None, length: int | None = None) -> bytes:
    """An ICC profile: the header below, a tag table with ``tags`` (signature, data) and their data."""
    table_size = 4 + 12 * len(tags)
    entries, body = b"", b""
    for signature, data in tags:
        entries += signature + struct.pack(">II", 128 + table_size + len(body), len(data))
        body += data + b"\x00" * (-len(data) % 4)
    total = 128 + table_size + len(body)
    header = (
        struct.pack(">I", total if length is None else length)
        + b"lcms"
        + bytes([2, 0x10, 0, 0])
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2020, 1, 2, 3, 4, 5)
        + b"acspAPPL"
        + struct.pack(">I", 0)
        + b"IEC sRGB"
        + struct.pack(">III", 0, 0, 0)
        + fixed(0.9642, 1, 0.82491)
        + b"lcms"
        + bytes(range(16))
        + bytes(28)
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags) if count is None else count) + entries + body


def read(*profiles: bytes) -> ReadContext:
    ctx = ReadContext(b"", READERS, strict=True)
    for data in profiles:
        ctx.read(Block("ICC", data, "JPEG-APP2-ICC_Profile"))
    return ctx


SRGB = [
    (b"desc", desc("sRGB IEC61966-2.1")),
    (b"cprt", b"text\x00\x00\x00\x00Copyright (c) 1998 Hewlett-Packard Company\x00"),
    (b"wtpt", xyz(0.95045, 1, 1.08905)),
    (b"rTRC", b"curv\x00\x00\x00\x00\x00\x00\x00\x01\x01\xcd"),
    (
        b"meas",
        b"meas" + struct.pack(">II", 0, 1) + fixed(0, 0, 0) + struct.pack(">I", 0) + fixed(0.00999) + b"\0\0\0\2",
    ),
]


def test_it_reads_the_header():
    assert read(profile(SRGB)).metadata["ICC-header"] == {
        "ProfileCMMType": "lcms",
        "ProfileVersion": 528,
        "ProfileClass": "mntr",
        "ColorSpaceData": "RGB ",
        "ProfileConnectionSpace": "XYZ ",
        "ProfileDateTime": "2020:01:02 03:04:05",
        "ProfileFileSignature": "acsp",
        "PrimaryPlatform": "APPL",
        "CMMFlags": 0,
        "DeviceManufacturer": "IEC ",
        "DeviceModel": "sRGB",
        "DeviceAttributes": "0 0",
        "RenderingIntent": 0,
        "ConnectionSpaceIlluminant": "0.9642 1 0.82491",
        "ProfileCreator": "lcms",
        "ProfileID": " ".join(str(i) for i in range(16)),
    }


def test_it_reads_the_tag_table():
    ctx = read(profile(SRGB))
    assert ctx.metadata["ICC_Profile"] == {
        "ProfileDescription": "sRGB IEC61966-2.1",
        "ProfileCopyright": "Copyright (c) 1998 Hewlett-Packard Company",
        "MediaWhitePoint": "0.95045 1 1.08905",
        "RedTRC": {"binary": 14},
    }
    assert ctx.metadata["ICC-meas"] == {
        "MeasurementObserver": 1,
        "MeasurementBacking": "0 0 0",
        "MeasurementGeometry": 0,
        "MeasurementFlare": 0.00999,
        "MeasurementIlluminant": 2,
    }
    assert ctx.warnings == []


def test_it_reads_localized_descriptions():
    ctx = read(profile([(b"desc", mluc(("enUS", "Display P3"), ("deDE", "Anzeige P3")))]))
    assert ctx.metadata["ICC_Profile"] == {"ProfileDescription": "Display P3", "ProfileDescription-de-DE": "Anzeige P3"}


def test_it_stops_at_a_tag_past_the_end_and_keeps_the_earlier_ones():
    data = bytearray(profile(SRGB[:2]))
    struct.pack_into(">I", data, 128 + 4 + 12 + 4, 0x7FFFFFF0)  # the second tag's offset
    ctx = read(bytes(data))
    assert ctx.metadata["ICC_Profile"] == {"ProfileDescription": "sRGB IEC61966-2.1"}
    assert "truncated" in ctx.warnings[0].message


def test_it_refuses_an_absurd_tag_count():
    ctx = read(profile(SRGB, count=0xFFFFFFFF))
    assert ctx.metadata == {}
    assert "4294967295 entries" in ctx.warnings[0].message


def test_it_warns_about_a_length_that_disagrees_with_the_block():
    ctx = read(profile(SRGB, length=100))
    assert ctx.metadata == {}
    assert "Bad length" in ctx.warnings[0].message


def test_it_numbers_a_second_profile():
    ctx = read(profile(SRGB), profile([(b"desc", desc("Display P3"))]))
    assert ctx.metadata["ICC_Profile"]["ProfileDescription"] == "sRGB IEC61966-2.1"
    assert ctx.metadata["ICC_Profile2"] == {"ProfileDescription": "Display P3"}
    assert ctx.metadata["ICC-header2"]["ProfileCMMType"] == "lcms"


def test_it_reads_nothing_from_an_empty_block():
    ctx = read(b"")
    assert ctx.metadata == {}
    assert ctx.warnings == []
