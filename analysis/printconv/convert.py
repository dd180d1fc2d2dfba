"""The kinds of print conversion ExifTool applies (its PrintConv), as printers: ``printer(value)``
takes a value as ``exiftool -n`` gives it (our ``report.metadata``) and returns it as ExifTool
prints it without ``-n``.

A table row is a lookup (a PrintConv hash), a bit-field decoder (a hash with ``BITMASK``) or one
of the named functions below (an ExifTool PrintConv expression or sub). Values are handled as
ExifTool sees them: text that Perl would read as a number is one, and a lookup is keyed by the
value's text (``"2 2"`` for a two-number EXIF value, since Perl keys hashes by strings).
"""

import math
import re
from collections.abc import Callable, Mapping
from typing import Any

Printer = Callable[[Any], Any]

# Perl's IsFloat (ExifTool.pm): the text of a plain decimal number.
_FLOAT = re.compile(r"[+-]?(?=\d|\.\d)\d*(\.\d*)?([Ee][+-]?\d+)?")
# The leading number Perl takes from text used as a number ("105,0 mm" is 105).
_LEADING = re.compile(r"\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[Ee][+-]?\d+)?)")


def text_of(value: Any) -> str:
    """A value as Perl prints it: ints as digits, floats with up to 15 significant digits (a float
    that is whole came from text such as ``"2.0"``, so it keeps its point), lists space-separated."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, list):
        return " ".join(text_of(item) for item in value)
    return str(value)


def number_of(value: Any) -> float | None:
    """The number ExifTool reads in ``value`` (Perl's IsFloat), or None when it is not one."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return float(value) if isinstance(value, str) and _FLOAT.fullmatch(value) else None


def perl_number(value: Any) -> float:
    """``value`` used as a number in Perl: its leading number, 0 when it has none."""
    number = number_of(value)
    if number is not None:
        return number
    match = _LEADING.match(value) if isinstance(value, str) else None
    return float(match.group(1)) if match else 0.0


def computed(value: float) -> str:
    """A computed number as Perl prints it (15 significant digits, no trailing ``.0``)."""
    return f"{value:.15g}"


def lookup(table: Mapping[Any, Any], *, hex_unknown: bool = False) -> Printer:
    """A PrintConv hash: the printed text for the value, ``"Unknown (value)"`` for one not in the
    table (``"Unknown (0x18)"`` where ExifTool sets PrintHex)."""
    keyed = {str(key): printed for key, printed in table.items()}

    def convert(value: Any) -> Any:
        key = text_of(value)
        if key in keyed:
            return keyed[key]
        if hex_unknown and isinstance(value, int) and value:
            return f"Unknown (0x{value:x})"
        return f"Unknown ({key})"

    return convert


def flags(bits: Mapping[int, str], values: Mapping[Any, str] | None = None, *, width: int = 32) -> Printer:
    """A PrintConv hash with a BITMASK (ExifTool.pm DecodeBits): the names of the set bits joined
    by ``", "`` (``"[n]"`` for an unnamed bit n), ``"(none)"`` when no bit is set; whole values
    listed in ``values`` are looked up first."""
    whole = {str(key): printed for key, printed in (values or {}).items()}

    def convert(value: Any) -> Any:
        if text_of(value) in whole:
            return whole[text_of(value)]
        numbers = value if isinstance(value, list) else str(value).split()
        names = []
        for word, number in enumerate(numbers):
            number = int(perl_number(number))
            names += [bits.get(word * width + i, f"[{word * width + i}]") for i in range(width) if number >> i & 1]
        return ", ".join(names) if names else "(none)"

    return convert


def each(printer: Printer, separator: str) -> Printer:
    """Apply ``printer`` to every number of a multi-number value and join the results (ExifTool's
    list PrintConv, e.g. ComponentsConfiguration ``"Y, Cb, Cr, -"``)."""
    return lambda value: separator.join(str(printer(item)) for item in (value if isinstance(value, list) else [value]))


def template(form: str) -> Printer:
    """``"%.1f mm"``-style formatting of the value read as a Perl number (FocalLength)."""
    return lambda value: form % perl_number(value)


def suffix(unit: str) -> Printer:
    """The value's text followed by ``unit`` (``"$val mm"``); ``inf`` and ``undef`` stay as they are."""
    return lambda value: value if value in ("inf", "undef") else f"{text_of(value)}{unit}"


def exposure_time(value: Any) -> Any:
    """Seconds as ExifTool prints a shutter time (Exif.pm PrintExposureTime): ``"1/200"`` below
    0.25 s, else one decimal without a trailing ``.0`` (``"2"``, ``"1.3"``)."""
    seconds = number_of(value)
    if seconds is None:
        return value
    if 0 < seconds < 0.25001:
        return f"1/{int(0.5 + 1 / seconds)}"
    return f"{seconds:.1f}".removesuffix(".0")


def f_number(value: Any) -> Any:
    """An f-number to one decimal, two below 1 (Exif.pm PrintFNumber): ``"5.6"``, ``"0.95"``."""
    number = number_of(value)
    if number is None or number <= 0:
        return value
    return f"{number:.2f}" if number < 1 else f"{number:.1f}"


def fraction(value: Any) -> str:
    """An exposure bias as a signed fraction (Exif.pm PrintFraction): ``"+1/3"``, ``"-2"``, ``"0"``."""
    number = perl_number(value) * 1.00001  # ExifTool's guard against round-off
    if not number:
        return "0"
    for parts in (1, 2, 3):
        scaled = number * parts
        if math.trunc(scaled) / scaled > 0.999:
            return f"{math.trunc(scaled):+d}" + (f"/{parts}" if parts > 1 else "")
    return f"{number:+.3g}"  # as C's (so Perl's) sprintf("%+.3g")


def dms(reference: str | None = None) -> Printer:
    """Decimal degrees as ``52 deg 30' 36.00"`` (GPS.pm ToDMS); with ``reference`` ``"N"`` or
    ``"E"`` the value is signed and the hemisphere is added (``... S`` for a negative latitude)."""

    def convert(value: Any) -> Any:
        if value == "":
            return value
        degrees, hemisphere = perl_number(value), ""
        if reference:
            hemisphere = " " + (reference if degrees >= 0 else {"N": "S", "E": "W"}[reference])
        degrees = abs(degrees)
        whole = int(degrees)
        minutes = int((degrees - whole) * 60)
        seconds = f"{(degrees - whole - minutes / 60) * 3600:.2f}"
        if float(seconds) >= 60:  # "72 59 60.00" is "73 0 0.00"
            seconds, minutes = f"{float(seconds) - 60:.2f}", minutes + 1
            if minutes >= 60:
                minutes, whole = minutes - 60, whole + 1
        return f"{whole} deg {minutes}' {seconds}\"{hemisphere}"

    return convert


def lens_info(value: Any) -> Any:
    """Min/max focal length and aperture as ``"24-70mm f/2.8-4"`` (Exif.pm PrintLensInfo);
    ``inf``/``undef`` parts print as ``?``; anything but four numbers is left as it is."""
    parts = text_of(value).split()
    if len(parts) != 4 or not all(number_of(p) is not None or p in ("inf", "undef") for p in parts):
        return value
    short, long, wide, narrow = ("?" if p in ("inf", "undef") else p for p in parts)
    printed = short + (f"-{long}" if _true(long) and long != short else "")
    printed += f"mm f/{wide}"
    return printed + (f"-{narrow}" if _true(narrow) and narrow != wide else "")


def _true(text: str) -> bool:
    # Perl truth of a string: "" and "0" are false.
    return text not in ("", "0")


def dotted(value: Any) -> str:
    """Spaces turned into dots (``tr/ /./``): GPSVersionID ``2 3 0 0`` is ``"2.3.0.0"``."""
    return text_of(value).replace(" ", ".")


def known(*names: str) -> Printer:
    """A PrintConv hash that maps each name to itself: a value not among them prints
    ``"Unknown (value)"``."""
    return lookup({name: name for name in names})
