"""Display of the engine's reading (a report's ``analysis``: summary, findings, software, AI
declaration): evidence values cut to a line with the whole value one click away, and JSON shown
as indented text.

Values come from the file and are hostile: everything here returns plain text for the templates
to escape, never markup.
"""

import json
from typing import Any

from django import template

from .metadata import as_text

register = template.Library()

# An evidence value longer than this shows its start, the rest behind a <details>.
SHORT_VALUE_CHARS = 160
# The most of one value a page shows even when "whole" (a ComfyUI graph runs to megabytes).
FULL_VALUE_CHARS = 200_000
ROLE_LABELS = {
    "camera_firmware": "camera firmware",
    "phone_os": "phone system",
    "editor": "editor",
    "raw_converter": "raw converter",
    "generator": "AI generator",
    "platform": "platform (re-encoded on upload)",
    "encoder": "encoder",
    "other": "other",
}


@register.inclusion_tag("cases/_value.html")
def evidence_value(value: Any, expandable: bool = True) -> dict[str, Any]:
    """One value found in the file: in full when short; otherwise its first
    :data:`SHORT_VALUE_CHARS` characters, and the whole value in a ``<details>`` when
    ``expandable`` (the page) or cut with a note of its length when not (print)."""
    full = as_text(value, FULL_VALUE_CHARS)
    if len(full) <= SHORT_VALUE_CHARS:
        return {"short": full}
    if not expandable:
        return {"short": as_text(value, SHORT_VALUE_CHARS * 4)}
    return {"short": full[:SHORT_VALUE_CHARS].rstrip() + " …", "full": full, "length": f"{len(full):,}"}


@register.filter
def full_text(value: Any) -> str:
    """A long text value (an AI prompt) whole, up to :data:`FULL_VALUE_CHARS` characters."""
    return as_text(value, FULL_VALUE_CHARS)


@register.filter
def pretty_json(value: Any) -> str:
    """JSON, or text holding JSON, indented for reading; text that is not JSON as it is."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return as_text(value, FULL_VALUE_CHARS)
    return as_text(json.dumps(value, indent=2, ensure_ascii=False, default=str), FULL_VALUE_CHARS)


@register.filter
def software_role(role: Any) -> str:
    """A :class:`analysis.result.SoftwareRole` value in words (``raw_converter`` → ``raw converter``)."""
    return ROLE_LABELS.get(role, str(role or "unknown"))


# The generation parameters of an AI declaration the AI panel lists: (key, label).
AI_PARAMETERS = [
    ("generator", "Generator"),
    ("model", "Model"),
    ("seed", "Seed"),
    ("steps", "Steps"),
    ("sampler", "Sampler"),
    ("cfg_scale", "CFG scale"),
    ("size", "Size"),
]


@register.filter
def ai_parameters(ai: Any) -> list[tuple[str, Any]]:
    """``(label, value)`` of the :data:`AI_PARAMETERS` the declaration records (0 included)."""
    ai = ai if isinstance(ai, dict) else {}
    return [(label, ai[key]) for key, label in AI_PARAMETERS if ai.get(key) not in (None, "")]


ORIGIN_LABELS = {
    "camera": "camera or phone original",
    "screenshot": "screenshot",
    "ai_generated": "AI-generated",
    "edited": "editor's export",
    "scanner": "scan",
    "whatsapp": "WhatsApp download",
    "instagram": "Instagram download",
    "facebook": "Facebook download",
    "messenger": "Messenger download",
    "telegram": "Telegram download",
    "twitter": "X (Twitter) download",
    "tiktok": "TikTok download",
    "flickr": "Flickr download",
    "signal": "Signal download",
    "discord": "Discord download",
    "snapchat": "Snapchat download",
    "unknown": "unknown",
}


@register.filter
def origin_label(label: Any) -> str:
    """An origin label in words ("facebook" → "Facebook download"); unknown labels as they are."""
    return ORIGIN_LABELS.get(label, str(label)) if label else "unknown"


@register.filter
def signals_for(origin: dict[str, Any]) -> list[dict[str, Any]]:
    """The origin's signals that point to its label."""
    return [s for s in origin.get("signals") or [] if s.get("points_to") == origin.get("label")]


@register.filter
def signals_against(origin: dict[str, Any]) -> list[dict[str, Any]]:
    """The origin's signals that point elsewhere (to its alternatives)."""
    return [s for s in origin.get("signals") or [] if s.get("points_to") != origin.get("label")]
