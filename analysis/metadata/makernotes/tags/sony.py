"""Sony maker-note tag tables: ids, names, formats and conversions from ExifTool 12.57 Sony.pm."""

import math
import re
from collections.abc import Callable
from typing import Any

from ..convert import hex_bytes, sony_lens_spec, sony_pixel_shift, sony_serial, two_digit_time
from ..crypt import sony_decipher
from ..table import BINARY, Table, Tag, Values, lookup, model, not_model, pstr


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


# AF point status (Sony.pm AFStatus15, AFStatus19, AFStatus79; Minolta.pm afStatusInfo): int16s each,
# 0 in focus, -32768 out of focus, negative front focus, positive back focus.
AF_STATUS15 = Table(
    {
        0: Tag("AFStatusUpper-left", fmt="int16s"),
        2: Tag("AFStatusLeft", fmt="int16s"),
        4: Tag("AFStatusLower-left", fmt="int16s"),
        6: Tag("AFStatusFarLeft", fmt="int16s"),
        8: Tag("AFStatusTopHorizontal", fmt="int16s"),
        10: Tag("AFStatusNearRight", fmt="int16s"),
        12: Tag("AFStatusCenterHorizontal", fmt="int16s"),
        14: Tag("AFStatusNearLeft", fmt="int16s"),
        16: Tag("AFStatusBottomHorizontal", fmt="int16s"),
        18: Tag("AFStatusTopVertical", fmt="int16s"),
        20: Tag("AFStatusCenterVertical", fmt="int16s"),
        22: Tag("AFStatusBottomVertical", fmt="int16s"),
        24: Tag("AFStatusFarRight", fmt="int16s"),
        26: Tag("AFStatusUpper-right", fmt="int16s"),
        28: Tag("AFStatusRight", fmt="int16s"),
        30: Tag("AFStatusLower-right", fmt="int16s"),
        32: Tag("AFStatusUpper-middle", fmt="int16s"),
        34: Tag("AFStatusLower-middle", fmt="int16s"),
    },
    kind=BINARY,
)


AF_STATUS19 = Table(
    {
        0: Tag("AFStatusUpperFarLeft", fmt="int16s"),
        2: Tag("AFStatusUpper-leftHorizontal", fmt="int16s"),
        4: Tag("AFStatusFarLeftHorizontal", fmt="int16s"),
        6: Tag("AFStatusLeftHorizontal", fmt="int16s"),
        8: Tag("AFStatusLowerFarLeft", fmt="int16s"),
        10: Tag("AFStatusLower-leftHorizontal", fmt="int16s"),
        12: Tag("AFStatusUpper-leftVertical", fmt="int16s"),
        14: Tag("AFStatusLeftVertical", fmt="int16s"),
        16: Tag("AFStatusLower-leftVertical", fmt="int16s"),
        18: Tag("AFStatusFarLeftVertical", fmt="int16s"),
        20: Tag("AFStatusTopHorizontal", fmt="int16s"),
        22: Tag("AFStatusNearRight", fmt="int16s"),
        24: Tag("AFStatusCenterHorizontal", fmt="int16s"),
        26: Tag("AFStatusNearLeft", fmt="int16s"),
        28: Tag("AFStatusBottomHorizontal", fmt="int16s"),
        30: Tag("AFStatusTopVertical", fmt="int16s"),
        32: Tag("AFStatusUpper-middle", fmt="int16s"),
        34: Tag("AFStatusCenterVertical", fmt="int16s"),
        36: Tag("AFStatusLower-middle", fmt="int16s"),
        38: Tag("AFStatusBottomVertical", fmt="int16s"),
        40: Tag("AFStatusUpperFarRight", fmt="int16s"),
        42: Tag("AFStatusUpper-rightHorizontal", fmt="int16s"),
        44: Tag("AFStatusFarRightHorizontal", fmt="int16s"),
        46: Tag("AFStatusRightHorizontal", fmt="int16s"),
        48: Tag("AFStatusLowerFarRight", fmt="int16s"),
        50: Tag("AFStatusLower-rightHorizontal", fmt="int16s"),
        52: Tag("AFStatusFarRightVertical", fmt="int16s"),
        54: Tag("AFStatusUpper-rightVertical", fmt="int16s"),
        56: Tag("AFStatusRightVertical", fmt="int16s"),
        58: Tag("AFStatusLower-rightVertical", fmt="int16s"),
    },
    kind=BINARY,
)


