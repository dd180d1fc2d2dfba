"""Printed values of ExifTool's Kodak tables for the Kodak group (Kodak.pm, 12.57), keyed by tag name:
ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as the named
printers of :mod:`.functions`. The Main, Type2, Type3, Type4, Type8 (with its sub-IFDs) and Type11
tables feed the Kodak group; where a later one prints a name of an earlier one otherwise, its rows
are a :class:`..table.Source` known by the tags only it has."""

from ..convert import exposure_time, lookup, text_of
from ..table import Source, Table, has_tag
from .common import NO_YES, NORMAL, OFF_ON
from .functions import (
    if_nonzero,
    prefixed,
    signed,
    sprintf,
)

# Kodak.pm SubIFD0 SceneMode
SCENE_MODE = {
    1: "Sport",
    3: "Portrait",
    4: "Landscape",
    6: "Beach",
    7: "Night Portrait",
    8: "Night Landscape",
    9: "Snow",
    10: "Text",
    11: "Fireworks",
    12: "Macro",
    13: "Museum",
    16: "Children",
    17: "Program",
    18: "Aperture Priority",
    19: "Shutter Priority",
    20: "Manual",
    25: "Back Light",
    28: "Candlelight",
    29: "Sunset",
    31: "Panorama Left-right",
    32: "Panorama Right-left",
    33: "Smart Scene",
    34: "High ISO",
}
# Kodak.pm %sceneModeUsed (SubIFD2)
SCENE_MODE_USED = {
    0: "Program",
    2: "Aperture Priority",
    3: "Shutter Priority",
    4: "Manual",
    5: "Portrait",
    6: "Sport",
    7: "Children",
    8: "Museum",
    10: "High ISO",
    11: "Text",
    12: "Macro",
    13: "Back Light",
    16: "Landscape",
    17: "Night Landscape",
    18: "Night Portrait",
    19: "Snow",
    20: "Beach",
    21: "Fireworks",
    22: "Sunset",
    23: "Candlelight",
    28: "Panorama",
}
# Kodak.pm Type8's sub-IFDs print OpticalZoom, which Type3 and others leave as it is; known by
# the tags only those sub-IFDs give.
TYPE8 = Source(
    "Kodak::Type8",
    has_tag("Kodak", "SceneMode SceneModeUsed SensorWidth ThumbnailWidth PreviewImageWidth MaxAperture"),
    {"OpticalZoom": sprintf("%.2f")},
)

TABLES: dict[str, Table] = {
    "Kodak": Table(
        rows={
            "Quality": lookup({1: "Fine", 2: "Normal"}),
            "BurstMode": lookup(OFF_ON),
            "ShutterMode": lookup({0: "Auto", 8: "Aperture Priority", 32: "Manual?"}),
            "MeteringMode": lookup({0: "Multi-segment", 1: "Center-weighted average", 2: "Spot"}),
            "ExposureTime": exposure_time,
            "ExposureCompensation": signed,
            "FocusMode": lookup({0: "Normal", 2: "Macro"}),
            "WhiteBalance": lookup({0: "Auto", 1: "Flash?", 2: "Tungsten", 3: "Daylight"}),
            "FlashMode": lookup(
                {0: "Auto", 1: "Fill Flash", 2: "Off", 3: "Red-Eye", 16: "Fill Flash", 32: "Off", 64: "Red-Eye?"}
            ),
            "FlashFired": lookup(NO_YES),
            "ISOSetting": if_nonzero(text_of, "Auto"),
            "DateTimeStamp": if_nonzero(prefixed("Mode {}"), "Off"),
            "ColorMode": lookup(
                {
                    1: "B&W",
                    2: "Sepia",
                    3: "B&W Yellow Filter",
                    4: "B&W Red Filter",
                    32: "Saturated Color",
                    64: "Neutral Color",
                    256: "Saturated Color",
                    512: "Neutral Color",
                    8192: "B&W",
                    16384: "Sepia",
                }
            ),
            "Sharpness": lookup(NORMAL),
            "SceneMode": lookup(SCENE_MODE),
            "SceneModeUsed": lookup(SCENE_MODE_USED),
            "PictureEffect": lookup({0: "None", 3: "Monochrome", 9: "Kodachrome"}),
        },
        sources=(TYPE8,),
    ),
}
