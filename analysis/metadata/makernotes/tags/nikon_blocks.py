"""Nikon maker-note binary blocks from ExifTool 12.57 Nikon.pm: every ShotInfo variant (per model;
the D810/D850/D500/D6/Z-series ones as a table of offsets to their parts), LensData 0100-0800,
ColorBalance, FlashInfo 0100-0300, AFInfo/AFInfo2, MultiExposure and PictureControl. The
main table (:mod:`.nikon`) chooses the variant by the block's version and deciphers it."""

import re

from ..convert import hex_bytes
from ..table import BINARY, Table, Tag, model, pstr
from .nikon_custom import (
    SETTINGS_D3,
    SETTINGS_D4,
    SETTINGS_D5,
    SETTINGS_D40,
    SETTINGS_D80,
    SETTINGS_D90,
    SETTINGS_D500,
    SETTINGS_D610,
    SETTINGS_D700,
    SETTINGS_D800,
    SETTINGS_D810,
    SETTINGS_D850,
    SETTINGS_D5000,
    SETTINGS_D5100,
    SETTINGS_D5200,
    SETTINGS_D7000,
    SETTINGS_Z9,
)
from .nikon_values import (
    adjustment,
    aperture_24ths,
    exit_pupil,
    flag_unless_blank,
    flash_output,
    focal_24ths,
    focus_distance,
    iso_from_step,
    minus_sixths,
    minus_sixths_from_2,
    setting,
    signed_degrees,
    twelfths,
    unless_zero,
    unless_zero_or_255,
)

AF_INFO = Table(
    {
        0: "AFAreaMode",
        1: "AFPoint",
        2: Tag("AFPointsInFocus", fmt="int16u"),
    },
    kind=BINARY,
)


