"""Display formatting of report values (the PrintConv side): the only place values become text.

Reports hold ExifTool ``-n`` style values (numbers, text, lists, ``{"binary": length}``); these
filters render them readably without changing what they say.
"""

import unicodedata
from datetime import timedelta
from typing import Any

from django import template
from django.template.defaultfilters import filesizeformat

from ..models import HIDDEN_CATEGORIES

register = template.Library()

MAX_TEXT_CHARS = 2000
MAX_LIST_ITEMS = 64
# Kept as they are in metadata values: the table cell shows tabs and line breaks.
LAYOUT_CHARACTERS = frozenset("\t\n\r")


@register.filter
def visible(text: Any) -> str:
    """``text`` with every character that does not print (:data:`cases.models.HIDDEN_CATEGORIES`:
    controls, bidirectional overrides, zero-width characters, separators) written out as its
    escape (``\\x1b``, ``\\u202e``), so that it can neither hide nor reorder the text around it.
    For names and messages that hold user-controlled text (an uploaded file's name)."""
    return _visible(str(text), frozenset())


def _visible(text: str, keep: frozenset[str]) -> str:
    if text.isprintable():  # the common case, checked in C
        return text
    return "".join(
        _escape(char) if char not in keep and unicodedata.category(char) in HIDDEN_CATEGORIES else char for char in text
    )


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


@register.filter
def meta_value(value: Any) -> str:
    """A metadata value as text: lists comma-separated, binary blocks by size, characters that do
    not print (controls, bidirectional overrides, zero-width) shown as their escape (``\\xNN``,
    ``\\uNNNN``, see :func:`visible`; tabs and line breaks kept), very long text and lists cut
    with a note of how much was left out."""
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
        return "; ".join(
            f"{_visible(str(key), LAYOUT_CHARACTERS)}: {as_text(item, limit)}" for key, item in value.items()
        )
    if isinstance(value, list | tuple):
        # Records (a list of objects) read best one a line; the table cell keeps line breaks.
        separator = "\n" if any(isinstance(item, dict) for item in value) else ", "
        shown = separator.join(as_text(item, limit) for item in value[:MAX_LIST_ITEMS])
        more = len(value) - MAX_LIST_ITEMS
        return f"{shown} … ({more:,} more)" if more > 0 else shown
    text = _visible(str(value), LAYOUT_CHARACTERS)
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
