"""Nikon maker-note tag tables: ids, names, formats and conversions from ExifTool 12.57 Nikon.pm."""

import re
from collections.abc import Callable

from ..convert import (
    digits_version,
    drop_trailing_zeros,
    nikon_date,
    nikon_file_info_le,
    signed_fraction,
    unsigned_fraction,
)
from ..crypt import nikon_decrypt
from ..table import BINARY, Probe, Table, Tag, model, pstr
from .nikon_blocks import (
    AF_INFO,
    AF_INFO2,
    AF_INFO2_V0400,
    COLOR_BALANCE1,
    COLOR_BALANCE2,
    COLOR_BALANCE3,
    COLOR_BALANCE4,
    COLOR_BALANCE_UNKNOWN,
    FLASH_INFO0100,
    FLASH_INFO0102,
    FLASH_INFO0103,
    FLASH_INFO0106,
    FLASH_INFO0107,
    FLASH_INFO0300,
    FLASH_INFO_UNKNOWN,
    LENS_DATA00,
    LENS_DATA01,
    LENS_DATA0204,
    LENS_DATA0400,
    LENS_DATA0402,
    LENS_DATA0403,
    LENS_DATA0800,
    LENS_DATA_UNKNOWN,
    MULTI_EXPOSURE,
    MULTI_EXPOSURE2,
    PICTURE_CONTROL,
    PICTURE_CONTROL2,
    PICTURE_CONTROL3,
    PICTURE_CONTROL_UNKNOWN,
    SHOT_INFO,
    SHOT_INFO_D3A,
    SHOT_INFO_D3B,
    SHOT_INFO_D3S,
    SHOT_INFO_D3X,
    SHOT_INFO_D4,
    SHOT_INFO_D4S,
    SHOT_INFO_D6,
    SHOT_INFO_D40,
    SHOT_INFO_D80,
    SHOT_INFO_D90,
    SHOT_INFO_D300A,
    SHOT_INFO_D300B,
    SHOT_INFO_D300S,
    SHOT_INFO_D500,
    SHOT_INFO_D610,
    SHOT_INFO_D700,
    SHOT_INFO_D800,
    SHOT_INFO_D810,
    SHOT_INFO_D850,
    SHOT_INFO_D5000,
    SHOT_INFO_D5100,
    SHOT_INFO_D5200,
    SHOT_INFO_D7000,
    SHOT_INFO_Z7II,
    SHOT_INFO_Z9,
)
from .nikon_capture import CAPTURE, CAPTURE_OFFSETS, CAPTURE_OUTPUT, PREVIEW_IFD, SCAN
from .nikon_settings import SETTINGS
from .nikon_values import iso_from_step

AF_TUNE = Table(
    {
        0: "AFFineTune",
        1: "AFFineTuneIndex",
        2: Tag("AFFineTuneAdj", fmt="int8s", priority=0),
        3: Tag("AFFineTuneAdjTele", fmt="int8s"),
    },
    kind=BINARY,
)


DISTORT_INFO = Table(
    {
        4: "AutoDistortionControl",
    },
    kind=BINARY,
)


