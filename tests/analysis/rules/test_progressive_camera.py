"""progressive_camera: a progressive JPEG carrying a camera's EXIF and maker note (R11, C16)."""

import io

import pytest
from PIL import Image

from analysis.result import Severity
from tests.analysis.rules.struct_support import above_info, camera_originals, findings
from tests.builders import ASCII, exif_tiff, jpeg

RULE = "progressive_camera"


def _resaved(exif: bytes, *, progressive: bool) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 60, 30)).save(out, "JPEG", exif=exif, progressive=progressive)
    return out.getvalue()


def _camera_exif(shared) -> bytes:
    return Image.open(shared / "corpus" / "exif-samples" / "jpg" / "Canon_PowerShot_S40.jpg").info["exif"]


def test_it_fires_when_a_camera_file_is_re_encoded_progressive(shared):
    [finding] = findings(_resaved(_camera_exif(shared), progressive=True), RULE)
    assert finding.severity == Severity.MEDIUM
    places = {e.where: e.value for e in finding.evidence}
    assert places["IFD0:Make"] == "Canon"
    assert places["IFD0:Model"] == "Canon PowerShot S40"
    assert any(where.startswith("JPEG SOF2 at offset") for where in places)
    assert "Canon maker note (ExifIFD:MakerNote)" in places


def test_silent_when_the_same_file_stays_baseline(shared):
    assert findings(_resaved(_camera_exif(shared), progressive=False), RULE) == []


def test_silent_on_a_progressive_file_whose_make_has_no_maker_note():
    exif = b"Exif\x00\x00" + exif_tiff([(0x010F, ASCII, "Canon"), (0x0110, ASCII, "Canon PowerShot S40")])
    assert findings(_resaved(exif, progressive=True), RULE) == []
    assert findings(jpeg(), RULE) == []


def test_fires_on_the_gimp_resaved_nikon_of_the_corpus(shared):
    data = (shared / "corpus" / "exif-samples" / "jpg" / "tests" / "32-lens_data.jpeg").read_bytes()
    [finding] = findings(data, RULE)
    assert finding.evidence[1].value == "NIKON CORPORATION"


@pytest.mark.parametrize("path", camera_originals())
def test_silent_above_info_on_camera_originals(path):
    assert above_info(findings(path.read_bytes(), RULE)) == []
