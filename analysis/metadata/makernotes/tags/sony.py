"""Sony maker-note tag tables: ids, names, formats and conversions from ExifTool 12.57 Sony.pm."""

import math
import re

from ..convert import hex_bytes, sony_lens_spec, sony_pixel_shift, sony_serial, two_digit_time
from ..crypt import sony_decipher
from ..table import BINARY, Table, Tag, lookup, model, not_model, pstr


# Conversions shared by the CameraSettings tables (Sony.pm %Sony::CameraSettings, ...2, ...3).
def _minus_10(v):
    return v - 10


def _hundreds(v):
    return v * 100


def _signed_byte(v):
    return v - 256 if v > 128 else v


def _flash_compensation(v):
    return (v - 128) / 24


def _iso_setting(v):
    return math.exp((v / 8 - 6) * math.log(2)) * 100 if v else v


def _shutter_speed_setting(v):
    return 2 ** (6 - v / 8) if v else 0


def _aperture_setting(v):
    return 2 ** ((v / 8 - 1) / 2)


AF_INFO = Table(
    {
        2: "AFType",
        4: Tag("AFStatusActiveSensor", fmt="int16s", when=not_model(r"^ILCA-")),
        5: Tag("FocusMode", when=model(r"^ILCA-"), priority=0),
        7: (
            Tag("AFPoint", when=lambda p: p.n["AFType"] == 1),
            Tag("AFPoint", when=lambda p: p.n["AFType"] == 2),
        ),
        8: (
            Tag("AFPointInFocus", when=lambda p: p.n["AFType"] == 1),
            Tag("AFPointInFocus", when=lambda p: p.n["AFType"] == 2),
        ),
        9: (
            Tag("AFPointAtShutterRelease", when=lambda p: p.n["AFType"] == 1),
            Tag("AFPointAtShutterRelease", when=lambda p: p.n["AFType"] == 2),
        ),
        10: Tag("AFAreaMode", when=not_model(r"^ILCA-")),
        11: Tag("FocusMode", when=not_model(r"^ILCA-")),
        16: Tag("AFPointsUsed", fmt="int8u[10]", when=model(r"^ILCA-")),
        17: (
            Tag("AFStatus15", when=lambda p: p.n["AFType"] == 1, hidden=True),
            Tag("AFStatus19", when=lambda p: p.n["AFType"] == 2, hidden=True),
        ),
        55: Tag("AFPoint", when=lambda p: p.n["AFType"] == 3),
        56: Tag("AFPointInFocus", when=lambda p: p.n["AFType"] == 3),
        57: Tag("AFPointAtShutterRelease", when=lambda p: p.n["AFType"] == 3),
        58: Tag("AFAreaMode", when=model(r"^ILCA-")),
        59: Tag("AFStatusActiveSensor", fmt="int16s", when=model(r"^ILCA-")),
        67: Tag("ExposureProgram", when=model(r"^ILCA-"), priority=0),
        80: Tag("AFMicroAdj", fmt="int8s", when=model(r"^ILCA-")),
        125: Tag("AFStatus79", when=lambda p: p.n["AFType"] == 3, hidden=True),
        366: Tag("AFPointsUsed", fmt="int32u", when=not_model(r"^ILCA-")),
        381: Tag("AFMicroAdj", fmt="int8s", when=not_model(r"^ILCA-")),
        382: Tag("ExposureProgram", when=not_model(r"^ILCA-"), priority=0),
    },
    kind=BINARY,
    priority=0,
)


CAMERA_SETTINGS = Table(
    {
        0: Tag("ExposureTime", conv=_shutter_speed_setting),
        1: Tag("FNumber", conv=_aperture_setting),
        2: "HighSpeedSync",
        3: Tag("ExposureCompensationSet", conv=_flash_compensation),
        4: Tag("DriveMode", mask=0xFF),
        5: "WhiteBalanceSetting",
        6: Tag("WhiteBalanceFineTune", conv=_signed_byte),
        7: Tag("ColorTemperatureSet", conv=_hundreds),
        8: Tag("ColorCompensationFilterSet", conv=_signed_byte),
        12: Tag("ColorTemperatureCustom", conv=_hundreds),
        13: Tag("ColorCompensationFilterCustom", conv=_signed_byte),
        15: "WhiteBalance",
        16: "FocusModeSetting",
        17: "AFAreaMode",
        18: Tag("AFPointSetting", fmt="int16u"),
        19: "FlashMode",
        20: Tag("FlashExposureCompSet", conv=_flash_compensation),
        21: "MeteringMode",
        22: Tag("ISOSetting", conv=_iso_setting),
        24: "DynamicRangeOptimizerMode",
        25: "DynamicRangeOptimizerLevel",
        26: "CreativeStyle",
        27: "ColorSpace",
        28: Tag("Sharpness", conv=_minus_10),
        29: Tag("Contrast", conv=_minus_10),
        30: Tag("Saturation", conv=_minus_10),
        31: Tag("ZoneMatchingValue", conv=_minus_10),
        34: Tag("Brightness", conv=_minus_10),
        35: "FlashControl",
        40: "PrioritySetupShutterRelease",
        41: "AFIlluminator",
        42: "AFWithShutter",
        43: "LongExposureNoiseReduction",
        44: "HighISONoiseReduction",
        45: "ImageStyle",
        46: "FocusModeSwitch",
        47: Tag("ShutterSpeedSetting", conv=_shutter_speed_setting),
        48: Tag("ApertureSetting", conv=_aperture_setting),
        60: "ExposureProgram",
        61: "ImageStabilizationSetting",
        62: "FlashAction",
        63: "Rotation",
        64: "AELock",
        76: "FlashAction2",
        77: "FocusMode",
        80: "BatteryState",
        81: "BatteryLevel",
        83: "FocusStatus",
        84: "SonyImageSize",
        85: "AspectRatio",
        86: "Quality",
        88: "ExposureLevelIncrements",
        106: "RedEyeReduction",
        154: Tag("FolderNumber", mask=0x3FF),
        155: Tag("ImageNumber", mask=0x3FFF),
    },
    kind=BINARY,
    fmt="int16u",
    priority=0,
)


CAMERA_SETTINGS2 = Table(
    {
        0: Tag("ExposureTime", conv=_shutter_speed_setting),
        1: Tag("FNumber", conv=_aperture_setting),
        2: "HighSpeedSync",
        3: Tag("ExposureCompensationSet", conv=_flash_compensation),
        4: "WhiteBalanceSetting",
        5: Tag("WhiteBalanceFineTune", conv=_signed_byte),
        6: Tag("ColorTemperatureSet", conv=_hundreds),
        7: Tag("ColorCompensationFilterSet", conv=_signed_byte),
        8: Tag("CustomWB_RGBLevels", fmt="int16u[3]"),
        11: Tag("ColorTemperatureCustom", conv=_hundreds),
        12: Tag("ColorCompensationFilterCustom", conv=_signed_byte),
        14: "WhiteBalance",
        15: "FocusModeSetting",
        16: "AFAreaMode",
        17: Tag("AFPointSetting", fmt="int16u"),
        18: Tag("FlashExposureCompSet", conv=_flash_compensation),
        19: "MeteringMode",
        20: Tag("ISOSetting", conv=_iso_setting),
        22: "DynamicRangeOptimizerMode",
        23: "DynamicRangeOptimizerLevel",
        24: "CreativeStyle",
        25: Tag("Sharpness", conv=_minus_10),
        26: Tag("Contrast", conv=_minus_10),
        27: Tag("Saturation", conv=_minus_10),
        31: "FlashControl",
        37: "LongExposureNoiseReduction",
        38: "HighISONoiseReduction",
        39: "ImageStyle",
        40: Tag("ShutterSpeedSetting", conv=_shutter_speed_setting),
        41: Tag("ApertureSetting", conv=_aperture_setting),
        60: "ExposureProgram",
        61: "ImageStabilizationSetting",
        62: "FlashAction",
        63: "Rotation",
        64: "AELock",
        76: "FlashAction2",
        77: "FocusMode",
        83: "FocusStatus",
        84: "SonyImageSize",
        85: "AspectRatio",
        86: "Quality",
        88: "ExposureLevelIncrements",
        126: Tag("DriveMode", mask=0xFF),
        127: "FlashMode",
        131: "ColorSpace",
    },
    kind=BINARY,
    fmt="int16u",
    priority=0,
)


