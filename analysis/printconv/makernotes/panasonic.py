"""Printed values of ExifTool's Panasonic maker-note tables
(Panasonic.pm, 12.57), keyed by
tag name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions
as the named printers of :mod:`.functions`. Where tables of one group name a tag alike with
different conversions, the main table's (else the one the engine reads) is kept."""

from ..convert import dotted, fraction, lookup
from ..table import Table, names
from .common import (
    CAMERA_ORIENTATION_SONY,
    NO_YES,
    NO_YES_NIKON_SETTINGS,
    NORMAL,
    OFF_ON,
    OFF_ON_NIKON_SETTINGS,
    VIDEO_FRAME_RATE,
)
from .functions import lookup_or_same, sprintf, with_alternatives

NOISE_REDUCTION_PANASONIC = {
    0: "Standard",
    1: "Low (-1)",
    2: "High (+1)",
    3: "Lowest (-2)",
    4: "Highest (+2)",
    5: "+5",
    6: "+6",
    65531: "-5",
    65532: "-4",
    65533: "-3",
    65534: "-2",
    65535: "-1",
}

OPTICAL_ZOOM_MODE = {
    1: "Standard",
    2: "Extended",
}

FILTER_EFFECT_PANASONIC = {
    "0 0": "Off",
    "0 1": "Expressive",
    "0 1024": "Dynamic Monochrome",
    "0 1048576": "Sunshine",
    "0 134217728": "Silky Monochrome",
    "0 16": "High Dynamic",
    "0 16384": "One Point Color",
    "0 2": "Retro",
    "0 2048": "Soft Focus",
    "0 2097152": "Bleach Bypass",
    "0 256": "Low Key",
    "0 32": "Miniature Effect",
    "0 32768": "Star Filter",
    "0 33554432": "Monochrome",
    "0 4": "High Key",
    "0 4096": "Impressive Art",
    "0 4194304": "Toy Pop",
    "0 512": "Toy Effect",
    "0 524288": "Old Days",
    "0 67108864": "Rough Monochrome",
    "0 8": "Sepia",
    "0 8192": "Cross Process",
    "0 8388608": "Fantasy",
}

TIMER_RECORDING = {
    0: "Off",
    1: "Time Lapse",
    2: "Stop-motion Animation",
    3: "Focus Bracketing",
}

SELF_TIMER_PANASONIC = {
    0: "Off (0)",
    1: "Off",
    2: "10 s",
    258: "2 s after shutter pressed",
    266: "10 s after shutter pressed",
    3: "2 s",
    4: "10 s / 3 pictures",
    778: "3 photos after 10 s",
}

WORLD_TIME_LOCATION = {
    1: "Home",
    2: "Destination",
}

PROGRAM_ISO = {
    -1: "n/a",
    65534: "Intelligent ISO",
    65535: "n/a",
}

MONOCHROME_FILTER_EFFECT = {
    0: "Off",
    1: "Yellow",
    2: "Orange",
    3: "Red",
    4: "Green",
}

CAMERA_ORIENTATION_PANASONIC = {
    0: "Normal",
    1: "Rotate CW",
    2: "Rotate 180",
    3: "Rotate CCW",
    4: "Tilt Upwards",
    5: "Tilt Downwards",
}

# Lookup values several printers build on (ExifTool's hashes, one holding all of another's).
INTELLIGENT_EXPOSURE = {
    0: "Off",
    1: "Low",
    2: "Standard",
    3: "High",
}
CONTRAST_VALUES = {0: "Low", 1: "Medium Low", 2: "Normal", 3: "Medium High", 4: "High"}


INTELLIGENT_RESOLUTION = {**INTELLIGENT_EXPOSURE, 4: "Extended"}

SENSOR_TYPE = {
    0: "Multi-aspect",
    1: "Standard",
}

TRANSFORM = {
    "-1 1": "Slim Low",
    "-3 2": "Slim High",
    "0 0": "Off",
    "1 1": "Stretch Low",
    "3 2": "Stretch High",
}

IMAGE_QUALITY_PANASONIC = {
    1: "TIFF",
    11: "Full HD Movie",
    12: "4k Movie",
    2: "High",
    3: "Normal",
    6: "Very High",
    7: "RAW",
    9: "Motion Picture",
}

AF_ASSIST_LAMP = {
    1: "Fired",
    2: "Enabled but Not Used",
    3: "Disabled but Required",
    4: "Disabled and Not Required",
}