FACE_DETECT = Table(
    {
        1: Tag("FaceDetectFrameSize", fmt="int16u[2]"),
        3: "FacesDetected",
        4: Tag("Face1Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 1 else v),
        8: Tag("Face2Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 2 else v),
        12: Tag("Face3Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 3 else v),
        16: Tag("Face4Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 4 else v),
        20: Tag("Face5Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 5 else v),
        24: Tag("Face6Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 6 else v),
        28: Tag("Face7Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 7 else v),
        32: Tag("Face8Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 8 else v),
        36: Tag("Face9Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 9 else v),
        40: Tag("Face10Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 10 else v),
        44: Tag("Face11Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 11 else v),
        48: Tag("Face12Position", fmt="int16u[4]", raw=lambda v, n: None if n["FacesDetected"] < 12 else v),
    },
    kind=BINARY,
    fmt="int16u",
)


FILE_INFO = Table(
    {
        0: Tag("FileInfoVersion", fmt="undef[4]"),
        2: "MemoryCardNumber",
        3: "DirectoryNumber",
        4: "FileNumber",
    },
    kind=BINARY,
    fmt="int16u",
)


HDR_INFO = Table(
    {
        0: Tag("HDRInfoVersion", fmt="string[4]"),
        4: "HDR",
        5: "HDRLevel",
        6: "HDRSmoothing",
        7: "HDRLevel2",
    },
    kind=BINARY,
)


HDR_INFO2 = Table(
    {
        0: Tag("HDRInfoVersion", fmt="string[4]"),
        4: "HDR",
        5: "HDRLevel",
    },
    kind=BINARY,
)


ISO_INFO = Table(
    {
        0: Tag("ISO", conv=iso_from_step, priority=0),
        4: Tag("ISOExpansion", fmt="int16u"),
        6: Tag("ISO2", conv=iso_from_step),
        10: Tag("ISOExpansion2", fmt="int16u"),
    },
    kind=BINARY,
)


LOCATION_INFO = Table(
    {
        0: Tag("LocationInfoVersion", fmt="undef[4]"),
        5: Tag("CountryCode", fmt="undef[3]", conv=lambda v: v.split(b"\0")[0] if isinstance(v, bytes) else v),
        8: "POILevel",
    },
    kind=BINARY,
)


RETOUCH_INFO = Table(
    {
        0: Tag("RetouchInfoVersion", fmt="undef[4]"),
        5: Tag("RetouchNEFProcessing", when=lambda p: pstr(p.n["RetouchInfoVersion"]) >= "0200"),
    },
    kind=BINARY,
    fmt="int8s",
)


VR_INFO = Table(
    {
        0: Tag("VRInfoVersion", fmt="undef[4]"),
        4: "VibrationReduction",
        6: (
            Tag("VRMode", when=model(r"^NIKON Z (5|50|6|6_2|7|7_2|fc|9)\b", re.I)),
            "VRMode",
        ),
        8: "VRType",
    },
    kind=BINARY,
)


WORLD_TIME = Table(
    {
        0: Tag("TimeZone", fmt="int16s"),
        2: "DaylightSavings",
        3: "DateDisplayFormat",
    },
    kind=BINARY,
)


def _starts(pattern: bytes) -> Callable[[Probe], bool]:
    """A ``when`` for ``$$valPt =~ /^pattern/``: the block starts with its version."""
    compiled = re.compile(b"^" + pattern)
    return lambda probe: compiled.search(probe.data) is not None


def _version(pattern: bytes, counts: tuple[int, ...] | None) -> Callable[[Probe], bool]:
    """A ``when`` for a ShotInfo variant: its version, and its size when ExifTool tests it."""
    starts = _starts(pattern)
    return lambda probe: starts(probe) and (counts is None or probe.count in counts)


# ShotInfo (0x0091) variants in ExifTool's order (Nikon.pm): name, version, the sizes ExifTool
# requires (None: any), table, bytes deciphered from byte 4 (None: all), byte order.
SHOT_INFO_VARIANTS = (
    ("ShotInfoD40", rb"0209", None, SHOT_INFO_D40, 748, ">"),
    ("ShotInfoD80", rb"0208", None, SHOT_INFO_D80, 765, ">"),
    ("ShotInfoD90", rb"0213", None, SHOT_INFO_D90, 0x398, ">"),
    ("ShotInfoD3a", rb"0210", (5399,), SHOT_INFO_D3A, 0x318, ">"),
    ("ShotInfoD3b", rb"0210", (5408, 5412), SHOT_INFO_D3B, 0x321, ">"),
    ("ShotInfoD3X", rb"0214", (5409,), SHOT_INFO_D3X, 0x323, ">"),
    ("ShotInfoD3S", rb"0218", (5356, 5388), SHOT_INFO_D3S, 0x2E9, ">"),
    ("ShotInfoD300a", rb"0210", (5291,), SHOT_INFO_D300A, 813, ">"),
    ("ShotInfoD300b", rb"0210", (5303,), SHOT_INFO_D300B, 825, ">"),
    ("ShotInfoD300S", rb"0216", (5311,), SHOT_INFO_D300S, 827, ">"),
    ("ShotInfoD700", rb"0212", (5312,), SHOT_INFO_D700, 0x358, ">"),
    ("ShotInfoD800", rb"0222", None, SHOT_INFO_D800, 0x720, ">"),
    ("ShotInfoD810", rb"0233", None, SHOT_INFO_D810, None, "<"),
    ("ShotInfoD850", rb"0243", None, SHOT_INFO_D850, None, "<"),
    ("ShotInfoD5000", rb"0215", (6745,), SHOT_INFO_D5000, 0x39A, ">"),
    ("ShotInfoD5100", rb"0221", (8902,), SHOT_INFO_D5100, 0x430, ">"),
    ("ShotInfoD5200", rb"0226", (11587,), SHOT_INFO_D5200, 0xD00, ">"),
    ("ShotInfoD7000", rb"0220", None, SHOT_INFO_D7000, 0x448, ">"),
    ("ShotInfoD4", rb"0223", None, SHOT_INFO_D4, 0x789, ">"),
    ("ShotInfoD4S", rb"0231", None, SHOT_INFO_D4S, 0x3697, "<"),
    ("ShotInfoD500", rb"023[89]", None, SHOT_INFO_D500, None, "<"),
    ("ShotInfoD6", rb"0246", None, SHOT_INFO_D6, None, "<"),
    ("ShotInfoD610", rb"0232", None, SHOT_INFO_D610, 0x7FF, ">"),
    ("ShotInfoZ7II", rb"080[01234]", None, SHOT_INFO_Z7II, None, "<"),
    ("ShotInfoZ9", rb"0805", None, SHOT_INFO_Z9, None, "<"),
    ("ShotInfo02xx", rb"0[28]", None, SHOT_INFO, 0x251, ">"),
)


MAIN = Table(
    {
        0x0001: Tag("MakerNoteVersion", conv=digits_version),
        0x0002: Tag("ISO", raw=lambda v, n: None if pstr(v) == "\x00\x00\x00\x00" else v, priority=0),
        0x0003: "ColorMode",
        0x0004: "Quality",
        0x0005: "WhiteBalance",
        0x0006: "Sharpness",
        0x0007: "FocusMode",
        0x0008: "FlashSetting",
        0x0009: "FlashType",
        0x000B: "WhiteBalanceFineTune",
        0x000C: "WB_RBLevels",
        0x000D: Tag("ProgramShift", conv=signed_fraction),
        0x000E: Tag("ExposureDifference", conv=signed_fraction),
        0x000F: "ISOSelection",
        0x0010: Tag("DataDump", binary=True),
        0x0011: Tag("PreviewIFD", sub=PREVIEW_IFD, ifd=True),
        0x0012: Tag("FlashExposureComp", conv=signed_fraction),
        0x0013: "ISOSetting",
        0x0014: (
            Tag("ColorBalanceA", when=lambda p: p.fmt == "None" and p.count == 2560, hidden=True),
            Tag("NRWData", when=_starts(rb"NRW 0100"), hidden=True),
            Tag("NRWData", when=_starts(rb"NRW "), hidden=True),
        ),
        0x0016: "ImageBoundary",
        0x0017: Tag("ExternalFlashExposureComp", conv=signed_fraction),
        0x0018: Tag("FlashExposureBracketValue", conv=signed_fraction),
        0x0019: "ExposureBracketValue",
        0x001A: "ImageProcessing",
        0x001B: "CropHiSpeed",
        0x001C: Tag("ExposureTuning", conv=signed_fraction),
        0x001D: "SerialNumber",
        0x001E: "ColorSpace",
        0x001F: Tag("VRInfo", sub=VR_INFO),
        0x0020: "ImageAuthentication",
        0x0021: Tag("FaceDetect", sub=FACE_DETECT),
        0x0022: "ActiveD-Lighting",
        0x0023: (
            Tag("PictureControlData", when=_starts(rb"01"), sub=PICTURE_CONTROL),
            Tag("PictureControlData", when=_starts(rb"02"), sub=PICTURE_CONTROL2),
            Tag("PictureControlData", when=_starts(rb"03"), sub=PICTURE_CONTROL3),
            Tag("PictureControlData", sub=PICTURE_CONTROL_UNKNOWN),
        ),
        0x0024: Tag("WorldTime", sub=WORLD_TIME),
        0x0025: Tag("ISOInfo", sub=ISO_INFO, order=">"),
        0x002A: "VignetteControl",
        0x002B: Tag("DistortInfo", sub=DISTORT_INFO),
        0x0034: "ShutterMode",
        0x0035: (
            Tag("HDRInfo", when=lambda p: p.count != 6, sub=HDR_INFO),
            Tag("HDRInfo2", sub=HDR_INFO2),
        ),
        0x0037: "MechanicalShutterCount",
        0x0039: Tag("LocationInfo", sub=LOCATION_INFO),
        0x003D: "BlackLevel",
        0x003E: "ImageSizeRAW",
        0x003F: "WhiteBalanceFineTune",
        0x0045: "CropArea",
        0x004E: Tag("NikonSettings", sub=SETTINGS),
        0x004F: "ColorTemperatureAuto",
        0x0080: "ImageAdjustment",
        0x0081: "ToneComp",
        0x0082: "AuxiliaryLens",
        0x0083: "LensType",
        0x0084: "Lens",
        0x0085: "ManualFocusDistance",
        0x0086: "DigitalZoom",
        0x0087: "FlashMode",
        0x0088: (
            Tag("AFInfo", when=model(r"^NIKON D", re.I), sub=AF_INFO, order=">"),
            Tag("AFInfo", sub=AF_INFO, order="<"),
        ),
        0x0089: "ShootingMode",
        0x008B: Tag("LensFStops", conv=unsigned_fraction),
        0x008C: Tag("ContrastCurve", binary=True),
        0x008D: "ColorHue",
        0x008F: "SceneMode",
        0x0090: "LightSource",
        0x0091: (
            *(
                Tag(name, when=_version(pattern, counts), prepare=nikon_decrypt(4, length), sub=table, order=order)
                for name, pattern, counts, table, length, order in SHOT_INFO_VARIANTS
            ),
            Tag("ShotInfoUnknown", sub=SHOT_INFO, order=">"),
        ),
        0x0092: "HueAdjustment",
        0x0093: "NEFCompression",
        0x0094: "SaturationAdj",
        0x0095: "NoiseReduction",
        0x0096: Tag("NEFLinearizationTable", binary=True),
        0x0097: (
            Tag("ColorBalance0100", when=_starts(rb"0100"), start=72, sub=COLOR_BALANCE1),
            Tag("ColorBalance0102", when=_starts(rb"0102"), start=10, sub=COLOR_BALANCE2),
            Tag("ColorBalance0103", when=_starts(rb"0103"), start=20, sub=COLOR_BALANCE3),
            Tag(
                "ColorBalance0205",
                when=_starts(rb"0205"),
                prepare=nikon_decrypt(4, 22),
                start=18,
                sub=COLOR_BALANCE2,
            ),
            Tag(
                "ColorBalance0209",
                when=_starts(rb"02(09|12|14)"),
                prepare=nikon_decrypt(284, 18),
                start=294,
                sub=COLOR_BALANCE4,
            ),
            Tag(
                "ColorBalance02",
                when=lambda p: re.match(rb"02(\d\d)", p.data) and int(p.data[2:4]) < 11,
                prepare=nikon_decrypt(284, 14),
                start=290,
                sub=COLOR_BALANCE2,
            ),
            Tag(
                "ColorBalance0211",
                when=_starts(rb"0211"),
                prepare=nikon_decrypt(284, 24),
                start=300,
                sub=COLOR_BALANCE4,
            ),
            Tag(
                "ColorBalance0213",
                when=_starts(rb"0213"),
                prepare=nikon_decrypt(284, 18),
                start=294,
                sub=COLOR_BALANCE2,
            ),
            Tag(
                "ColorBalance0215",
                when=_starts(rb"021[567]"),
                prepare=nikon_decrypt(284, 12),
                start=288,
                sub=COLOR_BALANCE4,
            ),
            Tag(
                "ColorBalanceUnknown02",
                when=_starts(rb"0[26]"),
                prepare=nikon_decrypt(284, 10),
                sub=COLOR_BALANCE_UNKNOWN,
            ),
            Tag(
                "ColorBalanceUnknown04",
                when=_starts(rb"0[48]"),
                prepare=nikon_decrypt(4, 10),
                sub=COLOR_BALANCE_UNKNOWN,
            ),
            Tag("ColorBalanceUnknown", sub=COLOR_BALANCE_UNKNOWN),
        ),
        0x0098: (
            Tag("LensData0100", when=_starts(rb"0100"), sub=LENS_DATA00),
            Tag("LensData0101", when=_starts(rb"0101"), sub=LENS_DATA01),
            Tag(
                "LensData0201",
                when=_starts(rb"020[1-3]"),
                prepare=nikon_decrypt(4),
                sub=LENS_DATA01,
            ),
            Tag("LensData0204", when=_starts(rb"0204"), prepare=nikon_decrypt(4), sub=LENS_DATA0204),
            Tag("LensData0400", when=_starts(rb"040[01]"), prepare=nikon_decrypt(4), sub=LENS_DATA0400),
            Tag("LensData0402", when=_starts(rb"0402"), prepare=nikon_decrypt(4), sub=LENS_DATA0402),
            Tag("LensData0403", when=_starts(rb"0403"), prepare=nikon_decrypt(4), sub=LENS_DATA0403),
            Tag("LensData0800", when=_starts(rb"080[012]"), prepare=nikon_decrypt(4), sub=LENS_DATA0800, order="<"),
            Tag("LensDataUnknown", prepare=nikon_decrypt(4), sub=LENS_DATA_UNKNOWN),
        ),
        0x0099: "RawImageCenter",
        0x009A: "SensorPixelSize",
        0x009C: "SceneAssist",
        0x009D: "DateStampMode",
        0x009E: Tag("RetouchHistory", conv=drop_trailing_zeros),
        0x00A0: "SerialNumber",
        0x00A2: "ImageDataSize",
        0x00A5: "ImageCount",
        0x00A6: "DeletedImageCount",
        0x00A7: "ShutterCount",
        0x00A8: (
            Tag("FlashInfo0100", when=_starts(rb"010[01]"), sub=FLASH_INFO0100),
            Tag("FlashInfo0102", when=_starts(rb"0102"), sub=FLASH_INFO0102),
            Tag("FlashInfo0103", when=_starts(rb"010[345]"), sub=FLASH_INFO0103),
            Tag("FlashInfo0106", when=_starts(rb"0106"), sub=FLASH_INFO0106),
            Tag("FlashInfo0107", when=_starts(rb"010[78]"), sub=FLASH_INFO0107),
            Tag("FlashInfo0300", when=_starts(rb"030[01]"), sub=FLASH_INFO0300),
            Tag("FlashInfoUnknown", sub=FLASH_INFO_UNKNOWN),
        ),
        0x00A9: "ImageOptimization",
        0x00AA: "Saturation",
        0x00AB: "VariProgram",
        0x00AC: "ImageStabilization",
        0x00AD: "AFResponse",
        0x00B0: (
            Tag("MultiExposure", when=_starts(rb"0100"), sub=MULTI_EXPOSURE),
            Tag("MultiExposure", when=_starts(rb"0101"), sub=MULTI_EXPOSURE, order="<"),
            Tag("MultiExposure2", when=_starts(rb"010[23]"), sub=MULTI_EXPOSURE2),
        ),
        0x00B1: "HighISONoiseReduction",
        0x00B3: "ToningEffect",
        # a rewritten note may store it as text, which ExifTool unpacks all the same
        0x00B6: Tag(
            "PowerUpTime", raw=lambda v, n: nikon_date(v.encode("latin-1") if isinstance(v, str) else v, n.order)
        ),
        0x00B7: (
            Tag("AFInfo2", when=model(r"^NIKON Z 9\b", re.I), sub=AF_INFO2_V0400),
            Tag("AFInfo2", sub=AF_INFO2),
        ),
        0x00B8: (
            Tag("FileInfo", when=nikon_file_info_le, sub=FILE_INFO, order="<"),
            Tag("FileInfo", sub=FILE_INFO, order=">"),
        ),
        0x00B9: Tag("AFTune", sub=AF_TUNE),
        0x00BB: Tag("RetouchInfo", sub=RETOUCH_INFO),
        0x00BD: Tag("PictureControlData", sub=PICTURE_CONTROL),
        0x00BF: "SilentPhotography",
        0x0E01: Tag("NikonCaptureData", sub=CAPTURE, order="<"),
        0x0E09: "NikonCaptureVersion",
        0x0E0E: Tag("NikonCaptureOffsets", when=_starts(rb"0100"), sub=CAPTURE_OFFSETS, start=4),
        0x0E10: Tag("NikonScanIFD", sub=SCAN, ifd=True),
        0x0E1E: Tag("NikonCaptureOutput", when=_starts(rb"0100"), sub=CAPTURE_OUTPUT),
        0x0E22: "NEFBitDepth",
    },
)


TYPE2 = Table(
    {
        0x0003: "Quality",
        0x0004: "ColorMode",
        0x0005: "ImageAdjustment",
        0x0006: "CCDSensitivity",
        0x0007: "WhiteBalance",
        0x0008: "Focus",
        0x000A: "DigitalZoom",
        0x000B: "Converter",
    },
)