CAMERA_SETTINGS3 = Table(
    {
        0: Tag("ShutterSpeedSetting", conv=_shutter_speed_setting),
        1: Tag("ApertureSetting", conv=_aperture_setting),
        2: Tag("ISOSetting", conv=lambda v: math.exp((v / 8 - 6) * math.log(2)) * 100 if (v and v < 254) else v),
        3: Tag("ExposureCompensationSet", conv=_flash_compensation),
        4: "DriveModeSetting",
        5: "ExposureProgram",
        6: "FocusModeSetting",
        7: "MeteringMode",
        9: "SonyImageSize",
        10: "AspectRatio",
        11: "Quality",
        12: "DynamicRangeOptimizerSetting",
        13: "DynamicRangeOptimizerLevel",
        14: "ColorSpace",
        15: "CreativeStyleSetting",
        16: Tag("ContrastSetting", fmt="int8s"),
        17: Tag("SaturationSetting", fmt="int8s"),
        18: Tag("SharpnessSetting", fmt="int8s"),
        22: "WhiteBalanceSetting",
        23: Tag("ColorTemperatureSetting", conv=_hundreds),
        24: Tag("ColorCompensationFilterSet", fmt="int8s"),
        32: "FlashMode",
        33: "FlashControl",
        35: Tag("FlashExposureCompSet", conv=_flash_compensation),
        36: "AFAreaMode",
        37: "LongExposureNoiseReduction",
        38: "HighISONoiseReduction",
        39: "SmileShutterMode",
        40: "RedEyeReduction",
        45: "HDRSetting",
        46: "HDRLevel",
        47: "ViewingMode",
        48: "FaceDetection",
        49: "SmileShutter",
        50: Tag("SweepPanoramaSize", when=not_model(r"^DSLR-(A450|A500|A550)$")),
        51: Tag("SweepPanoramaDirection", when=not_model(r"^DSLR-(A450|A500|A550)$")),
        52: Tag("DriveMode", when=not_model(r"^DSLR-(A450|A500|A550)$")),
        53: Tag("MultiFrameNoiseReduction", when=not_model(r"^DSLR-(A450|A500|A550)$")),
        54: Tag("LiveViewAFSetting", when=not_model(r"^(NEX-|DSLR-(A450|A500|A550)$)")),
        56: Tag("PanoramaSize3D", when=not_model(r"^DSLR-(A450|A500|A550)$")),
        131: Tag("AFButtonPressed", when=not_model(r"^(NEX-|DSLR-(A450|A500|A550)$)")),
        132: Tag("LiveViewMetering", when=not_model(r"^(NEX-|DSLR-(A450|A500|A550)$)")),
        133: Tag("ViewingMode2", when=not_model(r"^(NEX-|DSLR-(A450|A500|A550)$)")),
        134: Tag("AELock", when=not_model(r"^(NEX-|DSLR-(A450|A500|A550)$)")),
        135: Tag("FlashStatusBuilt-in", when=not_model(r"^DSLR-(A450|A500|A550)")),
        136: Tag("FlashStatusExternal", when=not_model(r"^DSLR-(A450|A500|A550)")),
        139: Tag("LiveViewFocusMode", when=not_model(r"^(NEX-|DSLR-(A450|A500|A550)$)")),
        153: Tag("LensMount", when=not_model(r"^DSLR-(A450|A500|A550)$")),
        268: Tag("SequenceNumber", when=not_model(r"^DSLR-(A450|A500|A550)$")),
        276: Tag("FolderNumber", fmt="int32u", when=not_model(r"^DSLR-(A450|A500|A550)$"), mask=0xFFC000),
        276.1: Tag("ImageNumber", fmt="int32u", when=not_model(r"^DSLR-(A450|A500|A550)$"), mask=0x3FFF),
        512: Tag("ShotNumberSincePowerUp2", fmt="int32u", when=not_model(r"^DSLR-(A450|A500|A550)$")),
        643: Tag("AFButtonPressed", when=model(r"^DSLR-(A450|A500|A550)$")),
        644: Tag("LiveViewMetering", when=model(r"^DSLR-(A450|A500|A550)$")),
        645: Tag("ViewingMode2", when=model(r"^DSLR-(A450|A500|A550)$")),
        646: Tag("AELock", when=model(r"^DSLR-(A450|A500|A550)$")),
        647: Tag("FlashStatusBuilt-in", when=model(r"^DSLR-(A450|A500|A550)$")),
        648: Tag("FlashStatusExternal", when=model(r"^DSLR-(A450|A500|A550)$")),
        651: Tag("LiveViewFocusMode", when=model(r"^DSLR-(A450|A500|A550)$")),
        780: Tag("SequenceNumber", when=model(r"^DSLR-(A450|A500|A550)$")),
        788: Tag("ImageNumber", fmt="int16u", when=model(r"^DSLR-(A450|A500|A550)$"), mask=0x3FFF),
        790: Tag("FolderNumber", fmt="int16u", when=model(r"^DSLR-(A450|A500|A550)$"), mask=0x3FF),
        1008: Tag("LensE-mountVersion", fmt="int16u", when=lambda p: p.n.match("Model", r"^NEX-")),
        1011: Tag("LensFirmwareVersion", fmt="int16u", when=lambda p: p.n.match("Model", r"^NEX-")),
        1015: Tag("LensType2", fmt="int16u", when=lambda p: (p.n.match("Model", r"^NEX-")) and (p.n["LensMount"] != 1)),
        1024: Tag("ImageNumber", fmt="int16u", when=model(r"^DSLR-(A450|A500|A550)$"), mask=0x3FFF),
        1026: Tag("FolderNumber", fmt="int16u", when=model(r"^DSLR-(A450|A500|A550)$"), mask=0x3FF),
    },
    kind=BINARY,
    priority=0,
)


FOCUS_INFO = Table(
    {
        14: (
            Tag("DriveMode2", when=model(r"^DSLR-A(230|290|330|380|390)$")),
            "DriveMode2",
        ),
        16: "Rotation",
        20: "ImageStabilizationSetting",
        21: "DynamicRangeOptimizerMode",
        43: "BracketShotNumber",
        44: "WhiteBalanceBracketing",
        45: "BracketShotNumber2",
        46: "DynamicRangeOptimizerBracket",
        47: "ExposureBracketShotNumber",
        63: "ExposureProgram",
        65: "CreativeStyle",
        109: Tag("ISOSetting", conv=_iso_setting),
        111: Tag("ISO", conv=_iso_setting),
        119: "DynamicRangeOptimizerMode",
        121: "DynamicRangeOptimizerLevel",
        2118: Tag(
            "ShutterCount",
            fmt="int32u",
            raw=lambda v, n: v & 0x00FFFFFF,
            when=model(r"^DSLR-A(230|290|330|380|390|850|900)$"),
        ),
        2491: Tag("FocusPosition", when=model(r"^DSLR-A(200|230|290|300|330|350|380|390|700|850|900)$")),
    },
    kind=BINARY,
    priority=0,
)


# ValueConv shared by the three ISO tags (Sony.pm %isoSetting2010).
ISO_SETTING_2010 = lookup(
    {
        0: "Auto",
        10: 80,
        11: 100,
        12: 125,
        13: 160,
        14: 200,
        15: 250,
        16: 320,
        17: 400,
        18: 500,
        19: 640,
        20: 800,
        21: 1000,
        22: 1250,
        23: 1600,
        24: 2000,
        25: 2500,
        26: 3200,
        27: 4000,
        28: 5000,
        29: 6400,
        30: 8000,
        31: 10000,
        32: 12800,
        33: 16000,
        34: 20000,
        35: 25600,
        36: 32000,
        37: 40000,
        38: 51200,
        39: 64000,
        40: 80000,
        41: 102400,
        42: 128000,
        43: 160000,
        44: 204800,
        45: 256000,
        46: 320000,
        47: 409600,
        5: 25,
        7: 40,
        8: 50,
        9: 64,
    }
)