AF_STATUS79 = Table(
    {
        0: Tag("AFStatus_00_B4", fmt="int16s"),
        2: Tag("AFStatus_01_C4", fmt="int16s"),
        4: Tag("AFStatus_02_D4", fmt="int16s"),
        6: Tag("AFStatus_03_E4", fmt="int16s"),
        8: Tag("AFStatus_04_F4", fmt="int16s"),
        10: Tag("AFStatus_05_G4", fmt="int16s"),
        12: Tag("AFStatus_06_H4", fmt="int16s"),
        14: Tag("AFStatus_07_B3", fmt="int16s"),
        16: Tag("AFStatus_08_C3", fmt="int16s"),
        18: Tag("AFStatus_09_D3", fmt="int16s"),
        20: Tag("AFStatus_10_E3", fmt="int16s"),
        22: Tag("AFStatus_11_F3", fmt="int16s"),
        24: Tag("AFStatus_12_G3", fmt="int16s"),
        26: Tag("AFStatus_13_H3", fmt="int16s"),
        28: Tag("AFStatus_14_B2", fmt="int16s"),
        30: Tag("AFStatus_15_C2", fmt="int16s"),
        32: Tag("AFStatus_16_D2", fmt="int16s"),
        34: Tag("AFStatus_17_E2", fmt="int16s"),
        36: Tag("AFStatus_18_F2", fmt="int16s"),
        38: Tag("AFStatus_19_G2", fmt="int16s"),
        40: Tag("AFStatus_20_H2", fmt="int16s"),
        42: Tag("AFStatus_21_C1", fmt="int16s"),
        44: Tag("AFStatus_22_D1", fmt="int16s"),
        46: Tag("AFStatus_23_E1", fmt="int16s"),
        48: Tag("AFStatus_24_F1", fmt="int16s"),
        50: Tag("AFStatus_25_G1", fmt="int16s"),
        52: Tag("AFStatus_26_A7_Vertical", fmt="int16s"),
        54: Tag("AFStatus_27_A6_Vertical", fmt="int16s"),
        56: Tag("AFStatus_28_A5_Vertical", fmt="int16s"),
        58: Tag("AFStatus_29_C7_Vertical", fmt="int16s"),
        60: Tag("AFStatus_30_C6_Vertical", fmt="int16s"),
        62: Tag("AFStatus_31_C5_Vertical", fmt="int16s"),
        64: Tag("AFStatus_32_E7_Vertical", fmt="int16s"),
        66: Tag("AFStatus_33_E6_Center_Vertical", fmt="int16s"),
        68: Tag("AFStatus_34_E5_Vertical", fmt="int16s"),
        70: Tag("AFStatus_35_G7_Vertical", fmt="int16s"),
        72: Tag("AFStatus_36_G6_Vertical", fmt="int16s"),
        74: Tag("AFStatus_37_G5_Vertical", fmt="int16s"),
        76: Tag("AFStatus_38_I7_Vertical", fmt="int16s"),
        78: Tag("AFStatus_39_I6_Vertical", fmt="int16s"),
        80: Tag("AFStatus_40_I5_Vertical", fmt="int16s"),
        82: Tag("AFStatus_41_A7", fmt="int16s"),
        84: Tag("AFStatus_42_B7", fmt="int16s"),
        86: Tag("AFStatus_43_C7", fmt="int16s"),
        88: Tag("AFStatus_44_D7", fmt="int16s"),
        90: Tag("AFStatus_45_E7", fmt="int16s"),
        92: Tag("AFStatus_46_F7", fmt="int16s"),
        94: Tag("AFStatus_47_G7", fmt="int16s"),
        96: Tag("AFStatus_48_H7", fmt="int16s"),
        98: Tag("AFStatus_49_I7", fmt="int16s"),
        100: Tag("AFStatus_50_A6", fmt="int16s"),
        102: Tag("AFStatus_51_B6", fmt="int16s"),
        104: Tag("AFStatus_52_C6", fmt="int16s"),
        106: Tag("AFStatus_53_D6", fmt="int16s"),
        108: Tag("AFStatus_54_E6_Center", fmt="int16s"),
        110: Tag("AFStatus_55_F6", fmt="int16s"),
        112: Tag("AFStatus_56_G6", fmt="int16s"),
        114: Tag("AFStatus_57_H6", fmt="int16s"),
        116: Tag("AFStatus_58_I6", fmt="int16s"),
        118: Tag("AFStatus_59_A5", fmt="int16s"),
        120: Tag("AFStatus_60_B5", fmt="int16s"),
        122: Tag("AFStatus_61_C5", fmt="int16s"),
        124: Tag("AFStatus_62_D5", fmt="int16s"),
        126: Tag("AFStatus_63_E5", fmt="int16s"),
        128: Tag("AFStatus_64_F5", fmt="int16s"),
        130: Tag("AFStatus_65_G5", fmt="int16s"),
        132: Tag("AFStatus_66_H5", fmt="int16s"),
        134: Tag("AFStatus_67_I5", fmt="int16s"),
        136: Tag("AFStatus_68_C11", fmt="int16s"),
        138: Tag("AFStatus_69_D11", fmt="int16s"),
        140: Tag("AFStatus_70_E11", fmt="int16s"),
        142: Tag("AFStatus_71_F11", fmt="int16s"),
        144: Tag("AFStatus_72_G11", fmt="int16s"),
        146: Tag("AFStatus_73_B10", fmt="int16s"),
        148: Tag("AFStatus_74_C10", fmt="int16s"),
        150: Tag("AFStatus_75_D10", fmt="int16s"),
        152: Tag("AFStatus_76_E10", fmt="int16s"),
        154: Tag("AFStatus_77_F10", fmt="int16s"),
        156: Tag("AFStatus_78_G10", fmt="int16s"),
        158: Tag("AFStatus_79_H10", fmt="int16s"),
        160: Tag("AFStatus_80_B9", fmt="int16s"),
        162: Tag("AFStatus_81_C9", fmt="int16s"),
        164: Tag("AFStatus_82_D9", fmt="int16s"),
        166: Tag("AFStatus_83_E9", fmt="int16s"),
        168: Tag("AFStatus_84_F9", fmt="int16s"),
        170: Tag("AFStatus_85_G9", fmt="int16s"),
        172: Tag("AFStatus_86_H9", fmt="int16s"),
        174: Tag("AFStatus_87_B8", fmt="int16s"),
        176: Tag("AFStatus_88_C8", fmt="int16s"),
        178: Tag("AFStatus_89_D8", fmt="int16s"),
        180: Tag("AFStatus_90_E8", fmt="int16s"),
        182: Tag("AFStatus_91_F8", fmt="int16s"),
        184: Tag("AFStatus_92_G8", fmt="int16s"),
        186: Tag("AFStatus_93_H8", fmt="int16s"),
        188: Tag("AFStatus_94_E6_Center_F2-8", fmt="int16s"),
    },
    kind=BINARY,
)


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
            Tag("AFStatus15", fmt="int16s[18]", when=lambda p: p.n["AFType"] == 1, sub=AF_STATUS15),
            Tag("AFStatus19", fmt="int16s[30]", when=lambda p: p.n["AFType"] == 2, sub=AF_STATUS19),
        ),
        55: Tag("AFPoint", when=lambda p: p.n["AFType"] == 3),
        56: Tag("AFPointInFocus", when=lambda p: p.n["AFType"] == 3),
        57: Tag("AFPointAtShutterRelease", when=lambda p: p.n["AFType"] == 3),
        58: Tag("AFAreaMode", when=model(r"^ILCA-")),
        59: Tag("AFStatusActiveSensor", fmt="int16s", when=model(r"^ILCA-")),
        67: Tag("ExposureProgram", when=model(r"^ILCA-"), priority=0),
        80: Tag("AFMicroAdj", fmt="int8s", when=model(r"^ILCA-")),
        125: Tag("AFStatus79", fmt="int16s[95]", when=lambda p: p.n["AFType"] == 3, sub=AF_STATUS79),
        366: Tag("AFPointsUsed", fmt="int32u", when=not_model(r"^ILCA-")),
        381: Tag("AFMicroAdj", fmt="int8s", when=not_model(r"^ILCA-")),
        382: Tag("ExposureProgram", when=not_model(r"^ILCA-"), priority=0),
    },
    kind=BINARY,
    priority=0,
)