AF_INFO2 = Table(
    {
        0: Tag("AFInfo2Version", fmt="undef[4]"),
        4: "ContrastDetectAF",
        5: (
            Tag("AFAreaMode", when=lambda p: not p.n["ContrastDetectAF"]),
            "AFAreaMode",
        ),
        6: "PhaseDetectAF",
        7: (
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] < 2 and not p.n.match("AFInfo2Version", r"^03")),
            Tag("PrimaryAFPoint", when=setting("PhaseDetectAF", "==", 2)),
            Tag("PrimaryAFPoint", when=setting("PhaseDetectAF", "==", 3)),
            Tag("PrimaryAFPoint", when=setting("PhaseDetectAF", "==", 4)),
            Tag("PrimaryAFPoint", when=setting("PhaseDetectAF", "==", 5)),
            Tag("PrimaryAFPoint", when=setting("PhaseDetectAF", "==", 6)),
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 7 and pstr(p.n["AFInfo2Version"]) == "0100"),
            Tag("PrimaryAFPoint", when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100"),
        ),
        8: (
            Tag(
                "AFPointsUsed",
                fmt="undef[7]",
                conv=hex_bytes,
                when=lambda p: p.n["PhaseDetectAF"] < 2 and not p.n.match("AFInfo2Version", r"^03"),
            ),
            Tag(
                "AFPointsUsed",
                fmt="undef[2]",
                conv=lambda v: int.from_bytes(v[:2], "little"),
                when=setting("PhaseDetectAF", "==", 2),
            ),
            Tag("AFPointsUsed", fmt="undef[5]", conv=hex_bytes, when=setting("PhaseDetectAF", "==", 3)),
            Tag("AFPointsUsed", fmt="undef[17]", conv=hex_bytes, when=setting("PhaseDetectAF", "==", 4)),
            Tag("AFPointsUsed", fmt="undef[21]", conv=hex_bytes, when=setting("PhaseDetectAF", "==", 5)),
            Tag("AFPointsUsed", fmt="undef[29]", conv=hex_bytes, when=setting("PhaseDetectAF", "==", 6)),
            Tag("AFPointsUsed", fmt="undef[20]", conv=hex_bytes, when=setting("PhaseDetectAF", "==", 7)),
            Tag("AFPointsUsed", fmt="undef[7]", conv=hex_bytes, when=lambda p: not p.n.match("AFInfo2Version", r"^03")),
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 1 and p.n.match("AFInfo2Version", r"^03")),
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 8 and p.n.match("AFInfo2Version", r"^03")),
        ),
        10: (
            Tag(
                "AFPointsUsed",
                fmt="undef[7]",
                conv=hex_bytes,
                when=lambda p: p.n["PhaseDetectAF"] == 1 and p.n.match("AFInfo2Version", r"^03"),
            ),
            Tag(
                "AFPointsUsed",
                fmt="undef[11]",
                conv=hex_bytes,
                when=lambda p: p.n["PhaseDetectAF"] == 8 and p.n.match("AFInfo2Version", r"^03"),
            ),
            Tag(
                "AFPointsUsed",
                fmt="undef[14]",
                conv=hex_bytes,
                when=lambda p: p.n["PhaseDetectAF"] == 9 and p.n.match("AFInfo2Version", r"^03"),
            ),
        ),
        16: Tag("AFImageWidth", fmt="int16u", raw=unless_zero, when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100"),
        18: Tag("AFImageHeight", fmt="int16u", raw=unless_zero, when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100"),
        20: Tag("AFAreaXPosition", fmt="int16u", raw=unless_zero, when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100"),
        22: Tag("AFAreaYPosition", fmt="int16u", raw=unless_zero, when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100"),
        24: Tag("AFAreaWidth", fmt="int16u", raw=unless_zero, when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100"),
        26: Tag("AFAreaHeight", fmt="int16u", raw=unless_zero, when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100"),
        28: (
            Tag("ContrastDetectAFInFocus", when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100"),
            Tag(
                "AFPointsSelected",
                fmt="undef[20]",
                conv=hex_bytes,
                when=lambda p: pstr(p.n["AFInfo2Version"]) == "0101" and p.n["PhaseDetectAF"] == 7,
            ),
        ),
        42: Tag("AFImageWidth", fmt="int16u", raw=unless_zero, when=lambda p: p.n.match("AFInfo2Version", r"^03")),
        44: Tag("AFImageHeight", fmt="int16u", raw=unless_zero, when=lambda p: p.n.match("AFInfo2Version", r"^03")),
        46: Tag(
            "AFAreaXPosition",
            fmt="int16u",
            when=lambda p: (
                (p.n["ContrastDetectAF"] == 2 and p.n.match("AFInfo2Version", r"^03"))
                or (p.n["ContrastDetectAF"] == 1 and p.n.match("AFInfo2Version", r"^0301"))
            ),
        ),
        47: Tag(
            "FocusPositionHorizontal",
            when=lambda p: (
                (p.n["ContrastDetectAF"] == 2 and p.n.match("AFInfo2Version", r"^03"))
                or (p.n["ContrastDetectAF"] == 1 and p.n.match("AFInfo2Version", r"^0301"))
            ),
        ),
        48: (
            Tag(
                "AFAreaYPosition",
                fmt="int16u",
                when=lambda p: (
                    (p.n["ContrastDetectAF"] == 2 and p.n.match("AFInfo2Version", r"^03"))
                    or (p.n["ContrastDetectAF"] == 1 and p.n.match("AFInfo2Version", r"^0301"))
                ),
            ),
            Tag(
                "AFPointsInFocus",
                fmt="undef[20]",
                conv=hex_bytes,
                when=lambda p: pstr(p.n["AFInfo2Version"]) == "0101" and p.n["PhaseDetectAF"] == 7,
            ),
        ),
        49: Tag(
            "FocusPositionVertical",
            when=lambda p: (
                (p.n["ContrastDetectAF"] == 2 and p.n.match("AFInfo2Version", r"^03"))
                or (p.n["ContrastDetectAF"] == 1 and p.n.match("AFInfo2Version", r"^0301"))
            ),
        ),
        50: Tag("AFAreaWidth", fmt="int16u", raw=unless_zero, when=lambda p: p.n.match("AFInfo2Version", r"^03")),
        52: Tag("AFAreaHeight", fmt="int16u", raw=unless_zero, when=lambda p: p.n.match("AFInfo2Version", r"^03")),
        56: Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 9 and p.n.match("AFInfo2Version", r"^03")),
        68: (
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 7 and pstr(p.n["AFInfo2Version"]) == "0101"),
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 2 and pstr(p.n["AFInfo2Version"]) == "0101"),
            Tag("PrimaryAFPoint", when=lambda p: pstr(p.n["AFInfo2Version"]) == "0101", priority=0),
        ),
        70: Tag(
            "AFImageWidth",
            fmt="int16u",
            raw=unless_zero,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        72: Tag(
            "AFImageHeight",
            fmt="int16u",
            raw=unless_zero,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        74: Tag(
            "AFAreaXPosition",
            fmt="int16u",
            raw=unless_zero,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        76: Tag(
            "AFAreaYPosition",
            fmt="int16u",
            raw=unless_zero,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        78: Tag(
            "AFAreaWidth",
            fmt="int16u",
            raw=unless_zero,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        80: Tag(
            "AFAreaHeight",
            fmt="int16u",
            raw=unless_zero,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        82: Tag(
            "ContrastDetectAFInFocus",
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
    },
    kind=BINARY,
)


AF_INFO2_V0400 = Table(
    {
        0: Tag("AFInfo2Version", fmt="undef[4]"),
        5: "AFAreaMode",
        62: Tag("AFImageWidth", fmt="int16u"),
        64: Tag("AFImageHeight", fmt="int16u"),
        66: Tag("AFAreaXPosition", fmt="int16u", raw=unless_zero),
        67: "FocusPositionHorizontal",
        68: Tag("AFAreaYPosition", fmt="int16u", raw=unless_zero),
        69: "FocusPositionVertical",
        70: Tag("AFAreaWidth", fmt="int16u", raw=unless_zero),
        72: Tag("AFAreaHeight", fmt="int16u", raw=unless_zero),
        74: "FocusResult",
    },
    kind=BINARY,
)


BRACKETING_INFO_D500 = Table(
    {
        15: Tag("AEBracketingSteps", mask=0xFF, when=lambda p: pstr(p.n["FILE_TYPE"]) != "TIFF"),
        16: Tag("WBBracketingSteps", mask=0xFF, when=lambda p: pstr(p.n["FILE_TYPE"]) != "TIFF"),
        23: Tag("ADLBracketingStep", mask=0xF0),
        24: Tag("ADLBracketingType", mask=0xF),
    },
    kind=BINARY,
)


BRACKETING_INFO_D810 = Table(
    {
        15: Tag("AEBracketingSteps", mask=0xFF),
        16: Tag("WBBracketingSteps", mask=0xFF, when=lambda p: pstr(p.n["FILE_TYPE"]) != "TIFF"),
        23: Tag("NikonMeteringMode", mask=0x3),
    },
    kind=BINARY,
)


COLOR_BALANCE1 = Table(
    {
        0: Tag("WB_RBGGLevels", fmt="int16u[4]"),
    },
    kind=BINARY,
    fmt="int16u",
)


COLOR_BALANCE2 = Table(
    {
        0: Tag("WB_RGGBLevels", fmt="int16u[4]"),
    },
    kind=BINARY,
    fmt="int16u",
)


COLOR_BALANCE3 = Table(
    {
        0: Tag("WB_RGBGLevels", fmt="int16u[4]"),
    },
    kind=BINARY,
    fmt="int16u",
)


COLOR_BALANCE4 = Table(
    {
        0: Tag("WB_GRBGLevels", fmt="int16u[4]"),
    },
    kind=BINARY,
    fmt="int16u",
)


COLOR_BALANCE_UNKNOWN = Table(
    {
        0: Tag("ColorBalanceVersion", fmt="undef[4]"),
    },
    kind=BINARY,
)


CUSTOM_SETTINGS_D500 = Table(
    {
        0: (
            Tag("CustomSettingsD5", fmt="undef[90]", when=model(r"\bD5\b"), sub=SETTINGS_D5),
            Tag("CustomSettingsD500", fmt="undef[90]", sub=SETTINGS_D500),
        ),
    },
    kind=BINARY,
)


FLASH_INFO0100 = Table(
    {
        0: Tag("FlashInfoVersion", fmt="string[4]"),
        4: "FlashSource",
        6: Tag("ExternalFlashFirmware", fmt="int8u[2]"),
        8: "ExternalFlashFlags",
        9.1: Tag("FlashCommanderMode", mask=0x80),
        9.2: Tag("FlashControlMode", mask=0x7F),
        10: (
            Tag("FlashOutput", conv=flash_output, when=setting("FlashControlMode", ">=", 0x06)),
            Tag("FlashCompensation", fmt="int8s", conv=minus_sixths, priority=0),
        ),
        11: Tag("FlashFocalLength", raw=unless_zero),
        12: Tag("RepeatingFlashRate", raw=unless_zero),
        13: Tag("RepeatingFlashCount", raw=unless_zero),
        14: "FlashGNDistance",
        15: Tag("FlashGroupAControlMode", mask=0xF),
        16: Tag("FlashGroupBControlMode", mask=0xF),
        17: (
            Tag("FlashGroupAOutput", conv=flash_output, when=setting("FlashGroupAControlMode", ">=", 0x06)),
            Tag("FlashGroupACompensation", fmt="int8s", conv=minus_sixths),
        ),
        18: (
            Tag("FlashGroupBOutput", conv=flash_output, when=setting("FlashGroupBControlMode", ">=", 0x06)),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=minus_sixths),
        ),
    },
    kind=BINARY,
)


FLASH_INFO0102 = Table(
    {
        0: Tag("FlashInfoVersion", fmt="string[4]"),
        4: "FlashSource",
        6: Tag("ExternalFlashFirmware", fmt="int8u[2]"),
        8: "ExternalFlashFlags",
        9.1: Tag("FlashCommanderMode", mask=0x80),
        9.2: Tag("FlashControlMode", mask=0x7F),
        10: (
            Tag("FlashOutput", conv=flash_output, when=setting("FlashControlMode", ">=", 0x06)),
            Tag("FlashCompensation", fmt="int8s", conv=minus_sixths, priority=0),
        ),
        12: Tag("FlashFocalLength", raw=unless_zero),
        13: Tag("RepeatingFlashRate", raw=unless_zero),
        14: Tag("RepeatingFlashCount", raw=unless_zero),
        15: "FlashGNDistance",
        16.1: Tag("FlashGroupAControlMode", mask=0xF),
        17.1: Tag("FlashGroupBControlMode", mask=0xF0),
        17.2: Tag("FlashGroupCControlMode", mask=0xF),
        18: (
            Tag("FlashGroupAOutput", conv=flash_output, when=setting("FlashGroupAControlMode", ">=", 0x06)),
            Tag("FlashGroupACompensation", fmt="int8s", conv=minus_sixths),
        ),
        19: (
            Tag("FlashGroupBOutput", conv=flash_output, when=setting("FlashGroupBControlMode", ">=", 0x60)),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=minus_sixths),
        ),
        20: (
            Tag("FlashGroupCOutput", conv=flash_output, when=setting("FlashGroupCControlMode", ">=", 0x06)),
            Tag("FlashGroupCCompensation", fmt="int8s", conv=minus_sixths),
        ),
    },
    kind=BINARY,
)


FLASH_INFO0103 = Table(
    {
        0: Tag("FlashInfoVersion", fmt="string[4]"),
        4: "FlashSource",
        6: Tag("ExternalFlashFirmware", fmt="int8u[2]"),
        8: "ExternalFlashFlags",
        9.1: Tag("FlashCommanderMode", mask=0x80),
        9.2: Tag("FlashControlMode", mask=0x7F),
        10: (
            Tag("FlashOutput", conv=flash_output, when=setting("FlashControlMode", ">=", 0x06)),
            Tag("FlashCompensation", fmt="int8s", conv=minus_sixths, priority=0),
        ),
        12: Tag("FlashFocalLength", raw=unless_zero_or_255),
        13: Tag("RepeatingFlashRate", raw=unless_zero_or_255),
        14: Tag("RepeatingFlashCount", raw=unless_zero_or_255),
        15: "FlashGNDistance",
        16: "FlashColorFilter",
        17.1: Tag("FlashGroupAControlMode", mask=0xF),
        18.1: Tag("FlashGroupBControlMode", mask=0xF0),
        18.2: Tag("FlashGroupCControlMode", mask=0xF),
        19: (
            Tag("FlashGroupAOutput", conv=flash_output, when=setting("FlashGroupAControlMode", ">=", 0x06)),
            Tag("FlashGroupACompensation", fmt="int8s", conv=minus_sixths),
        ),
        20: (
            Tag("FlashGroupBOutput", conv=flash_output, when=setting("FlashGroupBControlMode", ">=", 0x60)),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=minus_sixths),
        ),
        21: (
            Tag("FlashGroupCOutput", conv=flash_output, when=setting("FlashGroupCControlMode", ">=", 0x06)),
            Tag("FlashGroupCCompensation", fmt="int8s", conv=minus_sixths),
        ),
        27: Tag("ExternalFlashCompensation", fmt="int8s", conv=minus_sixths, priority=0),
        29: Tag("FlashExposureComp3", fmt="int8s", conv=minus_sixths, priority=0),
        39: Tag("FlashExposureComp4", fmt="int8s", conv=minus_sixths, priority=0),
    },
    kind=BINARY,
)


FLASH_INFO0106 = Table(
    {
        0: Tag("FlashInfoVersion", fmt="string[4]"),
        4: "FlashSource",
        6: Tag("ExternalFlashFirmware", fmt="int8u[2]"),
        8: "ExternalFlashFlags",
        9.1: Tag("FlashCommanderMode", mask=0x80),
        9.2: Tag("FlashControlMode", mask=0x7F),
        12: Tag("FlashFocalLength", raw=unless_zero_or_255),
        13: Tag("RepeatingFlashRate", raw=unless_zero_or_255),
        14: Tag("RepeatingFlashCount", raw=unless_zero_or_255),
        15: "FlashGNDistance",
        16: "FlashColorFilter",
        17.1: Tag("FlashGroupAControlMode", mask=0xF),
        18.1: Tag("FlashGroupBControlMode", mask=0xF0),
        18.2: Tag("FlashGroupCControlMode", mask=0xF),
        39: (
            Tag("FlashOutput", conv=flash_output, when=setting("FlashControlMode", ">=", 0x06)),
            Tag("FlashCompensation", fmt="int8s", conv=minus_sixths, priority=0),
        ),
        40: (
            Tag("FlashGroupAOutput", conv=flash_output, when=setting("FlashGroupAControlMode", ">=", 0x06)),
            Tag("FlashGroupACompensation", fmt="int8s", conv=minus_sixths),
        ),
        41: (
            Tag("FlashGroupBOutput", conv=flash_output, when=setting("FlashGroupBControlMode", ">=", 0x60)),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=minus_sixths),
        ),
        42: (
            Tag("FlashGroupCOutput", conv=flash_output, when=setting("FlashGroupCControlMode", ">=", 0x06)),
            Tag("FlashGroupCCompensation", fmt="int8s", conv=minus_sixths),
        ),
    },
    kind=BINARY,
)


FLASH_INFO0107 = Table(
    {
        0: Tag("FlashInfoVersion", fmt="string[4]"),
        4: "FlashSource",
        6: Tag("ExternalFlashFirmware", fmt="int8u[2]"),
        8.1: Tag("ExternalFlashZoomOverride", mask=0x80),
        8.2: Tag("ExternalFlashStatus", mask=0x1),
        9.1: Tag("ExternalFlashReadyState", mask=0x7),
        10: Tag("FlashCompensation", fmt="int8s", conv=minus_sixths, priority=0),
        12: Tag("FlashFocalLength", raw=unless_zero_or_255),
        13: Tag("RepeatingFlashRate", raw=unless_zero_or_255),
        14: Tag("RepeatingFlashCount", raw=unless_zero_or_255),
        15: "FlashGNDistance",
        17.1: Tag("FlashGroupAControlMode", mask=0xF),
        18.1: Tag("FlashGroupBControlMode", mask=0xF0),
        18.2: Tag("FlashGroupCControlMode", mask=0xF),
        40: (
            Tag("FlashGroupAOutput", conv=flash_output, when=setting("FlashGroupAControlMode", ">=", 0x06)),
            Tag("FlashGroupACompensation", fmt="int8s", conv=minus_sixths),
        ),
        41: (
            Tag("FlashGroupBOutput", conv=flash_output, when=setting("FlashGroupBControlMode", ">=", 0x06)),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=minus_sixths),
        ),
        42: (
            Tag("FlashGroupCOutput", conv=flash_output, when=setting("FlashGroupCControlMode", ">=", 0x06)),
            Tag("FlashGroupCCompensation", fmt="int8s", conv=minus_sixths),
        ),
    },
    kind=BINARY,
)


FLASH_INFO0300 = Table(
    {
        0: Tag("FlashInfoVersion", fmt="string[4]"),
        4: "FlashSource",
        6: Tag("ExternalFlashFirmware", fmt="int8u[2]"),
        8: "ExternalFlashFlags",
        9.1: Tag("FlashCommanderMode", mask=0x80),
        9.2: Tag("FlashControlMode", mask=0x7F),
        10: Tag(
            "FlashCompensation",
            fmt="int8s",
            conv=minus_sixths,
            when=lambda p: p.n["FlashControlMode"] == 0x01 or p.n["FlashControlMode"] == 0x02,
            priority=0,
        ),
        13: Tag("RepeatingFlashRate", raw=unless_zero_or_255),
        14: Tag("RepeatingFlashCount", raw=unless_zero_or_255),
        15: "FlashGNDistance",
        16: "FlashColorFilter",
        17.1: Tag("FlashGroupAControlMode", mask=0xF),
        18.1: Tag("FlashGroupBControlMode", mask=0xF0),
        18.2: Tag("FlashGroupCControlMode", mask=0xF),
        33: Tag("FlashOutput", conv=flash_output, when=setting("FlashControlMode", ">=", 0x06)),
        37: "FlashIlluminationPattern",
        38: Tag("FlashFocalLength", raw=unless_zero_or_255),
        40: (
            Tag("FlashGroupAOutput", conv=flash_output, when=setting("FlashGroupAControlMode", ">=", 0x06)),
            Tag("FlashGroupACompensation", fmt="int8s", conv=minus_sixths_from_2),
        ),
        41: (
            Tag("FlashGroupBOutput", conv=flash_output, when=setting("FlashGroupBControlMode", ">=", 0x06)),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=minus_sixths_from_2),
        ),
        42: (
            Tag("FlashGroupCOutput", conv=flash_output, when=setting("FlashGroupCControlMode", ">=", 0x06)),
            Tag("FlashGroupCCompensation", fmt="int8s", conv=minus_sixths_from_2),
        ),
    },
    kind=BINARY,
)


FLASH_INFO_UNKNOWN = Table(
    {
        0: Tag("FlashInfoVersion", fmt="string[4]"),
    },
    kind=BINARY,
)


ISO_AUTO_INFO_D810 = Table(
    {
        4: Tag("ISOAutoShutterTime", mask=0x3F),
        5: Tag("ISOAutoHiLimit", mask=0xFF),
    },
    kind=BINARY,
)


INTERVAL_INFO_D6 = Table(
    {
        380: Tag(
            "Intervals",
            fmt="int32u",
            raw=lambda v, n: n.set("IntervalShootingIntervals", v),
            when=setting("IntervalShooting", ">", 0),
        ),
        384: Tag(
            "ShotsPerInterval",
            fmt="int32u",
            raw=lambda v, n: n.set("IntervalShootingShotsPerInterval", v),
            when=setting("IntervalShooting", ">", 0),
        ),
        388: Tag("IntervalExposureSmoothing", fmt="int8u", when=setting("IntervalShooting", ">", 0)),
        390: Tag("IntervalPriority", fmt="int8u", when=setting("IntervalShooting", ">", 0)),
        424: "FocusShiftNumberShots",
        428: "FocusShiftStepWidth",
        432: "FocusShiftInterval",
        436: "FocusShiftExposureLock",
        526: Tag("DiffractionCompensation", fmt="int8u"),
        532: "FlashControlMode",
        556: Tag("FlashMasterControlMode", raw=lambda v, n: n.set("FlashGroupOptionsMasterMode", v)),
    },
    kind=BINARY,
)


INTERVAL_INFO_Z7II = Table(
    {
        36: Tag("IntervalShooting", fmt="int16u"),
        40: Tag("IntervalFrame", fmt="int16u", when=setting("IntervalShooting", ">", 0)),
    },
    kind=BINARY,
)


JPG_INFO_D500 = Table(
    {
        36: Tag("JPGCompression", mask=0x1),
    },
    kind=BINARY,
)


LENS_DATA00 = Table(
    {
        0: Tag("LensDataVersion", fmt="undef[4]"),
        6: "LensIDNumber",
        7: Tag("LensFStops", conv=twelfths),
        8: Tag("MinFocalLength", conv=focal_24ths),
        9: Tag("MaxFocalLength", conv=focal_24ths),
        10: Tag("MaxApertureAtMinFocal", conv=aperture_24ths),
        11: Tag("MaxApertureAtMaxFocal", conv=aperture_24ths),
        12: "MCUVersion",
    },
    kind=BINARY,
)


LENS_DATA01 = Table(
    {
        0: Tag("LensDataVersion", fmt="string[4]"),
        4: Tag("ExitPupilPosition", conv=exit_pupil),
        5: Tag("AFAperture", conv=aperture_24ths),
        8: "FocusPosition",
        9: Tag("FocusDistance", conv=focus_distance),
        10: Tag("FocalLength", conv=focal_24ths, priority=0),
        11: "LensIDNumber",
        12: Tag("LensFStops", conv=twelfths),
        13: Tag("MinFocalLength", conv=focal_24ths),
        14: Tag("MaxFocalLength", conv=focal_24ths),
        15: Tag("MaxApertureAtMinFocal", conv=aperture_24ths),
        16: Tag("MaxApertureAtMaxFocal", conv=aperture_24ths),
        17: "MCUVersion",
        18: Tag("EffectiveMaxAperture", conv=aperture_24ths),
    },
    kind=BINARY,
)


LENS_DATA0204 = Table(
    {
        0: Tag("LensDataVersion", fmt="string[4]"),
        4: Tag("ExitPupilPosition", conv=exit_pupil),
        5: Tag("AFAperture", conv=aperture_24ths),
        8: "FocusPosition",
        10: Tag("FocusDistance", conv=focus_distance),
        11: Tag("FocalLength", conv=focal_24ths, priority=0),
        12: "LensIDNumber",
        13: Tag("LensFStops", conv=twelfths),
        14: Tag("MinFocalLength", conv=focal_24ths),
        15: Tag("MaxFocalLength", conv=focal_24ths),
        16: Tag("MaxApertureAtMinFocal", conv=aperture_24ths),
        17: Tag("MaxApertureAtMaxFocal", conv=aperture_24ths),
        18: "MCUVersion",
        19: Tag("EffectiveMaxAperture", conv=aperture_24ths),
    },
    kind=BINARY,
)


LENS_DATA0400 = Table(
    {
        0: Tag("LensDataVersion", fmt="string[4]"),
        394: Tag("LensModel", fmt="string[64]"),
    },
    kind=BINARY,
)


LENS_DATA0402 = Table(
    {
        0: Tag("LensDataVersion", fmt="string[4]"),
        395: Tag("LensModel", fmt="string[64]"),
    },
    kind=BINARY,
)


LENS_DATA0403 = Table(
    {
        0: Tag("LensDataVersion", fmt="string[4]"),
        684: Tag("LensModel", fmt="string[64]"),
    },
    kind=BINARY,
)


LENS_DATA0800 = Table(
    {
        0: Tag("LensDataVersion", fmt="string[4]"),
        3: Tag("OldLensData", fmt="undef[17]", raw=flag_unless_blank("OldLensData")),
        4: Tag("ExitPupilPosition", conv=exit_pupil, when=lambda p: p.n["OldLensData"]),
        5: Tag("AFAperture", conv=aperture_24ths, when=lambda p: p.n["OldLensData"]),
        11: Tag("FocusDistance", conv=focus_distance, when=lambda p: p.n["OldLensData"]),
        12: Tag("FocalLength", conv=focal_24ths, when=lambda p: p.n["OldLensData"], priority=0),
        13: Tag("LensIDNumber", when=lambda p: p.n["OldLensData"]),
        14: Tag("LensFStops", conv=twelfths, when=lambda p: p.n["OldLensData"]),
        15: Tag("MinFocalLength", conv=focal_24ths, when=lambda p: p.n["OldLensData"]),
        16: Tag("MaxFocalLength", conv=focal_24ths, when=lambda p: p.n["OldLensData"]),
        17: Tag("MaxApertureAtMinFocal", conv=aperture_24ths, when=lambda p: p.n["OldLensData"]),
        18: Tag("MaxApertureAtMaxFocal", conv=aperture_24ths, when=lambda p: p.n["OldLensData"]),
        19: Tag("MCUVersion", when=lambda p: p.n["OldLensData"]),
        20: Tag("EffectiveMaxAperture", conv=aperture_24ths, when=lambda p: p.n["OldLensData"]),
        47: Tag("NewLensData", fmt="undef[17]", raw=flag_unless_blank("NewLensData")),
        48: Tag("LensID", fmt="int16u", when=lambda p: p.n["NewLensData"]),
        54: Tag(
            "MaxAperture",
            fmt="int16u",
            conv=lambda v: 2 ** (v / 384 - 1),
            when=lambda p: p.n["NewLensData"],
            priority=0,
        ),
        56: Tag(
            "FNumber", fmt="int16u", conv=lambda v: 2 ** (v / 384 - 1), when=lambda p: p.n["NewLensData"], priority=0
        ),
        60: Tag("FocalLength", fmt="int16u", when=lambda p: p.n["NewLensData"], priority=0),
        78: Tag(
            "FocusDistance",
            fmt="int16u",
            raw=lambda v, n: v / 256,
            conv=focus_distance,
            when=lambda p: p.n["NewLensData"] and p.n["LensMountType"] and p.n["LensMountType"] == 1,
        ),
    },
    kind=BINARY,
)


LENS_DATA_UNKNOWN = Table(
    {
        0: Tag("LensDataVersion", fmt="string[4]"),
    },
    kind=BINARY,
)


MENU_SETTINGS_Z7II = Table(
    {
        90: "SingleFrame",
        92: Tag("ReleaseMode", late=lambda v, n: 5 if n["SingleFrame"] == 0 else v),
        160: Tag("IntervalDurationHours", fmt="int32u"),
        164: Tag("IntervalDurationMinutes", fmt="int32u"),
        168: Tag("IntervalDurationSeconds", fmt="int32u"),
        176: Tag("Intervals", fmt="int32u", raw=lambda v, n: n.set("IntervalShootingIntervals", v)),
        180: Tag("ShotsPerInterval", fmt="int32u", raw=lambda v, n: n.set("IntervalShootingShotsPerInterval", v)),
        184: Tag("IntervalExposureSmoothing", fmt="int8u"),
        186: Tag("IntervalPriority", fmt="int8u"),
        220: "FocusShiftNumberShots",
        224: "FocusShiftStepWidth",
        228: "FocusShiftInterval",
        232: "FocusShiftExposureLock",
        322: Tag("DiffractionCompensation", fmt="int8u"),
        323: Tag("AutoDistortionControl", fmt="int8u"),
        326: "NikonMeteringMode",
        328: "FlashControlMode",
        352: Tag("FlashMasterControlMode", raw=lambda v, n: n.set("FlashGroupOptionsMasterMode", v)),
    },
    kind=BINARY,
)


MENU_INFO_Z7II = Table(
    {
        16: Tag("MenuSettingsOffsetZ7II", fmt="int32u", sub=MENU_SETTINGS_Z7II, ifd=True),
    },
    kind=BINARY,
)


MENU_SETTINGS_Z9 = Table(
    {
        140: "MultipleExposureMode",
        142: Tag("MultiExposureShots", when=setting("MultipleExposureMode", "!=", 0)),
        188: Tag(
            "Intervals",
            fmt="int32u",
            raw=lambda v, n: n.set("IntervalShootingIntervals", v),
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
        192: Tag(
            "ShotsPerInterval",
            fmt="int32u",
            raw=lambda v, n: n.set("IntervalShootingShotsPerInterval", v),
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
        232: Tag(
            "FocusShiftNumberShots",
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
        236: Tag(
            "FocusShiftStepWidth",
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
        240: Tag(
            "FocusShiftInterval",
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
        274: "PhotoShootingMenuBank",
        276: "ExtendedMenuBanks",
        308: "PhotoShootingMenuBankImageArea",
        322: "AutoISO",
        334: Tag("ISOAutoShutterTime", fmt="int16s", conv=lambda v: v / 8),
        418: "DiffractionCompensation",
        420: "FlickerReductionShooting",
        424: "FlashControlMode",
        528: "AFAreaMode",
        530: "VRMode",
        534: "BracketSet",
        536: Tag("BracketProgram", when=setting("BracketSet", "<", 3)),
        538: Tag("BracketIncrement", when=setting("BracketSet", "<", 3)),
        556: "SecondarySlotFunction",
        572: "DXCropAlert",
        574: "SubjectDetection",
        704: "MovieFlickerReduction",
        710: "MovieAFAreaMode",
        799: Tag("CustomSettingsZ9", fmt="undef[608]", sub=SETTINGS_Z9),
        1428: "TimeZone",
        1552: "HDMIOutputResolution",
    },
    kind=BINARY,
)


MENU_SETTINGS_Z9V3 = Table(
    {
        72: "HighFrameRate",
        154: "MultipleExposureMode",
        156: Tag("MultiExposureShots", when=setting("MultipleExposureMode", "!=", 0)),
        204: Tag(
            "Intervals",
            fmt="int32u",
            raw=lambda v, n: n.set("IntervalShootingIntervals", v),
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
        208: Tag(
            "ShotsPerInterval",
            fmt="int32u",
            raw=lambda v, n: n.set("IntervalShootingShotsPerInterval", v),
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
        248: Tag(
            "FocusShiftNumberShots",
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
        252: Tag(
            "FocusShiftStepWidth",
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
        256: Tag(
            "FocusShiftInterval",
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
        290: "PhotoShootingMenuBank",
        292: "ExtendedMenuBanks",
        328: "PhotoShootingMenuBankImageArea",
        342: "AutoISO",
        354: Tag("ISOAutoShutterTime", fmt="int16s", conv=lambda v: v / 8),
        438: "DiffractionCompensation",
        440: "FlickerReductionShooting",
        444: "FlashControlMode",
        548: "AFAreaMode",
        550: "VRMode",
        554: "BracketSet",
        556: Tag("BracketProgram", when=setting("BracketSet", "<", 3)),
        558: Tag("BracketIncrement", when=setting("BracketSet", "<", 3)),
        576: "SecondarySlotFunction",
        592: "DXCropAlert",
        594: "SubjectDetection",
        744: "MovieFlickerReduction",
        750: "MovieAFAreaMode",
        847: Tag("CustomSettingsZ9", fmt="undef[608]", sub=SETTINGS_Z9),
        1476: "TimeZone",
        1600: "HDMIOutputResolution",
        1810: "PreReleaseBurstLength",
        1812: "PostReleaseBurstLength",
    },
    kind=BINARY,
)


MENU_INFO_Z9 = Table(
    {
        16: (
            Tag(
                "MenuSettingsOffsetZ9",
                fmt="int32u",
                when=lambda p: p.n["FirmwareVersion"] and pstr(p.n["FirmwareVersion"]) < "03.00",
                sub=MENU_SETTINGS_Z9,
                ifd=True,
            ),
            Tag("MenuSettingsOffsetZ9v3", fmt="int32u", sub=MENU_SETTINGS_Z9V3, ifd=True),
        ),
    },
    kind=BINARY,
)


MENU_SETTINGS_D850 = Table(
    {
        1757: Tag("PhotoShootingMenuBankImageArea", mask=0x7),
    },
    kind=BINARY,
)


MORE_SETTINGS_D850 = Table(
    {
        36: Tag("PhotoShootingMenuBank", mask=0x3, when=lambda p: pstr(p.n["FILE_TYPE"]) == "JPEG"),
        37: Tag("PrimarySlot", mask=0x80),
    },
    kind=BINARY,
)


MULTI_EXPOSURE = Table(
    {
        0: Tag("MultiExposureVersion", fmt="string[4]"),
        1: "MultiExposureMode",
        2: "MultiExposureShots",
        3: "MultiExposureAutoGain",
    },
    kind=BINARY,
    fmt="int32u",
)


MULTI_EXPOSURE2 = Table(
    {
        0: Tag("MultiExposureVersion", fmt="string[4]"),
        1: "MultiExposureMode",
        2: "MultiExposureShots",
        3: "MultiExposureOverlayMode",
    },
    kind=BINARY,
    fmt="int32u",
)


ORIENTATION_INFO = Table(
    {
        0: Tag("RollAngle", fmt="fixed32u", conv=signed_degrees),
        4: Tag("PitchAngle", fmt="fixed32u", conv=signed_degrees),
        8: Tag("YawAngle", fmt="fixed32u", conv=signed_degrees),
    },
    kind=BINARY,
)


OTHER_INFO_D500 = Table(
    {
        532: Tag("NikonMeteringMode", mask=0x3, when=model(r"\bD500\b")),
    },
    kind=BINARY,
)


PICTURE_CONTROL = Table(
    {
        0: Tag("PictureControlVersion", fmt="undef[4]"),
        4: Tag("PictureControlName", fmt="string[20]"),
        24: Tag("PictureControlBase", fmt="string[20]"),
        48: "PictureControlAdjust",
        49: Tag("PictureControlQuickAdjust", conv=adjustment),
        50: Tag("Sharpness", conv=adjustment),
        51: Tag("Contrast", conv=adjustment),
        52: Tag("Brightness", conv=adjustment),
        53: Tag("Saturation", conv=adjustment),
        54: Tag("HueAdjustment", conv=adjustment),
        55: "FilterEffect",
        56: "ToningEffect",
        57: Tag("ToningSaturation", conv=adjustment),
    },
    kind=BINARY,
)


PICTURE_CONTROL2 = Table(
    {
        0: Tag("PictureControlVersion", fmt="undef[4]"),
        4: Tag("PictureControlName", fmt="string[20]"),
        24: Tag("PictureControlBase", fmt="string[20]"),
        48: "PictureControlAdjust",
        49: Tag("PictureControlQuickAdjust", conv=adjustment),
        51: Tag("Sharpness", conv=adjustment),
        53: Tag("Clarity", conv=adjustment),
        55: Tag("Contrast", conv=adjustment),
        57: Tag("Brightness", conv=adjustment),
        59: Tag("Saturation", conv=adjustment),
        61: Tag("Hue", conv=adjustment),
        63: "FilterEffect",
        64: "ToningEffect",
        65: Tag("ToningSaturation", conv=adjustment),
    },
    kind=BINARY,
)


PICTURE_CONTROL3 = Table(
    {
        0: Tag("PictureControlVersion", fmt="undef[4]"),
        8: Tag("PictureControlName", fmt="string[20]"),
        28: Tag("PictureControlBase", fmt="string[20]"),
        54: "PictureControlAdjust",
        55: Tag("PictureControlQuickAdjust", conv=adjustment),
        57: Tag("Sharpness", conv=adjustment),
        59: Tag("MidRangeSharpness", conv=adjustment),
        61: Tag("Clarity", conv=adjustment),
        63: Tag("Contrast", conv=adjustment),
        65: Tag("Brightness", conv=adjustment),
        67: Tag("Saturation", conv=adjustment),
        69: Tag("Hue", conv=adjustment),
        71: "FilterEffect",
        72: "ToningEffect",
        73: Tag("ToningSaturation", conv=adjustment),
    },
    kind=BINARY,
)


PICTURE_CONTROL_UNKNOWN = Table(
    {
        0: Tag("PictureControlVersion", fmt="undef[4]"),
    },
    kind=BINARY,
)


PORTRAIT_INFO_Z7II = Table(
    {
        160: Tag("PortraitImpressionBalance", fmt="int8u[2]", when=lambda p: pstr(p.n["FirmwareVersion"]) >= "01.30"),
    },
    kind=BINARY,
)


ROTATION_INFO_D500 = Table(
    {
        26: Tag("Rotation", mask=0x3),
        32: Tag("Interval", when=lambda p: pstr(p.n["Model"]) == "NIKON D5" and pstr(p.n["FirmwareVersion"]) >= "1.40"),
        36: Tag(
            "IntervalFrame", when=lambda p: pstr(p.n["Model"]) == "NIKON D5" and pstr(p.n["FirmwareVersion"]) >= "1.40"
        ),
        1330: Tag("FlickerReductionIndicator", mask=0x1),
    },
    kind=BINARY,
)


SEQ_INFO_D6 = Table(
    {
        36: Tag("IntervalShooting", fmt="int16u"),
        40: Tag("IntervalFrame", fmt="int16u", when=setting("IntervalShooting", ">", 0)),
    },
    kind=BINARY,
)


SEQ_INFO_Z9 = Table(
    {
        32: Tag("FocusShiftShooting", when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96"),
        40: Tag(
            "IntervalShooting", fmt="int16u", when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96"
        ),
        42: Tag(
            "IntervalFrame",
            fmt="int16u",
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96" and p.n["FocusShiftShooting"] > 0,
        ),
    },
    kind=BINARY,
)


SETTINGS_INFO_D810 = Table(
    {
        316: Tag("SecondarySlotFunction", mask=0x3),
    },
    kind=BINARY,
)


SHOOTING_MENU_D500 = Table(
    {
        0: Tag("PhotoShootingMenuBank", mask=0x3),
        2: Tag("PrimarySlot", mask=0x80, when=model(r"\bD500\b")),
        4: Tag("ISOAutoShutterTime", mask=0x3F),
        5: Tag("ISOAutoHiLimit", mask=0xFF),
        7: Tag("FlickerReduction", mask=0x20),
        7.1: Tag("PhotoShootingMenuBankImageArea", mask=0x7),
    },
    kind=BINARY,
)


SHOT_INFO = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]", raw=lambda v, n: v if re.fullmatch(r"\d+", pstr(v)) else None),
        4: Tag("FirmwareVersion", fmt="string[5]", raw=lambda v, n: v if re.search(r"^\d\.\d+.$", pstr(v)) else None),
        16: Tag("DistortionControl", when=model(r"P6000\b")),
        106: Tag("ShutterCount", fmt="int32u", when=lambda p: pstr(p.n["ShotInfoVersion"]) == "0204", priority=0),
        110: Tag("DeletedImageCount", fmt="int32u", when=lambda p: pstr(p.n["ShotInfoVersion"]) == "0204", priority=0),
        117: Tag("VibrationReduction", fmt="int8u", when=lambda p: pstr(p.n["ShotInfoVersion"]) == "0207"),
        130: Tag("VibrationReduction", fmt="int8u", when=lambda p: pstr(p.n["ShotInfoVersion"]) == "0204"),
        343: Tag(
            "ShutterCount",
            fmt="undef[2]",
            conv=lambda v: int.from_bytes(v[:2], "big"),
            when=lambda p: pstr(p.n["ShotInfoVersion"]) == "0205",
            priority=0,
        ),
        430: Tag("VibrationReduction", fmt="int8u", when=lambda p: pstr(p.n["ShotInfoVersion"]) == "0205"),
        589: Tag("ShutterCount", fmt="int32u", when=lambda p: pstr(p.n["ShotInfoVersion"]) == "0211", priority=0),
    },
    kind=BINARY,
)


SHOT_INFO_D300S = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        613: Tag("ISO2", conv=iso_from_step),
        646: Tag("ShutterCount", fmt="int32u", priority=0),
        804: Tag("CustomSettingsD300S", fmt="undef[24]", sub=SETTINGS_D3),
    },
    kind=BINARY,
)


SHOT_INFO_D300A = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        604: Tag("ISO2", conv=iso_from_step),
        633: Tag("ShutterCount", fmt="int32u", priority=0),
        721: Tag("AFFineTuneAdj", fmt="int16u"),
        790: Tag("CustomSettingsD300", fmt="undef[24]", sub=SETTINGS_D3),
    },
    kind=BINARY,
)


SHOT_INFO_D300B = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        613: Tag("ISO2", conv=iso_from_step),
        644: Tag("ShutterCount", fmt="int32u", priority=0),
        732: (
            Tag("AFFineTuneAdj", fmt="int16u", when=lambda p: pstr(p.n["FirmwareVersion"]) == "1.10B"),
            Tag("AFFineTuneAdj", fmt="int16u"),
        ),
        802: Tag("CustomSettingsD300", fmt="undef[24]", sub=SETTINGS_D3),
    },
    kind=BINARY,
)


SHOT_INFO_D3S = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        16: "ImageArea",
        545: Tag("ISO2", conv=iso_from_step),
        578: Tag("ShutterCount", fmt="int32u", priority=0),
        718: Tag("CustomSettingsD3S", fmt="undef[27]", sub=SETTINGS_D3),
    },
    kind=BINARY,
)


SHOT_INFO_D3X = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        605: Tag("ISO2", conv=iso_from_step),
        640: Tag("ShutterCount", fmt="int32u", priority=0),
        779: Tag("CustomSettingsD3X", fmt="undef[24]", sub=SETTINGS_D3),
    },
    kind=BINARY,
)


SHOT_INFO_D3A = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        598: Tag("ISO2", conv=iso_from_step),
        630: Tag("ShutterCount", fmt="int32u", priority=0),
        723.1: Tag("NikonImageSize", mask=0x18),
        723.2: Tag("ImageQuality", mask=0x7),
        769: Tag("CustomSettingsD3", fmt="undef[24]", sub=SETTINGS_D3),
    },
    kind=BINARY,
)