ISO_INFO = Table(
    {
        0: Tag("ISOSetting", conv=ISO_SETTING_2010),
        2: Tag("ISOAutoMin", conv=ISO_SETTING_2010),
        4: Tag("ISOAutoMax", conv=ISO_SETTING_2010),
    },
    kind=BINARY,
)


TAG202A = Table(
    {
        1: Tag("FocalPlaneAFPointsUsed", fmt="int8u", raw=lambda v, n: n.set("Locations", v)),
        2: Tag("FocalPlaneAFPointArea", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 1),
        6: Tag("FocalPlaneAFPointLocation1", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 1),
        10: Tag("FocalPlaneAFPointLocation2", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 2),
        14: Tag("FocalPlaneAFPointLocation3", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 3),
        18: Tag("FocalPlaneAFPointLocation4", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 4),
        22: Tag("FocalPlaneAFPointLocation5", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 5),
        26: Tag("FocalPlaneAFPointLocation6", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 6),
        30: Tag("FocalPlaneAFPointLocation7", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 7),
        34: Tag("FocalPlaneAFPointLocation8", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 8),
        38: Tag("FocalPlaneAFPointLocation9", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 9),
        42: Tag("FocalPlaneAFPointLocation10", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 10),
        46: Tag("FocalPlaneAFPointLocation11", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 11),
        50: Tag("FocalPlaneAFPointLocation12", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 12),
        54: Tag("FocalPlaneAFPointLocation13", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 13),
        58: Tag("FocalPlaneAFPointLocation14", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 14),
        62: Tag("FocalPlaneAFPointLocation15", fmt="int16u[2]", when=lambda p: p.n["Locations"] >= 15),
    },
    kind=BINARY,
)


TAG940C = Table(
    {
        8: Tag("LensMount2", raw=lambda v, n: n.set("LensMount", v)),
        9: Tag(
            "LensType3", fmt="int16u", raw=lambda v, n: v if ((n["LensMount"] != 0) or (v > 0 and v < 32784)) else None
        ),
        11: Tag("CameraE-mountVersion", fmt="int16u"),
        13: Tag("LensE-mountVersion", fmt="int16u", when=lambda p: p.n["LensMount"] != 0),
        20: Tag("LensFirmwareVersion", fmt="int16u", when=lambda p: p.n["LensMount"] != 0),
    },
    kind=BINARY,
)


TAG9405A = Table(
    {
        1536: Tag("DistortionCorrParamsPresent", when=not_model(r"^(DSC-|Stellar)")),
        1537: "DistortionCorrection",
        1539: Tag("LensFormat", when=not_model(r"^(DSC-|Stellar)")),
        1540: Tag(
            "LensMount",
            raw=lambda v, n: None if n.set("LensMount", v) is not None and n.match("Model", r"^(DSC-|Stellar)") else v,
        ),
        1541: Tag("LensType2", fmt="int16u", when=lambda p: p.n["LensMount"] == 2),
        1544: Tag("LensType", fmt="int16u", when=lambda p: p.n["LensMount"] == 1),
        1610: Tag("VignettingCorrParams", fmt="int16s[16]", when=not_model(r"^(DSC-|Stellar)")),
        1642: Tag("ChromaticAberrationCorrParams", fmt="int16s[32]", when=not_model(r"^(DSC-|Stellar)")),
        1738: Tag("DistortionCorrParams", fmt="int16s[16]", when=not_model(r"^(DSC-|Stellar)")),
    },
    kind=BINARY,
    priority=0,
)


