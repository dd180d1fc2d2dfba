"""Values as ``exiftool -n`` prints them: the ValueConv side of ExifTool, shared by the readers.

Numbers follow Perl's printing (15 significant digits; rationals rounded to 10 by ExifTool's
``GetRational64u``), text follows ExifTool's JSON writer (invalid UTF-8 bytes become ``?``, NUL
characters are dropped), binary data is described, never copied.
"""

import codecs
import math
import re
import struct
from typing import Any

Number = int | float


def _question_marks(error: UnicodeDecodeError) -> tuple[str, int]:
    # ExifTool's JSON writer (XMP.pm FixUTF8) replaces each byte of a bad UTF-8 sequence with "?".
    return "?" * (error.end - error.start), error.end


codecs.register_error("exiftool-utf8", _question_marks)


def number(value: float) -> Number | str:
    """A computed number as Perl prints it: 15 significant digits, whole numbers as int,
    infinities and NaN as ExifTool's strings ``"Inf"``, ``"-Inf"``, ``"NaN"``."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Inf" if value > 0 else "-Inf"
    return _whole(float(f"{value:.15g}"))


def rational(numerator: int, denominator: int, digits: int = 10) -> Number | str:
    """``numerator/denominator`` rounded to ``digits`` significant digits (ExifTool.pm
    GetRational64u: 10; GetRational32u: 7); a zero denominator gives ``"inf"`` or, for 0/0,
    ``"undef"``, as ExifTool prints them."""
    if denominator == 0:
        return "inf" if numerator else "undef"
    return _whole(float(f"{numerator / denominator:.{digits}g}"))


def _whole(value: float) -> Number:
    # Perl prints 72.0 as "72"; past 15 digits it switches to exponent notation, so keep a float.
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


def is_number(value: Any) -> bool:
    """True for int and float (not bool, not the ``"inf"``/``"undef"`` strings)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def text(raw: bytes) -> str:
    """Bytes as ExifTool's JSON shows them: UTF-8, each invalid byte as ``?``, NULs removed."""
    return raw.decode("utf-8", "exiftool-utf8").replace("\x00", "")


def c_string(raw: bytes) -> str:
    """A NUL-terminated string (ExifTool ReadValue 'string': cut at the first NUL)."""
    return text(raw.split(b"\x00", 1)[0])


def binary(length: int, offset: int | None = None) -> dict[str, int]:
    """Binary data, described: ``{"binary": length}`` plus its absolute file ``offset`` when known."""
    return {"binary": length} if offset is None else {"binary": length, "offset": offset}


