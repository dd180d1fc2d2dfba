"""The shape of a print-conversion table: one per ExifTool tag table, keyed by tag name."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from .convert import Printer


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

    def is_text(self, tag: str) -> bool:
        """Whether ``tag``'s value is text, so a number-like value prints as the text it is."""
        return tag in self.text or (self.numeric is not None and tag not in self.numeric)


def names(text: str) -> frozenset[str]:
    """A set of tag names written as space-separated text (long lists stay readable)."""
    return frozenset(text.split())
