"""Named print conversions of ExifTool's maker-note tables (its PrintConv expressions and subs that
are not a plain lookup), as printers over ``-n`` values (see :mod:`analysis.printconv.convert`).

Each function names the ExifTool expression or sub it reproduces; the sources are ExifTool 12.57's
Canon.pm, Nikon.pm, Sony.pm, Olympus.pm, Pentax.pm, Panasonic.pm, FujiFilm.pm and Exif.pm.
"""

import re
from collections.abc import Mapping
from typing import Any

from ..convert import Printer, exposure_time, number_of, perl_number, text_of

# One printf conversion: flags, width, precision and its letter.
_CONVERSION = re.compile(r"%([-+ 0#]*)(\d*)(?:\.(\d+))?([a-zA-Z])")


def sprintf(form: str) -> Printer:
    """``sprintf(form, $val)`` with one number. Integer conversions (``%d``, ``%x``) take the
    integer part, as Perl does, and a precision on them pads with zeros (``"%.3d"`` of 7 is
    ``"007"``, which Python's ``%`` does not do)."""
    match = _CONVERSION.search(form)
    if match and match.group(4) in "dxX" and match.group(3):
        flags_, width, precision, letter = match.groups()
        pad = max(int(width or 0), int(precision))
        form = form[: match.start()] + f"%{flags_.replace('0', '')}0{pad}{letter}" + form[match.end() :]
    integer = bool(match) and match.group(4) in "dxX"

    def convert(value: Any) -> str:
        number = perl_number(value)
        return form % (int(number) if integer else number)

    return convert


def if_nonzero(printer: Printer, zero: Any = 0) -> Printer:
    """``$val ? <printer> : <zero>``: a zero value prints as ``zero`` (by default the number 0, as
    in ``$val ? sprintf("%+.1f",$val) : 0``)."""
    return lambda value: printer(value) if perl_number(value) else (value if zero is _SAME else zero)


_SAME = object()
"""Marker for :func:`if_nonzero`: a zero value prints as itself."""


def nonzero_or_same(printer: Printer) -> Printer:
    """``$val ? <printer> : $val``."""
    return if_nonzero(printer, _SAME)


def signed(value: Any) -> Any:
    """``$val > 0 ? "+$val" : $val``."""
    return f"+{text_of(value)}" if perl_number(value) > 0 else value


def parameter(value: Any) -> Any:
    """A contrast/saturation step (Exif.pm PrintParameter): ``"+1"`` for 1, a 16-bit negative in
    disguise (above 0xfff0) as its signed value, 0 and negatives as they are."""
    number = perl_number(value)
    if number > 0xFFF0:
        return int(number) - 0x10000
    return f"+{text_of(value)}" if number > 0 else value


def distance(value: Any) -> str:
    """``$val > 655.345 ? "inf" : "$val m"`` (Canon focus distances)."""
    return "inf" if perl_number(value) > 655.345 else f"{text_of(value)} m"


def full_or_percent(form: str = "%.0f%%") -> Printer:
    """``$val>0.99 ? "Full" : sprintf("%.0f%%",$val*100)`` (Nikon/Canon shares)."""
    return lambda value: "Full" if perl_number(value) > 0.99 else form % (perl_number(value) * 100)


def full_or_exposure_time(value: Any) -> Any:
    """``return 'Full' if $val > 0.99; PrintExposureTime($val)``."""
    return "Full" if perl_number(value) > 0.99 else exposure_time(value)


def exposure_time_or_bulb(value: Any) -> Any:
    """``$val ? PrintExposureTime($val) : "Bulb"``."""
    return exposure_time(value) if perl_number(value) else "Bulb"


def rounded(value: Any) -> int:
    """``int($val + 0.5)``."""
    return int(perl_number(value) + 0.5)


