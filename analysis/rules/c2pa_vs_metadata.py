"""C2PA actions set against the file's other metadata (SIGNATURES.md A6, A22-A28, R6/R8 spirit).

Reads the ``c2pa`` section's active manifest (actions with ``digitalSourceType``, claim
generator, signature issuer and common name) and compares it with ``IFD0:Make``/``IFD0:Model``,
``XMP-iptcExt:DigitalSourceType`` and the editors in ``report.software``. It fires only on a
direct contradiction:

- the manifest records generative-AI creation while EXIF names a camera make and model;
- the manifest records a camera capture signed by one camera brand while ``IFD0:Make`` names
  another (:data:`CAMERA_BRANDS`);
- the IPTC digital source type in XMP disagrees with the manifest's;
- a valid manifest records only a capture, yet an editor is named in the metadata it covers.

A finding proves that the file's metadata and its Content Credentials tell different stories,
so one of them was written by someone else or transplanted. It does not prove which one is
right: EXIF is easy to forge, and a manifest only binds what its signer claimed.
"""

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..provenance.manifest import AI_SOURCE_TYPES
from ..result import Evidence, Finding, Severity, SoftwareRole
from .base import Subject, present

NAME = "c2pa_vs_metadata"

CREATED = "c2pa.created"
# IPTC digital source types meaning a capture of the real world (cv.iptc.org, SIGNATURES A26/A27).
CAPTURE_SOURCE_TYPES = frozenset(
    {"digitalCapture", "computationalCapture", "negativeFilm", "positiveFilm", "print", "compositeCapture"}
)
# Actions that only record where the asset came from, not a change to it (C2PA actions list).
NON_EDIT_ACTIONS = frozenset({CREATED, "c2pa.published", "c2pa.managed", "c2pa.watermarked"})
# Camera brands known to sign C2PA at capture, and the words that name them in IFD0:Make or in
# a claim generator / certificate (Leica M11-P: c2patool issue #279; the others announced it).
CAMERA_BRANDS = {
    "Leica": ("leica",),
    "Nikon": ("nikon",),
    "Sony": ("sony",),
    "Canon": ("canon",),
    "Fujifilm": ("fujifilm", "fuji"),
    "Samsung": ("samsung",),
    "Google": ("google",),
    "Apple": ("apple",),
}


def check(subject: Subject) -> Iterable[Finding]:
    section = subject.c2pa
    manifest = (section or {}).get("active_manifest")
    if not manifest:
        return
    where = f"C2PA active manifest {manifest.get('label')}"
    actions = [a for a in manifest.get("actions") or [] if isinstance(a, dict)]
    created = next((a for a in actions if a.get("action") == CREATED), None)
    source = _code(created.get("digitalSourceType")) if created else None
    created_evidence = Evidence(f"{where}, action {CREATED}", created) if created else None
    make, model = subject.evidence("IFD0:Make"), subject.evidence("IFD0:Model")
    if created_evidence and source in AI_SOURCE_TYPES and make and model:
        yield _finding(
            "Content Credentials say AI-generated, EXIF says camera",
            f"The manifest records {CREATED} with digitalSourceType {source}, while EXIF names the camera "
            f"{make.value} {model.value}.",
            "The camera EXIF and the Content Credentials cannot both describe how this image was made: one was "
            "copied in or written by someone else.",
            [created_evidence, make, model],
        )
    if created_evidence and source in CAPTURE_SOURCE_TYPES and make:
        signed_by = _brands(_signer_texts(where, manifest))
        make_brands = _brands([make])
        if signed_by and make_brands and not make_brands & signed_by.keys():
            yield _finding(
                "Content Credentials name another camera brand than EXIF",
                f"The manifest records a capture signed for {', '.join(sorted(signed_by))}, while IFD0:Make is "
                f"{make.value}.",
                "The EXIF camera make and the brand that signed the capture disagree: the EXIF or the "
                "manifest was transplanted from another file.",
                [created_evidence, *signed_by.values(), make],
            )
    yield from _source_type(subject, where, actions)
    if section.get("state") == "valid" and created_evidence and source in CAPTURE_SOURCE_TYPES:
        edits = [a for a in actions if a.get("action") not in NON_EDIT_ACTIONS]
        editors = [s for s in subject.report.software if s.role == SoftwareRole.EDITOR]
        if not edits and editors:
            yield _finding(
                "Content Credentials record no edit, metadata names an editor",
                f"The valid manifest records only a capture ({source}), yet the metadata it covers names "
                + ", ".join(s.name for s in editors)
                + ".",
                "The signer covered metadata naming an editor while declaring an unedited capture: the signed "
                "claim and the file's own metadata disagree.",
                [created_evidence, *(place for s in editors for place in s.places)],
            )


def _source_type(subject: Subject, where: str, actions: list[dict[str, Any]]) -> Iterator[Finding]:
    xmp = subject.evidence("XMP-iptcExt:DigitalSourceType")
    declared = next((a for a in actions if _code(a.get("digitalSourceType"))), None)
    if xmp is None or declared is None:
        return
    xmp_code, c2pa_code = _code(xmp.value), _code(declared["digitalSourceType"])
    if xmp_code == c2pa_code:
        return
    ai_split = (xmp_code in AI_SOURCE_TYPES) != (c2pa_code in AI_SOURCE_TYPES)
    yield _finding(
        "XMP and Content Credentials give different digital source types",
        f"XMP-iptcExt:DigitalSourceType is {xmp_code}; the manifest's {declared.get('action')} action says "
        f"{c2pa_code}.",
        "The IPTC declaration in XMP and the signed C2PA declaration disagree"
        + (" about whether generative AI made the image." if ai_split else "."),
        [xmp, Evidence(f"{where}, action {declared.get('action')}", declared)],
        Severity.MEDIUM if ai_split else Severity.LOW,
    )


def _finding(title: str, detail: str, proves: str, evidence: list, severity: Severity = Severity.MEDIUM) -> Finding:
    return Finding(
        rule=NAME,
        severity=severity,
        title=title,
        detail=detail,
        proves=proves,
        does_not_prove="Which of the two is true: EXIF and XMP are easy to edit, and a manifest binds only what "
        "its signer claimed.",
        evidence=evidence,
    )


def _code(value: Any) -> str | None:
    """The term of an IPTC digital source type URI (``…/digitalsourcetype/digitalCapture``)."""
    return value.strip().rstrip("/").rsplit("/", 1)[-1] or None if isinstance(value, str) else None


def _signer_texts(where: str, manifest: dict[str, Any]) -> list[Evidence]:
    signature = manifest.get("signature_info") or {}
    texts = [Evidence(f"{where}, claim_generator", manifest.get("claim_generator"))]
    texts += [
        Evidence(f"{where}, claim_generator_info name", info.get("name"))
        for info in manifest.get("claim_generator_info") or []
        if isinstance(info, dict)
    ]
    texts += [Evidence(f"{where}, signature {key}", signature.get(key)) for key in ("issuer", "common_name")]
    return list(present(*(t if isinstance(t.value, str) and t.value else None for t in texts)))


def _brands(places: list[Evidence]) -> dict[str, Evidence]:
    """Brand of :data:`CAMERA_BRANDS` → the first place whose text names it as a whole word."""
    found: dict[str, Evidence] = {}
    for place in places:
        words = set(re.findall(r"[a-z0-9]+", str(place.value).lower()))
        for brand, names in CAMERA_BRANDS.items():
            if words & set(names):
                found.setdefault(brand, place)
    return found
