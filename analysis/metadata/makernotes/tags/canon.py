"""Canon maker-note tag tables: ids, names, formats and conversions from ExifTool 12.57 Canon.pm."""

import math
import re
from collections.abc import Callable

from ..canon_records import filters, size_word
from ..convert import camera_iso, canon_ev, long_binary
from ..table import BINARY, RECORDS, SERIAL, Probe, Table, Tag, model, not_model, pstr
from .canon_custom import (
    CUSTOM_FUNCTIONS_1D,
    CUSTOM_FUNCTIONS_2,
    CUSTOM_FUNCTIONS_5D,
    CUSTOM_FUNCTIONS_10D,
    CUSTOM_FUNCTIONS_20D,
    CUSTOM_FUNCTIONS_30D,
    CUSTOM_FUNCTIONS_350D,
    CUSTOM_FUNCTIONS_400D,
    CUSTOM_FUNCTIONS_D30,
    CUSTOM_PERSONAL_FUNC_VALUES,
    CUSTOM_PERSONAL_FUNCS,
)
from .canon_info import (
    CAMERA_INFO_1D,
    CAMERA_INFO_1D_MK_II,
    CAMERA_INFO_1D_MK_III,
    CAMERA_INFO_1D_MK_IIN,
    CAMERA_INFO_1D_MK_IV,
    CAMERA_INFO_1DX,
    CAMERA_INFO_5D,
    CAMERA_INFO_5D_MK_II,
    CAMERA_INFO_5D_MK_III,
    CAMERA_INFO_6D,
    CAMERA_INFO_7D,
    CAMERA_INFO_40D,
    CAMERA_INFO_50D,
    CAMERA_INFO_60D,
    CAMERA_INFO_70D,
    CAMERA_INFO_80D,
    CAMERA_INFO_450D,
    CAMERA_INFO_500D,
    CAMERA_INFO_550D,
    CAMERA_INFO_600D,
    CAMERA_INFO_650D,
    CAMERA_INFO_750D,
    CAMERA_INFO_1000D,
    CAMERA_INFO_POWER_SHOT,
    CAMERA_INFO_POWER_SHOT2,
    CAMERA_INFO_UNKNOWN,
    CAMERA_INFO_UNKNOWN32,
    nonzero,
)

AF_CONFIG = Table(
    {
        1: Tag("AFConfigTool", conv=lambda v: v + 1),
        2: "AFTrackingSensitivity",
        3: "AFAccelDecelTracking",
        4: "AFPointSwitching",
        5: "AIServoFirstImage",
        6: "AIServoSecondImage",
        7: "USMLensElectronicMF",
        8: "AFAssistBeam",
        9: "OneShotAFRelease",
        10: Tag("AutoAFPointSelEOSiTRAF", when=not_model(r"5D ")),
        11: "LensDriveWhenAFImpossible",
        12: "SelectAFAreaSelectionMode",
        13: "AFAreaSelectionMethod",
        14: "OrientationLinkedAF",
        15: "ManualAFPointSelPattern",
        16: "AFPointDisplayDuringFocus",
        17: "VFDisplayIllumination",
        18: Tag("AFStatusViewfinder", when=model(r"1D X")),
        19: Tag("InitialAFPointInServo", when=model(r"1D X")),
    },
    kind=BINARY,
    fmt="int32s",
)


AF_INFO = Table(
    {
        0: "NumAFPoints",
        1: "ValidAFPoints",
        2: "CanonImageWidth",
        3: "CanonImageHeight",
        4: "AFImageWidth",
        5: "AFImageHeight",
        6: "AFAreaWidth",
        7: "AFAreaHeight",
        8: Tag("AFAreaXPositions", fmt="int16s", count=lambda vals: vals.get(0, 0)),
        9: Tag("AFAreaYPositions", fmt="int16s", count=lambda vals: vals.get(0, 0)),
        10: Tag("AFPointsInFocus", fmt="int16s", count=lambda vals: int((vals.get(0, 0) + 15) / 16)),
        11: (
            Tag(
                "PrimaryAFPoint",
                when=lambda p: not p.n.match("Model", r"EOS") and (not p.n["AFInfoCount"] or p.n["AFInfoCount"] != 36),
            ),
            Tag("Canon_AFInfo_0x000b", fmt="int16u[8]", when=not_model(r"EOS"), hidden=True),
        ),
        12: "PrimaryAFPoint",
    },
    kind=SERIAL,
    fmt="int16u",
)


AF_INFO2 = Table(
    {
        0: Tag("AFInfoSize", hidden=True),
        1: "AFAreaMode",
        2: "NumAFPoints",
        3: "ValidAFPoints",
        4: "CanonImageWidth",
        5: "CanonImageHeight",
        6: "AFImageWidth",
        7: "AFImageHeight",
        8: Tag("AFAreaWidths", fmt="int16s", count=lambda vals: vals.get(2, 0)),
        9: Tag("AFAreaHeights", fmt="int16s", count=lambda vals: vals.get(2, 0)),
        10: Tag("AFAreaXPositions", fmt="int16s", count=lambda vals: vals.get(2, 0)),
        11: Tag("AFAreaYPositions", fmt="int16s", count=lambda vals: vals.get(2, 0)),
        12: Tag("AFPointsInFocus", fmt="int16s", count=lambda vals: int((vals.get(2, 0) + 15) / 16)),
        13: (
            Tag(
                "AFPointsSelected", fmt="int16s", count=lambda vals: int((vals.get(2, 0) + 15) / 16), when=model(r"EOS")
            ),
            Tag(
                "Canon_AFInfo2_0x000d",
                fmt="int16s",
                count=lambda vals: int((vals.get(2, 0) + 15) / 16) + 1,
                hidden=True,
            ),
        ),
        14: Tag("PrimaryAFPoint", when=lambda p: not p.n.match("Model", r"EOS") and not p.n["AFInfo3"]),
    },
    kind=SERIAL,
    fmt="int16u",
)


AF_MICRO_ADJ = Table(
    {
        1: "AFMicroAdjMode",
        2: Tag("AFMicroAdjValue", fmt="rational64s"),
    },
    kind=BINARY,
    fmt="int32s",
)


AMBIENCE = Table(
    {
        1: "AmbienceSelection",
    },
    kind=BINARY,
    fmt="int32s",
)


ASPECT_INFO = Table(
    {
        0: "AspectRatio",
        1: "CroppedImageWidth",
        2: "CroppedImageHeight",
        3: "CroppedImageLeft",
        4: "CroppedImageTop",
    },
    kind=BINARY,
    fmt="int32u",
)


