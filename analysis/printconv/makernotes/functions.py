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


def by_count(printers: Mapping[int, Printer | None], default: Printer | None) -> Printer:
    """ExifTool's variants of one tag told apart by ``$count`` (the number of values, CanonCustom
    Functions2): the printer for the value's count, else ``default`` (None prints the value as it is)."""

    def convert(value: Any) -> Any:
        count = len(value) if isinstance(value, list) else len(text_of(value).split()) or 1
        printer = printers.get(count, default)
        return printer(value) if printer else value

    return convert


def labelled(label: str, printer: Printer) -> Printer:
    """``"label" . <printer>``: text before a converted value (``"Hi " . PrintExposureTime($val)``)."""
    return lambda value: f"{label}{text_of(printer(value))}"


def either(*printers: Printer) -> Printer:
    """Two tags of one table named alike (Casio Main's two FlashIntensity tags), each with its
    own lookup: the value printed by the first lookup that knows it, else by the first."""

    def convert(value: Any) -> Any:
        first = printers[0](value)
        if not (isinstance(first, str) and first.startswith("Unknown (")):
            return first
        for printer in printers[1:]:
            result = printer(value)
            if not (isinstance(result, str) and result.startswith("Unknown (")):
                return result
        return first

    return convert


def nikon_iso(value: Any) -> str:
    """Nikon.pm Main ISO (0x0002, two numbers): ``s/^0 //; s/^1 (\\d+)/Hi $1/``: ``"0 200"`` is
    ``"200"``, ``"1 1"`` is ``"Hi 1"``."""
    text = text_of(value)
    text = text.removeprefix("0 ") if text.startswith("0 ") else text
    return re.sub(r"^1 (\d+)", r"Hi \1", text)


_LENS_BITS = {0: "MF", 1: "D", 2: "G", 3: "VR", 4: "1", 5: "FT-1", 6: "E", 7: "AF-P"}


def nikon_lens_type(value: Any) -> str:
    """Nikon.pm Main LensType (0x0083): the lens feature bits as letters (``"G VR"``, ``"AF"`` for
    none); "D G" is "G", "E" replaces "G" and leads, "1" leads and "FT-1" trails."""
    number = int(perl_number(value))
    if not number:
        return "AF"
    text = " ".join(_LENS_BITS.get(bit, f"[{bit}]") for bit in range(32) if number >> bit & 1)
    text = re.sub(r"\bD G\b", "G", text)
    text, found = re.subn(r" E\b", "", text)
    if found:
        text = re.sub(r"^(G )?", "E ", text, count=1)
    text, found = re.subn(" 1", "", text, count=1)
    if found:
        text = f"1 {text}"
    text, found = re.subn("FT-1 ", "", text, count=1)
    return f"{text} FT-1" if found else text


def shooting_mode(bit5: str) -> Printer:
    """Nikon.pm Main ShootingMode (0x0089): the drive bits by name, ``"Single-Frame"`` for 0 and
    before the list when no continuous/delay/PC/IR bit is set; bit 5 is ``bit5`` (the D70 names
    it otherwise than the rest)."""
    bits = {0: "Continuous", 1: "Delay", 2: "PC Control", 3: "Self-timer", 4: "Exposure Bracketing"}
    bits |= {5: bit5, 6: "White-Balance Bracketing", 7: "IR Control", 8: "D-Lighting Bracketing", 11: "Pre-capture"}

    def convert(value: Any) -> str:
        number = int(perl_number(value))
        lead = ""
        if not number & 0x87:
            if not number:
                return "Single-Frame"
            lead = "Single-Frame, "
        names = [bits.get(bit, f"[{bit}]") for bit in range(32) if number >> bit & 1]
        return lead + (", ".join(names) if names else "(none)")

    return convert


