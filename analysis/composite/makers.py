"""ExifTool's Composite tags of maker notes and XMP (12.57 as released; its Nikon AutoFocus reads
PhaseDetectAF and ContrastDetectAF): Canon.pm (DriveMode, ShootingMode, ISO, WB_RGGBLevels, the
flash tags FlashType, RedEyeReduction, ConditionalFEC and ShutterCurtainHack, DigitalZoom, FileNumber),
Nikon.pm (AutoFocus), Apple.pm (RunTimeSincePowerUp), Olympus.pm (ExtenderStatus), Sony.pm
(FocusDistance2), Panasonic.pm (AdvancedSceneMode), Kodak.pm (DateCreated) and XMP.pm (Flash from XMP's flash fields).

Their printed forms that depend on a maker's own lookups (Canon's ShootingMode, Olympus' LensType) use
the printed values of ``metadata_print``, so they follow the maker print tables.
"""

import re
from typing import Any

from ..printconv.convert import lookup, number_of, perl_number, text_of
from ..printconv.exif import TABLE as EXIF_TABLE
from ..printconv.makernotes.panasonic import SHOOTING_MODE as PANASONIC_SHOOTING_MODE
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


def flash_bits_set(v: Inputs, index: int) -> bool:
    """Canon's flash Composite tags exist only when FlashBits is set (Canon.pm RawConv)."""
    return true(v.val[index])


def canon_digital_zoom(v: Inputs) -> float | None:
    """ZoomTargetWidth / ZoomSourceWidth when DigitalZoom is 3 (Canon.pm Composite DigitalZoom)."""
    source, target, mode = (perl_number(x) for x in v.val[:3])
    return target / source if mode == 3 and source and target else None


def canon_file_number(v: Inputs) -> str:
    """DirectoryIndex and FileIndex as ``"1080232"`` (file 10000 is file 1 of the next folder)."""
    directory, index = int(perl_number(v.val[0])), int(perl_number(v.val[1]))
    if index == 10000:
        directory, index = directory + 1, 1
    return f"{directory:03d}{index:04d}"


# Panasonic.pm Composite AdvancedSceneMode PrintConv: "SceneMode AdvancedSceneType" (with the Model
# first where one model differs) to the scene it names.
ADVANCED_SCENE_MODES = {
    "0 1": "Off",
    "2 2": "Outdoor Portrait",
    "2 3": "Indoor Portrait",
    "2 4": "Creative Portrait",
    "3 2": "Nature",
    "3 3": "Architecture",
    "3 4": "Creative Scenery",
    "4 2": "Outdoor Sports",
    "4 3": "Indoor Sports",
    "4 4": "Creative Sports",
    "9 2": "Flower",
    "9 3": "Objects",
    "9 4": "Creative Macro",
    "18 1": "High Sensitivity",
    "20 1": "Fireworks",
    "21 2": "Illuminations",
    "21 4": "Creative Night Scenery",
    "26 1": "High-speed Burst (shot 1)",
    "27 1": "High-speed Burst (shot 2)",
    "29 1": "Snow",
    "30 1": "Starry Sky",
    "31 1": "Beach",
    "36 1": "High-speed Burst (shot 3)",
    "39 1": "Aerial Photo / Underwater / Multi-aspect",
    "45 2": "Cinema",
    "45 7": "Expressive",
    "45 8": "Retro",
    "45 9": "Pure",
    "45 10": "Elegant",
    "45 12": "Monochrome",
    "45 13": "Dynamic Art",
    "45 14": "Silhouette",
    "51 2": "HDR Art",
    "51 3": "HDR B&W",
    "59 1": "Expressive",
    "59 2": "Retro",
    "59 3": "High Key",
    "59 4": "Sepia",
    "59 5": "High Dynamic",
    "59 6": "Miniature",
    "59 9": "Low Key",
    "59 10": "Toy Effect",
    "59 11": "Dynamic Monochrome",
    "59 12": "Soft",
    "66 1": "Impressive Art",
    "66 2": "Cross Process",
    "66 3": "Color Select",
    "66 4": "Star",
    "90 3": "Old Days",
    "90 4": "Sunshine",
    "90 5": "Bleach Bypass",
    "90 6": "Toy Pop",
    "90 7": "Fantasy",
    "90 8": "Monochrome",
    "90 9": "Rough Monochrome",
    "90 10": "Silky Monochrome",
    "92 1": "Handheld Night Shot",
    "DMC-TZ40 90 1": "Expressive",
    "DMC-TZ40 90 2": "Retro",
    "DMC-TZ40 90 3": "High Key",
    "DMC-TZ40 90 4": "Sepia",
    "DMC-TZ40 90 5": "High Dynamic",
    "DMC-TZ40 90 6": "Miniature",
    "DMC-TZ40 90 9": "Low Key",
    "DMC-TZ40 90 10": "Toy Effect",
    "DMC-TZ40 90 11": "Dynamic Monochrome",
    "DMC-TZ40 90 12": "Soft",
}


