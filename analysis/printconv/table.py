"""The shape of a print-conversion table: one per family of groups, keyed by tag name, with the
rows of the ExifTool tag tables that print a tag of the same name otherwise kept apart (``Source``)."""

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .convert import Printer, text_of

Metadata = Mapping[str, Mapping[str, Any]]
"""A file's ``-n`` metadata, ``{family-1 group: {tag: value}}``."""


@dataclass(frozen=True)
class Source:
    """The rows of one ExifTool tag table that feeds a family's groups, where its conversions
    differ from the family's: ExifTool picks the table per camera model (CanonCustom's
    Functions10D, NikonCustom's SettingsD7000) or per maker-note header (Casio's Type2), and the
    same tag name prints differently in each.

    - ``name``: ExifTool's table name (``"CanonCustom::Functions10D"``), for the reader.
    - ``applies(metadata)``: whether this file's tags of the family came from that table, by
      ExifTool's own condition where the metadata shows it (:func:`model`), else by the tags
      only that table has (:func:`has_tag`).
    - ``rows``: tag name → printer, over the family's rows.
    """

    name: str
    applies: Callable[[Metadata], bool]
    rows: Mapping[str, Printer]


@dataclass(frozen=True)
class Table:
    """How one family of groups prints its tags.

    - ``rows``: tag name → printer (see :mod:`analysis.printconv.convert`).
    - ``text``: tags whose values are text; a number-like one (``"8.0"``, which ``-j`` and so our
      ``-n`` metadata give as a number) is printed as text.
    - ``items``: True where a list is a list of values, each printed on its own (XMP bags, repeated
      IPTC datasets); False where it is one multi-number value (an EXIF count above 1).
    - ``numeric``: for a family whose tags are text unless listed (PNG text chunks), the tags that
      are not; None where only ``text`` names text tags.
    """

    rows: Mapping[str, Printer]
    text: frozenset[str] = field(default_factory=frozenset)
    items: bool = False
    numeric: frozenset[str] | None = None
    sources: tuple[Source, ...] = ()

    def rows_for(self, metadata: Metadata) -> Mapping[str, Printer]:
        """The rows for one file: those of every source that applies to it (the first listed
        first) over the family's."""
        chosen = [source.rows for source in self.sources if source.applies(metadata)]
        if not chosen:
            return self.rows
        merged = dict(self.rows)
        for rows in reversed(chosen):
            merged.update(rows)
        return merged

    def is_text(self, tag: str) -> bool:
        """Whether ``tag``'s value is text, so a number-like value prints as the text it is."""
        return tag in self.text or (self.numeric is not None and tag not in self.numeric)


def names(text: str) -> frozenset[str]:
    """A set of tag names written as space-separated text (long lists stay readable)."""
    return frozenset(text.split())


def camera_model(metadata: Metadata) -> str:
    """The camera model ExifTool's table conditions test (its ``$$self{Model}``: IFD0's Model),
    "" when the file has none."""
    if isinstance(metadata, FileMetadata):
        return metadata.model
    model = metadata.get("IFD0", {}).get("Model")
    return text_of(model).strip() if model is not None else ""


class FileMetadata(dict):
    """One file's metadata as :func:`.print_values` hands it to the ``applies`` of every source:
    the camera model worked out once, not once per source (CanonCustom has dozens)."""

    @functools.cached_property
    def model(self) -> str:
        """The camera model (see :func:`camera_model`)."""
        value = self.get("IFD0", {}).get("Model")
        return text_of(value).strip() if value is not None else ""


def model(pattern: str) -> Callable[[Metadata], bool]:
    """``applies`` for ExifTool's ``$$self{Model} =~ /pattern/``."""
    compiled = re.compile(pattern)
    return lambda metadata: compiled.search(camera_model(metadata)) is not None


def has_tag(group: str, tags: str) -> Callable[[Metadata], bool]:
    """``applies`` for a table known by its own tags: ``group`` holds one of ``tags`` (names
    separated by spaces) that no other table of the family gives."""
    wanted = names(tags)
    return lambda metadata: not wanted.isdisjoint(metadata.get(group, {}))


def all_of(*conditions: Callable[[Metadata], bool]) -> Callable[[Metadata], bool]:
    """``applies`` when every one of ``conditions`` does (a table's own condition and a row's model)."""
    return lambda metadata: all(condition(metadata) for condition in conditions)


def value_matches(group: str, tag: str, pattern: str) -> Callable[[Metadata], bool]:
    """``applies`` for a table ExifTool picks by a tag's value (Nikon's ShotInfo tables by
    ShotInfoVersion, ``$$valPt =~ /^0220/``): ``group:tag``'s text matches ``pattern`` at its start."""
    compiled = re.compile(pattern)
    return lambda metadata: (
        (value := metadata.get(group, {}).get(tag)) is not None and bool(compiled.match(text_of(value)))
    )


def lacks_tag(group: str, tags: str) -> Callable[[Metadata], bool]:
    """``applies`` for a file whose ``group`` holds none of ``tags`` (the opposite of :func:`has_tag`)."""
    present = has_tag(group, tags)
    return lambda metadata: not present(metadata)


def not_model(pattern: str) -> Callable[[Metadata], bool]:
    """``applies`` for ExifTool's ``$$self{Model} !~ /pattern/``."""
    matches = model(pattern)
    return lambda metadata: not matches(metadata)
