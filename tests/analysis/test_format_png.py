"""The PNG chunk walker and text chunks: PNG tags, blocks handed over, damage reported."""

import struct
import zlib

import pytest

from analysis import analyse
from analysis.formats import png
from analysis.limits import MAX_INFLATE, MAX_SEGMENTS
from analysis.metadata.context import ReadContext
from analysis.metadata.values import json_text
from tests.analysis.exiftool_oracle import oracle, referenced, without_offsets
from tests.builders import exif_tiff, png_chunk, png_header

TIFF = exif_tiff([(0x010F, 2, "Canon")])
# The smallest profile ExifTool reads: a 128-byte header giving the length, one tag entry.
ICC = struct.pack(">I124xI", 144, 1) + struct.pack(">4sII", b"desc", 0, 0)
IRB = b"8BIM\x04\x04\x00\x00\x00\x00\x00\x00"


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
    assert tags["ExifColorSpace"] == "1"  # text stays text (exiftool -j alone prints it as a number)


def test_it_hands_xmp_text_over_as_an_xmp_block():
    _, blocks = walk(itxt(b"XML:com.adobe.xmp", b"<x:xmpmeta/>"))
    assert [(b.kind, b.data) for b in blocks] == [("XMP", b"<x:xmpmeta/>")]


@pytest.mark.parametrize(
    ("name", "data", "kind", "expected"),
    [
        (b"exif", b"Exif\x00\x00" + TIFF, "EXIF", TIFF),
        (b"APP1", b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta/>", "XMP", b"<x:xmpmeta/>"),
        (b"iptc", b"\x1c\x02\x00\x00\x02\x00\x04", "IPTC", b"\x1c\x02\x00\x00\x02\x00\x04"),
        (b"iptc", IRB, "Photoshop", IRB),
        (b"icc", ICC, "ICC", ICC),
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
    ctx, blocks = walk(raw_profile(b"xmp", b"<x:xmpmeta/>", declared=99))
    assert blocks and "XMP_Profile is wrong size (should be 99 bytes but is 12)" in ctx.warnings[0].message


@pytest.mark.parametrize("prefix", [b"", b"Exif\x00\x00"])
def test_it_hands_exif_chunks_over_with_or_without_prefix(prefix):
    ctx, blocks = walk(png_chunk(b"eXIf", prefix + TIFF))
    assert [(b.kind, b.data) for b in blocks] == [("EXIF", TIFF)]
    assert any("Exif00" in w.message for w in ctx.warnings) == bool(prefix)


def test_it_reads_the_icc_profile_name_and_profile():
    ctx, blocks = walk(png_chunk(b"iCCP", b"sRGB\x00\x00" + zlib.compress(ICC)))
    assert ctx.metadata["PNG"]["ProfileName"] == "sRGB"
    assert [(b.kind, b.data) for b in blocks] == [("ICC", ICC)]


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


def test_chunks_after_iend_are_read_into_the_trailer_group():
    hidden = png_chunk(b"tEXt", b"Software\x00after the image") + png_chunk(b"tIME", bytes([7, 0xE8, 1, 2, 3, 4, 5]))
    ctx, _ = walk(png_chunk(b"IEND", b""), hidden, b"junk that is no chunk")
    assert ctx.metadata["Trailer"] == {"Software": "after the image", "ModifyDate": "2024:01:02 03:04:05"}
    assert "Software" not in ctx.metadata["PNG"]
    assert [w.message for w in ctx.warnings] == ["Trailer data after PNG IEND chunk"]


def test_short_chunks_give_what_exiftool_reads_of_them():
    ctx, _ = walk(
        png_chunk(b"bKGD", b""),
        png_chunk(b"tIME", b"\x07\xe8\x01"),
        png_chunk(b"gAMA", b"\x00\x01"),
        png_chunk(b"cHRM", b"\x00" * 8),
        png_chunk(b"oFFs", b"\x00\x00\x00\x01"),
        png_chunk(b"acTL", b"\x00\x00\x00\x02"),
        png_chunk(b"sRGB", b""),
        png_chunk(b"hIST", b""),
    )
    tags = ctx.metadata["PNG"]
    assert {tag: tags[tag] for tag in ("BackgroundColor", "ModifyDate", "Gamma", "ImageOffset")} == {
        "BackgroundColor": "",
        "ModifyDate": "2024:01:00 00:00:00",
        "Gamma": "\x01",  # too short for a number: its bytes, as ExifTool's JSON shows them
        "ImageOffset": "1,  (pixels)",
    }
    assert (tags["WhitePointX"], tags["WhitePointY"], tags["AnimationFrames"]) == (0, 0, 2)  # the fields that fit
    assert "SRGBRendering" not in tags and "WhitePointX" in tags and "AnimationPlays" not in tags
    assert tags["PaletteHistogram"]["binary"] == 0


def test_virtual_page_stereo_and_subject_scale_chunks():
    ctx, _ = walk(
        png_chunk(b"vpAg", struct.pack(">IIB", 640, 480, 0)),
        png_chunk(b"sTER", b"\x01"),
        png_chunk(b"sCAL", b"\x01" + b"0.5\x000.25"),
    )
    tags = ctx.metadata["PNG"]
    assert (tags["VirtualImageWidth"], tags["VirtualImageHeight"], tags["VirtualPageUnits"]) == (640, 480, 0)
    assert (tags["StereoMode"], tags["SubjectUnits"], tags["SubjectPixelWidth"], tags["SubjectPixelHeight"]) == (
        1,
        1,
        0.5,
        0.25,
    )


def test_compressed_and_miscased_exif_chunks_are_read():
    zxif = b"\x00" + struct.pack(">I", len(TIFF)) + zlib.compress(TIFF)
    ctx, blocks = walk(png_chunk(b"zxIf", zxif), png_chunk(b"EXIF", TIFF))
    assert [(b.kind, b.data) for b in blocks] == [("EXIF", TIFF), ("EXIF", TIFF)]
    assert any(w.message == "EXIF chunk should be eXIf" for w in ctx.warnings)


def test_gif_extension_and_draft_xmp_chunks():
    ctx, blocks = walk(png_chunk(b"gIFx", b"NETSCAPE2.0\x01\x00\x00"), png_chunk(b"tXMP", b"<x:xmpmeta/>"))
    assert ctx.metadata["PNG"]["GIFApplicationExtension"]["binary"] == 14
    assert [(b.kind, b.data) for b in blocks] == [("XMP", b"<x:xmpmeta/>")]


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


def test_corrupt_compressed_text_is_kept_as_binary():
    ctx, _ = walk(png_chunk(b"zTXt", b"Comment\x00\x00not zlib"), png_chunk(b"zTXt", b"Author\x00\x07data"))
    assert ctx.metadata["PNG"]["Comment"] == {"binary": 6}  # what zlib had not read at the damage
    assert ctx.metadata["PNG"]["Author"] == {"binary": 4}  # unknown compression method


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        (b"no header line", "EXIF_Profile"),
        (b"\nexif\n 2\nabcd\n", "EXIF_Profile"),  # neither TIFF nor APP1 data
        (b"\nicc\n 2\nabcd\n", "ICC_Profile"),  # shorter than an ICC header
    ],
)
def test_a_raw_profile_that_cannot_be_read_is_kept_as_binary(text, tag):
    keyword = b"Raw profile type " + (b"icc" if tag == "ICC_Profile" else b"exif")
    ctx, blocks = walk(png_chunk(b"tEXt", keyword + b"\x00" + text))
    assert blocks == [] and ctx.metadata["PNG"][tag] == {"binary": len(text)}


def test_a_raw_profile_with_a_language_is_an_unknown_keyword():
    ctx, blocks = walk(itxt(b"Raw profile type exif", b"\nexif\n 4\n" + b"4d4d002a", language=b"de"))
    assert blocks == [] and ctx.metadata["PNG"]["RawProfileTypeExif"] == {"binary": 17}


def test_only_known_keywords_take_a_language_suffix():
    ctx, _ = walk(itxt(b"Title", b"t", language=b"fr"), itxt(b"Mood", b"calm", language=b"en"))
    assert (ctx.metadata["PNG"]["Title-fr"], ctx.metadata["PNG"]["Mood"]) == ("t", "calm")


def test_a_text_chunk_without_a_keyword_separator_is_binary():
    ctx, _ = walk(png_chunk(b"tEXt", b"no separator here"), png_chunk(b"iTXt", b"Title\x00\x00"))
    assert ctx.metadata["PNG"]["TextualData"] == {"binary": 17}
    assert ctx.metadata["PNG"]["InternationalText"] == {"binary": 7}


def test_an_unreadable_exif_chunk_is_kept_as_binary():
    ctx, blocks = walk(png_chunk(b"eXIf", b""))
    assert blocks == [] and ctx.metadata["PNG"]["eXIf"] == {"binary": 0}


@pytest.mark.parametrize(
    ("body", "size"), [(b"sRGB\x00\x00" + zlib.compress(b"short"), 5), (b"sRGB\x00\x00not zlib", 6), (b"x", 1)]
)
def test_an_unreadable_icc_profile_is_kept_as_binary(body, size):
    ctx, blocks = walk(png_chunk(b"iCCP", body))
    assert blocks == [] and ctx.metadata["PNG"]["ICC_Profile"] == {"binary": size}


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
            # (text as exiftool -j prints it: "800" as 800)
            printed = {tag: json_text(value) for tag, value in ours.get(group, {}).items()}
            assert printed == expected.get(group, {}), path.name