def print_advanced_scene_mode(value: str) -> str:
    """Panasonic.pm AdvancedSceneMode: the scene of "Model SceneMode AdvancedSceneType"; else the
    shooting mode SceneMode names, with the scene type when that is not 1 (plain)."""
    if value in ADVANCED_SCENE_MODES:
        return ADVANCED_SCENE_MODES[value]
    scene = re.sub(r".* (\d+ \d+)", r"\1", value)
    if scene in ADVANCED_SCENE_MODES:
        return ADVANCED_SCENE_MODES[scene]
    parts = scene.split(" ")
    mode = PANASONIC_SHOOTING_MODE.get(int(parts[0])) if parts[0].isdigit() else None
    if mode is None or len(parts) < 2:
        return f"Unknown ({scene})"
    kind = {"1": "", "5": " (intelligent auto)", "7": " (intelligent auto plus)"}.get(parts[1], f" ({parts[1]})")
    return mode + kind


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
        "FlashType",
        lambda v: (1 if int(perl_number(v.val[0])) & 1 << 14 else 0) if flash_bits_set(v, 0) else None,
        require={0: "FlashBits"},
        printed=_printed({0: "Built-In Flash", 1: "External"}),
    ),
    Composite(
        "RedEyeReduction",
        lambda v: (1 if perl_number(v.val[0]) in (3, 4, 6) else 0) if flash_bits_set(v, 1) else None,
        require={0: "CanonFlashMode", 1: "FlashBits"},
        printed=_printed(OFF_ON),
    ),
    Composite(
        "ConditionalFEC",
        lambda v: v.val[0] if flash_bits_set(v, 1) else None,
        require={0: "FlashExposureComp", 1: "FlashBits"},
        printed=lambda v, value: v.prt[0],
    ),
    Composite(
        "ShutterCurtainHack",
        lambda v: (v.val[0] if v.val[0] is not None else 0) if flash_bits_set(v, 1) else None,
        require={1: "FlashBits"},
        desire={0: "ShutterCurtainSync"},
        printed=_printed({0: "1st-curtain sync", 1: "2nd-curtain sync"}),
    ),
    Composite(
        "DigitalZoom",
        canon_digital_zoom,
        require={0: "Canon:ZoomSourceWidth", 1: "Canon:ZoomTargetWidth", 2: "Canon:DigitalZoom"},
        printed=lambda v, value: f"{value:.2f}x",
    ),
    Composite(
        "FileNumber",
        canon_file_number,
        require={0: "DirectoryIndex", 1: "FileIndex"},
        printed=lambda v, value: re.sub(r"(\d+)(\d{4})", r"\1-\2", value, count=1),
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
        "AdvancedSceneMode",
        lambda v: " ".join(text_of(x) for x in v.val[:3]),
        require={0: "Model", 1: "SceneMode", 2: "AdvancedSceneType"},
        printed=lambda v, value: print_advanced_scene_mode(value),
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
            5: "XMP:Flash",  # the structure itself, whose fields are read flattened above
        },
        printed=lambda v, value: EXIF_TABLE.rows["Flash"](value),
    ),
]