CAMERA_SETTINGS = Table(
    {
        1: "MacroMode",
        2: "SelfTimer",
        3: "Quality",
        4: "CanonFlashMode",
        5: "ContinuousDrive",
        7: "FocusMode",
        9: Tag("RecordMode", raw=lambda v, n: None if v == -1 else v),
        10: "CanonImageSize",
        11: "EasyMode",
        12: "DigitalZoom",
        13: Tag("Contrast", raw=lambda v, n: None if v == 0x7FFF else v),
        14: Tag("Saturation", raw=lambda v, n: None if v == 0x7FFF else v),
        15: Tag("Sharpness", raw=lambda v, n: None if v == 0x7FFF else v),
        16: Tag("CameraISO", raw=lambda v, n: None if v == 0x7FFF else v, conv=lambda v: camera_iso(v)),
        17: "MeteringMode",
        18: "FocusRange",
        19: Tag("AFPoint", raw=lambda v, n: None if v == 0 else v),
        20: "CanonExposureMode",
        22: Tag("LensType", fmt="int16u", raw=lambda v, n: n.set("LensType", v) if v else None),
        23: Tag("MaxFocalLength", fmt="int16u", late=lambda v, n: v / (n["FocalUnits"] or 1)),
        24: Tag("MinFocalLength", fmt="int16u", late=lambda v, n: v / (n["FocalUnits"] or 1)),
        25: "FocalUnits",
        26: Tag(
            "MaxAperture", raw=lambda v, n: v if v > 0 else None, conv=lambda v: math.exp(canon_ev(v) * math.log(2) / 2)
        ),
        27: Tag(
            "MinAperture", raw=lambda v, n: v if v > 0 else None, conv=lambda v: math.exp(canon_ev(v) * math.log(2) / 2)
        ),
        28: Tag("FlashActivity", raw=lambda v, n: None if v == -1 else v),
        29: "FlashBits",
        32: Tag("FocusContinuous", raw=lambda v, n: None if v == -1 else v),
        33: Tag("AESetting", raw=lambda v, n: None if v == -1 else v),
        34: Tag("ImageStabilization", raw=lambda v, n: None if v == -1 else v),
        35: Tag("DisplayAperture", raw=lambda v, n: v if v else None, conv=lambda v: v / 10),
        36: "ZoomSourceWidth",
        37: "ZoomTargetWidth",
        39: Tag("SpotMeteringMode", raw=lambda v, n: None if v == -1 else v),
        40: Tag("PhotoEffect", raw=lambda v, n: None if v == -1 else v),
        41: "ManualFlashOutput",
        42: Tag("ColorTone", raw=lambda v, n: None if v == 0x7FFF else v),
        46: Tag("SRAWQuality", raw=lambda v, n: None if v == -1 else v),
    },
    kind=BINARY,
    fmt="int16s",
)


COLOR_BALANCE = Table(
    {
        1: Tag("WB_RGGBLevelsAuto", fmt="int16s[4]"),
        5: Tag("WB_RGGBLevelsDaylight", fmt="int16s[4]"),
        9: Tag("WB_RGGBLevelsShade", fmt="int16s[4]"),
        13: Tag("WB_RGGBLevelsCloudy", fmt="int16s[4]"),
        17: Tag("WB_RGGBLevelsTungsten", fmt="int16s[4]"),
        21: Tag("WB_RGGBLevelsFluorescent", fmt="int16s[4]"),
        25: Tag("WB_RGGBLevelsFlash", fmt="int16s[4]"),
        29: (
            Tag("WB_RGGBLevelsCustom", fmt="int16s[4]", when=not_model(r"EOS D60\b")),
            Tag("BlackLevels", fmt="int16s[4]"),
        ),
        33: Tag("WB_RGGBLevelsKelvin", fmt="int16s[4]"),
        37: Tag("WB_RGGBBlackLevels", fmt="int16s[4]"),
    },
    kind=BINARY,
    fmt="int16s",
)


COLOR_INFO = Table(
    {
        1: Tag("Saturation", when=model(r"EOS-1D")),
        2: "ColorTone",
        3: Tag("ColorSpace", raw=lambda v, n: v if v else None),
    },
    kind=BINARY,
    fmt="int16s",
)


CONTRAST_INFO = Table(
    {
        4: "IntelligentContrast",
    },
    kind=BINARY,
    fmt="int16u",
)


CROP_INFO = Table(
    {
        0: "CropLeftMargin",
        1: "CropRightMargin",
        2: "CropTopMargin",
        3: "CropBottomMargin",
    },
    kind=BINARY,
    fmt="int16u",
)


FACE_DETECT1 = Table(
    {
        2: "FacesDetected",
        3: Tag("FaceDetectFrameSize", fmt="int16u[2]"),
        8: Tag("Face1Position", fmt="int16s[2]", raw=lambda v, n: None if n["FacesDetected"] < 1 else v),
        10: Tag("Face2Position", fmt="int16s[2]", raw=lambda v, n: None if n["FacesDetected"] < 2 else v),
        12: Tag("Face3Position", fmt="int16s[2]", raw=lambda v, n: None if n["FacesDetected"] < 3 else v),
        14: Tag("Face4Position", fmt="int16s[2]", raw=lambda v, n: None if n["FacesDetected"] < 4 else v),
        16: Tag("Face5Position", fmt="int16s[2]", raw=lambda v, n: None if n["FacesDetected"] < 5 else v),
        18: Tag("Face6Position", fmt="int16s[2]", raw=lambda v, n: None if n["FacesDetected"] < 6 else v),
        20: Tag("Face7Position", fmt="int16s[2]", raw=lambda v, n: None if n["FacesDetected"] < 7 else v),
        22: Tag("Face8Position", fmt="int16s[2]", raw=lambda v, n: None if n["FacesDetected"] < 8 else v),
        24: Tag("Face9Position", fmt="int16s[2]", raw=lambda v, n: None if n["FacesDetected"] < 9 else v),
    },
    kind=BINARY,
    fmt="int16u",
)


FACE_DETECT2 = Table(
    {
        1: "FaceWidth",
        2: "FacesDetected",
    },
    kind=BINARY,
)


FACE_DETECT3 = Table(
    {
        3: "FacesDetected",
    },
    kind=BINARY,
    fmt="int16u",
)


def file_number_30d(value: int) -> int:
    """Canon.pm FileInfo FileNumber of the 30D and 400D: directory and file numbers from their
    scattered bits; the directory's top 4 bits are not stored, so it is raised in steps of 64
    to at least 100, as ExifTool repairs it."""
    directory = (value & 0xFFC00) >> 10
    while directory < 100:
        directory += 0x40
    return directory * 10000 + ((value & 0x3FF) << 4) + ((value >> 20) & 0x0F)


def swap_halves(value: int) -> int:
    """The two 16-bit halves of a 32-bit value exchanged (Canon.pm ``($val>>16)|(($val&0xffff)<<16)``)."""
    return (value >> 16) | ((value & 0xFFFF) << 16)


def swap_words(value: list[int]) -> list[int]:
    """Canon.pm SwapWords: :func:`swap_halves` of each value."""
    return [swap_halves(item) for item in value]


