"""Leica maker-note tag tables: ids, names, formats and conversions from ExifTool 12.57
Panasonic.pm (Leica2 for the M8, Leica3 for the R8/R9 backs, Leica4 and its Subdir for the M9,
Leica5 for the X1/X2/X Vario/T/Q/SL/CL, Leica6 for the S2/M (Typ 240)/S (Typ 006), Leica9 for
the M10/S (Typ 007)); group Leica. Unknown rows are left out."""

from ..table import BINARY, Table, Tag, model


def lens_type(value: int) -> str:
    """Panasonic.pm LensType: the lens id (bits 2 and up) and its frame selector (bits 0-1)."""
    return f"{value >> 2} {value & 0x3}"


def _data1_lens_type(value: int) -> str:
    return f"{(value >> 2) & 0xFFFF} {value & 0x3}"


def _trim_right(value: object) -> object:
    return value.rstrip(" ") if isinstance(value, str) else value


LEICA2 = Table(
    {
        0x300: "Quality",
        0x302: "UserProfile",
        0x303: "SerialNumber",
        0x304: "WhiteBalance",
        0x310: Tag("LensType", conv=lens_type),
        0x311: Tag("ExternalSensorBrightnessValue", fmt="rational64s"),
        0x312: Tag("MeasuredLV", fmt="rational64s"),
        0x313: "ApproximateFNumber",
        0x320: "CameraTemperature",
        0x321: "ColorTemperature",
        0x322: "WBRedLevel",
        0x323: "WBGreenLevel",
        0x324: "WBBlueLevel",
        0x325: "UV-IRFilterCorrection",
        0x330: "CCDVersion",
        0x331: "CCDBoardVersion",
        0x332: "ControllerBoardVersion",
        0x333: "M16CVersion",
        0x340: "ImageIDNumber",
    },
    group="Leica",
)

SERIAL_INFO = Table({4: Tag("SerialNumber", fmt="string[8]")}, kind=BINARY)
LEICA3 = Table({0x0B: Tag("SerialInfo", sub=SERIAL_INFO), 0x0D: "WB_RGBLevels"}, group="Leica")

DATA1 = Table({0x16: Tag("LensType", fmt="int32u", conv=_data1_lens_type, priority=0)}, kind=BINARY)
SUBDIR = Table(
    {
        0x300A: "Contrast",
        0x300B: "Sharpening",
        0x300D: "Saturation",
        0x3033: "WhiteBalance",
        0x3034: "JPEGQuality",
        0x3036: "WB_RGBLevels",
        0x3038: "UserProfile",
        0x303A: "JPEGSize",
        0x3103: "SerialNumber",
        0x3109: "FirmwareVersion",
        0x312A: "BaseISO",
        0x312B: "SensorWidth",
        0x312C: "SensorHeight",
        0x312D: "SensorBitDepth",
        0x3402: "CameraTemperature",
        0x3405: Tag("LensType", conv=lens_type),
        0x3406: "ApproximateFNumber",
        0x3407: Tag("MeasuredLV", conv=lambda v: v / 1e5),
        0x3408: Tag("ExternalSensorBrightnessValue", conv=lambda v: v / 1e5),
        0x3901: Tag("Data1", sub=DATA1),
    },
    group="Leica",
)
# Leica4: four sub-IFDs (pointed to), each read with Subdir in a guessed byte order.
LEICA4 = Table(
    {tag: Tag(f"Subdir{tag:04x}", sub=SUBDIR, ifd=True, order="?") for tag in (0x3000, 0x3100, 0x3400, 0x3900)},
    group="Leica",
)

SHOT_INFO = Table({0: Tag("FileIndex", fmt="int16u")}, kind=BINARY)
FOCUS_INFO = Table(
    {
        0: Tag("FocusDistance", conv=lambda v: v / 1000),
        1: Tag("FocalLength", raw=lambda v, n: v or None, conv=lambda v: v / 1000, priority=0),
    },
    kind=BINARY,
    fmt="int16u",
)
LEICA5 = Table(
    {
        0x0303: Tag("LensType", when=lambda p: p.fmt == "string"),
        0x0305: "SerialNumber",
        0x0407: "OriginalFileName",
        0x0408: "OriginalDirectory",
        0x040A: Tag("FocusInfo", sub=FOCUS_INFO),
        0x040D: Tag("ExposureMode", fmt="int8u[4]"),
        0x0410: Tag("ShotInfo", sub=SHOT_INFO),
        0x0412: "FilmMode",
        0x0413: "WB_RGBLevels",
        0x0500: "InternalSerialNumber",
    },
    group="Leica",
    priority=0,
)

_LEICA_S = model(r"Typ 006")
LEICA6 = Table(
    {
        0x303: Tag("LensType", conv=_trim_right),
        0x304: "FocusDistance",
        0x311: Tag("ExternalSensorBrightnessValue", fmt="rational64s", when=_LEICA_S),
        0x312: Tag("MeasuredLV", fmt="rational64s", when=_LEICA_S),
        0x320: Tag("FirmwareVersion", when=_LEICA_S),
        0x321: Tag("LensSerialNumber", when=_LEICA_S),
    },
    group="Leica",
)

LEICA9 = Table(
    {
        0x304: "FocusDistance",
        0x311: Tag("ExternalSensorBrightnessValue", fmt="rational64s"),
        0x312: Tag("MeasuredLV", fmt="rational64s"),
        0x34C: "UserProfile",
        0x359: "ISOSelected",
        0x35A: Tag("FNumber", conv=lambda v: v / 1000),
        0x35B: "CorrelatedColorTemp",
        0x35C: "ColorTint",
        0x35D: "WhitePoint",
    },
    group="Leica",
)
