"""The JPEG walker: File tags from SOF/COM, APPn blocks handed over, the report's jpeg section."""

import io
import json
import struct

import pytest
from PIL import Image

from analysis import analyse
from analysis.derived.jpeg_quality import LUMINANCE
from analysis.formats import jpeg
from analysis.limits import MAX_SEGMENTS
from analysis.metadata.context import ReadContext
from tests.analysis.exiftool_oracle import oracle, referenced, without_offsets
from tests.builders import exif_tiff
from tests.builders import jpeg as make_jpeg

TIFF = exif_tiff([(0x010F, 2, "Canon")])
XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
EXTENSION_ID = b"http://ns.adobe.com/xmp/extension/\x00"


def segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def image(*segments: bytes, **save) -> bytes:
    """A real small JPEG with ``segments`` inserted after SOI."""
    out = io.BytesIO()
    Image.new("RGB", (40, 24), (90, 140, 200)).save(out, "JPEG", **save)
    data = out.getvalue()
    return data[:2] + b"".join(segments) + data[2:]


def walk(data: bytes) -> tuple[ReadContext, list]:
    """Run the walker with readers that only record the blocks they are given (Pillow's own
    JFIF segment left out)."""
    blocks = []
    kinds = ("EXIF", "XMP", "ICC", "MPF", "JFXX", "Photoshop", "Ducky", "Adobe", "AdobeCM")
    ctx = ReadContext(data, {kind: lambda block, _ctx: blocks.append(block) for kind in kinds}, strict=True)
    jpeg.read(data, ctx)
    return ctx, blocks


def icc_chunk(sequence: int, total: int, body: bytes) -> bytes:
    return segment(0xE2, b"ICC_PROFILE\x00" + bytes([sequence, total]) + body)


def test_it_reads_the_frame_header_into_file_tags():
    ctx, _ = walk(image(subsampling=2))
    file = ctx.metadata["File"]
    assert (file["ImageWidth"], file["ImageHeight"], file["EncodingProcess"]) == (40, 24, 0)
    assert (file["BitsPerSample"], file["ColorComponents"], file["YCbCrSubSampling"]) == (8, 3, "2 2")
    assert ctx.sections["jpeg"]["subsampling"] == "4:2:0"


def test_it_marks_a_progressive_jpeg_and_counts_its_scans():
    section = walk(image(progressive=True))[0].sections["jpeg"]
    assert section["progressive"] is True and section["encoding_process"] == 2
    assert section["scans"] > 1


def test_it_reads_quantization_tables_in_natural_order():
    table = walk(image(quality=50))[0].sections["jpeg"]["quantization_tables"][0]
    assert table == {"id": 0, "precision": 8, "values": list(LUMINANCE)}


@pytest.mark.parametrize("quality", [10, 50, 75, 93, 100])
def test_it_recognises_ijg_quality_exactly(quality):
    assert walk(image(quality=quality))[0].sections["jpeg"]["quality"] == {"estimate": quality, "exact": True}


def test_it_lists_segments_with_offsets_lengths_and_identifiers():
    data = image(segment(0xE1, b"Exif\x00\x00" + TIFF))
    segments = walk(data)[0].sections["jpeg"]["segments"]
    assert segments[0] == {"marker": "SOI", "offset": 0, "length": 2, "identifier": None}
    assert segments[1] == {"marker": "APP1", "offset": 2, "length": 4 + 6 + len(TIFF), "identifier": "Exif"}
    assert segments[-1]["marker"] == "EOI" and segments[-1]["offset"] + 2 == len(data)
    assert all(s["offset"] + s["length"] <= len(data) for s in segments)


def test_it_reports_data_after_eoi_as_trailer():
    data = image() + b"hidden payload"
    assert walk(data)[0].sections["jpeg"]["trailer"] == {"offset": len(data) - 14, "length": 14}
    assert walk(image())[0].sections["jpeg"]["trailer"] is None


