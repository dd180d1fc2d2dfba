"""Display formatting of report values (the PrintConv side): the only place values become text.

Reports hold ExifTool ``-n`` style values (numbers, text, lists, ``{"binary": length}``); these
filters render them readably without changing what they say.
"""

import re
from datetime import timedelta
from typing import Any

from django import template
from django.template.defaultfilters import filesizeformat

register = template.Library()

MAX_TEXT_CHARS = 2000
MAX_LIST_ITEMS = 64
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@register.filter
def meta_value(value: Any) -> str:
    """A metadata value as text: lists comma-separated, binary blocks by size, control characters
    shown as ``\\xNN``, very long text and lists cut with a note of how much was left out."""
    return as_text(value, MAX_TEXT_CHARS)


def as_text(value: Any, limit: int) -> str:
    """:func:`meta_value` with text cut after ``limit`` characters instead of :data:`MAX_TEXT_CHARS`."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, dict):
        if set(value) == {"binary"}:
            return f"(binary data, {value['binary']:,} bytes)"
        return "; ".join(f"{key}: {as_text(item, limit)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        # Records (a list of objects) read best one a line; the table cell keeps line breaks.
        separator = "\n" if any(isinstance(item, dict) for item in value) else ", "
        shown = separator.join(as_text(item, limit) for item in value[:MAX_LIST_ITEMS])
        more = len(value) - MAX_LIST_ITEMS
        return f"{shown} … ({more:,} more)" if more > 0 else shown
    text = _CONTROL.sub(lambda match: f"\\x{ord(match[0]):02x}", str(value))
    if len(text) > limit:
        return f"{text[:limit]} … ({len(text):,} characters in all)"
    return text


@register.filter
def exact_size(size: int | None) -> str:
    """``7,958 bytes (7.8 KB)``."""
    if size is None:
        return "—"
    return f"{size:,} bytes ({filesizeformat(size)})"


@register.filter
def coordinate(value: float | None) -> str:
    """Decimal degrees to six places (about 0.1 m)."""
    return "—" if value is None else f"{value:.6f}"


@register.filter
def gap(delta: timedelta | None) -> str:
    """The time between two captures: ``+2 d 3 h``, ``+9 min 41 s``, ``same second``."""
    if delta is None:
        return ""
    seconds = int(delta.total_seconds())
    if seconds == 0:
        return "same second"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [(days, "d"), (hours, "h"), (minutes, "min"), (secs, "s")]
    shown = [f"{amount} {unit}" for amount, unit in parts if amount][:2]
    return "+" + " ".join(shown)
