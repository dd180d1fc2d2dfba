"""The rows of ExifTool's Nikon tables that print a name of the Nikon group otherwise than the
family's rows (Nikon.pm, 12.57), as :class:`..table.Source` entries chosen the way ExifTool
chooses the table: by the AFInfo2Version and ContrastDetectAF (AFInfo2), the
PictureControlVersion (PictureControl, PictureControl2/3), the ShotInfoVersion (the ShotInfo
tables of the D40, D50, D80, D200, D2X) or the camera model (the Z-series VRInfo, the D70's
ShootingMode)."""

from ..convert import lookup
from ..table import Source, all_of, lacks_tag, model, value_matches
from .common import OFF_ON
from .functions import format_string_or, picture_control, shooting_mode

# Picture Control settings, version 1 (PictureControl): whole steps; 2 and 3: quarter steps.
PICTURE_CONTROL_1 = {
    "Sharpness": format_string_or(picture_control("No Sharpening", "%d")),
    "Contrast": format_string_or(picture_control()),
    "Brightness": picture_control(),
    "Saturation": format_string_or(picture_control()),
    "HueAdjustment": format_string_or(picture_control("None")),
    "ToningSaturation": lambda value: "n/a" if value == 0x7F else value,
}
PICTURE_CONTROL_2 = {
    **{tag: format_string_or(picture_control("None", "%.2f", 4)) for tag in ("Sharpness", "Contrast", "Saturation")},
    **{tag: picture_control("None", "%.2f", 4) for tag in ("Clarity", "Hue", "MidRangeSharpness", "ToningSaturation")},
    "Brightness": picture_control("Normal", "%.2f", 4),
}
# AFInfo2 (AFInfo2Version below 0400) names AFAreaMode by the kind of AF that was used.
AF_AREA_MODE_PHASE_DETECT = {
    0: "Single Area",
    1: "Dynamic Area",
    2: "Dynamic Area (closest subject)",
    3: "Group Dynamic",
    4: "Dynamic Area (9 points)",
    5: "Dynamic Area (21 points)",
    6: "Dynamic Area (51 points)",
    7: "Dynamic Area (51 points, 3D-tracking)",
    8: "Auto-area",
    9: "Dynamic Area (3D-tracking)",
    10: "Single Area (wide)",
    11: "Dynamic Area (wide)",
    12: "Dynamic Area (wide, 3D-tracking)",
    13: "Group Area",
    14: "Dynamic Area (25 points)",
    15: "Dynamic Area (72 points)",
    16: "Group Area (HL)",
    17: "Group Area (VL)",
    18: "Dynamic Area (49 points)",
    128: "Single",
    129: "Auto (41 points)",
    130: "Subject Tracking (41 points)",
    131: "Face Priority (41 points)",
    192: "Pinpoint",
    193: "Single",
    195: "Wide (S)",
    196: "Wide (L)",
    197: "Auto",
}
AF_AREA_MODE_CONTRAST_DETECT = {
    0: "Contrast-detect",
    1: "Contrast-detect (normal area)",
    2: "Contrast-detect (wide area)",
    3: "Contrast-detect (face priority)",
    4: "Contrast-detect (subject tracking)",
    128: "Single",
    129: "Auto (41 points)",
    130: "Subject Tracking (41 points)",
    131: "Face Priority (41 points)",
    192: "Pinpoint",
    193: "Single",
    194: "Dynamic",
    195: "Wide (S)",
    196: "Wide (L)",
    197: "Auto",
    198: "Auto (People)",
    199: "Auto (Animal)",
    200: "Normal-area AF",
    201: "Wide-area AF",
    202: "Face-priority AF",
    203: "Subject-tracking AF",
    204: "Dynamic Area (S)",
    205: "Dynamic Area (M)",
    206: "Dynamic Area (L)",
    207: "3D-tracking",
}
AF_AREA_MODE_V0400 = {
    192: "Pinpoint",
    193: "Single",
    195: "Wide (S)",
    196: "Wide (L)",
    197: "Auto",
    204: "Dynamic Area (S)",
    205: "Dynamic Area (M)",
    206: "Dynamic Area (L)",
    207: "3D-tracking",
    208: "Wide (C1/C2)",
}
AF_INFO2 = value_matches("Nikon", "AFInfo2Version", r"0[0-3]")

# Nikon.pm Main 0x0092 HueAdjustment has no conversion: without Picture Control it is a number.
MAIN_HUE = {"HueAdjustment": None}

SOURCES = (
    Source(
        "Nikon::AFInfo2 (phase detect)",
        all_of(AF_INFO2, value_matches("Nikon", "ContrastDetectAF", r"0$")),
        {"AFAreaMode": lookup(AF_AREA_MODE_PHASE_DETECT)},
    ),
    Source("Nikon::AFInfo2 (contrast detect)", AF_INFO2, {"AFAreaMode": lookup(AF_AREA_MODE_CONTRAST_DETECT)}),
    Source(
        "Nikon::AFInfo2V0400",
        value_matches("Nikon", "AFInfo2Version", r"0[4-9]"),
        {"AFAreaMode": lookup(AF_AREA_MODE_V0400)},
    ),
    Source("Nikon::PictureControl", value_matches("Nikon", "PictureControlVersion", r"01"), PICTURE_CONTROL_1),
    Source("Nikon::PictureControl2", value_matches("Nikon", "PictureControlVersion", r"0[23]"), PICTURE_CONTROL_2),
    Source("Nikon::Main", lacks_tag("Nikon", "PictureControlVersion PictureControlName"), MAIN_HUE),
    Source(
        "Nikon::ShotInfo (D200)",
        value_matches("Nikon", "ShotInfoVersion", r"0207$"),
        {"VibrationReduction": lookup({0: "Off", 1: "On (1)", 2: "On (2)", 3: "On (3)"})},
    ),
    Source(
        "Nikon::ShotInfo (D2X, D40)",
        value_matches("Nikon", "ShotInfoVersion", r"020[49]$"),
        {"VibrationReduction": lookup(OFF_ON)},
    ),
    Source(
        "Nikon::ShotInfo (D50)",
        value_matches("Nikon", "ShotInfoVersion", r"0205$"),
        {"VibrationReduction": lookup({0: "n/a", 12: "Off", 15: "On"})},
    ),
    Source(
        "Nikon::ShotInfoD80",
        value_matches("Nikon", "ShotInfoVersion", r"0208$"),
        {"VibrationReduction": lookup({0: "Off", 3: "On"})},
    ),
    Source(
        "Nikon::VRInfo (Z series thru 2021)",
        model(r"(?i)^NIKON Z (5|50|6|6_2|7|7_2|fc|9)\b"),
        {"VRMode": lookup({0: "Off", 1: "Normal", 3: "Sport"})},
    ),
    Source("Nikon::Main (D70)", model(r"D70\b"), {"ShootingMode": shooting_mode("Unused LE-NR Slowdown")}),
)
