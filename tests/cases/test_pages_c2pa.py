"""C2PA Content Credentials on the pages: a panel on the image report that says in plain words
whether the credentials hold, who signed, whether AI generation is declared, what was done and
from what; a line per image in the printable report and a badge on the case page's grid card."""

import pytest
from django.urls import reverse

from analysis import ENGINE_VERSION
from cases.ingest import ingest_file
from cases.models import Analysis
from cases.templatetags.provenance import c2pa_ai, c2pa_summary, software_agent, source_type
from tests.conftest import fixture_bytes
from tests.helpers import logged_in

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
MANIFEST = "urn:uuid:067e1e19-c9d4-41f6-84dc-fe8212ac9170"
UNTRUSTED = {
    "code": "signingCredential.untrusted",
    "explanation": "signing certificate untrusted",
    "url": f"self#jumbf=/c2pa/{MANIFEST}/c2pa.signature",
    "kind": "failure",
}
DATA_HASH_MISMATCH = {
    "code": "assertion.dataHash.mismatch",
    "explanation": "asset hash error, name: jumbf manifest, error: hash verification( Hashes do not match )",
    "url": f"self#jumbf=/c2pa/{MANIFEST}/c2pa.assertions/c2pa.hash.data",
    "kind": "failure",
}
OCSP_SKIPPED = {
    "code": "signingCredential.ocsp.skipped",
    "explanation": "OCSP fetching skipped",
    "url": f"self#jumbf=/c2pa/{MANIFEST}/c2pa.signature",
    "kind": "informational",
}

# Shaped as the engine writes it (see analysis.provenance.c2pa), after the corpus' XCA.jpg,
# Designer.jpeg and CIE-sig-CA.jpg: changed after signing, declaring AI, with a bad ingredient.
INVALID = {
    "state": "invalid",
    "embedded": True,
    "remote_url": None,
    "validation_state": "Invalid",
    "manifest_count": 2,
    "active_manifest": {
        "label": MANIFEST,
        "claim_generator": "Microsoft_Responsible_AI/1.0",
        "claim_generator_info": [{"name": "Microsoft Responsible AI Image Provenance", "version": "1.0"}],
        "title": "harbour.jpg",
        "format": "image/jpeg",
        "instance_id": "xmp:iid:ba572347",
        "signature_info": {
            "alg": "Ps256",
            "issuer": "Microsoft Corporation",
            "common_name": "Microsoft Signer",
            "cert_serial_number": "1137338005705954487125700183339725819176026223",
            "time": "2025-04-22T17:25:27+00:00",
        },
        "assertions": ["c2pa.actions.v2"],
        "actions": [
            {
                "action": "c2pa.created",
                "when": "2025-04-22T17:25:28Z",
                "softwareAgent": "Image Creator from Designer",
                "digitalSourceType": IPTC + "trainedAlgorithmicMedia",
            },
            {
                "action": "c2pa.color_adjustments",
                "when": None,
                "softwareAgent": {"name": "Adobe Photoshop", "version": "26.9.0"},
                "digitalSourceType": None,
            },
        ],
        "ingredients": [
            {
                "title": "E-sig-CA.jpg",
                "format": "image/jpeg",
                "relationship": "componentOf",
                "has_manifest": True,
                "data_types": [],
                "validation_status": ["claimSignature.mismatch"],
            }
        ],
    },
    "validation_status": [UNTRUSTED, DATA_HASH_MISMATCH, OCSP_SKIPPED],
    "ai": {
        "declared": True,
        "evidence": [
            {
                "manifest": MANIFEST,
                "active": True,
                "action": "c2pa.created",
                "digitalSourceType": IPTC + "trainedAlgorithmicMedia",
            }
        ],
    },
    "ingredient_failures": [
        {
            "manifest": MANIFEST,
            "ingredient": "E-sig-CA.jpg",
            "code": "claimSignature.mismatch",
            "explanation": "claim signature is not valid",
        }
    ],
}
REMOTE = {
    "state": "remote",
    "embedded": False,
    "remote_url": "https://cai-manifests.adobe.com/manifests/adobe-urn-uuid-5f37e182",
}
UNREADABLE = {"state": "unreadable", "embedded": True, "remote_url": None, "error": "Other: unknown algorithm"}


def with_c2pa(image, c2pa: dict) -> Analysis:
    return Analysis.objects.create(
        image=image, engine_version=ENGINE_VERSION, report={"jpeg": {"Segments": 4}, "c2pa": c2pa}
    )


def report_html(client, user, image) -> str:
    return logged_in(client, user).get(reverse("cases:image", args=[image.case_id, image.pk])).content.decode()


# The plain-language lines