COLOR_MODE_PANASONIC = {
    0: "Normal",
    1: "Natural",
    2: "Vivid",
}

MACRO_MODE_PANASONIC = {
    1: "On",
    2: "Off",
    257: "Tele-Macro",
    513: "Macro Zoom",
}

CONVERSION_LENS = {
    1: "Off",
    2: "Wide",
    3: "Telephoto",
    4: "Macro",
}

SHOOTING_MODE = {
    1: "Normal",
    10: "Spot",
    11: "Manual",
    12: "Movie Preview",
    13: "Panning",
    14: "Simple",
    15: "Color Effects",
    16: "Self Portrait",
    17: "Economy",
    18: "Fireworks",
    19: "Party",
    2: "Portrait",
    20: "Snow",
    21: "Night Scenery",
    22: "Food",
    23: "Baby",
    24: "Soft Skin",
    25: "Candlelight",
    26: "Starry Night",
    27: "High Sensitivity",
    28: "Panorama Assist",
    29: "Underwater",
    3: "Scenery",
    30: "Beach",
    31: "Aerial Photo",
    32: "Sunset",
    33: "Pet",
    34: "Intelligent ISO",
    35: "Clipboard",
    36: "High Speed Continuous Shooting",
    37: "Intelligent Auto",
    39: "Multi-aspect",
    4: "Sports",
    41: "Transform",
    42: "Flash Burst",
    43: "Pin Hole",
    44: "Film Grain",
    45: "My Color",
    46: "Photo Frame",
    48: "Movie",
    5: "Night Portrait",
    51: "HDR",
    52: "Peripheral Defocus",
    55: "Handheld Night Shot",
    57: "3D",
    59: "Creative Control",
    6: "Program",
    60: "Intelligent Auto Plus",
    62: "Panorama",
    63: "Glass Through",
    64: "HDR",
    66: "Digital Filter",
    67: "Clear Portrait",
    68: "Silky Skin",
    69: "Backlit Softness",
    7: "Aperture Priority",
    70: "Clear in Backlight",
    71: "Relaxing Tone",
    72: "Sweet Child's Face",
    73: "Distinct Scenery",
    74: "Bright Blue Sky",
    75: "Romantic Sunset Glow",
    76: "Vivid Sunset Glow",
    77: "Glistening Water",
    78: "Clear Nightscape",
    79: "Cool Night Sky",
    8: "Shutter Priority",
    80: "Warm Glowing Nightscape",
    81: "Artistic Nightscape",
    82: "Glittering Illuminations",
    83: "Clear Night Portrait",
    84: "Soft Image of a Flower",
    85: "Appetizing Food",
    86: "Cute Dessert",
    87: "Freeze Animal Motion",
    88: "Clear Sports Shot",
    89: "Monochrome",
    9: "Macro",
    90: "Creative Control",
    92: "Handheld Night Shot",
}

SHUTTER_TYPE_PANASONIC = {
    0: "Mechanical",
    1: "Electronic",
    2: "Hybrid",
}

AUDIO = {
    1: "Yes",
    2: "No",
    3: "Stereo",
}

POST_FOCUS_MERGING = {
    "0 0": "Post Focus Auto Merging or None",
}

DIFFRACTION_CORRECTION = {
    0: "Off",
    1: "Auto",
}

JPEG_QUALITY_PANASONIC = {
    0: "n/a (Movie)",
    2: "High",
    255: "n/a (RAW only)",
    3: "Standard",
    6: "Very High",
}

HDR_SHOT = {
    0: "Off",
    3: "On",
}

WHITE_BALANCE_PANASONIC = {
    1: "Auto",
    10: "Black & White",
    11: "Manual 2",
    12: "Shade",
    13: "Kelvin",
    14: "Manual 3",
    15: "Manual 4",
    19: "Auto (cool)",
    2: "Daylight",
    3: "Cloudy",
    4: "Incandescent",
    5: "Manual",
    8: "Flash",
}

IMAGE_STABILIZATION_PANASONIC = {
    10: "Dual IS Panning",
    11: "Dual2 IS",
    12: "Dual2 IS Panning",
    2: "On, Optical",
    3: "Off",
    4: "On, Mode 2",
    5: "On, Optical Panning",
    6: "On, Body-only",
    7: "On, Body-only Panning",
    9: "Dual IS",
}

SCENE_MODE_PANASONIC = {**SHOOTING_MODE, 0: "Off"}