TAG9405B = Table(
    {
        4: Tag("SonyISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256)),
        6: Tag("BaseISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256)),
        10: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        14: Tag("SonyExposureTime2", fmt="int16u", conv=lambda v: 2 ** (16 - v / 256) if v else 0),
        16: Tag("ExposureTime", fmt="rational32u"),
        20: Tag("SonyFNumber", fmt="int16u", conv=lambda v: 2 ** ((v / 256 - 16) / 2), when=not_model(r"^(DSC-|ZV-)")),
        22: Tag("SonyMaxApertureValue", fmt="int16u", conv=lambda v: 2 ** ((v / 256 - 16) / 2)),
        36: Tag("SequenceImageNumber", fmt="int32u", conv=lambda v: v + 1),
        52: "ReleaseMode2",
        62: Tag("SonyImageWidthMax", fmt="int16u"),
        64: Tag("SonyImageHeightMax", fmt="int16u"),
        66: "HighISONoiseReduction",
        68: "LongExposureNoiseReduction",
        70: "PictureEffect2",
        72: "ExposureProgram",
        74: "CreativeStyle",
        82: Tag("Sharpness", fmt="int8s"),
        90: Tag("DistortionCorrParamsPresent", when=not_model(r"^DSC-")),
        91: "DistortionCorrection",
        93: Tag("LensFormat", when=not_model(r"^DSC-")),
        94: Tag(
            "LensMount",
            raw=lambda v, n: None if n.set("LensMount", v) is not None and n.match("Model", r"^DSC-") else v,
        ),
        96: Tag("LensType2", fmt="int16u", when=lambda p: p.n["LensMount"] == 2),
        98: Tag("LensType", fmt="int16u", when=lambda p: p.n["LensMount"] == 1),
        100: Tag("DistortionCorrParams", fmt="int16s[16]", when=not_model(r"^DSC-")),
        834: Tag(
            "LensZoomPosition",
            fmt="int16u",
            when=not_model(
                r"^(ILCA-|ILCE-(7RM2|7M3|7RM3A?|7RM4A?|7SM2|6100|6300|6400|6500|6600|7C|9|9M2)|DSC-(HX80|HX90V|HX99|RX0|RX10M2|RX10M3|RX10M4|RX100M4|RX100M5|RX100M5A|RX100M6|RX100M7|WX500)|ZV-)"
            ),
        ),
        842: Tag(
            "VignettingCorrParams",
            fmt="int16s[16]",
            when=model(r"^(ILCA-(68|77M2)|ILCE-(5000|5100|6000|7|7R|7S|QX1)|Lusso)\b"),
        ),
        846: Tag(
            "LensZoomPosition",
            fmt="int16u",
            when=model(
                r"^(DSC-(RX100M5|RX100M5A|RX100M6|RX100M7|RX10M4|HX99)|ILCE-(6100|6400|6600|7C|7M3|7RM3A?|7RM4A?|9M2)|ZV-E10)"
            ),
        ),
        848: Tag("VignettingCorrParams", fmt="int16s[16]", when=model(r"^(ILCE-7M2)")),
        858: Tag(
            "LensZoomPosition",
            fmt="int16u",
            when=model(r"^(ILCE-(7RM2|7SM2)|DSC-(HX80|HX90V|RX10M2|RX10M3|RX100M4|WX500))"),
        ),
        860: Tag(
            "VignettingCorrParams",
            fmt="int16s[16]",
            when=model(r"^(ILCA-99M2|ILCE-(6100|6400|6500|6600|7C|7M3|7RM3A?|7RM4A?|9|9M2)|ZV-E10)"),
        ),
        872: Tag("VignettingCorrParams", fmt="int16s[16]", when=model(r"^(ILCE-(6300|7RM2|7SM2))")),
        892: Tag(
            "ChromaticAberrationCorrParams",
            fmt="int16s[32]",
            when=model(r"^(ILCA-(68|77M2)|ILCE-(5000|5100|6000|7|7R|7S|QX1)|Lusso)\b"),
        ),
        900: Tag("ChromaticAberrationCorrParams", fmt="int16s[32]", when=model(r"^(ILCE-7M2)")),
        924: Tag("ChromaticAberrationCorrParams", fmt="int16s[32]", when=model(r"^(ILCE-(6300|7RM2|7SM2))")),
        944: Tag("ChromaticAberrationCorrParams", fmt="int16s[32]", when=model(r"^(ILCA-99M2|ILCE-6500)")),
        952: Tag(
            "ChromaticAberrationCorrParams",
            fmt="int16s[32]",
            when=model(r"^(ILCE-(6100|6400|6600|7C|7M3|7RM3A?|7RM4A?|9|9M2)|ZV-E10)"),
        ),
    },
    kind=BINARY,
    priority=0,
)


TAG9416 = Table(
    {
        0: Tag("Tag9416_0000", raw=lambda v, n: n.set("TagVersion", v)),
        4: Tag("SonyISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256)),
        6: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        10: Tag("SonyExposureTime2", fmt="int16u", conv=lambda v: 2 ** (16 - v / 256) if v else 0),
        12: Tag("ExposureTime", fmt="rational32u"),
        16: Tag("SonyFNumber2", fmt="int16u", conv=lambda v: 2 ** ((v / 256 - 16) / 2)),
        18: Tag("SonyMaxApertureValue", fmt="int16u", conv=lambda v: 2 ** ((v / 256 - 16) / 2)),
        29: Tag("SequenceImageNumber", fmt="int32u", conv=lambda v: v + 1),
        53: Tag("ExposureProgram", priority=0),
        72: Tag("LensMount", when=not_model(r"^(DSC-)")),
        73: Tag("LensFormat", when=not_model(r"^(DSC-)")),
        74: Tag(
            "LensMount",
            raw=lambda v, n: None if n.set("LensMount", v) is not None and n.match("Model", r"^(DSC-)") else v,
        ),
        75: Tag("LensType2", fmt="int16u", when=lambda p: p.n["LensMount"] == 2),
        77: Tag("LensType", fmt="int16u", when=lambda p: p.n["LensMount"] == 1, priority=0),
        79: Tag("DistortionCorrParams", fmt="int16s[16]"),
        112: "PictureProfile",
        113: Tag("FocalLength", fmt="int16u", conv=lambda v: v / 10),
        115: Tag("MinFocalLength", fmt="int16u", conv=lambda v: v / 10),
        117: Tag("MaxFocalLength", fmt="int16u", raw=lambda v, n: v or None, conv=lambda v: v / 10),
        2191: Tag("VignettingCorrParams", fmt="int16s[16]", when=model(r"^(ILCE-(1|7SM3)|ILME-FX3)\b")),
        2193: Tag("VignettingCorrParams", fmt="int16s[16]", when=model(r"^(ILCE-7M4)")),
        2203: Tag("VignettingCorrParams", fmt="int16s[16]", when=model(r"^(ILCE-7RM5|ILME-FX30)\b")),
        2324: Tag("ChromaticAberrationCorrParams", fmt="int16s[32]", when=model(r"^(ILCE-(1|7SM3)|ILME-FX3)\b")),
        2326: Tag("ChromaticAberrationCorrParams", fmt="int16s[32]", when=model(r"^(ILCE-7M4)")),
        2373: Tag("ChromaticAberrationCorrParams", fmt="int16s[32]", when=model(r"^(ILCE-7RM5|ILME-FX30)\b")),
    },
    kind=BINARY,
)


SHOT_INFO = Table(
    {
        2: Tag("FaceInfoOffset", fmt="int16u"),
        6: Tag("SonyDateTime", fmt="string[20]"),
        26: Tag("SonyImageHeight", fmt="int16u"),
        28: Tag("SonyImageWidth", fmt="int16u"),
        48: Tag("FacesDetected", fmt="int16u"),
        50: Tag("FaceInfoLength", fmt="int16u"),
        52: Tag("MetaVersion", fmt="string[16]"),
        72: Tag(
            "FaceInfo1",
            when=lambda p: p.n["FacesDetected"] and p.n["FaceInfoOffset"] == 0x48 and p.n["FaceInfoLength"] == 0x20,
            hidden=True,
        ),
        94: Tag(
            "FaceInfo2",
            when=lambda p: p.n["FacesDetected"] and p.n["FaceInfoOffset"] == 0x5E and p.n["FaceInfoLength"] == 0x25,
            hidden=True,
        ),
    },
    kind=BINARY,
)


TAG9403 = Table(
    {
        4: Tag("TempTest2", raw=lambda v, n: (n.set("TempTest2", v), None)[1]),
        5: Tag("CameraTemperature", fmt="int8s", when=lambda p: p.n["TempTest2"] and p.n["TempTest2"] < 100),
    },
    kind=BINARY,
)


TAG9406 = Table(
    {
        5: Tag("BatteryTemperature", conv=lambda v: (v - 32) / 1.8),
        6: Tag("BatteryLevelGrip1", raw=lambda v, n: v if v else None),
        7: "BatteryLevel",
        8: Tag(
            "BatteryLevelGrip2",
            raw=lambda v, n: v if (v and v != 255) else None,
            when=not_model(r"^(ILCE-(7|7R)|Lusso)$"),
        ),
    },
    kind=BINARY,
)


TAG9404A = Table(
    {
        11: "ExposureProgram",
        13: "IntelligentAuto",
        25: Tag("LensZoomPosition", fmt="int16u", when=not_model(r"^SLT-")),
    },
    kind=BINARY,
)


TAG9404B = Table(
    {
        12: "ExposureProgram",
        14: "IntelligentAuto",
        30: Tag("LensZoomPosition", fmt="int16u", when=not_model(r"^(SLT-|HV|ILCA-)")),
        32: Tag("FocusPosition2", when=model(r"^(SLT-|HV|ILCA-)")),
    },
    kind=BINARY,
)


TAG9404C = Table(
    {
        11: "ExposureProgram",
        13: "IntelligentAuto",
    },
    kind=BINARY,
)


TAG9050A = Table(
    {
        0: Tag("SonyMaxAperture", conv=lambda v: 2 ** ((v / 8 - 1.06) / 2), when=not_model(r"^(NEX-|Lunar|ILCE-)")),
        1: Tag("SonyMinAperture", conv=lambda v: 2 ** ((v / 8 - 1.06) / 2), when=not_model(r"^(NEX-|Lunar|ILCE-)")),
        32: Tag("Shutter", fmt="int16u[3]"),
        49: Tag("FlashStatus", raw=lambda v, n: n.set("FlashFired", v)),
        50: Tag("ShutterCount", fmt="int32u", raw=lambda v, n: v & 0x00FFFFFF),
        58: Tag("SonyExposureTime", fmt="int16u", conv=lambda v: 2 ** (16 - v / 256) if v else 0),
        60: Tag("SonyFNumber", fmt="int16u", conv=lambda v: 2 ** ((v / 256 - 16) / 2)),
        63: "ReleaseMode2",
        76: Tag(
            "ShutterCount2",
            fmt="int32u",
            raw=lambda v, n: v & 0x00FFFFFF,
            when=lambda p: (
                (p.n.match("Model", r"^(ILCE-(7(R|S|M2)?|[56]000|5100|QX1))\b")) and ((p.n["FlashFired"] & 0x01) != 1)
            ),
        ),
        81: Tag(
            "SonyDateTime2",
            fmt="undef[6]",
            conv=lambda v: two_digit_time(v, century=True),
            when=model(r"^(ILCE-(7(R|S|M2)?|[56]000|5100|QX1))\b"),
        ),
        103: Tag("ReleaseMode2", when=not_model(r"^(SLT-A(65|77)V?|Lunar|NEX-(5N|7|VG20E))")),
        124: Tag("InternalSerialNumber", fmt="int8u[4]", when=not_model(r"^(Lunar|NEX-(5N|7|VG20E)|SLT-|HV|ILCA-)")),
        240: Tag("InternalSerialNumber", fmt="int8u[5]", when=model(r"^(SLT-|HV|ILCA-)")),
        261: "LensMount",
        262: "LensFormat",
        263: Tag("LensType2", fmt="int16u", when=lambda p: p.n["LensMount"] == 2),
        265: Tag("LensType", fmt="int16u", when=lambda p: p.n["LensMount"] == 1, priority=0),
        267: "DistortionCorrParamsPresent",
        276: Tag("APS-CSizeCapture", when=model(r"^(SLT-A99|HV|ILCE-7)")),
        277: Tag(
            "LensSpecFeatures",
            fmt="undef[2]",
            conv=lambda v: hex_bytes(v[:2]),
            when=model(r"^(SLT-A(37|57|65|77)V?|Lunar|NEX-(F3|5N|7|VG20E))"),
        ),
        278: Tag(
            "LensSpecFeatures",
            fmt="undef[2]",
            conv=lambda v: hex_bytes(v[:2]),
            when=not_model(r"^(SLT-A(37|57|65|77)V?|Lunar|NEX-(F3|5N|7|VG20E))"),
        ),
        416: Tag(
            "ShutterCount3",
            fmt="int32u",
            raw=lambda v, n: None if v == 0 else v,
            when=model(r"^(ILCE-(5100|QX1)|ILCA-(68|77M2))"),
        ),
        426: Tag(
            "ShutterCount3",
            fmt="int32u",
            raw=lambda v, n: None if v == 0 else v,
            when=model(r"^(SLT-A(58|99V?)|HV|NEX-(3N|5R|5T|6|VG900|VG30E)|ILCE-([35]000|3500))\b"),
        ),
        445: Tag(
            "ShutterCount3",
            fmt="int32u",
            raw=lambda v, n: None if v == 0 else v,
            when=model(r"^(SLT-A(37|57|65|77)V?|Lunar|NEX-(F3|5N|7|VG20E))"),
        ),
    },
    kind=BINARY,
)


TAG9050B = Table(
    {
        0: Tag("SonyMaxAperture", conv=lambda v: 2 ** ((v / 8 - 1.06) / 2), when=model(r"^(ILCA-)")),
        1: Tag("SonyMinAperture", conv=lambda v: 2 ** ((v / 8 - 1.06) / 2), when=model(r"^(ILCA-)")),
        38: Tag("Shutter", fmt="int16u[3]"),
        57: Tag("FlashStatus", raw=lambda v, n: n.set("FlashFired", v)),
        58: Tag("ShutterCount", fmt="int32u", raw=lambda v, n: v & 0x00FFFFFF),
        70: Tag("SonyExposureTime", fmt="int16u", conv=lambda v: 2 ** (16 - v / 256) if v else 0),
        72: Tag("SonyFNumber", fmt="int16u", conv=lambda v: 2 ** ((v / 256 - 16) / 2)),
        75: "ReleaseMode2",
        80: Tag(
            "ShutterCount2",
            fmt="int32u",
            raw=lambda v, n: v & 0x00FFFFFF,
            when=lambda p: (
                ((p.n["FlashFired"] & 0x01) != 1)
                and (
                    p.n.match("Model", r"^(ILCE-(6100|6400|6600|7C|7RM4A?|9M2)|ZV-E10)")
                    or p.n.match("Software", r"^ILCE-9 (v5.0|v6.0)")
                )
            ),
        ),
        82: Tag(
            "ShutterCount2",
            fmt="int32u",
            raw=lambda v, n: v & 0x00FFFFFF,
            when=lambda p: ((p.n["FlashFired"] & 0x01) != 1) and (p.n.match("Model", r"^(ILCE-(7M3|7RM3A?))")),
        ),
        88: Tag(
            "ShutterCount2",
            fmt="int32u",
            raw=lambda v, n: v & 0x00FFFFFF,
            when=lambda p: (
                ((p.n["FlashFired"] & 0x01) != 1)
                and (not p.n.match("Model", r"^(ILCA-99M2|ILCE-(6100|6400|6600|7C|7M3|7RM3A?|7RM4A?|9M2)|ZV-E10)"))
                and not p.n.match("Software", r"^ILCE-9 (v5.0|v6.0)")
            ),
        ),
        97: Tag(
            "SonyTimeMinSec",
            fmt="undef[2]",
            conv=two_digit_time,
            when=not_model(r"^(ILCA-99M2|ILCE-(6100|6400|6600|7C|7M3|7RM3A?|7RM4A?|9|9M2)|ZV-E10)"),
        ),
        107: Tag(
            "ReleaseMode2",
            when=lambda p: (
                p.n.match("Model", r"^(ILCE-(6100|6400|6600|7C|7RM4A?|9M2)|ZV-E10)")
                or p.n.match("Software", r"^ILCE-9 (v5.0|v6.0)")
            ),
        ),
        109: Tag("ReleaseMode2", when=model(r"^(ILCE-(7M3|7RM3A?))")),
        115: Tag(
            "ReleaseMode2",
            when=lambda p: (
                not p.n.match("Model", r"^(ILCE-(6100|6400|6600|7C|7M3|7RM3A?|7RM4A?|9M2)|ZV-E10)")
                and not p.n.match("Software", r"^ILCE-9 (v5.0|v6.0)")
            ),
        ),
        136: Tag("InternalSerialNumber", fmt="int8u[6]"),
        261: "LensMount",
        262: "LensFormat",
        263: Tag("LensType2", fmt="int16u", when=lambda p: p.n["LensMount"] == 2),
        265: Tag("LensType", fmt="int16u", when=lambda p: p.n["LensMount"] == 1, priority=0),
        267: "DistortionCorrParamsPresent",
        276: Tag("APS-CSizeCapture", when=model(r"^(ILCE-7|ILCE-9|ILCA-99)")),
        278: Tag("LensSpecFeatures", fmt="undef[2]", conv=lambda v: hex_bytes(v[:2])),
        415: Tag(
            "ShutterCount3",
            fmt="int32u",
            raw=lambda v, n: None if v == 0 else v,
            when=model(r"^(ILCE-(6100|6400|6600|7C|7M3|7RM3A?|7RM4A?|9|9M2)|ZV-E10)\b"),
        ),
        459: Tag(
            "ShutterCount3", fmt="int32u", raw=lambda v, n: None if v == 0 else v, when=model(r"^(ILCE-(7RM2|7SM2))")
        ),
        461: Tag(
            "ShutterCount3",
            fmt="int32u",
            raw=lambda v, n: None if v == 0 else v,
            when=model(r"^(ILCE-(6300|6500)|ILCA-99M2)"),
        ),
        491: Tag(
            "APS-CSizeCapture",
            when=lambda p: (
                p.n.match("Model", r"^ILCE-(7RM4A?|7C|9M2)|ZV-E10") or p.n.match("Software", r"^ILCE-9 (v5.0|v6.0)")
            ),
        ),
        493: Tag(
            "LensSpecFeatures",
            fmt="undef[2]",
            conv=lambda v: hex_bytes(v[:2]),
            when=lambda p: (
                p.n.match("Model", r"^ILCE-(7RM4A?|7C|9M2)|ZV-E10") or p.n.match("Software", r"^ILCE-9 (v5.0|v6.0)")
            ),
            priority=0,
        ),
        494: Tag(
            "APS-CSizeCapture",
            when=lambda p: (
                p.n.match("Model", r"^(ILCE-(7M3|7RM3A?|9))\b") and not p.n.match("Software", r"^ILCE-9 (v5.0|v6.0)")
            ),
        ),
        496: Tag(
            "LensSpecFeatures",
            fmt="undef[2]",
            conv=lambda v: hex_bytes(v[:2]),
            when=lambda p: (
                p.n.match("Model", r"^(ILCE-(6100|6400|6600|7M3|7RM3A?|9))\b")
                and not p.n.match("Software", r"^ILCE-9 (v5.0|v6.0)")
            ),
            priority=0,
        ),
        538: Tag("APS-CSizeCapture", when=model(r"^(ILCE-(7RM2|7SM2))")),
        540: (
            Tag(
                "LensSpecFeatures",
                fmt="undef[2]",
                conv=lambda v: hex_bytes(v[:2]),
                when=model(r"^(ILCE-(7RM2|7SM2))"),
                priority=0,
            ),
            Tag("APS-CSizeCapture", when=model(r"^(ILCA-99M2)")),
        ),
        542: Tag(
            "LensSpecFeatures",
            fmt="undef[2]",
            conv=lambda v: hex_bytes(v[:2]),
            when=model(r"^(ILCE-(6300|6500)|ILCA-99M2)"),
            priority=0,
        ),
    },
    kind=BINARY,
)


TAG9050C = Table(
    {
        38: Tag("Shutter", fmt="int16u[3]"),
        57: Tag("FlashStatus", raw=lambda v, n: n.set("FlashFired", v)),
        58: Tag("ShutterCount", fmt="int32u", raw=lambda v, n: v & 0x00FFFFFF),
        70: Tag("SonyExposureTime", fmt="int16u", conv=lambda v: 2 ** (16 - v / 256) if v else 0),
        72: Tag("SonyFNumber", fmt="int16u", conv=lambda v: 2 ** ((v / 256 - 16) / 2)),
        75: "ReleaseMode2",
        80: Tag(
            "ShutterCount2",
            fmt="int32u",
            raw=lambda v, n: v & 0x00FFFFFF,
            when=lambda p: (p.n["FlashFired"] & 0x01) != 1,
        ),
        102: Tag("SonyExposureTime", fmt="int16u", conv=lambda v: 2 ** (16 - v / 256) if v else 0),
        104: Tag("SonyFNumber", fmt="int16u", conv=lambda v: 2 ** ((v / 256 - 16) / 2)),
        107: "ReleaseMode2",
        136: Tag("InternalSerialNumber", fmt="int8u[6]", when=model(r"^(ILCE-(7M4|7RM5|7SM3)|ILME-FX3)")),
        138: Tag("InternalSerialNumber", fmt="int8u[6]", when=model(r"^(ILCE-1)")),
    },
    kind=BINARY,
)


TAG9401 = Table(
    {
        0: Tag("Ver9401", raw=lambda v, n: (n.set("Ver9401", v), None)[1]),
        1102: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n["Ver9401"] == 178, sub=ISO_INFO),
        1176: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n["Ver9401"] == 148, sub=ISO_INFO),
        1181: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n["Ver9401"] == 167, sub=ISO_INFO),
        1185: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n.match("Ver9401", r"^(160|164)"), sub=ISO_INFO),
        1186: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n.match("Ver9401", r"^(152|154|155)"), sub=ISO_INFO),
        1437: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n.match("Ver9401", r"^(144|146)"), sub=ISO_INFO),
        1588: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n["Ver9401"] == 68, sub=ISO_INFO),
        1590: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n.match("Ver9401", r"^(73|74)"), sub=ISO_INFO),
        1612: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n["Ver9401"] == 78, sub=ISO_INFO),
        1619: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n["Ver9401"] == 90, sub=ISO_INFO),
        1656: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n.match("Ver9401", r"^(93|94)"), sub=ISO_INFO),
        1720: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n.match("Ver9401", r"^(100|103)"), sub=ISO_INFO),
        1758: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n.match("Ver9401", r"^(124|125)"), sub=ISO_INFO),
        1767: Tag("ISOInfo", fmt="int8u[5]", when=lambda p: p.n.match("Ver9401", r"^(127|128|130)"), sub=ISO_INFO),
    },
    kind=BINARY,
)


