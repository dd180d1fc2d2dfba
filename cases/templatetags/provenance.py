"""Display of C2PA Content Credentials: a report's ``c2pa`` section (see
:func:`analysis.provenance.c2pa.read_c2pa`) in plain language.

The section is ``{state, embedded, remote_url, validation_state, manifest_count, active_manifest,
validation_status, ai, ingredient_failures, error}``; any key may be missing or of another type
(reports of older engines), so every function here tolerates that and never raises.
"""

from typing import Any

from django import template

from analysis.provenance.manifest import UNTRUSTED_SIGNER_CODES

register = template.Library()

# States in which the file carries Content Credentials worth a badge (an unreadable store is not),
# and those in which a manifest was read, so that signer, actions and AI declaration are known.
CREDENTIAL_STATES = ("valid", "invalid", "remote")
READ_STATES = ("valid", "invalid")

# What a failure code means, in words (C2PA Technical Specification 2.1, 15.2 "Standard Status
# Codes"); a code not listed here is explained by the SDK's own text.
FAILURE_MEANINGS = {
    "assertion.dataHash.mismatch": "the image was changed after signing",
    "assertion.boxesHash.mismatch": "the image was changed after signing",
    "assertion.bmffHash.mismatch": "the image was changed after signing",
    "assertion.hashedURI.mismatch": "an assertion was changed after signing",
    "assertion.missing": "an assertion the claim lists is missing",
    "claimSignature.mismatch": "the claim was changed after signing (its signature does not verify)",
    "claimSignature.missing": "the claim is not signed",
    "claimSignature.outsideValidity": "the signing certificate was not valid when the claim was signed",
    "signingCredential.invalid": "the signing certificate is not valid for signing Content Credentials",
    "signingCredential.expired": "the signing certificate had expired",
    "signingCredential.ocsp.revoked": "the signing certificate was revoked",
    "ingredient.hashedURI.mismatch": "an ingredient's manifest was changed after signing",
    "manifest.inaccessible": "a manifest it refers to cannot be found",
    "timeStamp.mismatch": "the time-stamp does not match the signature",
}


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _records(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _is_problem(status: dict[str, Any]) -> bool:
    """A failure code other than an untrusted signer (no trust list is configured, so every
    signer is untrusted and that code says nothing about tampering)."""
    return status.get("kind") == "failure" and status.get("code") not in UNTRUSTED_SIGNER_CODES


def _problems(c2pa: dict[str, Any]) -> list[dict[str, Any]]:
    return [status for status in _records(c2pa.get("validation_status")) if _is_problem(status)]


def _meaning(status: dict[str, Any]) -> str:
    code = status.get("code")
    meaning = FAILURE_MEANINGS.get(code) or status.get("explanation") or "validation failed"
    return f"{meaning} ({code})" if code else str(meaning)


@register.filter
def c2pa_summary(c2pa: Any) -> str:
    """One plain-language line, led by the state, on what the Content Credentials say about the
    file, e.g. ``Valid: signature and content hashes intact`` or ``INVALID: the image was changed
    after signing (assertion.dataHash.mismatch)``; empty without a ``c2pa`` section."""
    c2pa = _dict(c2pa)
    state = c2pa.get("state")
    if state == "valid":
        failures = len(_records(c2pa.get("ingredient_failures")))
        history = f"; {failures} problem{'s' * (failures != 1)} in the ingredient history" if failures else ""
        return f"Valid: signature and content hashes intact{history}"
    if state == "invalid":
        reasons = list(dict.fromkeys(_meaning(status) for status in _problems(c2pa)))
        return "INVALID: " + ("; ".join(reasons) or "validation failed")
    if state == "remote":
        return "Remote: only a link to a remote manifest; not fetched"
    if state == "unreadable":
        return f"Unreadable: the manifest store could not be read ({c2pa.get('error') or 'no reason given'})"
    return f"Unknown state: {state}" if state else ""


@register.filter
def source_type(uri: Any) -> str:
    """An IPTC Digital Source Type URI by its term: ``…/digitalsourcetype/trainedAlgorithmicMedia``
    → ``trainedAlgorithmicMedia``."""
    return uri.strip().rstrip("/").rsplit("/", 1)[-1] if isinstance(uri, str) else ""


def _ai_evidence(c2pa: dict[str, Any]) -> list[dict[str, Any]]:
    # The active manifest's declarations first: they are about this very file.
    return sorted(_records(_dict(c2pa.get("ai")).get("evidence")), key=lambda item: not item.get("active"))


@register.filter
def c2pa_ai(c2pa: Any) -> str:
    """Whether the manifests declare generative AI: ``yes (trainedAlgorithmicMedia)``, ``no``, or
    ``not known`` when no manifest was read (remote or unreadable)."""
    c2pa = _dict(c2pa)
    if c2pa.get("state") not in READ_STATES:
        return "not known: no manifest was read"
    if not _dict(c2pa.get("ai")).get("declared"):
        return "no"
    terms = dict.fromkeys(source_type(item.get("digitalSourceType")) for item in _ai_evidence(c2pa))
    return f"yes ({', '.join(terms)})"


@register.filter
def has_credentials(c2pa: Any) -> bool:
    """True when the file carries Content Credentials, embedded (valid or not) or by remote link."""
    return _dict(c2pa).get("state") in CREDENTIAL_STATES


@register.filter
def software_agent(agent: Any) -> str:
    """An action's ``softwareAgent``: text, or a claim-generator-info object (``name version``)."""
    if isinstance(agent, dict):
        return " ".join(str(agent[key]) for key in ("name", "version") if agent.get(key))
    return agent if isinstance(agent, str) else ""


@register.inclusion_tag("cases/_c2pa.html")
def c2pa_panel(c2pa: Any) -> dict[str, Any]:
    """The "Content Credentials (C2PA)" panel of the image report."""
    c2pa = _dict(c2pa)
    manifest = _dict(c2pa.get("active_manifest"))
    statuses = [
        {**status, "problem": _is_problem(status), "untrusted": status.get("code") in UNTRUSTED_SIGNER_CODES}
        for status in _records(c2pa.get("validation_status"))
    ]
    return {
        "c2pa": c2pa,
        "state": c2pa.get("state"),
        "summary": c2pa_summary(c2pa),
        "read": c2pa.get("state") in READ_STATES,
        "ai_declared": bool(_dict(c2pa.get("ai")).get("declared")),
        "ai_evidence": _ai_evidence(c2pa),
        "manifest": manifest,
        "signature": _dict(manifest.get("signature_info")),
        "generator_info": _records(manifest.get("claim_generator_info")),
        "actions": _records(manifest.get("actions")),
        "ingredients": _records(manifest.get("ingredients")),
        "statuses": statuses,
        "ingredient_failures": _records(c2pa.get("ingredient_failures")),
    }
