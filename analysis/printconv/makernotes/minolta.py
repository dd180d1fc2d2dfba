"""Printed values of ExifTool's Minolta tables for the Minolta group (Minolta.pm, 12.57), keyed by tag
name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as the
named printers of :mod:`.functions`. The Main, CameraSettings tables feed the Minolta group; where a
later one prints a name of an earlier one otherwise, its rows are a :class:`..table.Source` known by
the tags only it has."""

from ..convert import exposure_time, fraction, lookup, suffix
from ..table import Source, Table, has_tag, model
from .common import NO_YES, NORMAL, OFF_ON
from .functions import (
    if_nonzero,
    rounded,
    sprintf,
)
from .sony import FOCUS_MODE2, SCENE_MODE, TELECONVERTER, ZONE_MATCHING
from .sony_lenses import LENS_TYPES_MINOLTA

# Printers several tables share.
MINOLTA_QUALITY = lookup({0: "Raw", 1: "Super Fine", 2: "Fine", 3: "Standard", 4: "Economy", 5: "Extra fine"})


MAIN_ROWS_DIMAGE_A2_7HI = {
    "MinoltaQuality": MINOLTA_QUALITY,
}


MAIN_ROWS_DIMAGE_A200 = {
    "MinoltaImageSize": lookup(
        {1: "1600x1200", 2: "1280x960", 3: "640x480", 5: "2560x1920", 6: "2272x1704", 7: "2048x1536"}
    ),
}


MAIN_ROWS_DSLR_A100 = {
    "ImageStabilization": lookup(OFF_ON),
}


CAMERASETTINGS_ROWS_DIMAGE_7HI = {
    "ColorProfile": lookup({0: "Not Embedded", 1: "Embedded"}),
    "DataImprint": lookup({0: "None", 1: "YYYY/MM/DD", 2: "MM/DD/HH:MM", 3: "Text", 4: "Text + ID#"}),
}


# Lookup values several printers build on (ExifTool's hashes, one holding all of another's).
COLOR_MODE_VALUES = {0: "Natural color", 1: "Black & White", 2: "Vivid color", 3: "Solarization", 4: "Adobe RGB"}


CAMERASETTINGS_ROWS = {
    "ColorMode": lookup(COLOR_MODE_VALUES),
    "FlashExposureComp": fraction,
    "MinoltaImageSize": lookup(
        {0: "Full", 1: "1600x1200", 2: "1280x960", 3: "640x480", 6: "2080x1560", 7: "2560x1920", 8: "3264x2176"}
    ),
    "MinoltaQuality": lookup({0: "Raw", 1: "Super Fine", 2: "Fine", 3: "Standard", 4: "Economy", 5: "Extra Fine"}),
    "WhiteBalance": None,
}


