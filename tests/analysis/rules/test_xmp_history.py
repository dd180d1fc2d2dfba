"""xmp_history: the XMP identity chain and edit history (R13, C12)."""

import pytest

from analysis.result import Severity
from tests.analysis.rules.struct_support import above_info, camera_originals, findings, with_segments, xmp_packet
from tests.builders import jpeg

RULE = "xmp_history"
NAMESPACES = (
    'xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" '
    'xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#" '
    'xmlns:stRef="http://ns.adobe.com/xap/1.0/sType/ResourceRef#"'
)
HISTORY = (
    "<xmpMM:History><rdf:Seq>"
    '<rdf:li stEvt:action="created" stEvt:when="2023-01-01T10:00:00" '
    'stEvt:softwareAgent="Adobe Photoshop 24.0 (Windows)"/>'
    '<rdf:li stEvt:action="saved" stEvt:when="2023-01-02T10:00:00" '
    'stEvt:softwareAgent="Adobe Photoshop 24.0 (Windows)" stEvt:changed="/"/>'
    "</rdf:Seq></xmpMM:History>"
)


def _file(attributes: str, children: str = "") -> bytes:
    return with_segments(jpeg(), xmp_packet(f"{NAMESPACES} {attributes}>{children}"))


def _by_title(data: bytes) -> dict:
    return {f.title: f for f in findings(data, RULE)}


def test_it_lists_each_history_step_as_evidence():
    found = _by_title(_file('xmpMM:DocumentID="uuid:1"', HISTORY))
    history = found["XMP edit history: 2 step(s)"]
    assert history.severity == Severity.INFO
    assert [(e.where, e.value) for e in history.evidence] == [
        ("XMP-xmpMM:History step 1", "created by Adobe Photoshop 24.0 (Windows) at 2023:01:01 10:00:00"),
        ("XMP-xmpMM:History step 2", "saved by Adobe Photoshop 24.0 (Windows) at 2023:01:02 10:00:00"),
        ("XMP-xmpMM:HistoryChanged", "/"),
    ]


def test_it_reports_a_document_derived_from_another_with_the_ids():
    data = _file(
        'xmpMM:DocumentID="xmp.did:B" xmpMM:OriginalDocumentID="xmp.did:A"',
        '<xmpMM:DerivedFrom stRef:documentID="xmp.did:A" stRef:instanceID="xmp.iid:A1"/>',
    )
    derived = _by_title(data)["Derived from another document"]
    assert derived.severity == Severity.INFO
    assert [(e.where, e.value) for e in derived.evidence] == [
        ("XMP-xmpMM:DocumentID", "xmp.did:B"),
        ("XMP-xmpMM:OriginalDocumentID", "xmp.did:A"),
        ("XMP-xmpMM:DerivedFromDocumentID", "xmp.did:A"),
        ("XMP-xmpMM:DerivedFromInstanceID", "xmp.iid:A1"),
    ]


def test_id_prefixes_name_the_program_that_minted_them():
    found = _by_title(_file('xmpMM:DocumentID="adobe:docid:photoshop:4cc7b857"'))
    assert set(found) == {"Document IDs name the program that minted them"}
    finding = found["Document IDs name the program that minted them"]
    assert "Adobe Photoshop" in finding.detail
    assert finding.evidence[0].where == "XMP-xmpMM:DocumentID"


def test_silent_without_xmp_media_management():
    assert findings(jpeg(), RULE) == []
    assert findings(_file('xmpMM:DocumentID="uuid:1" xmpMM:OriginalDocumentID="uuid:1"'), RULE) == []


@pytest.mark.parametrize("path", camera_originals())
def test_silent_above_info_on_camera_originals(path):
    assert above_info(findings(path.read_bytes(), RULE)) == []