def test_it_finds_eoi_past_stuffed_bytes_and_restart_markers():
    scan = segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\x12\xff\x00\x34\xff\xd3\x56\xff\xff\xd9"
    data = b"\xff\xd8" + segment(0xC0, b"\x08\x00\x01\x00\x01\x01\x01\x11\x00") + scan + b"tail"
    section = walk(data)[0].sections["jpeg"]
    assert section["trailer"] == {"offset": len(data) - 4, "length": 4}
    assert [s["marker"] for s in section["segments"]] == ["SOI", "SOF0", "SOS", "EOI"]


def test_it_hands_an_adobe_cm_segment_over_after_its_identifier():
    _, blocks = walk(image(segment(0xED, b"Adobe_CM\x00\x03")))
    assert [(b.kind, b.data, b.path) for b in blocks] == [("AdobeCM", b"\x00\x03", "JPEG-APP13")]


def test_it_hands_exif_over_without_its_prefix():
    _, blocks = walk(image(segment(0xE1, b"Exif\x00\x00" + TIFF)))
    assert [(b.kind, b.data, b.path, b.offset) for b in blocks] == [("EXIF", TIFF, "JPEG-APP1", 2 + 4 + 6)]


def test_it_joins_exif_split_over_several_app1_segments():
    data = image(segment(0xE1, b"Exif\x00\x00" + TIFF[:20]), segment(0xE1, b"Exif\x00\x00" + TIFF[20:]))
    ctx, blocks = walk(data)
    assert [b.data for b in blocks if b.kind == "EXIF"] == [TIFF]
    assert any("multi-segment EXIF" in w.message for w in ctx.warnings)


def test_it_reassembles_icc_chunks_in_sequence_order():
    _, blocks = walk(image(icc_chunk(2, 2, b"-second"), icc_chunk(1, 2, b"first")))
    assert [(b.kind, b.data) for b in blocks] == [("ICC", b"first-second")]


def test_it_reports_an_incomplete_icc_profile_and_reads_nothing():
    ctx, blocks = walk(image(icc_chunk(1, 3, b"one")))
    assert blocks == []
    assert any(w.message == "Incomplete ICC_Profile record" for w in ctx.warnings)


def extended(guid: bytes, size: int, offset: int, body: bytes) -> bytes:
    return segment(0xE1, EXTENSION_ID + guid + struct.pack(">II", size, offset) + body)


def test_it_reads_extended_xmp_named_by_the_main_packet():
    guid = b"0123456789ABCDEF0123456789ABCDEF"
    main = XMP_ID + b'<x:xmpmeta xmpNote:HasExtendedXMP="' + guid + b'"/>'
    _, blocks = walk(image(segment(0xE1, main), extended(guid, 8, 4, b"5678"), extended(guid, 8, 0, b"1234")))
    assert [b.data for b in blocks if b.kind == "XMP"] == [main[len(XMP_ID) :], b"12345678"]


def test_it_ignores_extended_xmp_the_main_packet_does_not_name():
    guid = b"F" * 32
    ctx, blocks = walk(image(segment(0xE1, XMP_ID + b"<x/>"), extended(guid, 3, 0, b"abc")))
    assert [b.data for b in blocks] == [b"<x/>"]
    assert any("Ignored non-standard extended XMP" in w.message for w in ctx.warnings)


def test_it_stops_at_an_extended_xmp_chunk_that_does_not_advance():
    guid = b"A" * 32
    ctx, _ = walk(image(segment(0xE1, XMP_ID + guid), extended(guid, 10, 0, b""), extended(guid, 10, 0, b"")))
    assert any("Invalid extended XMP segment" in w.message for w in ctx.warnings)


def test_it_joins_photoshop_data_of_consecutive_app13_segments():
    _, blocks = walk(image(segment(0xED, b"Photoshop 3.0\x00" + b"8BIM-a"), segment(0xED, b"Photoshop 3.0\x00-b")))
    assert [(b.kind, b.data, b.path) for b in blocks] == [("Photoshop", b"8BIM-a-b", "JPEG-APP13-Photoshop")]


