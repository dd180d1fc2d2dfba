"""The SDK's manifest-store report cut down to bounded plain data (analysis.provenance.manifest)."""

import json

from analysis.limits import MAX_C2PA_ITEMS, MAX_C2PA_TEXT
from analysis.provenance.manifest import summarise

TRAINED = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def store(active: dict, *, others: dict | None = None, failure: list | None = None, informational=None) -> dict:
    return {
        "active_manifest": "urn:active",
        "manifests": {"urn:active": active, **(others or {})},
        "validation_results": {"activeManifest": {"failure": failure or [], "informational": informational or []}},
        "validation_state": "Valid",
    }


def actions(*entries: dict, label: str = "c2pa.actions.v2") -> dict:
    return {"label": label, "data": {"actions": list(entries)}}


def test_an_untrusted_signer_alone_leaves_it_valid():
    untrusted = {"code": "signingCredential.untrusted", "explanation": "signing certificate untrusted"}
    summary = summarise(store({}, failure=[untrusted], informational=[{"code": "timeStamp.malformed"}]))
    assert summary["state"] == "valid"
    assert [(s["code"], s["kind"]) for s in summary["validation_status"]] == [
        ("signingCredential.untrusted", "failure"),
        ("timeStamp.malformed", "informational"),
    ]


def test_any_other_failure_makes_it_invalid():
    summary = summarise(store({}, failure=[{"code": "assertion.dataHash.mismatch", "explanation": "hash"}]))
    assert summary["state"] == "invalid"


def test_a_failure_in_an_ingredient_delta_makes_it_invalid():
    report = store({})
    report["validation_results"]["ingredientDeltas"] = [
        {"ingredientAssertionURI": "u", "validationDeltas": {"failure": [{"code": "claimSignature.mismatch"}]}}
    ]
    assert summarise(report)["state"] == "invalid"


def test_it_falls_back_to_the_flat_status_list():
    report = {"active_manifest": "a", "manifests": {"a": {}}, "validation_status": [{"code": "claim.malformed"}]}
    summary = summarise(report)
    assert summary["state"] == "invalid"
    assert summary["validation_status"][0]["kind"] == "failure"


def test_it_reads_actions_of_every_actions_assertion():
    manifest = {
        "assertions": [
            actions({"action": "c2pa.created", "when": "2025-04-22T17:25:28Z", "softwareAgent": {"name": "Gen"}}),
            actions({"action": "c2pa.resized"}, label="c2pa.actions__1"),
            {"label": "stds.schema-org.CreativeWork", "data": {}},
        ]
    }
    active = summarise(store(manifest))["active_manifest"]
    assert active["assertions"] == ["c2pa.actions.v2", "c2pa.actions__1", "stds.schema-org.CreativeWork"]
    assert active["actions"] == [
        {
            "action": "c2pa.created",
            "when": "2025-04-22T17:25:28Z",
            "softwareAgent": {"name": "Gen"},
            "digitalSourceType": None,
        },
        {"action": "c2pa.resized", "when": None, "softwareAgent": None, "digitalSourceType": None},
    ]


def test_ai_declared_in_an_ingredient_manifest_counts_and_says_where():
    firefly = {"assertions": [actions({"action": "c2pa.created", "digitalSourceType": " " + TRAINED})]}
    edit = {"assertions": [actions({"action": "c2pa.opened", "digitalSourceType": TRAINED.replace("trained", "x")})]}
    ai = summarise(store(edit, others={"urn:firefly": firefly}))["ai"]
    assert ai == {
        "declared": True,
        "evidence": [
            {"manifest": "urn:firefly", "active": False, "action": "c2pa.created", "digitalSourceType": TRAINED}
        ],
    }


def test_algorithmic_media_without_training_is_not_ai():
    created = actions({"action": "c2pa.created", "digitalSourceType": TRAINED.replace("trainedA", "a")})
    assert summarise(store({"assertions": [created]}))["ai"]["declared"] is False


def test_ingredients_say_whether_they_carry_a_manifest():
    manifest = {
        "ingredients": [
            {"title": "A.jpg", "relationship": "parentOf", "format": "image/jpeg"},
            {
                "title": "E.jpg",
                "relationship": "componentOf",
                "active_manifest": "urn:e",
                "validation_status": [{"code": "claimSignature.mismatch", "explanation": "bad"}],
            },
        ]
    }
    summary = summarise(store(manifest))
    assert [(i["title"], i["has_manifest"]) for i in summary["active_manifest"]["ingredients"]] == [
        ("A.jpg", False),
        ("E.jpg", True),
    ]
    assert summary["ingredient_failures"] == [
        {"manifest": "urn:active", "ingredient": "E.jpg", "code": "claimSignature.mismatch", "explanation": "bad"}
    ]


def test_hostile_values_become_bounded_json():
    long = "x" * (MAX_C2PA_TEXT * 4)
    manifest = {
        "title": 42,
        "claim_generator": long,
        "claim_generator_info": [{"name": long, "nested": [[[[[[[[[["deep"]]]]]]]]]], "nan": float("nan")}],
        "assertions": "not a list",
        "ingredients": [{"title": "i"}] * (MAX_C2PA_ITEMS * 3),
        "signature_info": ["not", "a", "dict"],
    }
    summary = summarise(store(manifest, failure=[{"code": long}] * 5))
    active = summary["active_manifest"]
    assert active["title"] is None
    assert len(active["claim_generator"]) == MAX_C2PA_TEXT
    assert len(active["ingredients"]) == MAX_C2PA_ITEMS
    assert active["assertions"] == [] and active["signature_info"]["issuer"] is None
    assert len(summary["validation_status"][0]["code"]) == MAX_C2PA_TEXT
    json.dumps(summary, allow_nan=False)


def test_a_store_without_its_active_manifest_still_summarises():
    summary = summarise({"active_manifest": "gone", "manifests": {"other": {}}})
    assert (summary["active_manifest"], summary["manifest_count"], summary["state"]) == (None, 1, "valid")
