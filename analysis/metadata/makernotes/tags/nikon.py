"""Nikon maker-note tag tables: ids, names, formats and conversions from ExifTool 12.57 Nikon.pm."""

import math
import re

from ..convert import (
    digits_version,
    drop_trailing_zeros,
    hex_bytes,
    nikon_date,
    nikon_file_info_le,
    signed_fraction,
    unsigned_fraction,
)
from ..crypt import nikon_decrypt
from ..table import BINARY, Table, Tag, model, not_model, pstr


def _adjustment(value: int) -> int:
    """A Picture Control adjustment, stored offset by 0x80 (Nikon.pm ValueConv ``$val - 0x80``)."""
    return value - 0x80


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
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 2),
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 3),
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 4),
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 5),
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 6),
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
                when=lambda p: p.n["PhaseDetectAF"] == 2,
            ),
            Tag("AFPointsUsed", fmt="undef[5]", conv=hex_bytes, when=lambda p: p.n["PhaseDetectAF"] == 3),
            Tag("AFPointsUsed", fmt="undef[17]", conv=hex_bytes, when=lambda p: p.n["PhaseDetectAF"] == 4),
            Tag("AFPointsUsed", fmt="undef[21]", conv=hex_bytes, when=lambda p: p.n["PhaseDetectAF"] == 5),
            Tag("AFPointsUsed", fmt="undef[29]", conv=hex_bytes, when=lambda p: p.n["PhaseDetectAF"] == 6),
            Tag("AFPointsUsed", fmt="undef[20]", conv=hex_bytes, when=lambda p: p.n["PhaseDetectAF"] == 7),
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
        16: Tag(
            "AFImageWidth",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100",
        ),
        18: Tag(
            "AFImageHeight",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100",
        ),
        20: Tag(
            "AFAreaXPosition",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100",
        ),
        22: Tag(
            "AFAreaYPosition",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100",
        ),
        24: Tag(
            "AFAreaWidth",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100",
        ),
        26: Tag(
            "AFAreaHeight",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100",
        ),
        28: (
            Tag("ContrastDetectAFInFocus", when=lambda p: pstr(p.n["AFInfo2Version"]) == "0100"),
            Tag(
                "AFPointsSelected",
                fmt="undef[20]",
                conv=hex_bytes,
                when=lambda p: pstr(p.n["AFInfo2Version"]) == "0101" and p.n["PhaseDetectAF"] == 7,
            ),
        ),
        42: Tag(
            "AFImageWidth",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: p.n.match("AFInfo2Version", r"^03"),
        ),
        44: Tag(
            "AFImageHeight",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: p.n.match("AFInfo2Version", r"^03"),
        ),
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
        50: Tag(
            "AFAreaWidth",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: p.n.match("AFInfo2Version", r"^03"),
        ),
        52: Tag(
            "AFAreaHeight",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: p.n.match("AFInfo2Version", r"^03"),
        ),
        56: Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 9 and p.n.match("AFInfo2Version", r"^03")),
        68: (
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 7 and pstr(p.n["AFInfo2Version"]) == "0101"),
            Tag("PrimaryAFPoint", when=lambda p: p.n["PhaseDetectAF"] == 2 and pstr(p.n["AFInfo2Version"]) == "0101"),
            Tag("PrimaryAFPoint", when=lambda p: pstr(p.n["AFInfo2Version"]) == "0101", priority=0),
        ),
        70: Tag(
            "AFImageWidth",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        72: Tag(
            "AFImageHeight",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        74: Tag(
            "AFAreaXPosition",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        76: Tag(
            "AFAreaYPosition",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        78: Tag(
            "AFAreaWidth",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
            when=lambda p: p.n["ContrastDetectAF"] == 1 and pstr(p.n["AFInfo2Version"]) == "0101",
        ),
        80: Tag(
            "AFAreaHeight",
            fmt="int16u",
            raw=lambda v, n: v if v else None,
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
        66: Tag("AFAreaXPosition", fmt="int16u", raw=lambda v, n: v if v else None),
        67: "FocusPositionHorizontal",
        68: Tag("AFAreaYPosition", fmt="int16u", raw=lambda v, n: v if v else None),
        69: "FocusPositionVertical",
        70: Tag("AFAreaWidth", fmt="int16u", raw=lambda v, n: v if v else None),
        72: Tag("AFAreaHeight", fmt="int16u", raw=lambda v, n: v if v else None),
        74: "FocusResult",
    },
    kind=BINARY,
)


AF_TUNE = Table(
    {
        0: "AFFineTune",
        1: "AFFineTuneIndex",
        2: Tag("AFFineTuneAdj", fmt="int8s", priority=0),
        3: Tag("AFFineTuneAdjTele", fmt="int8s"),
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


FLASH_INFO0100 = Table(
    {
        0: Tag("FlashInfoVersion", fmt="string[4]"),
        4: "FlashSource",
        6: Tag("ExternalFlashFirmware", fmt="int8u[2]"),
        8: "ExternalFlashFlags",
        9.1: Tag("FlashCommanderMode", mask=0x80),
        9.2: Tag("FlashControlMode", mask=0x7F),
        10: (
            Tag("FlashOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashControlMode"] >= 0x06),
            Tag("FlashCompensation", fmt="int8s", conv=lambda v: -v / 6, priority=0),
        ),
        11: Tag("FlashFocalLength", raw=lambda v, n: v if v else None),
        12: Tag("RepeatingFlashRate", raw=lambda v, n: v if v else None),
        13: Tag("RepeatingFlashCount", raw=lambda v, n: v if v else None),
        14: "FlashGNDistance",
        15: Tag("FlashGroupAControlMode", mask=0xF),
        16: Tag("FlashGroupBControlMode", mask=0xF),
        17: (
            Tag(
                "FlashGroupAOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupAControlMode"] >= 0x06
            ),
            Tag("FlashGroupACompensation", fmt="int8s", conv=lambda v: -v / 6),
        ),
        18: (
            Tag(
                "FlashGroupBOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupBControlMode"] >= 0x06
            ),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=lambda v: -v / 6),
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
            Tag("FlashOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashControlMode"] >= 0x06),
            Tag("FlashCompensation", fmt="int8s", conv=lambda v: -v / 6, priority=0),
        ),
        12: Tag("FlashFocalLength", raw=lambda v, n: v if v else None),
        13: Tag("RepeatingFlashRate", raw=lambda v, n: v if v else None),
        14: Tag("RepeatingFlashCount", raw=lambda v, n: v if v else None),
        15: "FlashGNDistance",
        16.1: Tag("FlashGroupAControlMode", mask=0xF),
        17.1: Tag("FlashGroupBControlMode", mask=0xF0),
        17.2: Tag("FlashGroupCControlMode", mask=0xF),
        18: (
            Tag(
                "FlashGroupAOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupAControlMode"] >= 0x06
            ),
            Tag("FlashGroupACompensation", fmt="int8s", conv=lambda v: -v / 6),
        ),
        19: (
            Tag(
                "FlashGroupBOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupBControlMode"] >= 0x60
            ),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=lambda v: -v / 6),
        ),
        20: (
            Tag(
                "FlashGroupCOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupCControlMode"] >= 0x06
            ),
            Tag("FlashGroupCCompensation", fmt="int8s", conv=lambda v: -v / 6),
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
            Tag("FlashOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashControlMode"] >= 0x06),
            Tag("FlashCompensation", fmt="int8s", conv=lambda v: -v / 6, priority=0),
        ),
        12: Tag("FlashFocalLength", raw=lambda v, n: v if (v and v != 255) else None),
        13: Tag("RepeatingFlashRate", raw=lambda v, n: v if (v and v != 255) else None),
        14: Tag("RepeatingFlashCount", raw=lambda v, n: v if (v and v != 255) else None),
        15: "FlashGNDistance",
        16: "FlashColorFilter",
        17.1: Tag("FlashGroupAControlMode", mask=0xF),
        18.1: Tag("FlashGroupBControlMode", mask=0xF0),
        18.2: Tag("FlashGroupCControlMode", mask=0xF),
        19: (
            Tag(
                "FlashGroupAOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupAControlMode"] >= 0x06
            ),
            Tag("FlashGroupACompensation", fmt="int8s", conv=lambda v: -v / 6),
        ),
        20: (
            Tag(
                "FlashGroupBOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupBControlMode"] >= 0x60
            ),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=lambda v: -v / 6),
        ),
        21: (
            Tag(
                "FlashGroupCOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupCControlMode"] >= 0x06
            ),
            Tag("FlashGroupCCompensation", fmt="int8s", conv=lambda v: -v / 6),
        ),
        27: Tag("ExternalFlashCompensation", fmt="int8s", conv=lambda v: -v / 6, priority=0),
        29: Tag("FlashExposureComp3", fmt="int8s", conv=lambda v: -v / 6, priority=0),
        39: Tag("FlashExposureComp4", fmt="int8s", conv=lambda v: -v / 6, priority=0),
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
        12: Tag("FlashFocalLength", raw=lambda v, n: v if (v and v != 255) else None),
        13: Tag("RepeatingFlashRate", raw=lambda v, n: v if (v and v != 255) else None),
        14: Tag("RepeatingFlashCount", raw=lambda v, n: v if (v and v != 255) else None),
        15: "FlashGNDistance",
        16: "FlashColorFilter",
        17.1: Tag("FlashGroupAControlMode", mask=0xF),
        18.1: Tag("FlashGroupBControlMode", mask=0xF0),
        18.2: Tag("FlashGroupCControlMode", mask=0xF),
        39: (
            Tag("FlashOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashControlMode"] >= 0x06),
            Tag("FlashCompensation", fmt="int8s", conv=lambda v: -v / 6, priority=0),
        ),
        40: (
            Tag(
                "FlashGroupAOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupAControlMode"] >= 0x06
            ),
            Tag("FlashGroupACompensation", fmt="int8s", conv=lambda v: -v / 6),
        ),
        41: (
            Tag(
                "FlashGroupBOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupBControlMode"] >= 0x60
            ),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=lambda v: -v / 6),
        ),
        42: (
            Tag(
                "FlashGroupCOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupCControlMode"] >= 0x06
            ),
            Tag("FlashGroupCCompensation", fmt="int8s", conv=lambda v: -v / 6),
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
        10: Tag("FlashCompensation", fmt="int8s", conv=lambda v: -v / 6, priority=0),
        12: Tag("FlashFocalLength", raw=lambda v, n: v if (v and v != 255) else None),
        13: Tag("RepeatingFlashRate", raw=lambda v, n: v if (v and v != 255) else None),
        14: Tag("RepeatingFlashCount", raw=lambda v, n: v if (v and v != 255) else None),
        15: "FlashGNDistance",
        17.1: Tag("FlashGroupAControlMode", mask=0xF),
        18.1: Tag("FlashGroupBControlMode", mask=0xF0),
        18.2: Tag("FlashGroupCControlMode", mask=0xF),
        40: (
            Tag(
                "FlashGroupAOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupAControlMode"] >= 0x06
            ),
            Tag("FlashGroupACompensation", fmt="int8s", conv=lambda v: -v / 6),
        ),
        41: (
            Tag(
                "FlashGroupBOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupBControlMode"] >= 0x06
            ),
            Tag("FlashGroupBCompensation", fmt="int8s", conv=lambda v: -v / 6),
        ),
        42: (
            Tag(
                "FlashGroupCOutput", conv=lambda v: 2 ** (-v / 6), when=lambda p: p.n["FlashGroupCControlMode"] >= 0x06
            ),
            Tag("FlashGroupCCompensation", fmt="int8s", conv=lambda v: -v / 6),
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
        0: Tag("ISO", conv=lambda v: 100 * math.exp((v / 12 - 5) * math.log(2)), priority=0),
        4: Tag("ISOExpansion", fmt="int16u"),
        6: Tag("ISO2", conv=lambda v: 100 * math.exp((v / 12 - 5) * math.log(2))),
        10: Tag("ISOExpansion2", fmt="int16u"),
    },
    kind=BINARY,
)


