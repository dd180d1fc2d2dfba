"""segment_order: duplicated and misplaced JPEG APP segments (R10, C6, C15)."""

import io

import pytest
from PIL import Image

from analysis import analyse
from analysis.result import Severity
from tests.analysis.rules.struct_support import (
    above_info,
    camera_originals,
    findings,
    insert_at,
    segment,
    with_segments,
    xmp_packet,
)
from tests.builders import ASCII, exif_tiff, jpeg

RULE = "segment_order"
EXIF = segment(0xE1, b"Exif\x00\x00" + exif_tiff([(0x010F, ASCII, "Canon")]))
JFIF = segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
ICC = segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + bytes(16))


def _bare() -> bytes:
    """A JPEG with no APP segment at all: Pillow's output without its JFIF APP0."""
    data = jpeg()
    return data[:2] + data[2 + 2 + int.from_bytes(data[4:6], "big") :]


def test_two_exif_blocks_fire_naming_both_segments():
    [finding] = findings(with_segments(_bare(), EXIF, EXIF), RULE)
    assert finding.severity == Severity.MEDIUM
    assert [e.where for e in finding.evidence] == [
        'JPEG APP1 "Exif" at offset 2',
        f'JPEG APP1 "Exif" at offset {2 + len(EXIF)}',
    ]


def test_a_continued_exif_segment_is_not_a_second_block():
    continuation = segment(0xE1, b"Exif\x00\x00" + bytes(40))
    assert findings(with_segments(_bare(), EXIF, continuation), RULE) == []


def test_two_jfif_headers_fire():
    [finding] = findings(with_segments(_bare(), JFIF, JFIF), RULE)
    assert finding.title == "More than one JFIF header"
    assert finding.severity == Severity.MEDIUM


def test_two_main_xmp_packets_fire_but_extended_xmp_segments_do_not():
    packet = xmp_packet('xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="x">')
    [finding] = findings(with_segments(_bare(), packet, packet), RULE)
    assert finding.title == "More than one main XMP packet"
    extended = segment(0xE1, b"http://ns.adobe.com/xmp/extension/\x00" + b"0" * 32 + bytes(8) + b"<x/>")
    assert findings(with_segments(_bare(), packet, extended, extended), RULE) == []


def test_jfif_before_exif_is_information():
    [finding] = findings(with_segments(_bare(), JFIF, EXIF), RULE)
    assert (finding.severity, finding.title) == (Severity.INFO, "JFIF header before the Exif block")


def test_exif_after_another_segment_is_information_naming_the_order():
    [finding] = findings(with_segments(_bare(), ICC, EXIF), RULE)
    assert finding.severity == Severity.INFO
    assert [e.where for e in finding.evidence] == [
        'JPEG APP2 "ICC_PROFILE" at offset 2',
        f'JPEG APP1 "Exif" at offset {2 + len(ICC)}',
    ]


def test_silent_when_exif_comes_first():
    assert findings(with_segments(_bare(), EXIF), RULE) == []


def test_an_app_segment_between_scans_is_low():
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (1, 2, 3)).save(out, "JPEG", progressive=True)
    data = out.getvalue()
    scans = [s for s in analyse(data, "p.jpg", strict=True).sections["jpeg"]["segments"] if s["marker"] == "SOS"]
    hidden = segment(0xEF, b"hidden note")
    found = findings(insert_at(data, scans[1]["offset"], hidden), RULE)
    [late] = [f for f in found if f.severity == Severity.LOW]
    assert late.evidence[-1].where == f'JPEG APP15 "hidden note" at offset {scans[1]["offset"]}'


@pytest.mark.parametrize("path", camera_originals())
def test_silent_above_info_on_camera_originals(path):
    assert above_info(findings(path.read_bytes(), RULE)) == []
