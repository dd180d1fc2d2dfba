"""The WebP (RIFF) walker: image size and flags in group RIFF, EXIF/XMP/ICC handed over."""

import io
import struct

import pytest
from PIL import Image

from analysis import analyse
from analysis.formats import webp
from analysis.metadata.context import ReadContext
from tests.analysis.exiftool_oracle import oracle, without_offsets
from tests.builders import exif_tiff

TIFF = exif_tiff([(0x010F, 2, "Canon")])


def chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + b"\x00" * (len(body) % 2)


def riff(*chunks: bytes) -> bytes:
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def vp8x(flags: int, width: int, height: int) -> bytes:
    return chunk(
        b"VP8X", struct.pack("<I", flags) + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    )


def walk(data: bytes) -> tuple[ReadContext, list]:
    blocks = []
    ctx = ReadContext(data, {k: lambda b, _c: blocks.append(b) for k in ("EXIF", "XMP", "ICC")})
    ctx.add("File", {"FileType": "WEBP"})
    webp.read(data, ctx)
    return ctx, blocks


def pillow_webp(**save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (30, 20), (1, 2, 3)).save(out, "WEBP", **save)
    return out.getvalue()


def test_it_reads_the_extended_header_and_names_the_file_type():
    ctx, _ = walk(riff(vp8x(0x2C, 640, 480)))
    assert ctx.metadata["RIFF"] == {"WebP_Flags": 0x2C, "ImageWidth": 640, "ImageHeight": 480}
    assert ctx.metadata["File"]["FileType"] == "Extended WEBP"


def test_it_reads_the_size_of_a_lossy_image():
    ctx, _ = walk(pillow_webp(quality=80))
    tags = ctx.metadata["RIFF"]
    assert (tags["ImageWidth"], tags["ImageHeight"], tags["HorizontalScale"], tags["VerticalScale"]) == (30, 20, 0, 0)


def test_it_reads_the_size_of_a_lossless_image_and_says_so():
    ctx, _ = walk(pillow_webp(lossless=True))
    assert (ctx.metadata["RIFF"]["ImageWidth"], ctx.metadata["RIFF"]["ImageHeight"]) == (30, 20)
    assert ctx.metadata["File"]["FileType"] == "WEBP (lossless)"


@pytest.mark.parametrize("prefix", [b"", b"Exif\x00\x00"])
def test_it_hands_exif_over_with_or_without_prefix(prefix):
    ctx, blocks = walk(riff(vp8x(0x08, 1, 1), chunk(b"EXIF", prefix + TIFF)))
    assert [(b.kind, b.data) for b in blocks] == [("EXIF", TIFF)]
    assert any(w.message == "Improper EXIF header" for w in ctx.warnings) == bool(prefix)


def test_exif_without_a_tiff_header_is_kept_as_binary():
    ctx, blocks = walk(riff(chunk(b"EXIF", b"garbage")))
    assert blocks == [] and ctx.metadata["RIFF"]["UnknownEXIF"] == {"binary": 7, "offset": 20}


def test_it_hands_xmp_and_icc_over():
    _, blocks = walk(riff(chunk(b"ICCP", b"profile"), chunk(b"XMP ", b"<x/>")))
    assert [(b.kind, b.data) for b in blocks] == [("ICC", b"profile"), ("XMP", b"<x/>")]


def test_metadata_written_by_pillow_is_found():
    blocks = walk(pillow_webp(exif=b"Exif\x00\x00" + TIFF, icc_profile=b"icc-bytes", xmp=b"<x/>"))[1]
    assert {b.kind for b in blocks} == {"EXIF", "ICC", "XMP"}


def test_alpha_fields_follow_the_webp_specification():
    # ExifTool 12.57 masks all three fields with 0x03 and would say filtering 1 here
    ctx, _ = walk(riff(chunk(b"ALPH", b"\x11")))
    assert ctx.metadata["RIFF"] == {"AlphaPreprocessing": 1, "AlphaFiltering": 0, "AlphaCompression": 1}


def test_animation_frame_durations_are_summed():
    frame = chunk(b"ANMF", b"\x00" * 12 + (1500).to_bytes(3, "little") + b"\x00")
    ctx, _ = walk(riff(chunk(b"ANIM", b"\x01\x02\x03\x04\x00\x00"), frame, frame))
    assert ctx.metadata["RIFF"]["Duration"] == 3
    assert ctx.metadata["RIFF"]["BackgroundColor"] == "1 2 3 4"


def test_a_chunk_running_past_the_end_is_reported():
    ctx, blocks = walk(riff(chunk(b"XMP ", b"<x/>"))[:-2])
    assert blocks == [] and ctx.warnings[0].message == "Truncated RIFF XMP  chunk"


def test_every_truncation_is_read_without_an_exception():
    data = riff(vp8x(0x2C, 9, 9), chunk(b"EXIF", TIFF), chunk(b"ALPH", b"\x11"))
    for end in range(12, len(data)):
        analyse(data[:end])


def test_it_agrees_with_exiftool_on_the_corpus_webps(shared):
    for path in sorted((shared / "corpus/formats/webp").glob("*.webp")):
        expected, ours = oracle(shared, path), without_offsets(analyse(path.read_bytes()).metadata)
        if path.name == "RIFF.webp":  # the deliberate ALPH difference above
            expected["RIFF"]["AlphaFiltering"] = 0
        assert ours["RIFF"] == expected["RIFF"], path.name
        assert ours["File"]["FileType"] == expected["File"]["FileType"]
