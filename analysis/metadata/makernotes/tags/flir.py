"""FLIR tag tables from ExifTool 12.57 FLIR.pm: the maker note (Main, an IFD) and the records of
the FFF structure in JPEG APP1 ``FLIR`` segments (Header, CameraInfo, PaletteInfo, PiP,
GPSInfo, EmbeddedImage, RawData), all in group FLIR. Offsets of the binary records are in
bytes unless the table's ``fmt`` says otherwise."""

import re
import struct
from collections.abc import Callable
from typing import Any

from ..convert import unix_time
from ..table import BINARY, Probe, Table, Tag, Values

# FLIR.pm %temperatureInfo: stored rational64u, read signed.
_TEMPERATURE = "rational64s"
_PRINTABLE = re.compile(r"[\x20-\x7e]{3,31}")


def _kelvin(value: float) -> float:
    """FLIR.pm %floatKelvin: a temperature stored in kelvin, given in degrees Celsius."""
    return value - 273.15


def _float(name: str, conv: Callable[[Any], Any] | None = None) -> Tag:
    return Tag(name, fmt="float", conv=conv)


def _kelvin_tag(name: str) -> Tag:
    return Tag(name, fmt="float", conv=_kelvin)


def _printable(value: str, _: Values) -> str | None:
    """FLIR.pm PaletteFileName/PaletteName: kept only when 3 to 31 printable characters."""
    return value if _PRINTABLE.fullmatch(value) else None


def flir_date(value: bytes, values: Values) -> str | None:
    """FLIR.pm CameraInfo DateTimeOriginal: a 32-bit Unix time, milliseconds in the low 16 bits
    of the next 32-bit word, and a signed 16-bit time-zone offset in minutes west of UTC,
    given as ``YYYY:MM:DD HH:MM:SS.mmm+HH:MM`` local time."""
    if len(value) < 10:
        return None
    seconds, millis, zone = struct.unpack(values.order + "IIh", value[:10])
    east = -zone
    sign = "-" if east < 0 else "+"
    return f"{unix_time(seconds + east * 60)}.{millis & 0xFFFF:03d}{sign}{abs(east) // 60:02d}:{abs(east) % 60:02d}"


def _humidity(value: float) -> float:
    """FLIR.pm RelativeHumidity: a fraction, though some files give a percentage."""
    return value / 100 if value > 2 else value


# FLIR.pm Main: the maker note of FLIR Systems cameras (priority 0: the FFF record wins).
MAIN = Table(
    {
        0x01: Tag("ImageTemperatureMax", fmt=_TEMPERATURE),
        0x02: Tag("ImageTemperatureMin", fmt=_TEMPERATURE),
        0x03: "Emissivity",
    },
    priority=0,
)

# FLIR.pm Header: the FFF header (the creating program at byte 4).
HEADER = Table({4: Tag("CreatorSoftware", fmt="string[16]")}, kind=BINARY)

# FLIR.pm CameraInfo (record 0x20): calibration and camera facts.
CAMERA_INFO = Table(
    {
        0x20: _float("Emissivity"),
        0x24: _float("ObjectDistance"),
        0x28: _kelvin_tag("ReflectedApparentTemperature"),
        0x2C: _kelvin_tag("AtmosphericTemperature"),
        0x30: _kelvin_tag("IRWindowTemperature"),
        0x34: _float("IRWindowTransmission"),
        0x3C: _float("RelativeHumidity", conv=_humidity),
        0x58: _float("PlanckR1"),
        0x5C: _float("PlanckB"),
        0x60: _float("PlanckF"),
        0x70: _float("AtmosphericTransAlpha1"),
        0x74: _float("AtmosphericTransAlpha2"),
        0x78: _float("AtmosphericTransBeta1"),
        0x7C: _float("AtmosphericTransBeta2"),
        0x80: _float("AtmosphericTransX"),
        0x90: _kelvin_tag("CameraTemperatureRangeMax"),
        0x94: _kelvin_tag("CameraTemperatureRangeMin"),
        0x98: _kelvin_tag("CameraTemperatureMaxClip"),
        0x9C: _kelvin_tag("CameraTemperatureMinClip"),
        0xA0: _kelvin_tag("CameraTemperatureMaxWarn"),
        0xA4: _kelvin_tag("CameraTemperatureMinWarn"),
        0xA8: _kelvin_tag("CameraTemperatureMaxSaturated"),
        0xAC: _kelvin_tag("CameraTemperatureMinSaturated"),
        0xD4: Tag("CameraModel", fmt="string[32]"),
        0xF4: Tag("CameraPartNumber", fmt="string[16]"),
        0x104: Tag("CameraSerialNumber", fmt="string[16]"),
        0x114: Tag("CameraSoftware", fmt="string[16]"),
        0x170: Tag("LensModel", fmt="string[32]"),
        0x190: Tag("LensPartNumber", fmt="string[16]"),
        0x1A0: Tag("LensSerialNumber", fmt="string[16]"),
        0x1B4: _float("FieldOfView"),
        0x1EC: Tag("FilterModel", fmt="string[16]"),
        0x1FC: Tag("FilterPartNumber", fmt="string[32]"),
        0x21C: Tag("FilterSerialNumber", fmt="string[32]"),
        0x308: Tag("PlanckO", fmt="int32s"),
        0x30C: _float("PlanckR2"),
        0x310: Tag("RawValueRangeMin", fmt="int16u"),
        0x312: Tag("RawValueRangeMax", fmt="int16u"),
        0x338: Tag("RawValueMedian", fmt="int16u"),
        0x33C: Tag("RawValueRange", fmt="int16u"),
        0x384: Tag("DateTimeOriginal", fmt="undef[10]", raw=flir_date),
        0x390: Tag("FocusStepCount", fmt="int16u"),
        0x45C: _float("FocusDistance"),
        0x464: Tag("FrameRate", fmt="int16u"),
    },
    kind=BINARY,
)

