"""Printed values of ExifTool's Kodak tables for the Kodak group (Kodak.pm, 12.57), keyed by tag name:
ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as the named
printers of :mod:`.functions`. The Main, Type3, Type4 tables feed the Kodak group; where a later one
prints a name of an earlier one otherwise, its rows are a :class:`..table.Source` known by the tags
only it has."""

from ..convert import exposure_time, lookup, text_of
from ..table import Table
from .common import NO_YES, NORMAL, OFF_ON
from .functions import (
    if_nonzero,
    prefixed,
    signed,
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
        },
    ),
}
