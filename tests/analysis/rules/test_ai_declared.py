"""Rule ai_declared: the file's own declaration of AI generation, as a finding with its evidence."""

import json

from analysis import analyse
from analysis.derived.ai import read_ai
from analysis.result import Severity
from analysis.rules import ai_declared
from analysis.rules.base import Subject
from tests.analysis.test_derived_ai import (
    A1111,
    COMFY_PROMPT,
    DST,
    action,
    c2pa_report,
    camera_originals,
    jpeg_with_xmp,
    manifest,
    png_with,
)
from tests.builders import jpeg

CREATED = action("created", "trainedAlgorithmicMedia", "Adobe Firefly")


def findings(data: bytes, name: str = "image") -> list:
    return [f for f in analyse(data, name, strict=True).findings if f.rule == ai_declared.NAME]


def check(report) -> list:
    report.ai = read_ai(report)
    return list(ai_declared.check(Subject(report, b"", "")))


def test_it_fires_medium_on_generation_parameters_in_a_png_text_chunk():
    [finding] = findings(png_with(parameters=A1111))
    assert (finding.severity, finding.title) == (Severity.MEDIUM, "Declared AI-generated")
    assert [e.where for e in finding.evidence] == ["PNG:Parameters"]
    assert "seed 3141592653" in finding.detail and "model dreamshaper_8" in finding.detail
    assert "forged" in finding.does_not_prove and "Missing declarations prove nothing" in finding.does_not_prove


def test_it_fires_on_a_comfyui_graph_naming_comfyui():
    [finding] = findings(png_with(prompt=json.dumps(COMFY_PROMPT)))
    assert "by ComfyUI" in finding.proves and finding.evidence[0].where == "PNG:Prompt"


def test_it_fires_on_an_iptc_declaration_of_ai_editing():
    [finding] = findings(jpeg_with_xmp(f'Iptc4xmpExt:DigitalSourceType="{DST}compositeWithTrainedAlgorithmicMedia"'))
    assert (finding.severity, finding.title) == (Severity.MEDIUM, "Declared edited with generative AI")


def test_it_fires_on_a_valid_c2pa_declaration_without_a_validation_note():
    [finding] = check(c2pa_report(manifest(CREATED)))
    assert finding.severity == Severity.MEDIUM and "Adobe Firefly" in finding.detail
    assert "fails validation" not in finding.detail
    assert finding.evidence[0].where == "C2PA active manifest urn:active, action c2pa.created"


def test_it_says_when_the_c2pa_store_declaring_ai_fails_validation():
    report = c2pa_report(manifest(CREATED), failure=[{"code": "assertion.dataHash.mismatch", "explanation": "hash"}])
    [finding] = check(report)
    assert "fails validation (assertion.dataHash.mismatch)" in finding.detail
    assert finding.evidence[-1].where == "C2PA validation state"
    assert finding.evidence[-1].value == {"state": "invalid", "failures": ["assertion.dataHash.mismatch"]}


def test_it_notes_the_invalid_store_of_a_real_google_file(shared):
    [finding] = findings((shared / "corpus/origin/google_gemini_imagen/trusted.jpg").read_bytes())
    assert "fails validation" in finding.detail and "by Google" in finding.detail


def test_weak_marks_alone_give_only_an_info_finding():
    job = (
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">a koi pond Job ID: '
        "0b5a7c52-3f0e-4a39-9f5e-2c1d7e8a9b10</rdf:li></rdf:Alt></dc:description>"
    )
    [finding] = findings(jpeg_with_xmp("", job))
    assert finding.severity == Severity.INFO and finding.evidence[0].where == "XMP-dc:Description"
    assert "weak" in finding.does_not_prove


def test_silent_on_a_plain_jpeg():
    assert findings(jpeg()) == []


def test_silent_on_camera_originals(shared):
    for path in camera_originals(shared):
        assert findings(path.read_bytes(), path.name) == [], path.name