TAG9400A = Table(
    {
        8: Tag("SequenceImageNumber", fmt="int32u", conv=lambda v: v + 1),
        12: Tag("SequenceFileNumber", fmt="int32u", conv=lambda v: v + 1),
        16: "ReleaseMode2",
        18: Tag(
            "DigitalZoom",
            when=not_model(
                r"^(SLT-(A65|A77)V?|NEX-(5N|7|VG20E)|Lunar|DSC-(HX10V|HX20V|HX200V|TX20|TX55|TX300V|WX30|WX70))\b"
            ),
        ),
        26: Tag("ShotNumberSincePowerUp", fmt="int32u"),
        34: "SequenceLength",
        40: "CameraOrientation",
        41: "Quality2",
        68: Tag("SonyImageHeight", fmt="int16u", when=model(r"^(SLT-|HV|NEX-|Lunar|DSC-RX|Stellar)")),
        82: Tag("ModelReleaseYear", fmt="int8u", when=model(r"^(SLT-|HV|NEX-|Lunar|DSC-RX|Stellar)")),
    },
    kind=BINARY,
)


TAG9400B = Table(
    {
        8: Tag("SequenceImageNumber", fmt="int32u", conv=lambda v: v + 1),
        12: Tag("SequenceFileNumber", fmt="int32u", conv=lambda v: v + 1),
        16: "ReleaseMode2",
        18: "DigitalZoom",
        22: Tag("ShotNumberSincePowerUp", fmt="int32u"),
        30: "SequenceLength",
        36: "CameraOrientation",
        37: "Quality2",
        63: Tag("SonyImageHeight", fmt="int16u"),
        70: Tag("ModelReleaseYear", fmt="int8u"),
    },
    kind=BINARY,
)


