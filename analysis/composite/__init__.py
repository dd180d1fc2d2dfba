"""ExifTool's Composite tags: values ExifTool derives from the tags it read (ImageSize, ShutterSpeed,
signed GPS coordinates, FOV, LensID, dates with sub-seconds and offsets...), named and computed as
ExifTool 12.57 does, so that ``report.metadata["Composite"]`` is what ``exiftool -j -G1 -n`` gives
under ``Composite:`` and ``report.metadata_print["Composite"]`` what it prints without ``-n``.

Each tag is a row (:mod:`analysis.composite.table`) declaring the tags it requires and desires, in
one module per ExifTool family (:mod:`.exif`, :mod:`.gps`, :mod:`.dates`, :mod:`.lens`, :mod:`.makers`);
:mod:`.sources` chooses, among tags of the same name, the one ExifTool would use.
"""

from collections.abc import Mapping
from typing import Any

from ..printconv.convert import number_of, text_of
from .registry import PLANS, WANTED, Plan
from .sources import Sources
from .table import Inputs

__all__ = ["composite_tags"]

# What an ExifTool conversion that fails on an odd value raises here; ExifTool then gives no tag.
_CONVERSION_ERRORS = (ArithmeticError, ValueError, TypeError, IndexError, KeyError)


def composite_tags(
    metadata: dict[str, dict[str, Any]],
    printed: dict[str, dict[str, Any]],
    rationals: Mapping[str, tuple[int, int]] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(values, printed_values)`` of the Composite tags ExifTool derives from ``metadata``
    (``{family-1 group: {tag: -n value}}``) and its printed forms ``printed`` (same shape, only the
    tags whose printed form differs); ``rationals`` are stored fractions of EXIF tags (see
    :mod:`.rationals`). ``printed_values`` holds only the tags whose printed form differs from their
    value. Never raises for odd values: a tag whose conversion fails is left out."""
    sources = Sources(metadata, printed, WANTED)
    values: dict[str, Any] = {}
    printed_values: dict[str, Any] = {}
    for plan in PLANS:
        row = plan.row
        if row.name in values or any(sources.has(name) for name in row.inhibit):
            continue
        inputs = _inputs(plan, sources, rationals or {})
        if inputs is None:
            continue
        try:
            value = row.value(inputs)
            shown = row.printed(inputs, value) if value is not None and row.printed else value
        except _CONVERSION_ERRORS:
            continue
        if value is None:
            continue
        sources.add(row.name, value, shown, row.priority)
        values[row.name] = value
        if not _same(shown, value):
            printed_values[row.name] = shown
    return values, printed_values


def _inputs(plan: Plan, sources: Sources, rationals: Mapping[str, tuple[int, int]]) -> Inputs | None:
    """The row's sources, or None when a required one is missing or none is present."""
    if not all(tag in sources for tag in plan.required):
        return None
    found = {i: entry for i, name, tag in plan.sources if tag in sources and (entry := sources.get(name))}
    if not found or any(i not in found for i in plan.row.require):
        return None
    val, prt, groups = [None] * plan.size, [None] * plan.size, [None] * plan.size
    for i, (value, printed, group) in found.items():
        val[i], prt[i], groups[i] = value, printed, group
    return Inputs(val, prt, groups, sources.make, rationals)


def _same(shown: Any, value: Any) -> bool:
    # A printed form that shows the value as it is ("5.6" for 5.6) is not kept.
    if type(shown) is type(value) and shown == value:
        return True
    return isinstance(shown, str) and number_of(value) is not None and shown == text_of(value)