def ucs2(raw: bytes, order: str = "<") -> str:
    """UCS-2 text (ExifTool Decode 'UCS2'); a byte-order mark overrides ``order`` ("<" or ">").
    The text ends at the first NUL character, as ExifTool's re-encoding to UTF-8 cuts it there
    (Charset.pm Recompose)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        order, raw = ("<" if raw[:2] == b"\xff\xfe" else ">"), raw[2:]
    raw = raw[: len(raw) // 2 * 2]
    return raw.decode("utf-16-le" if order == "<" else "utf-16-be", "replace").split("\x00", 1)[0]


def utf16_guess(raw: bytes, order: str) -> str:
    """UTF-16 in an unknown byte order (ExifTool Charset.pm Decompose, 'Unknown'): a byte-order
    mark decides; otherwise the byte with more distinct values is taken as the low byte."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return ucs2(raw, order)
    even = raw[: len(raw) // 2 * 2]
    first, second = set(even[0::2]), set(even[1::2])
    high, low = (first, second) if order == ">" else (second, first)
    zero_high = sum(1 for b in (even[0::2] if order == ">" else even[1::2]) if b == 0)
    zero_low = sum(1 for b in (even[1::2] if order == ">" else even[0::2]) if b == 0)
    if len(high) > len(low) or (len(high) == len(low) and zero_low > zero_high):
        order = "<" if order == ">" else ">"
    return ucs2(even, order)


_ASCII_ID = re.compile(rb"(ASCII)?(\x00|[\x00 ]+$)")


def exif_text(raw: bytes, order: str) -> str:
    """A text value with an 8-byte character-code prefix (Exif 2.32 §4.6.5 UserComment;
    ExifTool Exif.pm ConvertExifText): ASCII, UNICODE (UTF-16, byte order guessed) or JIS.
    An unknown prefix is kept as part of the text, as ExifTool does."""
    if len(raw) < 8:
        return text(raw)
    ident, body = raw[:8], raw[8:]
    if _ASCII_ID.match(ident):
        value = c_string(body)
    elif re.match(rb"UNICODE[\x00 ]$", ident):
        value = utf16_guess(body, order)
    elif re.match(rb"JIS[\x00 ]{5}$", ident):
        # JIS X 0208 two-byte codes, read through ISO-2022-JP's escape into that set.
        value = (b"\x1b$B" + body.split(b"\x00\x00", 1)[0]).decode("iso2022_jp", "replace")
    else:
        value = text(raw)
    return value.rstrip(" ")


def degrees(values: list[Any]) -> Number | str:
    """Degrees, minutes, seconds as decimal degrees (ExifTool GPS.pm ToDegrees); ``""`` when a
    part is ``inf``/``undef`` (zero denominator)."""
    if not values or not all(is_number(v) for v in values):
        return ""
    d, m, s = ([*values, 0, 0])[:3]
    return number(d + (m + s / 60) / 60)


def gps_time(values: list[Any]) -> str:
    """Hours, minutes, seconds as ``"HH:MM:SS[.fff]"`` (ExifTool GPS.pm ConvertTimeStamp)."""
    h, m, s = ([v if is_number(v) else 0 for v in values] + [0, 0, 0])[:3]
    total = (h * 60 + m) * 60 + s
    hours = int(total / 3600)
    total -= hours * 3600
    minutes = int(total / 60)
    total -= minutes * 60
    seconds = f"{total:012.9f}"
    if float(seconds) >= 60:
        seconds = "00"
        minutes += 1
        if minutes >= 60:
            minutes -= 60
            hours += 1
    else:
        seconds = re.sub(r"\.?0+$", "", seconds)
    return f"{hours:02d}:{minutes:02d}:{seconds}"


def exif_time(value: str) -> str:
    """A time as ``HH:MM:SS[+HH:MM]`` (Exif.pm ExifTime: ``103055+0500`` → ``10:30:55+05:00``)."""
    value = value.replace(" ", ":").removesuffix("\x00")
    value = re.sub(r"^(\d{2})(\d{2})(\d{2})", r"\1:\2:\3", value)
    return re.sub(r"([+-]\d{2})(\d{2})\s*$", r"\1:\2", value)


def exif_date(value: str) -> str:
    """A date as ``"YYYY:MM:DD"`` whatever separators were used (ExifTool Exif.pm ExifDate)."""
    return re.sub(r"(\d{4})\D*(\d{2})\D*(\d{2})$", r"\1:\2:\3", value.removesuffix("\x00"))


# --- Tag conversions: ``conv(value, order)`` for :class:`~.tags.tag.Tag` rows -----------------
# ``value`` is the value as read: a list of numbers, ``str`` for strings, ``bytes`` for undefined
# data; ``order`` the byte order ("<" or ">"). Each one is the named tag's RawConv/ValueConv in
# ExifTool's tables (Exif.pm, GPS.pm); a value of another shape is returned unchanged.


def strip_space(value: Any, _order: str) -> Any:
    """Trailing whitespace removed (Make, Model, Software, Artist: ``s/\\s+$//``)."""
    return value.rstrip(" \t\n\r\f\v") if isinstance(value, str) else value


def strip_blanks(value: Any, _order: str) -> Any:
    """Trailing spaces removed (SubSecTime*: ``s/ +$//``)."""
    return value.rstrip(" ") if isinstance(value, str) else value


def strip_nuls(value: Any, _order: str) -> Any:
    """Undefined bytes as text without trailing NULs (ExifVersion, FlashpixVersion, InteropVersion)."""
    return text(value.rstrip(b"\x00")) if isinstance(value, bytes) else value


def apex_shutter(value: Any, _order: str) -> Any:
    """ShutterSpeedValue (APEX) as seconds: ``2**-v``, 0 when not a number or ``|v| >= 100``."""
    v = value[0] if isinstance(value, list) and len(value) == 1 else value
    return number(2.0**-v) if is_number(v) and abs(v) < 100 else 0


def apex_aperture(value: Any, _order: str) -> Any:
    """ApertureValue / MaxApertureValue (APEX) as an f-number: ``2**(v/2)`` (Perl arithmetic:
    ``"undef"`` counts as 0, ``"inf"`` as infinity)."""
    v = value[0] if isinstance(value, list) and len(value) == 1 else value
    v = {"undef": 0, "inf": math.inf}.get(v, v) if isinstance(v, str) else v
    return number(_power_of_two(v / 2)) if is_number(v) else value


def _power_of_two(exponent: float) -> float:
    # Perl gives Inf where Python raises.
    try:
        return 2.0**exponent
    except OverflowError:
        return math.inf


def coded_text(value: Any, order: str) -> Any:
    """UserComment, GPSProcessingMethod, GPSAreaInformation: see :func:`exif_text`."""
    return exif_text(value, order) if isinstance(value, bytes) else value


def ucs2_le(value: Any, _order: str) -> Any:
    """XPTitle, XPComment, XPAuthor, XPKeywords, XPSubject: UCS-2 little-endian (Windows)."""
    return ucs2(value, "<") if isinstance(value, bytes) else value


def copyright_notice(value: Any, _order: str) -> Any:
    """Copyright: "photographer NUL editor NUL" shown as the two notices on two lines."""
    if not isinstance(value, bytes):
        return value
    joined = re.sub(rb" *\x00", b"\n", value, count=1)
    joined = re.sub(rb" *\x00.*", b"", joined, flags=re.DOTALL)
    return text(joined.removesuffix(b"\n"))


def cfa_pattern(value: Any, order: str) -> Any:
    """CFAPattern: columns, rows, then one colour index per cell (ExifTool DecodeCFAPattern)."""
    if not isinstance(value, bytes):
        return value
    if re.fullmatch(rb"[0-6]+", value):  # written as ASCII digits by some cameras
        value = bytes(b - 0x30 for b in value)
    if len(value) < 4:
        return text(value)
    columns, rows = int.from_bytes(value[0:2], _endian(order)), int.from_bytes(value[2:4], _endian(order))
    if 4 + columns * rows > len(value):
        swapped = int.from_bytes(value[0:2], _endian(_other(order))), int.from_bytes(value[2:4], _endian(_other(order)))
        if 4 + swapped[0] * swapped[1] <= len(value):
            columns, rows = swapped
    return [columns, rows, *value[4:]]


def exposure_times(value: Any, order: str) -> Any:
    """CompositeImageExposureTimes: rationals, with two SHORTs at bytes 56 and 58 (Exif 2.32)."""
    if not isinstance(value, bytes):
        return value
    out: list[Any] = []
    at = 0
    while True:
        if at in (56, 58):
            if at + 2 > len(value):
                break
            out.append(int.from_bytes(value[at : at + 2], _endian(order)))
            at += 2
        else:
            if at + 8 > len(value):
                break
            out.append(rational(*struct.unpack(f"{order}II", value[at : at + 8])))
            at += 8
    return out


def _long_list(limit: int) -> Any:
    def conv(value: Any, _order: str) -> Any:
        if isinstance(value, list):
            joined = " ".join(str(v) for v in value)
            if len(joined) > limit:
                return binary(len(joined))
        return value

    conv.__doc__ = f"A list shown as binary when its text form is longer than {limit} characters."
    return conv


list_up_to_32 = _long_list(32)
list_up_to_64 = _long_list(64)


def hex_upper(value: Any, _order: str) -> Any:
    """RawDataUniqueID: the bytes in upper-case hex."""
    return value.hex().upper() if isinstance(value, bytes) else value


def hex_lower(value: Any, _order: str) -> Any:
    """DNG digests: the bytes in lower-case hex."""
    return value.hex() if isinstance(value, bytes) else value


def non_empty(value: Any, _order: str) -> Any:
    """An empty string is no value (PanasonicTitle: ``length($val) ? $val : undef``)."""
    return value if value != "" else None


def xmp_date(value: Any, _order: str) -> Any:
    """PreviewDateTime: an ISO 8601 date as ``"YYYY:MM:DD HH:MM:SS±HH:MM"`` (XMP.pm ConvertXMPDate)."""
    if not isinstance(value, str):
        return value
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}:\d{2})(:\d{2})?\s*(\S*)", value)
    if match:
        year, month, day, hours_minutes, seconds, zone = match.groups()
        return f"{year}:{month}:{day} {hours_minutes}{seconds or ''}{zone}"
    return value.replace("-", ":") if re.match(r"\d{4}(-\d{2}){0,2}", value) else value