FILE_INFO = Table(
    {
        1: (
            Tag(
                "FileNumber",
                fmt="int32u",
                conv=lambda v: ((v & 0xFFC0) >> 6) * 10000 + ((v >> 16) & 0xFF) + ((v & 0x3F) << 8),
                when=model(r"\b(20D|350D|REBEL XT|Kiss Digital N)\b"),
            ),
            Tag(
                "FileNumber",
                fmt="int32u",
                conv=file_number_30d,
                when=model(r"\b(30D|400D|REBEL XTi|Kiss Digital X|K236)\b"),
            ),
            Tag("ShutterCount", fmt="int32u", when=lambda p: p.n.order == ">"),  # 1D, 1Ds
            Tag("ShutterCount", fmt="int32u", conv=swap_halves, when=model(r"\b1Ds? Mark II\b")),
        ),
        3: "BracketMode",
        4: "BracketValue",
        5: "BracketShotNumber",
        6: Tag("RawJpgQuality", raw=lambda v, n: None if v <= 0 else v),
        7: Tag("RawJpgSize", raw=lambda v, n: None if v < 0 else v),
        8: Tag("LongExposureNoiseReduction2", raw=lambda v, n: None if v < 0 else v),
        9: "WBBracketMode",
        12: "WBBracketValueAB",
        13: "WBBracketValueGM",
        14: Tag("FilterEffect", raw=lambda v, n: None if v == -1 else v),
        15: Tag("ToningEffect", raw=lambda v, n: None if v == -1 else v),
        16: Tag(
            "MacroMagnification",
            conv=lambda v: math.exp((75 - v) * math.log(2) * 3 / 40),
            when=lambda p: (
                p.n["LensType"]
                and p.n["LensType"] == 124
                and not p.n.match("Model", r"\b(40D|450D|REBEL XSi|Kiss X2)\b")
            ),
        ),
        19: "LiveViewShooting",
        20: Tag(
            "FocusDistanceUpper",
            fmt="int16u",
            raw=lambda v, n: (n.set("FocusDistanceUpper2", v)) or None,
            conv=lambda v: v / 100,
        ),
        21: Tag("FocusDistanceLower", fmt="int16u", conv=lambda v: v / 100, when=lambda p: p.n["FocusDistanceUpper2"]),
        23: "ShutterMode",
        25: "FlashExposureLock",
        61: Tag("RFLensType", fmt="int16u"),
    },
    kind=BINARY,
    fmt="int16s",
)


FLAGS = Table(
    {
        1: "ModifiedParamFlag",
    },
    kind=BINARY,
    fmt="int16s",
)


FOCAL_LENGTH = Table(
    {
        0: Tag("FocalType", raw=lambda v, n: v if v else None),
        1: Tag(
            "FocalLength", raw=lambda v, n: v if v else None, late=lambda v, n: v / (n["FocalUnits"] or 1), priority=0
        ),
        2: Tag(
            "FocalPlaneXSize",
            raw=lambda v, n: None if v < 40 else v,
            conv=lambda v: v * 25.4 / 1000,
            when=lambda p: (
                not p.n.match("Model", r"EOS")
                or p.n.match("Model", r"\b(1DS?|5D|D30|D60|10D|20D|30D|K236)$")
                or p.n.match("Model", r"\b((300D|350D|400D) DIGITAL|REBEL( XTi?)?|Kiss Digital( [NX])?)$")
            ),
        ),
        3: Tag(
            "FocalPlaneYSize",
            raw=lambda v, n: None if v < 40 else v,
            conv=lambda v: v * 25.4 / 1000,
            when=lambda p: (
                not p.n.match("Model", r"EOS")
                or p.n.match("Model", r"\b(1DS?|5D|D30|D60|10D|20D|30D|K236)$")
                or p.n.match("Model", r"\b((300D|350D|400D) DIGITAL|REBEL( XTi?)?|Kiss Digital( [NX])?)$")
            ),
        ),
    },
    kind=BINARY,
    fmt="int16u",
)


HDR_INFO = Table(
    {
        1: "HDR",
        2: "HDREffect",
    },
    kind=BINARY,
    fmt="int32s",
)


LENS_INFO = Table(
    {
        0: Tag(
            "LensSerialNumber",
            fmt="undef[5]",
            raw=lambda v, n: None if re.search(r"^\0\0\0\0", pstr(v)) else v,
            conv=lambda v: v.hex() if isinstance(v, bytes) else v,
            priority=0,
        ),
    },
    kind=BINARY,
)


LIGHTING_OPT = Table(
    {
        1: "PeripheralIlluminationCorr",
        2: "AutoLightingOptimizer",
        3: "HighlightTonePriority",
        4: "LongExposureNoiseReduction",
        5: "HighISONoiseReduction",
        10: "DigitalLensOptimizer",
    },
    kind=BINARY,
    fmt="int32s",
)


LOG_INFO = Table(
    {
        4: "CompressionFormat",
        6: Tag("Sharpness", raw=lambda v, n: None if v == 0x7FFFFFFF else v),
        7: Tag("Saturation", raw=lambda v, n: None if v == 0x7FFFFFFF else v),
        8: Tag("ColorTone", raw=lambda v, n: None if v == 0x7FFFFFFF else v),
        9: Tag("ColorSpace2", raw=lambda v, n: None if v == 0x7FFFFFFF else v),
        10: Tag("ColorMatrix", raw=lambda v, n: None if v == 0x7FFFFFFF else v),
        11: Tag("CanonLogVersion", raw=lambda v, n: None if v == 0x7FFFFFFF else v),
    },
    kind=BINARY,
    fmt="int32s",
    priority=0,
)


TIME_INFO = Table(
    {
        1: "TimeZone",
        2: "TimeZoneCity",
        3: "DaylightSavings",
    },
    kind=BINARY,
    fmt="int32s",
)


MODIFIED_INFO = Table(
    {
        1: "ModifiedToneCurve",
        2: Tag("ModifiedSharpness", when=model(r"\b(1D|5D)")),
        3: "ModifiedSharpnessFreq",
        4: "ModifiedSensorRedLevel",
        5: "ModifiedSensorBlueLevel",
        6: "ModifiedWhiteBalanceRed",
        7: "ModifiedWhiteBalanceBlue",
        8: "ModifiedWhiteBalance",
        9: "ModifiedColorTemp",
        10: "ModifiedPictureStyle",
        11: Tag("ModifiedDigitalGain", conv=lambda v: v / 10),
    },
    kind=BINARY,
    fmt="int16s",
)


VIGNETTING_CORR2 = Table(
    {
        5: "PeripheralLightingSetting",
        6: "ChromaticAberrationSetting",
        7: "DistortionCorrectionSetting",
        9: "DigitalLensOptimizerSetting",
    },
    kind=BINARY,
    fmt="int32s",
)


MOVIE_INFO = Table(
    {
        1: Tag("FrameRate", raw=lambda v, n: None if v == 65535 else v),
        2: Tag("FrameCount", raw=lambda v, n: None if v == 65535 else v),
        4: Tag("FrameCount", fmt="int32u"),
        6: Tag("FrameRate", fmt="rational32u"),
        106: Tag("Duration", fmt="int32u", conv=lambda v: v / 1000),
        108: Tag("AudioBitrate", fmt="int32u"),
        110: Tag("AudioSampleRate", fmt="int32u"),
        112: Tag("AudioChannels", fmt="int32u"),
    },
    kind=BINARY,
    fmt="int16u",
)


