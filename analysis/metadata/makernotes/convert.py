"""Value conversions shared by the brand tag tables, each from the ExifTool function it follows."""

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ..values import number
from .table import Probe, Values, pstr

# Canon.pm CameraISO: codes below 0x4000 are named settings.
CANON_ISO_NAMES = {0: "n/a", 14: "Auto High", 15: "Auto", 16: 50, 17: 100, 18: 200, 19: 400, 20: 800}


def canon_ev(value: int) -> float:
    """Canon.pm CanonEv: an EV in 1/32 steps whose fractions 0x0c and 0x14 mean 1/3 and 2/3."""
    sign = -1 if value < 0 else 1
    value = abs(value)
    frac = value & 0x1F
    value -= frac
    if frac == 0x0C:
        frac = 0x20 / 3
    elif frac == 0x14:
        frac = 0x40 / 3
    return sign * (value + frac) / 0x20


def unix_time(value: int) -> str | int:
    """ExifTool ConvertUnixTime: seconds since 1970 as ``YYYY:MM:DD HH:MM:SS`` UTC; a count
    out of the calendar's range is kept as the number it is."""
    try:
        return datetime.fromtimestamp(value, UTC).strftime("%Y:%m:%d %H:%M:%S")
    except (OverflowError, OSError, ValueError):
        return value


def camera_iso(value: int) -> int | str | None:
    """Canon.pm CameraISO: bit 14 flags a plain ISO number, other codes are named settings."""
    if value == 0x7FFF:
        return None
    if value & 0x4000:
        return value & 0x3FFF
    return CANON_ISO_NAMES.get(value, f"Unknown ({value})")


def pentax_ev(value: int) -> float:
    """Pentax.pm PentaxEv: an EV in 1/8 steps whose odd fractions 3 and 5 mean 1/3 and 2/3."""
    if value & 0x01:
        sign = -1 if value < 0 else 1
        frac = (value * sign) & 0x07
        if frac == 0x03:
            value += sign * (8 / 3 - frac)
        elif frac == 0x05:
            value += sign * (16 / 3 - frac)
    return value / 8


def long_binary(value: object) -> object:
    """ExifTool's %longBin tables: a value longer than 64 characters is shown as binary data."""
    shown = pstr(value)
    return {"binary": len(shown)} if len(shown) > 64 else value


def _three_bytes(value: object) -> bytes:
    """The first three bytes Perl's ``unpack("c3"/"C3", $val)`` sees: a value stored in another
    format than undef is its printed text (``"0 1 6"``); missing bytes count as 0."""
    raw = value if isinstance(value, bytes) else pstr(value).encode("latin-1", "replace")
    return raw[:3].ljust(3, b"\x00")


def signed_fraction(value: object) -> float | int:
    """Nikon.pm: three signed bytes ``a, b, c`` meaning ``a * b / c`` (0 when ``c`` is 0)."""
    a, b, c = (byte - 256 if byte > 127 else byte for byte in _three_bytes(value))
    return a * (b / c) if c else 0


def unsigned_fraction(value: object) -> float | int:
    """Nikon.pm: three unsigned bytes ``a, b, c`` meaning ``a * b / c`` (0 when ``c`` is 0)."""
    a, b, c = _three_bytes(value)
    return a * (b / c) if c else 0


def hex_bytes(value: bytes) -> str:
    """Bytes as two-digit lower-case hex numbers separated by spaces (Perl ``unpack "H2"``)."""
    return " ".join(f"{byte:02x}" for byte in value)


def digits_version(value: bytes) -> str | bytes:
    """Nikon.pm MakerNoteVersion: four small numbers stored as bytes are shown as digits."""
    if value[:1] and value[0] <= 9:
        return "".join(str(byte) for byte in value[:4])
    return value


def nikon_date(value: bytes, order: str) -> str | bytes:
    """Nikon.pm PowerUpTime: a year in the note's byte order, then month, day, hour, minute
    and second bytes."""
    if len(value) < 7:
        return value
    year = int.from_bytes(value[:2], "little" if order == "<" else "big")
    return "{:04d}:{:02d}:{:02d} {:02d}:{:02d}:{:02d}".format(year, *value[2:7])


