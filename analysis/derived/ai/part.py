"""What one source of an AI declaration found, and the helpers the source readers share.

Every value read here is untrusted text written by whoever made the file: JSON is parsed only
from text of bounded size (json.loads, never eval), a malformed value gives fewer fields and
never an error, and text copied into evidence is cut to EVIDENCE_TEXT characters (the whole
value stays in the report's metadata under the same ``Group:Tag``).
"""

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ...limits import EVIDENCE_TEXT, MAX_VALUE_BYTES, MAX_WORKFLOW_NODES
from ...result import Evidence, Report

# The AIDeclaration fields a source may fill, in the order a reader expects them.
PARAMETERS = ("model", "prompt", "negative_prompt", "seed", "steps", "sampler", "cfg_scale", "size")

SIZE = re.compile(r"\s*\(?\s*(\d{1,6})\s*[x\u00d7,]\s*(\d{1,6})\s*\)?\s*")


@dataclass
class Part:
    """One source's reading: ``kind`` is ``"c2pa"``, ``"iptc"`` or ``"text"`` (the value of
    AIDeclaration ``by``); ``declared`` is True only for an explicit declaration (a weak mark
    such as a Midjourney job id alone keeps it False but still names its evidence); ``edited``
    when the declaration is of AI-edited rather than AI-generated content; ``source`` says how
    it is declared, for the statement ("C2PA Content Credentials"); ``params`` maps names of
    PARAMETERS to values; ``workflow`` is a node-graph summary (see AIDeclaration)."""

    kind: str
    declared: bool
    evidence: list[Evidence]
    source: str = ""
    generator: str | None = None
    edited: bool = False
    params: dict[str, Any] = field(default_factory=dict)
    workflow: dict[str, Any] | None = None

    def fill(self, **values: Any) -> None:
        """Set each of ``values`` (names from PARAMETERS) that is not None and not set yet, so
        that the first source read wins."""
        for name, value in values.items():
            if value is not None and value != "" and self.params.get(name) is None:
                self.params[name] = value


def at(report: Report, place: str) -> Any:
    """The value at ``"Group:Tag"`` (ExifTool family-1 names), or None."""
    group, _, name = place.partition(":")
    return report.tag(group, name)


def text(report: Report, place: str) -> str | None:
    """The text at ``"Group:Tag"``, stripped, or None when it is missing, empty or not text (a
    binary placeholder, or a number the reader converted)."""
    value = at(report, place)
    return (value.strip() or None) if isinstance(value, str) else None


def mark(report: Report, place: str) -> Evidence | None:
    """Evidence of ``place`` when it holds text or a number (see :func:`scalar`), else None."""
    value = at(report, place)
    return evidence(place, value) if scalar(value) else None


def scalar(value: Any) -> str | None:
    """A text or number as text (XMP and PNG readers turn numeric text into numbers), else None."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value).strip() or None


def clip(value: str) -> str:
    """``value`` cut to EVIDENCE_TEXT characters, marked with "…" when cut."""
    return value if len(value) <= EVIDENCE_TEXT else value[:EVIDENCE_TEXT] + "…"


def evidence(place: str, value: Any) -> Evidence:
    """Evidence for ``place`` with text values clipped (see :func:`clip`)."""
    return Evidence(place, clip(value) if isinstance(value, str) else value)


def load_json(value: str | None) -> Any:
    """``value`` parsed as JSON, or None when it is not text, longer than MAX_VALUE_BYTES
    characters, malformed, or nested too deeply for the parser."""
    if not isinstance(value, str) or len(value) > MAX_VALUE_BYTES or not value.lstrip().startswith(("{", "[")):
        return None
    try:
        return json.loads(value)
    except (ValueError, RecursionError):  # malformed or absurdly nested input, not an engine fault
        return None


def json_object(value: str | None) -> dict[str, Any]:
    """``value`` parsed as a JSON object, or {} (see :func:`load_json`)."""
    return as_dict(load_json(value))


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` when it is a dict (parsed JSON has any shape), else {}."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """``value`` when it is a list, else []."""
    return value if isinstance(value, list) else []


def number(value: Any) -> int | float | None:
    """An int or float from a JSON number or numeric text ("7.5", "6952411511246973023"), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            try:
                return float(value)
            except ValueError:
                return None
    return None


def size(width: Any, height: Any) -> str | None:
    """``"WxH"`` from two numbers (or numeric texts), None unless both are positive integers."""
    w, h = number(width), number(height)
    if isinstance(w, int) and isinstance(h, int) and w > 0 and h > 0:
        return f"{w}x{h}"
    return None


def size_text(value: Any) -> str | None:
    """``"WxH"`` from "512x768", "(768, 1280)" or "1024\u00d71024" (multiplication sign), else None."""
    match = SIZE.fullmatch(value) if isinstance(value, str) else None
    return size(int(match[1]), int(match[2])) if match else None


def nodes_summary(nodes: list[tuple[Any, Any, Any]]) -> list[dict[str, Any]]:
    """``[{"id", "type", "title"}]`` from ``(id, type, title)`` triples, at most
    MAX_WORKFLOW_NODES of them, each value kept only when it is text or a number (ids keep
    their JSON type)."""
    return [
        {"id": node_id if scalar(node_id) else None, "type": scalar(node_type), "title": scalar(title)}
        for node_id, node_type, title in nodes[:MAX_WORKFLOW_NODES]
    ]