SHOT_INFO_D3B = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        16: "ImageArea",
        605: Tag("ISO2", conv=iso_from_step),
        637: Tag("ShutterCount", fmt="int32u", when=lambda p: p.n.match("FirmwareVersion", r"^1\.01"), priority=0),
        639: Tag("ShutterCount", fmt="int32u", when=lambda p: p.n.match("FirmwareVersion", r"^2\.0"), priority=0),
        650: "PreFlashReturnStrength",
        732.1: Tag("NikonImageSize", mask=0x18),
        732.2: Tag("ImageQuality", mask=0x7),
        778: Tag("CustomSettingsD3", fmt="undef[24]", sub=SETTINGS_D3),
    },
    kind=BINARY,
)


SHOT_INFO_D4 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        1873: Tag("CustomSettingsD4", fmt="undef[56]", sub=SETTINGS_D4),
    },
    kind=BINARY,
)


SHOT_INFO_D40 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        582: Tag("ShutterCount", fmt="int32u", priority=0),
        586.1: Tag("VibrationReduction", mask=0x8),
        729: Tag("CustomSettingsD40", fmt="undef[12]", sub=SETTINGS_D40),
    },
    kind=BINARY,
)


SHOT_INFO_D4S = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        464: Tag("SecondarySlotFunction", mask=0x3),
        5964: Tag("AEBracketingSteps", mask=0xFF),
        5965: Tag("WBBracketingSteps", mask=0xFF, when=lambda p: pstr(p.n["FILE_TYPE"]) != "TIFF"),
        6221: Tag("ReleaseMode", mask=0xFF),
        6301: Tag(
            "CustomSettingsD4S",
            fmt="undef[56]",
            when=lambda p: p.n.match("FirmwareVersion", r"^1\.00"),
            sub=SETTINGS_D4,
        ),
        6338: Tag("MultiSelectorLiveViewMode", mask=0xC0, when=lambda p: not p.n.match("FirmwareVersion", r"^1\.00")),
        6378: Tag("ISOAutoShutterTime", mask=0x3F),
        6379: Tag("ISOAutoHiLimit", mask=0xFF),
        6461: Tag(
            "CustomSettingsD4S",
            fmt="undef[56]",
            when=lambda p: not p.n.match("FirmwareVersion", r"^1\.00"),
            sub=SETTINGS_D4,
        ),
        13579: Tag("OrientationInfo", fmt="undef[12]", sub=ORIENTATION_INFO),
        13971: Tag("Rotation", mask=0x30),
    },
    kind=BINARY,
)