def drop_trailing_zeros(value: object) -> object:
    """Nikon.pm RetouchHistory: trailing zero entries of the list are dropped (one kept)."""
    if isinstance(value, list):
        while len(value) > 1 and value[-1] == 0:
            value = value[:-1]
        return value[0] if len(value) == 1 else value
    return value


def nikon_file_info_le(probe: Probe) -> bool:
    """Nikon.pm FileInfo: little-endian when only that byte order gives a plausible
    DirectoryNumber (100-999) and FileNumber (up to 9999), else as the model is known to write."""
    if len(probe.data) >= 10:
        plausible = []
        for order in ("little", "big"):
            folder = int.from_bytes(probe.data[6:8], order)
            number = int.from_bytes(probe.data[8:10], order)
            plausible.append(100 <= folder <= 999 and number <= 9999)
        if plausible[0] != plausible[1]:
            return plausible[0]
    return bool(re.match(r"NIKON (D4S|D750|D810|D3300|D5200|D5300|D5500|D7100)$", str(probe.n["Model"])))


def bytes_or_text(value: bytes | str) -> object:
    """Panasonic.pm FirmwareVersion: bytes that are not all text are shown as numbers."""
    raw = value.encode("latin-1") if isinstance(value, str) else value
    if any(byte <= 0x2F for byte in raw):
        return list(raw) if len(raw) != 1 else raw[0]
    return value


def first(value: object) -> object:
    """The first of several values (Perl ``$val =~ s/ .*//``)."""
    return value[0] if isinstance(value, list) else value


def manufacture_date(value: object) -> str:
    """Pentax.pm ManufactureDate: ``YYYYMMDD``, or ``YMMDD`` with "200" left off the year."""
    digits = pstr(value)
    if found := re.fullmatch(r"(\d{4})(\d{2})(\d{2})", digits):
        return ":".join(found.groups())
    if found := re.fullmatch(r"(\d)(\d{2})(\d{2})", digits):
        return f"200{found[1]}:{found[2]}:{found[3]}"
    return f"Unknown ({digits})"


def flash_guide_number(value: int) -> float | int:
    """Pentax.pm ExternalFlashGuideNumber: 2**(v/16 + 4), with 29 standing for -3."""
    if not value:
        return 0
    return 2 ** ((-3 if value == 29 else value) / 16 + 4)


def pentax_lens_type(value: list, low: int = 3) -> list:
    """Pentax.pm LensInfo LensType: the series in the low nibble of the first byte, the model
    number high byte first at ``low - 1`` and ``low``."""
    return [value[0] & 0x0F, value[low - 1] * 256 + value[low]]


def pentax_date(value: bytes) -> str:
    """Pentax.pm Date: a big-endian year, then month and day bytes."""
    if len(value) != 4:
        return f"Unknown ({pstr(value)})"
    return f"{int.from_bytes(value[:2], 'big'):04d}:{value[2]:02d}:{value[3]:02d}"


def pentax_time(value: bytes) -> str:
    """Pentax.pm Time: hour, minute and second bytes."""
    if len(value) < 3:
        return f"Unknown ({pstr(value)})"
    return f"{value[0]:02d}:{value[1]:02d}:{value[2]:02d}"


def pentax_firmware(value: bytes) -> object:
    """Pentax.pm %pentaxFirmwareID: four bytes stored with all bits toggled."""
    if len(value) != 4:
        return value
    return "{} {:02d} {:02d} {:02d}".format(*(byte ^ 0xFF for byte in value))


def pentax_shutter_count(value: int, values: Values) -> int | None:
    """Pentax.pm CryptShutterCount: the count is stored XOR-ed with the Date and Time bytes."""
    date, time = values.get("PentaxDate"), values.get("PentaxTime")
    if not isinstance(date, bytes) or not isinstance(time, bytes) or len(date) != 4 or len(time) < 3:
        return None
    return value ^ int.from_bytes(date, "big") ^ (0xFFFFFFFF - int.from_bytes(time[:3] + b"\x00", "big"))