def _swap_pairs(value: bytes) -> bytes:
    """The A700/A850/A900 store CameraInfo LensSpec as big-endian int16 pairs (Sony.pm CameraInfo)."""
    return bytes(value[i ^ 1] for i in range(len(value) & ~1))


# Sony.pm CameraInfo (A700/A850/A900), CameraInfo2 (A200-A390) and CameraInfo3 (A33-A580, NEX-3/5).
CAMERA_INFO = Table(
    {
        0: Tag("LensSpec", fmt="undef[8]", conv=lambda v: sony_lens_spec(_swap_pairs(v))),
        20: "FocusModeSetting",
        21: "AFPointSelected",
        25: "AFPoint",
        30: Tag("AFStatusActiveSensor", fmt="int16s"),
        32: Tag("AFStatusUpper-left", fmt="int16s"),
        34: Tag("AFStatusLeft", fmt="int16s"),
        36: Tag("AFStatusLower-left", fmt="int16s"),
        38: Tag("AFStatusFarLeft", fmt="int16s"),
        40: Tag("AFStatusBottomAssist-left", fmt="int16s"),
        42: Tag("AFStatusBottom", fmt="int16s"),
        44: Tag("AFStatusBottomAssist-right", fmt="int16s"),
        46: Tag("AFStatusCenter-7", fmt="int16s"),
        48: Tag("AFStatusCenter-horizontal", fmt="int16s"),
        50: Tag("AFStatusCenter-9", fmt="int16s"),
        52: Tag("AFStatusCenter-10", fmt="int16s"),
        54: Tag("AFStatusCenter-11", fmt="int16s"),
        56: Tag("AFStatusCenter-12", fmt="int16s"),
        58: Tag("AFStatusCenter-vertical", fmt="int16s"),
        60: Tag("AFStatusCenter-14", fmt="int16s"),
        62: Tag("AFStatusTopAssist-left", fmt="int16s"),
        64: Tag("AFStatusTop", fmt="int16s"),
        66: Tag("AFStatusTopAssist-right", fmt="int16s"),
        68: Tag("AFStatusFarRight", fmt="int16s"),
        70: Tag("AFStatusUpper-right", fmt="int16s"),
        72: Tag("AFStatusRight", fmt="int16s"),
        74: Tag("AFStatusLower-right", fmt="int16s"),
        76: Tag("AFStatusCenterF2-8", fmt="int16s"),
        304: Tag("AFMicroAdjValue", conv=lambda v: v - 20, when=model(r"^DSLR-A(850|900)\b")),
        305: Tag("AFMicroAdjMode", mask=0x80, when=model(r"^DSLR-A(850|900)\b")),
        305.1: Tag("AFMicroAdjRegisteredLenses", mask=0x7F, when=model(r"^DSLR-A(850|900)\b")),
    },
    kind=BINARY,
)


