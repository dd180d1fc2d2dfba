"""The file declares that it was generated or edited with generative AI (SIGNATURES.md A8-A23,
A30; the reading is :mod:`analysis.derived.ai`).

Reads ``report.ai``: a declaration made by C2PA Content Credentials (an action with a
generative-AI ``digitalSourceType``), by IPTC fields (``XMP-iptcExt:DigitalSourceType``,
``AISystemUsed``, Google's credit line) or by a generation tool's own record of its parameters
(PNG text chunks, EXIF UserComment, XMP). One finding, medium: it is the file's own statement of
origin, as strong as the place that carries it. When the only marks are weak or not generative
AI (a Midjourney job id alone, an ``algorithmicMedia`` source type) an info finding names them.

A finding proves that the file carries the statement, at the places named. It does not prove
the statement true: metadata can be written into any file and removed from any file; only a
valid C2PA signature binds a declaration to its signer and to these pixels. A file without a
declaration proves nothing either way (SIGNATURES A31, A32: platforms strip metadata).
"""

from collections.abc import Iterable

from ..result import Evidence, Finding, Severity
from .base import Subject

NAME = "ai_declared"

DOES_NOT_PROVE = (
    "That the statement is true, or who wrote it: a declaration can be removed from a file or forged into one "
    "(only a valid C2PA signature ties it to its signer and to these pixels). Missing declarations prove nothing: "
    "most platforms strip them."
)


def check(subject: Subject) -> Iterable[Finding]:
    ai = subject.report.ai
    if ai.declared:
        yield _declared(subject)
    elif ai.evidence:
        places = "; ".join(f"{item.where} = {item.value!r}" for item in ai.evidence)
        yield Finding(
            NAME,
            Severity.INFO,
            "AI-related marks without an explicit AI declaration",
            f"The file carries marks that third parties associate with generation tools or synthetic media, but no "
            f"explicit generative-AI declaration: {places}.",
            "That these fields hold these values.",
            "That the image was made with generative AI: these marks are weak or name synthetic media that is not "
            "generative AI (IPTC algorithmicMedia, compositeSynthetic). " + DOES_NOT_PROVE,
            ai.evidence,
        )


def _declared(subject: Subject) -> Finding:
    ai = subject.report.ai
    evidence = list(ai.evidence)
    details = [ai.statement + "."]
    parameters = {
        "model": ai.model,
        "seed": ai.seed,
        "steps": ai.steps,
        "sampler": ai.sampler,
        "CFG scale": ai.cfg_scale,
        "size": ai.size,
    }
    recorded = ", ".join(f"{name} {value}" for name, value in parameters.items() if value is not None)
    if recorded:
        details.append(f"Generation parameters recorded: {recorded}.")
    if ai.prompt:
        details.append(f"Prompt: {ai.prompt[:200]!r}.")
    section = subject.c2pa or {}
    if "c2pa" in ai.by and section.get("state") == "invalid":
        codes = [s.get("code") for s in section.get("validation_status") or [] if s.get("kind") == "failure"]
        evidence.append(Evidence("C2PA validation state", {"state": "invalid", "failures": codes}))
        details.append(
            "The C2PA manifest store fails validation ("
            + (", ".join(map(str, codes)) or "no code given")
            + "), so the C2PA declaration is not bound to its signer or to these pixels."
        )
    return Finding(
        NAME,
        Severity.MEDIUM,
        "Declared edited with generative AI" if ai.statement.startswith("Declared edited") else "Declared AI-generated",
        " ".join(details),
        "That the file carries an explicit statement, at the places named, that it was generated or edited with "
        "generative AI" + (f" by {ai.generator}" if ai.generator else "") + ".",
        DOES_NOT_PROVE,
        evidence,
    )