def test_valid_credentials_read_as_intact():
    valid = {**INVALID, "state": "valid", "validation_status": [UNTRUSTED, OCSP_SKIPPED], "ingredient_failures": []}
    assert c2pa_summary(valid) == "Valid: signature and content hashes intact"


def test_valid_credentials_mention_problems_in_their_ingredient_history():
    valid = {**INVALID, "state": "valid", "validation_status": [UNTRUSTED]}
    assert c2pa_summary(valid) == "Valid: signature and content hashes intact; 1 problem in the ingredient history"


def test_invalid_credentials_say_why_in_words_and_by_code_leaving_out_the_untrusted_signer():
    assert c2pa_summary(INVALID) == "INVALID: the image was changed after signing (assertion.dataHash.mismatch)"


def test_an_unknown_failure_code_is_explained_by_the_sdk_text():
    odd = {
        **INVALID,
        "validation_status": [{"code": "claim.cbor.invalid", "explanation": "bad CBOR", "kind": "failure"}],
    }
    assert c2pa_summary(odd) == "INVALID: bad CBOR (claim.cbor.invalid)"


def test_remote_and_unreadable_credentials_say_so():
    assert c2pa_summary(REMOTE) == "Remote: only a link to a remote manifest; not fetched"
    assert c2pa_summary(UNREADABLE) == ("Unreadable: the manifest store could not be read (Other: unknown algorithm)")


def test_the_ai_declaration_names_the_digital_source_types():
    assert c2pa_ai(INVALID) == "yes (trainedAlgorithmicMedia)"
    assert c2pa_ai({**INVALID, "ai": {"declared": False, "evidence": []}}) == "no"
    assert c2pa_ai(REMOTE) == "not known: no manifest was read"


def test_the_active_manifest_declarations_come_before_those_of_ingredients():
    inherited = {"manifest": "urn:uuid:1", "active": False, "action": "c2pa.created"}
    evidence = [{**inherited, "digitalSourceType": IPTC + "trainedAlgorithmicMedia"}, *INVALID["ai"]["evidence"]]
    evidence[1] = {**evidence[1], "digitalSourceType": IPTC + "compositeWithTrainedAlgorithmicMedia"}
    ai = {**INVALID, "ai": {"declared": True, "evidence": evidence}}
    assert c2pa_ai(ai) == "yes (compositeWithTrainedAlgorithmicMedia, trainedAlgorithmicMedia)"


def test_odd_values_from_older_reports_never_raise():
    for odd in (None, "valid", [], {"state": "invalid", "validation_status": "x", "ai": 3}):
        assert isinstance(c2pa_summary(odd), str) and isinstance(c2pa_ai(odd), str)
    assert source_type(None) == "" and software_agent(["x"]) == ""
    assert software_agent({"name": "Adobe Photoshop", "version": "26.9.0"}) == "Adobe Photoshop 26.9.0"


# The image report's panel


def test_the_image_report_has_a_content_credentials_panel_not_a_flat_dump(client, cast, stored_image):
    with_c2pa(stored_image, INVALID)
    html = report_html(client, cast.carol, stored_image)
    assert '<section class="panel c2pa" id="c2pa">' in html
    assert "<h2>Content Credentials (C2PA)</h2>" in html
    assert "c2pa (structure)" not in html
    assert "INVALID: the image was changed after signing (assertion.dataHash.mismatch)" in html


def test_the_panel_names_the_signer_and_says_no_trust_list_is_configured(client, cast, stored_image):
    with_c2pa(stored_image, INVALID)
    html = report_html(client, cast.carol, stored_image)
    assert "<th>Signed by</th><td>Microsoft Corporation / Microsoft Signer</td>" in html
    assert "2025-04-22T17:25:27+00:00" in html
    assert "no trust list is configured, so every signer is reported as untrusted" in html
    assert "<code>signingCredential.untrusted</code> code is expected and is not a sign of tampering" in html


def test_the_panel_says_prominently_whether_ai_generation_is_declared(client, cast, stored_image):
    with_c2pa(stored_image, INVALID)
    html = report_html(client, cast.carol, stored_image)
    assert "Declares AI generation: <strong>yes</strong>" in html
    assert f'<code title="{IPTC}trainedAlgorithmicMedia">trainedAlgorithmicMedia</code> on c2pa.created' in html


def test_the_panel_says_no_ai_generation_when_none_is_declared(client, cast, stored_image):
    with_c2pa(stored_image, {**INVALID, "ai": {"declared": False, "evidence": []}})
    assert "Declares AI generation: <strong>no</strong>" in report_html(client, cast.carol, stored_image)