SHOT_INFO_D500 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        16: Tag("RotationInfoOffset", fmt="int32u", sub=ROTATION_INFO_D500, ifd=True),
        20: Tag("JPGInfoOffset", fmt="int32u", sub=JPG_INFO_D500, ifd=True),
        44: Tag("BracketingOffset", fmt="int32u", sub=BRACKETING_INFO_D500, ifd=True),
        80: Tag("ShootingMenuOffset", fmt="int32u", sub=SHOOTING_MENU_D500, ifd=True),
        88: Tag("CustomSettingsOffset", fmt="int32u", sub=CUSTOM_SETTINGS_D500, ifd=True),
        160: Tag("OrientationOffset", fmt="int32u", sub=ORIENTATION_INFO, ifd=True),
        168: Tag("OtherOffset", fmt="int32u", sub=OTHER_INFO_D500, ifd=True),
    },
    kind=BINARY,
    offsets=12,
)


SHOT_INFO_D5000 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        693: Tag("ISO2", conv=iso_from_step),
        726: Tag("ShutterCount", fmt="int32u", priority=0),
        888: Tag("CustomSettingsD5000", fmt="undef[34]", sub=SETTINGS_D5000),
    },
    kind=BINARY,
)


SHOT_INFO_D5100 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        801: Tag("ShutterCount", fmt="int32u", priority=0),
        1031: Tag("CustomSettingsD5100", fmt="undef[34]", sub=SETTINGS_D5100),
    },
    kind=BINARY,
)