LENS_DATA00 = Table(
    {
        0: Tag("LensDataVersion", fmt="undef[4]"),
        6: "LensIDNumber",
        7: Tag("LensFStops", conv=lambda v: v / 12),
        8: Tag("MinFocalLength", conv=lambda v: 5 * 2 ** (v / 24)),
        9: Tag("MaxFocalLength", conv=lambda v: 5 * 2 ** (v / 24)),
        10: Tag("MaxApertureAtMinFocal", conv=lambda v: 2 ** (v / 24)),
        11: Tag("MaxApertureAtMaxFocal", conv=lambda v: 2 ** (v / 24)),
        12: "MCUVersion",
    },
    kind=BINARY,
)


LENS_DATA01 = Table(
    {
        0: Tag("LensDataVersion", fmt="string[4]"),
        4: Tag("ExitPupilPosition", conv=lambda v: 2048 / v if v else v),
        5: Tag("AFAperture", conv=lambda v: 2 ** (v / 24)),
        8: "FocusPosition",
        9: Tag("FocusDistance", conv=lambda v: 0.01 * 10 ** (v / 40)),
        10: Tag("FocalLength", conv=lambda v: 5 * 2 ** (v / 24), priority=0),
        11: "LensIDNumber",
        12: Tag("LensFStops", conv=lambda v: v / 12),
        13: Tag("MinFocalLength", conv=lambda v: 5 * 2 ** (v / 24)),
        14: Tag("MaxFocalLength", conv=lambda v: 5 * 2 ** (v / 24)),
        15: Tag("MaxApertureAtMinFocal", conv=lambda v: 2 ** (v / 24)),
        16: Tag("MaxApertureAtMaxFocal", conv=lambda v: 2 ** (v / 24)),
        17: "MCUVersion",
        18: Tag("EffectiveMaxAperture", conv=lambda v: 2 ** (v / 24)),
    },
    kind=BINARY,
)


