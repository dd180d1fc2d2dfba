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


def layer(
    name: bytes,
    rectangle=(1, 2, 30, 40),
    opacity: int = 255,
    flags: int = 0,
    extra: bytes = b"",
    channels: int = 0,
    psb: bool = False,
) -> bytes:
    record = struct.pack(">4iH", *rectangle, channels)
    record += (struct.pack(">hQ", 0, 0) if psb else struct.pack(">hI", 0, 0)) * channels  # id, data length
    pascal = bytes([len(name)]) + name
    pascal += b"\x00" * (-len(pascal) % 4)
    tail = struct.pack(">I", 0) + struct.pack(">I", 0) + pascal + extra  # mask, blending ranges, name
    return record + b"8BIMnorm" + bytes([opacity, 0, flags, 0]) + struct.pack(">I", len(tail)) + tail


def long_section(body: bytes, psb: bool) -> bytes:
    return struct.pack(">Q" if psb else ">I", len(body)) + body


def document(
    resources: bytes = b"",
    layers: list[bytes] | None = None,
    compression: int = 1,
    psb: bool = False,
    depth: int = 8,
    tail: bytes = b"",
) -> bytes:
    """A PSD (a PSB with ``psb``); ``layers`` None: a layer and mask section of length 0."""
    header = b"8BPS" + struct.pack(">H6xHIIHH", 2 if psb else 1, 3, 20, 30, depth, 3)
    info = struct.pack(">h", len(layers)) + b"".join(layers) if layers else b""
    empty = long_section(b"", psb)
    layer_section = long_section(long_section(info, psb) + struct.pack(">I", 0), psb) if layers is not None else empty
    return header + section(b"") + section(resources) + layer_section + struct.pack(">H", compression) + tail


def lr16(layers: list[bytes], psb: bool = False, mt16: bool = False) -> bytes:
    """A 16-bit document whose layers are in an Lr16 block after an empty layer info (as
    Photoshop writes them), optionally after an empty Mt16 block."""
    info = struct.pack(">h", len(layers)) + b"".join(layers)
    blocks = (b"8BIMMt16" + long_section(b"", psb) if mt16 else b"") + b"8BIMLr16" + long_section(info, psb)
    body = long_section(b"", psb) + struct.pack(">I", 0) + blocks  # empty layer info and global mask
    header = b"8BPS" + struct.pack(">H6xHIIHH", 2 if psb else 1, 3, 20, 30, 16, 3)
    return header + section(b"") + section(b"") + long_section(body, psb) + struct.pack(">H", 1)


def read(data: bytes) -> ReadContext:
    ctx = ReadContext(data, {"Photoshop": photoshop.read})
    psd.read(data, ctx)
    return ctx


def test_it_reads_the_header():
    tags = read(document(layers=[], tail=bytes(8))).metadata["Photoshop"]
    assert tags == {
        "NumChannels": 3,
        "ImageHeight": 20,
        "ImageWidth": 30,
        "BitDepth": 8,
        "ColorMode": 3,
        "LayerCount": 0,
        "Compression": 1,
    }


def test_an_empty_layer_info_at_the_end_of_the_file_ends_the_reading():
    # After an empty layer info ExifTool reads 10 bytes to look for an Lr16 block; when the file
    # has fewer, it reads neither the layer count nor the compression.
    tags = read(document(layers=[])).metadata["Photoshop"]
    assert "LayerCount" not in tags and "Compression" not in tags


def test_after_an_empty_layer_section_the_compression_is_read_where_exiftool_reads_it():
    # ExifTool (Photoshop.pm ProcessLayersAndMask) does not step back over the 6 bytes it read
    # beyond a zero section length: the compression word comes from 6 bytes further on.
    tags = read(document(compression=1, tail=b"\x00\x02\x00\x03\x00\x04")).metadata["Photoshop"]
    assert tags["Compression"] == 4
    assert "LayerCount" not in tags


def test_a_psb_is_read_with_its_long_lengths():
    layers = [layer(b"a", channels=2, psb=True), layer(b"b", rectangle=(-1, 0, 5, 5), channels=1, psb=True)]
    data = document(layers=layers, psb=True)
    assert psd.sniff(data) == "PSB"
    ctx = read(data)
    tags = ctx.metadata["Photoshop"]
    assert tags["LayerCount"] == 2
    assert tags["LayerNames"] == ["a", "b"]
    assert tags["LayerRectangles"] == ["1 2 30 40", "4294967295 0 5 5"]  # int32u, as ExifTool reads them
    assert tags["Compression"] == 1
    assert ctx.metadata["File"] == {"FileTypeExtension": "PSB"}


def test_layers_in_an_lr16_block_are_read():
    for psb in (False, True):
        for mt16 in (False, True):
            tags = read(lr16([layer(b"sixteen", psb=psb)], psb=psb, mt16=mt16)).metadata["Photoshop"]
            assert (tags["LayerCount"], tags["LayerNames"], tags["Compression"]) == (1, "sixteen", 1)


def test_a_layer_cut_off_after_its_rectangle_keeps_its_rectangle():
    data = document(layers=[layer(b"a", rectangle=(-1, -1, -1, -1))])
    cut = data[: data.index(b"8BIMnorm")]  # the layer section's stated lengths now run past the end
    tags = read(cut).metadata["Photoshop"]
    assert tags["LayerCount"] == 1
    assert tags["LayerRectangles"] == "4294967295 4294967295 4294967295 4294967295"
    assert "LayerNames" not in tags


def test_the_layer_count_is_read_when_the_layer_section_overruns_the_file():
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, 20, 30, 8, 3)
    overrun = struct.pack(">IIh", 4096, 256, 0) + b"\x00"  # section and layer info lengths past the end
    tags = read(header + section(b"") + section(b"") + overrun).metadata["Photoshop"]
    assert tags["LayerCount"] == 0
    assert "Compression" not in tags


def test_additional_layer_info_lists_are_padded_for_every_layer():
    section_divider = b"8BIMlsct" + struct.pack(">II", 4, 1)
    tags = read(document(layers=[layer(b"a"), layer(b"b", extra=section_divider), layer(b"c")])).metadata
    assert tags["Photoshop"]["LayerSections"] == [0, 1, 0]


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
    data = lr16([layer(b"a", channels=3, psb=True)], psb=True, mt16=True)
    for end in range(6, len(data)):
        analyse(data[:end])


def test_it_agrees_with_exiftool_on_the_corpus_psds(shared):
    for path in sorted((shared / "corpus/formats/psd").glob("*.psd")):
        expected, ours = oracle(shared, path), without_offsets(analyse(path.read_bytes()).metadata)
        assert ours["Photoshop"] == expected["Photoshop"], path.name