SHOT_INFO_D5200 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        3032: Tag("ShutterCount", fmt="int32u", priority=0),
        3285: Tag("CustomSettingsD5200", fmt="undef[34]", sub=SETTINGS_D5200),
    },
    kind=BINARY,
)


SHOT_INFO_D6 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[8]"),
        36: Tag("NumberOffsets", fmt="int32u"),
        48: Tag("SequenceOffset", fmt="int32u", sub=SEQ_INFO_D6, ifd=True),
        156: Tag("OrientationOffset", fmt="int32u", sub=ORIENTATION_INFO, ifd=True),
        164: Tag("IntervalOffset", fmt="int32u", sub=INTERVAL_INFO_D6, ifd=True),
    },
    kind=BINARY,
    offsets=36,
)


SHOT_INFO_D610 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        1999: Tag("CustomSettingsD610", fmt="undef[48]", sub=SETTINGS_D610),
    },
    kind=BINARY,
)


SHOT_INFO_D700 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        613: Tag("ISO2", conv=iso_from_step),
        647: Tag("ShutterCount", fmt="int32u", priority=0),
        804: Tag("CustomSettingsD700", fmt="undef[48]", sub=SETTINGS_D700),
    },
    kind=BINARY,
)


SHOT_INFO_D7000 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        800: Tag("ShutterCount", fmt="int32u", priority=0),
        1028: Tag("CustomSettingsD7000", fmt="undef[48]", sub=SETTINGS_D7000),
    },
    kind=BINARY,
)