def test_the_panel_lists_generator_actions_and_ingredients(client, cast, stored_image):
    with_c2pa(stored_image, INVALID)
    html = report_html(client, cast.carol, stored_image)
    assert "<th>Generator</th><td>Microsoft_Responsible_AI/1.0" in html
    assert (
        "<tr><td><code>c2pa.created</code></td><td>Image Creator from Designer</td><td>2025-04-22T17:25:28Z</td>"
        in html
    )
    assert "<td>Adobe Photoshop 26.9.0</td>" in html
    assert "<tr><td>E-sig-CA.jpg</td><td>componentOf</td><td>yes</td>" in html


def test_the_panel_highlights_problems_in_the_ingredient_history(client, cast, stored_image):
    with_c2pa(stored_image, INVALID)
    html = report_html(client, cast.carol, stored_image)
    assert '<h3 class="problem">Problems in the ingredient history</h3>' in html
    assert "<strong>E-sig-CA.jpg</strong>: <code>claimSignature.mismatch</code> claim signature is not valid" in html


def test_failure_codes_other_than_an_untrusted_signer_are_highlighted(client, cast, stored_image):
    with_c2pa(stored_image, INVALID)
    html = report_html(client, cast.carol, stored_image)
    assert '<tr class="problem"><td><code>assertion.dataHash.mismatch</code></td><td><strong>failure</strong>' in html
    assert "<tr><td><code>signingCredential.untrusted</code></td><td>expected (no trust list)</td>" in html
    assert "<tr><td><code>signingCredential.ocsp.skipped</code></td><td>informational</td>" in html


def test_a_remote_manifest_is_shown_by_its_address_and_never_as_a_link(client, cast, stored_image):
    with_c2pa(stored_image, REMOTE)
    html = report_html(client, cast.carol, stored_image)
    assert "Remote: only a link to a remote manifest; not fetched" in html
    assert f"<code>{REMOTE['remote_url']}</code>" in html
    assert f'href="{REMOTE["remote_url"]}' not in html
    assert "Declares AI generation: <strong>not known</strong>" in html


def test_an_unreadable_store_shows_the_error(client, cast, stored_image):
    with_c2pa(stored_image, UNREADABLE)
    html = report_html(client, cast.carol, stored_image)
    assert "Unreadable: the manifest store could not be read (Other: unknown algorithm)" in html


def test_the_jump_links_lead_to_the_structure_sections_and_the_credentials(client, cast, stored_image):
    with_c2pa(stored_image, INVALID)
    html = report_html(client, cast.carol, stored_image)
    assert '<a href="#section-1">jpeg <span class="small">(structure)</span></a>' in html
    assert '<table class="tags" id="section-1">' in html
    assert '<a href="#c2pa">Content Credentials (C2PA)</a>' in html


def test_an_image_without_credentials_has_no_panel(client, cast, stored_image):
    html = report_html(client, cast.carol, stored_image)
    assert 'id="c2pa"' not in html and 'href="#c2pa"' not in html


def test_a_signed_photo_gets_its_panel_from_the_engine(client, cast):
    image = ingest_file(cast.case, cast.bob, "C.jpg", fixture_bytes("c2pa/C.jpg")).image
    html = report_html(client, cast.carol, image)
    assert "Valid: signature and content hashes intact" in html
    assert "<th>Signed by</th><td>C2PA Test Signing Cert / C2PA Signer</td>" in html
    assert "Declares AI generation: <strong>no</strong>" in html


# The case page and the printable report


def case_page(client, user, case) -> str:
    return logged_in(client, user).get(case.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("c2pa", "badge"),
    [
        ({**INVALID, "state": "valid"}, ">C2PA · AI</span>"),
        (INVALID, ">C2PA invalid · AI</span>"),
        (REMOTE, ">C2PA remote</span>"),
    ],
)
def test_the_grid_card_of_a_file_with_credentials_has_a_c2pa_badge(client, cast, stored_image, c2pa, badge):
    with_c2pa(stored_image, c2pa)
    html = case_page(client, cast.carol, cast.case)
    assert f'<span class="badge c2pa state-{c2pa["state"]}"' in html
    assert badge in html


@pytest.mark.parametrize("c2pa", [None, UNREADABLE])
def test_no_badge_without_credentials(client, cast, stored_image, c2pa):
    if c2pa:
        with_c2pa(stored_image, c2pa)
    assert "badge c2pa" not in case_page(client, cast.carol, cast.case)


def test_the_printable_report_has_a_c2pa_line_per_image(client, cast, stored_image):
    with_c2pa(stored_image, INVALID)
    html = logged_in(client, cast.carol).get(reverse("cases:report", args=[cast.case.pk])).content.decode()
    assert (
        "<tr><th>C2PA</th><td>INVALID: the image was changed after signing (assertion.dataHash.mismatch)"
        " · declares AI generation: yes (trainedAlgorithmicMedia)</td></tr>"
    ) in html
