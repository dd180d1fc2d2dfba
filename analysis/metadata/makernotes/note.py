"""One maker note being read: its state, and its tags as ExifTool's JSON output shows them.

Values are kept raw while the note is read (conditions and RawConv see them), then converted
once the whole note is known, as ExifTool applies ValueConv when it prints.
"""

from typing import Any

from ...limits import MAX_DEPTH, MAX_IFDS, MAX_WARNINGS_PER_BLOCK
from ..context import ReadContext
from ..values import binary, number, text
from .table import Table, Tag, Values, pstr


class Note:
    """The state of one maker note being read: where tags go, what was decoded (for conditions),
    the directories already read (at most MAX_IFDS, nested at most MAX_DEPTH) and the warnings
    given. ``file_offset`` is where the TIFF structure starts in the file (0 when ExifTool
    reports offsets relative to it)."""

    def __init__(self, ctx: ReadContext, group: str, make: str, model: str, file_offset: int = 0) -> None:
        self.ctx = ctx
        self.group = group
        self.file_offset = file_offset
        self.values = Values(Make=make, Model=model)
        self.visited: set[tuple[int, int]] = set()
        self.depth = 0
        self.warnings = 0
        self._out: dict[str, dict[str, list[tuple[int, Tag, Any]]]] = {}

    def enter(self, start: int, base: int) -> str | None:
        """Account for reading a directory at ``start``: the reason it must not be read (a
        loop, too deep, too many directories, too many warnings), or None."""
        if (start, base) in self.visited:
            return "was already read (loop)"
        if self.depth >= MAX_DEPTH or len(self.visited) >= MAX_IFDS or self.exhausted:
            return "not read (too deep, too many directories or too damaged)"
        self.visited.add((start, base))
        return None

    def warn(self, message: str) -> None:
        """Report damage once; after MAX_WARNINGS_PER_BLOCK the note is given up (ExifTool's
        "Too many warnings" rule) by :func:`read_ifd` checking :attr:`exhausted`."""
        self.warnings += 1
        self.ctx.warn(self.group, message)

    @property
    def exhausted(self) -> bool:
        return self.warnings > MAX_WARNINGS_PER_BLOCK

    def store(self, group: str, tag: Tag, value: Any, priority: int) -> None:
        """Keep the raw ``value`` of ``tag`` in ``group``, after any others of the same name."""
        if tag.priority is not None:
            priority = tag.priority
        self._out.setdefault(group, {}).setdefault(tag.name, []).append((priority, tag, value))

    def group_of(self, name: str) -> str | None:
        """The group a tag of that name was kept in (the first such), or None."""
        return next((group for group, tags in self._out.items() if name in tags), None)

    def flush(self, *, latest: bool = False) -> None:
        """Choose among same-named tags, convert (ValueConv runs last, when every tag of the
        note is known, as ExifTool converts on output) and hand the tags to the read context;
        ``latest``: they replace tags of the same name already there (a block read after a
        maker note of priority 0, such as FLIR's)."""
        for group, tags in self._out.items():
            converted = {}
            for name, found in tags.items():
                _, tag, value = self._choose(name, found)
                try:
                    value = _value_conv(tag, value, self.values)
                except CONVERSION_ERRORS as exc:
                    self.ctx.warn(group, f"{name}: value could not be converted ({exc})")
                    continue
                if value is not None:
                    converted[name] = value
            (self.ctx.add_latest if latest else self.ctx.add)(group, converted)
        self._out.clear()

    def _choose(self, name: str, found: list[tuple[int, Tag, Any]]) -> tuple[int, Tag, Any]:
        """ExifTool's JSON shows, per group, the priority tag of a name when it lies in the
        group, else the first found. The priority tag is the last found whose priority is at
        least that of the one before (and at least 1); when the EXIF read after the maker note
        has a tag of that name, that one is the priority tag."""
        if len(found) == 1:  # the usual case: nothing to choose
            return found[0]
        later = self.ctx.metadata.get("ExifIFD", {}) if name in LATER_EXIF_NAMES else {}
        if name in later or any(name in self.ctx.metadata.get(group, {}) for group in ("GPS", "InteropIFD")):
            return found[0]
        chosen = found[0]
        for candidate in found[1:]:
            if candidate[0] >= max(chosen[0], 1):
                chosen = candidate
        return chosen


# ExifIFD tags (Exif.pm, ids above 0x927C: read after the maker note) whose names maker-note
# tables use too.
LATER_EXIF_NAMES = frozenset(
    {
        "AmbientTemperature",
        "BlackLevel",
        "Brightness",
        "ColorMatrix2",
        "ColorSpace",
        "Contrast",
        "Converter",
        "ExposureMode",
        "FileSource",
        "FocalLengthIn35mmFormat",
        "FrameRate",
        "ImageNumber",
        "ImageUniqueID",
        "Lens",
        "LensInfo",
        "LensModel",
        "LensSerialNumber",
        "OwnerName",
        "Saturation",
        "SerialNumber",
        "Shadows",
        "Sharpness",
        "WhiteBalance",
        "WhiteLevel",
    }
)


# What a conversion may raise on odd data; Perl would give a warning and carry on.
CONVERSION_ERRORS = (ArithmeticError, TypeError, ValueError, IndexError, KeyError, AttributeError)


def _value_conv(tag: Tag, value: Any, values: Values) -> Any:
    if tag.binary:  # ExifTool measures numbers by their printed form
        return binary(len(value) if isinstance(value, bytes) else len(pstr(value)))
    if tag.conv is not None:
        value = tag.conv(value)
    elif tag.late is not None:
        value = tag.late(value, values)
    return None if value is None else jsonable(value)


def _output_text(value: str) -> str:
    # Strings are held as Latin-1 (one character per stored byte) so conversions can test
    # bytes as ExifTool's do; the stored bytes are UTF-8 text.
    try:
        return text(value.encode("latin-1"))
    except UnicodeEncodeError:
        return value


def jsonable(value: Any) -> Any:
    """A ``-n`` value ready for JSON: bytes as text, NaN/inf as strings, integral floats as ints.
    Text stays text even when it looks like a number (issue 10: a note's "1.00" is what the
    camera wrote, though ``exiftool -j`` prints it as a JSON number): only values ExifTool holds as
    numbers, those stored as numbers or made numbers by a conversion, are numbers."""
    if isinstance(value, bytes):
        return text(value)
    if isinstance(value, str):
        return _output_text(value)
    if isinstance(value, float):
        return number(value)
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    return value


def emit(note: Note, table: Table, group: str, tag: Tag, value: Any) -> None:
    """Apply the row's mask and RawConv to a decoded value (None drops it) and keep it."""
    if value is None:
        return
    if tag.mask is not None and isinstance(value, int):
        value = (value & tag.mask) >> ((tag.mask & -tag.mask).bit_length() - 1)
    if tag.raw is not None:
        try:
            value = tag.raw(value, note.values)
        except CONVERSION_ERRORS as exc:
            note.warn(f"{tag.name}: value could not be converted ({exc})")
            return
        if value is None:
            return
    note.values[tag.name] = value
    note.store(group, tag, value, table.priority)
