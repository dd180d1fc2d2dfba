"""Printed values of ExifTool's FujiFilm maker-note tables
(FujiFilm.pm, 12.57), keyed by
tag name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions
as the named printers of :mod:`.functions`. Where tables of one group name a tag alike with
different conversions, the main table's (else the one the engine reads) is kept."""

from typing import Any

from ..convert import exposure_time, flags, lookup, suffix, text_of
from ..table import Table, names
from .common import AUTO_MANUAL, OFF_ON, OFF_ON_NIKON_SETTINGS, RELEASE_FOCUS, VIDEO_FRAME_RATE
from .functions import (
    either,
    flicker_reduction,
    if_nonzero,
    in_turn,
    lookup_or_same,
    signed,
    sprintf,
    sprintf_all,
    with_alternatives,
)

AF_C_SETTING = {
    16: "Set 4 (suddenly appearing subject)",
    258: "Set 1 (multi-purpose)",
    290: "Set 3 (accelerating subject)",
    291: "Set 5 (erratic motion)",
    515: "Set 2 (ignore obstacles)",
}

_CUSTOM_AF_C_SETTING = sprintf("Set 6 (custom 0x%.3x)")


def af_c_setting(value: Any) -> Any:
    """AFCSettings AF-CSetting: the camera's presets by name, others as a custom set in hex."""
    return AF_C_SETTING.get(value) or _CUSTOM_AF_C_SETTING(value)


def zone_size(value: Any) -> str:
    """FocusSettings AFAreaZoneSize: a zone of ``n`` points a side as ``"n x n"``."""
    return f"{text_of(value)} x {text_of(value)}"


AF_C_ZONE_AREA_SWITCHING = {
    0: "Front",
    1: "Auto",
    2: "Center",
}

DRIVE_MODE_FUJI_FILM = {
    0: "Single",
    1: "Continuous Low",
    2: "Continuous High",
}

FACE8_CATEGORY = {
    1: "Partner",
    2: "Family",
    3: "Friend",
}

AF_AREA_MODE_FUJI_FILM = {
    0: "Single Point",
    1: "Zone",
    2: "Wide/Tracking",
}

FOCUS_MODE2_FUJI_FILM = {
    0: "AF-M",
    1: "AF-S",
    2: "AF-C",
}

COLOR_CHROME_EFFECT = {
    0: "Off",
    32: "Weak",
    64: "Strong",
}

PANORAMA_DIRECTION_FUJI_FILM = {
    1: "Right",
    2: "Up",
    3: "Left",
    4: "Down",
}

SHADOW_TONE = {
    -16: "+1 (medium hard)",
    -32: "+2 (hard)",
    -48: "+3 (very hard)",
    -64: "+4 (hardest)",
    0: "0 (normal)",
    16: "-1 (medium soft)",
    32: "-2 (soft)",
}

NOISE_REDUCTION_FUJI_FILM = {
    128: "Normal",
    256: "n/a",
    64: "Low",
}

IMAGE_GENERATION = {
    0: "Original Image",
    1: "Re-developed from RAW",
}

SHARPNESS_FUJI_FILM = {
    0: "-4 (softest)",
    1: "-3 (very soft)",
    130: "-1 (medium soft)",
    132: "+1 (medium hard)",
    2: "-2 (soft)",
    3: "0 (normal)",
    32768: "Film Simulation",
    4: "+2 (hard)",
    5: "+3 (very hard)",
    6: "+4 (hardest)",
    65535: "n/a",
}

CROP_MODE = {
    0: "n/a",
    1: "Full-frame on GFX",
    2: "Sports Finder Mode",
    4: "Electronic Shutter 1.25x Crop",
}

FACE_ELEMENT_TYPES = {
    1: "Face",
    11: "Bike",
    12: "Body of Car",
    13: "Front of Car",
    14: "Animal Body",
    15: "Animal Head",
    16: "Animal Face",
    17: "Animal Left Eye",
    18: "Animal Right Eye",
    19: "Bird Body",
    2: "Left Eye",
    20: "Bird Head",
    21: "Bird Left Eye",
    22: "Bird Right Eye",
    23: "Aircraft Body",
    25: "Aircraft Cockpit",
    26: "Train Front",
    27: "Train Cockpit",
    3: "Right Eye",
    7: "Body",
    8: "Head",
}

PICTURE_MODE_FUJI_FILM = {
    0: "Auto",
    1: "Portrait",
    10: "Sunset",
    11: "Museum",
    12: "Party",
    13: "Flower",
    14: "Text",
    15: "Natural Light & Flash",
    16: "Beach",
    17: "Snow",
    18: "Fireworks",
    19: "Underwater",
    2: "Landscape",
    20: "Portrait with Skin Correction",
    22: "Panorama",
    23: "Night (tripod)",
    24: "Pro Low-light",
    25: "Pro Focus",
    256: "Aperture-priority AE",
    26: "Portrait 2",
    27: "Dog Face Detection",
    28: "Cat Face Detection",
    3: "Macro",
    4: "Sports",
    48: "HDR",
    5: "Night Scene",
    512: "Shutter speed priority AE",
    6: "Program AE",
    64: "Advanced Filter",
    7: "Natural Light",
    768: "Manual",
    8: "Anti-blur",
    9: "Beach & Snow",
}