COLOR_EFFECT = {
    1: "Off",
    2: "Warm",
    3: "Cool",
    4: "Black & White",
    5: "Sepia",
    6: "Happy",
    8: "Vivid",
}

FOCUS_MODE_PANASONIC = {
    1: "Auto",
    2: "Manual",
    4: "Auto, Focus button",
    5: "Auto, Continuous",
    6: "AF-S",
    7: "AF-C",
    8: "AF-F",
}

FLASH_WARNING = {
    0: "No",
    1: "Yes (flash required but disabled)",
}

VIDEO_BURST_RESOLUTION = {
    1: "Off or 4K",
    4: "6K",
}

PHOTO_STYLE = {
    0: "Auto",
    1: "Standard or Custom",
    11: "L. Monochrome",
    12: "Like709",
    15: "L. Monochrome D",
    17: "V-Log",
    18: "Cinelike D2",
    2: "Vivid",
    3: "Natural",
    4: "Monochrome",
    5: "Scenery",
    6: "Portrait",
    8: "Cinelike D",
    9: "Cinelike V",
}

FLASH_CURTAIN = {
    0: "n/a",
    1: "1st",
    2: "2nd",
}

AF_AREA_MODE_PANASONIC = {
    "0 1": "Spot Mode On",
    "0 16": "Spot Mode Off",
}

VIDEO_PREBURST = {
    0: "No",
    1: "4K or 6K",
}

HDR_PANASONIC = {
    0: "Off",
    100: "1 EV",
    200: "2 EV",
    300: "3 EV",
    32868: "1 EV (Auto)",
    32968: "2 EV (Auto)",
    33068: "3 EV (Auto)",
}

FILM_MODE = {
    0: "n/a",
    1: "Standard (color)",
    10: "Nostalgic",
    11: "Vibrant",
    2: "Dynamic (color)",
    3: "Nature (color)",
    4: "Smooth (color)",
    5: "Standard (B&W)",
    6: "Dynamic (B&W)",
    7: "Smooth (B&W)",
}

BURST_MODE = {
    0: "Off",
    1: "On",
    17: "On (with flash)",
    18: "Aperture Bracketing",
    2: "Auto Exposure Bracketing (AEB)",
    3: "Focus Bracketing",
    4: "Unlimited",
    8: "White Balance Bracketing",
}

HIGHLIGHT_WARNING = {
    0: "Disabled",
    1: "No",
    2: "Yes",
}

VIDEO_BURST_MODE = {
    1: "Off",
    1032: "Focus Stacking",
    2064: "6K Burst",
    2080: "6K Burst (Start/Stop)",
    24: "4K Burst",
    264: "Loop Recording",
    4: "Post Focus",
    40: "4K Burst (Start/Stop)",
    4097: "High Resolution Mode",
    72: "4K Pre-burst",
}

BATTERY_LEVEL = {
    1: "Full",
    2: "Medium",
    256: "n/a",
    3: "Low",
    4: "Near Empty",
    7: "Near Full",
    8: "Medium Low",
}

MULTI_EXPOSURE_PANASONIC = {
    0: "n/a",
    1: "Off",
    2: "On",
}

SWEEP_PANORAMA_DIRECTION_PANASONIC = {
    0: "Off",
    1: "Left to Right",
    2: "Right to Left",
    3: "Top to Bottom",
    4: "Bottom to Top",
}

CONTRAST_MODE = {
    0: "Normal",
    1: "Low",
    13: "High Dynamic",
    2: "High",
    24: "Dynamic Range (film-like)",
    256: "Low",
    272: "Normal",
    288: "High",
    46: "Match Filter Effects Toy",
    5: "Normal 2",
    55: "Match Photo Style L. Monochrome",
    6: "Medium Low",
    7: "Medium High",
}

BRACKET_SETTINGS = {
    0: "No Bracket",
    1: "3 Images, Sequence 0/-/+",
    2: "3 Images, Sequence -/0/+",
    3: "5 Images, Sequence 0/-/+",
    4: "5 Images, Sequence -/0/+",
    5: "7 Images, Sequence 0/-/+",
    6: "7 Images, Sequence -/0/+",
}

