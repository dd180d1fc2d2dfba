"""The shape of a Composite row: one ExifTool Composite tag, the tags it is computed from, and how.

ExifTool declares each derived tag with the tags it ``Require``s (all must exist) and ``Desire``s (used
when present; at least one source must exist), numbered as the ``@val``/``@prt`` arrays its conversions
read. A :class:`Composite` keeps that numbering: ``require={0: "FocalLength"}, desire={1: "ScaleFactor35efl"}``.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..printconv.convert import number_of


@dataclass(frozen=True)
class Inputs:
    """The sources of one Composite tag: ``val[i]`` the ``-n`` value of source i (None when absent),
    ``prt[i]`` its printed value (the ``-n`` value where none differs), ``groups[i]`` the family-1
    group it was read from, ``make`` the camera's Make, ``rationals`` the stored fractions of
    tags ExifTool keeps them for (``{"FocalPlaneXResolution": (numerator, denominator)}``)."""

    val: list[Any]
    prt: list[Any]
    groups: list[str | None]
    make: str = ""
    rationals: Mapping[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Composite:
    """One ExifTool Composite tag.

    - ``name``: the tag name in group ``Composite``.
    - ``require`` / ``desire``: source index → tag name, as ExifTool spells it (``"GPS:GPSLatitude"``
      takes the tag from that family-0 or family-1 group; a bare name takes the value ExifTool would
      show for it, see :mod:`analysis.composite.sources`).
    - ``value``: ExifTool's RawConv and ValueConv in one: the ``-n`` value, or None for no tag.
    - ``printed``: its PrintConv, ``printed(inputs, value)``; None where the value prints as it is.
    - ``priority``: as a tag's Priority: 0 lets a tag of the same name read from the file win.
    - ``inhibit``: tag names whose presence (any group, or the one named) stops this tag, as
      ExifTool's Inhibit (and the Condition of Composite DateTimeOriginal).
    """

    name: str
    value: Callable[[Inputs], Any]
    require: Mapping[int, str] = field(default_factory=dict)
    desire: Mapping[int, str] = field(default_factory=dict)
    printed: Callable[[Inputs, Any], Any] | None = None
    priority: int = 1
    inhibit: tuple[str, ...] = ()

    @property
    def sources(self) -> dict[int, str]:
        """Every source, index → tag name."""
        return {**self.require, **self.desire}


def true(value: Any) -> bool:
    """Perl's truth of a value: None, ``0``, ``""`` and ``"0"`` are false (``"0.0"`` is true)."""
    return value is not None and value != 0 and value != "" and value != "0"


def is_float(value: Any) -> bool:
    """ExifTool's IsFloat: a number, or text that is a plain decimal number."""
    return number_of(value) is not None