TAG9400C = Table(
    {
        9: "ReleaseMode2",
        10: Tag(
            "ShotNumberSincePowerUp",
            fmt="int32u",
            when=model(
                r"^(ILCA-(68|77M2|99M2)|ILCE-(5000|5100|6000|6300|6500|7|7M2|7R|7RM2|7S|7SM2|QX1)|DSC-(HX350|HX400V|HX60V|HX80|HX90|HX90V|QX30|RX0|RX1RM2|RX10|RX10M2|RX10M3|RX100M3|RX100M4|RX100M5|WX220|WX350|WX500))\b"
            ),
        ),
        18: Tag("SequenceImageNumber", fmt="int32u", conv=lambda v: v + 1),
        22: "SequenceLength",
        26: Tag("SequenceFileNumber", fmt="int32u", conv=lambda v: v + 1),
        30: "SequenceLength",
        41: "CameraOrientation",
        42: (
            Tag("Quality2", when=not_model(r"^(ILCE-(1|7M4|7RM5|7SM3)|ILME-FX3)\b")),
            Tag("Quality2", when=model(r"^(ILCE-(1|7M4|7RM5|7SM3)|ILME-FX3)\b")),
        ),
        71: Tag("SonyImageHeight", fmt="int16u", when=not_model(r"^(ILCE-(1|7M4|7RM5|7SM3)|ILME-FX3)\b")),
        83: Tag("ModelReleaseYear", fmt="int8u", when=not_model(r"^(ILCE-(1|7M4|7RM5|7SM3)|ILME-FX3)\b")),
    },
    kind=BINARY,
)


TAG9402 = Table(
    {
        2: Tag("TempTest1", raw=lambda v, n: (n.set("TempTest1", v), None)[1]),
        4: Tag("AmbientTemperature", fmt="int8s", when=lambda p: p.n["TempTest1"] == 255),
        22: Tag("FocusMode", mask=0x7F),
        23: "AFAreaMode",
        45: Tag("FocusPosition2", when=not_model(r"^(DSC-|Stellar)")),
    },
    kind=BINARY,
    priority=0,
)