# The lookups of this family's other ExifTool tables for names they print otherwise (Main first):
# each is tried in turn after the row above by :func:`.functions.with_alternatives`, so a value
# one table does not know prints by the table that does.
ALTERNATIVES = {
    "AFAreaMode": (
        lookup(
            {
                16: "Normal?",
                "0 1": "9-area",
                "0 16": "3-area (high speed)",
                "0 225": "225-area",
                "0 23": "23-area",
                "0 49": "49-area",
                "1 0": "Spot Focusing",
                "1 1": "5-area",
                "128 0": "Pinpoint focus",
                "16 0": "1-area",
                "16 16": "1-area (high speed)",
                "240 0": "Tracking",
                "32 0": "Tracking",
                "32 1": "3-area (left)?",
                "32 2": "3-area (center)?",
                "32 3": "3-area (right)?",
                "64 0": "Face Detect",
                "64 1": "Face Detect (animal detect on)",
                "64 2": "Face Detect (animal detect off)",
            }
        ),
        lookup(AF_AREA_MODE_PANASONIC),
    ),
    "Contrast": (
        lookup(NORMAL),
        lookup(CONTRAST_VALUES),
    ),
    "ContrastMode": (
        lookup(CONTRAST_MODE),
        lookup(
            {
                0: "-2",
                1: "-1",
                2: "Normal",
                3: "+1",
                4: "+2",
                5: "Normal 2",
                7: "Nature (Color Film)",
                9: "Expressive",
                12: "Smooth (Color Film) or Pure (My Color)",
                17: "Dynamic (B&W Film)",
                22: "Smooth (B&W Film)",
                25: "High Dynamic",
                26: "Retro",
                27: "Dynamic (Color Film)",
                28: "Low Key",
                29: "Toy Effect",
                32: "Vibrant (Color Film) or Expressive (My Color)",
                33: "Elegant (My Color)",
                37: "Nostalgic (Color Film)",
                41: "Dynamic Art (My Color)",
                42: "Retro (My Color)",
                45: "Cinema",
                47: "Dynamic Mono",
                50: "Impressive Art",
                51: "Cross Process",
                100: "High Dynamic 2",
                101: "Retro 2",
                102: "High Key 2",
                103: "Low Key 2",
                104: "Toy Effect 2",
                107: "Expressive 2",
                112: "Sepia",
                117: "Miniature",
                122: "Dynamic Monochrome",
                127: "Old Days",
                132: "Dynamic Monochrome 2",
                135: "Impressive Art 2",
                136: "Cross Process 2",
                137: "Toy Pop",
                138: "Fantasy",
                256: "Normal 3",
                272: "Standard",
                288: "High",
            }
        ),
        lookup({0: "Normal", 1: "-2", 2: "+2", 5: "-1", 6: "+1"}),
    ),
    "JPEGQuality": (
        lookup(JPEG_QUALITY_PANASONIC),
        lookup({94: "Basic", 97: "Fine"}),
    ),
    "Saturation": (
        lookup(NORMAL),
        lookup({**CONTRAST_VALUES, 5: "Black & White", 6: "Vintage B&W"}),
    ),
    "WhiteBalance": (
        lookup(WHITE_BALANCE_PANASONIC),
        lookup(
            {0: "Auto or Manual", 1: "Daylight", 2: "Fluorescent", 3: "Tungsten", 4: "Flash", 10: "Cloudy", 11: "Shade"}
        ),
        lookup(
            {
                0: "Auto",
                1: "Tungsten",
                2: "Fluorescent",
                3: "Daylight Fluorescent",
                4: "Daylight",
                5: "Flash",
                6: "Cloudy",
                7: "Shade",
                8: "Manual",
                9: "Kelvin",
            }
        ),
    ),
}

