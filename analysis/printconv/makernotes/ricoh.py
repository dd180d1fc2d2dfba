"""Printed values of ExifTool's Ricoh tables for the Ricoh group (Ricoh.pm, 12.57), keyed by tag name:
ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as the named
printers of :mod:`.functions`. The Main, ImageInfo, Subdir, Text tables feed the Ricoh group; where
a later one prints a name of an earlier one otherwise, its rows are a :class:`..table.Source` known
by the tags only it has."""

from ..convert import lookup
from ..table import Source, Table, has_tag
from .common import OFF_LOW_MEDIUM_HIGH, OFF_ON
from .functions import (
    hundredths,
    if_nonzero,
    sprintf,
)

IMAGEINFO_ROWS = {
    "FlashMode": lookup({0: "Off", 1: "Auto", 2: "On"}),
    "Saturation": lookup({0: "High", 1: "Normal", 2: "Low", 3: "B&W", 6: "Toning Effect", 9: "Vivid", 10: "Natural"}),
    "Sharpness": lookup({0: "Sharp", 1: "Normal", 2: "Soft"}),
    "WhiteBalance": lookup(
        {
            0: "Auto",
            1: "Daylight",
            2: "Cloudy",
            3: "Tungsten",
            4: "Fluorescent",
            5: "Manual",
            7: "Detail",
            9: "Multi-pattern Auto",
        }
    ),
}


SUBDIR_ROWS = {
    "NoiseReduction": lookup({0: "Off", 1: "Weak", 2: "Strong", 3: "Max"}),
}


TEXT_ROWS = {
    "FirmwareVersion": hundredths(r"^(\d+)$"),
}


TABLES: dict[str, Table] = {
    "Ricoh": Table(
        rows={
            "FirmwareVersion": hundredths(r"^Rev(\d+)$"),
            "RecordingFormat": lookup({2: "JPEG", 3: "DNG"}),
            "ImageInfo": lookup(
                {
                    1: "Auto",
                    2: "Program AE",
                    3: "Aperture-priority AE",
                    4: "Shutter speed priority AE",
                    5: "Shutter/aperture priority AE",
                    6: "Manual",
                    7: "Movie",
                }
            ),
            "DriveMode": lookup({0: "Single-frame", 1: "Continuous", 8: "AF-priority Continuous"}),
            "Sharpness": None,
            "FocusMode": lookup(
                {
                    1: "Manual",
                    2: "Multi AF",
                    3: "Spot AF",
                    4: "Snap",
                    5: "Infinity",
                    7: "Face Detect",
                    8: "Subject Tracking",
                    9: "Pinpoint AF",
                    10: "Movie",
                }
            ),
            "AutoBracketing": lookup({0: "Off", 9: "AE", 11: "WB", 16: "DR", 17: "Contrast", 18: "WB2", 19: "Effect"}),
            "MacroMode": lookup(OFF_ON),
            "FlashMode": lookup(
                {
                    0: "Off",
                    1: "Auto, Fired",
                    2: "On",
                    3: "Auto, Fired, Red-eye reduction",
                    4: "Slow Sync",
                    5: "Manual",
                    6: "On, Red-eye reduction",
                    7: "Synchro, Red-eye reduction",
                    8: "Auto, Did not fire",
                }
            ),
            "FlashExposureComp": if_nonzero(sprintf("%+.1f")),
            "ManualFlashOutput": lookup(
                {
                    -288: "1/64",
                    -240: "1/32",
                    -216: "1/22",
                    -192: "1/16",
                    -168: "1/11",
                    -144: "1/8",
                    -120: "1/5.6",
                    -96: "1/4",
                    -72: "1/2.8",
                    -48: "1/2",
                    -24: "1/1.4",
                    0: "Full",
                }
            ),
            "FullPressSnap": lookup(OFF_ON),
            "DynamicRangeExpansion": lookup({0: "Off", 3: "Weak", 4: "Medium", 5: "Strong"}),
            "NoiseReduction": lookup({0: "Off", 1: "Weak", 2: "Medium", 3: "Strong"}),
            "ImageEffects": lookup(
                {
                    0: "Standard",
                    1: "Vivid",
                    3: "Black & White",
                    5: "B&W Toning Effect",
                    6: "Setting 1",
                    7: "Setting 2",
                    9: "High-contrast B&W",
                    10: "Cross Process",
                    11: "Positive Film",
                    12: "Bleach Bypass",
                    13: "Retro",
                    15: "Miniature",
                    17: "High Key",
                }
            ),
            "Vignetting": lookup(OFF_LOW_MEDIUM_HIGH),
            "Contrast": lookup({2147483647: "MAX"}),
            "ToningEffect": lookup(
                {0: "Off", 1: "Sepia", 2: "Red", 3: "Green", 4: "Blue", 5: "Purple", 6: "B&W", 7: "Color"}
            ),
            "HueAdjust": lookup({0: "Off", 1: "Basic", 2: "Magenta", 3: "Yellow", 4: "Normal", 5: "Warm", 6: "Cool"}),
            "WideAdapter": lookup({0: "Not Attached", 2: "Attached"}),
            "CropMode": lookup({0: "Off", 1: "On (35mm)", 2: "On (47mm)"}),
            "NDFilter": lookup(OFF_ON),
            "AFStatus": lookup({0: "Out of Focus", 1: "In Focus"}),
            "AFAreaMode": lookup({0: "Auto", 2: "Manual"}),
            "FocalLength": sprintf("%.1f mm"),
            "Macro": lookup(OFF_ON),
            "ISOSetting": lookup(
                {0: "Auto", 1: 64, 2: 100, 4: 200, 6: 400, 7: 800, 8: 1600, 9: "Auto", 10: 3200, 11: "100 (Low)"}
            ),
        },
        sources=(
            Source(
                "Ricoh::ImageInfo",
                has_tag(
                    "Ricoh",
                    """
                28 ISOSetting Macro PreviewImageLength PreviewImageStart RicohDate RicohImageHeight
                RicohImageWidth
                """,
                ),
                IMAGEINFO_ROWS,
            ),
            Source(
                "Ricoh::Subdir",
                has_tag(
                    "Ricoh",
                    """
                FaceInfo FirmwareInfo ManufactureDate1 ManufactureDate2 SerialInfo
                """,
                ),
                SUBDIR_ROWS,
            ),
            Source(
                "Ricoh::Text",
                has_tag(
                    "Ricoh",
                    """
                BlueGain GreenGain RedGain
                """,
                ),
                TEXT_ROWS,
            ),
        ),
    ),
}
