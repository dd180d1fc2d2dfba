"""The C2PA SDK's JSON report of a manifest store, cut down to plain, bounded data.

Input is what c2pa-rs ``Reader::json`` returns (c2pa-python ``Reader.json()``):
``{active_manifest, manifests: {label: manifest}, validation_status, validation_results,
validation_state}``. Field names copied from it keep the SDK's spelling (``claim_generator``,
``signature_info``, ``softwareAgent``, ``digitalSourceType``), so the summary can be put beside
c2patool's output. Every value is untrusted text written by whoever signed the manifest: strings
are cut to MAX_C2PA_TEXT characters, lists to MAX_C2PA_ITEMS entries, unexpected types dropped.
"""

import math
from typing import Any

from ..limits import MAX_C2PA_ITEMS, MAX_C2PA_TEXT, MAX_DEPTH

ACTION_LABELS = ("c2pa.actions", "c2pa.actions.v2")

# IPTC Digital Source Type terms (cv.iptc.org/newscodes/digitalsourcetype) meaning generative AI
# made all or part of the content; ``algorithmicMedia`` (no training data) is not among them.
AI_SOURCE_TYPES = frozenset({"trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia"})

# Failure codes that say only that the signer is not on a trust list (none is configured, so
# every signer is untrusted): the content and claim may still be intact (C2PA Technical
# Specification, "Validation": signingCredential.untrusted; CAWG identity: cawg.*.untrusted).
UNTRUSTED_SIGNER_CODES = frozenset({"signingCredential.untrusted", "cawg.x509.credential.untrusted"})

SIGNATURE_FIELDS = ("alg", "issuer", "common_name", "cert_serial_number", "time")


def summarise(store: dict[str, Any]) -> dict[str, Any]:
    """Summary of the SDK report ``store`` (see the module docstring).

    Returns ``{state, validation_state, manifest_count, active_manifest, validation_status,
    ai, ingredient_failures}`` where ``state`` is ``"valid"`` (no failure code other than an
    untrusted signer) or ``"invalid"``; ``validation_status`` lists ``{code, explanation, url,
    kind}`` with ``kind`` ``"failure"`` or ``"informational"``; ``ai`` is ``{declared,
    evidence: [{manifest, active, action, digitalSourceType}]}`` over every manifest in the store;
    ``ingredient_failures`` lists ``{manifest, ingredient, code, explanation}`` recorded for
    ingredients anywhere in the store. Never raises on odd types.
    """
    manifests = _dict(store.get("manifests"))
    active_label = store.get("active_manifest")
    active = _dict(manifests.get(active_label)) if isinstance(active_label, str) else {}
    statuses = _validation(store)
    failed = any(s["kind"] == "failure" and s["code"] not in UNTRUSTED_SIGNER_CODES for s in statuses)
    ordered = _in_order(manifests, active_label)
    evidence = _ai_evidence(ordered, active_label)
    return {
        "state": "invalid" if failed else "valid",
        "validation_state": _text(store.get("validation_state")),
        "manifest_count": len(manifests),
        "active_manifest": _manifest(active, active_label) if active else None,
        "validation_status": statuses,
        "ai": {"declared": bool(evidence), "evidence": evidence},
        "ingredient_failures": _ingredient_failures(ordered),
    }


def _manifest(manifest: dict[str, Any], label: str) -> dict[str, Any]:
    assertions = _list(manifest.get("assertions"))
    return {
        "label": _text(label),
        "claim_generator": _text(manifest.get("claim_generator")),
        "claim_generator_info": _plain(manifest.get("claim_generator_info")),
        "title": _text(manifest.get("title")),
        "format": _text(manifest.get("format")),
        "instance_id": _text(manifest.get("instance_id")),
        "signature_info": {key: _plain(_dict(manifest.get("signature_info")).get(key)) for key in SIGNATURE_FIELDS},
        "assertions": [_text(_dict(a).get("label")) for a in assertions],
        "actions": [
            {key: _plain(action.get(key)) for key in ("action", "when", "softwareAgent", "digitalSourceType")}
            for action in _actions(manifest)
        ],
        "ingredients": [_ingredient(_dict(i)) for i in _list(manifest.get("ingredients"))],
    }