TABLES: dict[str, Table] = {
    "Panasonic": Table(
        rows=with_alternatives(
            {
                "NoiseReduction": lookup(NOISE_REDUCTION_PANASONIC),
                "Contrast": lookup(NORMAL),
                "OpticalZoomMode": lookup(OPTICAL_ZOOM_MODE),
                "FilterEffect": lookup(FILTER_EFFECT_PANASONIC),
                "TimerRecording": lookup(TIMER_RECORDING),
                "SelfTimer": lookup(SELF_TIMER_PANASONIC),
                "DynamicRangeBoost": lookup(OFF_ON),
                "WorldTimeLocation": lookup(WORLD_TIME_LOCATION),
                "ProgramISO": lookup_or_same(PROGRAM_ISO),
                "ShadingCompensation": lookup(OFF_ON),
                "MonochromeFilterEffect": lookup(MONOCHROME_FILTER_EFFECT),
                "CameraOrientation": lookup(CAMERA_ORIENTATION_PANASONIC),
                "IntelligentResolution": lookup(INTELLIGENT_RESOLUTION),
                "SensorType": lookup(SENSOR_TYPE),
                "Transform": lookup(TRANSFORM),
                "ImageQuality": lookup(IMAGE_QUALITY_PANASONIC),
                "AFAssistLamp": lookup(AF_ASSIST_LAMP),
                "LensFirmwareVersion": dotted,
                "LongExposureNRUsed": lookup(NO_YES),
                "ColorMode": lookup(COLOR_MODE_PANASONIC),
                "MacroMode": lookup(MACRO_MODE_PANASONIC),
                "DarkFocusEnvironment": lookup(NO_YES_NIKON_SETTINGS),
                "ConversionLens": lookup(CONVERSION_LENS),
                "ShootingMode": lookup(SHOOTING_MODE),
                "ShutterType": lookup(SHUTTER_TYPE_PANASONIC),
                "Audio": lookup(AUDIO),
                "PostFocusMerging": lookup(POST_FOCUS_MERGING),
                "DiffractionCorrection": lookup(DIFFRACTION_CORRECTION),
                "JPEGQuality": lookup(JPEG_QUALITY_PANASONIC),
                "TextStamp": lookup(OFF_ON_NIKON_SETTINGS),
                "Saturation": lookup(NORMAL),
                "HDRShot": lookup(HDR_SHOT),
                "WhiteBalance": lookup(WHITE_BALANCE_PANASONIC),
                "FirmwareVersion": dotted,
                "ImageStabilization": lookup(IMAGE_STABILIZATION_PANASONIC),
                "RedEyeRemoval": lookup(OFF_ON),
                "SceneMode": lookup(SCENE_MODE_PANASONIC),
                "ColorEffect": lookup(COLOR_EFFECT),
                "FocusMode": lookup(FOCUS_MODE_PANASONIC),
                "FlashWarning": lookup(FLASH_WARNING),
                "FlashBias": fraction,
                "VideoBurstResolution": lookup(VIDEO_BURST_RESOLUTION),
                "PhotoStyle": lookup(PHOTO_STYLE),
                "WhiteBalanceBias": fraction,
                "FlashCurtain": lookup(FLASH_CURTAIN),
                "AFAreaMode": lookup(AF_AREA_MODE_PANASONIC),
                "Sharpness": lookup(NORMAL),
                "VideoPreburst": lookup(VIDEO_PREBURST),
                "HDR": lookup(HDR_PANASONIC),
                "ClearRetouch": lookup(OFF_ON),
                "FilmMode": lookup(FILM_MODE),
                "IntelligentExposure": lookup(INTELLIGENT_EXPOSURE),
                "BurstMode": lookup(BURST_MODE),
                "HighlightWarning": lookup(HIGHLIGHT_WARNING),
                "VideoBurstMode": lookup(VIDEO_BURST_MODE, hex_unknown=True),
                "BatteryLevel": lookup(BATTERY_LEVEL),
                "MultiExposure": lookup(MULTI_EXPOSURE_PANASONIC),
                "SweepPanoramaDirection": lookup(SWEEP_PANORAMA_DIRECTION_PANASONIC),
                "VideoFrameRate": lookup_or_same(VIDEO_FRAME_RATE),
                "Rotation": lookup(CAMERA_ORIENTATION_SONY),
                "TouchAE": lookup(OFF_ON),
                "IntelligentD-Range": lookup(INTELLIGENT_EXPOSURE),
                "ContrastMode": lookup(CONTRAST_MODE, hex_unknown=True),
                "BracketSettings": lookup(BRACKET_SETTINGS),
                "ManometerPressure": sprintf("%.1f kPa"),
                "LongExposureNoiseReduction": lookup(OFF_ON_NIKON_SETTINGS),
                "MonochromeGrainEffect": lookup(INTELLIGENT_EXPOSURE),
            },
            ALTERNATIVES,
        ),
        text=names(
            """
            AccessorySerialNumber AccessoryType BabyAge BabyName City City2 Country Landmark
            LensSerialNumber LensType Location Make MakerNoteType Model RecognizedFace1Age
            RecognizedFace1Name RecognizedFace2Age RecognizedFace2Name RecognizedFace3Age
            RecognizedFace3Name State TimeStamp Title Version1 Version2
            """
        ),
    ),
}