WB_INFO = Table(
    {
        2: Tag("WB_GRBGLevelsAuto", fmt="int32s[4]"),
        10: Tag("WB_GRBGLevelsDaylight", fmt="int32s[4]"),
        18: Tag("WB_GRBGLevelsCloudy", fmt="int32s[4]"),
        26: Tag("WB_GRBGLevelsTungsten", fmt="int32s[4]"),
        34: Tag("WB_GRBGLevelsFluorescent", fmt="int32s[4]"),
        42: Tag("WB_GRBGLevelsFluorHigh", fmt="int32s[4]"),
        50: Tag("WB_GRBGLevelsFlash", fmt="int32s[4]"),
        58: Tag("WB_GRBGLevelsUnderwater", fmt="int32s[4]"),
        66: Tag("WB_GRBGLevelsCustom1", fmt="int32s[4]"),
        74: Tag("WB_GRBGLevelsCustom2", fmt="int32s[4]"),
    },
    kind=BINARY,
    fmt="int32u",
)


RAW_BURST_INFO = Table(
    {
        1: "RawBurstImageNum",
        2: "RawBurstImageCount",
    },
    kind=BINARY,
    fmt="int32u",
)


MULTI_EXP = Table(
    {
        1: "MultiExposure",
        2: "MultiExposureControl",
        3: "MultiExposureShots",
    },
    kind=BINARY,
    fmt="int32s",
)


PREVIEW_IMAGE_INFO = Table(
    {
        1: "PreviewQuality",
        2: "PreviewImageLength",
        3: "PreviewImageWidth",
        4: "PreviewImageHeight",
        5: Tag("PreviewImageStart", offset=True),
    },
    kind=BINARY,
    fmt="int32u",
)


PANORAMA = Table(
    {
        2: "PanoramaFrameNumber",
        5: "PanoramaDirection",
    },
    kind=BINARY,
    fmt="int16s",
)


PROCESSING = Table(
    {
        1: "ToneCurve",
        2: Tag("Sharpness", when=not_model(r"\b(20D|350D|REBEL XT|Kiss Digital N)\b"), priority=0),
        3: "SharpnessFrequency",
        4: "SensorRedLevel",
        5: "SensorBlueLevel",
        6: "WhiteBalanceRed",
        7: "WhiteBalanceBlue",
        8: Tag("WhiteBalance", raw=lambda v, n: None if v < 0 else v),
        9: "ColorTemperature",
        10: "PictureStyle",
        11: Tag("DigitalGain", conv=lambda v: v / 10),
        12: "WBShiftAB",
        13: "WBShiftGM",
    },
    kind=BINARY,
    fmt="int16s",
)


SERIAL_INFO = Table(
    {
        9: Tag("InternalSerialNumber", fmt="string"),
    },
    kind=BINARY,
)


MEASURED_COLOR = Table(
    {
        1: Tag("MeasuredRGGB", fmt="int16u[4]"),
    },
    kind=BINARY,
    fmt="int16u",
)


SENSOR_INFO = Table(
    {
        1: "SensorWidth",
        2: "SensorHeight",
        5: "SensorLeftBorder",
        6: "SensorTopBorder",
        7: "SensorRightBorder",
        8: "SensorBottomBorder",
        9: "BlackMaskLeftBorder",
        10: "BlackMaskTopBorder",
        11: "BlackMaskRightBorder",
        12: "BlackMaskBottomBorder",
    },
    kind=BINARY,
    fmt="int16s",
)


SHOT_INFO = Table(
    {
        1: Tag("AutoISO", conv=lambda v: math.exp(v / 32 * math.log(2)) * 100),
        2: Tag(
            "BaseISO",
            raw=lambda v, n: v if v else None,
            conv=lambda v: math.exp(v / 32 * math.log(2)) * 100 / 32,
            priority=0,
        ),
        3: Tag("MeasuredEV", conv=lambda v: v / 32 + 5),
        4: Tag(
            "TargetAperture",
            raw=lambda v, n: v if v > 0 else None,
            conv=lambda v: math.exp(canon_ev(v) * math.log(2) / 2),
        ),
        5: Tag(
            "TargetExposureTime",
            raw=lambda v, n: v if (v > -1000 and (v or n.match("Model", r"(EOS|PowerShot|IXUS|IXY)"))) else None,
            conv=lambda v: math.exp(-canon_ev(v) * math.log(2)),
        ),
        6: Tag("ExposureCompensation", conv=lambda v: canon_ev(v)),
        7: "WhiteBalance",
        8: "SlowShutter",
        9: "SequenceNumber",
        10: "OpticalZoomCode",
        12: Tag(
            "CameraTemperature",
            raw=lambda v, n: v if v else None,
            conv=lambda v: v - 128,
            when=lambda p: p.n.match("Model", r"EOS") and not p.n.match("Model", r"EOS-1DS?$"),
        ),
        13: Tag("FlashGuideNumber", raw=lambda v, n: None if v == -1 else v, conv=lambda v: v / 32),
        14: Tag("AFPointsInFocus", raw=lambda v, n: None if v == 0 else v),
        15: Tag("FlashExposureComp", conv=lambda v: canon_ev(v)),
        16: "AutoExposureBracketing",
        17: Tag("AEBBracketValue", conv=lambda v: canon_ev(v)),
        18: "ControlMode",
        19: Tag(
            "FocusDistanceUpper",
            fmt="int16u",
            raw=lambda v, n: (n.set("FocusDistanceUpper", v)) or None,
            conv=lambda v: v / 100,
        ),
        20: Tag("FocusDistanceLower", fmt="int16u", conv=lambda v: v / 100, when=lambda p: p.n["FocusDistanceUpper"]),
        21: Tag(
            "FNumber",
            raw=lambda v, n: v if v else None,
            conv=lambda v: math.exp(canon_ev(v) * math.log(2) / 2),
            priority=0,
        ),
        22: (
            Tag(
                "ExposureTime",
                raw=lambda v, n: v if (v or pstr(n["FILE_TYPE"]) == "CRW") else None,
                conv=lambda v: math.exp(-canon_ev(v) * math.log(2)) * 1000 / 32,
                when=model(r"\b(20D|350D|REBEL XT|Kiss Digital N)\b"),
                priority=0,
            ),
            Tag(
                "ExposureTime",
                raw=lambda v, n: v if (v or pstr(n["FILE_TYPE"]) == "CRW") else None,
                conv=lambda v: math.exp(-canon_ev(v) * math.log(2)),
                priority=0,
            ),
        ),
        23: Tag("MeasuredEV2", raw=lambda v, n: v if v else None, conv=lambda v: v / 8 - 6),
        24: Tag("BulbDuration", conv=lambda v: v / 10),
        26: "CameraType",
        27: Tag("AutoRotate", raw=lambda v, n: v if v >= 0 else None),
        28: "NDFilter",
        29: Tag("SelfTimer2", raw=lambda v, n: v if v >= 0 else None, conv=lambda v: v / 10),
        33: Tag("FlashOutput", raw=lambda v, n: v if (n.match("Model", r"(PowerShot|IXUS|IXY)") or v) else None),
    },
    kind=BINARY,
    fmt="int16s",
)