def pixel_size(value: Any) -> str:
    """``$val=~s/ / x /; "$val um"``: Nikon SensorPixelSize ``"7.8 x 7.8 um"``."""
    return text_of(value).replace(" ", " x ", 1) + " um"


def crop_hi_speed(table: Mapping[Any, str]) -> Printer:
    """Nikon.pm %cropHiSpeed with its OTHER sub: the crop named from the first of seven numbers,
    then the sizes, ``"Off (4992x3280 cropped to 4992x3280 at pixel 0,0)"``."""
    keyed = {str(key): printed for key, printed in table.items()}

    def convert(value: Any) -> str:
        text = text_of(value)
        if text in keyed:
            return keyed[text]
        parts = text.split()
        if len(parts) != 7:
            return f"Unknown ({text})"
        name = keyed.get(parts[0], f"Unknown ({parts[0]})")
        return f"{name} ({parts[1]}x{parts[2]} cropped to {parts[3]}x{parts[4]} at pixel {parts[5]},{parts[6]})"

    return convert


def scaled(factor: float, printer: Printer) -> Printer:
    """``sprintf("%.1f %%", $val * 100)``: ``printer`` of the value times ``factor`` (FLIR humidity)."""
    return lambda value: printer(perl_number(value) * factor)


def hundredths(pattern: str) -> Printer:
    """``$val =~ /pattern/ ? sprintf("%.2f", $1/100) : $val``: a firmware number in hundredths
    (Ricoh ``"Rev0104"`` is ``"1.04"``); ``pattern`` captures the digits."""
    compiled = re.compile(pattern)

    def convert(value: Any) -> Any:
        match = compiled.search(text_of(value))
        return f"{int(match.group(1)) / 100:.2f}" if match else value

    return convert


def if_integer(printer: Printer) -> Printer:
    """``IsInt($val) ? <printer> : $val`` (Sigma SensorTemperature ``"$val C"``)."""
    return lambda value: printer(value) if re.fullmatch(r"[+-]?\d+", text_of(value)) else value


def plus_before_digit(value: Any) -> Any:
    """``$val and $val =~ s/^(\\d)/\\+$1/``: a leading digit gets a plus sign (Sigma exposure
    compensation text ``"0.3"`` is ``"+0.3"``)."""
    text = text_of(value)
    return f"+{text}" if perl_number(value) and text[:1].isdigit() else value


def lookup_else(table: Mapping[Any, Any], other: Printer) -> Printer:
    """A PrintConv hash with an OTHER sub: the value from ``table``, else ``other(value)`` (Canon
    Contrast: ``{0 => 'Normal', OTHER => \\&PrintParameter}``)."""
    keyed = {str(key): printed for key, printed in table.items()}
    return lambda value: keyed[text_of(value)] if text_of(value) in keyed else other(value)


def first_space(text: str) -> Printer:
    """``$val =~ s/ /text/``: the first space of a multi-number value replaced (Sigma
    LensFocalRange ``"24 to 70"``). Text that is not all numbers is left as it is: it comes from
    the variant of the tag (older Sigma notes) that stores the printed form itself."""

    def convert(value: Any) -> Any:
        words = text_of(value).split()
        return text_of(value).replace(" ", text, 1) if all(number_of(w) is not None for w in words) else value

    return convert


def with_alternatives(
    rows: Mapping[str, Printer], alternatives: Mapping[str, tuple[Printer, ...]]
) -> dict[str, Printer]:
    """``rows`` with each name of ``alternatives`` printed by :func:`either` of its row and those
    lookups: a family whose tables give one name several lookups (Sony's CreativeStyle, text in
    one table and a number in another) prints a value by the first lookup that knows it."""
    merged = dict(rows)
    for name, printers in alternatives.items():
        merged[name] = either(*((merged[name],) if name in merged else ()), *printers)
    return merged