LENS_DATA0204 = Table(
    {
        0: Tag("LensDataVersion", fmt="string[4]"),
        4: Tag("ExitPupilPosition", conv=lambda v: 2048 / v if v else v),
        5: Tag("AFAperture", conv=lambda v: 2 ** (v / 24)),
        8: "FocusPosition",
        10: Tag("FocusDistance", conv=lambda v: 0.01 * 10 ** (v / 40)),
        11: Tag("FocalLength", conv=lambda v: 5 * 2 ** (v / 24), priority=0),
        12: "LensIDNumber",
        13: Tag("LensFStops", conv=lambda v: v / 12),
        14: Tag("MinFocalLength", conv=lambda v: 5 * 2 ** (v / 24)),
        15: Tag("MaxFocalLength", conv=lambda v: 5 * 2 ** (v / 24)),
        16: Tag("MaxApertureAtMinFocal", conv=lambda v: 2 ** (v / 24)),
        17: Tag("MaxApertureAtMaxFocal", conv=lambda v: 2 ** (v / 24)),
        18: "MCUVersion",
        19: Tag("EffectiveMaxAperture", conv=lambda v: 2 ** (v / 24)),
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
        5: Tag("RetouchNEFProcessing", when=lambda p: p.n["RetouchInfoVersion"] >= "0200"),
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


PICTURE_CONTROL = Table(
    {
        0: Tag("PictureControlVersion", fmt="undef[4]"),
        4: Tag("PictureControlName", fmt="string[20]"),
        24: Tag("PictureControlBase", fmt="string[20]"),
        48: "PictureControlAdjust",
        49: Tag("PictureControlQuickAdjust", conv=_adjustment),
        50: Tag("Sharpness", conv=_adjustment),
        51: Tag("Contrast", conv=_adjustment),
        52: Tag("Brightness", conv=_adjustment),
        53: Tag("Saturation", conv=_adjustment),
        54: Tag("HueAdjustment", conv=_adjustment),
        55: "FilterEffect",
        56: "ToningEffect",
        57: Tag("ToningSaturation", conv=_adjustment),
    },
    kind=BINARY,
)


PICTURE_CONTROL2 = Table(
    {
        0: Tag("PictureControlVersion", fmt="undef[4]"),
        4: Tag("PictureControlName", fmt="string[20]"),
        24: Tag("PictureControlBase", fmt="string[20]"),
        48: "PictureControlAdjust",
        49: Tag("PictureControlQuickAdjust", conv=_adjustment),
        51: Tag("Sharpness", conv=_adjustment),
        53: Tag("Clarity", conv=_adjustment),
        55: Tag("Contrast", conv=_adjustment),
        57: Tag("Brightness", conv=_adjustment),
        59: Tag("Saturation", conv=_adjustment),
        61: Tag("Hue", conv=_adjustment),
        63: "FilterEffect",
        64: "ToningEffect",
        65: Tag("ToningSaturation", conv=_adjustment),
    },
    kind=BINARY,
)


PICTURE_CONTROL3 = Table(
    {
        0: Tag("PictureControlVersion", fmt="undef[4]"),
        8: Tag("PictureControlName", fmt="string[20]"),
        28: Tag("PictureControlBase", fmt="string[20]"),
        54: "PictureControlAdjust",
        55: Tag("PictureControlQuickAdjust", conv=_adjustment),
        57: Tag("Sharpness", conv=_adjustment),
        59: Tag("MidRangeSharpness", conv=_adjustment),
        61: Tag("Clarity", conv=_adjustment),
        63: Tag("Contrast", conv=_adjustment),
        65: Tag("Brightness", conv=_adjustment),
        67: Tag("Saturation", conv=_adjustment),
        69: Tag("Hue", conv=_adjustment),
        71: "FilterEffect",
        72: "ToningEffect",
        73: Tag("ToningSaturation", conv=_adjustment),
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


SETTINGS_D3 = Table(
    {
        0.1: Tag("CustomSettingsBank", mask=0x3),
        0.2: Tag("CustomSettingsAllDefault", mask=0x80),
        1.1: Tag("AF-CPrioritySelection", mask=0xC0),
        1.2: Tag("AF-SPrioritySelection", mask=0x20),
        1.3: Tag("AFPointSelection", mask=0x10),
        1.4: Tag("DynamicAFArea", mask=0xC),
        1.5: Tag("FocusTrackingLockOn", when=not_model(r"D3S\b"), mask=0x3),
        2.1: Tag("AFActivation", mask=0x80),
        2.2: Tag("FocusPointWrap", mask=0x8),
        2.3: (
            Tag("AFPointIllumination", when=model(r"D3[SX]?\b"), mask=0x60),
            Tag("AFPointIllumination", mask=0x6),
        ),
        2.4: Tag("AFPointBrightness", when=model(r"D3[SX]?\b"), mask=0x6),
        2.5: Tag("AFAssist", when=model(r"D300S?\b"), mask=0x1),
        3.1: Tag("AFOnButton", when=model(r"D3[SX]?\b"), mask=0x7),
        3.2: Tag("VerticalAFOnButton", when=model(r"D3[SX]?\b"), mask=0x70),
        3.3: Tag("AF-OnForMB-D10", when=model(r"D300S?\b"), mask=0x70),
        4.1: Tag("FocusTrackingLockOn", when=model(r"D3S\b"), mask=0x7),
        4.2: Tag("AssignBktButton", when=model(r"D3S\b"), mask=0x8),
        4.3: Tag("MultiSelectorLiveView", when=model(r"D3S\b"), mask=0xC0),
        4.4: Tag("InitialZoomLiveView", when=model(r"D3S\b"), mask=0x30),
        6.1: Tag("ISOStepSize", mask=0xC0),
        6.2: Tag("ExposureControlStepSize", mask=0x30),
        6.3: Tag("ExposureCompStepSize", mask=0xC),
        6.4: Tag("EasyExposureCompensation", mask=0x3),
        7.1: (
            Tag("CenterWeightedAreaSize", when=model(r"D3[SX]?\b"), mask=0xE0),
            Tag("CenterWeightedAreaSize", mask=0xE0),
        ),
        7.2: Tag("FineTuneOptCenterWeighted", conv=lambda v: (v - 0x10 if v > 0x7 else v) / 6, mask=0xF),
        8.1: Tag("FineTuneOptMatrixMetering", conv=lambda v: (v - 0x10 if v > 0x7 else v) / 6, mask=0xF0),
        8.2: Tag("FineTuneOptSpotMetering", conv=lambda v: (v - 0x10 if v > 0x7 else v) / 6, mask=0xF),
        9.1: Tag("MultiSelectorShootMode", mask=0xC0),
        9.2: Tag("MultiSelectorPlaybackMode", when=not_model(r"D3S\b"), mask=0x30),
        9.3: (
            Tag("InitialZoomSetting", when=model(r"D3[SX]?\b"), mask=0xC),
            Tag("InitialZoomSetting", mask=0xC),
        ),
        9.4: Tag("MultiSelector", mask=0x1),
        10.1: Tag("ExposureDelayMode", mask=0x40),
        10.2: Tag("CLModeShootingSpeed", mask=0x7),
        10.3: Tag("CHModeShootingSpeed", when=model(r"D3[SX]?\b"), mask=0x30),
        11: "MaxContinuousRelease",
        12.1: Tag("ReverseIndicators", mask=0x20),
        12.2: (
            Tag("FileNumberSequence", when=model(r"D3[SX]?\b"), mask=0x2),
            Tag("FileNumberSequence", mask=0x8),
        ),
        12.3: Tag("RearDisplay", when=model(r"D3[SX]?\b"), mask=0x80),
        12.4: Tag("ViewfinderDisplay", when=model(r"D3[SX]?\b"), mask=0x40),
        12.5: Tag("BatteryOrder", when=model(r"D300S?\b"), mask=0x4),
        12.6: Tag("MB-D10Batteries", when=model(r"D300S?\b"), mask=0x3),
        12.7: Tag("ScreenTips", when=model(r"(D3S|D300S)\b"), mask=0x10),
        13.1: Tag("Beep", mask=0xC0),
        13.2: Tag("ShootingInfoDisplay", mask=0x30),
        13.3: Tag("GridDisplay", when=model(r"D300S?\b"), mask=0x2),
        13.4: Tag("ViewfinderWarning", when=model(r"D300S?\b"), mask=0x1),
        13.5: Tag("MultiSelectorPlaybackMode", when=model(r"D3S\b"), mask=0x3),
        14.1: (
            Tag("PreviewButton", when=model(r"D3[SX]?\b"), mask=0xF8),
            Tag("FuncButton", mask=0xF8),
        ),
        14.2: (
            Tag("PreviewButtonPlusDials", when=model(r"D3[SX]?\b"), mask=0x7),
            Tag("FuncButtonPlusDials", mask=0x7),
        ),
        15.1: (
            Tag("FuncButton", when=model(r"D3[SX]?\b"), mask=0xF8),
            Tag("PreviewButton", mask=0xF8),
        ),
        15.2: (
            Tag("FuncButtonPlusDials", when=model(r"D3[SX]?\b"), mask=0x7),
            Tag("PreviewButtonPlusDials", mask=0x7),
        ),
        16.1: (
            Tag("AELockButton", when=model(r"D3[SX]?\b"), mask=0xF8),
            Tag("AELockButton", mask=0xF8),
        ),
        16.2: (
            Tag("AELockButtonPlusDials", when=model(r"D3[SX]?\b"), mask=0x7),
            Tag("AELockButtonPlusDials", mask=0x7),
        ),
        17.1: Tag("CommandDialsReverseRotation", mask=0x80),
        17.2: Tag("CommandDialsChangeMainSub", mask=0x40),
        17.3: Tag("CommandDialsApertureSetting", mask=0x20),
        17.4: Tag("CommandDialsMenuAndPlayback", mask=0x10),
        17.5: Tag("LCDIllumination", mask=0x8),
        17.6: Tag("PhotoInfoPlayback", mask=0x4),
        17.7: Tag("ShutterReleaseButtonAE-L", mask=0x2),
        17.8: Tag("ReleaseButtonToUseDial", mask=0x1),
        18.1: Tag("SelfTimerTime", mask=0x18),
        18.2: Tag("MonitorOffTime", mask=0x7),
        20.1: (
            Tag("FlashSyncSpeed", when=model(r"D3[SX]?\b"), mask=0xE0),
            Tag("FlashSyncSpeed", mask=0xF0),
        ),
        20.2: Tag("FlashShutterSpeed", mask=0xF),
        21.1: (
            Tag("AutoBracketSet", when=not_model(r"(D3S|D300S)\b"), mask=0xC0),
            Tag("AutoBracketSet", mask=0xE0),
        ),
        21.2: (
            Tag("AutoBracketModeM", when=not_model(r"(D3S|D300S)\b"), mask=0x30),
            Tag("AutoBracketModeM", mask=0x18),
        ),
        21.3: (
            Tag("AutoBracketOrder", when=not_model(r"(D3S|D300S)\b"), mask=0x8),
            Tag("AutoBracketOrder", mask=0x4),
        ),
        21.4: Tag("ModelingFlash", mask=0x1),
        22.1: Tag("NoMemoryCard", mask=0x80),
        22.2: Tag("MeteringTime", mask=0xF),
        23.1: Tag("InternalFlash", mask=0xC0),
        25.1: Tag("ImageReviewTime", mask=0xE0),
        25.2: Tag("PlaybackMonitorOffTime", mask=0x1C),
        26.1: Tag("MenuMonitorOffTime", mask=0xE0),
        26.2: Tag("ShootingInfoMonitorOffTime", mask=0x1C),
    },
    kind=BINARY,
    group="NikonCustom",
)


SHOT_INFO_D300B = Table(
    {
        0: Tag("ShotInfoVersion", fmt="string[4]"),
        4: Tag("FirmwareVersion", fmt="string[5]"),
        613: Tag("ISO2", conv=lambda v: 100 * math.exp((v / 12 - 5) * math.log(2))),
        644: Tag("ShutterCount", fmt="int32u", priority=0),
        732: (
            Tag("AFFineTuneAdj", fmt="int16u", when=lambda p: pstr(p.n["FirmwareVersion"]) == "1.10B"),
            Tag("AFFineTuneAdj", fmt="int16u"),
        ),
        802: Tag("CustomSettingsD300", fmt="undef[24]", sub=SETTINGS_D3),
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
        0x0012: Tag("FlashExposureComp", conv=signed_fraction),
        0x0013: "ISOSetting",
        0x0014: (
            Tag("ColorBalanceA", when=lambda p: p.fmt == "None" and p.count == 2560, hidden=True),
            Tag("NRWData", when=lambda p: re.search(rb"^NRW 0100", p.data), hidden=True),
            Tag("NRWData", when=lambda p: re.search(rb"^NRW ", p.data), hidden=True),
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
            Tag("PictureControlData", when=lambda p: re.search(rb"^01", p.data), sub=PICTURE_CONTROL),
            Tag("PictureControlData", when=lambda p: re.search(rb"^02", p.data), sub=PICTURE_CONTROL2),
            Tag("PictureControlData", when=lambda p: re.search(rb"^03", p.data), sub=PICTURE_CONTROL3),
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
            Tag("ShotInfoD40", when=lambda p: re.search(rb"^0209", p.data), hidden=True),
            Tag("ShotInfoD80", when=lambda p: re.search(rb"^0208", p.data), hidden=True),
            Tag("ShotInfoD90", when=lambda p: re.search(rb"^0213", p.data), hidden=True),
            Tag("ShotInfoD3a", when=lambda p: re.search(rb"^0210", p.data) and p.count == 5399, hidden=True),
            Tag(
                "ShotInfoD3b",
                when=lambda p: re.search(rb"^0210", p.data) and (p.count == 5408 or p.count == 5412),
                hidden=True,
            ),
            Tag("ShotInfoD3X", when=lambda p: re.search(rb"^0214", p.data) and p.count == 5409, hidden=True),
            Tag(
                "ShotInfoD3S",
                when=lambda p: re.search(rb"^0218", p.data) and (p.count == 5356 or p.count == 5388),
                hidden=True,
            ),
            Tag("ShotInfoD300a", when=lambda p: re.search(rb"^0210", p.data) and p.count == 5291, hidden=True),
            Tag(
                "ShotInfoD300b",
                when=lambda p: re.search(rb"^0210", p.data) and p.count == 5303,
                prepare=nikon_decrypt(4, 825),
                sub=SHOT_INFO_D300B,
                order=">",
            ),
            Tag("ShotInfoD300S", when=lambda p: re.search(rb"^0216", p.data) and p.count == 5311, hidden=True),
            Tag("ShotInfoD700", when=lambda p: re.search(rb"^0212", p.data) and p.count == 5312, hidden=True),
            Tag("ShotInfoD800", when=lambda p: re.search(rb"^0222", p.data), hidden=True),
            Tag("ShotInfoD810", when=lambda p: re.search(rb"^0233", p.data), hidden=True),
            Tag("ShotInfoD850", when=lambda p: re.search(rb"^0243", p.data), hidden=True),
            Tag("ShotInfoD5000", when=lambda p: re.search(rb"^0215", p.data) and p.count == 6745, hidden=True),
            Tag("ShotInfoD5100", when=lambda p: re.search(rb"^0221", p.data) and p.count == 8902, hidden=True),
            Tag("ShotInfoD5200", when=lambda p: re.search(rb"^0226", p.data) and p.count == 11587, hidden=True),
            Tag("ShotInfoD7000", when=lambda p: re.search(rb"^0220", p.data), hidden=True),
            Tag("ShotInfoD4", when=lambda p: re.search(rb"^0223", p.data), hidden=True),
            Tag("ShotInfoD4S", when=lambda p: re.search(rb"^0231", p.data), hidden=True),
            Tag("ShotInfoD500", when=lambda p: re.search(rb"^023[89]", p.data), hidden=True),
            Tag("ShotInfoD6", when=lambda p: re.search(rb"^0246", p.data), hidden=True),
            Tag("ShotInfoD610", when=lambda p: re.search(rb"^0232", p.data), hidden=True),
            Tag("ShotInfoZ7II", when=lambda p: re.search(rb"^080[01234]", p.data), hidden=True),
            Tag("ShotInfoZ9", when=lambda p: re.search(rb"^0805", p.data), hidden=True),
            Tag(
                "ShotInfo02xx",
                when=lambda p: re.search(rb"^0[28]", p.data),
                prepare=nikon_decrypt(4, 593),
                sub=SHOT_INFO,
                order=">",
            ),
            Tag("ShotInfoUnknown", sub=SHOT_INFO, order=">"),
        ),
        0x0092: "HueAdjustment",
        0x0093: "NEFCompression",
        0x0094: "SaturationAdj",
        0x0095: "NoiseReduction",
        0x0096: Tag("NEFLinearizationTable", binary=True),
        0x0097: (
            Tag("ColorBalance0100", when=lambda p: re.search(rb"^0100", p.data), start=72, sub=COLOR_BALANCE1),
            Tag("ColorBalance0102", when=lambda p: re.search(rb"^0102", p.data), start=10, sub=COLOR_BALANCE2),
            Tag("ColorBalance0103", when=lambda p: re.search(rb"^0103", p.data), start=20, sub=COLOR_BALANCE3),
            Tag(
                "ColorBalance0205",
                when=lambda p: re.search(rb"^0205", p.data),
                prepare=nikon_decrypt(4, 22),
                start=18,
                sub=COLOR_BALANCE2,
            ),
            Tag(
                "ColorBalance0209",
                when=lambda p: re.search(rb"^02(09|12|14)", p.data),
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
                when=lambda p: re.search(rb"^0211", p.data),
                prepare=nikon_decrypt(284, 24),
                start=300,
                sub=COLOR_BALANCE4,
            ),
            Tag(
                "ColorBalance0213",
                when=lambda p: re.search(rb"^0213", p.data),
                prepare=nikon_decrypt(284, 18),
                start=294,
                sub=COLOR_BALANCE2,
            ),
            Tag(
                "ColorBalance0215",
                when=lambda p: re.search(rb"^021[567]", p.data),
                prepare=nikon_decrypt(284, 12),
                start=288,
                sub=COLOR_BALANCE4,
            ),
            Tag("ColorBalanceUnknown02", when=lambda p: re.search(rb"^0[26]", p.data), hidden=True),
            Tag("ColorBalanceUnknown04", when=lambda p: re.search(rb"^0[48]", p.data), hidden=True),
        ),
        0x0098: (
            Tag("LensData0100", when=lambda p: re.search(rb"^0100", p.data), sub=LENS_DATA00),
            Tag("LensData0101", when=lambda p: re.search(rb"^0101", p.data), sub=LENS_DATA01),
            Tag(
                "LensData0201",
                when=lambda p: re.search(rb"^020[1-3]", p.data),
                prepare=nikon_decrypt(4),
                sub=LENS_DATA01,
            ),
            Tag(
                "LensData0204", when=lambda p: re.search(rb"^0204", p.data), prepare=nikon_decrypt(4), sub=LENS_DATA0204
            ),
            Tag("LensData0400", when=lambda p: re.search(rb"^040[01]", p.data), hidden=True),
            Tag("LensData0402", when=lambda p: re.search(rb"^0402", p.data), hidden=True),
            Tag("LensData0403", when=lambda p: re.search(rb"^0403", p.data), hidden=True),
            Tag("LensData0800", when=lambda p: re.search(rb"^080[012]", p.data), hidden=True),
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
            Tag("FlashInfo0100", when=lambda p: re.search(rb"^010[01]", p.data), sub=FLASH_INFO0100),
            Tag("FlashInfo0102", when=lambda p: re.search(rb"^0102", p.data), sub=FLASH_INFO0102),
            Tag("FlashInfo0103", when=lambda p: re.search(rb"^010[345]", p.data), sub=FLASH_INFO0103),
            Tag("FlashInfo0106", when=lambda p: re.search(rb"^0106", p.data), sub=FLASH_INFO0106),
            Tag("FlashInfo0107", when=lambda p: re.search(rb"^010[78]", p.data), sub=FLASH_INFO0107),
            Tag("FlashInfo0300", when=lambda p: re.search(rb"^030[01]", p.data), hidden=True),
            Tag("FlashInfoUnknown", sub=FLASH_INFO_UNKNOWN),
        ),
        0x00A9: "ImageOptimization",
        0x00AA: "Saturation",
        0x00AB: "VariProgram",
        0x00AC: "ImageStabilization",
        0x00AD: "AFResponse",
        0x00B0: (
            Tag("MultiExposure", when=lambda p: re.search(rb"^0100", p.data), sub=MULTI_EXPOSURE),
            Tag("MultiExposure", when=lambda p: re.search(rb"^0101", p.data), sub=MULTI_EXPOSURE, order="<"),
            Tag("MultiExposure2", when=lambda p: re.search(rb"^010[23]", p.data), sub=MULTI_EXPOSURE2),
        ),
        0x00B1: "HighISONoiseReduction",
        0x00B3: "ToningEffect",
        0x00B6: Tag("PowerUpTime", raw=lambda v, n: nikon_date(v, n.order)),
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
        0x0E09: "NikonCaptureVersion",
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