MAIN = Table(
    {
        0x0010: (
            Tag("CameraInfo", when=lambda p: p.count == 368 or p.count == 5478, hidden=True),
            Tag("CameraInfo2", when=lambda p: p.count == 5506 or p.count == 6118, hidden=True),
            Tag("CameraInfo3", when=lambda p: p.count == 15360, hidden=True),
        ),
        0x0020: Tag("FocusInfo", when=lambda p: p.count == 19154 or p.count == 19148, sub=FOCUS_INFO, order="<"),
        0x0102: "Quality",
        0x0104: "FlashExposureComp",
        0x0105: "Teleconverter",
        0x0112: Tag("WhiteBalanceFineTune", fmt="int32s"),
        0x0114: (
            Tag("CameraSettings", when=lambda p: p.count == 280 or p.count == 364, sub=CAMERA_SETTINGS, order=">"),
            Tag("CameraSettings2", when=lambda p: p.count == 332, sub=CAMERA_SETTINGS2, order=">"),
            Tag("CameraSettings3", when=lambda p: p.count == 1536 or p.count == 2048, sub=CAMERA_SETTINGS3, order="<"),
        ),
        0x0115: "WhiteBalance",
        0x0116: (
            Tag("ExtraInfo", when=model(r"^DSLR-A(850|900)\b"), hidden=True),
            Tag("ExtraInfo2", when=model(r"^DSLR-A(230|290|330|380|390)\b"), hidden=True),
        ),
        0x1000: Tag("MultiBurstMode", fmt="int8u", when=lambda p: p.fmt == "None"),
        0x1001: Tag("MultiBurstImageWidth", when=lambda p: p.fmt == "int16u"),
        0x1002: Tag("MultiBurstImageHeight", when=lambda p: p.fmt == "int16u"),
        0x2002: "Rating",
        0x2004: "Contrast",
        0x2005: "Saturation",
        0x2006: "Sharpness",
        0x2007: "Brightness",
        0x2008: "LongExposureNoiseReduction",
        0x2009: "HighISONoiseReduction",
        0x200A: Tag("HDR", fmt="int16u"),
        0x200B: "MultiFrameNoiseReduction",
        0x200E: "PictureEffect",
        0x200F: "SoftSkinEffect",
        0x2010: (
            Tag("Tag2010a", when=model(r"^NEX-5N$"), hidden=True),
            Tag("Tag2010b", when=model(r"^(SLT-A(65|77)V?|NEX-(7|VG20E)|Lunar)$"), hidden=True),
            Tag("Tag2010c", when=model(r"^(SLT-A(37|57)|NEX-F3)$"), hidden=True),
            Tag(
                "Tag2010d",
                when=lambda p: (
                    p.n.match("Model", r"^(DSC-(HX10V|HX20V|HX30V|HX200V|TX66|TX200V|TX300V|WX50|WX70|WX100|WX150))$")
                    and not p.n["Panorama"]
                ),
                hidden=True,
            ),
            Tag(
                "Tag2010e",
                when=lambda p: (
                    p.n.match(
                        "Model",
                        r"^(SLT-A99V?|HV|SLT-A58|ILCE-(3000|3500)|NEX-(3N|5R|5T|6|VG900|VG30E)|DSC-(RX100|RX1|RX1R)|Stellar)$",
                    )
                    or (
                        p.n.match("Model", r"^(DSC-(HX300|HX50|HX50V|TX30|WX60|WX80|WX200|WX300))$")
                        and not p.n["Panorama"]
                    )
                ),
                hidden=True,
            ),
            Tag("Tag2010f", when=model(r"^(DSC-(RX100M2|QX10|QX100))$"), hidden=True),
            Tag(
                "Tag2010g",
                when=model(
                    r"^(DSC-(QX30|RX10|RX100M3|HX60V|HX350|HX400V|WX220|WX350)|ILCE-(7(R|S|M2)?|[56]000|5100|QX1)|ILCA-(68|77M2))\b"
                ),
                hidden=True,
            ),
            Tag(
                "Tag2010h",
                when=model(
                    r"^(DSC-(RX0|RX1RM2|RX10M2|RX10M3|RX100M4|RX100M5|HX80|HX90V?|WX500)|ILCE-(6300|6500|7RM2|7SM2)|ILCA-99M2)\b"
                ),
                hidden=True,
            ),
            Tag(
                "Tag2010i",
                when=model(
                    r"^(ILCE-(6100|6400|6600|7C|7M3|7RM3A?|7RM4A?|9|9M2)|DSC-(RX10M4|RX100M6|RX100M5A|RX100M7|HX99|RX0M2)|ZV-(1F?|E10))\b"
                ),
                hidden=True,
            ),
        ),
        0x2011: "VignettingCorrection",
        0x2012: "LateralChromaticAberration",
        0x2013: "DistortionCorrectionSetting",
        0x2014: "WBShiftAB_GM",
        0x2016: "AutoPortraitFramed",
        0x2017: "FlashAction",
        0x201A: "ElectronicFrontCurtainShutter",
        0x201B: Tag(
            "FocusMode",
            when=lambda p: (
                (not p.n.match("Model", r"^DSC-"))
                or (p.n.match("Model", r"^DSC-(RX10M4|RX100M6|RX100M7|RX100M5A|HX99|RX0M2)"))
            ),
            priority=0,
        ),
        0x201C: (
            Tag("AFAreaModeSetting", when=model(r"^(SLT-|HV)")),
            Tag(
                "AFAreaModeSetting",
                raw=lambda v, n: n.set("AFAreaILCE", v),
                when=model(r"^(NEX-|ILCE-|ILME-|DSC-(RX10M4|RX100M6|RX100M7|RX100M5A|HX99|RX0M2))"),
            ),
            Tag("AFAreaModeSetting", raw=lambda v, n: n.set("AFAreaILCA", v), when=model(r"^ILCA-")),
        ),
        0x201D: Tag(
            "FlexibleSpotPosition", when=model(r"^(NEX-|ILCE-|ILME-|DSC-(RX10M4|RX100M6|RX100M7|RX100M5A|HX99|RX0M2))")
        ),
        0x201E: (
            Tag(
                "AFPointSelected",
                when=lambda p: (
                    (p.n.match("Model", r"^(SLT-|HV)"))
                    or (p.n.match("Model", r"^(ILCE-|ILME-)") and ("AFAreaILCE" in p.n) and p.n["AFAreaILCE"] == 4)
                ),
            ),
            Tag(
                "AFPointSelected",
                conv=lambda v: v - 1,
                when=lambda p: (
                    p.n.match("Model", r"^ILCA-(68|77M2)") and ("AFAreaILCA" in p.n) and p.n["AFAreaILCA"] != 8
                ),
            ),
            Tag(
                "AFPointSelected",
                when=lambda p: p.n.match("Model", r"^ILCA-99M2") and ("AFAreaILCA" in p.n) and p.n["AFAreaILCA"] != 8,
            ),
            Tag(
                "AFPointSelected",
                when=lambda p: p.n.match("Model", r"^ILCA-") and ("AFAreaILCA" in p.n) and p.n["AFAreaILCA"] == 8,
            ),
            Tag("AFPointSelected", when=model(r"^(NEX-|ILCE-|ILME-)")),
        ),
        0x2020: (
            Tag("AFPointsUsed", when=not_model(r"^(ILCA-|DSC-)")),
            Tag("AFPointsUsed", when=model(r"^ILCA-(68|77M2)")),
        ),
        0x2021: Tag(
            "AFTracking",
            when=lambda p: (
                (not p.n.match("Model", r"^DSC-"))
                or (p.n.match("Model", r"^DSC-(RX10M4|RX100M6|RX100M7|RX100M5A|HX99|RX0M2)"))
            ),
        ),
        0x2022: (
            Tag("FocalPlaneAFPointsUsed", when=model(r"^(ILCE-(5100|6000|7M2))")),
            Tag("FocalPlaneAFPointsUsed", when=model(r"^ILCE-7RM2")),
        ),
        0x2023: "MultiFrameNREffect",
        0x2026: "WBShiftAB_GM_Precise",
        0x2027: "FocusLocation",
        0x2028: "VariableLowPassFilter",
        0x2029: "RAWFileType",
        0x202A: Tag("Tag202a", when=lambda p: re.search(rb"^\x01", p.data), sub=TAG202A),
        0x202B: "PrioritySetInAWB",
        0x202C: "MeteringMode2",
        0x202D: "ExposureStandardAdjustment",
        0x202E: "Quality",
        0x202F: Tag("PixelShiftInfo", raw=lambda v, n: sony_pixel_shift(v, n.order) if len(v) >= 6 else None),
        0x2031: Tag("SerialNumber", conv=sony_serial),
        0x2032: "Shadows",
        0x2033: "Highlights",
        0x2034: "Fade",
        0x2035: "SharpnessRange",
        0x2036: "Clarity",
        0x2037: Tag("FocusFrameSize", fmt="int16u"),
        0x2039: "JPEG-HEIFSwitch",
        0x3000: Tag("ShotInfo", sub=SHOT_INFO),
        0x900B: Tag("Tag900b", when=lambda p: re.search(rb"^\xae", p.data), hidden=True),
        0x9050: (
            Tag(
                "Tag9050a",
                when=not_model(
                    r"^(DSC-|Stellar|ILCE-(1|6100|6300|6400|6500|6600|7C|7M3|7M4|7RM2|7RM3A?|7RM4A?|7RM5|7SM2|7SM3|9|9M2)|ILCA-99M2|ILME-FX3|ZV-)"
                ),
                prepare=sony_decipher,
                sub=TAG9050A,
                order="<",
            ),
            Tag(
                "Tag9050b",
                when=model(r"^(ILCE-(6100|6300|6400|6500|6600|7C|7M3|7RM2|7RM3A?|7RM4A?|7SM2|9|9M2)|ILCA-99M2|ZV-E10)"),
                prepare=sony_decipher,
                sub=TAG9050B,
                order="<",
            ),
            Tag(
                "Tag9050c",
                when=model(r"^(ILCE-(1|7M4|7RM5|7SM3)|ILME-FX3)"),
                prepare=sony_decipher,
                sub=TAG9050C,
                order="<",
            ),
        ),
        0x9400: (
            Tag(
                "Tag9400a",
                when=lambda p: (
                    re.search(rb"^[\x07\x09\x0a]", p.data)
                    or (re.search(rb"^[\x5e\xe7\x04]", p.data) and p.n.set("DoubleCipher", 1))
                ),
                prepare=sony_decipher,
                sub=TAG9400A,
            ),
            Tag("Tag9400b", when=lambda p: re.search(rb"^\x0c", p.data), prepare=sony_decipher, sub=TAG9400B),
            Tag(
                "Tag9400c",
                when=lambda p: re.search(rb"^[\x23\x24\x26\x28\x31\x32]", p.data),
                prepare=sony_decipher,
                sub=TAG9400C,
            ),
        ),
        0x9401: Tag("Tag9401", prepare=sony_decipher, sub=TAG9401),
        0x9402: Tag(
            "Tag9402",
            when=lambda p: not p.n.match("Model", r"^(SLT-|HV|ILCA-)") and not re.search(rb"^[\x05\xff]", p.data),
            prepare=sony_decipher,
            sub=TAG9402,
        ),
        0x9403: Tag("Tag9403", prepare=sony_decipher, sub=TAG9403),
        0x9404: (
            Tag(
                "Tag9404a", when=lambda p: re.search(rb"^[\x40\x7d]..\x01", p.data), prepare=sony_decipher, sub=TAG9404A
            ),
            Tag(
                "Tag9404b",
                when=lambda p: re.search(rb"^[\xe7\xea\xcd\x8a\x70]..\x08", p.data),
                prepare=sony_decipher,
                sub=TAG9404B,
            ),
            Tag("Tag9404c", when=lambda p: re.search(rb"^\xb6..\x01", p.data), prepare=sony_decipher, sub=TAG9404C),
        ),
        0x9405: (
            Tag("Tag9405a", when=lambda p: re.search(rb"^[\x1b\x40\x7d]", p.data), prepare=sony_decipher, sub=TAG9405A),
            Tag(
                "Tag9405b",
                when=lambda p: re.search(rb"^[\x3a\xb3\x7e\x9a\x25\xe1\x76\x8b]", p.data),
                prepare=sony_decipher,
                sub=TAG9405B,
            ),
        ),
        0x9406: Tag(
            "Tag9406",
            when=lambda p: re.search(rb"^[\x01\x08\x1b].[\x08\x1b]", p.data, re.S),
            prepare=sony_decipher,
            sub=TAG9406,
        ),
        0x940A: Tag("Tag940a", when=model(r"^(SLT-|HV)"), hidden=True),
        0x940C: Tag("Tag940c", when=model(r"^(NEX-|ILCE-|ILME-|Lunar|ZV-E10)\b"), prepare=sony_decipher, sub=TAG940C),
        0x940E: (
            Tag("AFInfo", when=model(r"^(SLT-|HV|ILCA-)"), prepare=sony_decipher, sub=AF_INFO),
            Tag("Tag940e", when=model(r"^(NEX-|ILCE-|Lunar)"), hidden=True),
        ),
        0x9416: Tag("Sony_0x9416", prepare=sony_decipher, sub=TAG9416),
        0xB000: "FileFormat",
        0xB001: "SonyModelID",
        0xB020: "CreativeStyle",
        0xB021: "ColorTemperature",
        0xB022: Tag("ColorCompensationFilter", fmt="int32s"),
        0xB023: "SceneMode",
        0xB024: "ZoneMatching",
        0xB025: "DynamicRangeOptimizer",
        0xB026: "ImageStabilization",
        0xB027: "LensType",
        0xB028: Tag("MinoltaMakerNote", when=lambda p: p.data != b"\x00\x00\x00\x00", hidden=True),
        0xB029: "ColorMode",
        0xB02A: Tag("LensSpec", fmt="undef", conv=sony_lens_spec),
        0xB02B: Tag("FullImageSize", conv=lambda v: v[::-1] if isinstance(v, list) else v),
        0xB02C: Tag("PreviewImageSize", conv=lambda v: v[::-1] if isinstance(v, list) else v),
        0xB040: Tag("Macro", raw=lambda v, n: None if v == 65535 else v),
        0xB041: Tag("ExposureMode", raw=lambda v, n: None if v == 65535 else v),
        0xB042: Tag(
            "FocusMode",
            raw=lambda v, n: None if v == 65535 else v,
            when=lambda p: (
                p.n.set("TagB042", int.from_bytes(p.data[:2], "little" if p.n.order == "<" else "big"))
                and (not p.n["MetaVersion"] or pstr(p.n["MetaVersion"]) != "DC7303320222000")
            ),
        ),
        0xB043: (
            Tag(
                "AFAreaMode",
                raw=lambda v, n: None if v == 65535 else v,
                when=lambda p: not p.n["MetaVersion"] or pstr(p.n["MetaVersion"]) != "DC7303320222000",
            ),
            Tag("AFAreaMode", when=lambda p: p.n["TagB042"] and p.n["TagB042"] != 0),
        ),
        0xB044: Tag("AFIlluminator", raw=lambda v, n: None if v == 65535 else v),
        0xB047: Tag("JPEGQuality", raw=lambda v, n: None if v == 65535 else v),
        0xB048: Tag("FlashLevel", raw=lambda v, n: None if (v == -1 and n.match("Model", r"DSLR-A100\b")) else v),
        0xB049: Tag("ReleaseMode", raw=lambda v, n: None if v == 65535 else v),
        0xB04A: Tag("SequenceNumber", raw=lambda v, n: None if v == 65535 else v),
        0xB04B: Tag("Anti-Blur", raw=lambda v, n: None if v == 65535 else v),
        0xB04E: Tag("FocusMode", when=lambda p: p.n["MetaVersion"] and pstr(p.n["MetaVersion"]) == "DC7303320222000"),
        0xB04F: Tag("DynamicRangeOptimizer", priority=0),
        0xB050: Tag("HighISONoiseReduction2", when=model(r"^(DSC-|Stellar)")),
        0xB052: "IntelligentAuto",
        0xB054: "WhiteBalance",
    },
)