SHOT_INFO_D80 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        586: Tag("ShutterCount", fmt="int32u", priority=0),
        590.1: Tag("Rotation", mask=0x7),
        590.2: Tag("VibrationReduction", mask=0x18),
        590.3: Tag("FlashFired", mask=0xE0),
        708: Tag("NikonImageSize", mask=0xF0),
        708.1: Tag("ImageQuality", mask=0xF),
        748: Tag("CustomSettingsD80", fmt="undef[17]", sub=SETTINGS_D80),
    },
    kind=BINARY,
)


SHOT_INFO_D800 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        1216: Tag("RepeatingFlashOutputExternal", conv=flash_output),
        1218: Tag("RepeatingFlashRateExternal", raw=unless_zero),
        1219: Tag("RepeatingFlashCountExternal", raw=unless_zero),
        1234: Tag("FlashExposureComp2", fmt="int8s", conv=minus_sixths),
        1242: Tag("RepeatingFlashRateBuilt-in", raw=unless_zero),
        1243: Tag("RepeatingFlashCountBuilt-in", raw=unless_zero),
        1308: "SequenceNumber",
        1531: Tag("ShutterCount", fmt="int32u"),
        1772: Tag("CustomSettingsD800", fmt="undef[48]", sub=SETTINGS_D800),
    },
    kind=BINARY,
)


