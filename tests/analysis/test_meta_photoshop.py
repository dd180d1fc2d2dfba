"""The Photoshop IRB reader: resources to group Photoshop, nested blocks handed back."""

import hashlib
import json
import struct

from analysis import analyse
from analysis.metadata import READERS, photoshop
from analysis.metadata.context import Block, ReadContext
from tests.analysis.exiftool_oracle import without_offsets


def resource(resource_id: int, data: bytes, name: bytes = b"", signature: bytes = b"8BIM") -> bytes:
    """One image resource block: signature, ID, padded Pascal name, size, padded data."""
    pascal = bytes([len(name)]) + name
    pascal += b"\x00" * (len(pascal) % 2)
    return (
        signature
        + struct.pack(">H", resource_id)
        + pascal
        + struct.pack(">I", len(data))
        + data
        + b"\x00" * (len(data) % 2)
    )


def ustr32(text: str) -> bytes:
    return struct.pack(">I", len(text)) + text.encode("utf-16-be")


def read(*resources: bytes, path: str = "JPEG-APP13-Photoshop", offset: int = 0) -> tuple[ReadContext, list[Block]]:
    blocks = []
    ctx = ReadContext(b"", {k: lambda b, _c: blocks.append(b) for k in ("IPTC", "EXIF", "XMP", "ICC")}, strict=True)
    photoshop.read(Block("Photoshop", b"".join(resources), path, offset), ctx)
    return ctx, blocks


def test_it_reads_resolution_info_as_pixels_per_unit():
    ctx, _ = read(resource(0x03ED, struct.pack(">IHHIHH", 300 << 16, 1, 1, 0x480000, 2, 2)))
    assert ctx.metadata["Photoshop"] == {
        "XResolution": 300,
        "DisplayedUnitsX": 1,
        "YResolution": 72,
        "DisplayedUnitsY": 2,
    }


def test_it_reads_save_for_web_quality_and_scans_only_when_progressive():
    assert read(resource(0x0406, struct.pack(">hhh", 8, 0, 1)))[0].metadata["Photoshop"] == {
        "PhotoshopQuality": 8,
        "PhotoshopFormat": 0,
    }
    progressive = read(resource(0x0406, struct.pack(">hhh", 10, 0x0101, 3)))[0].metadata["Photoshop"]
    assert progressive["ProgressiveScans"] == 3


def test_it_hands_iptc_over_with_its_standard_path():
    _, blocks = read(resource(0x0404, b"\x1c\x02\x00\x00\x02\x00\x04"), offset=100)
    assert [(b.kind, b.path, b.data) for b in blocks] == [
        ("IPTC", "JPEG-APP13-Photoshop-IPTC", b"\x1c\x02\x00\x00\x02\x00\x04")
    ]
    assert blocks[0].offset == 100 + 12


def test_a_psd_resource_block_gives_the_psd_iptc_path():
    _, blocks = read(resource(0x0404, b"\x1c"), path="PSD")
    assert blocks[0].path == "PSD-IPTC"


def test_it_hands_exif_xmp_and_icc_resources_over():
    _, blocks = read(resource(0x0422, b"MM\x00*"), resource(0x0424, b"<x/>"), resource(0x040F, b"icc"))
    assert [b.kind for b in blocks] == ["EXIF", "XMP", "ICC"]


def test_it_reads_iptc_digest_copyright_flag_and_url():
    ctx, _ = read(
        resource(0x0425, bytes(range(16))), resource(0x040A, b"\x01"), resource(0x040B, b"https://example.org")
    )
    assert ctx.metadata["Photoshop"] == {
        "IPTCDigest": "000102030405060708090a0b0c0d0e0f",
        "CopyrightFlag": 1,
        "URL": "https://example.org",
    }


def test_it_describes_the_thumbnail_without_its_28_byte_header():
    ctx, _ = read(resource(0x040C, b"\x00" * 28 + b"\xff\xd8\xff" + b"j" * 97), offset=500)
    assert ctx.metadata["Photoshop"]["PhotoshopThumbnail"] == {"binary": 100, "offset": 500 + 12 + 28}


