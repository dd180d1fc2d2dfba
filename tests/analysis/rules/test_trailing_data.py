"""trailing_data: bytes after the image's end, told apart from known trailers (R9, C9)."""

import pytest

from analysis.result import Severity
from tests.analysis.rules.struct_support import above_info, camera_originals, findings
from tests.builders import jpeg, png

RULE = "trailing_data"
PAYLOAD = b"PK\x03\x04" + bytes(range(256))


def test_it_fires_on_unknown_bytes_after_eoi_naming_offset_length_and_first_bytes():
    base = jpeg()
    [finding] = findings(base + PAYLOAD, RULE)
    assert finding.severity == Severity.MEDIUM
    [evidence] = finding.evidence
    assert evidence.where == f"bytes after EOI at offset {len(base)}"
    assert evidence.value["length"] == len(PAYLOAD)
    assert evidence.value["first_bytes"].startswith("50 4b 03 04")


def test_silent_without_data_after_eoi():
    assert findings(jpeg(), RULE) == []


def test_a_vendor_footer_makes_a_known_trailer():
    base = jpeg()
    [finding] = findings(base + b"\x01" * 300 + b"\x00\x00SEFT", RULE)
    assert finding.severity == Severity.INFO
    assert finding.evidence[0].value["what"] == "Samsung trailer"


def test_zero_padding_and_stray_bytes_are_information():
    for tail in (b"\x00" * 4096, b"\x14"):
        [finding] = findings(jpeg() + tail, RULE)
        assert finding.severity == Severity.INFO
        assert finding.evidence[0].value["length"] == len(tail)


def test_an_appended_jpeg_is_known_and_what_follows_it_is_not():
    base, second = jpeg(), jpeg(size=(16, 16))
    found = findings(base + second + PAYLOAD, RULE)
    unknown = [f for f in found if f.severity == Severity.MEDIUM]
    known = [f for f in found if f.title.startswith("Known")]
    assert known[0].evidence[0].value == {
        "length": len(second),
        "what": "embedded JPEG image",
        "first_bytes": second[:16].hex(" "),
    }
    assert unknown[0].evidence[0].where == f"bytes after EOI at offset {len(base) + len(second)}"


def test_an_appended_mp4_is_a_motion_photo_video():
    [finding] = findings(jpeg() + b"\x00\x00\x00\x18ftypmp42" + bytes(500), RULE)
    assert finding.severity == Severity.INFO
    assert "MP4" in finding.evidence[0].value["what"]


def test_it_fires_on_data_after_the_png_iend_chunk():
    base = png()
    [finding] = findings(base + PAYLOAD, RULE, "image.png")
    assert finding.severity == Severity.MEDIUM
    assert finding.evidence[0].where == f"bytes after the PNG IEND chunk at offset {len(base)}"


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("formats/jpg/apple_gainmap_new.jpg", "embedded image at MPImage2:MPImageStart = 44821"),
        ("formats/jpg/PhotoMechanic.jpg", "Photo Mechanic trailer"),
        ("exif-samples/jpg/corrupted.jpg", "embedded image at Olympus:PreviewImageStart = 1901632"),
    ],
)
def test_known_trailers_of_the_corpus_are_information(shared, name, what):
    found = findings((shared / "corpus" / name).read_bytes(), RULE)
    assert above_info(found) == []
    assert what in [e.value["what"] for f in found for e in f.evidence]


@pytest.mark.parametrize("path", camera_originals())
def test_silent_above_info_on_camera_originals(path):
    assert above_info(findings(path.read_bytes(), RULE)) == []
