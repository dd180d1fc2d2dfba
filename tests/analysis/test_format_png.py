"""The PNG chunk walker and text chunks: PNG tags, blocks handed over, damage reported."""

import struct
import zlib

import pytest

from analysis import analyse
from analysis.formats import png
from analysis.limits import MAX_INFLATE, MAX_SEGMENTS
from analysis.metadata.context import ReadContext
from tests.analysis.exiftool_oracle import oracle, referenced, without_offsets
from tests.builders import exif_tiff, png_chunk, png_header

TIFF = exif_tiff([(0x010F, 2, "Canon")])


def walk(*chunks: bytes, width: int = 3, height: int = 2) -> tuple[ReadContext, list]:
    blocks = []
    data = png_header(width, height, *chunks)
    ctx = ReadContext(
        data, {k: lambda b, _c: blocks.append(b) for k in ("EXIF", "XMP", "ICC", "IPTC", "Photoshop", "JUMBF")}
    )
    png.read(data, ctx)
    return ctx, blocks


def itxt(keyword: bytes, text: bytes, language: bytes = b"", compressed: bool = False) -> bytes:
    body = zlib.compress(text) if compressed else text
    return png_chunk(b"iTXt", keyword + b"\x00" + bytes([compressed, 0]) + language + b"\x00\x00" + body)


def raw_profile(name: bytes, data: bytes, declared: int | None = None) -> bytes:
    hex_lines = b"\n".join(data.hex().encode()[i : i + 72] for i in range(0, 2 * len(data), 72))
    text = b"\n" + name + b"\n" + b"%8d" % (declared if declared is not None else len(data)) + b"\n" + hex_lines + b"\n"
    return png_chunk(b"zTXt", b"Raw profile type " + name + b"\x00\x00" + zlib.compress(text))


def test_it_reads_the_image_header():
    ctx, _ = walk(width=640, height=480)
    assert ctx.metadata["PNG"] == {
        "ImageWidth": 640,
        "ImageHeight": 480,
        "BitDepth": 8,
        "ColorType": 0,
        "Compression": 0,
        "Filter": 0,
        "Interlace": 0,
    }


def test_it_reads_text_chunks_of_all_three_kinds():
    ctx, _ = walk(
        png_chunk(b"tEXt", b"Comment\x00caf\xe9"),
        png_chunk(b"zTXt", b"Author\x00\x00" + zlib.compress(b"Ann")),
        itxt(b"Title", "Über".encode(), language=b"de-de"),
        itxt(b"Description", b"long text", compressed=True),
    )
    tags = ctx.metadata["PNG"]
    assert (tags["Comment"], tags["Author"], tags["Title-de-DE"], tags["Description"]) == (
        "café",
        "Ann",
        "Über",
        "long text",
    )


def test_it_keeps_ai_generator_text_under_exiftool_names():
    ctx, _ = walk(
        png_chunk(b"tEXt", b"parameters\x00a cat\nSteps: 20"),
        png_chunk(b"tEXt", b"prompt\x00{}"),
        png_chunk(b"tEXt", b"sd-metadata\x00{}"),
        png_chunk(b"tEXt", b"Creation Time\x00Mon, 1 Jan 2018 12:10:22 EST"),
        png_chunk(b"tEXt", b"exif:ColorSpace\x001"),
    )
    tags = ctx.metadata["PNG"]
    assert tags["Parameters"] == "a cat\nSteps: 20"
    assert (tags["Prompt"], tags["Sd-metadata"]) == ("{}", "{}")
    assert tags["CreationTime"] == "2018:01:01 12:10:22-05:00"
    assert tags["ExifColorSpace"] == 1  # exiftool -j prints number-like text as a number


def test_it_hands_xmp_text_over_as_an_xmp_block():
    _, blocks = walk(itxt(b"XML:com.adobe.xmp", b"<x:xmpmeta/>"))
    assert [(b.kind, b.data) for b in blocks] == [("XMP", b"<x:xmpmeta/>")]


@pytest.mark.parametrize(
    ("name", "data", "kind", "expected"),
    [
        (b"exif", b"Exif\x00\x00" + TIFF, "EXIF", TIFF),
        (b"APP1", b"http://ns.adobe.com/xap/1.0/\x00<x/>", "XMP", b"<x/>"),
        (b"iptc", b"\x1c\x02\x00\x00\x02\x00\x04", "IPTC", b"\x1c\x02\x00\x00\x02\x00\x04"),
        (b"iptc", b"8BIM\x04\x04", "Photoshop", b"8BIM\x04\x04"),
        (b"icc", b"profile", "ICC", b"profile"),
    ],
)
def test_it_decodes_imagemagick_raw_profiles(name, data, kind, expected):
    _, blocks = walk(raw_profile(name, data))
    assert [(b.kind, b.data) for b in blocks] == [(kind, expected)]


def test_it_reads_a_raw_profile_followed_by_junk():
    text = b"\nexif\n" + b"%8d" % (6 + len(TIFF)) + b"\n" + (b"Exif\x00\x00" + TIFF).hex().encode() + b'\n$"\x1d\x1a'
    ctx, blocks = walk(png_chunk(b"zTXt", b"Raw profile type exif\x00\x00" + zlib.compress(text)))
    assert [(b.kind, b.data) for b in blocks] == [("EXIF", TIFF)]
    assert any(w.message == "EXIF_Profile has 4 bytes of non-hex text after its data" for w in ctx.warnings)


def test_it_warns_about_a_raw_profile_of_the_wrong_size():
    ctx, blocks = walk(raw_profile(b"xmp", b"<x/>", declared=99))
    assert blocks and "XMP_Profile is wrong size (should be 99 bytes but is 4)" in ctx.warnings[0].message


