"""Reconyx HyperFire maker-note tag table: offsets (in 16-bit words), names and conversions from
ExifTool 12.57 Reconyx.pm (Main), a little-endian block of int16u."""

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
        0x15: Tag("SerialNumber", fmt="undef[30]", raw=lambda v, n: ucs2(v, "<").split("\x00", 1)[0]),
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