def test_fields_after_a_unicode_string_move_with_its_length():
    version = (
        struct.pack(">IB", 1, 1) + ustr32("Adobe Photoshop") + ustr32("Adobe Photoshop 2020") + struct.pack(">I", 1)
    )
    slices = b"\x00" * 20 + ustr32("earth") + struct.pack(">I", 4)
    ctx, _ = read(resource(0x0421, version), resource(0x041A, slices))
    assert ctx.metadata["Photoshop"] == {
        "HasRealMergedData": 1,
        "WriterName": "Adobe Photoshop",
        "ReaderName": "Adobe Photoshop 2020",
        "SlicesGroupName": "earth",
        "NumSlices": 4,
    }


def test_it_reads_url_list_print_scale_and_pixel_aspect_ratio():
    urls = struct.pack(">I", 2) + b"\x00" * 8 + ustr32("a") + b"\x00" * 8 + ustr32("bc")
    ctx, _ = read(
        resource(0x041E, urls),
        resource(0x0426, struct.pack(">Hfff", 2, 0.5, 0.0, 1.0)),
        resource(0x0428, struct.pack(">Id", 1, 1.5)),
    )
    tags = ctx.metadata["Photoshop"]
    assert tags["URL_List"] == ["a", "bc"]
    assert (tags["PrintStyle"], tags["PrintPosition"], tags["PrintScale"]) == (2, "0.5 0", 1)
    assert tags["PixelAspectRatio"] == 1.5


def test_it_skips_resources_of_other_signatures_and_named_ones_are_read():
    ctx, _ = read(
        resource(0x040D, b"\x00\x00\x00\x1e", signature=b"MeSa"), resource(0x0419, b"\x00\x00\x00\x1e", name=b"alt")
    )
    assert ctx.metadata["Photoshop"] == {"GlobalAltitude": 30}


def test_it_stops_at_a_bad_signature_with_a_warning():
    ctx, _ = read(resource(0x040D, b"\x00\x00\x00\x05"), b"XXXX" + b"\x00" * 10)
    assert ctx.metadata["Photoshop"] == {"GlobalAngle": 5}
    assert ctx.warnings[0].message.startswith("Bad Photoshop IRB resource")


def test_it_stops_at_a_size_past_the_end():
    ctx, _ = read(b"8BIM\x04\x0d\x00\x00" + b"\x7f\xff\xff\xff" + b"\x00\x00\x00\x05")
    assert "Photoshop" not in ctx.metadata
    assert ctx.warnings[0].message.startswith("Bad Photoshop resource data size")


def test_an_empty_block_gives_nothing():
    ctx, blocks = read(b"")
    assert (ctx.metadata, ctx.warnings, blocks) == ({}, [], [])


def test_every_truncation_is_read_without_an_exception():
    data = (
        resource(0x03ED, b"\x01" * 16)
        + resource(0x0421, struct.pack(">IB", 1, 1) + ustr32("W"))
        + resource(0x0404, b"\x1c")
    )
    for end in range(len(data)):
        read(data[:end])


def test_it_agrees_with_exiftool_on_a_photoshop_jpeg(shared):
    name = "provenance/c2pa/cloud.jpg"
    oracle = json.loads((shared / "compat/exiftool" / f"{name}.json").read_text())[0]
    ours = without_offsets(analyse((shared / "corpus" / name).read_bytes()).metadata)["Photoshop"]
    expected = {k.split(":", 1)[1]: v for k, v in oracle.items() if k.startswith("Photoshop:")}
    expected["PhotoshopThumbnail"] = {"binary": 9566}
    assert ours == expected


def _with_digest(iptc: bytes, digest: bytes) -> list[str]:
    ctx = ReadContext(b"", READERS)
    irb = resource(0x0404, iptc) + resource(0x0425, digest)
    ctx.read(Block("Photoshop", irb, "JPEG-APP13-Photoshop"))
    return [w.message for w in ctx.warnings if "Digest" in w.message]


def test_a_stale_iptc_digest_is_reported():
    # The IPTC was changed after Photoshop recorded its MD5: another editor touched it.
    iptc = b"\x1c\x02\x05\x00\x05Title"
    assert _with_digest(iptc, hashlib.md5(b"something else").digest()) == [
        "IPTCDigest is not current. XMP may be out of sync"
    ]
    assert _with_digest(iptc, hashlib.md5(iptc).digest()) == []