def duration(value: Any) -> Any:
    """Seconds as ExifTool.pm ConvertDuration prints them: ``"0 s"``, ``"12.50 s"`` below 30 s,
    else ``H:MM:SS`` (with ``N days`` above a day)."""
    seconds = number_of(value)
    if seconds is None:
        return value
    if seconds == 0:
        return "0 s"
    sign = "" if seconds > 0 else "-"
    seconds = abs(seconds)
    if seconds < 30:
        return f"{sign}{seconds:.2f} s"
    seconds += 0.5
    hours = int(seconds / 3600)
    seconds -= hours * 3600
    minutes = int(seconds / 60)
    seconds -= minutes * 60
    if hours > 24:
        sign += f"{hours // 24} days "
        hours %= 24
    return f"{sign}{hours}:{minutes:02d}:{int(seconds):02d}"


def clipped(value: Any) -> Any:
    """``length($val) > 65 ? substr($val,0,60) . "[...]" : $val``."""
    text = text_of(value)
    return text[:60] + "[...]" if len(text) > 65 else value


def trimmed(value: Any) -> Any:
    """``$val=~s/\\s+$//;$val``: trailing white space removed."""
    return value.rstrip() if isinstance(value, str) else value


def joined(separator: str) -> Printer:
    """``$val =~ tr/ /x/``: the numbers of a multi-number value joined by ``separator``."""
    return lambda value: text_of(value).replace(" ", separator)


def hex_bytes(value: Any) -> str:
    """``unpack "H*", pack "C*", split " ", $val``: bytes as lower-case hex digits."""
    return "".join(f"{int(perl_number(byte)) & 0xFF:02x}" for byte in text_of(value).split())


def min_max(value: Any) -> Any:
    """``"$v[0] (min $v[1], max $v[2])"`` (Olympus setting with its range)."""
    parts = text_of(value).split()
    return f"{parts[0]} (min {parts[1]}, max {parts[2]})"


def not_available(code: int) -> Printer:
    """``$val == <code> ? "n/a" : $val``."""
    return lambda value: "n/a" if perl_number(value) == code else value


def without_leading_zero(value: Any) -> Any:
    """``$_=$val;s/^0 //;$_`` (Nikon ISO ``"0 200"`` is 200)."""
    text = text_of(value)
    return text[2:] if text.startswith("0 ") else value


def format_string(value: Any) -> Any:
    """Nikon.pm FormatString, the default of Nikon's main table: trailing space removed and, in
    words with a vowel, letters after the first in lower case (``"AUTO  "`` is ``"Auto"``); text
    over 60 characters is cut to 55 and ``[...]``."""
    if not isinstance(value, str):
        return value
    if len(value) > 60:
        return value[:55] + "[...]"
    text = value.rstrip()
    if any(vowel in text for vowel in "AEIOUY"):
        text = _word_case(text)
    return text


def _word_case(text: str) -> str:
    # FormatString's substitutions, with its patches for "AF" and "RAW" and for the stray
    # terminator some models leave after "VR-OFF".
    text, changed = re.subn(r"\b([AEIOUY])([A-Z]+)", lambda m: m.group(1) + m.group(2).lower(), text)
    if changed:
        text = re.sub(r"\bAf\b", "AF", text, count=1)
        text = re.sub(r"  +.$", "", text, flags=re.S)
    text, changed = re.subn(r"\b([A-Z])([A-Z]*[AEIOUY][A-Z]*)", lambda m: m.group(1) + m.group(2).lower(), text)
    return re.sub(r"\bRaw\b", "RAW", text, count=1) if changed else text


def picture_control(normal: str = "Normal", form: str = "%+d", divisor: float = 1) -> Printer:
    """Nikon.pm PrintPC: 0 is ``normal``, 0x7f ``n/a``, -128 ``Auto``, -127 ``User``, else the value
    divided by ``divisor`` in ``form``."""

    def convert(value: Any) -> Any:
        number = perl_number(value)
        special = {0: normal, 0x7F: "n/a", -128: "Auto", -127: "User"}
        if number in special:
            return special[number]
        return sprintf(form)(number / divisor)

    return convert


