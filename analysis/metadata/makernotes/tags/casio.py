"""Casio maker-note tag tables: ids, names and conversions from ExifTool 12.57 Casio.pm (Main
for the older QV models, Type2 for ``QVC``/``DCI`` maker notes, QVCI for the JPEG APP1 ``QVCI``
segment of the QV-7000SX)."""

import re

from ..table import BINARY, Table, Tag, model

MAIN = Table(
    {
        0x0001: "RecordingMode",
        0x0002: "Quality",
        0x0003: "FocusMode",
        0x0004: (Tag("FlashMode", when=model(r"^QV-(3500EX|8000SX)")), "FlashMode"),
        0x0005: "FlashIntensity",
        0x0006: Tag("ObjectDistance", conv=lambda v: v / 1000),
        0x0007: "WhiteBalance",
        0x000A: "DigitalZoom",
        0x000B: "Sharpness",
        0x000C: "Contrast",
        0x000D: "Saturation",
        0x0014: Tag("ISO", priority=0),
        0x0015: Tag("FirmwareDate", fmt="undef[18]"),
        0x0016: "Enhancement",
        0x0017: "ColorFilter",
        0x0018: "AFPoint",
        0x0019: "FlashIntensity",
    },
)

TYPE2 = Table(
    {
        0x0002: Tag("PreviewImageSize", fmt="int16u[2]"),
        0x0003: "PreviewImageLength",
        0x0004: Tag("PreviewImageStart", offset=True),
        0x0008: "QualityMode",
        0x0009: "CasioImageSize",
        0x000D: "FocusMode",
        0x0014: Tag("ISO", priority=0),
        0x0019: "WhiteBalance",
        0x001D: "FocalLength",
        0x001F: "Saturation",
        0x0020: "Contrast",
        0x0021: "Sharpness",
        0x2000: Tag("PreviewImage", binary=True),
        0x2001: Tag("FirmwareDate", fmt="undef[18]"),
        0x2011: "WhiteBalanceBias",
        0x2012: "WhiteBalance",
        0x2021: "AFPointPosition",
        0x2022: Tag("ObjectDistance", conv=lambda v: "inf" if v >= 0x20000000 else v / 1000),
        0x2034: "FlashDistance",
        0x2076: "SpecialEffectMode",
        0x211C: Tag("FacesDetected", fmt="int8u"),
        0x3000: "RecordMode",
        0x3001: "ReleaseMode",
        0x3002: "Quality",
        0x3003: "FocusMode",
        0x3006: "HometownCity",
        0x3007: "BestShotMode",
        0x3008: "AutoISO",
        0x3009: "AFMode",
        0x3011: Tag("Sharpness", fmt="int16s"),
        0x3012: Tag("Contrast", fmt="int16s"),
        0x3013: Tag("Saturation", fmt="int16s"),
        0x3014: Tag("ISO", priority=0),
        0x3015: "ColorMode",
        0x3016: "Enhancement",
        0x3017: "ColorFilter",
        0x301B: "ArtMode",
        0x301C: "SequenceNumber",
        0x301D: "BracketSequence",
        0x3020: "ImageStabilization",
        0x302A: "LightingMode",
        0x302B: "PortraitRefiner",
        0x3030: "SpecialEffectLevel",
        0x3031: "SpecialEffectSetting",
        0x3103: "DriveMode",
        0x310B: "ArtModeParameters",
        0x4001: Tag("CaptureFrameRate", conv=lambda v: _frame_rate(v)),
        0x4003: "VideoQuality",
    },
)


def _frame_rate(value: object) -> object:
    """Casio.pm CaptureFrameRate: one value in mHz, or a range (high-low), or a plain rate."""
    if not isinstance(value, list):
        return value / 1000
    if len(value) > 1 and value[1]:
        return f"{value[1]}-{value[0]}"
    return value[0] / 1000 if value[0] > 10000 else value[0]


def _qvci_date(value: str) -> str:
    """Casio.pm QVCI DateTimeOriginal: ``1998.10.24 12:08:57`` with dots made colons (and the
    date's last colon a blank when the text has no blank)."""
    value = value.replace(".", ":")
    return re.sub(r"(\d+:\d+:\d+):", r"\1 ", value, count=1)


QVCI = Table(
    {
        0x2C: "CasioQuality",
        0x4D: Tag("DateTimeOriginal", fmt="string[20]", conv=_qvci_date),
        0x62: Tag("ModelType", fmt="string[7]"),
        0x72: Tag("ManufactureIndex", fmt="string[9]"),
        0x7C: Tag("ManufactureCode", fmt="string[9]"),
    },
    kind=BINARY,
)