ADVANCED_FILTER = {
    131072: "Hi Key",
    196608: "Toy Camera",
    262144: "Miniature",
    327680: "Dynamic Tone",
    393217: "Partial Color Red",
    393218: "Partial Color Yellow",
    393219: "Partial Color Green",
    393220: "Partial Color Blue",
    393221: "Partial Color Orange",
    393222: "Partial Color Purple",
    458752: "Soft Focus",
    589824: "Low Key",
    65536: "Pop Color",
}

D_RANGE_PRIORITY = {
    0: "Auto",
    1: "Fixed",
}

EXPOSURE_WARNING = {
    0: "Good",
    1: "Bad exposure",
}

BLUR_WARNING = {
    0: "None",
    1: "Blur Warning",
}

AF_MODE = {
    0: "No",
    1: "Single Point",
    256: "Zone",
    512: "Wide/Tracking",
}

FOCUS_MODE_FUJI_FILM = {
    0: "Auto",
    1: "Manual",
    65535: "Movie",
}

IMAGE_STABILIZATION_FUJI_FILM = {
    0: "None",
    1: "Optical",
    2: "Sensor-shift",
    258: "IBIS/OIS + DIS",
    3: "OIS Lens",
    512: "Digital",
}

IMAGE_STABILIZATION3 = {
    0: "Off",
    1: "On (mode 1, continuous)",
    2: "On (mode 2, shooting only)",
}

CONTRAST_FUJI_FILM = {
    0: "Normal",
    128: "Medium High",
    256: "High",
    32768: "Film Simulation",
    384: "Medium Low",
    512: "Low",
}

SATURATION_FUJI_FILM = {
    0: "0 (normal)",
    1024: "-2 (low)",
    1216: "-3 (very low)",
    1248: "-4 (lowest)",
    128: "+1 (medium high)",
    1280: "Acros",
    1281: "Acros Red Filter",
    1282: "Acros Yellow Filter",
    1283: "Acros Green Filter",
    192: "+3 (very high)",
    224: "+4 (highest)",
    256: "+2 (high)",
    32768: "Film Simulation",
    384: "-1 (medium low)",
    512: "Low",
    768: "None (B&W)",
    769: "B&W Red Filter",
    770: "B&W Yellow Filter",
    771: "B&W Green Filter",
    784: "B&W Sepia",
}

WHITE_BALANCE_FUJI_FILM = {
    0: "Auto",
    1: "Auto (white priority)",
    1024: "Incandescent",
    1280: "Flash",
    1536: "Underwater",
    2: "Auto (ambiance priority)",
    256: "Daylight",
    3840: "Custom",
    3841: "Custom2",
    3842: "Custom3",
    3843: "Custom4",
    3844: "Custom5",
    4080: "Kelvin",
    512: "Cloudy",
    768: "Daylight Fluorescent",
    769: "Day White Fluorescent",
    770: "White Fluorescent",
    771: "Warm White Fluorescent",
    772: "Living Room Warm White Fluorescent",
}

SCENE_RECOGNITION = {
    0: "Unrecognized",
    1024: "Macro",
    256: "Portrait Image",
    259: "Night Portrait",
    261: "Backlit Portrait",
    512: "Landscape Image",
    768: "Night Scene",
}

DYNAMIC_RANGE = {
    1: "Standard",
    3: "Wide",
}

FOCUS_WARNING = {
    0: "Good",
    1: "Out of focus",
}

GRAIN_EFFECT_SIZE = {
    0: "Off",
    16: "Small",
    32: "Large",
}

AUTO_BRACKETING = {
    0: "Off",
    1: "On",
    2: "Pre-shot",
}

COLOR_MODE_FUJI_FILM = {
    0: "Standard",
    16: "Chrome",
    48: "B & W",
}

FILM_MODE_FUJI_FILM = {
    0: "F0/Standard (Provia)",
    1024: "F4/Velvia",
    1280: "Pro Neg. Std",
    1281: "Pro Neg. Hi",
    1536: "Classic Chrome",
    1792: "Eterna",
    2048: "Classic Negative",
    2304: "Bleach Bypass",
    256: "F1/Studio Portrait",
    2560: "Nostalgic Neg",
    272: "F1a/Studio Portrait Enhanced Saturation",
    288: "F1b/Studio Portrait Smooth Skin Tone (Astia)",
    304: "F1c/Studio Portrait Increased Sharpness",
    512: "F2/Fujichrome (Velvia)",
    768: "F3/Studio Portrait Ex",
}