MY_COLORS = Table(
    {
        2: "MyColorMode",
    },
    kind=BINARY,
    fmt="int16u",
)


def white_balance(start: int, *names: str | None, step: int = 5) -> dict[int, Tag]:
    """Canon.pm's white-balance rows: for each name, ``WB_RGGBLevels<name>`` (four int16s) and
    ``ColorTemp<name>`` as the last item of its set, a set of ``step`` items further on each
    time; None skips an unknown set."""
    rows: dict[int, Tag] = {}
    for index, name in enumerate(names):
        if name is not None:
            rows[start + step * index] = Tag(f"WB_RGGBLevels{name}", fmt="int16s[4]")
            rows[start + step * index + step - 1] = Tag(f"ColorTemp{name}")
    return rows


PRESETS = ("Daylight", "Shade", "Cloudy", "Tungsten", "Fluorescent", "Kelvin", "Flash")


def sensor_levels(black: int, white: int, when: Callable[[Probe], bool] | None = None) -> dict[int, Tag]:
    """Canon.pm's sensor levels of a ColorData version: PerChannelBlackLevel at ``black``,
    NormalWhiteLevel (none when 0), SpecularWhiteLevel and LinearityUpperMargin from ``white``."""
    return {
        black: Tag("PerChannelBlackLevel", fmt="int16u[4]", when=when),
        white: Tag("NormalWhiteLevel", fmt="int16u", raw=nonzero, when=when),
        white + 1: Tag("SpecularWhiteLevel", fmt="int16u", when=when),
        white + 2: Tag("LinearityUpperMargin", fmt="int16u", when=when),
    }


def color_data_version(*versions: int) -> Callable[[Probe], bool]:
    """A ``when`` for rows of some ColorData versions only."""
    return lambda probe: probe.n["ColorDataVersion"] in versions


COLOR_DATA1 = Table(  # 20D and 350D
    white_balance(0x19, "AsShot", "Auto", "Daylight", "Shade", "Cloudy", "Tungsten", "Fluorescent", "Flash")
    | white_balance(0x41, "Custom1", "Custom2"),
    kind=BINARY,
    fmt="int16s",
)

COLOR_COEFS = Table(
    white_balance(
        0x00,
        "AsShot",
        "Auto",
        "Measured",
        None,
        "Daylight",
        "Shade",
        "Cloudy",
        "Tungsten",
        "Fluorescent",
        "Kelvin",
        "Flash",
    ),
    kind=BINARY,
    fmt="int16s",
)

COLOR_DATA4 = Table(  # 1DmkIII, 1DSmkIII, 1DmkIV, 5DmkII, 7D, 40D, 50D, 60D, 450D, 500D, 550D, 1000D, 1100D
    {
        0x00: "ColorDataVersion",
        0x3F: Tag("ColorCoefs", fmt="undef[210]", sub=COLOR_COEFS),
        0xE7: Tag("AverageBlackLevel", fmt="int16u[4]"),
        0x280: Tag("RawMeasuredRGGB", fmt="int32u[4]", conv=swap_words),
        0x2B4: Tag("PerChannelBlackLevel", fmt="int16u[4]", when=color_data_version(4, 5)),
        0x2B8: Tag("NormalWhiteLevel", fmt="int16u", raw=lambda v, n: v or None, when=color_data_version(4, 5)),
        0x2B9: Tag("SpecularWhiteLevel", fmt="int16u", when=color_data_version(4, 5)),
        0x2BA: Tag("LinearityUpperMargin", fmt="int16u", when=color_data_version(4, 5)),
        0x2CB: Tag("PerChannelBlackLevel", fmt="int16u[4]", when=color_data_version(6, 7)),
        0x2CF: (
            Tag("NormalWhiteLevel", fmt="int16u", raw=lambda v, n: v or None, when=color_data_version(6, 7)),
            Tag("PerChannelBlackLevel", fmt="int16u[4]", when=color_data_version(9)),
        ),
        0x2D0: Tag("SpecularWhiteLevel", fmt="int16u", when=color_data_version(6, 7)),
        0x2D1: Tag("LinearityUpperMargin", fmt="int16u", when=color_data_version(6, 7)),
        0x2D3: Tag("NormalWhiteLevel", fmt="int16u", raw=lambda v, n: v or None, when=color_data_version(9)),
        0x2D4: Tag("SpecularWhiteLevel", fmt="int16u", when=color_data_version(9)),
        0x2D5: Tag("LinearityUpperMargin", fmt="int16u", when=color_data_version(9)),
    },
    kind=BINARY,
    fmt="int16s",
)

COLOR_DATA7 = Table(  # 1DX, 5DmkIII, 6D, 7DmkII, 100D, 650D, 700D, 8000D, M and M2
    {
        0x00: "ColorDataVersion",
        **white_balance(0x3F, "AsShot", "Auto", "Measured"),
        **white_balance(0x80, "Daylight", "Shade", "Cloudy", "Tungsten", "Fluorescent", "Kelvin", "Flash"),
        0x114: Tag("AverageBlackLevel", fmt="int16u[4]"),
        0x1AD: Tag("RawMeasuredRGGB", fmt="int32u[4]", conv=swap_words, when=color_data_version(10)),
        0x1F8: Tag("PerChannelBlackLevel", fmt="int16u[4]", when=color_data_version(10)),
        0x1FC: Tag("NormalWhiteLevel", fmt="int16u", raw=lambda v, n: v or None, when=color_data_version(10)),
        0x1FD: Tag("SpecularWhiteLevel", fmt="int16u", when=color_data_version(10)),
        0x1FE: Tag("LinearityUpperMargin", fmt="int16u", when=color_data_version(10)),
        0x26B: Tag("RawMeasuredRGGB", fmt="int32u[4]", conv=swap_words, when=color_data_version(11)),
        0x2D8: Tag("PerChannelBlackLevel", fmt="int16u[4]", when=color_data_version(11)),
        0x2DC: Tag("NormalWhiteLevel", fmt="int16u", raw=lambda v, n: v or None, when=color_data_version(11)),
        0x2DD: Tag("SpecularWhiteLevel", fmt="int16u", when=color_data_version(11)),
        0x2DE: Tag("LinearityUpperMargin", fmt="int16u", when=color_data_version(11)),
    },
    kind=BINARY,
    fmt="int16s",
)


COLOR_DATA2 = Table(  # 1DmkII and 1DSmkII
    {
        **white_balance(0x18, "Auto"),
        **white_balance(0x22, "AsShot", *PRESETS),
        **white_balance(0x90, "PC1", "PC2", "PC3"),
        0x26A: Tag("RawMeasuredRGGB", fmt="int32u[4]", conv=swap_words),
    },
    kind=BINARY,
    fmt="int16s",
)

