"""ExifTool's Composite tags of maker notes and XMP (12.57 as released; its Nikon AutoFocus reads
PhaseDetectAF and ContrastDetectAF): Canon.pm (DriveMode, ShootingMode, ISO, WB_RGGBLevels),
Nikon.pm (AutoFocus), Apple.pm (RunTimeSincePowerUp), Olympus.pm (ExtenderStatus), Sony.pm
(FocusDistance2), Kodak.pm (DateCreated) and XMP.pm (Flash from XMP's flash fields).

Their printed forms that depend on a maker's own lookups (Canon's ShootingMode, Olympus' LensType) use
the printed values of ``metadata_print``, so they follow the maker print tables.
"""

import re
from typing import Any

from ..printconv.convert import lookup, number_of, perl_number
from ..printconv.exif import TABLE as EXIF_TABLE
from .table import Composite, Inputs, true

DRIVE_MODES = {0: "Continuous Shooting", 1: "Self-timer Operation", 2: "Single-frame Shooting"}
OFF_ON = {0: "Off", 1: "On"}
EXTENDER_STATUS = {0: "Not attached", 1: "Attached", 2: "Removed"}


def shooting_mode(v: Inputs) -> Any:
    """CanonExposureMode (7 for Bulb: Manual with a BulbDuration), else EasyMode + 10."""
    if true(v.val[0]):
        return 7 if str(v.val[0]) == "4" and true(v.val[2]) else v.val[0]
    return perl_number(v.val[1]) + 10


def canon_wb_levels(v: Inputs) -> Any:
    """The as-shot white-balance levels, else those of the preset Canon:WhiteBalance names (source
    index WhiteBalance + 2)."""
    if true(v.val[1]):
        return v.val[1]
    index = int(perl_number(v.val[0] or 0)) + 2
    return v.val[index] if 2 <= index < len(v.val) else None


# Canon.pm Composite WB_RGGBLevels: source index (Canon:WhiteBalance + 2) of each preset's levels.
CANON_WB_PRESETS = {2: "Auto", 3: "Daylight", 4: "Cloudy", 5: "Tungsten", 6: "Fluorescent", 7: "Flash", 8: "Custom"}
CANON_WB_PRESETS |= {10: "Shade", 11: "Kelvin"}


def canon_iso(v: Inputs) -> Any:
    """CameraISO where it is a number, else BaseISO x AutoISO / 100."""
    if true(v.val[0]) and re.fullmatch(r"\d+", str(v.val[0])):
        return v.val[0]
    if not (true(v.val[1]) and true(v.val[2])):
        return None
    return perl_number(v.val[1]) * perl_number(v.val[2]) / 100


def duration(seconds: Any) -> Any:
    """ExifTool.pm ConvertDuration: ``"12.34 s"`` below 30 s, else ``"h:mm:ss"`` (with days past a day)."""
    number = number_of(seconds)
    if number is None:
        return seconds
    if number == 0:
        return "0 s"
    sign = "-" if number < 0 else ""
    number = abs(number)
    if number < 30:
        return f"{sign}{number:.2f} s"
    number += 0.5  # to the nearest second
    hours, rest = divmod(number, 3600)
    minutes, rest = divmod(rest, 60)
    if hours > 24:
        sign += f"{int(hours // 24)} days "
        hours %= 24
    return f"{sign}{int(hours)}:{int(minutes):02d}:{int(rest):02d}"


def extender_status(v: Inputs) -> int:
    """Olympus.pm ExtenderStatus: 0 no extender; 1 attached (any but an EC-14, or an EC-14 whose
    aperture exceeds the lens' own by more than 0.2); 2 an EC-14 remembered after removal."""
    info = v.val[0] if isinstance(v.val[0], list) else str(v.val[0]).split()
    if len(info) < 2 or not int(str(info[1]), 16):
        return 0
    if f"{info[0]} {info[1]}" != "0 04":
        return 1
    widest = re.search(r" F(\d+(\.\d+)?)", str(v.prt[1]))
    if not widest:
        return 1
    return 1 if perl_number(v.val[2]) - float(widest.group(1)) > 0.2 else 2