def time_codes(value: Any, _order: str) -> Any:
    """TimeCodes: each group of 8 bytes as dotted hex (``"01.02.03.04.05.06.07.08"``)."""
    if not isinstance(value, list):
        return value
    return " ".join(".".join(f"{b:02x}" for b in value[i : i + 8]) for i in range(0, len(value) - 7, 8))


def high_low_bytes(value: Any, _order: str) -> Any:
    """DevelopmentType: a SHORT split into its high and low bytes."""
    v = value[0] if isinstance(value, list) and len(value) == 1 else value
    return [v >> 8, v & 0xFF] if isinstance(v, int) else value


_CR2_CFA = {1: [0, 1, 1, 2], 2: [2, 1, 1, 0], 3: [1, 2, 0, 1], 4: [1, 0, 2, 1]}


def cr2_cfa_pattern(value: Any, _order: str) -> Any:
    """CR2CFAPattern: the colour indices of the 2x2 pattern number."""
    v = value[0] if isinstance(value, list) and len(value) == 1 else value
    return _CR2_CFA.get(v, value) if isinstance(v, int) else value


def pixel_format(value: Any, _order: str) -> Any:
    """PixelFormat (JPEG XR): the GUID, or its last byte for the standard WIC GUIDs (ASF.pm GetGUID)."""
    if not isinstance(value, bytes) or len(value) != 16:
        return value
    a, b, c = struct.unpack("<IHH", value[:8])
    guid = f"{a:08X}-{b:04X}-{c:04X}-{value[8:10].hex().upper()}-{value[10:].hex().upper()}"
    prefix = "6FDDC324-4E03-4BFE-B185-3D77768DC9"
    return int(guid[len(prefix) :], 16) if guid.startswith(prefix) else guid


