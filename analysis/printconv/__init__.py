"""ExifTool's printed values (PrintConv) beside the ``-n`` values of ``report.metadata``.

``exiftool -n`` gives ``Flash`` 24 and ``ExposureTime`` 0.002028…; without ``-n`` it prints "Auto,
Did not fire" and "1/493". :func:`print_values` gives those printed forms for the groups whose
tables are registered in :mod:`analysis.printconv.registry` (the standard EXIF, GPS, XMP, IPTC,
ICC, JFIF, PNG, Photoshop and File groups), from the metadata alone.
"""

from collections.abc import Mapping
from typing import Any

from .convert import Printer, number_of, text_of
from .registry import table_for
from .table import FileMetadata, Metadata, Table

__all__ = ["print_values"]


def print_values(metadata: Metadata) -> dict[str, dict[str, Any]]:
    """``{group: {tag: printed}}`` for the tags whose printed form differs from their ``-n`` value
    in ``metadata`` (``{family-1 group: {tag: value}}``). Printed values are text (a list of texts
    for a list of values) except where ExifTool's lookup gives a number. Binary values and tags
    without a conversion are left out; never raises for an odd value. Where ExifTool's tables
    differ by camera model or maker-note kind, the rest of ``metadata`` chooses (see
    :class:`.table.Source`)."""
    printed: dict[str, dict[str, Any]] = {}
    metadata = FileMetadata(metadata)
    for group, tags in metadata.items():
        table = table_for(group)
        if table is None:
            continue
        rows = table.rows_for(metadata)
        changed = {
            tag: result for tag, value in tags.items() if (result := _print(table, rows, tag, value)) is not None
        }
        if changed:
            printed[group] = changed
    return printed


def _print(table: Table, rows: Mapping[str, Printer], tag: str, value: Any) -> Any:
    """The printed value of one tag, or None when it shows the same as its ``-n`` value."""
    if isinstance(value, dict):  # binary data, described
        return None
    is_text = table.is_text(tag)
    printer = rows.get(tag) or (_as_text if is_text else None)
    if printer is None:
        return None
    try:
        result = [printer(item) for item in value] if table.items and isinstance(value, list) else printer(value)
    except (ArithmeticError, ValueError, TypeError, IndexError, KeyError):
        return None  # ExifTool leaves a value its conversion cannot take as it is; so do we
    return None if _same(result, value, exact=is_text) else result


def _as_text(value: Any) -> Any:
    # A text tag keeps its text: "8.0", not the number -j made of it.
    return text_of(value) if number_of(value) is not None else value


def _same(result: Any, value: Any, *, exact: bool) -> bool:
    """Whether ``result`` shows what ``value`` shows: equal, or (unless ``exact``) the same number
    as text (FNumber 5.6 printed "5.6")."""
    if isinstance(result, list) and isinstance(value, list):
        return len(result) == len(value) and all(_same(r, v, exact=exact) for r, v in zip(result, value, strict=True))
    if type(result) is type(value) and result == value:
        return True
    return not exact and isinstance(result, str) and number_of(value) is not None and result == text_of(value)