def focus_distance_2(v: Inputs) -> Any:
    """Sony.pm FocusDistance2 from FocusPosition2 and FocalLengthIn35mmFormat, in metres (255 is inf)."""
    position = perl_number(v.val[0])
    if not position:
        return None
    if position >= 255:
        return "inf"
    return (2 ** (position / 16 - 5) + 1) * perl_number(v.val[1]) / 1000


def xmp_flash(v: Inputs) -> int:
    """The EXIF Flash bits from XMP's FlashFired, FlashReturn, FlashMode, FlashFunction, FlashRedEyeMode."""

    def yes(value: Any) -> bool:
        return true(value) and str(value).lower() == "true"

    return (
        (1 if yes(v.val[0]) else 0)
        | int(perl_number(v.val[1] or 0)) << 1
        | int(perl_number(v.val[2] or 0)) << 3
        | (0x20 if yes(v.val[3]) else 0)
        | (0x40 if yes(v.val[4]) else 0)
    )


def _printed(table: dict) -> Any:
    printer = lookup(table)
    return lambda v, value: printer(value)


ROWS = [
    Composite(
        "DriveMode",
        lambda v: 0 if true(v.val[0]) else (1 if true(v.val[1]) else 2),
        require={0: "ContinuousDrive", 1: "SelfTimer"},
        printed=_printed(DRIVE_MODES),
    ),
    Composite(
        "ShootingMode",
        shooting_mode,
        require={0: "CanonExposureMode", 1: "EasyMode"},
        desire={2: "BulbDuration"},
        printed=lambda v, value: "Bulb" if str(value) == "7" else (v.prt[0] if true(v.val[0]) else v.prt[1]),
    ),
    Composite(
        "WB_RGGBLevels",
        canon_wb_levels,
        require={0: "Canon:WhiteBalance"},
        desire={1: "WB_RGGBLevelsAsShot", **{i: f"WB_RGGBLevels{name}" for i, name in CANON_WB_PRESETS.items()}},
    ),
    Composite(
        "ISO",
        canon_iso,
        desire={0: "Canon:CameraISO", 1: "Canon:BaseISO", 2: "Canon:AutoISO"},
        priority=0,
        printed=lambda v, value: f"{perl_number(value):.0f}",
    ),
    Composite(
        "AutoFocus",
        lambda v: 1 if true(v.val[0]) or true(v.val[1]) else 0,
        require={0: "Nikon:PhaseDetectAF", 1: "Nikon:ContrastDetectAF"},
        printed=_printed(OFF_ON),
    ),
    Composite(
        "RunTimeSincePowerUp",
        lambda v: perl_number(v.val[0]) / perl_number(v.val[1]) if true(v.val[1]) else None,
        require={0: "Apple:RunTimeValue", 1: "Apple:RunTimeScale"},
        printed=lambda v, value: duration(value),
    ),
    Composite(
        "ExtenderStatus",
        extender_status,
        require={0: "Olympus:Extender", 1: "Olympus:LensType", 2: "MaxApertureValue"},
        printed=_printed(EXTENDER_STATUS),
    ),
    Composite(
        "FocusDistance2",
        focus_distance_2,
        require={0: "Sony:FocusPosition2", 1: "FocalLengthIn35mmFormat"},
        printed=lambda v, value: value if value == "inf" else f"{value:.4g} m",
    ),
    Composite(
        "DateCreated",
        lambda v: f"{v.val[0]}:{v.val[1]}",
        require={0: "Kodak:YearCreated", 1: "Kodak:MonthDayCreated"},
    ),
    Composite(
        "Flash",
        xmp_flash,
        desire={
            0: "XMP:FlashFired",
            1: "XMP:FlashReturn",
            2: "XMP:FlashMode",
            3: "XMP:FlashFunction",
            4: "XMP:FlashRedEyeMode",
        },
        printed=lambda v, value: EXIF_TABLE.rows["Flash"](value),
    ),
]
