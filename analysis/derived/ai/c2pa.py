"""AI declarations in C2PA Content Credentials (SIGNATURES A6-A13, A22-A25).

Reads the ``c2pa`` section built by :mod:`analysis.provenance.manifest`: its ``ai.evidence``
lists every action, in any manifest of the store, whose ``digitalSourceType`` is
trainedAlgorithmicMedia or compositeWithTrainedAlgorithmicMedia (A22, A23); the active
manifest's actions and claim generator name the tool. algorithmicMedia and compositeSynthetic
(A24, A25: made by an algorithm without training data) are synthetic but not generative AI,
so they are kept as evidence without declaring AI generation.
"""

import re
from typing import Any

from ...result import Evidence, Report
from .part import Part, as_dict, as_list, evidence, scalar

COMPOSITE = "compositeWithTrainedAlgorithmicMedia"
SYNTHETIC = frozenset({"algorithmicMedia", "compositeSynthetic"})

# Generators known by the names they sign with (claim generator, claim_generator_info name or
# action softwareAgent): one row per product, with its SIGNATURES.md row.
GENERATORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"firefly", re.I), "Adobe Firefly"),  # A11
    (re.compile(r"^OpenAI-API\b|^DALL[·.\- ]?E\b", re.I), "OpenAI DALL·E"),  # A8
    (re.compile(r"^ChatGPT\b", re.I), "OpenAI ChatGPT"),  # A9
    (re.compile(r"^Google C2PA Core Generator\b", re.I), "Google"),  # A10 (third-party report)
    (re.compile(r"^Microsoft[_ ]Responsible[_ ]AI\b|^Image Creator\b|^Bing\b", re.I), "Microsoft Designer"),  # A13
    # Named in the task brief, not yet in SIGNATURES.md: the name only, the declaration is the DST.
    (re.compile(r"^Amazon\b.*\bTitan\b|^Titan Image Generator\b", re.I), "Amazon Titan Image Generator"),
)


def read(report: Report) -> Part | None:
    """The C2PA part: declared when any manifest of a readable store records a generative-AI
    digitalSourceType; ``edited`` when the manifests that do (the active one first) record
    only compositeWithTrainedAlgorithmicMedia. None when the store declares nothing."""
    section = report.sections.get("c2pa")
    if not isinstance(section, dict):
        return None
    active = as_dict(section.get("active_manifest"))
    label = scalar(active.get("label")) or "(no label)"
    found = [as_dict(item) for item in as_list(as_dict(section.get("ai")).get("evidence"))]
    found = [item for item in found if isinstance(item.get("digitalSourceType"), str)]
    if not found:
        synthetic = [
            evidence(f"C2PA active manifest {label}, action {action.get('action')}", action["digitalSourceType"])
            for action in map(as_dict, as_list(active.get("actions")))
            if _code(action.get("digitalSourceType")) in SYNTHETIC
        ]
        return Part("c2pa", False, synthetic) if synthetic else None
    in_active = [item for item in found if item.get("active")]
    deciding = in_active or found
    places = [_place(item) for item in found]
    generator, named_at = _generator(active, label, in_active)
    return Part(
        "c2pa",
        True,
        places + ([named_at] if named_at else []),
        source="C2PA Content Credentials",
        generator=generator,
        edited=all(_code(item["digitalSourceType"]) == COMPOSITE for item in deciding),
    )


def _place(item: dict[str, Any]) -> Evidence:
    manifest = scalar(item.get("manifest")) or "(no label)"
    where = f"C2PA active manifest {manifest}" if item.get("active") else f"C2PA manifest {manifest} (not active)"
    return evidence(f"{where}, action {scalar(item.get('action'))}", item["digitalSourceType"])


def _generator(
    active: dict[str, Any], label: str, in_active: list[dict[str, Any]]
) -> tuple[str | None, Evidence | None]:
    """The generator's name and where it was read. The active manifest's AI actions name it in
    ``softwareAgent``; its claim generator is the signer's tool, taken as the generator only
    when the active manifest itself declares AI or the name is a known generator (an editor that
    opened an AI-made ingredient is not its generator)."""
    ai_actions = {scalar(item.get("action")) for item in in_active}
    candidates = [
        (f"C2PA active manifest {label}, action {action.get('action')}, softwareAgent", _agent(action["softwareAgent"]))
        for action in map(as_dict, as_list(active.get("actions")))
        if scalar(action.get("action")) in ai_actions and action.get("softwareAgent")
    ]
    info = [as_dict(entry) for entry in as_list(active.get("claim_generator_info"))]
    candidates += [(f"C2PA active manifest {label}, claim_generator_info", scalar(i.get("name"))) for i in info[:1]]
    candidates.append((f"C2PA active manifest {label}, claim_generator", scalar(active.get("claim_generator"))))
    for where, raw in candidates:
        if not raw:
            continue
        known = next((name for pattern, name in GENERATORS if pattern.search(raw)), None)
        if known or in_active:
            return known or _tool_name(raw), evidence(where, raw)
    return None, None


def _agent(value: Any) -> str | None:
    """A softwareAgent: text, or a claim-generator-info object (``name`` and ``version``)."""
    if isinstance(value, dict):
        return " ".join(filter(None, (scalar(value.get("name")), scalar(value.get("version"))))) or None
    return scalar(value)


def _tool_name(raw: str) -> str:
    """ "Adobe_Photoshop/26.9.0 adobe_c2pa/0.14.2 c2pa-rs/0.43.0" → "Adobe Photoshop 26.9.0": the
    first product token of a claim generator (User-Agent style, C2PA 1.x), readable."""
    return raw.split()[0].replace("_", " ").replace("/", " ") if "/" in raw.split()[0] else raw


def _code(value: Any) -> str | None:
    """The term of a digitalSourceType URI (``…/digitalsourcetype/<term>``)."""
    return value.strip().rsplit("/", 1)[-1] if isinstance(value, str) else None
