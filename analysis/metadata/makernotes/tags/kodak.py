"""Kodak maker-note tag tables: ids, names and conversions from ExifTool 12.57 Kodak.pm (Main for
``KDK`` maker notes, Type3 for the DC240/DC280/DC3400/DC5000, Type4 for the DC200/DC215). All
are binary blocks of bytes (ProcessBinaryData); tags ExifTool marks Unknown are left out. Type2
(DC220/DC260..., some HP, Pentax and Minolta models) is a big-endian binary block too; Type8
(ZD710, P712, Z1012...) an IFD of sub-IFDs, SubIFD0-6 and CameraInfo; Type11 (PixPro) an IFD
whose entry count is 4 bytes long. META
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


TYPE2 = Table(
    {
        0x08: Tag("KodakMaker", fmt="string[32]"),
        0x28: Tag("KodakModel", fmt="string[32]"),
        0x6C: Tag("KodakImageWidth", fmt="int32u"),
        0x70: Tag("KodakImageHeight", fmt="int32u"),
    },
    kind=BINARY,
)


def _hundredths(value: float) -> float:
    return value / 100


SUB_IFD0 = Table(
    {
        0xFA02: "SceneMode",
        0xFA19: "SerialNumber",
        0xFA1D: "KodakImageWidth",
        0xFA1E: "KodakImageHeight",
        0xFA20: "SensorWidth",
        0xFA21: "SensorHeight",
        0xFA23: Tag("FNumber", conv=_hundredths, priority=0),
        0xFA24: Tag("ExposureTime", conv=lambda v: v / 1e5, priority=0),
        0xFA2E: Tag("ISO", priority=0),
        0xFA3D: Tag("OpticalZoom", conv=_hundredths),
        0xFA46: Tag("ISO", priority=0),
        0xFA51: "KodakImageWidth",
        0xFA52: "KodakImageHeight",
        0xFA54: "ThumbnailWidth",
        0xFA55: "ThumbnailHeight",
        0xFA57: "PreviewImageWidth",
        0xFA58: "PreviewImageHeight",
    }
)
SUB_IFD1 = Table({0x0027: Tag("ISO", priority=0), 0x0028: Tag("ISO", priority=0)})
SUB_IFD2 = Table(
    {
        0x6002: "SceneModeUsed",
        0x6006: Tag("OpticalZoom", conv=_hundredths),
        0x6103: Tag("MaxAperture", conv=_hundredths),
        0xF002: "SceneModeUsed",
        0xF006: Tag("OpticalZoom", conv=_hundredths),
        0xF103: Tag("FNumber", conv=_hundredths, priority=0),
        0xF104: Tag("ExposureTime", conv=lambda v: v / 1e6, priority=0),
        0xF105: Tag("ISO", conv=lambda v: v / 10, priority=0),
    }
)
SUB_IFD3 = Table({0x1000: Tag("OpticalZoom", conv=_hundredths)})
SUB_IFD5 = Table({0x000F: Tag("OpticalZoom", conv=_hundredths)})
EMPTY_SUB_IFD = Table({})  # SubIFD4 and SubIFD6: no tags known
CAMERA_INFO = Table(
    {
        0xF900: "SensorWidth",
        0xF901: "SensorHeight",
        0xF902: "BayerPattern",
        0xF903: "SensorFullWidth",
        0xF904: "SensorFullHeight",
        0xF907: "KodakImageWidth",
        0xF908: "KodakImageHeight",
        0xFA00: "KodakInfoType",
        0xFA04: "SerialNumber",
        0xFD04: Tag("FNumber", conv=_hundredths, priority=0),
        0xFD05: Tag("ExposureTime", conv=lambda v: v / 1e6, priority=0),
        0xFD06: Tag("ISO", priority=0),
    }
)


def _sub_ifd(name: str, table: Table, kodak_ifd: bool) -> tuple[Tag, Tag]:
    """Kodak.pm Type8 0xfc0N: an IFD stored in the value (format undef), after a byte-order mark,
    offsets from the mark; else a pointer to one (none when zero). ``kodak_ifd``: the pointed-to
    IFD also starts with a byte-order mark, offsets from the mark (ProcessKodakIFD, Base $start);
    SubIFD0's does not, offsets as the maker note's."""
    stored = Tag(name, when=lambda p: p.fmt == "undef", sub=table, order="?", start=2, own_base=True)
    pointed = Tag(
        name,
        when=lambda p: p.data != b"\x00\x00\x00\x00",
        sub=table,
        ifd=True,
        order="?",
        start=2 if kodak_ifd else 0,
        own_base=kodak_ifd,
    )
    return stored, pointed


TYPE8 = Table(
    {
        0xFC00: _sub_ifd("SubIFD0", SUB_IFD0, kodak_ifd=False),
        0xFC01: _sub_ifd("SubIFD1", SUB_IFD1, kodak_ifd=True),
        0xFC02: _sub_ifd("SubIFD2", SUB_IFD2, kodak_ifd=True),
        0xFC03: _sub_ifd("SubIFD3", SUB_IFD3, kodak_ifd=True),
        0xFC04: _sub_ifd("SubIFD4", EMPTY_SUB_IFD, kodak_ifd=True),
        0xFC05: _sub_ifd("SubIFD5", SUB_IFD5, kodak_ifd=True),
        0xFC06: _sub_ifd("SubIFD6", EMPTY_SUB_IFD, kodak_ifd=True),
        0xFCFF: Tag("SubIFD255", when=lambda p: p.fmt == "undef", sub=SUB_IFD0),
        0xFF00: Tag("CameraInfo", when=lambda p: p.data != b"\x00\x00\x00\x00", sub=CAMERA_INFO, ifd=True),
    }
)

TYPE11 = Table(
    {
        0x0104: "FirmwareVersion",
        0x0203: "PictureEffect",
        0x0207: "KodakModel",
        0x0300: "KodakMake",
        0x0308: "LensSerialNumber",
        0x0309: "LensModel",
        0x0311: "Pitch",
        0x0312: "Yaw",
        0x0313: "Roll",
    }
)