FUJI_FLASH_MODE = {
    0: "Auto",
    1: "On",
    16: "Commander",
    2: "Off",
    3: "Red-eye reduction",
    32768: "Not Attached",
    33056: "TTL",
    33568: "TTL Auto - Did not fire",
    38976: "Manual",
    39008: "Flash Commander",
    39040: "Multi-flash",
    4: "External",
    43296: "1st Curtain (front)",
    43552: "TTL Slow - 1st Curtain (front)",
    43808: "TTL Auto - 1st Curtain (front)",
    44320: "TTL - Red-eye Flash - 1st Curtain (front)",
    44576: "TTL Slow - Red-eye Flash - 1st Curtain (front)",
    44832: "TTL Auto - Red-eye Flash - 1st Curtain (front)",
    51488: "2nd Curtain (rear)",
    51744: "TTL Slow - 2nd Curtain (rear)",
    52000: "TTL Auto - 2nd Curtain (rear)",
    52512: "TTL - Red-eye Flash - 2nd Curtain (rear)",
    52768: "TTL Slow - Red-eye Flash - 2nd Curtain (rear)",
    53024: "TTL Auto - Red-eye Flash - 2nd Curtain (rear)",
    59680: "High Speed Sync (HSS)",
}

VIDEO_RECORDING_MODE = {
    0: "Normal",
    16: "F-log",
    32: "HLG",
    48: "F-log2",
}

SHUTTER_TYPE_FUJI_FILM = {
    0: "Mechanical",
    1: "Electronic",
    2: "Electronic (long shutter speed)",
    3: "Electronic Front Curtain",
}

EXR_MODE = {
    256: "HR (High Resolution)",
    512: "SN (Signal to Noise priority)",
    768: "DR (Dynamic Range priority)",
}

D_RANGE_PRIORITY_AUTO = {
    1: "Weak",
    2: "Strong",
    3: "Plus",
}

DYNAMIC_RANGE_SETTING = {
    0: "Auto",
    1: "Manual",
    256: "Standard (100%)",
    32768: "Film Simulation",
    512: "Wide1 (230%)",
    513: "Wide2 (400%)",
}

CLARITY = {
    -1000: "-1",
    -2000: "-2",
    -3000: "-3",
    -4000: "-4",
    -5000: "-5",
    0: "0",
    1000: "1",
    2000: "2",
    3000: "3",
    4000: "4",
    5000: "5",
}

VIDEO_COMPRESSION = {
    1: "Log GOP",
    2: "All Intra",
}

D_RANGE_PRIORITY_FIXED = {
    1: "Weak",
    2: "Strong",
}

# The lookups of this family's other ExifTool tables for names they print otherwise (Main first):
# each is tried in turn after the row above by :func:`.functions.with_alternatives`, so a value
# one table does not know prints by the table that does.
ALTERNATIVES = {
    "AutoBracketing": (
        lookup({0: "Off", 1: "On", 2: "No flash & flash", 6: "Pixel Shift"}),
        lookup(AUTO_BRACKETING),
    ),
    "Contrast": (
        either(
            lookup({0: "Normal", 256: "High", 768: "Low"}),
            lookup(CONTRAST_FUJI_FILM),
        ),
    ),
    "NoiseReduction": (
        either(
            lookup(
                {
                    0: "0 (normal)",
                    256: "+2 (strong)",
                    384: "+1 (medium strong)",
                    448: "+3 (very strong)",
                    480: "+4 (strongest)",
                    512: "-2 (weak)",
                    640: "-1 (medium weak)",
                    704: "-3 (very weak)",
                    736: "-4 (weakest)",
                }
            ),
            lookup(NOISE_REDUCTION_FUJI_FILM),
        ),
    ),
}