@pytest.mark.parametrize(
    ("marker", "identifier", "kind"),
    [
        (0xE0, b"JFXX\x00", "JFXX"),
        (0xE2, b"MPF\x00", "MPF"),
        (0xEC, b"Ducky", "Ducky"),
        (0xEE, b"Adobe", "Adobe"),
        (0xE1, XMP_ID, "XMP"),
    ],
)
def test_it_hands_identified_app_segments_to_their_reader(marker, identifier, kind):
    data = image(segment(marker, identifier + b"payload"))
    blocks = [b for b in walk(data)[1] if b.kind == kind and b.data == b"payload"]
    assert blocks and data[blocks[0].offset : blocks[0].offset + 7] == b"payload"


def test_it_describes_a_preview_split_over_app2_segments():
    ctx, _ = walk(image(segment(0xE2, b"QVGA\x00\xff\xd8\xff\xdb" + b"a" * 96), segment(0xE2, b"b" * 50)))
    assert ctx.metadata["File"]["PreviewImage"] == {"binary": 150}


def test_it_reads_a_comment_without_its_trailing_nuls():
    assert walk(image(segment(0xFE, b"made by hand\x00\x00")))[0].metadata["File"]["Comment"] == "made by hand"


def test_it_warns_about_garbage_between_segments_and_carries_on():
    ctx, _ = walk(image(b"junk", segment(0xFE, b"after junk")))
    assert ctx.metadata["File"]["Comment"] == "after junk"
    assert any("Skipped unknown 4 bytes" in w.message for w in ctx.warnings)


def test_it_warns_about_a_segment_running_past_the_end():
    data = image()
    ctx, _ = walk(data[:2] + b"\xff\xe1\xff\xf0Exif")
    assert any("truncated" in w.message for w in ctx.warnings)
    assert ctx.sections["jpeg"]["trailer"] is None


def test_it_stops_after_too_many_segments():
    ctx, _ = walk(b"\xff\xd8" + b"\xff\xfe\x00\x02" * (MAX_SEGMENTS + 5))
    assert len(ctx.sections["jpeg"]["segments"]) == MAX_SEGMENTS
    assert any(f"More than {MAX_SEGMENTS}" in w.message for w in ctx.warnings)


def test_every_truncation_is_read_without_an_exception():
    data = image(segment(0xE1, b"Exif\x00\x00" + TIFF), icc_chunk(1, 1, b"x" * 10), segment(0xFE, b"c"))
    for end in range(3, len(data)):
        report = analyse(data[:end])
        assert "jpeg" in report.to_dict()


def test_the_section_is_json():
    json.dumps(analyse(image(progressive=True)).to_dict()["jpeg"])


def test_it_agrees_with_exiftool_on_the_corpus_jpegs(shared):
    groups = ("JFIF", "JFXX", "Adobe", "Ducky", "MPF0", "AVI1", "GraphConv")
    for path in referenced(shared, "*.jp*g"):
        expected, ours = oracle(shared, path), without_offsets(analyse(path.read_bytes()).metadata)
        for group in [*groups, *(g for g in expected if g.startswith("MPImage"))]:
            assert ours.get(group, {}) == expected.get(group, {}), (path.name, group)
        sof = ("ImageWidth", "ImageHeight", "EncodingProcess", "BitsPerSample", "ColorComponents", "YCbCrSubSampling")
        for tag in ("FileTypeExtension", "Comment", *sof):
            assert ours["File"].get(tag) == expected["File"].get(tag), (path.name, tag)


def test_damaged_scan_bytes_do_not_become_markers():
    # 0xFF followed by a code T.81 does not define (0x9F) inside entropy-coded data is damage:
    # the walker must stay in the scan, find the real EOI and list no bogus segments.
    data = bytearray(make_jpeg(size=(64, 64)))
    sos = data.index(b"\xff\xda")
    scan = sos + 2 + int.from_bytes(data[sos + 2 : sos + 4], "big")
    data[scan + 10 : scan + 10] = b"\xff\xff\x9f\x12\x34\xff\x00"
    report = analyse(bytes(data), strict=True).to_dict()
    markers = [segment["marker"] for segment in report["jpeg"]["segments"]]
    assert markers[-1] == "EOI"
    assert not any(name.startswith("marker") for name in markers)
    assert report["jpeg"]["trailer"] is None
