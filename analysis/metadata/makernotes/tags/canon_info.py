"""Canon CameraInfo (maker-note tag 0x000D): one binary layout per EOS family, chosen by model
(PowerShots and unknown models by the value's format and length), with the picture-style
settings (PSInfo) inside. Offsets, names and conversions from ExifTool 12.57 Canon.pm.

ExifTool gives these tags a low priority (its CameraInfo tables' PRIORITY 0: their layout
changes with the firmware), so a tag of the same name elsewhere in the maker note wins. Some
layouts move after a firmware-dependent point: the firmware version string is looked for at
each known place first (``FirmwareVersionLookAhead``), and rows after that point shift (ExifTool's
Hook) by the firmware found; when none is found, the rest of the block is not read.
"""

import math
import re
from collections.abc import Callable
from typing import Any

from ..convert import canon_ev, unix_time
from ..table import BINARY, Probe, Table, Tag, Values, model

FIRMWARE = re.compile(r"^\d+\.\d+\.\d+")
# ExifTool's $varSize of 0x10000 when the firmware is unknown: the rows after lie past the end.
UNREACHABLE = 0x10000


def nonzero(value: Any, values: Values) -> Any:
    """RawConv ``$val ? $val : undef``: zero (or empty) is no value."""
    return value if value else None


def firmware(value: str, values: Values) -> str | None:
    """RawConv of a FirmwareVersion string: kept only when it reads ``1.2.3``."""
    return value if re.fullmatch(r"\d+\.\d+\.\d+\s*", value) else None


def firmware_lookahead(*offsets: int) -> Callable[[bytes, Values], None]:
    """RawConv of FirmwareVersionLookAhead: sets ``CanonFirm`` to the 1-based rank of the
    first offset where a version string starts (0: none), reporting nothing."""

    def look(value: bytes, values: Values) -> None:
        text = value.decode("latin-1")
        found = (rank for rank, at in enumerate(offsets, 1) if FIRMWARE.match(text[at : at + 6]))
        values["CanonFirm"] = next(found, 0)

    return look


def firmware_shift(step: int, below: int) -> Callable[[Values], int]:
    """Hook ``$varSize += ($$self{CanonFirm} ? step : 0x10000) if $$self{CanonFirm} < below``:
    later rows move by ``step`` bytes for an older firmware, out of reach for an unknown one."""
    return lambda values: (step if values["CanonFirm"] else UNREACHABLE) if values["CanonFirm"] < below else 0


def camera_info_count(*counts: int) -> Callable[[Probe], bool]:
    """A ``when`` for rows valid for some lengths of the CameraInfo value only."""
    return lambda probe: probe.n["CameraInfoCount"] in counts


PS_INFO = Table(
    {
        0x00: Tag("ContrastStandard", fmt="int32s"),
        0x04: Tag("SharpnessStandard", fmt="int32s"),
        0x08: Tag("SaturationStandard", fmt="int32s"),
        0x0C: Tag("ColorToneStandard", fmt="int32s"),
        0x18: Tag("ContrastPortrait", fmt="int32s"),
        0x1C: Tag("SharpnessPortrait", fmt="int32s"),
        0x20: Tag("SaturationPortrait", fmt="int32s"),
        0x24: Tag("ColorTonePortrait", fmt="int32s"),
        0x30: Tag("ContrastLandscape", fmt="int32s"),
        0x34: Tag("SharpnessLandscape", fmt="int32s"),
        0x38: Tag("SaturationLandscape", fmt="int32s"),
        0x3C: Tag("ColorToneLandscape", fmt="int32s"),
        0x48: Tag("ContrastNeutral", fmt="int32s"),
        0x4C: Tag("SharpnessNeutral", fmt="int32s"),
        0x50: Tag("SaturationNeutral", fmt="int32s"),
        0x54: Tag("ColorToneNeutral", fmt="int32s"),
        0x60: Tag("ContrastFaithful", fmt="int32s"),
        0x64: Tag("SharpnessFaithful", fmt="int32s"),
        0x68: Tag("SaturationFaithful", fmt="int32s"),
        0x6C: Tag("ColorToneFaithful", fmt="int32s"),
        0x78: Tag("ContrastMonochrome", fmt="int32s"),
        0x7C: Tag("SharpnessMonochrome", fmt="int32s"),
        0x88: Tag("FilterEffectMonochrome", fmt="int32s"),
        0x8C: Tag("ToningEffectMonochrome", fmt="int32s"),
        0x90: Tag("ContrastUserDef1", fmt="int32s"),
        0x94: Tag("SharpnessUserDef1", fmt="int32s"),
        0x98: Tag("SaturationUserDef1", fmt="int32s"),
        0x9C: Tag("ColorToneUserDef1", fmt="int32s"),
        0xA0: Tag("FilterEffectUserDef1", fmt="int32s"),
        0xA4: Tag("ToningEffectUserDef1", fmt="int32s"),
        0xA8: Tag("ContrastUserDef2", fmt="int32s"),
        0xAC: Tag("SharpnessUserDef2", fmt="int32s"),
        0xB0: Tag("SaturationUserDef2", fmt="int32s"),
        0xB4: Tag("ColorToneUserDef2", fmt="int32s"),
        0xB8: Tag("FilterEffectUserDef2", fmt="int32s"),
        0xBC: Tag("ToningEffectUserDef2", fmt="int32s"),
        0xC0: Tag("ContrastUserDef3", fmt="int32s"),
        0xC4: Tag("SharpnessUserDef3", fmt="int32s"),
        0xC8: Tag("SaturationUserDef3", fmt="int32s"),
        0xCC: Tag("ColorToneUserDef3", fmt="int32s"),
        0xD0: Tag("FilterEffectUserDef3", fmt="int32s"),
        0xD4: Tag("ToningEffectUserDef3", fmt="int32s"),
        0xD8: Tag("UserDef1PictureStyle", fmt="int16u"),
        0xDA: Tag("UserDef2PictureStyle", fmt="int16u"),
        0xDC: Tag("UserDef3PictureStyle", fmt="int16u"),
    },
    kind=BINARY,
    priority=0,
)