# FLIR.pm PaletteInfo (record 0x22): Y Cr Cb colours of the palette.
PALETTE_INFO = Table(
    {
        0x00: "PaletteColors",
        0x06: Tag("AboveColor", fmt="int8u[3]"),
        0x09: Tag("BelowColor", fmt="int8u[3]"),
        0x0C: Tag("OverflowColor", fmt="int8u[3]"),
        0x0F: Tag("UnderflowColor", fmt="int8u[3]"),
        0x12: Tag("Isotherm1Color", fmt="int8u[3]"),
        0x15: Tag("Isotherm2Color", fmt="int8u[3]"),
        0x1A: "PaletteMethod",
        0x1B: "PaletteStretch",
        0x30: Tag("PaletteFileName", fmt="string[32]", raw=_printable),
        0x50: Tag("PaletteName", fmt="string[32]", raw=_printable),
        0x70: Tag("Palette", fmt="undef", count=lambda earlier: 3 * int(earlier.get(0, 0)), binary=True),
    },
    kind=BINARY,
)

# FLIR.pm PiP (record 0x2a, little-endian): picture-in-picture placement, in int16s items.
PIP = Table(
    {
        0: Tag("Real2IR", fmt="float"),
        2: "OffsetX",
        3: "OffsetY",
        4: "PiPX1",
        5: "PiPX2",
        6: "PiPY1",
        7: "PiPY2",
    },
    kind=BINARY,
    fmt="int16s",
)


def _not_empty(value: str, _: Values) -> str | None:
    return value or None


def _gps_valid(probe: Probe) -> bool:
    """FLIR.pm GPSInfo: positions are valid only when GPSValid is 1."""
    return bool(probe.n["GPSValid"])


def _non_negative(value: float, _: Values) -> float | None:
    return None if value < 0 else value


# FLIR.pm GPSInfo (record 0x2b, little-endian); positions only when GPSValid is 1.
GPS_INFO = Table(
    {
        0x00: Tag("GPSValid", fmt="int32u"),
        0x04: Tag("GPSVersionID", fmt="undef[4]", raw=lambda v, n: None if v == b"\x00" * 4 else v),
        0x08: Tag("GPSLatitudeRef", fmt="string[2]", raw=_not_empty),
        0x0A: Tag("GPSLongitudeRef", fmt="string[2]", raw=_not_empty),
        0x10: Tag("GPSLatitude", fmt="double", when=_gps_valid),
        0x18: Tag("GPSLongitude", fmt="double", when=_gps_valid),
        0x20: Tag("GPSAltitude", fmt="float", when=_gps_valid),
        0x40: Tag("GPSDOP", fmt="float", raw=lambda v, n: v if v > 0 else None),
        0x44: Tag("GPSSpeedRef", fmt="string[2]", raw=_not_empty),
        0x46: Tag("GPSTrackRef", fmt="string[2]", raw=_not_empty),
        0x48: Tag("GPSImgDirectionRef", fmt="string[2]", raw=_not_empty),
        0x4C: Tag("GPSSpeed", fmt="float", raw=_non_negative),
        0x50: Tag("GPSTrack", fmt="float", raw=_non_negative),
        0x54: Tag("GPSImgDirection", fmt="float", raw=_non_negative),
        0x58: Tag("GPSMapDatum", fmt="string[16]", raw=_not_empty),
    },
    kind=BINARY,
)

# FLIR.pm EmbeddedImage (record 0x0e) and RawData (record 0x01): image sizes in int16u items;
# the image bytes after the 32-byte record header are handled by the reader.
EMBEDDED_IMAGE = Table({1: "EmbeddedImageWidth", 2: "EmbeddedImageHeight"}, kind=BINARY, fmt="int16u")
RAW_DATA = Table({1: "RawThermalImageWidth", 2: "RawThermalImageHeight"}, kind=BINARY, fmt="int16u")
