"""Printed values of ExifTool's NikonCapture tables for the NikonCapture group (NikonCapture.pm,
12.57), keyed by tag name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its
expressions as the named printers of :mod:`.functions`. The Main, Brightness, ColorBoost, CropData,
DLightingHQ, DLightingHS, Exposure, HighlightData, NoiseReduction, PhotoEffects, PictureCtrl,
RedEyeData, UnsharpData, WBAdjData tables feed the NikonCapture group; where a later one prints a
name of an earlier one otherwise, its rows are a :class:`..table.Source` known by the tags only it
has."""

from ..convert import lookup
from ..table import Table
from .common import NO_YES, OFF_LOW_MEDIUM_HIGH, OFF_ON
from .functions import (
    sprintf,
)

# Printers several tables share.
UNSHARP1_COLOR = lookup({0: "RGB", 1: "Red", 2: "Green", 3: "Blue", 4: "Yellow", 5: "Magenta", 6: "Cyan"})


TABLES: dict[str, Table] = {
    "NikonCapture": Table(
        rows={
            "LCHEditor": lookup(OFF_ON),
            "ColorAberrationControl": lookup(OFF_ON),
            "D-LightingHQ": lookup(OFF_ON),
            "QuickFix": lookup(OFF_ON),
            "ColorBooster": lookup(OFF_ON),
            "D-LightingHQSelected": lookup(NO_YES),
            "NoiseReduction": lookup(OFF_ON),
            "UnsharpMask": lookup(OFF_ON),
            "Curves": lookup(OFF_ON),
            "ColorBalanceAdj": lookup(OFF_ON),
            "AdvancedRaw": lookup(OFF_ON),
            "WhiteBalanceAdj": lookup(OFF_ON),
            "VignetteControl": lookup(OFF_ON),
            "FlipHorizontal": lookup(NO_YES),
            "PhotoEffects": lookup(OFF_ON),
            "D-LightingHS": lookup(OFF_ON),
            "PictureControl": lookup(OFF_ON),
            "AutoRedEye": lookup(OFF_ON),
            "ImageDustOff": lookup(OFF_ON),
            "EnhanceDarkTones": lookup(OFF_ON),
            "ColorBoostType": lookup({0: "Nature", 1: "People"}),
            "ExposureAdj2": sprintf("%.4f"),
            "ActiveD-Lighting": lookup(OFF_ON),
            "ActiveD-LightingMode": lookup(
                {
                    0: "Unchanged",
                    1: "Off",
                    2: "Low",
                    3: "Normal",
                    4: "High",
                    6: "Extra High",
                    7: "Extra High 1",
                    8: "Extra High 2",
                }
            ),
            "EdgeNoiseReduction": lookup(OFF_ON),
            "ColorMoireReductionMode": lookup(OFF_LOW_MEDIUM_HIGH),
            "NoiseReductionMethod": lookup({0: "Faster", 1: "Better Quality", 2: "Better Quality 2013"}),
            "ColorMoireReduction": lookup(OFF_ON),
            "PhotoEffectsType": lookup({0: "None", 1: "B&W", 2: "Sepia", 3: "Tinted"}),
            "PictureControlActive": lookup(OFF_ON),
            "RedEyeCorrection": lookup({0: "Off", 1: "Automatic", 2: "Click on Eyes"}),
            "Unsharp1Color": UNSHARP1_COLOR,
            "Unsharp2Color": UNSHARP1_COLOR,
            "Unsharp3Color": UNSHARP1_COLOR,
            "Unsharp4Color": UNSHARP1_COLOR,
            "WBAdjMode": lookup(
                {
                    1: "Use Gray Point",
                    2: "Recorded Value",
                    3: "Use Temperature",
                    4: "Calculate Automatically",
                    5: "Auto2",
                    6: "Underwater",
                    7: "Auto1",
                }
            ),
            "WBAdjLighting": lookup(
                {
                    0: "None",
                    256: "Incandescent",
                    512: "Daylight (direct sunlight)",
                    513: "Daylight (shade)",
                    514: "Daylight (cloudy)",
                    768: "Standard Fluorescent (warm white)",
                    769: "Standard Fluorescent (3700K)",
                    770: "Standard Fluorescent (cool white)",
                    771: "Standard Fluorescent (5000K)",
                    772: "Standard Fluorescent (daylight)",
                    773: "Standard Fluorescent (high temperature mercury vapor)",
                    1024: "High Color Rendering Fluorescent (warm white)",
                    1025: "High Color Rendering Fluorescent (3700K)",
                    1026: "High Color Rendering Fluorescent (cool white)",
                    1027: "High Color Rendering Fluorescent (5000K)",
                    1028: "High Color Rendering Fluorescent (daylight)",
                    1280: "Flash",
                    1281: "Flash (FL-G1 filter)",
                    1282: "Flash (FL-G2 filter)",
                    1283: "Flash (TN-A1 filter)",
                    1284: "Flash (TN-A2 filter)",
                    1536: "Sodium Vapor Lamps",
                },
                hex_unknown=True,
            ),
        },
    ),
}