def after_colon(value: Any, _order: str) -> Any:
    """Photoshop camera-raw text tags ("Owner's Name: value"): the part after the label."""
    return re.sub(r"^.*: ", "", value) if isinstance(value, str) else value


def gps_degrees(value: Any, _order: str) -> Any:
    """GPSLatitude, GPSLongitude, GPSDest*: see :func:`degrees` (unsigned; the Ref gives the sign)."""
    return degrees(value) if isinstance(value, list) else value


def gps_timestamp(value: Any, _order: str) -> Any:
    """GPSTimeStamp: see :func:`gps_time`."""
    return gps_time(value) if isinstance(value, list) else value


def gps_date(value: Any, _order: str) -> Any:
    """GPSDateStamp: trailing NULs removed, then :func:`exif_date`."""
    return exif_date(text(value.rstrip(b"\x00"))) if isinstance(value, bytes) else value


def _endian(order: str) -> str:
    return "little" if order == "<" else "big"


def _other(order: str) -> str:
    return ">" if order == "<" else "<"


# exiftool -j prints a value as a JSON number when it matches this (exiftool script, EscapeJSON).
_JSON_NUMBER = re.compile(r"-?(?:\d|[1-9]\d{1,14})(?:\.\d{1,16})?(?:[eE][-+]?\d{1,3})?")


def json_text(value: Any) -> Any:
    """Text as ``exiftool -j`` prints it: a number when it looks like one (at most 15 digits before
    the point and no leading zero, at most 16 after), ``true``/``false`` as booleans, other
    text unchanged (exiftool script, EscapeJSON). Values that are not text are returned unchanged."""
    if not isinstance(value, str):
        return value
    if _JSON_NUMBER.fullmatch(value):
        parsed = float(value) if any(c in value for c in ".eE") else int(value)
        return parsed if math.isfinite(parsed) else value  # "1e999" stays text, never Infinity
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value