PS_INFO2 = Table(
    {
        0x00: Tag("ContrastStandard", fmt="int32s"),
        0x04: Tag("SharpnessStandard", fmt="int32s"),
        0x08: Tag("SaturationStandard", fmt="int32s"),
        0x0C: Tag("ColorToneStandard", fmt="int32s"),
        0x18: Tag("ContrastPortrait", fmt="int32s"),
        0x1C: Tag("SharpnessPortrait", fmt="int32s"),
        0x20: Tag("SaturationPortrait", fmt="int32s"),
        0x24: Tag("ColorTonePortrait", fmt="int32s"),
        0x30: Tag("ContrastLandscape", fmt="int32s"),
        0x34: Tag("SharpnessLandscape", fmt="int32s"),
        0x38: Tag("SaturationLandscape", fmt="int32s"),
        0x3C: Tag("ColorToneLandscape", fmt="int32s"),
        0x48: Tag("ContrastNeutral", fmt="int32s"),
        0x4C: Tag("SharpnessNeutral", fmt="int32s"),
        0x50: Tag("SaturationNeutral", fmt="int32s"),
        0x54: Tag("ColorToneNeutral", fmt="int32s"),
        0x60: Tag("ContrastFaithful", fmt="int32s"),
        0x64: Tag("SharpnessFaithful", fmt="int32s"),
        0x68: Tag("SaturationFaithful", fmt="int32s"),
        0x6C: Tag("ColorToneFaithful", fmt="int32s"),
        0x78: Tag("ContrastMonochrome", fmt="int32s"),
        0x7C: Tag("SharpnessMonochrome", fmt="int32s"),
        0x88: Tag("FilterEffectMonochrome", fmt="int32s"),
        0x8C: Tag("ToningEffectMonochrome", fmt="int32s"),
        0x90: Tag("ContrastAuto", fmt="int32s"),
        0x94: Tag("SharpnessAuto", fmt="int32s"),
        0x98: Tag("SaturationAuto", fmt="int32s"),
        0x9C: Tag("ColorToneAuto", fmt="int32s"),
        0xA0: Tag("FilterEffectAuto", fmt="int32s"),
        0xA4: Tag("ToningEffectAuto", fmt="int32s"),
        0xA8: Tag("ContrastUserDef1", fmt="int32s"),
        0xAC: Tag("SharpnessUserDef1", fmt="int32s"),
        0xB0: Tag("SaturationUserDef1", fmt="int32s"),
        0xB4: Tag("ColorToneUserDef1", fmt="int32s"),
        0xB8: Tag("FilterEffectUserDef1", fmt="int32s"),
        0xBC: Tag("ToningEffectUserDef1", fmt="int32s"),
        0xC0: Tag("ContrastUserDef2", fmt="int32s"),
        0xC4: Tag("SharpnessUserDef2", fmt="int32s"),
        0xC8: Tag("SaturationUserDef2", fmt="int32s"),
        0xCC: Tag("ColorToneUserDef2", fmt="int32s"),
        0xD0: Tag("FilterEffectUserDef2", fmt="int32s"),
        0xD4: Tag("ToningEffectUserDef2", fmt="int32s"),
        0xD8: Tag("ContrastUserDef3", fmt="int32s"),
        0xDC: Tag("SharpnessUserDef3", fmt="int32s"),
        0xE0: Tag("SaturationUserDef3", fmt="int32s"),
        0xE4: Tag("ColorToneUserDef3", fmt="int32s"),
        0xE8: Tag("FilterEffectUserDef3", fmt="int32s"),
        0xEC: Tag("ToningEffectUserDef3", fmt="int32s"),
        0xF0: Tag("UserDef1PictureStyle", fmt="int16u"),
        0xF2: Tag("UserDef2PictureStyle", fmt="int16u"),
        0xF4: Tag("UserDef3PictureStyle", fmt="int16u"),
    },
    kind=BINARY,
    priority=0,
)