TABLES: dict[str, Table] = {
    "Minolta": Table(
        rows={
            "SceneMode": lookup(SCENE_MODE),
            "ColorMode": lookup(
                {
                    **COLOR_MODE_VALUES,
                    5: "Sepia",
                    9: "Natural",
                    12: "Portrait",
                    13: "Natural sRGB",
                    14: "Natural+ sRGB",
                    15: "Landscape",
                    16: "Evening",
                    17: "Night Scene",
                    18: "Night Portrait",
                    132: "Embed Adobe RGB",
                }
            ),
            "MinoltaQuality": MINOLTA_QUALITY,
            "Teleconverter": lookup(
                TELECONVERTER,
                hex_unknown=True,
            ),
            "ImageStabilization": lookup({1: "Off", 5: "On"}),
            "RawAndJpgRecording": lookup(OFF_ON),
            "ZoneMatching": lookup(ZONE_MATCHING),
            "LensType": lookup(LENS_TYPES_MINOLTA),
            "WhiteBalance": lookup(
                {
                    0: "Auto",
                    1: "Color Temperature/Color Filter",
                    16: "Daylight",
                    32: "Cloudy",
                    48: "Shade",
                    64: "Tungsten",
                    80: "Flash",
                    96: "Fluorescent",
                    112: "Custom",
                },
                hex_unknown=True,
            ),
            "ExposureMode": lookup({0: "Program", 1: "Aperture Priority", 2: "Shutter Priority", 3: "Manual"}),
            "FlashMode": lookup(
                {0: "Fill flash", 1: "Red-eye reduction", 2: "Rear flash sync", 3: "Wireless", 4: "Off?"}
            ),
            "DriveMode": lookup(
                {
                    0: "Single",
                    1: "Continuous",
                    2: "Self-timer",
                    4: "Bracketing",
                    5: "Interval",
                    6: "UHS continuous",
                    7: "HS continuous",
                }
            ),
            "MeteringMode": lookup({0: "Multi-segment", 1: "Center-weighted average", 2: "Spot"}),
            "ISO": rounded,
            "ExposureTime": exposure_time,
            "FNumber": sprintf("%.1f"),
            "MacroMode": lookup(OFF_ON),
            "DigitalZoom": lookup({0: "Off", 1: "Electronic magnification", 2: "2x"}),
            "ExposureCompensation": fraction,
            "BracketStep": lookup({0: "1/3 EV", 1: "2/3 EV", 2: "1 EV"}),
            "FocalLength": sprintf("%.1f mm"),
            "FocusDistance": if_nonzero(suffix(" m"), "inf"),
            "FlashFired": lookup(NO_YES),
            "MaxAperture": sprintf("%.1f"),
            "FileNumberMemory": lookup(OFF_ON),
            "Saturation": lookup(NORMAL),
            "Contrast": lookup(NORMAL),
            "Sharpness": lookup({0: "Hard", 1: "Normal", 2: "Soft"}),
            "SubjectProgram": lookup(
                {0: "None", 1: "Portrait", 2: "Text", 3: "Night portrait", 4: "Sunset", 5: "Sports action"}
            ),
            "ISOSetting": lookup({0: 100, 1: 200, 2: 400, 3: 800, 4: "Auto", 5: 64}),
            "MinoltaModelID": lookup(
                {
                    0: "DiMAGE 7, X1, X21 or X31",
                    1: "DiMAGE 5",
                    2: "DiMAGE S304",
                    3: "DiMAGE S404",
                    4: "DiMAGE 7i",
                    5: "DiMAGE 7Hi",
                    6: "DiMAGE A1",
                    7: "DiMAGE A2 or S414",
                }
            ),
            "IntervalMode": lookup({0: "Still Image", 1: "Time-lapse Movie"}),
            "FolderName": lookup({0: "Standard Form", 1: "Data Form"}),
            "InternalFlash": lookup({0: "No", 1: "Fired"}),
            "WideFocusZone": lookup(
                {
                    0: "No zone",
                    1: "Center zone (horizontal orientation)",
                    2: "Center zone (vertical orientation)",
                    3: "Left zone",
                    4: "Right zone",
                }
            ),
            "FocusMode": lookup(FOCUS_MODE2),
            "FocusArea": lookup({0: "Wide Focus (normal)", 1: "Spot Focus"}),
            "DECPosition": lookup({0: "Exposure", 1: "Contrast", 2: "Saturation", 3: "Filter"}),
            "FlashMetering": lookup(
                {0: "ADI (Advanced Distance Integration)", 1: "Pre-flash TTL", 2: "Manual flash control"}
            ),
        },
        sources=(
            Source("Minolta::Main", model(r"^DiMAGE (A2|7Hi)$"), MAIN_ROWS_DIMAGE_A2_7HI),
            Source("Minolta::Main", model(r"^(?!.*(?:^DiMAGE A200$))"), MAIN_ROWS_DIMAGE_A200),
            Source("Minolta::Main", model(r"^DSLR\-A100$"), MAIN_ROWS_DSLR_A100),
            Source("Minolta::CameraSettings", model(r"^DiMAGE\ 7Hi$"), CAMERASETTINGS_ROWS_DIMAGE_7HI),
            Source(
                "Minolta::CameraSettings",
                has_tag(
                    "Minolta",
                    """
                BWFilter BracketStep Brightness ColorBalanceBlue ColorBalanceGreen ColorBalanceRed
                ColorFilter ColorProfile Contrast DECPosition DataImprint DigitalZoom DriveMode
                ExposureCompensation ExposureMode ExposureTime FNumber FileNumberMemory FlashFired
                FlashMetering FlashMode FocalLength FocusArea FocusDistance FocusMode FolderName ISO
                ISOSetting InternalFlash IntervalLength IntervalMode IntervalNumber LastFileNumber
                MacroMode MaxAperture MeteringMode MinoltaDate MinoltaModelID MinoltaTime Saturation
                Sharpness SpotFocusPointX SpotFocusPointY SubjectProgram WideFocusZone
                """,
                ),
                CAMERASETTINGS_ROWS,
            ),
        ),
    ),
}
