"""c2pa_state: what the state of the Content Credentials proves (R15, A7, A33)."""

import pytest

from analysis.result import Severity
from analysis.rules import c2pa_state
from tests.analysis.rules.struct_support import above_info, camera_originals, findings
from tests.builders import jpeg
from tests.conftest import fixture_bytes

RULE = "c2pa_state"


def _c2pa(shared, name: str) -> list:
    return findings((shared / "corpus" / "provenance" / "c2pa" / name).read_bytes(), RULE)


def test_a_valid_manifest_is_information_naming_its_signer_and_generator():
    [finding] = findings(fixture_bytes("c2pa/C.jpg"), RULE)
    assert finding.severity == Severity.INFO
    places = {e.where.rsplit(", ", 1)[-1]: e.value for e in finding.evidence}
    assert places["claim_generator"] == "make_test_images/0.33.1 c2pa-rs/0.33.1"
    assert places["signature common_name"] == "C2PA Signer"
    assert "deserves trust" in finding.does_not_prove


@pytest.mark.parametrize(
    ("name", "code"),
    [("XCA.jpg", "assertion.dataHash.mismatch"), ("E-sig-CA.jpg", "claimSignature.mismatch")],
)
def test_content_or_claim_changed_after_signing_is_high_with_its_code(shared, name, code):
    [finding] = _c2pa(shared, name)
    assert finding.severity == Severity.HIGH
    assert code in [e.value["code"] for e in finding.evidence if isinstance(e.value, dict)]


@pytest.mark.parametrize(
    ("name", "title", "proves"),
    [
        ("XCA.jpg", "Content Credentials: image bytes changed after signing", "bytes the manifest's hard binding"),
        ("adobe-20220124-E-uri-CA.jpg", "Content Credentials: an assertion changed after signing", "An assertion"),
        ("E-sig-CA.jpg", "Content Credentials: claim signature does not verify", "signature does not verify"),
    ],
)
def test_each_failure_family_has_its_own_true_title(shared, name, title, proves):
    [finding] = _c2pa(shared, name)
    assert (finding.title, finding.severity) == (title, Severity.HIGH)
    assert proves in finding.proves


@pytest.mark.parametrize(
    ("codes", "title"),
    [
        (["assertion.dataHash.mismatch"], "Content Credentials: image bytes changed after signing"),
        (["assertion.bmffHash.mismatch"], "Content Credentials: image bytes changed after signing"),
        (["assertion.hashedURI.mismatch"], "Content Credentials: an assertion changed after signing"),
        (["claimSignature.mismatch"], "Content Credentials: claim signature does not verify"),
        (
            ["claimSignature.mismatch", "assertion.dataHash.mismatch"],
            "Content Credentials: image bytes changed after signing",
        ),
        (["signingCredential.invalid"], "Content Credentials: signing certificate rejected"),
        (["signingCredential.ocsp.revoked"], "Content Credentials: signing certificate rejected"),
        (["timeStamp.mismatch"], "Content Credentials: signing time-stamp fails validation"),
        (["claim.malformed", "signingCredential.expired"], "Content Credentials fail validation"),
        (["signingCredential.expired"], "Content Credentials: signing certificate expired"),
    ],
)
def test_a_signature_mismatch_is_not_titled_as_changed_content(codes, title):
    assert c2pa_state.failure_of(codes).title == title
    assert "content changed" not in c2pa_state.failure_of(["claimSignature.mismatch"]).title


def test_an_untrusted_signer_alone_is_not_a_failure():
    [finding] = findings(fixture_bytes("c2pa/C.jpg"), RULE)
    assert "signingCredential.untrusted" not in str([e.value for e in finding.evidence])


def test_a_broken_signing_credential_is_medium(shared):
    [finding] = _c2pa(shared, "Designer.jpeg")
    assert finding.severity == Severity.MEDIUM
    assert "signingCredential.invalid" in [e.value["code"] for e in finding.evidence if isinstance(e.value, dict)]


def test_an_expired_certificate_alone_is_low(shared):
    path = shared / "corpus" / "origin" / "google_gemini_imagen" / "trusted.jpg"
    [finding] = findings(path.read_bytes(), RULE)
    assert finding.severity == Severity.LOW
    assert finding.title == "Content Credentials: signing certificate expired"


def test_a_remote_manifest_is_information_naming_the_url(shared):
    [finding] = _c2pa(shared, "cloud.jpg")
    assert finding.severity == Severity.INFO
    assert finding.evidence[0].where == "XMP-dcterms:Provenance"
    assert finding.evidence[0].value.startswith("https://")


def test_an_unreadable_store_is_low_with_the_sdk_error(shared):
    [finding] = _c2pa(shared, "prerelease.jpg")
    assert finding.severity == Severity.LOW
    assert "prerelease" in finding.evidence[0].value["error"]


def test_a_broken_ingredient_under_a_valid_manifest_is_low(shared):
    found = _c2pa(shared, "CACAE-uri-CA.jpg")
    [intact] = [f for f in found if f.severity == Severity.INFO]
    [ingredient] = [f for f in found if f.severity == Severity.LOW]
    assert intact.title == "Content Credentials intact"
    assert ingredient.evidence[0].value == "assertion.hashedURI.mismatch"


def test_silent_without_content_credentials():
    assert findings(jpeg(), RULE) == []


@pytest.mark.parametrize("path", camera_originals())
def test_silent_above_info_on_camera_originals(path):
    assert above_info(findings(path.read_bytes(), RULE)) == []