@pytest.mark.parametrize("prefix", [b"", b"Exif\x00\x00"])
def test_it_hands_exif_chunks_over_with_or_without_prefix(prefix):
    ctx, blocks = walk(png_chunk(b"eXIf", prefix + TIFF))
    assert [(b.kind, b.data) for b in blocks] == [("EXIF", TIFF)]
    assert any("Exif00" in w.message for w in ctx.warnings) == bool(prefix)


def test_it_reads_the_icc_profile_name_and_profile():
    ctx, blocks = walk(png_chunk(b"iCCP", b"sRGB\x00\x00" + zlib.compress(b"profile bytes")))
    assert ctx.metadata["PNG"]["ProfileName"] == "sRGB"
    assert [(b.kind, b.data) for b in blocks] == [("ICC", b"profile bytes")]


def test_it_reads_physical_pixel_gamma_time_and_chromaticities():
    ctx, _ = walk(
        png_chunk(b"pHYs", struct.pack(">IIB", 2835, 2835, 1)),
        png_chunk(b"gAMA", struct.pack(">I", 45455)),
        png_chunk(b"tIME", struct.pack(">H5B", 2024, 2, 29, 13, 5, 9)),
        png_chunk(b"cHRM", struct.pack(">8I", 31270, 32900, 64000, 33000, 30000, 60000, 15000, 6000)),
        png_chunk(b"sRGB", b"\x00"),
    )
    assert ctx.metadata["PNG-pHYs"] == {"PixelsPerUnitX": 2835, "PixelsPerUnitY": 2835, "PixelUnits": 1}
    tags = ctx.metadata["PNG"]
    assert (tags["Gamma"], tags["ModifyDate"], tags["WhitePointX"], tags["SRGBRendering"]) == (
        2.2,
        "2024:02:29 13:05:09",
        0.3127,
        0,
    )


def test_it_notes_apple_data_offsets_and_hands_c2pa_over():
    ctx, blocks = walk(png_chunk(b"iDOT", b"\x00" * 28), png_chunk(b"caBX", b"jumbf"))
    assert ctx.metadata["PNG"]["AppleDataOffsets"] == {"binary": 28, "offset": 8 + 25 + 8}  # after IHDR
    assert [(b.kind, b.data) for b in blocks] == [("JUMBF", b"jumbf")]


def test_it_reads_text_after_idat_and_warns():
    ctx, _ = walk(png_chunk(b"IDAT", b"x"), png_chunk(b"tEXt", b"Software\x00late"), png_chunk(b"IEND", b""))
    assert ctx.metadata["PNG"]["Software"] == "late"
    assert any("after PNG IDAT" in w.message for w in ctx.warnings)


def test_it_reports_a_bad_crc_but_reads_the_chunk():
    chunk = bytearray(png_chunk(b"tEXt", b"Comment\x00hi"))
    chunk[-1] ^= 0xFF
    ctx, _ = walk(bytes(chunk))
    assert ctx.metadata["PNG"]["Comment"] == "hi"
    assert any(w.message == "Bad CRC for tEXt chunk" for w in ctx.warnings)


def test_it_stops_at_a_chunk_running_past_the_end():
    ctx, _ = walk(png_chunk(b"tEXt", b"Comment\x00hi")[:-6])
    assert "Comment" not in ctx.metadata["PNG"]
    assert any(w.message == "Corrupted PNG image" for w in ctx.warnings)


def test_it_warns_about_data_after_iend():
    ctx, _ = walk(png_chunk(b"IEND", b""), b"appended")
    assert any(w.message == "Trailer data after PNG IEND chunk" for w in ctx.warnings)


def test_it_stops_after_too_many_chunks():
    ctx, _ = walk(*[png_chunk(b"abCd", b"")] * (MAX_SEGMENTS + 5))
    assert any(f"More than {MAX_SEGMENTS} PNG chunks" in w.message for w in ctx.warnings)


def test_a_decompression_bomb_in_text_is_refused():
    bomb = zlib.compress(b"\x00" * (MAX_INFLATE + 1), 9)
    ctx, _ = walk(png_chunk(b"zTXt", b"Comment\x00\x00" + bomb), png_chunk(b"tEXt", b"Author\x00still read"))
    assert "Comment" not in ctx.metadata["PNG"] and ctx.metadata["PNG"]["Author"] == "still read"
    assert any("expands beyond" in w.message for w in ctx.warnings)


def test_many_small_compressed_chunks_share_one_inflate_budget():
    chunk = png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"\x00" * (MAX_INFLATE // 4), 9))
    ctx, _ = walk(*[chunk] * 6)
    assert sum("expands beyond" in w.message for w in ctx.warnings) == 1  # reported once, all refused


def test_corrupt_compressed_text_is_a_warning():
    ctx, _ = walk(png_chunk(b"zTXt", b"Comment\x00\x00not zlib"))
    assert any(w.message.startswith("Error inflating Comment") for w in ctx.warnings)


def test_every_truncation_is_read_without_an_exception():
    data = png_header(
        4, 4, png_chunk(b"tEXt", b"a\x00b"), itxt(b"c", b"d", compressed=True), raw_profile(b"exif", TIFF)
    )
    for end in range(8, len(data)):
        analyse(data[:end])


def test_it_agrees_with_exiftool_on_the_corpus_pngs(shared):
    for path in referenced(shared, "*.png"):
        expected, ours = oracle(shared, path), without_offsets(analyse(path.read_bytes()).metadata)
        for group in ("PNG", "PNG-pHYs"):
            assert ours.get(group, {}) == expected.get(group, {}), path.name