SHOT_INFO_D810 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        16: Tag("SettingsOffset", fmt="int32u", sub=SETTINGS_INFO_D810, ifd=True),
        36: Tag("BracketingOffset", fmt="int32u", sub=BRACKETING_INFO_D810, ifd=True),
        56: Tag("ISOAutoOffset", fmt="int32u", sub=ISO_AUTO_INFO_D810, ifd=True),
        64: Tag("CustomSettingsOffset", fmt="int32u", sub=SETTINGS_D810, ifd=True),
        132: Tag("OrientationOffset", fmt="int32u", sub=ORIENTATION_INFO, ifd=True),
    },
    kind=BINARY,
    offsets=12,
)


SHOT_INFO_D850 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        16: Tag("MenuSettingsOffset", fmt="int32u", sub=MENU_SETTINGS_D850, ifd=True),
        76: Tag("MoreSettingsOffset", fmt="int32u", sub=MORE_SETTINGS_D850, ifd=True),
        88: Tag("CustomSettingsOffset", fmt="int32u", sub=SETTINGS_D850, ifd=True),
        160: Tag("OrientationOffset", fmt="int32u", sub=ORIENTATION_INFO, ifd=True),
    },
    kind=BINARY,
    offsets=12,
)


SHOT_INFO_D90 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        693: Tag("ISO2", conv=iso_from_step),
        725: Tag("ShutterCount", fmt="int32u", priority=0),
        884: Tag("CustomSettingsD90", fmt="undef[36]", sub=SETTINGS_D90),
    },
    kind=BINARY,
)