CI_EXPOSURE_TIME = Tag(
    "ExposureTime", fmt="int8u", raw=nonzero, conv=lambda v: math.exp(4 * math.log(2) * (1 - canon_ev(v - 24)))
)
CI_MIN_FOCAL_LENGTH = Tag("MinFocalLength", fmt="int16uRev")
CI_FOCAL_LENGTH = Tag("FocalLength", fmt="int16uRev", raw=nonzero)
CI_FNUMBER = Tag("FNumber", fmt="int8u", raw=nonzero, conv=lambda v: math.exp((v - 8) / 16 * math.log(2)))
CI_ISO = Tag("ISO", fmt="int8u", conv=lambda v: 100 * math.exp((v / 8 - 9) * math.log(2)))
CI_LENS_TYPE = Tag("LensType", fmt="int16uRev")
CI_COLOR_TEMPERATURE = Tag("ColorTemperature", fmt="int16u")
CI_CAMERA_TEMPERATURE = Tag("CameraTemperature", fmt="int8u", conv=lambda v: v - 128)
CI_FOCUS_DISTANCE_UPPER = Tag("FocusDistanceUpper", fmt="int16uRev", conv=lambda v: v / 100)
CI_WHITE_BALANCE = Tag("WhiteBalance", fmt="int16u")
CI_MAX_FOCAL_LENGTH = Tag("MaxFocalLength", fmt="int16uRev")
CI_FILE_INDEX = Tag("FileIndex", fmt="int32u", conv=lambda v: v + 1)
CI_FOCUS_DISTANCE_LOWER = Tag("FocusDistanceLower", fmt="int16uRev", conv=lambda v: v / 100)
CI_DIRECTORY_INDEX = Tag("DirectoryIndex", fmt="int32u", conv=lambda v: v - 1)
CI_FIRMWARE_VERSION = Tag("FirmwareVersion", fmt="string[6]")
CI_PICTURE_STYLE = Tag("PictureStyle", fmt="int8u")
CI_PICTURE_STYLE_INFO = Tag("PictureStyleInfo", sub=PS_INFO)
CI_FIRMWARE_VERSION_CHECKED = Tag("FirmwareVersion", fmt="string[6]", raw=firmware)
CI_MACRO_MAGNIFICATION = Tag(
    "MacroMagnification",
    conv=lambda v: math.exp((75 - v) * math.log(2) * 3 / 40),
    when=lambda p: p.n["LensType"] and p.n["LensType"] == 124,
)
CI_PICTURE_STYLE_INFO2 = Tag("PictureStyleInfo", sub=PS_INFO2)
CI_LENS_TYPE_NONZERO = Tag("LensType", fmt="int16uRev", raw=nonzero)
CI_DIRECTORY_INDEX_RAW = Tag("DirectoryIndex", fmt="int32u")
CI_LENS_MODEL = Tag("LensModel", fmt="string[64]")