COLOR_DATA3 = Table(  # 1DmkIIN, 5D, 30D and 400D
    {
        0x00: "ColorDataVersion",
        **white_balance(0x3F, "AsShot", "Auto", "Measured", *PRESETS, "PC1", "PC2", "PC3", "Custom"),
        0xC4: Tag("PerChannelBlackLevel", fmt="int16u[4]"),
        0x248: Tag("FlashOutput", conv=lambda v: 255 if v >= 255 else math.exp((v - 200) / 16 * math.log(2))),
        0x249: "FlashBatteryLevel",
        0x24A: Tag("ColorTempFlashData", raw=lambda v, n: None if v < 2000 or v > 12000 else v),
        0x287: Tag("MeasuredRGGBData", fmt="int32u[4]", conv=swap_words),
    },
    kind=BINARY,
    fmt="int16s",
)

COLOR_COEFS2 = Table(
    white_balance(0x00, "AsShot", "Auto", "Measured", None, *PRESETS, step=8),
    kind=BINARY,
    fmt="int16s",
)

COLOR_DATA5 = Table(  # G10, G7X (versions -3 and -4)
    {
        0x00: Tag("ColorDataVersion", raw=lambda v, n: n.set("ColorDataVersion", v)),
        0x47: (
            Tag("ColorCoefs", fmt="undef[230]", when=color_data_version(-3), sub=COLOR_COEFS),
            Tag("ColorCoefs2", fmt="undef[368]", when=color_data_version(-4), sub=COLOR_COEFS2),
        ),
        0x108: Tag("PerChannelBlackLevel", fmt="int16s[4]", when=color_data_version(-3)),
        0x14D: Tag("PerChannelBlackLevel", fmt="int16s[4]", when=color_data_version(-4)),
        0x569: Tag("NormalWhiteLevel", fmt="int16u", when=color_data_version(-4)),
        0x56A: Tag("SpecularWhiteLevel", fmt="int16u", when=color_data_version(-4)),
    },
    kind=BINARY,
    fmt="int16s",
)

COLOR_DATA6 = Table(  # 600D and 1200D
    {
        0x00: "ColorDataVersion",
        **white_balance(0x3F, "AsShot", "Auto", "Measured"),
        **white_balance(0x67, *PRESETS),
        0xFB: Tag("AverageBlackLevel", fmt="int16u[4]"),
        0x194: Tag("RawMeasuredRGGB", fmt="int32u[4]", conv=swap_words),
        **sensor_levels(0x1DF, 0x1E3),
    },
    kind=BINARY,
    fmt="int16s",
)

COLOR_DATA8 = Table(  # 5DS/5DSR, 80D, 1300D
    {
        0x00: Tag("ColorDataVersion", raw=lambda v, n: n.set("ColorDataVersion", v)),
        **white_balance(0x3F, "AsShot", "Auto", "Measured"),
        **white_balance(0x85, *PRESETS),
        0x146: Tag("AverageBlackLevel", fmt="int16u[4]"),
        **sensor_levels(0x22C, 0x230, color_data_version(14)),
        **sensor_levels(0x30A, 0x30E, lambda p: p.n["ColorDataVersion"] < 14 or p.n["ColorDataVersion"] == 15),
    },
    kind=BINARY,
    fmt="int16s",
)


def color_data(asshot: int, presets: int, black: int, white: int) -> Table:
    """ColorData 9, 10 and 11 share one layout at different places (Canon.pm: 10 is 9 shifted
    by 0x0e): the as-shot, auto and measured sets, the presets, then the sensor levels."""
    return Table(
        {
            0x00: Tag("ColorDataVersion", raw=lambda v, n: n.set("ColorDataVersion", v)),
            **white_balance(asshot, "AsShot", "Auto", "Measured"),
            **white_balance(presets, *PRESETS),
            **sensor_levels(black, white),
        },
        kind=BINARY,
        fmt="int16s",
    )


COLOR_DATA9 = color_data(0x47, 0x88, 0x149, 0x31C)  # M50, R, RP, SX70
COLOR_DATA10 = color_data(0x55, 0x96, 0x157, 0x32A)  # 1DXmkIII, R5, R6
COLOR_DATA11 = color_data(0x69, 0xCD, 0x16B, 0x280)  # R3
COLOR_DATA_UNKNOWN = Table({0x00: "ColorDataVersion"}, kind=BINARY, fmt="int16s")

VIGNETTING_CORR = Table(
    {
        0: Tag("VignettingCorrVersion", fmt="int8u"),
        2: "PeripheralLighting",
        3: "DistortionCorrection",
        4: "ChromaticAberrationCorr",
        5: "ChromaticAberrationCorr",
        6: "PeripheralLightingValue",
        9: "DistortionCorrectionValue",
        11: "OriginalImageWidth",
        12: "OriginalImageHeight",
    },
    kind=BINARY,
    fmt="int16s",
)

VIGNETTING_CORR_UNKNOWN = Table({0: Tag("VignettingCorrVersion", fmt="int8u")}, kind=BINARY, fmt="int16s")

FILTER_INFO = Table(
    {
        0x101: "GrainyBWFilter",
        0x201: "SoftFocusFilter",
        0x301: "ToyCameraFilter",
        0x401: "MiniatureFilter",
        0x402: "MiniatureFilterOrientation",
        0x403: "MiniatureFilterPosition",
        0x404: "MiniatureFilterParameter",
        0x501: "FisheyeFilter",
        0x601: "PaintingFilter",
        0x701: "WatercolorFilter",
    },
    kind=RECORDS,
    records=filters,
)