def position_ratio(value: Any) -> Any:
    """Casio.pm Type2 AFPointPosition: four numbers x, width, y, height as the point's place in
    the frame, ``"0.5 0.5"`` (``%.2g`` each); ``"n/a"`` for an x of 65535 or a zero size."""
    numbers = [perl_number(word) for word in text_of(value).split()]
    if len(numbers) < 4 or numbers[0] == 65535 or not numbers[1] or not numbers[3]:
        return "n/a"
    return f"{numbers[0] / numbers[1]:.2g} {numbers[2] / numbers[3]:.2g}"


def sprintf_all(form: str, factor: float = 1) -> Printer:
    """``sprintf(form, split(" ", $val))``: every number of the value (times ``factor``) in one
    format (Pentax SensorSize ``"%.3f x %.3f mm"``, Fujifilm ``"Red %+d, Blue %+d"``, Sony's
    thousandths ``"%.2f %.2f"``). Integer conversions take the integer part, as Perl's do."""
    integer = [m.group(4) in "dxX" for m in _CONVERSION.finditer(form) if m.group(4) != "%"]

    def convert(value: Any) -> str:
        numbers = [perl_number(word) * factor for word in text_of(value).split()]
        if len(numbers) < len(integer):
            raise ValueError("fewer numbers than the format takes")
        return form % tuple(int(n) if is_int else n for n, is_int in zip(numbers, integer, strict=False))

    return convert


def in_order_range(form: str) -> Printer:
    """Apple FocusDistanceRange: the two numbers smaller first, ``"0.54 - 0.68 m"``."""
    return lambda value: form % tuple(sorted(perl_number(word) for word in text_of(value).split()[:2]))


def frame_size(value: Any) -> str:
    """Sony FocusFrameSize: ``"153x156"`` (``%3dx%3d`` of the first two numbers) when the third
    is set, else ``"n/a"``."""
    numbers = [int(perl_number(word)) for word in text_of(value).split()]
    return f"{numbers[0]:3d}x{numbers[1]:3d}" if len(numbers) > 2 and numbers[2] else "n/a"


def lookup_else_around(table: Mapping[Any, Any], form: str) -> Printer:
    """A PrintConv hash whose OTHER sub puts the value in ``form`` (Sony Shutter: ``"Mechanical
    ($val)"``)."""
    return lookup_else(table, lambda value: form.format(text_of(value)))


def battery_level(empty: float, span: float) -> Printer:
    """Pentax BatteryInfo A/D readings: ``"168 (7.4V, 47%)"``, the volts at 8.18/186 per step and
    the charge from ``empty`` over ``span`` steps."""

    def convert(value: Any) -> str:
        number = perl_number(value)
        return f"{int(number)} ({number * 8.18 / 186:.1f}V, {int((number - empty) * 100 / span)}%)"

    return convert


def half_press_time(value: Any) -> str:
    """Pentax SRHalfPressTime: ``"1.53 s"``, ``" or longer"`` above 254.5/60 s."""
    number = perl_number(value)
    return f"{number:.2f} s" + (" or longer" if number > 254.5 / 60 else "")


def flicker_reduction(value: Any) -> str:
    """Fujifilm FlickerReduction: On when bits 8-11 are 1, with the word in hex, ``"Off (0x0023)"``."""
    number = int(perl_number(value))
    return f"{'On' if (number >> 8) & 0x0F == 1 else 'Off'} (0x{number:04x})"


def hex_point_version(value: Any) -> str:
    """Olympus firmware versions: the hex digits with a point before the last three (0x1300 is
    ``"1.300"``)."""
    text = f"{int(perl_number(value)):x}"
    return f"{text[:-3]}.{text[-3:]}" if len(text) > 3 else text


def metres_and_feet(value: Any) -> Any:
    """Olympus ManometerReading: ``s/(\\S+) (\\S+)/$1 m, $2 ft/``, ``"0 m, 0 ft"``."""
    return re.sub(r"(\S+) (\S+)", r"\1 m, \2 ft", text_of(value), count=1)