CAMERA_INFO_1D = Table(
    {
        0x04: CI_EXPOSURE_TIME,
        0x0A: Tag("FocalLength", fmt="int16u", raw=nonzero),
        0x0D: CI_LENS_TYPE_NONZERO,
        0x0E: Tag("MinFocalLength", fmt="int16u"),
        0x10: Tag("MaxFocalLength", fmt="int16u"),
        0x41: Tag("SharpnessFrequency", when=model(r"\b1D$")),
        0x42: Tag("Sharpness", fmt="int8s", when=model(r"\b1D$")),
        0x44: Tag("WhiteBalance", when=model(r"\b1D$")),
        0x47: Tag("SharpnessFrequency", when=model(r"\b1DS$")),
        0x48: (
            Tag("ColorTemperature", fmt="int16u", when=model(r"\b1D$")),
            Tag("Sharpness", fmt="int8s", when=model(r"\b1DS$")),
        ),
        0x4A: Tag("WhiteBalance", when=model(r"\b1DS$")),
        0x4B: Tag("PictureStyle", when=model(r"\b1D$")),
        0x4E: Tag("ColorTemperature", fmt="int16u", when=model(r"\b1DS$")),
        0x51: Tag("PictureStyle", when=model(r"\b1DS$")),
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_1D_MK_II = Table(
    {
        0x04: CI_EXPOSURE_TIME,
        0x09: CI_FOCAL_LENGTH,
        0x0C: CI_LENS_TYPE_NONZERO,
        0x11: CI_MIN_FOCAL_LENGTH,
        0x13: CI_MAX_FOCAL_LENGTH,
        0x2D: "FocalType",
        0x36: "WhiteBalance",
        0x37: Tag("ColorTemperature", fmt="int16uRev"),
        0x39: Tag("CanonImageSize", fmt="int16u"),
        0x66: "JPEGQuality",
        0x6C: "PictureStyle",
        0x6E: Tag("Saturation", fmt="int8s"),
        0x6F: Tag("ColorTone", fmt="int8s"),
        0x72: Tag("Sharpness", fmt="int8s"),
        0x73: Tag("Contrast", fmt="int8s"),
        0x75: Tag("ISO", fmt="string[5]"),
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_1D_MK_IIN = Table(
    {
        0x04: CI_EXPOSURE_TIME,
        0x09: CI_FOCAL_LENGTH,
        0x0C: CI_LENS_TYPE_NONZERO,
        0x11: CI_MIN_FOCAL_LENGTH,
        0x13: CI_MAX_FOCAL_LENGTH,
        0x36: "WhiteBalance",
        0x37: Tag("ColorTemperature", fmt="int16uRev"),
        0x73: "PictureStyle",
        0x74: Tag("Sharpness", fmt="int8s"),
        0x75: Tag("Contrast", fmt="int8s"),
        0x76: Tag("Saturation", fmt="int8s"),
        0x77: Tag("ColorTone", fmt="int8s"),
        0x79: Tag("ISO", fmt="string[5]"),
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_1D_MK_III = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x18: CI_CAMERA_TEMPERATURE,
        0x1B: CI_MACRO_MAGNIFICATION,
        0x1D: CI_FOCAL_LENGTH,
        0x30: "CameraOrientation",
        0x43: CI_FOCUS_DISTANCE_UPPER,
        0x45: CI_FOCUS_DISTANCE_LOWER,
        0x5E: CI_WHITE_BALANCE,
        0x62: CI_COLOR_TEMPERATURE,
        0x86: "PictureStyle",
        0x111: CI_LENS_TYPE,
        0x113: CI_MIN_FOCAL_LENGTH,
        0x115: CI_MAX_FOCAL_LENGTH,
        0x136: CI_FIRMWARE_VERSION,
        0x172: CI_FILE_INDEX,
        0x176: Tag("ShutterCount", fmt="int32u", conv=lambda v: v + 1),
        0x17E: CI_DIRECTORY_INDEX,
        0x2AA: CI_PICTURE_STYLE_INFO,
        0x45A: Tag("TimeStamp1", fmt="int32u", raw=nonzero, conv=unix_time, when=model(r"\b1D Mark III$")),
        0x45E: Tag("TimeStamp", fmt="int32u", raw=nonzero, conv=unix_time),
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_1D_MK_IV = Table(
    {
        0x00: Tag("FirmwareVersionLookAhead", fmt="undef[509]", raw=firmware_lookahead(0x1E8, 0x1ED)),
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x07: "HighlightTonePriority",
        0x08: Tag("MeasuredEV2", raw=nonzero, conv=lambda v: v / 8 - 6),
        0x09: Tag("MeasuredEV3", raw=nonzero, conv=lambda v: v / 8 - 6),
        0x15: "FlashMeteringMode",
        0x19: CI_CAMERA_TEMPERATURE,
        0x1E: CI_FOCAL_LENGTH,
        0x35: "CameraOrientation",
        0x54: CI_FOCUS_DISTANCE_UPPER,
        0x56: Tag("FocusDistanceLower", fmt="int16uRev", conv=lambda v: v / 100, hook=firmware_shift(-1, below=2)),
        0x78: CI_WHITE_BALANCE,
        0x7C: CI_COLOR_TEMPERATURE,
        0x14F: CI_LENS_TYPE,
        0x151: CI_MIN_FOCAL_LENGTH,
        0x153: Tag("MaxFocalLength", fmt="int16uRev", hook=lambda n: -4 if n["CanonFirm"] < 2 else 0),
        0x1ED: CI_FIRMWARE_VERSION,
        0x22C: CI_FILE_INDEX,
        0x238: CI_DIRECTORY_INDEX,
        0x368: CI_PICTURE_STYLE_INFO,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_1DX = Table(
    {
        0x00: Tag("FirmwareVersionLookAhead", fmt="undef[651]", raw=firmware_lookahead(0x271, 0x279, 0x280, 0x285)),
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x1B: Tag(
            "CameraTemperature", fmt="int8u", conv=lambda v: v - 128, hook=lambda n: -3 if n["CanonFirm"] < 3 else 0
        ),
        0x23: CI_FOCAL_LENGTH,
        0x7D: "CameraOrientation",
        0x8C: CI_FOCUS_DISTANCE_UPPER,
        0x8E: Tag(
            "FocusDistanceLower",
            fmt="int16uRev",
            conv=lambda v: v / 100,
            hook=lambda n: (-4 if n["CanonFirm"] < 3 else 0) + (5 if n["CanonFirm"] == 4 else 0),
        ),
        0xBC: CI_WHITE_BALANCE,
        0xC0: CI_COLOR_TEMPERATURE,
        0xF4: CI_PICTURE_STYLE,
        0x1A7: CI_LENS_TYPE,
        0x1A9: CI_MIN_FOCAL_LENGTH,
        0x1AB: Tag("MaxFocalLength", fmt="int16uRev", hook=firmware_shift(-8, below=2)),
        0x280: CI_FIRMWARE_VERSION,
        0x2D0: CI_FILE_INDEX,
        0x2DC: CI_DIRECTORY_INDEX,
        0x3F4: CI_PICTURE_STYLE_INFO2,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_5D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x0C: CI_LENS_TYPE_NONZERO,
        0x17: CI_CAMERA_TEMPERATURE,
        0x1B: CI_MACRO_MAGNIFICATION,
        0x27: "CameraOrientation",
        0x28: CI_FOCAL_LENGTH,
        0x38: Tag("AFPointsInFocus5D", fmt="int16uRev"),
        0x54: CI_WHITE_BALANCE,
        0x58: CI_COLOR_TEMPERATURE,
        0x6C: CI_PICTURE_STYLE,
        0x93: CI_MIN_FOCAL_LENGTH,
        0x95: CI_MAX_FOCAL_LENGTH,
        0x97: CI_LENS_TYPE,
        0xA4: Tag("FirmwareRevision", fmt="string[8]"),
        0xAC: Tag("ShortOwnerName", fmt="string[16]"),
        0xCC: CI_DIRECTORY_INDEX_RAW,
        0xD0: Tag("FileIndex", fmt="int16u", conv=lambda v: v + 1),
        0xE8: "ContrastStandard",
        0xE9: "ContrastPortrait",
        0xEA: "ContrastLandscape",
        0xEB: "ContrastNeutral",
        0xEC: "ContrastFaithful",
        0xED: "ContrastMonochrome",
        0xEE: "ContrastUserDef1",
        0xEF: "ContrastUserDef2",
        0xF0: "ContrastUserDef3",
        0xF1: "SharpnessStandard",
        0xF2: "SharpnessPortrait",
        0xF3: "SharpnessLandscape",
        0xF4: "SharpnessNeutral",
        0xF5: "SharpnessFaithful",
        0xF6: "SharpnessMonochrome",
        0xF7: "SharpnessUserDef1",
        0xF8: "SharpnessUserDef2",
        0xF9: "SharpnessUserDef3",
        0xFA: "SaturationStandard",
        0xFB: "SaturationPortrait",
        0xFC: "SaturationLandscape",
        0xFD: "SaturationNeutral",
        0xFE: "SaturationFaithful",
        0xFF: "FilterEffectMonochrome",
        0x100: "SaturationUserDef1",
        0x101: "SaturationUserDef2",
        0x102: "SaturationUserDef3",
        0x103: "ColorToneStandard",
        0x104: "ColorTonePortrait",
        0x105: "ColorToneLandscape",
        0x106: "ColorToneNeutral",
        0x107: "ColorToneFaithful",
        0x108: "ToningEffectMonochrome",
        0x109: "ColorToneUserDef1",
        0x10A: "ColorToneUserDef2",
        0x10B: "ColorToneUserDef3",
        0x10C: Tag("UserDef1PictureStyle", fmt="int16u"),
        0x10E: Tag("UserDef2PictureStyle", fmt="int16u"),
        0x110: Tag("UserDef3PictureStyle", fmt="int16u"),
        0x11C: Tag("TimeStamp", fmt="int32u", raw=nonzero, conv=unix_time),
    },
    kind=BINARY,
    fmt="int8s",
    priority=0,
)


CAMERA_INFO_5D_MK_II = Table(
    {
        0x00: Tag("FirmwareVersionLookAhead", fmt="undef[388]", raw=firmware_lookahead(0x15A, 0x17E)),
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x07: "HighlightTonePriority",
        0x15: "FlashMeteringMode",
        0x19: CI_CAMERA_TEMPERATURE,
        0x1B: CI_MACRO_MAGNIFICATION,
        0x1E: CI_FOCAL_LENGTH,
        0x31: "CameraOrientation",
        0x50: CI_FOCUS_DISTANCE_UPPER,
        0x52: CI_FOCUS_DISTANCE_LOWER,
        0x6F: CI_WHITE_BALANCE,
        0x73: CI_COLOR_TEMPERATURE,
        0xA7: CI_PICTURE_STYLE,
        0xBD: "HighISONoiseReduction",
        0xBF: "AutoLightingOptimizer",
        0xE6: CI_LENS_TYPE,
        0xE8: CI_MIN_FOCAL_LENGTH,
        0xEA: Tag("MaxFocalLength", fmt="int16uRev", hook=firmware_shift(-36, below=2)),
        0x17E: CI_FIRMWARE_VERSION_CHECKED,
        0x1BB: CI_FILE_INDEX,
        0x1C7: CI_DIRECTORY_INDEX,
        0x2F7: CI_PICTURE_STYLE_INFO,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_5D_MK_III = Table(
    {
        0x00: Tag(
            "FirmwareVersionLookAhead", fmt="undef[589]", raw=firmware_lookahead(0x22C, 0x22D, 0x23C, 0x242, 0x247)
        ),
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x1B: Tag("CameraTemperature", fmt="int8u", conv=lambda v: v - 128, hook=firmware_shift(-1, below=3)),
        0x23: Tag(
            "FocalLength",
            fmt="int16uRev",
            raw=nonzero,
            hook=lambda n: {1: -3, 2: -2}.get(n["CanonFirm"], 6 if n["CanonFirm"] >= 4 else 0),
        ),
        0x7D: "CameraOrientation",
        0x8C: CI_FOCUS_DISTANCE_UPPER,
        0x8E: Tag(
            "FocusDistanceLower",
            fmt="int16uRev",
            conv=lambda v: v / 100,
            hook=lambda n: (-4 if n["CanonFirm"] < 3 else 0) + (5 if n["CanonFirm"] > 4 else 0),
        ),
        0xBC: CI_WHITE_BALANCE,
        0xC0: CI_COLOR_TEMPERATURE,
        0xF4: CI_PICTURE_STYLE,
        0x153: CI_LENS_TYPE,
        0x155: CI_MIN_FOCAL_LENGTH,
        0x157: Tag("MaxFocalLength", fmt="int16uRev", hook=lambda n: -8 if n["CanonFirm"] < 3 else 0),
        0x164: Tag("LensSerialNumber", fmt="undef[5]", conv=bytes.hex, priority=0),
        0x23C: CI_FIRMWARE_VERSION,
        0x28C: CI_FILE_INDEX,
        0x290: Tag("FileIndex2", fmt="int32u", conv=lambda v: v + 1),
        0x298: CI_DIRECTORY_INDEX,
        0x29C: Tag("DirectoryIndex2", fmt="int32u", conv=lambda v: v - 1),
        0x3B0: CI_PICTURE_STYLE_INFO2,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_6D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x1B: CI_CAMERA_TEMPERATURE,
        0x23: CI_FOCAL_LENGTH,
        0x83: "CameraOrientation",
        0x92: CI_FOCUS_DISTANCE_UPPER,
        0x94: CI_FOCUS_DISTANCE_LOWER,
        0xC2: CI_WHITE_BALANCE,
        0xC6: CI_COLOR_TEMPERATURE,
        0xFA: CI_PICTURE_STYLE,
        0x161: CI_LENS_TYPE,
        0x163: CI_MIN_FOCAL_LENGTH,
        0x165: CI_MAX_FOCAL_LENGTH,
        0x256: CI_FIRMWARE_VERSION,
        0x2AA: CI_FILE_INDEX,
        0x2B6: CI_DIRECTORY_INDEX,
        0x3C6: CI_PICTURE_STYLE_INFO2,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_7D = Table(
    {
        0x00: Tag("FirmwareVersionLookAhead", fmt="undef[434]", raw=firmware_lookahead(0x1A8, 0x1AC)),
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x07: "HighlightTonePriority",
        0x08: Tag("MeasuredEV2", raw=nonzero, conv=lambda v: v / 8 - 6),
        0x09: Tag("MeasuredEV", raw=nonzero, conv=lambda v: v / 8 - 6),
        0x15: "FlashMeteringMode",
        0x19: CI_CAMERA_TEMPERATURE,
        0x1E: Tag("FocalLength", fmt="int16uRev", raw=nonzero, hook=firmware_shift(-4, below=2)),
        0x35: "CameraOrientation",
        0x54: CI_FOCUS_DISTANCE_UPPER,
        0x56: CI_FOCUS_DISTANCE_LOWER,
        0x77: CI_WHITE_BALANCE,
        0x7B: CI_COLOR_TEMPERATURE,
        0xAF: "CameraPictureStyle",
        0xC9: "HighISONoiseReduction",
        0x112: CI_LENS_TYPE,
        0x114: CI_MIN_FOCAL_LENGTH,
        0x116: CI_MAX_FOCAL_LENGTH,
        0x1AC: CI_FIRMWARE_VERSION_CHECKED,
        0x1EB: CI_FILE_INDEX,
        0x1F7: CI_DIRECTORY_INDEX,
        0x327: CI_PICTURE_STYLE_INFO,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_40D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x15: "FlashMeteringMode",
        0x18: CI_CAMERA_TEMPERATURE,
        0x1B: CI_MACRO_MAGNIFICATION,
        0x1D: CI_FOCAL_LENGTH,
        0x30: "CameraOrientation",
        0x43: CI_FOCUS_DISTANCE_UPPER,
        0x45: CI_FOCUS_DISTANCE_LOWER,
        0x6F: CI_WHITE_BALANCE,
        0x73: CI_COLOR_TEMPERATURE,
        0xD6: CI_LENS_TYPE,
        0xD8: CI_MIN_FOCAL_LENGTH,
        0xDA: CI_MAX_FOCAL_LENGTH,
        0xFF: CI_FIRMWARE_VERSION,
        0x133: CI_FILE_INDEX,
        0x13F: CI_DIRECTORY_INDEX,
        0x25B: CI_PICTURE_STYLE_INFO,
        0x92B: CI_LENS_MODEL,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_50D = Table(
    {
        0x00: Tag("FirmwareVersionLookAhead", fmt="undef[356]", raw=firmware_lookahead(0x15A, 0x15E)),
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x07: "HighlightTonePriority",
        0x15: "FlashMeteringMode",
        0x19: CI_CAMERA_TEMPERATURE,
        0x1E: CI_FOCAL_LENGTH,
        0x31: "CameraOrientation",
        0x50: CI_FOCUS_DISTANCE_UPPER,
        0x52: CI_FOCUS_DISTANCE_LOWER,
        0x6F: CI_WHITE_BALANCE,
        0x73: CI_COLOR_TEMPERATURE,
        0xA7: CI_PICTURE_STYLE,
        0xBD: "HighISONoiseReduction",
        0xBF: "AutoLightingOptimizer",
        0xEA: CI_LENS_TYPE,
        0xEC: CI_MIN_FOCAL_LENGTH,
        0xEE: Tag("MaxFocalLength", fmt="int16uRev", hook=firmware_shift(-4, below=2)),
        0x15E: CI_FIRMWARE_VERSION,
        0x19B: CI_FILE_INDEX,
        0x1A7: CI_DIRECTORY_INDEX,
        0x2D7: CI_PICTURE_STYLE_INFO,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_60D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x19: CI_CAMERA_TEMPERATURE,
        0x1E: CI_FOCAL_LENGTH,
        0x36: Tag("CameraOrientation", when=model(r"EOS 60D$")),
        0x3A: Tag("CameraOrientation", when=model(r"\b(1200D|REBEL T5|Kiss X70)\b")),
        0x55: Tag("FocusDistanceUpper", fmt="int16uRev", conv=lambda v: v / 100, when=model(r"EOS 60D$")),
        0x57: Tag("FocusDistanceLower", fmt="int16uRev", conv=lambda v: v / 100, when=model(r"EOS 60D$")),
        0x7D: Tag("ColorTemperature", fmt="int16u", when=model(r"EOS 60D$")),
        0xE8: CI_LENS_TYPE,
        0xEA: CI_MIN_FOCAL_LENGTH,
        0xEC: CI_MAX_FOCAL_LENGTH,
        0x199: CI_FIRMWARE_VERSION,
        0x1D9: Tag("FileIndex", fmt="int32u", conv=lambda v: v + 1, when=model(r"EOS 60D$")),
        0x1E5: Tag("DirectoryIndex", fmt="int32u", conv=lambda v: v - 1, when=model(r"EOS 60D$")),
        0x2F9: Tag("PictureStyleInfo", when=model(r"\b(1200D|REBEL T5|Kiss X70)\b"), sub=PS_INFO2),
        0x321: Tag("PictureStyleInfo", when=model(r"EOS 60D$"), sub=PS_INFO2),
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_70D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x1B: CI_CAMERA_TEMPERATURE,
        0x23: CI_FOCAL_LENGTH,
        0x84: "CameraOrientation",
        0x93: CI_FOCUS_DISTANCE_UPPER,
        0x95: CI_FOCUS_DISTANCE_LOWER,
        0xC7: CI_COLOR_TEMPERATURE,
        0x166: CI_LENS_TYPE,
        0x168: CI_MIN_FOCAL_LENGTH,
        0x16A: CI_MAX_FOCAL_LENGTH,
        0x25E: CI_FIRMWARE_VERSION,
        0x2B3: CI_FILE_INDEX,
        0x2BF: CI_DIRECTORY_INDEX,
        0x3CF: CI_PICTURE_STYLE_INFO2,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_80D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x1B: CI_CAMERA_TEMPERATURE,
        0x23: CI_FOCAL_LENGTH,
        0x96: "CameraOrientation",
        0xA5: CI_FOCUS_DISTANCE_UPPER,
        0xA7: CI_FOCUS_DISTANCE_LOWER,
        0x13A: CI_COLOR_TEMPERATURE,
        0x189: CI_LENS_TYPE,
        0x18B: CI_MIN_FOCAL_LENGTH,
        0x18D: CI_MAX_FOCAL_LENGTH,
        0x45A: CI_FIRMWARE_VERSION,
        0x4AE: CI_FILE_INDEX,
        0x4BA: CI_DIRECTORY_INDEX,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_450D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x15: "FlashMeteringMode",
        0x18: CI_CAMERA_TEMPERATURE,
        0x1B: CI_MACRO_MAGNIFICATION,
        0x1D: CI_FOCAL_LENGTH,
        0x30: "CameraOrientation",
        0x43: CI_FOCUS_DISTANCE_UPPER,
        0x45: CI_FOCUS_DISTANCE_LOWER,
        0x6F: CI_WHITE_BALANCE,
        0x73: CI_COLOR_TEMPERATURE,
        0xDE: CI_LENS_TYPE,
        0x107: CI_FIRMWARE_VERSION,
        0x10F: Tag("OwnerName", fmt="string[32]"),
        0x133: CI_DIRECTORY_INDEX_RAW,
        0x13F: CI_FILE_INDEX,
        0x263: CI_PICTURE_STYLE_INFO,
        0x933: CI_LENS_MODEL,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_500D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x07: "HighlightTonePriority",
        0x15: "FlashMeteringMode",
        0x19: CI_CAMERA_TEMPERATURE,
        0x1E: CI_FOCAL_LENGTH,
        0x31: "CameraOrientation",
        0x50: CI_FOCUS_DISTANCE_UPPER,
        0x52: CI_FOCUS_DISTANCE_LOWER,
        0x73: CI_WHITE_BALANCE,
        0x77: CI_COLOR_TEMPERATURE,
        0xAB: CI_PICTURE_STYLE,
        0xBC: "HighISONoiseReduction",
        0xBE: "AutoLightingOptimizer",
        0xF6: CI_LENS_TYPE,
        0xF8: CI_MIN_FOCAL_LENGTH,
        0xFA: CI_MAX_FOCAL_LENGTH,
        0x190: CI_FIRMWARE_VERSION_CHECKED,
        0x1D3: CI_FILE_INDEX,
        0x1DF: CI_DIRECTORY_INDEX,
        0x30B: CI_PICTURE_STYLE_INFO,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_550D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x07: "HighlightTonePriority",
        0x15: "FlashMeteringMode",
        0x19: CI_CAMERA_TEMPERATURE,
        0x1E: CI_FOCAL_LENGTH,
        0x35: "CameraOrientation",
        0x54: CI_FOCUS_DISTANCE_UPPER,
        0x56: CI_FOCUS_DISTANCE_LOWER,
        0x78: CI_WHITE_BALANCE,
        0x7C: CI_COLOR_TEMPERATURE,
        0xB0: CI_PICTURE_STYLE,
        0xFF: CI_LENS_TYPE,
        0x101: CI_MIN_FOCAL_LENGTH,
        0x103: CI_MAX_FOCAL_LENGTH,
        0x1A4: CI_FIRMWARE_VERSION_CHECKED,
        0x1E4: CI_FILE_INDEX,
        0x1F0: CI_DIRECTORY_INDEX,
        0x31C: CI_PICTURE_STYLE_INFO,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_600D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x07: "HighlightTonePriority",
        0x15: "FlashMeteringMode",
        0x19: CI_CAMERA_TEMPERATURE,
        0x1E: CI_FOCAL_LENGTH,
        0x38: "CameraOrientation",
        0x57: CI_FOCUS_DISTANCE_UPPER,
        0x59: CI_FOCUS_DISTANCE_LOWER,
        0x7B: CI_WHITE_BALANCE,
        0x7F: CI_COLOR_TEMPERATURE,
        0xB3: CI_PICTURE_STYLE,
        0xEA: CI_LENS_TYPE,
        0xEC: CI_MIN_FOCAL_LENGTH,
        0xEE: CI_MAX_FOCAL_LENGTH,
        0x19B: CI_FIRMWARE_VERSION_CHECKED,
        0x1DB: CI_FILE_INDEX,
        0x1E7: CI_DIRECTORY_INDEX,
        0x2FB: CI_PICTURE_STYLE_INFO2,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_650D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x1B: CI_CAMERA_TEMPERATURE,
        0x23: CI_FOCAL_LENGTH,
        0x7D: "CameraOrientation",
        0x8C: CI_FOCUS_DISTANCE_UPPER,
        0x8E: CI_FOCUS_DISTANCE_LOWER,
        0xBC: CI_WHITE_BALANCE,
        0xC0: CI_COLOR_TEMPERATURE,
        0xF4: CI_PICTURE_STYLE,
        0x127: CI_LENS_TYPE,
        0x129: CI_MIN_FOCAL_LENGTH,
        0x12B: CI_MAX_FOCAL_LENGTH,
        0x21B: Tag("FirmwareVersion", fmt="string[6]", raw=firmware, when=model(r"(650D|REBEL T4i|Kiss X6i)\b")),
        0x220: Tag("FirmwareVersion", fmt="string[6]", raw=firmware, when=model(r"(700D|REBEL T5i|Kiss X7i)\b")),
        0x270: Tag("FileIndex", fmt="int32u", conv=lambda v: v + 1, when=model(r"(650D|REBEL T4i|Kiss X6i)\b")),
        0x274: Tag("FileIndex", fmt="int32u", conv=lambda v: v + 1, when=model(r"(700D|REBEL T5i|Kiss X7i)\b")),
        0x27C: Tag("DirectoryIndex", fmt="int32u", conv=lambda v: v - 1, when=model(r"(650D|REBEL T4i|Kiss X6i)\b")),
        0x280: Tag("DirectoryIndex", fmt="int32u", conv=lambda v: v - 1, when=model(r"(700D|REBEL T5i|Kiss X7i)\b")),
        0x390: CI_PICTURE_STYLE_INFO2,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_750D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x1B: CI_CAMERA_TEMPERATURE,
        0x23: CI_FOCAL_LENGTH,
        0x96: "CameraOrientation",
        0xA5: CI_FOCUS_DISTANCE_UPPER,
        0xA7: CI_FOCUS_DISTANCE_LOWER,
        0x131: CI_WHITE_BALANCE,
        0x135: CI_COLOR_TEMPERATURE,
        0x169: CI_PICTURE_STYLE,
        0x184: CI_LENS_TYPE,
        0x186: CI_MIN_FOCAL_LENGTH,
        0x188: CI_MAX_FOCAL_LENGTH,
        0x43D: CI_FIRMWARE_VERSION_CHECKED,
        0x449: CI_FIRMWARE_VERSION_CHECKED,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_1000D = Table(
    {
        0x03: CI_FNUMBER,
        0x04: CI_EXPOSURE_TIME,
        0x06: CI_ISO,
        0x15: "FlashMeteringMode",
        0x18: CI_CAMERA_TEMPERATURE,
        0x1B: CI_MACRO_MAGNIFICATION,
        0x1D: CI_FOCAL_LENGTH,
        0x30: "CameraOrientation",
        0x43: CI_FOCUS_DISTANCE_UPPER,
        0x45: CI_FOCUS_DISTANCE_LOWER,
        0x6F: CI_WHITE_BALANCE,
        0x73: CI_COLOR_TEMPERATURE,
        0xE2: CI_LENS_TYPE,
        0xE4: CI_MIN_FOCAL_LENGTH,
        0xE6: CI_MAX_FOCAL_LENGTH,
        0x10B: CI_FIRMWARE_VERSION,
        0x137: CI_DIRECTORY_INDEX_RAW,
        0x143: CI_FILE_INDEX,
        0x267: CI_PICTURE_STYLE_INFO,
        0x937: CI_LENS_MODEL,
    },
    kind=BINARY,
    priority=0,
)


CAMERA_INFO_POWER_SHOT = Table(
    {
        0: Tag("ISO", conv=lambda v: 100 * math.exp(((v - 411) / 96) * math.log(2))),
        5: Tag("FNumber", conv=lambda v: math.exp(v / 192 * math.log(2))),
        6: Tag("ExposureTime", conv=lambda v: math.exp(-v / 96 * math.log(2))),
        23: "Rotation",
        135: Tag("CameraTemperature", when=camera_info_count(138)),
        145: Tag("CameraTemperature", when=camera_info_count(148)),
    },
    kind=BINARY,
    fmt="int32s",
    priority=0,
)


CAMERA_INFO_POWER_SHOT2 = Table(
    {
        1: Tag("ISO", conv=lambda v: 100 * math.exp(((v - 411) / 96) * math.log(2))),
        6: Tag("FNumber", conv=lambda v: math.exp(v / 192 * math.log(2))),
        7: Tag("ExposureTime", conv=lambda v: math.exp(-v / 96 * math.log(2))),
        24: "Rotation",
        153: Tag("CameraTemperature", when=camera_info_count(156)),
        159: Tag("CameraTemperature", when=camera_info_count(162)),
        164: Tag("CameraTemperature", when=camera_info_count(167)),
        168: Tag("CameraTemperature", when=camera_info_count(171)),
        261: Tag("CameraTemperature", when=camera_info_count(264)),
    },
    kind=BINARY,
    fmt="int32s",
    priority=0,
)


CAMERA_INFO_UNKNOWN32 = Table(
    {
        -3: Tag("CameraTemperature", when=lambda p: p.n["CameraInfoCount"] > 400),
        71: Tag("CameraTemperature", when=camera_info_count(72)),
        83: Tag("CameraTemperature", when=camera_info_count(85)),
        91: Tag("CameraTemperature", when=camera_info_count(93, 94)),
        92: Tag("CameraTemperature", when=camera_info_count(96)),
        100: Tag("CameraTemperature", when=camera_info_count(104)),
    },
    kind=BINARY,
    fmt="int32s",
    priority=0,
)


CAMERA_INFO_UNKNOWN = Table(
    {
        0x16B: Tag("LensSerialNumber", fmt="undef[5]", conv=bytes.hex, when=model(r"^Canon EOS 5DS"), priority=0),
        0x5C1: Tag("FirmwareVersion", fmt="string[6]", when=lambda p: re.search(rb"^\d\.\d\.\d\0", p.data)),
    },
    kind=BINARY,
    fmt="int8s",
    priority=0,
)
