"""The PSD walker: header tags, image resources handed over, layer records."""

import struct

from analysis import analyse
from analysis.formats import psd
from analysis.metadata import photoshop
from analysis.metadata.context import ReadContext
from tests.analysis.exiftool_oracle import oracle, without_offsets


def section(body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + body


def resource(resource_id: int, data: bytes) -> bytes:
    return b"8BIM" + struct.pack(">HHI", resource_id, 0, len(data)) + data + b"\x00" * (len(data) % 2)


def layer(name: bytes, rectangle=(1, 2, 30, 40), opacity: int = 255, flags: int = 0, extra: bytes = b"") -> bytes:
    record = struct.pack(">4iH", *rectangle, 0)  # no channels
    pascal = bytes([len(name)]) + name
    pascal += b"\x00" * (-len(pascal) % 4)
    tail = struct.pack(">I", 0) + struct.pack(">I", 0) + pascal + extra  # mask, blending ranges, name
    return record + b"8BIMnorm" + bytes([opacity, 0, flags, 0]) + struct.pack(">I", len(tail)) + tail


def document(resources: bytes = b"", layers: list[bytes] | None = None, compression: int = 1) -> bytes:
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, 20, 30, 8, 3)
    info = struct.pack(">h", len(layers)) + b"".join(layers) if layers else b""
    layer_section = section(section(info) + struct.pack(">I", 0)) if layers is not None else section(b"")
    return header + section(b"") + section(resources) + layer_section + struct.pack(">H", compression)


def read(data: bytes) -> ReadContext:
    ctx = ReadContext(data, {"Photoshop": photoshop.read})
    psd.read(data, ctx)
    return ctx


def test_it_reads_the_header():
    tags = read(document()).metadata["Photoshop"]
    assert tags == {
        "NumChannels": 3,
        "ImageHeight": 20,
        "ImageWidth": 30,
        "BitDepth": 8,
        "ColorMode": 3,
        "Compression": 1,
    }


def test_it_reads_the_image_resources_as_a_psd_block():
    ctx = read(document(resources=resource(0x040D, struct.pack(">I", 30))))
    assert ctx.metadata["Photoshop"]["GlobalAngle"] == 30


def test_it_reads_one_entry_per_layer():
    unicode_name = b"8BIMluni" + struct.pack(">II", 8, 2) + "Ün".encode("utf-16-be")
    ctx = read(document(layers=[layer(b"base"), layer(b"top", opacity=128, flags=2, extra=unicode_name)]))
    tags = ctx.metadata["Photoshop"]
    assert tags["LayerCount"] == 2
    assert tags["LayerNames"] == ["base", "top"]
    assert tags["LayerRectangles"] == ["1 2 30 40", "1 2 30 40"]
    assert tags["LayerOpacities"] == [100, 50.1960784313725]  # 15 significant digits, as Perl prints
    assert tags["LayerVisible"] == [0, 2]
    assert tags["LayerUnicodeNames"] == ["", "Ün"]


def test_a_single_layer_gives_single_values():
    tags = read(document(layers=[layer(b"only")])).metadata["Photoshop"]
    assert (tags["LayerNames"], tags["LayerBlendModes"]) == ("only", "norm")


def test_truncated_resources_are_reported():
    ctx = read(document(resources=resource(0x040D, b"\x00" * 4))[:40])
    assert ctx.metadata["Photoshop"]["ImageWidth"] == 30
    assert any("image resources are truncated" in w.message for w in ctx.warnings)


def test_every_truncation_is_read_without_an_exception():
    data = document(resources=resource(0x03ED, b"\x00" * 16), layers=[layer(b"a"), layer(b"b")])
    for end in range(6, len(data)):
        analyse(data[:end])


def test_it_agrees_with_exiftool_on_the_corpus_psds(shared):
    for path in sorted((shared / "corpus/formats/psd").glob("*.psd")):
        expected, ours = oracle(shared, path), without_offsets(analyse(path.read_bytes()).metadata)
        assert ours["Photoshop"] == expected["Photoshop"], path.name
