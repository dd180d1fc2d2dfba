"""Kodak maker-note tag tables: ids, names and conversions from ExifTool 12.57 Kodak.pm (Main for
``KDK`` maker notes, Type3 for the DC240/DC280/DC3400/DC5000, Type4 for the DC200/DC215). All
are binary blocks of bytes (ProcessBinaryData); tags ExifTool marks Unknown are left out. META
is the IFD of the JPEG APP3 ``Meta`` segment (Kodak.pm Meta, SpecialEffects and Borders), with
groups MetaIFD, KodakEffectsIFD and KodakBordersIFD."""

from ...values import exif_text
from ..table import BINARY, Table, Tag, Values


def _month_day(value: list) -> str:
    return "{:02d}:{:02d}".format(*value)


MAIN = Table(
    {
        0x00: Tag("KodakModel", fmt="string[8]"),
        0x09: "Quality",
        0x0A: "BurstMode",
        0x0C: Tag("KodakImageWidth", fmt="int16u"),
        0x0E: Tag("KodakImageHeight", fmt="int16u"),
        0x10: Tag("YearCreated", fmt="int16u"),
        0x12: Tag("MonthDayCreated", fmt="int8u[2]", conv=_month_day),
        0x14: Tag("TimeCreated", fmt="int8u[4]", conv=lambda v: "{:02d}:{:02d}:{:02d}.{:02d}".format(*v)),
        0x1B: "ShutterMode",
        0x1C: "MeteringMode",
        0x1D: "SequenceNumber",
        0x1E: Tag("FNumber", fmt="int16u", conv=lambda v: v / 100),
        0x20: Tag("ExposureTime", fmt="int32u", conv=lambda v: v / 1e5),
        0x24: Tag("ExposureCompensation", fmt="int16s", conv=lambda v: v / 1000),
        0x38: "FocusMode",
        0x40: Tag("WhiteBalance", priority=0),
        0x5C: "FlashMode",
        0x5D: "FlashFired",
        0x5E: Tag("ISOSetting", fmt="int16u"),
        0x60: Tag("ISO", fmt="int16u"),
        0x62: Tag("TotalZoom", fmt="int16u", conv=lambda v: v / 100),
        0x64: Tag("DateTimeStamp", fmt="int16u"),
        0x66: Tag("ColorMode", fmt="int16u"),
        0x68: Tag("DigitalZoom", fmt="int16u", conv=lambda v: v / 100),
        0x6B: Tag("Sharpness", fmt="int8s"),
    },
    kind=BINARY,
)

TYPE3 = Table(
    {
        0x0C: Tag("YearCreated", fmt="int16u"),
        0x0E: Tag("MonthDayCreated", fmt="int8u[2]", conv=_month_day),
        0x10: Tag("TimeCreated", fmt="int8u[4]", conv=lambda v: "{:2d}:{:02d}:{:02d}.{:02d}".format(*v)),
        0x1E: Tag("OpticalZoom", fmt="int16u", conv=lambda v: v / 100),
        0x37: Tag("Sharpness", fmt="int8s"),
        0x38: Tag("ExposureTime", fmt="int32u", conv=lambda v: v / 1e5),
        0x3C: Tag("FNumber", fmt="int16u", conv=lambda v: v / 100),
        0x4E: Tag("ISO", fmt="int16u"),
    },
    kind=BINARY,
)

TYPE4 = Table({0x20: Tag("OriginalFileName", fmt="string[12]")}, kind=BINARY)


def _exif_text(value: object, values: Values) -> object:
    """Exif.pm ConvertExifText: text after its 8-byte character-code prefix."""
    return exif_text(value, values.order) if isinstance(value, bytes) else value


EFFECTS = Table({0: "DigitalEffectsVersion", 1: "DigitalEffectsName", 2: "DigitalEffectsType"}, group="KodakEffectsIFD")
BORDERS = Table(
    {0: "BordersVersion", 1: "BorderName", 2: "BorderID", 3: "BorderLocation", 4: "BorderType", 8: "WatermarkType"},
    group="KodakBordersIFD",
)
META = Table(
    {
        0xC350: "FilmProductCode",
        0xC351: "ImageSourceEK",
        0xC352: "CaptureConditionsPAR",
        0xC353: Tag("CameraOwner", raw=_exif_text),
        0xC354: Tag("SerialNumber", raw=_exif_text),
        0xC355: "UserSelectGroupTitle",
        0xC356: "DealerIDNumber",
        0xC357: "CaptureDeviceFID",
        0xC358: "EnvelopeNumber",
        0xC359: "FrameNumber",
        0xC35A: "FilmCategory",
        0xC35B: "FilmGencode",
        0xC35C: "ModelAndVersion",
        0xC35D: "FilmSize",
        0xC35E: "SBA_RGBShifts",
        0xC35F: "SBAInputImageColorspace",
        0xC360: "SBAInputImageBitDepth",
        0xC361: Tag("SBAExposureRecord", binary=True),
        0xC362: Tag("UserAdjSBA_RGBShifts", binary=True),
        0xC363: "ImageRotationStatus",
        0xC364: "RollGuidElements",
        0xC365: "MetadataNumber",
        0xC366: "EditTagArray",
        0xC367: "Magnification",
        0xC36C: "NativeXResolution",
        0xC36D: "NativeYResolution",
        0xC36E: Tag("KodakEffectsIFD", sub=EFFECTS, ifd=True),
        0xC36F: Tag("KodakBordersIFD", sub=BORDERS, ifd=True),
        0xC37A: "NativeResolutionUnit",
        0xC418: "SourceImageDirectory",
        0xC419: "SourceImageFileName",
        0xC41A: "SourceImageVolumeName",
        0xC46C: "PrintQuality",
        0xC46E: "ImagePrintStatus",
    },
    group="MetaIFD",
)