SHOT_INFO_Z7II = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[8]"),
        14: Tag("FirmwareVersion2", fmt="string[8]"),
        24: Tag("FirmwareVersion3", fmt="string[8]"),
        36: Tag("NumberOffsets", fmt="int32u"),
        48: Tag("IntervalOffset", fmt="int32u", sub=INTERVAL_INFO_Z7II, ifd=True),
        56: Tag("PortraitOffset", fmt="int32u", sub=PORTRAIT_INFO_Z7II, ifd=True),
        152: Tag("OrientationOffset", fmt="int32u", sub=ORIENTATION_INFO, ifd=True),
        160: Tag("MenuOffset", fmt="int32u", sub=MENU_INFO_Z7II, ifd=True),
    },
    kind=BINARY,
    offsets=36,
)


SHOT_INFO_Z9 = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[8]"),
        14: Tag("FirmwareVersion2", fmt="string[8]"),
        24: Tag("FirmwareVersion3", fmt="string[8]"),
        36: Tag("NumberOffsets", fmt="int32u"),
        48: Tag("SequenceOffset", fmt="int32u", sub=SEQ_INFO_Z9, ifd=True),
        132: Tag(
            "OrientOffset",
            fmt="int32u",
            when=lambda p: p.n["ShutterMode"] and pstr(p.n["ShutterMode"]) != "96",
            sub=ORIENTATION_INFO,
            ifd=True,
        ),
        140: Tag("MenuOffset", fmt="int32u", sub=MENU_INFO_Z9, ifd=True),
    },
    kind=BINARY,
    offsets=36,
)