def lookup_or_same(table: Mapping[Any, Any]) -> Printer:
    """A PrintConv hash whose OTHER sub returns the value itself: a value not in the table prints
    as it is (Canon, Sony and Olympus tables that accept any value)."""
    keyed = {str(key): printed for key, printed in table.items()}
    return lambda value: keyed.get(text_of(value), value)


def in_turn(*printers: Printer | None, repeat: bool = False) -> Printer:
    """ExifTool's list PrintConv: the numbers of a value printed each by its own printer (None
    leaves one as it is; with ``repeat`` the last printer serves the rest), joined by ``"; "``."""

    def convert(value: Any) -> str:
        items = value if isinstance(value, list) else text_of(value).split()
        out = []
        for index, item in enumerate(items):
            printer = printers[index] if index < len(printers) else printers[-1] if repeat else None
            out.append(text_of(printer(item) if printer else item))
        return "; ".join(out)

    return convert


def point_version(value: Any) -> str:
    """``s/^(\\d{2})/$1\\./;s/^0//``: a four-digit version ``"0200"`` as ``"2.00"`` (Nikon)."""
    text = text_of(value)
    if text[:2].isdigit():
        text = f"{text[:2]}.{text[2:]}"
    return text.removeprefix("0")


def file_number(value: Any) -> str:
    """``s/(\\d+)(\\d{4})/$1-$2/``: a Canon file number as directory-file, ``"124-2489"``."""
    text = text_of(value)
    match = re.search(r"(\d+)(\d{4})", text)
    return text[: match.start()] + f"{match.group(1)}-{match.group(2)}" + text[match.end() :] if match else text


def self_timer(value: Any) -> str:
    """Canon.pm CameraSettings SelfTimer: ``"Off"`` for 0, else tenths of a second in the low 12
    bits as seconds, ``", Custom"`` when bit 14 is set."""
    number = int(perl_number(value))
    if not number:
        return "Off"
    seconds = (number & 0xFFF) / 10
    return f"{text_of(int(seconds) if seconds.is_integer() else seconds)} s" + (", Custom" if number & 0x4000 else "")


def time_zone(value: Any) -> str:
    """Minutes east of UTC as ``"+03:00"`` (ExifTool.pm TimeZoneString, Nikon WorldTime)."""
    minutes = int(perl_number(value))
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def hex_version(value: Any) -> str:
    """``sprintf("%x.%.2x",$val>>8,$val&0xff)``: 0x180 is ``"1.80"`` (Sony E-mount versions)."""
    number = int(perl_number(value))
    return f"{number >> 8:x}.{number & 0xFF:02x}"


def lens_firmware(value: Any) -> str:
    """``sprintf("Ver.%.2x.%.3d",$val>>8,$val&0xff)``: 0x202 is ``"Ver.02.002"`` (Sony)."""
    number = int(perl_number(value))
    return f"Ver.{number >> 8:02x}.{number & 0xFF:03d}"


def prefixed(form: str) -> Printer:
    """``"Mechanical ($val)"``-style text around the value (``form`` has one ``{}``)."""
    return lambda value: form.format(text_of(value))


def bit_numbers(width: int) -> Printer:
    """``DecodeBits($val, undef, width)``: the numbers of the set bits, ``","``-joined over words of
    ``width`` bits, ``"(none)"`` when none is set (Canon AFPointsInFocus)."""

    def convert(value: Any) -> str:
        words = value if isinstance(value, list) else text_of(value).split()
        bits = [str(i * width + bit) for i, word in enumerate(words) for bit in range(width) if int(word) >> bit & 1]
        return ",".join(bits) if bits else "(none)"

    return convert


def format_string_or(printer: Printer) -> Printer:
    """A Nikon tag named alike in the main table (text, printed by :func:`format_string`) and in a
    binary sub-table (a number, printed by ``printer``): each value by the conversion of its kind."""
    return lambda value: format_string(value) if isinstance(value, str) else printer(value)
