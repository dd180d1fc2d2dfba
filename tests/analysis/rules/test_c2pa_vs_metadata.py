"""c2pa_vs_metadata: Content Credentials contradicted by the file's other metadata."""

import copy

import pytest

from analysis import analyse
from analysis.result import Evidence, Severity, Software, SoftwareRole
from analysis.rules import c2pa_vs_metadata
from tests.analysis.rules.struct_support import (
    above_info,
    camera_originals,
    findings,
    run,
    segment,
    with_segments,
    xmp_packet,
)
from tests.builders import ASCII, exif_tiff

RULE = "c2pa_vs_metadata"
CAMERA_EXIF = segment(0xE1, b"Exif\x00\x00" + exif_tiff([(0x010F, ASCII, "Canon"), (0x0110, ASCII, "Canon EOS R5")]))
DIGITAL_CAPTURE = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"


def _firefly(shared) -> bytes:
    return (shared / "corpus" / "origin" / "adobe_firefly" / "Firefly_tabby_cat.jpg").read_bytes()


def _capture(shared) -> bytes:
    return (shared / "corpus" / "provenance" / "c2pa" / "C_with_CAWG_data.jpg").read_bytes()


def test_it_fires_when_an_ai_generated_manifest_meets_camera_exif(shared):
    [finding] = findings(with_segments(_firefly(shared), CAMERA_EXIF), RULE)
    assert finding.severity == Severity.MEDIUM
    places = {e.where: e.value for e in finding.evidence}
    assert places["IFD0:Make"] == "Canon"
    assert places["IFD0:Model"] == "Canon EOS R5"
    created = next(v for w, v in places.items() if w.endswith("action c2pa.created"))
    assert created["digitalSourceType"].endswith("trainedAlgorithmicMedia")


def test_it_fires_when_xmp_declares_a_capture_and_the_manifest_ai(shared):
    namespace = 'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"'
    xmp = xmp_packet(f'{namespace} Iptc4xmpExt:DigitalSourceType="{DIGITAL_CAPTURE}">')
    [finding] = findings(with_segments(_firefly(shared), xmp), RULE)
    assert finding.severity == Severity.MEDIUM
    assert finding.evidence[0] == Evidence("XMP-iptcExt:DigitalSourceType", DIGITAL_CAPTURE)


def test_silent_on_the_untouched_ai_and_capture_manifests(shared):
    assert findings(_firefly(shared), RULE) == []
    assert findings(_capture(shared), RULE) == []


def test_it_fires_when_the_capture_signer_names_another_brand_than_make(shared):
    data = with_segments(_capture(shared), CAMERA_EXIF)
    report = analyse(data, "image.jpg", strict=True)
    assert run(c2pa_vs_metadata, report, data) == []
    signed = copy.deepcopy(report)
    signed.sections["c2pa"]["active_manifest"]["signature_info"]["issuer"] = "Leica Camera AG"
    [finding] = run(c2pa_vs_metadata, signed, data)
    assert finding.title == "Content Credentials name another camera brand than EXIF"
    assert Evidence("IFD0:Make", "Canon") in finding.evidence


def test_it_fires_when_a_valid_capture_manifest_covers_metadata_naming_an_editor(shared):
    data = _capture(shared)
    report = analyse(data, "image.jpg", strict=True)
    assert report.sections["c2pa"]["state"] == "valid"
    editor = Evidence("IFD0:Software", "Adobe Photoshop 24.0 (Windows)")
    report.software.append(Software("Adobe Photoshop", "24.0", SoftwareRole.EDITOR, [editor]))
    [finding] = run(c2pa_vs_metadata, report, data)
    assert finding.severity == Severity.MEDIUM
    assert editor in finding.evidence


@pytest.mark.parametrize("path", camera_originals())
def test_silent_above_info_on_camera_originals(path):
    assert above_info(findings(path.read_bytes(), RULE)) == []
