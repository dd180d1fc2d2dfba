"""The GIF block walker: screen descriptor, comments, XMP and ICC application extensions."""

import io

from PIL import Image

from analysis import analyse
from analysis.formats import gif
from analysis.metadata.context import ReadContext
from tests.analysis.exiftool_oracle import oracle, without_offsets

HEADER = b"GIF89a" + b"\x08\x00\x06\x00" + b"\x00\x00\x00"  # 8x6, no color table
IMAGE = b"\x2c" + b"\x00" * 8 + b"\x00" + b"\x02" + b"\x02\x4c\x01\x00"  # descriptor, LZW size, data
XMP = b'<?xpacket begin=""?><x:xmpmeta/><?xpacket end="w"?>'


def sub_blocks(data: bytes) -> bytes:
    return b"".join(bytes([len(data[i : i + 255])]) + data[i : i + 255] for i in range(0, len(data), 255)) + b"\x00"


def application(identifier: bytes, data: bytes) -> bytes:
    return b"\x21\xff\x0b" + identifier + data


def xmp_extension(packet: bytes) -> bytes:
    """XMP is stored raw (its bytes act as sub-block lengths) with a 258-byte magic trailer."""
    return application(b"XMP DataXMP", packet + b"\x01" + bytes(range(255, -1, -1)) + b"\x00")


def walk(data: bytes) -> tuple[ReadContext, list]:
    blocks = []
    ctx = ReadContext(data, {k: lambda b, _c: blocks.append(b) for k in ("XMP", "ICC")})
    gif.read(data, ctx)
    return ctx, blocks


def test_it_reads_the_logical_screen_descriptor():
    ctx, _ = walk(b"GIF89a\x10\x00\x20\x00\xf7\x05\x31" + b"\x00" * 768 + IMAGE + b"\x3b")
    assert ctx.metadata["GIF"] == {
        "GIFVersion": "89a",
        "ImageWidth": 16,
        "ImageHeight": 32,
        "HasColorMap": 1,
        "ColorResolutionDepth": 8,
        "BitsPerPixel": 8,
        "BackgroundColor": 5,
        "PixelAspectRatio": 1,
    }


def test_it_reads_a_comment_split_over_sub_blocks():
    comment = b"x" * 300
    ctx, _ = walk(HEADER + b"\x21\xfe" + sub_blocks(comment) + IMAGE + b"\x3b")
    assert ctx.metadata["File"]["Comment"] == "x" * 300


def test_it_hands_xmp_over_without_the_magic_trailer():
    _, blocks = walk(HEADER + xmp_extension(XMP) + IMAGE + b"\x3b")
    assert [(b.kind, b.data) for b in blocks] == [("XMP", XMP)]


def test_it_hands_an_icc_profile_over():
    _, blocks = walk(HEADER + application(b"ICCRGBG1012", sub_blocks(b"p" * 400)) + IMAGE + b"\x3b")
    assert [(b.kind, b.data) for b in blocks] == [("ICC", b"p" * 400)]


def test_it_counts_frames_and_sums_their_delays():
    frames = [Image.new("RGB", (4, 4), (80 * i, 0, 0)) for i in range(3)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=250, loop=0)
    tags = walk(out.getvalue())[0].metadata["GIF"]
    assert (tags["FrameCount"], tags["Duration"], tags["AnimationIterations"]) == (3, 0.75, 0)


def test_a_truncated_extension_ends_the_walk_quietly():
    ctx, blocks = walk(HEADER + xmp_extension(XMP)[:30])
    assert ctx.metadata["GIF"]["ImageWidth"] == 8
    assert [b.kind for b in blocks] == ["XMP"]


def test_every_truncation_is_read_without_an_exception():
    data = HEADER + b"\x21\xfe" + sub_blocks(b"c") + xmp_extension(XMP) + IMAGE + b"\x3b"
    for end in range(6, len(data)):
        analyse(data[:end])


def test_it_agrees_with_exiftool_on_the_corpus_gifs(shared):
    for path in sorted((shared / "corpus/formats/gif").glob("*.gif")):
        expected, ours = oracle(shared, path), without_offsets(analyse(path.read_bytes()).metadata)
        assert ours["GIF"] == expected["GIF"], path.name
        assert ours["File"].get("Comment") == expected["File"].get("Comment")