MAIN = Table(
    {
        0x0001: Tag("CanonCameraSettings", sub=CAMERA_SETTINGS, prepare=size_word()),
        0x0002: Tag("CanonFocalLength", sub=FOCAL_LENGTH),
        0x0004: Tag("CanonShotInfo", sub=SHOT_INFO, prepare=size_word()),
        0x0005: Tag("CanonPanorama", sub=PANORAMA),
        0x0006: "CanonImageType",
        0x0007: "CanonFirmwareVersion",
        0x0008: "FileNumber",
        0x0009: "OwnerName",
        0x000C: (
            Tag("SerialNumber", when=model(r"EOS D30\b")),
            Tag("SerialNumber", when=model(r"EOS-1D")),
            "SerialNumber",
        ),
        0x000D: (
            Tag(
                "CanonCameraInfo1D",
                when=lambda p: p.n.set("CameraInfoCount", p.count) and p.n.match("Model", r"\b1DS?$"),
                sub=CAMERA_INFO_1D,
            ),
            Tag("CanonCameraInfo1DmkII", when=model(r"\b1Ds? Mark II$"), sub=CAMERA_INFO_1D_MK_II),
            Tag("CanonCameraInfo1DmkIIN", when=model(r"\b1Ds? Mark II N$"), sub=CAMERA_INFO_1D_MK_IIN),
            Tag("CanonCameraInfo1DmkIII", when=model(r"\b1Ds? Mark III$"), sub=CAMERA_INFO_1D_MK_III),
            Tag("CanonCameraInfo1DmkIV", when=model(r"\b1D Mark IV$"), sub=CAMERA_INFO_1D_MK_IV),
            Tag("CanonCameraInfo1DX", when=model(r"EOS-1D X$"), sub=CAMERA_INFO_1DX),
            Tag("CanonCameraInfo5D", when=model(r"EOS 5D$"), sub=CAMERA_INFO_5D),
            Tag("CanonCameraInfo5DmkII", when=model(r"EOS 5D Mark II$"), sub=CAMERA_INFO_5D_MK_II),
            Tag("CanonCameraInfo5DmkIII", when=model(r"EOS 5D Mark III$"), sub=CAMERA_INFO_5D_MK_III),
            Tag("CanonCameraInfo6D", when=model(r"EOS 6D$"), sub=CAMERA_INFO_6D),
            Tag("CanonCameraInfo7D", when=model(r"EOS 7D$"), sub=CAMERA_INFO_7D),
            Tag("CanonCameraInfo40D", when=model(r"EOS 40D$"), sub=CAMERA_INFO_40D),
            Tag("CanonCameraInfo50D", when=model(r"EOS 50D$"), sub=CAMERA_INFO_50D),
            Tag("CanonCameraInfo60D", when=model(r"EOS 60D$"), sub=CAMERA_INFO_60D),
            Tag("CanonCameraInfo70D", when=model(r"EOS 70D$"), sub=CAMERA_INFO_70D),
            Tag("CanonCameraInfo80D", when=model(r"EOS 80D$"), sub=CAMERA_INFO_80D),
            Tag("CanonCameraInfo450D", when=model(r"\b(450D|REBEL XSi|Kiss X2)\b"), sub=CAMERA_INFO_450D),
            Tag("CanonCameraInfo500D", when=model(r"\b(500D|REBEL T1i|Kiss X3)\b"), sub=CAMERA_INFO_500D),
            Tag("CanonCameraInfo550D", when=model(r"\b(550D|REBEL T2i|Kiss X4)\b"), sub=CAMERA_INFO_550D),
            Tag("CanonCameraInfo600D", when=model(r"\b(600D|REBEL T3i|Kiss X5)\b"), sub=CAMERA_INFO_600D),
            Tag("CanonCameraInfo650D", when=model(r"\b(650D|REBEL T4i|Kiss X6i)\b"), sub=CAMERA_INFO_650D),
            Tag("CanonCameraInfo700D", when=model(r"\b(700D|REBEL T5i|Kiss X7i)\b"), sub=CAMERA_INFO_650D),
            Tag("CanonCameraInfo750D", when=model(r"\b(750D|Rebel T6i|Kiss X8i)\b"), sub=CAMERA_INFO_750D),
            Tag("CanonCameraInfo760D", when=model(r"\b(760D|Rebel T6s|8000D)\b"), sub=CAMERA_INFO_750D),
            Tag("CanonCameraInfo1000D", when=model(r"\b(1000D|REBEL XS|Kiss F)\b"), sub=CAMERA_INFO_1000D),
            Tag("CanonCameraInfo1100D", when=model(r"\b(1100D|REBEL T3|Kiss X50)\b"), sub=CAMERA_INFO_600D),
            Tag("CanonCameraInfo1200D", when=model(r"\b(1200D|REBEL T5|Kiss X70)\b"), sub=CAMERA_INFO_60D),
            Tag(
                "CanonCameraInfoPowerShot",
                when=lambda p: p.fmt == "int32u" and p.count in (138, 148),
                sub=CAMERA_INFO_POWER_SHOT,
            ),
            Tag(
                "CanonCameraInfoPowerShot2",
                when=lambda p: p.fmt == "int32u" and p.count in (156, 162, 167, 171, 264),
                sub=CAMERA_INFO_POWER_SHOT2,
            ),
            Tag("CanonCameraInfoUnknown32", when=lambda p: p.fmt.startswith("int32"), sub=CAMERA_INFO_UNKNOWN32),
            Tag("CanonCameraInfoUnknown16", when=lambda p: p.fmt.startswith("int16"), hidden=True),
            Tag("CanonCameraInfoUnknown", sub=CAMERA_INFO_UNKNOWN),
        ),
        0x000E: "CanonFileLength",
        0x000F: (
            Tag("CustomFunctions1D", when=model(r"EOS-1D"), sub=CUSTOM_FUNCTIONS_1D, prepare=size_word()),
            Tag("CustomFunctions5D", when=model(r"EOS 5D"), sub=CUSTOM_FUNCTIONS_5D, prepare=size_word()),
            Tag("CustomFunctions10D", when=model(r"EOS 10D"), sub=CUSTOM_FUNCTIONS_10D, prepare=size_word()),
            Tag("CustomFunctions20D", when=model(r"EOS 20D"), sub=CUSTOM_FUNCTIONS_20D, prepare=size_word()),
            Tag("CustomFunctions30D", when=model(r"EOS 30D"), sub=CUSTOM_FUNCTIONS_30D, prepare=size_word()),
            Tag(
                "CustomFunctions350D",
                when=model(r"\b(350D|REBEL XT|Kiss Digital N)\b"),
                sub=CUSTOM_FUNCTIONS_350D,
                prepare=size_word(),
            ),
            Tag(
                "CustomFunctions400D",
                when=model(r"\b(400D|REBEL XTi|Kiss Digital X|K236)\b"),
                sub=CUSTOM_FUNCTIONS_400D,
                prepare=size_word(),
            ),
            Tag("CustomFunctionsD30", when=model(r"EOS D30\b"), sub=CUSTOM_FUNCTIONS_D30, prepare=size_word()),
            # the D60 stores the block's length less 2 (CanonCustom.pm)
            Tag(
                "CustomFunctionsD60",
                when=model(r"EOS D60\b"),
                sub=CUSTOM_FUNCTIONS_D30,
                prepare=size_word(accept=lambda size: (size - 2, size)),
            ),
        ),
        0x0010: "CanonModelID",
        0x0011: Tag("MovieInfo", sub=MOVIE_INFO, prepare=size_word()),
        0x0012: Tag("CanonAFInfo", when=lambda p: p.n.set("AFInfoCount", p.count), sub=AF_INFO),
        0x0013: "ThumbnailImageValidArea",
        0x0015: "SerialNumberFormat",
        0x001A: "SuperMacro",
        0x001C: "DateStampMode",
        0x001D: Tag("MyColors", sub=MY_COLORS, prepare=size_word()),
        0x001E: "FirmwareRevision",
        0x0023: Tag(
            "Categories",
            fmt="int32u",
            conv=lambda v: v[1] if isinstance(v, list) and v[0] == 8 else v,
            when=lambda p: re.search(rb"^\x08\0\0\0", p.data),
        ),
        0x0024: Tag("FaceDetect1", sub=FACE_DETECT1, prepare=size_word()),
        0x0025: Tag("FaceDetect2", sub=FACE_DETECT2),
        0x0026: Tag(
            "CanonAFInfo2", when=lambda p: not re.search(rb"^\0\0\0\0", p.data), sub=AF_INFO2, prepare=size_word()
        ),
        0x0027: Tag("ContrastInfo", when=lambda p: re.search(rb"^\x0a\0", p.data), sub=CONTRAST_INFO),
        0x0028: Tag("ImageUniqueID", fmt="undef", raw=lambda v, n: None if v == bytes(16) else v, conv=bytes.hex),
        0x0029: Tag("WBInfo", sub=WB_INFO),
        0x002F: Tag("FaceDetect3", sub=FACE_DETECT3, prepare=size_word()),
        0x0035: Tag("TimeInfo", sub=TIME_INFO, prepare=size_word()),
        0x0038: Tag(
            "BatteryType",
            raw=lambda v, n: v[4:].split(b"\0")[0].decode("latin-1") or None,
            when=lambda p: p.count == 76,
        ),
        0x003C: Tag("AFInfo3", when=lambda p: p.n.set("AFInfo3", 1), sub=AF_INFO2, prepare=size_word()),
        0x0081: "RawDataOffset",
        0x0083: "OriginalDecisionDataOffset",
        0x0090: Tag("CustomFunctions1D", sub=CUSTOM_FUNCTIONS_1D, prepare=size_word()),
        0x0091: Tag("PersonalFunctions", sub=CUSTOM_PERSONAL_FUNCS, prepare=size_word()),
        0x0092: Tag("PersonalFunctionValues", sub=CUSTOM_PERSONAL_FUNC_VALUES, prepare=size_word()),
        0x0093: Tag("CanonFileInfo", sub=FILE_INFO, prepare=size_word()),
        0x0094: "AFPointsInFocus1D",
        0x0095: "LensModel",
        0x0096: (
            Tag("SerialInfo", when=model(r"EOS 5D"), sub=SERIAL_INFO),
            Tag("InternalSerialNumber", conv=lambda v: v.rstrip("\xff")),
        ),
        0x0097: Tag("DustRemovalData", binary=True),
        0x0098: Tag("CropInfo", sub=CROP_INFO),
        0x0099: Tag("CustomFunctions2", sub=CUSTOM_FUNCTIONS_2, prepare=size_word()),
        0x009A: Tag("AspectInfo", sub=ASPECT_INFO),
        0x00A0: Tag("ProcessingInfo", sub=PROCESSING, prepare=size_word()),
        0x00A1: Tag("ToneCurveTable", conv=long_binary),
        0x00A2: Tag("SharpnessTable", conv=long_binary),
        0x00A3: Tag("SharpnessFreqTable", conv=long_binary),
        0x00A4: Tag("WhiteBalanceTable", conv=long_binary),
        0x00A9: Tag("ColorBalance", sub=COLOR_BALANCE, prepare=size_word()),
        0x00AA: Tag("MeasuredColor", sub=MEASURED_COLOR, prepare=size_word()),
        0x00AE: "ColorTemperature",
        0x00B0: Tag("CanonFlags", sub=FLAGS, prepare=size_word()),
        0x00B1: Tag("ModifiedInfo", sub=MODIFIED_INFO, prepare=size_word()),
        0x00B2: Tag("ToneCurveMatching", conv=long_binary),
        0x00B3: Tag("WhiteBalanceMatching", conv=long_binary),
        0x00B4: "ColorSpace",
        0x00B6: Tag("PreviewImageInfo", sub=PREVIEW_IMAGE_INFO, prepare=size_word(accept=lambda size: (size / 2,))),
        0x00D0: "VRDOffset",
        0x00E0: Tag("SensorInfo", sub=SENSOR_INFO, prepare=size_word()),
        0x4001: (
            Tag("ColorData1", when=lambda p: p.count == 582, sub=COLOR_DATA1),
            Tag("ColorData2", when=lambda p: p.count == 653, sub=COLOR_DATA2),
            Tag("ColorData3", when=lambda p: p.count == 796, sub=COLOR_DATA3),
            Tag(
                "ColorData4",
                when=lambda p: p.count in (692, 674, 702, 1227, 1250, 1251, 1337, 1338, 1346),
                sub=COLOR_DATA4,
            ),
            Tag("ColorData5", when=lambda p: p.count == 5120, sub=COLOR_DATA5),
            Tag("ColorData6", when=lambda p: p.count in (1273, 1275), sub=COLOR_DATA6),
            Tag("ColorData7", when=lambda p: p.count in (1312, 1313, 1316, 1506), sub=COLOR_DATA7),
            Tag("ColorData8", when=lambda p: p.count in (1560, 1592, 1353, 1602), sub=COLOR_DATA8),
            Tag("ColorData9", when=lambda p: p.count in (1816, 1820, 1824), sub=COLOR_DATA9),
            Tag("ColorData10", when=lambda p: p.count in (2024, 3656), sub=COLOR_DATA10),
            Tag("ColorData11", when=lambda p: p.count in (3973, 3778), sub=COLOR_DATA11),
            Tag("ColorDataUnknown", sub=COLOR_DATA_UNKNOWN),
        ),
        0x4003: Tag("ColorInfo", sub=COLOR_INFO),
        0x4008: "PictureStyleUserDef",
        0x4009: "PictureStylePC",
        0x4010: "CustomPictureStyleFileName",
        0x4013: Tag("AFMicroAdj", sub=AF_MICRO_ADJ, prepare=size_word(accept=lambda size: (size, 0x2C))),
        0x4015: (
            # the byte count is the word at byte 2 of these blocks (Canon.pm)
            Tag(
                "VignettingCorr",
                when=lambda p: re.search(rb"^\0", p.data) and not re.search(rb"^\0\0\0\0", p.data),
                sub=VIGNETTING_CORR,
                prepare=size_word(2),
            ),
            Tag(
                "VignettingCorrUnknown1",
                when=lambda p: re.search(rb"^[\x01\x02\x10\x20]", p.data) and not re.search(rb"^\0\0\0\0", p.data),
                sub=VIGNETTING_CORR_UNKNOWN,
                prepare=size_word(2),
            ),
            Tag(
                "VignettingCorrUnknown2",
                when=lambda p: not re.search(rb"^\0\0\0\0", p.data),
                sub=VIGNETTING_CORR_UNKNOWN,
            ),
        ),
        0x4016: Tag("VignettingCorr2", sub=VIGNETTING_CORR2, prepare=size_word()),
        0x4018: Tag("LightingOpt", sub=LIGHTING_OPT, prepare=size_word()),
        0x4019: Tag("LensInfo", sub=LENS_INFO),
        0x4020: Tag(
            "AmbienceInfo", when=lambda p: not re.search(rb"^\0\0\0\0", p.data), sub=AMBIENCE, prepare=size_word()
        ),
        0x4021: Tag("MultiExp", sub=MULTI_EXP, prepare=size_word()),
        0x4024: Tag("FilterInfo", sub=FILTER_INFO, prepare=size_word()),
        0x4025: Tag("HDRInfo", sub=HDR_INFO, prepare=size_word()),
        0x4026: Tag("LogInfo", sub=LOG_INFO, prepare=size_word()),
        0x4028: Tag("AFConfig", sub=AF_CONFIG, prepare=size_word()),
        0x403F: Tag("RawBurstModeRoll", sub=RAW_BURST_INFO, prepare=size_word()),
    },
)
