"""State of the file's C2PA Content Credentials (SIGNATURES.md R15, A7, A33).

Reads the ``c2pa`` section (:mod:`analysis.provenance.c2pa`): ``state`` (``valid``, ``invalid``,
``remote``, ``unreadable``), the validation status codes the C2PA SDK (c2pa-rs) reported, the
active manifest (label, claim generator, signature issuer, common name and time) and failures
recorded for ingredients. No trust list is configured, so ``signingCredential.untrusted`` is
never counted against a file: the SDK only says it cannot tell who the signer is.

What each state proves is in its finding. A valid manifest proves that whoever holds the
signing key signed these bytes and they have not changed since; it never proves that the
content is true or that the signer deserves trust. Each family of failure codes has its own
finding (:data:`FAMILIES`): a hard-binding mismatch proves the image bytes changed after
signing, a hashed-URI mismatch that an assertion did, a claim-signature mismatch only that the
claim or its signature did not survive. An unreadable or remote manifest proves nothing about
the content.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..provenance.manifest import UNTRUSTED_SIGNER_CODES
from ..result import Evidence, Finding, Severity
from .base import Subject

NAME = "c2pa_state"


@dataclass(frozen=True)
class Failure:
    """One family of C2PA failure codes: its finding's severity and title, what it proves, and
    the reason in a few words for the summary sentence (``analysis.reading``)."""

    severity: Severity
    title: str
    reason: str
    proves: str


# Failure code families by what they mean (C2PA Technical Specification 2.1, "Validation"
# status codes), most telling first: the first family a file's codes fall in names the finding.
# A hard-binding mismatch is about the image bytes, a hashed-URI mismatch about one assertion,
# a claim-signature mismatch about the claim or its signature (neither says the pixels changed).
BYTES_CHANGED = Failure(
    Severity.HIGH,
    "Content Credentials: image bytes changed after signing",
    "the image bytes changed after signing",
    "The bytes the manifest's hard binding covers were changed after the manifest was signed: the credentials "
    "no longer describe this file.",
)
ASSERTION_CHANGED = Failure(
    Severity.HIGH,
    "Content Credentials: an assertion changed after signing",
    "an assertion changed after signing",
    "An assertion of the manifest (part of what it records) was changed or replaced after signing: the "
    "credentials no longer vouch for what they record.",
)
SIGNATURE_MISMATCH = Failure(
    Severity.HIGH,
    "Content Credentials: claim signature does not verify",
    "the signature does not match the claim",
    "The signature does not verify over the claim: the claim or the signature was altered after signing, or the "
    "signature was never made over this claim. The credentials vouch for nothing in this file.",
)
CREDENTIAL_REJECTED = Failure(
    Severity.MEDIUM,
    "Content Credentials: signing certificate rejected",
    "the signing certificate is not valid for signing",
    "The manifest cannot vouch for this file: the certificate it was signed with is invalid, revoked or unfit "
    "for signing Content Credentials.",
)
TIMESTAMP_FAILED = Failure(
    Severity.MEDIUM,
    "Content Credentials: signing time-stamp fails validation",
    "the signing time-stamp fails validation",
    "The time-stamp meant to vouch for when the manifest was signed does not verify or does not match the signature.",
)
MALFORMED = Failure(
    Severity.MEDIUM,
    "Content Credentials fail validation",
    "the manifest's claim, assertions or ingredients fail validation",
    "The manifest cannot vouch for this file: its claim, assertions or ingredients fail validation.",
)
# Expiry is measured against today when no trusted time-stamp vouches for the signing time,
# which is the case without a trust list: a weak sign on its own.
EXPIRED = Failure(
    Severity.LOW,
    "Content Credentials: signing certificate expired",
    "the signing certificate has expired",
    "The signing certificate is outside its validity period as checked today.",
)

# (family, exact codes, code prefixes), in the order families name a finding.
FAMILIES: tuple[tuple[Failure, frozenset[str], tuple[str, ...]], ...] = (
    (
        BYTES_CHANGED,
        frozenset(
            {
                "assertion.dataHash.mismatch",
                "assertion.boxesHash.mismatch",
                "assertion.bmffHash.mismatch",
                "assertion.collectionHash.mismatch",
            }
        ),
        (),
    ),
    (ASSERTION_CHANGED, frozenset({"assertion.hashedURI.mismatch"}), ()),
    (SIGNATURE_MISMATCH, frozenset({"claimSignature.mismatch"}), ()),
    (EXPIRED, frozenset({"signingCredential.expired"}), ()),
    (CREDENTIAL_REJECTED, frozenset({"claimSignature.outsideValidity"}), ("signingCredential.",)),
    (TIMESTAMP_FAILED, frozenset(), ("timeStamp.",)),
)


def family(code: str | None) -> Failure:
    """The family of one failure code; :data:`MALFORMED` for any code not listed above."""
    for failure, codes, prefixes in FAMILIES:
        if code in codes or (code and code.startswith(prefixes)):
            return failure
    return MALFORMED


def failure_of(codes: Iterable[str | None]) -> Failure:
    """The family that names a finding on these failure codes: the most severe, and among
    equals the first in :data:`FAMILIES` (bytes changed before an assertion before the signature)."""
    found = {family(code) for code in codes}
    order = [failure for failure, _, _ in FAMILIES] + [MALFORMED]
    return max(found, key=lambda f: (f.severity.rank, -order.index(f)), default=MALFORMED)


def counted_failures(section: dict[str, Any]) -> list[dict[str, Any]]:
    """The validation failures of the ``c2pa`` section that make the manifest invalid: every
    ``failure`` status but an untrusted signer's (which says who signed is unknown here, not that
    the manifest is broken)."""
    return [
        s
        for s in section.get("validation_status") or []
        if isinstance(s, dict) and s.get("kind") == "failure" and s.get("code") not in UNTRUSTED_SIGNER_CODES
    ]


def check(subject: Subject) -> Iterable[Finding]:
    section = subject.c2pa
    if not section:
        return
    state = section.get("state")
    if state == "remote":
        yield _remote(section)
    elif state == "unreadable":
        yield _unreadable(section)
    elif state in ("valid", "invalid"):
        manifest = section.get("active_manifest") or {}
        failures = counted_failures(section)
        yield _invalid(manifest, failures) if failures else _valid(manifest)
        if section.get("ingredient_failures"):
            yield _ingredients(section["ingredient_failures"])


def _label(manifest: dict[str, Any]) -> str:
    return f"C2PA active manifest {manifest.get('label') or '(unlabelled)'}"


def _signer(manifest: dict[str, Any]) -> list[Evidence]:
    where, signature = _label(manifest), manifest.get("signature_info") or {}
    found = []
    for key in ("claim_generator", "claim_generator_info"):
        if manifest.get(key):
            found.append(Evidence(f"{where}, {key}", manifest[key]))
            break
    for key in ("issuer", "common_name", "time"):
        if signature.get(key):
            found.append(Evidence(f"{where}, signature {key}", signature[key]))
    return found


def _valid(manifest: dict[str, Any]) -> Finding:
    signature = manifest.get("signature_info") or {}
    signer = signature.get("common_name") or signature.get("issuer") or "an unnamed signer"
    return Finding(
        rule=NAME,
        severity=Severity.INFO,
        title="Content Credentials intact",
        detail=f"The C2PA manifest is signed by {signer} and its hashes match the file. No trust list is "
        "configured, so the signer is not checked against one.",
        proves=f"The holder of the key of '{signer}' signed this file and neither the image nor the claim "
        "changed since.",
        does_not_prove="That the content is true, or that the signer is who it says or deserves trust (an "
        "untrusted signer is not tampering, but anyone can make a certificate).",
        evidence=_signer(manifest) or [Evidence(_label(manifest), "signed")],
    )


def _invalid(manifest: dict[str, Any], failures: list[dict[str, Any]]) -> Finding:
    codes = {f.get("code") for f in failures}
    failure = failure_of(codes)
    return Finding(
        rule=NAME,
        severity=failure.severity,
        title=failure.title,
        detail="C2PA validation failed: " + ", ".join(sorted(c for c in codes if c)) + ".",
        proves=failure.proves,
        does_not_prove="What was changed or by whom, nor that the content is false; a file re-saved by a tool "
        "that copies the manifest unchanged fails the same way.",
        evidence=[
            Evidence(
                f"{_label(manifest)}, validation status", {"code": f.get("code"), "explanation": f.get("explanation")}
            )
            for f in failures
        ]
        + _signer(manifest),
    )


def _ingredients(failures: list[dict[str, Any]]) -> Finding:
    return Finding(
        rule=NAME,
        severity=Severity.LOW,
        title="An ingredient's Content Credentials failed validation",
        detail=f"{len(failures)} validation failure(s) recorded for ingredients of the manifest store.",
        proves="A file used to make this one carried credentials that were already broken when it was used.",
        does_not_prove="That this file's own manifest is broken, nor that the ingredient was tampered with on purpose.",
        evidence=[
            Evidence(f"C2PA manifest {f.get('manifest')}, ingredient {f.get('ingredient')}", f.get("code"))
            for f in failures
        ],
    )


def _remote(section: dict[str, Any]) -> Finding:
    return Finding(
        rule=NAME,
        severity=Severity.INFO,
        title="Content Credentials referenced, not embedded",
        detail="The XMP points to a manifest store elsewhere; it was not fetched, so nothing was verified.",
        proves="Whoever wrote this XMP pointed to Content Credentials at that address.",
        does_not_prove="That a manifest exists there, that it matches this file, or anything about the content.",
        evidence=[
            Evidence("XMP-dcterms:Provenance", section["remote_url"])
            if section.get("remote_url")
            else Evidence("C2PA manifest store (JUMBF)", "refers to a remote manifest only")
        ],
    )


def _unreadable(section: dict[str, Any]) -> Finding:
    return Finding(
        rule=NAME,
        severity=Severity.LOW,
        title="Content Credentials present but unreadable",
        detail="A C2PA manifest store is embedded but the C2PA SDK could not read it.",
        proves="The file carries a C2PA store that cannot be validated (damaged, pre-release or unsupported).",
        does_not_prove="That the file was tampered with: old drafts of the standard and unsupported algorithms "
        "give the same result.",
        evidence=[Evidence("C2PA manifest store (JUMBF)", {"error": section.get("error")})],
    )