def auto_bracketing(value: object) -> object:
    """Pentax.pm AutoBracketing: the first value codes the bracket step in EV."""
    values = value if isinstance(value, list) else [value]
    step = values[0]
    if step < 10:
        step = step / 3
    elif step < 20:
        step = step - 9.5
    elif step & 0x1000:
        step = f"{step - 0x1000}/2"
    elif step & 0x2000:
        step = f"{step - 0x2000}/3"
    return step if len(values) == 1 else [step, *values[1:]]


def sony_lens_spec(value: bytes) -> object:
    """Sony.pm ConvLensSpec: flags byte, BCD focal lengths, f-numbers x10, flags byte."""
    if len(value) != 8:
        return {"binary": len(value)}
    parts = [value[0:1].hex(), value[1:3].hex(), value[3:5].hex(), value[5:6].hex(), value[6:7].hex(), value[7:8].hex()]
    for index in (1, 2):  # Perl's "+= 0" keeps the leading decimal digits
        parts[index] = str(int(re.match(r"\d*", parts[index])[0] or 0))
    for index in (3, 4):
        digits = re.sub(r"[a-f]", lambda letter: str(int(letter[0], 16)), parts[index], count=1)
        parts[index] = pstr(number(int(digits) / 10))
    return " ".join(parts)


def sony_pixel_shift(value: bytes, order: str) -> str:
    """Sony.pm PixelShiftInfo: a packed group id, shot number and total shots."""
    packed = int.from_bytes(value[:4], "little" if order == "<" else "big")
    group = f"{(packed >> 17) & 0x1F:02d}{(packed >> 12) & 0x1F:02d}{(packed >> 6) & 0x3F:02d}{packed & 0x3F:02d}"
    return f"{group} {value[4]} {value[5]} 0x{packed >> 22:x}"


def each(*convs: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    """A ValueConv given as a list (ExifTool): the i-th conversion applies to the i-th value."""

    def convert(value: Any) -> Any:
        values = value if isinstance(value, list) else [value]
        done = [conv(item) if conv else item for conv, item in zip(convs, values, strict=False)]
        done += values[len(done) :]
        return done if isinstance(value, list) else done[0]

    return convert


def pentax_color_temp(value: bytes) -> object:
    """Pentax.pm %colorTemp: Kelvin (stored as 53190 - K), then the AB and GM shifts as signed
    nibbles."""
    if len(value) != 4:
        return value
    kelvin, low = 53190 - int.from_bytes(value[:2], "big"), value[3]
    shift_ab, shift_gm = low & 0x0F, low >> 4
    return [kelvin, shift_ab - 16 if shift_ab >= 8 else shift_ab, shift_gm - 16 if shift_gm >= 8 else shift_gm]


def pentax_kelvin_wb(value: list) -> list:
    """Pentax.pm %kelvinWB: Kelvin (stored as 53190 - K), a flag, then blue and red gains x8192."""
    return [53190 - value[0], value[1], value[2] / 8192, value[3] / 8192]


def sony_serial(value: object) -> object:
    """Sony.pm SerialNumber: the first eight digits are stored in reverse pairs."""
    text = re.sub(r"(\d{2})(\d{2})(\d{2})(\d{2})", r"\4\3\2\1", pstr(value), count=1)
    return re.sub(r"^0", "", text)


def packed_date_time(value: bytes) -> str:
    """Panasonic.pm TimeInfo: a BCD date and time with hundredths of a second."""
    digits = value[:8].hex()
    return f"{digits[0:4]}:{digits[4:6]}:{digits[6:8]} {digits[8:10]}:{digits[10:12]}:{digits[12:14]}.{digits[14:16]}"


def two_digit_time(value: bytes, century: bool = False) -> str | None:
    """Sony.pm SonyDateTime2 (six bytes from a two-digit year, None when unset) and
    SonyTimeMinSec (minute and second bytes)."""
    if not century:
        return ":".join(f"{byte:02d}" for byte in value[:2])
    if not value or value[0] == 0:
        return None
    return "20{:02d}:{:02d}:{:02d} {:02d}:{:02d}:{:02d}".format(*value[:6])
