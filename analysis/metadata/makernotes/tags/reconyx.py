"""Reconyx HyperFire maker-note tag table: offsets (in 16-bit words), names and conversions from
ExifTool 12.57 Reconyx.pm (Main, a little-endian block of int16u; HyperFire2, a little-endian
block addressed by byte offset after its ``RECONYXH2\\0`` header: 12.57's Type3; UltraFire,
12.57's Type2, the same after ``RECONYXUF\\0``)."""

import struct

from ...values import ucs2
from ..table import BINARY, Table, Tag


def _date_time(value: list) -> str:
    """Reconyx.pm DateTimeOriginal: seconds, minutes, hours, month, day, year; some cameras
    write these words big-endian in an otherwise little-endian block."""
    if value[0] & 0xFF00 and not value[0] & 0xFF:
        value = [(item >> 8) | ((item & 0xFF) << 8) for item in value]
    second, minute, hour, month, day, year = value[:6]
    return f"{year:04d}:{month:02d}:{day:02d} {hour:02d}:{minute:02d}:{second:02d}"


MAIN = Table(
    {
        0x00: "MakerNoteVersion",
        0x01: Tag("FirmwareVersion", fmt="int16u[3]"),
        0x04: Tag("FirmwareDate", fmt="int16u[2]", conv=lambda v: f"{v[0]:04x}:{v[1] >> 8:02x}:{v[1] & 0xFF:02x}"),
        0x06: Tag("TriggerMode", fmt="string[2]"),
        0x07: Tag("Sequence", fmt="int16u[2]"),
        0x09: Tag("EventNumber", fmt="int16u[2]", conv=lambda v: (v[0] << 16) + v[1]),
        0x0B: Tag("DateTimeOriginal", fmt="int16u[6]", conv=_date_time, priority=0),
        0x12: "MoonPhase",
        0x13: Tag("AmbientTemperatureFahrenheit", fmt="int16s"),
        0x14: Tag("AmbientTemperature", fmt="int16s"),
        0x15: Tag("SerialNumber", fmt="undef[30]", raw=lambda v, n: _ucs2_text(v, n)),
        0x24: "Contrast",
        0x25: "Brightness",
        0x26: "Sharpness",
        0x27: "Saturation",
        0x28: "InfraredIlluminator",
        0x29: "MotionSensitivity",
        0x2A: Tag("BatteryVoltage", conv=lambda v: v / 1000),
        0x2B: Tag("UserLabel", fmt="string[22]"),
    },
    kind=BINARY,
    fmt="int16u",
)


def _ucs2_text(value: bytes, count: int) -> str:
    """Reconyx.pm %convUnicode: UCS-2LE text up to its first null."""
    return ucs2(value, "<").split("\x00", 1)[0]


HYPERFIRE2 = Table(
    {
        0x10: Tag("FileNumber", fmt="int16u"),
        0x12: Tag("DirectoryNumber", fmt="int16u"),
        0x2A: Tag("FirmwareVersion", fmt="int16u[3]", conv=lambda v: f"{v[0]}.{v[1]}{chr(v[2] & 0xFF)}"),
        0x30: Tag("FirmwareDate", fmt="int16u[2]", conv=lambda v: f"{v[0]:04x}:{v[1] >> 8:02x}:{v[1] & 0xFF:02x}"),
        0x34: Tag("TriggerMode", fmt="string[2]"),
        0x36: Tag("Sequence", fmt="int16u[2]"),
        0x3A: Tag("EventNumber", fmt="int16u[2]", conv=lambda v: (v[0] << 16) + v[1]),
        # seconds, minutes, hours, day, month, year: printed in reverse
        0x3E: Tag(
            "DateTimeOriginal",
            fmt="int16u[6]",
            conv=lambda v: "{:04d}:{:02d}:{:02d} {:02d}:{:02d}:{:02d}".format(*reversed(v[:6])),
            priority=0,
        ),
        0x4A: Tag("DayOfWeek", fmt="int16u"),
        0x4C: Tag("MoonPhase", fmt="int16u"),
        0x4E: Tag("AmbientTemperatureFahrenheit", fmt="int16s"),
        0x50: Tag("AmbientTemperature", fmt="int16s"),
        0x52: Tag("Contrast", fmt="int16u"),
        0x54: Tag("Brightness", fmt="int16u"),
        0x56: Tag("Sharpness", fmt="int16u"),
        0x58: Tag("Saturation", fmt="int16u"),
        0x5A: Tag("Flash", fmt="int16u"),
        0x5C: Tag("AmbientInfrared", fmt="int16u"),
        0x5E: Tag("AmbientLight", fmt="int16u"),
        0x60: Tag("MotionSensitivity", fmt="int16u"),
        0x62: Tag("BatteryVoltage", fmt="int16u"),
        0x64: Tag("BatteryVoltageAvg", fmt="int16u"),
        0x66: Tag("BatteryType", fmt="int16u"),
        0x68: Tag("UserLabel", fmt="string[22]"),
        0x7E: Tag("SerialNumber", fmt="undef[30]", raw=_ucs2_text),
    },
    kind=BINARY,
)


def _version_info(value: bytes) -> str:
    """Reconyx.pm %versionInfo: major and minor (hex bytes), a little-endian hex year, month and
    day, and a revision letter: ``V01.02 2011:04:05 Rev.B``."""
    major, minor, year, month, day = struct.unpack("<BBHBB", value[:6])
    return f"V{major:02x}.{minor:02x} {year:04x}:{month:02x}:{day:02x} Rev.{value[6:7].decode('latin-1')}"


def _ultrafire_date_time(value: list) -> str:
    """Reconyx.pm Type2 DateTimeOriginal: seconds, minutes, hours, day, month, then the year
    as two bytes, low first."""
    second, minute, hour, day, month, year_low, year_high = value[:7]
    return f"{year_low + 256 * year_high:04d}:{month:02d}:{day:02d} {hour:02d}:{minute:02d}:{second:02d}"


ULTRAFIRE = Table(
    {
        0x18: Tag("FirmwareVersion", fmt="undef[7]", conv=_version_info),
        0x1F: Tag("Micro1Version", fmt="undef[7]", conv=_version_info),
        0x26: Tag("BootLoaderVersion", fmt="undef[7]", conv=_version_info),
        0x2D: Tag("Micro2Version", fmt="undef[7]", conv=_version_info),
        0x34: Tag("TriggerMode", fmt="undef[1]"),
        0x35: Tag("Sequence", fmt="int8u[2]"),
        0x37: Tag("EventNumber", fmt="int32u"),
        0x3B: Tag("DateTimeOriginal", fmt="int8u[7]", conv=_ultrafire_date_time, priority=0),
        0x42: "DayOfWeek",
        0x43: "MoonPhase",
        0x44: Tag("AmbientTemperatureFahrenheit", fmt="int16s"),
        0x46: Tag("AmbientTemperature", fmt="int16s"),
        0x48: "Illumination",
        0x49: Tag("BatteryVoltage", fmt="int16u", conv=lambda v: v / 1000),
        0x4B: Tag("SerialNumber", fmt="string[15]"),
        0x5A: Tag("UserLabel", fmt="string[21]"),
    },
    kind=BINARY,
)