def _ingredient(ingredient: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": _text(ingredient.get("title")),
        "format": _text(ingredient.get("format")),
        "relationship": _text(ingredient.get("relationship")),
        "has_manifest": bool(ingredient.get("active_manifest")),
        "data_types": [_text(_dict(t).get("type")) for t in _list(ingredient.get("data_types"))],
        "validation_status": [_text(_dict(s).get("code")) for s in _list(ingredient.get("validation_status"))],
    }


def _actions(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """Actions of every ``c2pa.actions``/``c2pa.actions.v2`` assertion (instances ``__n`` too)."""
    found = []
    for assertion in _list(manifest.get("assertions")):
        assertion = _dict(assertion)
        label = assertion.get("label")
        if isinstance(label, str) and label.split("__")[0] in ACTION_LABELS:
            found.extend(_dict(a) for a in _list(_dict(assertion.get("data")).get("actions")))
    return found[:MAX_C2PA_ITEMS]


def _validation(store: dict[str, Any]) -> list[dict[str, Any]]:
    """Failure and informational codes of the active manifest and of its ingredients' deltas
    (``validation_results``); the flat ``validation_status`` list (failures) when that is absent."""
    results = _dict(store.get("validation_results"))
    if not results:
        return _statuses(store.get("validation_status"), "failure")
    active = _dict(results.get("activeManifest"))
    found = _statuses(active.get("failure"), "failure") + _statuses(active.get("informational"), "informational")
    for delta in _list(results.get("ingredientDeltas")):
        found += _statuses(_dict(_dict(delta).get("validationDeltas")).get("failure"), "failure")
    unique = {(s["code"], s["url"], s["kind"]): s for s in found}
    return list(unique.values())[:MAX_C2PA_ITEMS]


def _statuses(entries: Any, kind: str) -> list[dict[str, Any]]:
    return [
        {
            "code": _text(_dict(entry).get("code")),
            "explanation": _text(_dict(entry).get("explanation")),
            "url": _text(_dict(entry).get("url")),
            "kind": kind,
        }
        for entry in _list(entries)
    ]


def _in_order(manifests: dict[str, Any], active_label: Any) -> list[tuple[Any, Any]]:
    """The store's manifests, the active one first and the others by label, at most
    :data:`MAX_C2PA_ITEMS`: the SDK's JSON map comes in a different order on every read, and the
    same file must give the same report."""
    ordered = sorted(manifests.items(), key=lambda item: (item[0] != active_label, str(item[0])))
    return ordered[:MAX_C2PA_ITEMS]


def _ai_evidence(manifests: list[tuple[Any, Any]], active_label: Any) -> list[dict[str, Any]]:
    evidence = []
    for label, manifest in manifests:
        for action in _actions(_dict(manifest)):
            source = action.get("digitalSourceType")
            if isinstance(source, str) and source.strip().rsplit("/", 1)[-1] in AI_SOURCE_TYPES:
                evidence.append(
                    {
                        "manifest": _text(label),
                        "active": label == active_label,
                        "action": _text(action.get("action")),
                        "digitalSourceType": _text(source.strip()),
                    }
                )
    return evidence[:MAX_C2PA_ITEMS]


def _ingredient_failures(manifests: list[tuple[Any, Any]]) -> list[dict[str, Any]]:
    failures = []
    for label, manifest in manifests:
        for ingredient in _list(_dict(manifest).get("ingredients")):
            ingredient = _dict(ingredient)
            for status in _list(ingredient.get("validation_status")):
                status = _dict(status)
                failures.append(
                    {
                        "manifest": _text(label),
                        "ingredient": _text(ingredient.get("title")),
                        "code": _text(status.get("code")),
                        "explanation": _text(status.get("explanation")),
                    }
                )
    return failures[:MAX_C2PA_ITEMS]


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value[:MAX_C2PA_ITEMS] if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    return value[:MAX_C2PA_TEXT] if isinstance(value, str) else None


def _plain(value: Any, depth: int = 0) -> Any:
    """``value`` as bounded JSON data: strings cut, lists and objects capped, nesting cut at
    MAX_DEPTH, non-finite floats (which JSON cannot carry) as text."""
    if isinstance(value, str):
        return value[:MAX_C2PA_TEXT]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if depth >= MAX_DEPTH:
        return None
    if isinstance(value, list):
        return [_plain(item, depth + 1) for item in value[:MAX_C2PA_ITEMS]]
    if isinstance(value, dict):
        items = list(value.items())[:MAX_C2PA_ITEMS]
        return {str(key)[:MAX_C2PA_TEXT]: _plain(item, depth + 1) for key, item in items}
    return None
