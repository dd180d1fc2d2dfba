"""Pentax maker-note tag tables: ids, names, formats and conversions from ExifTool 12.57 Pentax.pm."""

import math
import re

from ..convert import (
    auto_bracketing,
    each,
    first,
    flash_guide_number,
    manufacture_date,
    pentax_color_temp,
    pentax_date,
    pentax_ev,
    pentax_firmware,
    pentax_kelvin_wb,
    pentax_lens_type,
    pentax_shutter_count,
    pentax_time,
)
from ..table import BINARY, Table, Tag, model, not_model, pstr

AE_INFO = Table(
    {
        0: Tag("AEExposureTime", conv=lambda v: 24 * math.exp(-(v - 32) * math.log(2) / 8)),
        1: Tag("AEAperture", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        2: Tag("AE_ISO", conv=lambda v: 100 * math.exp((v - 32) * math.log(2) / 8)),
        3: Tag("AEXv", conv=lambda v: (v - 64) / 8),
        4: Tag("AEBXv", fmt="int8s", conv=lambda v: v / 8),
        5: Tag("AEMinExposureTime", conv=lambda v: 24 * math.exp(-(v - 32) * math.log(2) / 8)),
        6: "AEProgramMode",
        8: "AEApertureSteps",
        9: Tag("AEMaxAperture", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        10: Tag("AEMaxAperture2", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        11: Tag("AEMinAperture", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        12: "AEMeteringMode",
        13: Tag("AEWhiteBalance", when=lambda p: p.n["AEInfoSize"] == 24, mask=0xF0),
        13.1: Tag("AEMeteringMode2", when=lambda p: p.n["AEInfoSize"] == 24, mask=0xF),
        14: Tag("FlashExposureCompSet", fmt="int8s", conv=lambda v: pentax_ev(v)),
        21: "LevelIndicator",
    },
    kind=BINARY,
)


AE_INFO2 = Table(
    {
        2: Tag("AEExposureTime", conv=lambda v: 24 * math.exp(-(v - 32) * math.log(2) / 8)),
        3: Tag("AEAperture", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        4: Tag("AE_ISO", conv=lambda v: 100 * math.exp((v - 32) * math.log(2) / 8)),
        5: Tag("AEXv", conv=lambda v: (v - 64) / 8),
        6: Tag("AEBXv", fmt="int8s", conv=lambda v: v / 8),
        8: Tag("AEError", fmt="int8s", conv=lambda v: -(v - 64) / 8),
        11: "AEApertureSteps",
        15: "SceneMode",
        16: Tag("AEMaxAperture", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        17: Tag("AEMaxAperture2", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        18: Tag("AEMinAperture", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        19: Tag("AEMinExposureTime", conv=lambda v: 24 * math.exp(-(v - 32) * math.log(2) / 8)),
    },
    kind=BINARY,
)


AE_INFO3 = Table(
    {
        16: Tag("AEExposureTime", conv=lambda v: 24 * math.exp(-(v - 32) * math.log(2) / 8)),
        17: Tag("AEAperture", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        18: Tag("AE_ISO", conv=lambda v: 100 * math.exp((v - 32) * math.log(2) / 8)),
        28: Tag("AEMaxAperture", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        29: Tag("AEMaxAperture2", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        30: Tag("AEMinAperture", conv=lambda v: math.exp((v - 68) * math.log(2) / 16)),
        31: Tag("AEMinExposureTime", conv=lambda v: 24 * math.exp(-(v - 32) * math.log(2) / 8)),
    },
    kind=BINARY,
)


AF_INFO = Table(
    {
        4: Tag("AFPredictor", fmt="int16s"),
        6: "AFDefocus",
        7: Tag("AFIntegrationTime", conv=lambda v: v * 2),
        11: Tag("AFPointsInFocus", when=not_model(r"K-[13]\b")),
        509: Tag("AFHold", when=lambda p: pstr(p.n["Model"]) == "PENTAX K-3 II"),
    },
    kind=BINARY,
)


AWB_INFO = Table(
    {
        0: "WhiteBalanceAutoAdjustment",
        1: "TungstenAWB",
    },
    kind=BINARY,
)


BATTERY_INFO = Table(
    {
        0.1: Tag("PowerSource", mask=0xF),
        1.1: (
            Tag("BodyBatteryState", when=model(r"(\*ist|K100D|K200D|K10D|GX10|K20D|GX20|GX-1[LS]?)\b"), mask=0xF0),
            Tag("BodyBatteryState", when=not_model(r"(K110D|K2000|K-m)\b"), mask=0xF0),
            Tag("BodyBatteryState", mask=0xF0),
        ),
        1.2: Tag("GripBatteryState", when=model(r"(K10D|GX10|K20D|GX20)\b"), mask=0xF),
        2: (
            Tag("BodyBatteryADNoLoad", when=model(r"(K10D|GX10|K20D|GX20)\b")),
            Tag("BodyBatteryADNoLoad", when=model(r"(\*ist|K100D|K200D|GX-1[LS]?)\b")),
            Tag(
                "BodyBatteryVoltage1",
                fmt="int16u",
                conv=lambda v: v / 100,
                when=not_model(r"(K100D|K110D|K2000|K-m|Q\d*)\b"),
            ),
        ),
        3: (
            Tag("BodyBatteryADLoad", when=model(r"(K10D|GX10|K20D|GX20)\b")),
            Tag("BodyBatteryADLoad", when=model(r"(\*ist|K100D|K200D)\b")),
        ),
        4: (
            Tag("GripBatteryADNoLoad", when=model(r"(\*ist|K10D|GX10|K20D|GX20|GX-1[LS]?)\b")),
            Tag(
                "BodyBatteryVoltage2",
                fmt="int16u",
                conv=lambda v: v / 100,
                when=not_model(r"(K100D|K110D|K2000|K-m|Q\d*)\b"),
            ),
        ),
        5: Tag("GripBatteryADLoad", when=model(r"(\*ist|K10D|GX10|K20D|GX20)\b")),
        6: Tag("BodyBatteryVoltage3", fmt="int16u", conv=lambda v: v / 100, when=model(r"(K-5|K-r|645D)\b")),
        8: Tag("BodyBatteryVoltage4", fmt="int16u", conv=lambda v: v / 100, when=model(r"(K-5|K-r)\b")),
    },
    kind=BINARY,
)


CAMERA_INFO = Table(
    {
        0: Tag("PentaxModelID", priority=0),
        1: Tag("ManufactureDate", conv=manufacture_date),
        2: Tag("ProductionCode", fmt="int32u[2]", conv=lambda v: pstr(v).replace(" ", ".")),
        4: "InternalSerialNumber",
    },
    kind=BINARY,
    fmt="int32u",
)


CAMERA_SETTINGS = Table(
    {
        0: "PictureMode2",
        1.1: Tag("ProgramLine", mask=0x3),
        1.2: Tag("EVSteps", mask=0x20),
        1.3: Tag("E-DialInProgram", mask=0x40),
        1.4: Tag("ApertureRingUse", mask=0x80),
        2: Tag("FlashOptions", mask=0xF0),
        2.1: Tag("MeteringMode2", mask=0xF),
        3: Tag("AFPointMode", mask=0xF0),
        3.1: Tag("FocusMode2", mask=0xF),
        4: Tag("AFPointSelected2", fmt="int16u"),
        6: Tag("ISOFloor", conv=lambda v: int(100 * math.exp(pentax_ev(v - 32) * math.log(2)) + 0.5)),
        7: "DriveMode2",
        8: "ExposureBracketStepSize",
        9: "BracketShotNumber",
        10: Tag("WhiteBalanceSet", mask=0xF0),
        10.1: Tag("MultipleExposureSet", mask=0xF),
        13: Tag("RawAndJpgRecording", when=model(r"(K10D|GX10)\b")),
        14.1: Tag("JpgRecordedPixels", when=model(r"(K10D|GX10)\b"), mask=0x3),
        14.2: Tag("LinkAEToAFPoint", when=model(r"K-5\b"), mask=0x1),
        14.3: Tag("SensitivitySteps", when=model(r"K-5\b"), mask=0x2),
        14.4: Tag("ISOAuto", when=model(r"K-5\b"), mask=0x4),
        16: Tag("FlashOptions2", when=model(r"(K10D|GX10)\b"), mask=0xF0),
        16.1: Tag("MeteringMode3", when=model(r"(K10D|GX10)\b"), mask=0xF),
        17.1: Tag("SRActive", when=model(r"(K10D|GX10)\b"), mask=0x80),
        17.2: Tag("Rotation", when=model(r"(K10D|GX10)\b"), mask=0x60),
        17.3: Tag("ISOSetting", when=model(r"(K10D|GX10)\b"), mask=0x4),
        17.4: Tag("SensitivitySteps", when=model(r"(K10D|GX10)\b"), mask=0x2),
        18: Tag(
            "TvExposureTimeSetting",
            conv=lambda v: math.exp(-pentax_ev(v - 68) * math.log(2)),
            when=model(r"(K10D|GX10)\b"),
        ),
        19: Tag(
            "AvApertureSetting",
            conv=lambda v: math.exp(pentax_ev(v - 68) * math.log(2) / 2),
            when=model(r"(K10D|GX10)\b"),
        ),
        20: Tag(
            "SvISOSetting",
            conv=lambda v: int(100 * math.exp(pentax_ev(v - 32) * math.log(2)) + 0.5),
            when=model(r"(K10D|GX10)\b"),
        ),
        21: Tag("BaseExposureCompensation", conv=lambda v: pentax_ev(64 - v), when=model(r"(K10D|GX10)\b")),
    },
    kind=BINARY,
    priority=0,
)


CAMERA_SETTINGS_UNKNOWN = Table(
    {},
    kind=BINARY,
)


COLOR_INFO = Table(
    {
        16: "WBShiftAB",
        17: "WBShiftGM",
    },
    kind=BINARY,
    fmt="int8s",
)


EV_STEP_INFO = Table(
    {
        0: "EVSteps",
        1: "SensitivitySteps",
    },
    kind=BINARY,
)


FACE_INFO = Table(
    {
        0: "FacesDetected",
        2: Tag("FacePosition", fmt="int8u[2]"),
    },
    kind=BINARY,
)


FLASH_INFO = Table(
    {
        0: "FlashStatus",
        1: "InternalFlashMode",
        2: "ExternalFlashMode",
        3: "InternalFlashStrength",
        4: "TTL_DA_AUp",
        5: "TTL_DA_ADown",
        6: "TTL_DA_BUp",
        7: "TTL_DA_BDown",
        24.1: Tag("ExternalFlashGuideNumber", conv=flash_guide_number, mask=0x1F),
        25: "ExternalFlashExposureComp",
        26: "ExternalFlashBounce",
    },
    kind=BINARY,
)


FLASH_INFO_UNKNOWN = Table(
    {},
    kind=BINARY,
)


KELVIN_WB = Table(
    {
        1: Tag("KelvinWB_Daylight", fmt="int16u[4]", conv=pentax_kelvin_wb),
        5: Tag("KelvinWB_01", fmt="int16u[4]", conv=pentax_kelvin_wb),
        9: Tag("KelvinWB_02", fmt="int16u[4]", conv=pentax_kelvin_wb),
        13: Tag("KelvinWB_03", fmt="int16u[4]", conv=pentax_kelvin_wb),
        17: Tag("KelvinWB_04", fmt="int16u[4]", conv=pentax_kelvin_wb),
        21: Tag("KelvinWB_05", fmt="int16u[4]", conv=pentax_kelvin_wb),
        25: Tag("KelvinWB_06", fmt="int16u[4]", conv=pentax_kelvin_wb),
        29: Tag("KelvinWB_07", fmt="int16u[4]", conv=pentax_kelvin_wb),
        33: Tag("KelvinWB_08", fmt="int16u[4]", conv=pentax_kelvin_wb),
        37: Tag("KelvinWB_09", fmt="int16u[4]", conv=pentax_kelvin_wb),
        41: Tag("KelvinWB_10", fmt="int16u[4]", conv=pentax_kelvin_wb),
        45: Tag("KelvinWB_11", fmt="int16u[4]", conv=pentax_kelvin_wb),
        49: Tag("KelvinWB_12", fmt="int16u[4]", conv=pentax_kelvin_wb),
        53: Tag("KelvinWB_13", fmt="int16u[4]", conv=pentax_kelvin_wb),
        57: Tag("KelvinWB_14", fmt="int16u[4]", conv=pentax_kelvin_wb),
        61: Tag("KelvinWB_15", fmt="int16u[4]", conv=pentax_kelvin_wb),
        65: Tag("KelvinWB_16", fmt="int16u[4]", conv=pentax_kelvin_wb),
    },
    kind=BINARY,
    fmt="int16u",
)


LENS_CORR = Table(
    {
        0: "DistortionCorrection",
        1: "ChromaticAberrationCorrection",
        2: "PeripheralIlluminationCorr",
        3: "DiffractionCorrection",
    },
    kind=BINARY,
)


LENS_DATA = Table(
    {
        0.1: Tag("AutoAperture", when=lambda p: not p.n["NewLensData"], mask=0x1),
        0.2: Tag("MinAperture", when=lambda p: not p.n["NewLensData"], mask=0x6),
        0.3: Tag("LensFStops", conv=lambda v: 5 + (v ^ 0x07) / 2, when=lambda p: not p.n["NewLensData"], mask=0x70),
        3: Tag("MinFocusDistance", mask=0xF8),
        3.1: Tag("FocusRangeIndex", mask=0x7),
        9: Tag(
            "LensFocalLength", conv=lambda v: 10 * (v >> 2) * 4 ** ((v & 0x03) - 2), when=not_model(r"645Z"), priority=0
        ),
        10: Tag("NominalMaxAperture", conv=lambda v: 2 ** (v / 4), mask=0xF0),
        10.1: Tag("NominalMinAperture", conv=lambda v: 2 ** ((v + 10) / 4), mask=0xF),
        12.1: Tag("NewLensDataHook", raw=lambda v, n: None),
        14.1: Tag(
            "MaxAperture",
            raw=lambda v, n: v if v > 1 else None,
            conv=lambda v: 2 ** ((v - 1) / 32),
            when=lambda p: pstr(p.n["Model"]) != "K-5",
            mask=0x7F,
        ),
    },
    kind=BINARY,
)


LENS_INFO = Table(
    {
        0: Tag("LensType", fmt="int8u[2]", priority=0),
        3: Tag("LensData", fmt="undef[17]", sub=LENS_DATA),
    },
    kind=BINARY,
)


LENS_INFO2 = Table(
    {
        0: Tag("LensType", fmt="int8u[4]", conv=pentax_lens_type, priority=0),
        4: Tag("LensData", fmt="undef[17]", sub=LENS_DATA),
    },
    kind=BINARY,
)


LENS_INFO3 = Table(
    {
        1: Tag("LensType", fmt="int8u[4]", conv=pentax_lens_type, priority=0),
        13: Tag("LensData", fmt="undef[17]", sub=LENS_DATA),
    },
    kind=BINARY,
)


LENS_INFO4 = Table(
    {
        1: Tag("LensType", fmt="int8u[4]", conv=pentax_lens_type, priority=0),
        12: Tag("LensData", fmt="undef[18]", when=lambda p: p.n.set("NewLensData", 1), sub=LENS_DATA),
    },
    kind=BINARY,
)


LENS_INFO5 = Table(
    {
        1: Tag("LensType", fmt="int8u[5]", conv=lambda v: pentax_lens_type(v, 4), priority=0),
        15: Tag("LensData", fmt="undef[17]", sub=LENS_DATA),
    },
    kind=BINARY,
)


LENS_REC = Table(
    {
        0: Tag("LensType", fmt="int8u[2]", priority=0),
        3: "ExtenderStatus",
    },
    kind=BINARY,
)


LEVEL_INFO = Table(
    {
        0: Tag("LevelOrientation", mask=0xF),
        0.1: Tag("CompositionAdjust", mask=0xF0),
        1: Tag("RollAngle", conv=lambda v: -v / 2),
        2: Tag("PitchAngle", conv=lambda v: -v / 2),
        5: Tag("CompositionAdjustX", conv=lambda v: -v),
        6: Tag("CompositionAdjustY", conv=lambda v: -v),
        7: Tag("CompositionAdjustRotation", conv=lambda v: -v / 2),
    },
    kind=BINARY,
    fmt="int8s",
)


SR_INFO = Table(
    {
        0: "SRResult",
        1: "ShakeReduction",
        2: Tag("SRHalfPressTime", conv=lambda v: v / 60),
        3: Tag("SRFocalLength", conv=lambda v: v * 4 if v & 0x01 else v / 2),
    },
    kind=BINARY,
)


SR_INFO2 = Table(
    {
        1: "ShakeReduction",
    },
    kind=BINARY,
)


TIME_INFO = Table(
    {
        0.1: Tag("WorldTimeLocation", mask=0x1),
        0.2: Tag("HometownDST", mask=0x2),
        0.3: Tag("DestinationDST", mask=0x4),
        2: "HometownCity",
        3: "DestinationCity",
    },
    kind=BINARY,
)


WB_LEVELS = Table(
    {
        2: Tag("WB_RGGBLevelsDaylight", fmt="int16u[4]"),
        11: Tag("WB_RGGBLevelsShade", fmt="int16u[4]"),
        20: Tag("WB_RGGBLevelsCloudy", fmt="int16u[4]"),
        29: Tag("WB_RGGBLevelsTungsten", fmt="int16u[4]"),
        38: Tag("WB_RGGBLevelsFluorescentD", fmt="int16u[4]"),
        47: Tag("WB_RGGBLevelsFluorescentN", fmt="int16u[4]"),
        56: Tag("WB_RGGBLevelsFluorescentW", fmt="int16u[4]"),
        65: Tag("WB_RGGBLevelsFlash", fmt="int16u[4]"),
        74: Tag("WB_RGGBLevelsFluorescentL", fmt="int16u[4]"),
        92: Tag("WB_RGGBLevelsUserSelected", fmt="int16u[4]"),
    },
    kind=BINARY,
)


SHOT_INFO = Table(
    {
        1: Tag("CameraOrientation", when=model(r"K-(5|7|r|x)\b")),
    },
    kind=BINARY,
)


MAIN = Table(
    {
        0x0000: "PentaxVersion",
        0x0001: "PentaxModelType",
        0x0002: "PreviewImageSize",
        0x0003: "PreviewImageLength",
        0x0004: Tag("PreviewImageStart", offset=True),
        0x0005: "PentaxModelID",
        0x0006: Tag("Date", raw=lambda v, n: n.set("PentaxDate", v), conv=pentax_date),
        0x0007: Tag("Time", raw=lambda v, n: n.set("PentaxTime", v), conv=pentax_time),
        0x0008: "Quality",
        0x0009: "PentaxImageSize",
        0x000B: Tag(
            "PictureMode",
            late=lambda v, n: v + 0.1 if isinstance(v, int) and v < 4 and n.match("Model", r"Optio 555\b") else v,
        ),
        0x000C: "FlashMode",
        0x000D: (
            Tag("FocusMode", when=lambda p: not p.n.match("Make", r"^Asahi")),
            "FocusMode",
        ),
        0x000E: (
            Tag("AFPointSelected", when=model(r"K-1\b")),
            Tag("AFPointSelected", when=model(r"K-3\b")),
            "AFPointSelected",
        ),
        0x000F: (
            Tag("AFPointsInFocus", when=model(r"K-3\b")),
            "AFPointsInFocus",
        ),
        0x0010: "FocusPosition",
        0x0012: Tag("ExposureTime", conv=lambda v: v * 1e-5, priority=0),
        0x0013: Tag("FNumber", conv=lambda v: v / 10, priority=0),
        0x0014: "ISO",
        0x0015: Tag("LightReading", fmt="int16s"),
        0x0016: (
            Tag("ExposureCompensation", conv=lambda v: (v - 50) / 10, when=lambda p: p.count == 1),
            Tag("ExposureCompensation", conv=lambda v: (first(v) - 50) / 10),
        ),
        0x0017: "MeteringMode",
        0x0018: Tag("AutoBracketing", conv=auto_bracketing),
        0x0019: "WhiteBalance",
        0x001A: "WhiteBalanceMode",
        0x001B: Tag("BlueBalance", conv=lambda v: v / 256),
        0x001C: Tag("RedBalance", conv=lambda v: v / 256),
        0x001D: (
            Tag(
                "FocalLength",
                conv=lambda v: v / 10,
                when=model(r"^PENTAX Optio (30|33WR|43WR|450|550|555|750Z|X)\b"),
                priority=0,
            ),
            Tag("FocalLength", conv=lambda v: v / 100, priority=0),
        ),
        0x001E: Tag("DigitalZoom", conv=lambda v: v / 100),
        0x001F: "Saturation",
        0x0020: "Contrast",
        0x0021: "Sharpness",
        0x0022: "WorldTimeLocation",
        0x0023: "HometownCity",
        0x0024: "DestinationCity",
        0x0025: "HometownDST",
        0x0026: "DestinationDST",
        0x0027: Tag("DSPFirmwareVersion", conv=pentax_firmware),
        0x0028: Tag("CPUFirmwareVersion", conv=pentax_firmware),
        0x0029: "FrameNumber",
        0x002D: (
            Tag("EffectiveLV", fmt="int16s", conv=lambda v: v / 1024, when=lambda p: p.fmt == "int16u"),
            Tag("EffectiveLV", fmt="int32s", conv=lambda v: v / 1024, when=lambda p: p.fmt == "int32u"),
        ),
        0x0032: Tag("ImageEditing", fmt="int8u"),
        0x0033: "PictureMode",
        0x0034: "DriveMode",
        0x0035: Tag(
            "SensorSize", fmt="int16u", conv=lambda v: [x / 500 for x in v] if isinstance(v, list) else v / 500
        ),
        0x0037: "ColorSpace",
        0x0038: "ImageAreaOffset",
        0x0039: "RawImageSize",
        0x003C: Tag("AFPointsInFocus", fmt="int32u", conv=lambda v: v & 0x7FF),
        0x003D: "DataScaling",
        0x003E: "PreviewImageBorders",
        0x003F: Tag("LensRec", sub=LENS_REC),
        0x0040: Tag("SensitivityAdjust", conv=lambda v: (v - 50) / 10),
        0x0041: "ImageEditCount",
        0x0047: "CameraTemperature",
        0x0048: "AELock",
        0x0049: "NoiseReduction",
        0x004D: (
            Tag("FlashExposureComp", conv=lambda v: v / 256, when=lambda p: p.count == 1),
            Tag("FlashExposureComp", conv=each(lambda v: v / 6)),
        ),
        0x004F: "ImageTone",
        0x0050: Tag("ColorTemperature", raw=lambda v, n: v if v else None, conv=lambda v: 53190 - v),
        0x0053: Tag("ColorTempDaylight", conv=pentax_color_temp),
        0x0054: Tag("ColorTempShade", conv=pentax_color_temp),
        0x0055: Tag("ColorTempCloudy", conv=pentax_color_temp),
        0x0056: Tag("ColorTempTungsten", conv=pentax_color_temp),
        0x0057: Tag("ColorTempFluorescentD", conv=pentax_color_temp),
        0x0058: Tag("ColorTempFluorescentN", conv=pentax_color_temp),
        0x0059: Tag("ColorTempFluorescentW", conv=pentax_color_temp),
        0x005A: Tag("ColorTempFlash", conv=pentax_color_temp),
        0x005C: (
            Tag("ShakeReductionInfo", fmt="undef", when=lambda p: p.count == 4, sub=SR_INFO),
            Tag("ShakeReductionInfo", fmt="undef", sub=SR_INFO2),
        ),
        0x005D: Tag(
            "ShutterCount",
            raw=lambda v, n: int.from_bytes(v, "big") if len(v) == 4 else None,
            late=pentax_shutter_count,
        ),
        0x0060: Tag("FaceInfo", fmt="undef", sub=FACE_INFO),
        0x0062: Tag("RawDevelopmentProcess", when=lambda p: p.n.match("Make", r"^(PENTAX|RICOH)")),
        0x0067: "Hue",
        0x0068: Tag("AWBInfo", fmt="undef", sub=AWB_INFO),
        0x0069: Tag("DynamicRangeExpansion", fmt="int8u"),
        0x006B: Tag("TimeInfo", fmt="undef", sub=TIME_INFO),
        0x006C: "HighLowKeyAdj",
        0x006D: "ContrastHighlight",
        0x006E: "ContrastShadow",
        0x006F: "ContrastHighlightShadowAdj",
        0x0070: "FineSharpness",
        0x0071: Tag("HighISONoiseReduction", fmt="int8u"),
        0x0072: "AFAdjustment",
        0x0073: "MonochromeFilterEffect",
        0x0074: "MonochromeToning",
        0x0076: Tag(
            "FaceDetect",
            raw=lambda v, n: (n.set("FacesDetected", v[1]) if isinstance(v, list) and len(v) > 1 else None, v)[1],
        ),
        0x0077: "FaceDetectFrameSize",
        0x0079: "ShadowCorrection",
        0x007A: "ISOAutoParameters",
        0x007B: "CrossProcess",
        0x007D: Tag("LensCorr", fmt="undef", sub=LENS_CORR),
        0x007E: "WhiteLevel",
        0x007F: "BleachBypassToning",
        0x0080: "AspectRatio",
        0x0082: "BlurControl",
        0x0085: Tag("HDR", fmt="int8u"),
        0x0087: "ShutterType",
        0x0088: "NeutralDensityFilter",
        0x008B: Tag("ISO", priority=0),
        0x0092: "IntervalShooting",
        0x0095: (
            Tag("SkinToneCorrection", when=lambda p: p.count == 2),
            Tag("SkinToneCorrection", when=lambda p: p.count == 3),
        ),
        0x0096: "ClarityControl",
        0x0200: "BlackPoint",
        0x0201: "WhitePoint",
        0x0203: Tag("ColorMatrixA", conv=lambda v: [x / 8192 for x in v] if isinstance(v, list) else v / 8192),
        0x0204: Tag("ColorMatrixB", conv=lambda v: [x / 8192 for x in v] if isinstance(v, list) else v / 8192),
        0x0205: (
            Tag("CameraSettings", when=lambda p: p.count < 25, sub=CAMERA_SETTINGS, order=">"),
            Tag("CameraSettingsUnknown", sub=CAMERA_SETTINGS_UNKNOWN, order=">"),
        ),
        0x0206: (
            Tag(
                "AEInfo", when=lambda p: p.count <= 25 and p.count != 21 and p.n.set("AEInfoSize", p.count), sub=AE_INFO
            ),
            Tag("AEInfo2", when=lambda p: p.count == 21, sub=AE_INFO2),
            Tag("AEInfo3", when=lambda p: p.count == 48, sub=AE_INFO3),
        ),
        0x0207: (
            Tag(
                "LensInfo",
                when=lambda p: (
                    p.n.match("Model", r"(\*ist|GX-1[LS])")
                    or (p.n.match("Model", r"(K100D|K110D)") and re.search(rb"^.{20}(\xff|\0\0)", p.data, re.S))
                ),
                sub=LENS_INFO,
            ),
            Tag(
                "LensInfo",
                when=lambda p: p.count != 90 and p.count != 91 and p.count != 80 and p.count != 128 and p.count != 168,
                sub=LENS_INFO2,
            ),
            Tag("LensInfo", when=lambda p: p.count == 90, sub=LENS_INFO3),
            Tag("LensInfo", when=lambda p: p.count == 91, sub=LENS_INFO4),
            Tag("LensInfo", when=lambda p: p.count == 80 or p.count == 128, sub=LENS_INFO5),
        ),
        0x0208: (
            Tag("FlashInfo", when=lambda p: p.count == 27, sub=FLASH_INFO),
            Tag("FlashInfoUnknown", sub=FLASH_INFO_UNKNOWN),
        ),
        0x0209: Tag("AEMeteringSegments", fmt="int8u"),
        0x020A: Tag("FlashMeteringSegments", fmt="int8u"),
        0x020B: Tag("SlaveFlashMeteringSegments", fmt="int8u"),
        0x020D: "WB_RGGBLevelsDaylight",
        0x020E: "WB_RGGBLevelsShade",
        0x020F: "WB_RGGBLevelsCloudy",
        0x0210: "WB_RGGBLevelsTungsten",
        0x0211: "WB_RGGBLevelsFluorescentD",
        0x0212: "WB_RGGBLevelsFluorescentN",
        0x0213: "WB_RGGBLevelsFluorescentW",
        0x0214: "WB_RGGBLevelsFlash",
        0x0215: Tag("CameraInfo", fmt="undef", sub=CAMERA_INFO),
        0x0216: Tag("BatteryInfo", sub=BATTERY_INFO, order=">"),
        0x021C: Tag("ColorMatrixA2", fmt="int16s"),
        0x021D: Tag("ColorMatrixB2", fmt="int16s"),
        0x021F: Tag("AFInfo", sub=AF_INFO, order=">"),
        0x0221: Tag("KelvinWB", sub=KELVIN_WB),
        0x0222: Tag("ColorInfo", sub=COLOR_INFO),
        0x0224: Tag("EVStepInfo", sub=EV_STEP_INFO),
        0x0226: Tag("ShotInfo", sub=SHOT_INFO),
        0x0227: Tag("FacePos", when=lambda p: p.n["FacesDetected"], hidden=True),
        0x0228: Tag("FaceSize", when=lambda p: p.n["FacesDetected"], hidden=True),
        0x0229: "SerialNumber",
        0x022A: Tag("FilterInfo", when=lambda p: p.n.match("Make", r"^RICOH"), hidden=True),
        0x022B: Tag("LevelInfo", sub=LEVEL_INFO),
        0x022D: Tag("WBLevels", when=lambda p: p.count == 100, sub=WB_LEVELS),
        0x022E: "Artist",
        0x022F: "Copyright",
        0x0230: "FirmwareVersion",
        0x0231: "ContrastDetectAFArea",
        0x0235: Tag("CrossProcessParams", fmt="int8u"),
        0x023F: "Model",
        0x03FE: "DataDump",
        0x03FF: Tag("TempInfo", when=model(r"K-(01|3|30|5|50|500)\b"), hidden=True),
        0x0402: "ToneCurve",
        0x0403: "ToneCurves",
    },
)

# Pentax.pm Type2: the Casio-like IFD of the Optio 330 and 430 (Make "Asahi...", no header).
TYPE2 = Table(
    {
        0x0001: "RecordingMode",
        0x0002: "Quality",
        0x0003: "FocusMode",
        0x0004: "FlashMode",
        0x0007: "WhiteBalance",
        0x000A: "DigitalZoom",
        0x000B: "Sharpness",
        0x000C: "Contrast",
        0x000D: "Saturation",
        0x0014: Tag("ISO", priority=0),
        0x0017: "ColorFilter",
        0x1000: "HometownCityCode",
        0x1001: "DestinationCityCode",
    }
)