CAMERA_INFO2 = Table(
    {
        0: Tag("LensSpec", fmt="undef[8]", conv=sony_lens_spec),
        20: "AFPointSelected",
        21: "FocusModeSetting",
        24: "AFPoint",
        27: Tag("AFStatusActiveSensor", fmt="int16s"),
        29: Tag("AFStatusTop-right", fmt="int16s"),
        31: Tag("AFStatusBottom-right", fmt="int16s"),
        33: Tag("AFStatusBottom", fmt="int16s"),
        35: Tag("AFStatusMiddleHorizontal", fmt="int16s"),
        37: Tag("AFStatusCenterVertical", fmt="int16s"),
        39: Tag("AFStatusTop", fmt="int16s"),
        41: Tag("AFStatusTop-left", fmt="int16s"),
        43: Tag("AFStatusBottom-left", fmt="int16s"),
        45: Tag("AFStatusLeft", fmt="int16s"),
        47: Tag("AFStatusCenterHorizontal", fmt="int16s"),
        49: Tag("AFStatusRight", fmt="int16s"),
    },
    kind=BINARY,
)


CAMERA_INFO3 = Table(
    {
        0: Tag("LensSpec", fmt="undef[8]", conv=sony_lens_spec, when=not_model(r"^NEX-5C")),
        14: Tag(
            "FocalLength", fmt="int16u", conv=lambda v: v / 10, when=not_model(r"^DSLR-(A450|A500|A550)$"), priority=0
        ),
        16: Tag(
            "FocalLengthTeleZoom", fmt="int16u", conv=lambda v: v * 2 / 3, when=not_model(r"^DSLR-(A450|A500|A550)$")
        ),
        20: Tag("AFPointSelected", when=model(r"^(DSLR-A(450|500|550))\b")),
        21: Tag("FocusMode", when=model(r"^(DSLR-A(450|500|550))\b")),
        24: Tag("AFPoint", when=model(r"^DSLR-A(450|500|550)\b")),
        25: Tag("FocusStatus", when=model(r"^(SLT-|DSLR-A(560|580))\b")),
        27: Tag("AFStatusActiveSensor", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        28: Tag("AFPointSelected", when=model(r"^(SLT-|DSLR-A(560|580))\b")),
        29: (
            Tag("FocusMode", when=model(r"^(SLT-|DSLR-A(560|580))\b")),
            Tag("AFStatusTop-right", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        ),
        31: Tag("AFStatusBottom-right", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        32: Tag("AFPoint", when=model(r"^(SLT-|DSLR-A(560|580))\b")),
        33: (
            Tag("AFStatusActiveSensor", fmt="int16s", when=model(r"^(SLT-|DSLR-A(560|580))\b")),
            Tag("AFStatusBottom", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        ),
        35: (
            Tag("AFStatus15", fmt="int16s[18]", when=model(r"^(SLT-|DSLR-A(560|580))\b"), sub=AF_STATUS15),
            Tag("AFStatusMiddleHorizontal", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        ),
        37: Tag("AFStatusCenterVertical", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        39: Tag("AFStatusTop", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        41: Tag("AFStatusTop-left", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        43: Tag("AFStatusBottom-left", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        45: Tag("AFStatusLeft", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        47: Tag("AFStatusCenterHorizontal", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
        49: Tag("AFStatusRight", fmt="int16s", when=model(r"^DSLR-A(450|500|550)\b")),
    },
    kind=BINARY,
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


def _faces_at_least(count: int) -> Callable[[Any, Values], Any]:
    """RawConv of FaceNPosition: the face is reported only when that many faces were detected."""
    return lambda value, values: None if values["FacesDetected"] < count else value


def _face_positions(stride: int) -> Table:
    """Sony.pm FaceInfo1 (stride 0x20) and FaceInfo2 (0x25): eight faces' top, left, height, width."""
    rows = {
        stride * face: Tag(f"Face{face + 1}Position", fmt="int16u[4]", raw=_faces_at_least(face + 1))
        for face in range(8)
    }
    return Table(rows, kind=BINARY)


FACE_INFO1, FACE_INFO2 = _face_positions(0x20), _face_positions(0x25)


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
            sub=FACE_INFO1,
        ),
        94: Tag(
            "FaceInfo2",
            when=lambda p: p.n["FacesDetected"] and p.n["FaceInfoOffset"] == 0x5E and p.n["FaceInfoLength"] == 0x25,
            sub=FACE_INFO2,
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


# Tag2010 tables (Sony.pm, "tag definitions for Tag2010 tables", ref JR): the enciphered block of
# tag 0x2010, laid out differently for each family of models.
def _date_time_2010(value: bytes) -> str:
    """Sony.pm SonyDateTime in Tag2010: a little-endian year then month, day, hour, minute, second bytes."""
    year = int.from_bytes(value[:2], "little")
    return "{:04d}:{:02d}:{:02d} {:02d}:{:02d}:{:02d}".format(year, *value[2:7])


TAG2010A = Table(
    {
        4392: "ReleaseMode3",
        4396: "ReleaseMode2",
        4404: "SelfTimer",
        4408: "FlashMode",
        4414: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        4416: Tag("BrightnessValue", fmt="int16u", conv=lambda v: v / 256 - 56.6),
        4420: "DynamicRangeOptimizer",
        4424: "HDRSetting",
        4428: Tag("ExposureCompensation", fmt="int16s", conv=lambda v: -v / 256),
        4446: "PictureProfile",
        4447: "PictureProfile",
        4451: "PictureEffect2",
        4464: "Quality2",
        4468: "MeteringMode",
        4469: "ExposureProgram",
        4476: Tag("WB_RGBLevels", fmt="int16u[3]"),
    },
    kind=BINARY,
    priority=0,
)


TAG2010B = Table(
    {
        0: Tag("SequenceImageNumber", fmt="int32u", conv=lambda v: v + 1),
        4: Tag("SequenceFileNumber", fmt="int32u", conv=lambda v: v + 1),
        8: Tag("ReleaseMode2", fmt="int32u"),
        438: Tag("SonyDateTime", fmt="undef[7]", conv=_date_time_2010),
        804: "DynamicRangeOptimizer",
        4392: "ReleaseMode3",
        4396: "ReleaseMode2",
        4404: "SelfTimer",
        4408: "FlashMode",
        4414: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        4416: Tag("BrightnessValue", fmt="int16u", conv=lambda v: v / 256 - 56.6),
        4420: "DynamicRangeOptimizer",
        4424: "HDRSetting",
        4428: Tag("ExposureCompensation", fmt="int16s", conv=lambda v: -v / 256),
        4450: "PictureProfile",
        4451: "PictureProfile",
        4455: "PictureEffect2",
        4468: "Quality2",
        4472: "MeteringMode",
        4473: "ExposureProgram",
        4480: Tag("WB_RGBLevels", fmt="int16u[3]"),
        4632: Tag("SonyISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256)),
        6691: Tag("DistortionCorrParams", fmt="int16s[16]"),
    },
    kind=BINARY,
    priority=0,
)


TAG2010C = Table(
    {
        0: Tag("SequenceImageNumber", fmt="int32u", conv=lambda v: v + 1),
        4: Tag("SequenceFileNumber", fmt="int32u", conv=lambda v: v + 1),
        8: Tag("ReleaseMode2", fmt="int32u"),
        512: Tag("DigitalZoomRatio", conv=lambda v: v / 16, priority=0),
        528: Tag("SonyDateTime", fmt="undef[7]", conv=_date_time_2010),
        768: "DynamicRangeOptimizer",
        4356: "ReleaseMode3",
        4360: "ReleaseMode2",
        4368: "SelfTimer",
        4372: "FlashMode",
        4378: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        4380: Tag("BrightnessValue", fmt="int16u", conv=lambda v: v / 256 - 56.6),
        4384: "DynamicRangeOptimizer",
        4388: "HDRSetting",
        4392: Tag("ExposureCompensation", fmt="int16s", conv=lambda v: -v / 256),
        4414: "PictureProfile",
        4415: "PictureProfile",
        4419: "PictureEffect2",
        4432: "Quality2",
        4436: "MeteringMode",
        4437: "ExposureProgram",
        4444: Tag("WB_RGBLevels", fmt="int16u[3]"),
        4596: Tag("SonyISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256)),
    },
    kind=BINARY,
    priority=0,
)


TAG2010D = Table(
    {
        0: Tag("SequenceImageNumber", fmt="int32u", conv=lambda v: v + 1),
        4: Tag("SequenceFileNumber", fmt="int32u", conv=lambda v: v + 1),
        8: Tag("ReleaseMode2", fmt="int32u"),
        510: Tag("SonyDateTime", fmt="undef[7]", conv=_date_time_2010),
        892: "DynamicRangeOptimizer",
        4480: "ReleaseMode3",
        4484: "ReleaseMode2",
        4492: "SelfTimer",
        4496: "FlashMode",
        4502: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        4504: Tag("BrightnessValue", fmt="int16u", conv=lambda v: v / 256 - 56.6),
        4508: "DynamicRangeOptimizer",
        4512: "HDRSetting",
        4538: "PictureProfile",
        4539: "PictureProfile",
        4543: "PictureEffect2",
        4560: "MeteringMode",
        4561: "ExposureProgram",
        4568: Tag("WB_RGBLevels", fmt="int16u[3]"),
        4720: Tag("SonyISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256)),
    },
    kind=BINARY,
    priority=0,
)


TAG2010E = Table(
    {
        0: Tag("SequenceImageNumber", fmt="int32u", conv=lambda v: v + 1),
        4: Tag("SequenceFileNumber", fmt="int32u", conv=lambda v: v + 1),
        8: Tag("ReleaseMode2", fmt="int32u"),
        540: Tag("DigitalZoomRatio", conv=lambda v: v / 16, priority=0),
        556: Tag("SonyDateTime", fmt="undef[7]", conv=_date_time_2010),
        808: "DynamicRangeOptimizer",
        4444: "ReleaseMode3",
        4448: "ReleaseMode2",
        4456: "SelfTimer",
        4460: "FlashMode",
        4466: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        4468: Tag("BrightnessValue", fmt="int16u", conv=lambda v: v / 256 - 56.6),
        4472: "DynamicRangeOptimizer",
        4476: "HDRSetting",
        4480: Tag("ExposureCompensation", fmt="int16s", conv=lambda v: -v / 256),
        4502: "PictureProfile",
        4503: "PictureProfile",
        4507: "PictureEffect2",
        4520: "Quality2",
        4524: "MeteringMode",
        4525: "ExposureProgram",
        4532: Tag("WB_RGBLevels", fmt="int16u[3]"),
        4692: Tag(
            "SonyISO",
            fmt="int16u",
            conv=lambda v: 100 * 2 ** (16 - v / 256),
            when=model(r"^(SLT-(A99|A99V)|NEX-(5R|5T|6|VG900|VG30E)|DSC-RX100|Stellar|HV)\b"),
        ),
        4696: Tag(
            "SonyISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256), when=model(r"^(DSC-(RX1|RX1R))\b")
        ),
        4728: Tag(
            "FocalLength",
            fmt="int16u",
            conv=lambda v: v / 10,
            when=model(r"^(SLT-A58|ILCE-(3000|3500)|NEX-3N|DSC-(HX300|HX50V|WX60|WX80|WX200|WX300|TX30))\b"),
        ),
        4730: Tag(
            "MinFocalLength",
            fmt="int16u",
            conv=lambda v: v / 10,
            when=model(r"^(SLT-A58|ILCE-(3000|3500)|NEX-3N|DSC-(HX300|HX50V|WX60|WX80|WX200|WX300|TX30))\b"),
        ),
        4732: Tag(
            "MaxFocalLength",
            fmt="int16u",
            raw=lambda v, n: v or None,
            conv=lambda v: v / 10,
            when=model(r"^(SLT-A58|ILCE-(3000|3500)|NEX-3N|DSC-(HX300|HX50V|WX60|WX80|WX200|WX300|TX30))\b"),
        ),
        4736: Tag(
            "SonyISO",
            fmt="int16u",
            conv=lambda v: 100 * 2 ** (16 - v / 256),
            when=model(r"^(SLT-A58|ILCE-(3000|3500)|NEX-3N|DSC-(HX300|HX50V|WX60|WX80|WX200|WX300|TX30))\b"),
        ),
        6256: Tag("DistortionCorrParams", fmt="int16s[16]", when=not_model(r"^(DSC-|Stellar)")),
        6289: Tag("LensFormat", when=not_model(r"^(DSC-|Stellar)")),
        6290: Tag(
            "LensMount",
            raw=lambda v, n: None if n.set("LensMount", v) is not None and n.match("Model", r"^(DSC-|Stellar)") else v,
        ),
        6291: Tag("LensType2", fmt="int16u", when=lambda p: p.n["LensMount"] == 2),
        6294: Tag("LensType", fmt="int16u", when=lambda p: p.n["LensMount"] == 1, priority=0),
        6296: Tag("DistortionCorrParamsPresent", when=not_model(r"^(DSC-|Stellar)")),
        6297: Tag("DistortionCorrParamsNumber", when=not_model(r"^DSC-")),
    },
    kind=BINARY,
    priority=0,
)


TAG2010F = Table(
    {
        4: Tag("ReleaseMode2", fmt="int32u"),
        80: "DynamicRangeOptimizer",
        4116: "ReleaseMode3",
        4120: "ReleaseMode2",
        4128: "SelfTimer",
        4132: "FlashMode",
        4138: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        4140: Tag("BrightnessValue", fmt="int16u", conv=lambda v: v / 256 - 56.6),
        4144: "DynamicRangeOptimizer",
        4148: "HDRSetting",
        4152: Tag("ExposureCompensation", fmt="int16s", conv=lambda v: -v / 256),
        4174: "PictureProfile",
        4175: "PictureProfile",
        4179: "PictureEffect2",
        4192: "Quality2",
        4196: "MeteringMode",
        4197: "ExposureProgram",
        4204: Tag("WB_RGBLevels", fmt="int16u[3]"),
        4404: Tag("FocalLength", fmt="int16u", conv=lambda v: v / 10),
        4406: Tag("MinFocalLength", fmt="int16u", conv=lambda v: v / 10),
        4408: Tag("MaxFocalLength", fmt="int16u", conv=lambda v: v / 10),
        4412: Tag("SonyISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256)),
    },
    kind=BINARY,
    priority=0,
)


TAG2010G = Table(
    {
        4: Tag("ReleaseMode2", fmt="int32u"),
        80: "DynamicRangeOptimizer",
        524: "ReleaseMode3",
        528: "ReleaseMode2",
        536: "SelfTimer",
        540: "FlashMode",
        546: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        548: Tag("BrightnessValue", fmt="int16u", conv=lambda v: v / 256 - 56.6),
        552: "DynamicRangeOptimizer",
        556: "HDRSetting",
        560: Tag("ExposureCompensation", fmt="int16s", conv=lambda v: -v / 256),
        582: "PictureProfile",
        583: "PictureProfile",
        587: "PictureEffect2",
        600: "Quality2",
        604: "MeteringMode",
        605: "ExposureProgram",
        612: Tag("WB_RGBLevels", fmt="int16u[3]"),
        812: Tag("FocalLength", fmt="int16u", conv=lambda v: v / 10),
        814: Tag("MinFocalLength", fmt="int16u", conv=lambda v: v / 10),
        816: Tag("MaxFocalLength", fmt="int16u", raw=lambda v, n: v or None, conv=lambda v: v / 10),
        836: Tag("SonyISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256)),
        6300: Tag("DistortionCorrParams", fmt="int16s[16]", when=not_model(r"^DSC-")),
        6333: Tag("LensFormat", when=not_model(r"^DSC-")),
        6334: Tag(
            "LensMount",
            raw=lambda v, n: None if n.set("LensMount", v) is not None and n.match("Model", r"^DSC-") else v,
        ),
        6335: Tag("LensType2", fmt="int16u", when=lambda p: p.n["LensMount"] == 2),
        6338: Tag("LensType", fmt="int16u", when=lambda p: p.n["LensMount"] == 1, priority=0),
        6340: Tag("DistortionCorrParamsPresent", when=not_model(r"^DSC-")),
        6341: Tag("DistortionCorrParamsNumber", when=not_model(r"^DSC-")),
    },
    kind=BINARY,
    priority=0,
)


TAG2010H = Table(
    {
        4: Tag("ReleaseMode2", fmt="int32u"),
        80: "DynamicRangeOptimizer",
        524: "ReleaseMode3",
        528: "ReleaseMode2",
        536: "SelfTimer",
        540: "FlashMode",
        546: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        548: Tag("BrightnessValue", fmt="int16u", conv=lambda v: v / 256 - 56.6),
        552: "DynamicRangeOptimizer",
        556: "HDRSetting",
        560: Tag("ExposureCompensation", fmt="int16s", conv=lambda v: -v / 256),
        582: "PictureProfile",
        583: "PictureProfile",
        587: "PictureEffect2",
        600: "Quality2",
        604: "MeteringMode",
        605: "ExposureProgram",
        612: Tag("WB_RGBLevels", fmt="int16u[3]"),
        812: Tag("FocalLength", fmt="int16u", conv=lambda v: v / 10),
        814: Tag("MinFocalLength", fmt="int16u", conv=lambda v: v / 10),
        816: Tag("MaxFocalLength", fmt="int16u", raw=lambda v, n: v or None, conv=lambda v: v / 10),
        838: Tag("SonyISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256)),
        6348: Tag("DistortionCorrParams", fmt="int16s[16]", when=not_model(r"^DSC-")),
        6381: Tag("LensFormat", when=not_model(r"^DSC-")),
        6382: Tag(
            "LensMount",
            raw=lambda v, n: None if n.set("LensMount", v) is not None and n.match("Model", r"^DSC-") else v,
        ),
        6383: Tag("LensType2", fmt="int16u", when=lambda p: p.n["LensMount"] == 2),
        6386: Tag("LensType", fmt="int16u", when=lambda p: p.n["LensMount"] == 1, priority=0),
        6388: Tag("DistortionCorrParamsPresent", when=not_model(r"^DSC-")),
        6389: Tag("DistortionCorrParamsNumber", when=not_model(r"^DSC-")),
    },
    kind=BINARY,
    priority=0,
)


TAG2010I = Table(
    {
        4: Tag("ReleaseMode2", fmt="int32u"),
        78: "DynamicRangeOptimizer",
        516: "ReleaseMode3",
        520: "ReleaseMode2",
        528: "SelfTimer",
        529: "FlashMode",
        535: Tag("StopsAboveBaseISO", fmt="int16u", conv=lambda v: 16 - v / 256),
        537: Tag("BrightnessValue", fmt="int16u", conv=lambda v: v / 256 - 56.6),
        539: "DynamicRangeOptimizer",
        543: "HDRSetting",
        547: Tag("ExposureCompensation", fmt="int16s", conv=lambda v: -v / 256),
        567: "PictureProfile",
        568: "PictureProfile",
        572: "PictureEffect2",
        583: "Quality2",
        587: "MeteringMode",
        588: "ExposureProgram",
        594: Tag("WB_RGBLevels", fmt="int16u[3]"),
        778: Tag("FocalLength", fmt="int16u", conv=lambda v: v / 10),
        780: Tag("MinFocalLength", fmt="int16u", conv=lambda v: v / 10),
        782: Tag("MaxFocalLength", fmt="int16u", raw=lambda v, n: v or None, conv=lambda v: v / 10),
        800: Tag("SonyISO", fmt="int16u", conv=lambda v: 100 * 2 ** (16 - v / 256)),
        6096: Tag("DistortionCorrParams", fmt="int16s[16]", when=not_model(r"^DSC-")),
        6129: Tag("LensFormat", when=not_model(r"^DSC-")),
        6130: Tag(
            "LensMount",
            raw=lambda v, n: None if n.set("LensMount", v) is not None and n.match("Model", r"^DSC-") else v,
        ),
        6131: Tag("LensType2", fmt="int16u", when=lambda p: p.n["LensMount"] == 2),
        6134: Tag("LensType", fmt="int16u", when=lambda p: p.n["LensMount"] == 1, priority=0),
        6136: Tag("DistortionCorrParamsPresent", when=not_model(r"^DSC-")),
        6137: Tag("DistortionCorrParamsNumber", when=not_model(r"^DSC-")),
    },
    kind=BINARY,
    priority=0,
)


MAIN = Table(
    {
        0x0010: (
            Tag("CameraInfo", when=lambda p: p.count == 368 or p.count == 5478, sub=CAMERA_INFO, order=">"),
            Tag("CameraInfo2", when=lambda p: p.count == 5506 or p.count == 6118, sub=CAMERA_INFO2, order="<"),
            Tag("CameraInfo3", when=lambda p: p.count == 15360, sub=CAMERA_INFO3, order="<"),
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
            Tag("Tag2010a", when=model(r"^NEX-5N$"), prepare=sony_decipher, sub=TAG2010A),
            Tag("Tag2010b", when=model(r"^(SLT-A(65|77)V?|NEX-(7|VG20E)|Lunar)$"), prepare=sony_decipher, sub=TAG2010B),
            Tag("Tag2010c", when=model(r"^(SLT-A(37|57)|NEX-F3)$"), prepare=sony_decipher, sub=TAG2010C),
            Tag(
                "Tag2010d",
                when=lambda p: (
                    p.n.match("Model", r"^(DSC-(HX10V|HX20V|HX30V|HX200V|TX66|TX200V|TX300V|WX50|WX70|WX100|WX150))$")
                    and not p.n["Panorama"]
                ),
                prepare=sony_decipher,
                sub=TAG2010D,
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
                prepare=sony_decipher,
                sub=TAG2010E,
            ),
            Tag("Tag2010f", when=model(r"^(DSC-(RX100M2|QX10|QX100))$"), prepare=sony_decipher, sub=TAG2010F),
            Tag(
                "Tag2010g",
                when=model(
                    r"^(DSC-(QX30|RX10|RX100M3|HX60V|HX350|HX400V|WX220|WX350)|ILCE-(7(R|S|M2)?|[56]000|5100|QX1)|ILCA-(68|77M2))\b"
                ),
                prepare=sony_decipher,
                sub=TAG2010G,
            ),
            Tag(
                "Tag2010h",
                when=model(
                    r"^(DSC-(RX0|RX1RM2|RX10M2|RX10M3|RX100M4|RX100M5|HX80|HX90V?|WX500)|ILCE-(6300|6500|7RM2|7SM2)|ILCA-99M2)\b"
                ),
                prepare=sony_decipher,
                sub=TAG2010H,
            ),
            Tag(
                "Tag2010i",
                when=model(
                    r"^(ILCE-(6100|6400|6600|7C|7M3|7RM3A?|7RM4A?|9|9M2)|DSC-(RX10M4|RX100M6|RX100M5A|RX100M7|HX99|RX0M2)|ZV-(1F?|E10))\b"
                ),
                prepare=sony_decipher,
                sub=TAG2010I,
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

# Sony.pm Ericsson: the small IFD of some Sony Ericsson phones (a 320x200 preview image).
ERICSSON = Table(
    {
        0x2000: Tag("MakerNoteVersion", fmt="undef[4]"),
        0x0201: Tag("PreviewImageStart", offset=True),
        0x0202: "PreviewImageLength",
    }
)