TABLES: dict[str, Table] = {
    "FujiFilm": Table(
        rows=with_alternatives(
            {
                "WhiteBalanceFineTune": sprintf_all("Red %+d, Blue %+d"),
                "FlickerReduction": flicker_reduction,
                "AF-CSetting": af_c_setting,
                "AF-CZoneAreaSwitching": lookup(AF_C_ZONE_AREA_SWITCHING),
                "DriveSpeed": if_nonzero(suffix(" fps"), zero="n/a"),
                "DriveMode": lookup(DRIVE_MODE_FUJI_FILM),
                "Face8Category": flags(FACE8_CATEGORY),
                "Face3Category": flags(FACE8_CATEGORY),
                "Face1Category": flags(FACE8_CATEGORY),
                "Face2Category": flags(FACE8_CATEGORY),
                "Face7Category": flags(FACE8_CATEGORY),
                "Face6Category": flags(FACE8_CATEGORY),
                "Face5Category": flags(FACE8_CATEGORY),
                "Face4Category": flags(FACE8_CATEGORY),
                "AFAreaMode": lookup(AF_AREA_MODE_FUJI_FILM),
                "FocusMode2": lookup(FOCUS_MODE2_FUJI_FILM),
                "AFAreaZoneSize": if_nonzero(zone_size, zero="n/a"),
                "AFAreaPointSize": lookup_or_same(VIDEO_FRAME_RATE),
                "PreAF": lookup(OFF_ON),
                "ExposureTime": exposure_time,
                "ExposureCompensation": if_nonzero(sprintf("%+.1f")),
                "FNumber": sprintf("%.1f"),
                "ColorChromeEffect": lookup(COLOR_CHROME_EFFECT),
                "BWAdjustment": signed,
                "PanoramaDirection": lookup(PANORAMA_DIRECTION_FUJI_FILM),
                "ShadowTone": lookup(SHADOW_TONE),
                "NoiseReduction": lookup(NOISE_REDUCTION_FUJI_FILM, hex_unknown=True),
                "ImageGeneration": lookup(IMAGE_GENERATION),
                "FullHDHighSpeedRec": lookup(OFF_ON_NIKON_SETTINGS),
                "Sharpness": lookup(SHARPNESS_FUJI_FILM, hex_unknown=True),
                "CropMode": lookup(CROP_MODE),
                "FaceElementTypes": in_turn(lookup(FACE_ELEMENT_TYPES), repeat=True),
                "PictureMode": lookup(PICTURE_MODE_FUJI_FILM, hex_unknown=True),
                "AdvancedFilter": lookup(ADVANCED_FILTER, hex_unknown=True),
                "EXRAuto": lookup(AUTO_MANUAL),
                "DRangePriority": lookup(D_RANGE_PRIORITY),
                "ExposureWarning": lookup(EXPOSURE_WARNING),
                "BlurWarning": lookup(BLUR_WARNING),
                "AFMode": lookup(AF_MODE),
                "HighlightTone": lookup(SHADOW_TONE),
                "FocusMode": lookup(FOCUS_MODE_FUJI_FILM),
                "Macro": lookup(OFF_ON),
                "ImageStabilization": in_turn(
                    lookup(IMAGE_STABILIZATION_FUJI_FILM),
                    lookup(IMAGE_STABILIZATION3),
                ),
                "PeripheralLighting": lookup(OFF_ON),
                "Contrast": lookup(CONTRAST_FUJI_FILM, hex_unknown=True),
                "Saturation": lookup(SATURATION_FUJI_FILM, hex_unknown=True),
                "WhiteBalance": lookup(WHITE_BALANCE_FUJI_FILM, hex_unknown=True),
                "SlowSync": lookup(OFF_ON),
                "LensModulationOptimizer": lookup(OFF_ON),
                "SceneRecognition": lookup(SCENE_RECOGNITION, hex_unknown=True),
                "DynamicRange": lookup(DYNAMIC_RANGE),
                "FocusWarning": lookup(FOCUS_WARNING),
                "GrainEffectRoughness": lookup(COLOR_CHROME_EFFECT),
                "GrainEffectSize": lookup(GRAIN_EFFECT_SIZE),
                "AutoDynamicRange": suffix("%"),
                "AutoBracketing": lookup(AUTO_BRACKETING),
                "ColorMode": lookup(COLOR_MODE_FUJI_FILM, hex_unknown=True),
                "FilmMode": lookup(FILM_MODE_FUJI_FILM, hex_unknown=True),
                "FujiFlashMode": lookup(FUJI_FLASH_MODE, hex_unknown=True),
                "VideoRecordingMode": lookup(VIDEO_RECORDING_MODE, hex_unknown=True),
                "BWMagentaGreen": signed,
                "ColorChromeFXBlue": lookup(COLOR_CHROME_EFFECT),
                "ShutterType": lookup(SHUTTER_TYPE_FUJI_FILM),
                "EXRMode": lookup(EXR_MODE, hex_unknown=True),
                "DRangePriorityAuto": lookup(D_RANGE_PRIORITY_AUTO),
                "DynamicRangeSetting": lookup(DYNAMIC_RANGE_SETTING, hex_unknown=True),
                "Clarity": lookup(CLARITY),
                "VideoCompression": lookup(VIDEO_COMPRESSION),
                "DRangePriorityFixed": lookup(D_RANGE_PRIORITY_FIXED),
                "AF-CPriority": lookup(RELEASE_FOCUS),
                "AF-SPriority": lookup(RELEASE_FOCUS),
            },
            ALTERNATIVES,
        ),
        text=names(
            """
            FileSource FujiModel FujiModel2 GEImageSize InternalSerialNumber Make Model
            MovieStreamName Quality
            """
        ),
    ),
}
