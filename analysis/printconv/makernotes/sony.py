"""Printed values of ExifTool's Sony maker-note tables
(Sony.pm, 12.57), keyed by
tag name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions
as the named printers of :mod:`.functions`. Where tables of one group name a tag alike with
different conversions, the main table's (else the one the engine reads) is kept."""

from ..convert import dotted, f_number, flags, lookup, suffix
from ..table import Table, names
from .common import (
    AF_POINTS_IN_FOCUS5_D_CANON,
    AUTO_OFF,
    CAMERA_ORIENTATION,
    CAMERA_ORIENTATION_SONY,
    COLOR_SPACE,
    FOCAL_PLANE_AF_POINTS_USED,
    FOCUS_MODE_SETTING,
    LARGE_MEDIUM_SMALL,
    NO_YES,
    OFF_LOW_HIGH,
    OFF_ON,
    OFF_ON_NIKON_SETTINGS,
    ON_OFF,
)
from .functions import (
    clipped,
    either,
    exposure_time_or_bulb,
    frame_size,
    hex_bytes,
    hex_version,
    if_nonzero,
    in_turn,
    joined,
    lens_firmware,
    lookup_else_around,
    lookup_or_same,
    nonzero_or_same,
    not_available,
    signed,
    sprintf,
    sprintf_all,
    with_alternatives,
)
from .sony_lenses import LENS_TYPE2S, LENS_TYPES_SONY

AF_POINT_SONY = {
    0: "Upper-left",
    1: "Left",
    10: "Center (vertical)",
    11: "Bottom (vertical)",
    12: "Far Right",
    13: "Upper-right",
    14: "Right",
    15: "Lower-right",
    16: "Upper-middle",
    17: "Lower-middle",
    2: "Lower-left",
    3: "Far Left",
    4: "Top (horizontal)",
    5: "Near Right",
    6: "Center (horizontal)",
    7: "Near Left",
    8: "Bottom (horizontal)",
    9: "Top (vertical)",
}

AF_POINT_AT_SHUTTER_RELEASE = {
    0: "B4",
    1: "C4",
    10: "E3",
    11: "F3",
    12: "G3",
    13: "H3",
    14: "B2",
    15: "C2",
    16: "D2",
    17: "E2",
    18: "F2",
    19: "G2",
    2: "D4",
    20: "H2",
    21: "C1",
    22: "D1",
    23: "E1",
    24: "F1",
    25: "G1",
    26: "A7 Vertical",
    27: "A6 Vertical",
    28: "A5 Vertical",
    29: "C7 Vertical",
    3: "E4",
    30: "C6 Vertical",
    31: "C5 Vertical",
    32: "E7 Vertical",
    33: "E6 Center Vertical",
    34: "E5 Vertical",
    35: "G7 Vertical",
    36: "G6 Vertical",
    37: "G5 Vertical",
    38: "I7 Vertical",
    39: "I6 Vertical",
    4: "F4",
    40: "I5 Vertical",
    41: "A7",
    42: "B7",
    43: "C7",
    44: "D7",
    45: "E7",
    46: "F7",
    47: "G7",
    48: "H7",
    49: "I7",
    5: "G4",
    50: "A6",
    51: "B6",
    52: "C6",
    53: "D6",
    54: "E6 Center",
    55: "F6",
    56: "G6",
    57: "H6",
    58: "I6",
    59: "A5",
    6: "H4",
    60: "B5",
    61: "C5",
    62: "D5",
    63: "E5",
    64: "F5",
    65: "G5",
    66: "H5",
    67: "I5",
    68: "C11",
    69: "D11",
    7: "B3",
    70: "E11",
    71: "F11",
    72: "G11",
    73: "B10",
    74: "C10",
    75: "D10",
    76: "E10",
    77: "F10",
    78: "G10",
    79: "H10",
    8: "C3",
    80: "B9",
    81: "C9",
    82: "D9",
    83: "E9",
    84: "F9",
    85: "G9",
    86: "H9",
    87: "B8",
    88: "C8",
    89: "D8",
    9: "D3",
    90: "E8",
    91: "F8",
    92: "G8",
    93: "H8",
    94: "E6 Center F2.8",
    95: "(none)",
}

AF_STATUS_ACTIVE_SENSOR = {
    -32768: "Out of Focus",
    0: "In Focus",
}

AF_AREA_MODE_SONY = {
    0: "Wide",
    1: "Center",
    2: "Flexible Spot",
    3: "Zone",
    4: "Expanded Flexible Spot",
}

EXPOSURE_PROGRAM_SONY = {
    0: "Program AE",
    1: "Aperture-priority AE",
    10: "Twilight",
    11: "Twilight Portrait",
    12: "Sunset",
    14: "Action (High speed)",
    16: "Sports",
    17: "Handheld Night Shot",
    18: "Anti Motion Blur",
    19: "High Sensitivity",
    2: "Shutter speed priority AE",
    21: "Beach",
    22: "Snow",
    23: "Fireworks",
    26: "Underwater",
    27: "Gourmet",
    28: "Pet",
    29: "Macro",
    3: "Manual",
    30: "Backlight Correction HDR",
    33: "Sweep Panorama",
    36: "Background Defocus",
    37: "Soft Skin",
    4: "Auto",
    42: "3D Image",
    43: "Cont. Priority AE",
    45: "Document",
    46: "Party",
    5: "iAuto",
    6: "Superior Auto",
    7: "iAuto+",
    8: "Portrait",
    9: "Landscape",
}

AF_POINT_IN_FOCUS = {
    0: "B4",
    1: "C4",
    10: "E3",
    11: "F3",
    12: "G3",
    13: "H3",
    14: "B2",
    15: "C2",
    16: "D2",
    17: "E2",
    18: "F2",
    19: "G2",
    2: "D4",
    20: "H2",
    21: "C1",
    22: "D1",
    23: "E1",
    24: "F1",
    25: "G1",
    255: "(none)",
    26: "A7 Vertical",
    27: "A6 Vertical",
    28: "A5 Vertical",
    29: "C7 Vertical",
    3: "E4",
    30: "C6 Vertical",
    31: "C5 Vertical",
    32: "E7 Vertical",
    33: "E6 Center Vertical",
    34: "E5 Vertical",
    35: "G7 Vertical",
    36: "G6 Vertical",
    37: "G5 Vertical",
    38: "I7 Vertical",
    39: "I6 Vertical",
    4: "F4",
    40: "I5 Vertical",
    41: "A7",
    42: "B7",
    43: "C7",
    44: "D7",
    45: "E7",
    46: "F7",
    47: "G7",
    48: "H7",
    49: "I7",
    5: "G4",
    50: "A6",
    51: "B6",
    52: "C6",
    53: "D6",
    54: "E6 Center",
    55: "F6",
    56: "G6",
    57: "H6",
    58: "I6",
    59: "A5",
    6: "H4",
    60: "B5",
    61: "C5",
    62: "D5",
    63: "E5",
    64: "F5",
    65: "G5",
    66: "H5",
    67: "I5",
    68: "C11",
    69: "D11",
    7: "B3",
    70: "E11",
    71: "F11",
    72: "G11",
    73: "B10",
    74: "C10",
    75: "D10",
    76: "E10",
    77: "F10",
    78: "G10",
    79: "H10",
    8: "C3",
    80: "B9",
    81: "C9",
    82: "D9",
    83: "E9",
    84: "F9",
    85: "G9",
    86: "H9",
    87: "B8",
    88: "C8",
    89: "D8",
    9: "D3",
    90: "E8",
    91: "F8",
    92: "G8",
    93: "H8",
    94: "E6 Center F2.8",
}

FOCUS_MODE_SONY = {
    0: "Manual",
    2: "AF-S",
    3: "AF-C",
    4: "AF-A",
    6: "DMF",
}

AF_TYPE = {
    1: "15-point",
    2: "19-point",
    3: "79-point",
}

AF_POINTS_USED_SONY = {
    0: "A5",
    1: "A6",
    2: "A7",
    3: "B2",
    4: "B3",
    5: "B4",
    6: "B5",
    7: "B6",
    8: "B7",
    9: "B8",
    10: "B9",
    11: "B10",
    12: "C1",
    13: "C2",
    14: "C3",
    15: "C4",
    16: "C5",
    17: "C6",
    18: "C7",
    19: "C8",
    20: "C9",
    21: "C10",
    22: "C11",
    23: "D1",
    24: "D2",
    25: "D3",
    26: "D4",
    27: "D5",
    28: "D6",
    29: "D7",
    30: "D8",
    31: "D9",
    32: "D10",
    33: "D11",
    34: "E1",
    35: "E2",
    36: "E3",
    37: "E4",
    38: "E5",
    39: "E6",
    40: "E7",
    41: "E8",
    42: "E9",
    43: "E10",
    44: "E11",
    45: "F1",
    46: "F2",
    47: "F3",
    48: "F4",
    49: "F5",
    50: "F6",
    51: "F7",
    52: "F8",
    53: "F9",
    54: "F10",
    55: "F11",
    56: "G1",
    57: "G2",
    58: "G3",
    59: "G4",
    60: "G5",
    61: "G6",
    62: "G7",
    63: "G8",
    64: "G9",
    65: "G10",
    66: "G11",
    67: "H2",
    68: "H3",
    69: "H4",
    70: "H5",
    71: "H6",
    72: "H7",
    73: "H8",
    74: "H9",
    75: "H10",
    76: "I5",
    77: "I6",
    78: "I7",
}

# Lookup values several printers build on (ExifTool's hashes, one holding all of another's).
HIGH_ISONOISE_REDUCTION_VALUES = {0: "Off", 1: "Low", 2: "Normal", 3: "High"}
CREATIVE_STYLE_VALUES = {
    1: "Standard",
    2: "Vivid",
    3: "Portrait",
    4: "Landscape",
    5: "Sunset",
    6: "Night View/Portrait",
    8: "B&W",
}
IMAGE_STYLE_VALUES = {
    1: "Standard",
    2: "Vivid",
    3: "Portrait",
    4: "Landscape",
    5: "Sunset",
    7: "Night View/Portrait",
    8: "B&W",
}
AFPOINT_SETTING_VALUES = {
    1: "Center",
    2: "Top",
    3: "Upper-right",
    4: "Right",
    5: "Lower-right",
    6: "Bottom",
    7: "Lower-left",
    8: "Left",
    9: "Upper-left",
}
AF_POINT_SETTING = {**AFPOINT_SETTING_VALUES, 10: "Far Right", 11: "Far Left"}
AFPOINT_SELECTED_VALUES = {**AF_POINT_SETTING, 0: "Auto"}
AFPOINT_SELECTED_VALUES2 = {
    **AFPOINT_SELECTED_VALUES,
    12: "Upper-middle",
    13: "Near Right",
    14: "Lower-middle",
    15: "Near Left",
}


AF_POINT_SELECTED = {
    **AFPOINT_SELECTED_VALUES2,
    16: "Upper Far Right",
    17: "Lower Far Right",
    18: "Lower Far Left",
    19: "Upper Far Left",
}

FOCUS_MODE_SETTING_SONY = {
    0: "Manual",
    1: "AF-S",
    2: "AF-C",
    3: "AF-A",
    4: "DMF",
}

FOCUS_STATUS = {
    0: "Confirmed",
    1: "Failed",
    2: "Tracking",
}

FOCUS_STATUS_SONY = {
    0: "Not confirmed",
    4: "Not confirmed, Tracking",
}

EXPOSURE_LEVEL_INCREMENTS_SONY = {
    33: "1/3 EV",
    50: "1/2 EV",
}

CREATIVE_STYLE = {
    **CREATIVE_STYLE_VALUES,
    11: "Neutral",
    12: "Clear",
    13: "Deep",
    14: "Light",
    15: "Autumn Leaves",
    16: "Sepia",
    9: "Adobe RGB",
}

IMAGE_STYLE = {
    **IMAGE_STYLE_VALUES,
    11: "Neutral",
    129: "StyleBox1",
    130: "StyleBox2",
    131: "StyleBox3",
    132: "StyleBox4",
    133: "StyleBox5",
    134: "StyleBox6",
    9: "Adobe RGB",
}

PRIORITY_SETUP_SHUTTER_RELEASE = {
    0: "AF",
    1: "Release",
}

FOCUS_MODE_SWITCH = {
    0: "AF",
    1: "Manual",
}

FLASH_CONTROL = {
    0: "ADI",
    1: "Pre-flash TTL",
    2: "Manual",
}

WHITE_BALANCE_SONY = {
    12: "Color Temperature",
    13: "Color Filter",
    14: "Custom",
    16: "Cloudy",
    17: "Shade",
    2: "Auto",
    4: "Daylight",
    5: "Fluorescent",
    6: "Tungsten",
    7: "Flash",
}

WHITE_BALANCE_SETTING = {
    16: "Cloudy",
    17: "Shade",
    18: "Color Temperature/Color Filter",
    2: "Auto",
    32: "Custom 1",
    33: "Custom 2",
    34: "Custom 3",
    4: "Daylight",
    5: "Fluorescent",
    6: "Tungsten",
    7: "Flash",
}

DYNAMIC_RANGE_OPTIMIZER_MODE = {
    0: "Off",
    1: "Standard",
    2: "Advanced Auto",
    3: "Advanced Level",
}

QUALITY_SONY = {
    0: "RAW",
    16: "Extra Fine",
    2: "CRAW",
    32: "Fine",
    34: "RAW + JPEG",
    35: "CRAW + JPEG",
    48: "Standard",
}

COLOR_SPACE_SONY = {
    0: "sRGB",
    1: "Adobe RGB",
    5: "Adobe RGB (A700)",
}

BATTERY_STATE = {
    2: "Empty",
    3: "Very Low",
    4: "Low",
    5: "Sufficient",
    6: "Full",
}

METERING_MODE_SONY = {
    1: "Multi-segment",
    2: "Center-weighted average",
    4: "Spot",
}

HIGH_ISO_NOISE_REDUCTION_SONY = {
    0: "Normal",
    1: "Low",
    2: "High",
    3: "Off",
}

ASPECT_RATIO_SONY = {
    1: "3:2",
    2: "16:9",
}

FLASH_MODE_SONY = {
    0: "Autoflash",
    2: "Rear Sync",
    3: "Wireless",
    4: "Fill-flash",
    5: "Flash Off",
    6: "Slow Sync",
}

FLASH_ACTION = {
    0: "Did not fire",
    1: "Fired",
    2: "External Flash, Did not fire",
    3: "External Flash, Fired",
}

DRIVE_MODE = {
    1: "Single Frame",
    10: "Remote Commander",
    11: "Mirror Lock-up",
    18: "Continuous Low",
    2: "Continuous High",
    24: "White Balance Bracketing Low",
    25: "D-Range Optimizer Bracketing Low",
    4: "Self-timer 10 sec",
    40: "White Balance Bracketing High",
    41: "D-Range Optimizer Bracketing High",
    5: "Self-timer 2 sec, Mirror Lock-up",
    6: "Single-frame Bracketing",
    7: "Continuous Bracketing",
}

FLASH_ACTION2 = {
    1: "Fired, Autoflash",
    17: "Fired, Autoflash, Red-eye reduction",
    18: "Fired, Fill-flash, Red-eye reduction",
    2: "Fired, Fill-flash",
    3: "Fired, Rear Sync",
    34: "Fired, Fill-flash, HSS",
    4: "Fired, Wireless",
    5: "Did not fire",
    6: "Fired, Slow Sync",
}

LIVE_VIEW_METERING = {
    0: "n/a",
    16: "40 Segment",
    32: "1200-zone Evaluative",
}

CREATIVE_STYLE_SETTING = {
    16: "Standard",
    160: "Sunset",
    32: "Vivid",
    64: "Portrait",
    80: "Landscape",
    96: "B&W",
}

AF_BUTTON_PRESSED = {
    1: "No",
    16: "Yes",
}

HDR_SETTING = {
    1: "Off",
    16: "On (Auto)",
    17: "On (Manual)",
}

FLASH_STATUS_EXTERNAL = {
    1: "None",
    2: "Off",
    3: "On",
}

VIEWING_MODE2 = {
    0: "n/a",
    16: "Viewfinder",
    33: "Focus Check Live View",
    34: "Quick AF Live View",
}

SWEEP_PANORAMA_DIRECTION = {
    1: "Right",
    2: "Left",
    3: "Up",
    4: "Down",
}

HDR_LEVEL = {
    33: "1 EV",
    34: "1.5 EV",
    35: "2 EV",
    36: "2.5 EV",
    37: "3 EV",
    38: "3.5 EV",
    39: "4 EV",
    40: "5 EV",
    41: "6 EV",
}

SEQUENCE_NUMBER = {
    0: "Single",
    255: "n/a",
}

LIVE_VIEW_FOCUS_MODE = {
    0: "n/a",
    1: "AF",
    16: "Manual",
}

LIVE_VIEW_AF_SETTING = {
    0: "n/a",
    1: "Phase-detect AF",
    2: "Contrast AF",
}

DRIVE_MODE_SETTING = {
    113: "Continuous Bracketing 0.3 EV",
    117: "Continuous Bracketing 0.7 EV",
    145: "White Balance Bracketing Low",
    146: "White Balance Bracketing High",
    16: "Single Frame",
    192: "Remote Commander",
    33: "Continuous High",
    34: "Continuous Low",
    48: "Speed Priority Continuous",
    81: "Self-timer 10 sec",
    82: "Self-timer 2 sec, Mirror Lock-up",
}

LENS_MOUNT = {
    1: "Unknown",
    16: "A-mount",
    17: "E-mount",
}

VIEWING_MODE = {
    16: "ViewFinder",
    33: "Focus Check Live View",
    34: "Quick AF Live View",
}

SMILE_SHUTTER = {
    1: "Off",
    16: "On",
}

SWEEP_PANORAMA_SIZE = {
    1: "Standard",
    2: "Wide",
}

PANORAMA_SIZE3_D = {
    0: "n/a",
    1: "Standard",
    2: "Wide",
    3: "16:9",
}

MULTI_FRAME_NOISE_REDUCTION = {
    0: "n/a",
    1: "Off",
    16: "On",
    255: "None",
}

SMILE_SHUTTER_MODE = {
    17: "Slight Smile",
    18: "Normal Smile",
    19: "Big Smile",
}

IMAGE_STABILIZATION2 = {
    191: "On (191)",
    207: "On (207)",
    210: "On (210)",
    213: "On",
    246: "Off",
}

IMAGE_STABILIZATION_SONY = {
    0: "Off",
    1: "On",
    4294967295: "n/a",
}

MEMORY_CARD_CONFIGURATION = {
    244: "MemoryStick in use, SD card present",
    245: "MemoryStick in use, SD slot empty",
    252: "SD card in use, MemoryStick present",
    254: "SD card in use, MemoryStick slot empty",
}

MODE_DIAL_POSITION = {
    248: "No Flash",
    249: "Aperture-priority AE",
    250: "SCN",
    251: "Shutter speed priority AE",
    252: "Auto",
    253: "Program AE",
    254: "Panorama",
    255: "Manual",
}

FACES_DETECTED = {
    -1: "n/a",
}

DRIVE_MODE2 = {
    1: "Single Frame",
    10: "Remote Commander",
    11: "Continuous Self-timer",
    2: "Continuous High",
    4: "Self-timer 10 sec",
    5: "Self-timer 2 sec, Mirror Lock-up",
    7: "Continuous Bracketing",
}

JPEG_QUALITY = {
    0: "Standard",
    1: "Fine",
    2: "Extra Fine",
    65535: "n/a",
}

HDR_SONY = {
    0: "Off",
    1: "Auto",
    16: "1.0 EV",
    17: "1.5 EV",
    18: "2.0 EV",
    19: "2.5 EV",
    20: "3.0 EV",
    21: "3.5 EV",
    22: "4.0 EV",
    23: "4.5 EV",
    24: "5.0 EV",
    25: "5.5 EV",
    26: "6.0 EV",
}

HDR3 = {
    0: "Uncorrected image",
    1: "HDR image (good)",
    2: "HDR image (fail 1)",
    3: "HDR image (fail 2)",
}

AF_TRACKING = {
    0: "Off",
    1: "Face tracking",
    2: "Lock On AF",
}

PRIORITY_SET_IN_AWB = {
    0: "Standard",
    1: "Ambience",
    2: "White",
}

INTELLIGENT_AUTO = {
    0: "Off",
    1: "On",
    2: "Advanced",
}

ZONE_MATCHING = {
    0: "ISO Setting Used",
    1: "High Key",
    2: "Low Key",
}

MULTI_FRAME_NR_EFFECT = {
    0: "Normal",
    1: "High",
}

RAW_FILE_TYPE = {
    0: "Compressed RAW",
    1: "Uncompressed RAW",
    2: "Lossless Compressed RAW",
    65535: "n/a",
}

PICTURE_EFFECT = {
    0: "Off",
    1: "Toy Camera",
    10: "Partial Color (yellow)",
    112: "Illustration (low)",
    113: "Illustration",
    114: "Illustration (high)",
    13: "High Contrast Monochrome",
    16: "Toy Camera (normal)",
    17: "Toy Camera (cool)",
    18: "Toy Camera (warm)",
    19: "Toy Camera (green)",
    2: "Pop Color",
    20: "Toy Camera (magenta)",
    3: "Posterization",
    32: "Soft Focus (low)",
    33: "Soft Focus",
    34: "Soft Focus (high)",
    4: "Posterization B/W",
    48: "Miniature (auto)",
    49: "Miniature (top)",
    5: "Retro Photo",
    50: "Miniature (middle horizontal)",
    51: "Miniature (bottom)",
    52: "Miniature (left)",
    53: "Miniature (middle vertical)",
    54: "Miniature (right)",
    6: "Soft High Key",
    64: "HDR Painting (low)",
    65: "HDR Painting",
    66: "HDR Painting (high)",
    7: "Partial Color (red)",
    8: "Partial Color (green)",
    80: "Rich-tone Monochrome",
    9: "Partial Color (blue)",
    97: "Water Color",
    98: "Water Color 2",
}

MACRO = {
    0: "Off",
    1: "On",
    2: "Close Focus",
    65535: "n/a",
}

JPEG_HEIF_SWITCH = {
    0: "JPEG",
    1: "HEIF",
    65535: "n/a",
}

DISTORTION_CORRECTION_SETTING = {
    0: "Off",
    2: "Auto",
    4294967295: "n/a",
}

ANTI_BLUR = {
    0: "Off",
    1: "On (Continuous)",
    2: "On (Shooting)",
    65535: "n/a",
}

COLOR_MODE = {
    0: "Standard",
    1: "Vivid",
    100: "Neutral",
    101: "Clear",
    102: "Deep",
    103: "Light",
    104: "Night View",
    105: "Autumn Leaves",
    12: "Neutral",
    13: "Clear",
    14: "Deep",
    15: "Light",
    16: "Autumn Leaves",
    17: "Sepia",
    18: "FL",
    19: "Vivid 2",
    2: "Portrait",
    20: "IN",
    21: "SH",
    255: "Off",
    3: "Landscape",
    4: "Sunset",
    4294967295: "n/a",
    5: "Night View/Portrait",
    6: "B&W",
    7: "Adobe RGB",
}

TELECONVERTER = {
    0: "None",
    136: "Minolta/Sony AF 1.4x APO (D)",
    144: "Minolta AF 1.4x APO II",
    160: "Minolta AF 1.4x APO",
    4: "Minolta/Sony AF 1.4x APO (D) (0x04)",
    5: "Minolta/Sony AF 2x APO (D) (0x05)",
    72: "Minolta/Sony AF 2x APO (D)",
    80: "Minolta AF 2x APO II",
    96: "Minolta AF 2x APO",
}

DYNAMIC_RANGE_OPTIMIZER = {
    0: "Off",
    1: "Standard",
    2: "Plus",
}

PIXEL_SHIFT_INFO = {
    "00000000 0 0 0x0": "n/a",
}

AF_AREA_MODE_SETTING_SONY = {
    0: "Wide",
    4: "Local",
    8: "Zone",
    9: "Spot",
}

EXPOSURE_MODE = {
    0: "Program AE",
    1: "Portrait",
    10: "Hi-Speed Shutter",
    11: "Twilight Portrait",
    12: "Soft Snap/Portrait",
    13: "Fireworks",
    14: "Smile Shutter",
    15: "Manual",
    18: "High Sensitivity",
    19: "Macro",
    2: "Beach",
    20: "Advanced Sports Shooting",
    29: "Underwater",
    3: "Sports",
    33: "Food",
    34: "Sweep Panorama",
    35: "Handheld Night Shot",
    36: "Anti Motion Blur",
    37: "Pet",
    38: "Backlight Correction HDR",
    39: "Superior Auto",
    4: "Snow",
    40: "Background Defocus",
    41: "Soft Skin",
    42: "3D Image",
    5: "Landscape",
    6: "Auto",
    65535: "n/a",
    7: "Aperture-priority AE",
    8: "Shutter speed priority AE",
    9: "Night Scene / Twilight",
}

RELEASE_MODE_SONY = {
    0: "Normal",
    2: "Continuous",
    5: "Exposure Bracketing",
    6: "White Balance Bracketing",
    65535: "n/a",
    8: "DRO Bracketing",
}

METERING_MODE2 = {
    1024: "Average",
    1280: "Highlight",
    256: "Multi-segment",
    512: "Center-weighted average",
    769: "Spot (Standard)",
    770: "Spot (Large)",
}

VARIABLE_LOW_PASS_FILTER = {
    "0 0": "n/a",
    "1 0": "Off",
    "1 1": "Standard",
    "1 2": "High",
    "65535 65535": "n/a",
}

SOFT_SKIN_EFFECT = {
    0: "Off",
    1: "Low",
    2: "Mid",
    3: "High",
    4294967295: "n/a",
}

HIGH_ISO_NOISE_REDUCTION2 = {
    0: "Normal",
    1: "High",
    2: "Low",
    3: "Off",
    65535: "n/a",
}

SCENE_MODE = {
    0: "Standard",
    1: "Portrait",
    16: "Auto",
    17: "Night View/Portrait",
    18: "Sweep Panorama",
    19: "Handheld Night Shot",
    2: "Text",
    20: "Anti Motion Blur",
    21: "Cont. Priority AE",
    22: "Auto+",
    23: "3D Sweep Panorama",
    24: "Superior Auto",
    25: "High Sensitivity",
    26: "Fireworks",
    27: "Food",
    28: "Pet",
    3: "Night Scene",
    33: "HDR",
    4: "Sunset",
    5: "Sports",
    6: "Landscape",
    65535: "n/a",
    7: "Night Portrait",
    8: "Macro",
    9: "Super Macro",
}

SONY_MODEL_ID = {
    2: "DSC-R1",
    256: "DSLR-A100",
    257: "DSLR-A900",
    258: "DSLR-A700",
    259: "DSLR-A200",
    260: "DSLR-A350",
    261: "DSLR-A300",
    262: "DSLR-A900 (APS-C mode)",
    263: "DSLR-A380/A390",
    264: "DSLR-A330",
    265: "DSLR-A230",
    266: "DSLR-A290",
    269: "DSLR-A850",
    270: "DSLR-A850 (APS-C mode)",
    273: "DSLR-A550",
    274: "DSLR-A500",
    275: "DSLR-A450",
    278: "NEX-5",
    279: "NEX-3",
    280: "SLT-A33",
    281: "SLT-A55 / SLT-A55V",
    282: "DSLR-A560",
    283: "DSLR-A580",
    284: "NEX-C3",
    285: "SLT-A35",
    286: "SLT-A65 / SLT-A65V",
    287: "SLT-A77 / SLT-A77V",
    288: "NEX-5N",
    289: "NEX-7",
    290: "NEX-VG20E",
    291: "SLT-A37",
    292: "SLT-A57",
    293: "NEX-F3",
    294: "SLT-A99 / SLT-A99V",
    295: "NEX-6",
    296: "NEX-5R",
    297: "DSC-RX100",
    298: "DSC-RX1",
    299: "NEX-VG900",
    300: "NEX-VG30E",
    302: "ILCE-3000 / ILCE-3500",
    303: "SLT-A58",
    305: "NEX-3N",
    306: "ILCE-7",
    307: "NEX-5T",
    308: "DSC-RX100M2",
    309: "DSC-RX10",
    310: "DSC-RX1R",
    311: "ILCE-7R",
    312: "ILCE-6000",
    313: "ILCE-5000",
    317: "DSC-RX100M3",
    318: "ILCE-7S",
    319: "ILCA-77M2",
    339: "ILCE-5100",
    340: "ILCE-7M2",
    341: "DSC-RX100M4",
    342: "DSC-RX10M2",
    344: "DSC-RX1RM2",
    346: "ILCE-QX1",
    347: "ILCE-7RM2",
    350: "ILCE-7SM2",
    353: "ILCA-68",
    354: "ILCA-99M2",
    355: "DSC-RX10M3",
    356: "DSC-RX100M5",
    357: "ILCE-6300",
    358: "ILCE-9",
    360: "ILCE-6500",
    362: "ILCE-7RM3",
    363: "ILCE-7M3",
    364: "DSC-RX0",
    365: "DSC-RX10M4",
    366: "DSC-RX100M6",
    367: "DSC-HX99",
    369: "DSC-RX100M5A",
    371: "ILCE-6400",
    372: "DSC-RX0M2",
    374: "DSC-RX100M7",
    375: "ILCE-7RM4",
    376: "ILCE-9M2",
    378: "ILCE-6600",
    379: "ILCE-6100",
    380: "ZV-1",
    381: "ILCE-7C",
    382: "ZV-E10",
    383: "ILCE-7SM3",
    384: "ILCE-1",
    385: "ILME-FX3",
    386: "ILCE-7RM3A",
    387: "ILCE-7RM4A",
    388: "ILCE-7M4",
    389: "ZV-1F",
    390: "ILCE-7RM5",
    391: "ILME-FX30",
}

FLASH_LEVEL = {
    -1: "-1/3",
    -2: "-2/3",
    -3: "-3/3",
    -32768: "Low",
    -4: "-4/3",
    -5: "-5/3",
    -6: "-6/3",
    -9: "-9/3",
    0: "Normal",
    1: "+1/3",
    128: "n/a",
    2: "+2/3",
    3: "+3/3",
    32767: "High",
    4: "+4/3",
    5: "+5/3",
    6: "+6/3",
    9: "+9/3",
}

FILE_FORMAT = {
    "0 0 0 2": "JPEG",
    "1 0 0 0": "SR2",
    "2 0 0 0": "ARW 1.0",
    "3 0 0 0": "ARW 2.0",
    "3 1 0 0": "ARW 2.1",
    "3 2 0 0": "ARW 2.2",
    "3 3 0 0": "ARW 2.3",
    "3 3 1 0": "ARW 2.3.1",
    "3 3 2 0": "ARW 2.3.2",
    "3 3 3 0": "ARW 2.3.3",
    "3 3 5 0": "ARW 2.3.5",
    "4 0 0 0": "ARW 4.0",
}

FLASH_ACTION_EXTERNAL = {
    136: "Did not fire",
    167: "Fired",
    182: "Fired, HSS",
}

ORIENTATION2 = {
    1: "Horizontal (normal)",
    2: "Rotate 180",
    6: "Rotate 90 CW",
    8: "Rotate 270 CW",
}

FLASH_STATUS = {
    0: "No Flash present",
    128: "External Flash present",
    129: "External Flash Fired",
    2: "Flash Inhibited",
    64: "Built-in Flash present",
    65: "Built-in Flash Fired",
    66: "Built-in Flash Inhibited",
}

FOCUS_MODE2 = {
    0: "AF",
    1: "MF",
}

ORIENTATION_SONY = {
    0: "Horizontal (normal)",
    1: "Rotate 270 CW",
    2: "Rotate 180",
    3: "Rotate 90 CW",
}

FLASH = {
    0: "No Flash",
    1: "Fired",
}

IMAGE_QUALITY_SONY = {
    23: "Standard",
    51: "Fine",
    8: "Snap Shot",
}

PANORAMA_DIRECTION_SONY = {
    0: "Left or Up",
    1: "Right or Down",
}

RELEASE_MODE3 = {
    0: "Normal",
    1: "Continuous",
    2: "Bracketing",
    4: "Continuous - Burst",
    5: "Continuous - Speed/Advance Priority",
    6: "Normal - Self-timer",
    9: "Single Burst Shooting",
}

PICTURE_PROFILE = {
    0: "Gamma Still - Standard/Neutral (PP2)",
    1: "Gamma Still - Portrait",
    10: "Gamma Movie (PP1)",
    22: "Gamma ITU709 (PP3 or PP4)",
    24: "Gamma Cine1 (PP5)",
    25: "Gamma Cine2 (PP6)",
    26: "Gamma Cine3",
    27: "Gamma Cine4",
    28: "Gamma S-Log2 (PP7)",
    29: "Gamma ITU709 (800%)",
    3: "Gamma Still - Night View/Portrait",
    31: "Gamma S-Log3 (PP8 or PP9)",
    33: "Gamma HLG2 (PP10)",
    34: "Gamma HLG3",
    37: "FL",
    38: "VV2",
    39: "IN",
    4: "Gamma Still - B&W/Sepia",
    40: "SH",
    5: "Gamma Still - Clear",
    6: "Gamma Still - Deep",
    7: "Gamma Still - Light",
    8: "Gamma Still - Vivid",
    9: "Gamma Still - Real",
}

SELF_TIMER = {
    0: "Off",
    1: "Self-timer 10 s",
    2: "Self-timer 2 s",
}

QUALITY2 = {
    0: "JPEG",
    1: "RAW",
    2: "RAW + JPEG",
    3: "JPEG + MPO",
}

RELEASE_MODE2 = {
    0: "Normal",
    1: "Continuous",
    10: "Continuous - Background defocus",
    13: "Continuous - 3D Sweep Panorama",
    146: "Single Frame - Movie Capture",
    15: "Continuous - High Resolution Sweep Panorama",
    16: "Continuous - 3D Image",
    17: "Continuous - Burst 2",
    18: "Normal - iAuto+",
    19: "Continuous - Speed/Advance Priority",
    2: "Continuous - Exposure Bracketing",
    20: "Continuous - Multi Frame NR",
    23: "Single-frame - Exposure Bracketing",
    26: "Continuous Low",
    27: "Continuous - High Sensitivity",
    28: "Smile Shutter",
    29: "Continuous - Tele-zoom Advance Priority",
    3: "DRO or White Balance Bracketing",
    5: "Continuous - Burst",
    6: "Single Frame - Capture During Movie",
    7: "Continuous - Sweep Panorama",
    8: "Continuous - Anti-Motion Blur, Hand-held Twilight",
    9: "Continuous - HDR",
}

PICTURE_EFFECT2 = {
    0: "Off",
    1: "Toy Camera",
    10: "Rich-tone Monochrome",
    11: "Miniature",
    12: "Water Color",
    13: "Illustration",
    2: "Pop Color",
    3: "Posterization",
    4: "Retro Photo",
    5: "Soft High Key",
    6: "Partial Color",
    7: "High Contrast Monochrome",
    8: "Soft Focus",
    9: "HDR Painting",
}

DISTORTION_CORR_PARAMS_NUMBER = {
    11: "11 (APS-C)",
    16: "16 (Full-frame)",
}

LENS_FORMAT = {
    0: "Unknown",
    1: "APS-C",
    2: "Full-frame",
}

SHUTTER = {
    "0 0 0": "Silent / Electronic (0 0 0)",
}

SEQUENCE_LENGTH = {
    0: "Continuous",
    1: "1 shot",
    10: "10 shots",
    100: "Continuous - iSweep Panorama",
    2: "2 shots",
    200: "Continuous - Sweep Panorama",
    3: "3 shots",
    4: "4 shots",
    5: "5 shots",
    6: "6 shots",
}

DISTORTION_CORRECTION = {
    0: "None",
    1: "Applied",
}

AF_POINTS_SELECTED = {
    0: "Center",
    1: "Top",
    2: "Upper-right",
    3: "Right",
    4: "Lower-right",
    5: "Bottom",
    6: "Lower-left",
    7: "Left",
    8: "Upper-left",
    9: "Far Right",
    10: "Far Left",
    11: "Upper-middle",
    12: "Near Right",
    13: "Lower-middle",
    14: "Near Left",
    15: "Upper Far Right",
    16: "Lower Far Right",
    17: "Lower Far Left",
    18: "Upper Far Left",
}

AF_POINTS_SELECTED_SONY = {
    0: "(none)",
    2147483647: "(all)",
    262143: "(all LA-EA4)",
    30721: "Center Zone",
    394688: "Left Zone",
    4294967295: "n/a",
    98844: "Right Zone",
}

LENS_MOUNT2 = {
    0: "Unknown",
    1: "A-mount (1)",
    4: "E-mount",
    5: "A-mount (5)",
}

GPS_STATUS = {
    "A": "Measurement Active",
    "V": "Measurement Void",
}

GPS_LONGITUDE_REF = {
    "E": "East",
    "W": "West",
}

GPS_MEASURE_MODE = {
    2: "2-Dimensional Measurement",
    3: "3-Dimensional Measurement",
}

GPS_LATITUDE_REF = {
    "N": "North",
    "S": "South",
}

FOCUS_MODE = lookup({17: "AF-S", 18: "AF-C", 19: "AF-A", 32: "Manual", 48: "DMF"})


# The lookups of this family's other ExifTool tables for names they print otherwise (Main first):
# each is tried in turn after the row above by :func:`.functions.with_alternatives`, so a value
# one table does not know prints by the table that does.
ALTERNATIVES = {
    "AELock": (
        lookup(OFF_ON_NIKON_SETTINGS),
        lookup({1: "On", 2: "Off"}),
    ),
    "AFAreaMode": (
        lookup(
            {
                0: "Default",
                1: "Multi",
                2: "Center",
                3: "Spot",
                4: "Flexible Spot",
                6: "Touch",
                14: "Tracking",
                15: "Face Tracking",
                65535: "n/a",
            }
        ),
        lookup({0: "Wide", 1: "Spot", 2: "Local", 3: "Zone"}),
        lookup(AF_AREA_MODE_SONY),
        lookup({0: "Wide", 1: "Local", 2: "Spot"}),
        lookup({1: "Wide", 2: "Spot", 3: "Local", 4: "Flexible"}),
        lookup(
            {
                0: "Multi",
                1: "Center",
                2: "Spot",
                3: "Flexible Spot",
                10: "Selective (for Miniature effect)",
                11: "Zone",
                12: "Expanded Flexible Spot",
                14: "Tracking",
                15: "Face Tracking",
                20: "Animal Eye Tracking",
                255: "Manual",
            }
        ),
    ),
    "AFAreaModeSetting": (
        lookup(AF_AREA_MODE_SETTING_SONY),
        lookup(
            {
                0: "Wide",
                1: "Center",
                3: "Flexible Spot",
                4: "Flexible Spot (LA-EA4)",
                9: "Center (LA-EA4)",
                11: "Zone",
                12: "Expanded Flexible Spot",
            }
        ),
        lookup({0: "Wide", 4: "Flexible Spot", 8: "Zone", 9: "Center", 12: "Expanded Flexible Spot"}),
    ),
    "AFIlluminator": (
        lookup({0: "Off", 1: "Auto", 65535: "n/a"}),
        lookup(AUTO_OFF),
    ),
    "AFPoint": (
        lookup(
            {
                0: "Upper-left",
                1: "Left",
                2: "Lower-left",
                3: "Far Left",
                4: "Bottom Assist-left",
                5: "Bottom",
                6: "Bottom Assist-right",
                7: "Center (7)",
                8: "Center (horizontal)",
                9: "Center (9)",
                10: "Center (10)",
                11: "Center (11)",
                12: "Center (12)",
                13: "Center (vertical)",
                14: "Center (14)",
                15: "Top Assist-left",
                16: "Top",
                17: "Top Assist-right",
                18: "Far Right",
                19: "Upper-right",
                20: "Right",
                21: "Lower-right",
                22: "Center F2.8",
            }
        ),
        lookup(
            {
                0: "Top-right",
                1: "Bottom-right",
                2: "Bottom",
                3: "Middle Horizontal",
                4: "Center Vertical",
                5: "Top",
                6: "Top-left",
                7: "Bottom-left",
            }
        ),
        lookup({**AF_POINT_SONY, 255: "(none)"}),
    ),
    "AFPointSelected": (
        lookup(AF_POINT_SELECTED),
        lookup(
            {
                0: "n/a",
                1: "Center Zone",
                2: "Top Zone",
                3: "Right Zone",
                4: "Left Zone",
                5: "Bottom Zone",
                6: "Bottom Right Zone",
                7: "Bottom Left Zone",
                8: "Top Left Zone",
                9: "Top Right Zone",
            }
        ),
        lookup(AFPOINT_SELECTED_VALUES),
        lookup({**AFPOINT_SETTING_VALUES, 0: "Auto"}),
        lookup(AFPOINT_SELECTED_VALUES2),
    ),
    "AFPointSetting": (
        lookup(AF_POINT_SETTING),
        lookup(AFPOINT_SETTING_VALUES),
    ),
    "AspectRatio": (
        lookup(ASPECT_RATIO_SONY),
        lookup({4: "3:2", 8: "16:9"}),
    ),
    "BatteryState": (
        lookup(BATTERY_STATE),
        lookup({1: "Empty", 2: "Low", 3: "Half full", 4: "Almost full", 5: "Full"}),
    ),
    "CameraOrientation": (
        lookup({0: "Horizontal (normal)", 1: "Rotate 90 CW", 2: "Rotate 270 CW", 3: "Rotate 180"}),
        lookup(CAMERA_ORIENTATION_SONY),
    ),
    "ColorSpace": (
        lookup(COLOR_SPACE_SONY),
        lookup({5: "Adobe RGB", 6: "sRGB"}),
        lookup(COLOR_SPACE),
    ),
    "CreativeStyle": (
        lookup(
            {
                "AdobeRGB": "Adobe RGB",
                "Autumnleaves": "Autumn Leaves",
                "BW": "B&W",
                "Clear": "Clear",
                "Deep": "Deep",
                "FL": "FL",
                "IN": "IN",
                "Landscape": "Landscape",
                "Light": "Light",
                "Neutral": "Neutral",
                "Nightview": "Night View/Portrait",
                "None": "None",
                "Portrait": "Portrait",
                "Real": "Real",
                "SH": "SH",
                "Sepia": "Sepia",
                "Standard": "Standard",
                "Sunset": "Sunset",
                "VV2": "Vivid 2",
                "Vivid": "Vivid",
            }
        ),
        lookup(CREATIVE_STYLE),
        lookup(CREATIVE_STYLE_VALUES),
        lookup(
            {
                0: "Standard",
                1: "Vivid",
                2: "Neutral",
                3: "Portrait",
                4: "Landscape",
                5: "B&W",
                6: "Clear",
                7: "Deep",
                8: "Light",
                9: "Sunset",
                10: "Night View/Portrait",
                11: "Autumn Leaves",
                13: "Sepia",
            }
        ),
    ),
    "DriveMode": (
        lookup(
            DRIVE_MODE,
            hex_unknown=True,
        ),
        lookup(DRIVE_MODE2),
        lookup(
            {
                **DRIVE_MODE_SETTING,
                209: "Continuous - HDR",
                210: "Continuous - Multi Frame NR",
                211: "Continuous - Handheld Night Shot",
                212: "Continuous - Anti Motion Blur",
                213: "Continuous - Sweep Panorama",
                214: "Continuous - 3D Sweep Panorama",
            },
            hex_unknown=True,
        ),
    ),
    "DriveMode2": (
        lookup(
            DRIVE_MODE2,
            hex_unknown=True,
        ),
        lookup(
            DRIVE_MODE,
            hex_unknown=True,
        ),
        lookup(
            DRIVE_MODE_SETTING,
            hex_unknown=True,
        ),
    ),
    "DynamicRangeOptimizer": (
        either(
            lookup(DYNAMIC_RANGE_OPTIMIZER),
            lookup(
                {
                    0: "Off",
                    1: "Standard",
                    2: "Advanced Auto",
                    3: "Auto",
                    8: "Advanced Lv1",
                    9: "Advanced Lv2",
                    10: "Advanced Lv3",
                    11: "Advanced Lv4",
                    12: "Advanced Lv5",
                    16: "Lv1",
                    17: "Lv2",
                    18: "Lv3",
                    19: "Lv4",
                    20: "Lv5",
                }
            ),
        ),
        lookup({0: "Off", 1: "Auto", 3: "Lv1", 4: "Lv2", 5: "Lv3", 6: "Lv4", 7: "Lv5", 8: "n/a"}),
    ),
    "ExposureProgram": (
        lookup(EXPOSURE_PROGRAM_SONY),
        lookup(
            {
                0: "Auto",
                1: "Manual",
                2: "Program AE",
                3: "Aperture-priority AE",
                4: "Shutter speed priority AE",
                8: "Program Shift A",
                9: "Program Shift S",
                16: "Portrait",
                17: "Sports",
                18: "Sunset",
                19: "Night Portrait",
                20: "Landscape",
                21: "Macro",
                35: "Auto No Flash",
            }
        ),
        lookup(
            {
                1: "Program AE",
                2: "Aperture-priority AE",
                3: "Shutter speed priority AE",
                4: "Manual",
                5: "Cont. Priority AE",
                16: "Auto",
                17: "Auto (no flash)",
                18: "Auto+",
                49: "Portrait",
                50: "Landscape",
                51: "Macro",
                52: "Sports",
                53: "Sunset",
                54: "Night view",
                55: "Night view/portrait",
                56: "Handheld Night Shot",
                57: "3D Sweep Panorama",
                64: "Auto 2",
                65: "Auto 2 (no flash)",
                80: "Sweep Panorama",
                96: "Anti Motion Blur",
                128: "Toy Camera",
                129: "Pop Color",
                130: "Posterization",
                131: "Posterization B/W",
                132: "Retro Photo",
                133: "High-key",
                134: "Partial Color Red",
                135: "Partial Color Green",
                136: "Partial Color Blue",
                137: "Partial Color Yellow",
                138: "High Contrast Monochrome",
            }
        ),
        lookup(
            {
                241: "Landscape",
                243: "Aperture-priority AE",
                245: "Portrait",
                246: "Auto",
                247: "Program AE",
                249: "Macro",
                252: "Sunset",
                253: "Sports",
                255: "Manual",
            }
        ),
    ),
    "FaceDetection": (
        lookup(SMILE_SHUTTER),
        lookup({0: "Off", 98: "On"}),
    ),
    "FacesDetected": (
        lookup(FACES_DETECTED),
        lookup({0: "0", 33: "5", 57: "2", 77: "4", 93: "3", 98: "1", 115: "8", 168: "6", 241: "7"}),
    ),
    "FlashAction": (
        lookup({0: "Did not fire", 1: "Flash Fired", 2: "External Flash Fired", 3: "Wireless Controlled Flash Fired"}),
        lookup(FLASH_ACTION),
        lookup({0: "Did not fire", 1: "Fired"}),
    ),
    "FlashAction2": (
        lookup(FLASH_ACTION2),
        lookup(
            {0: "Did not fire", 2: "External Flash fired (2)", 3: "Built-in Flash fired", 4: "External Flash fired (4)"}
        ),
    ),
    "FlashActionExternal": (
        lookup({121: "Fired", 122: "Fired", 136: "Did not fire"}),
        lookup(FLASH_ACTION_EXTERNAL),
    ),
    "FlashControl": (
        lookup(FLASH_CONTROL),
        lookup({1: "ADI Flash", 2: "Pre-flash TTL"}),
    ),
    "FlashMode": (
        lookup(FLASH_MODE_SONY),
        lookup({1: "Flash Off", 16: "Autoflash", 17: "Fill-flash", 18: "Slow Sync", 19: "Rear Sync", 20: "Wireless"}),
        lookup({0: "Autoflash", 1: "Fill-flash", 2: "Flash Off", 3: "Slow Sync", 4: "Rear Sync", 6: "Wireless"}),
    ),
    "FlashStatus": (
        lookup({0: "None", 2: "External"}),
        lookup({0: "None", 1: "Built-in", 2: "External"}),
        lookup(FLASH_STATUS),
    ),
    "FocusMode": (
        lookup({0: "Manual", 2: "AF-S", 3: "AF-C", 5: "Semi-manual", 6: "DMF"}),
        lookup({**FOCUS_MODE_SONY, 7: "AF-D"}),
        lookup(FOCUS_MODE_SONY),
        lookup(FOCUS_MODE_SETTING),
        lookup(FOCUS_MODE_SETTING_SONY),
        FOCUS_MODE,
    ),
    "FocusModeSetting": (
        lookup(FOCUS_MODE_SETTING_SONY),
        lookup(FOCUS_MODE_SETTING),
        FOCUS_MODE,
    ),
    "HDRSetting": (
        lookup(HDR_SETTING),
        lookup(
            {
                0: "Off",
                1: "HDR Auto",
                3: "HDR 1 EV",
                5: "HDR 2 EV",
                7: "HDR 3 EV",
                9: "HDR 4 EV",
                11: "HDR 5 EV",
                13: "HDR 6 EV",
            }
        ),
    ),
    "HighISONoiseReduction": (
        lookup({**HIGH_ISONOISE_REDUCTION_VALUES, 256: "Auto", 65535: "n/a"}),
        lookup(HIGH_ISO_NOISE_REDUCTION_SONY),
        lookup(HIGH_ISONOISE_REDUCTION_VALUES),
        lookup({16: "Low", 17: "High", 19: "Auto"}),
    ),
    "ImageStabilization": (
        lookup(IMAGE_STABILIZATION_SONY),
        lookup({0: "Off", 64: "On"}),
    ),
    "ImageStyle": (
        lookup(IMAGE_STYLE),
        lookup(IMAGE_STYLE_VALUES),
    ),
    "IntelligentAuto": (
        lookup(INTELLIGENT_AUTO),
        lookup(OFF_ON),
    ),
    "LensMount": (
        lookup(LENS_MOUNT),
        lookup({0: "Unknown", 1: "A-mount", 2: "E-mount"}),
        lookup({0: "Unknown", 1: "A-mount", 2: "E-mount", 3: "A-mount (3)"}),
    ),
    "LongExposureNoiseReduction": (
        lookup(
            {
                0: "Off",
                1: "On (unused)",
                65537: "On (dark subtracted)",
                4294901760: "Off (65535)",
                4294901761: "On (65535)",
                4294967295: "n/a",
            },
            hex_unknown=True,
        ),
        lookup(OFF_ON),
        lookup(SMILE_SHUTTER),
    ),
    "MeteringMode": (
        lookup(METERING_MODE_SONY),
        lookup({1: "Multi-segment", 2: "Center-weighted average", 3: "Spot"}),
        lookup({0: "Multi-segment", 2: "Center-weighted average", 3: "Spot", 4: "Average", 5: "Highlight"}),
    ),
    "MultiFrameNoiseReduction": (
        lookup({0: "Off", 1: "On", 255: "n/a"}),
        lookup(MULTI_FRAME_NOISE_REDUCTION),
    ),
    "Quality": (
        either(
            lookup(
                {
                    "0 0": "n/a",
                    "0 1": "Standard",
                    "0 2": "Fine",
                    "0 3": "Extra Fine",
                    "0 4": "Light",
                    "1 0": "RAW",
                    "1 1": "RAW + Standard",
                    "1 2": "RAW + Fine",
                    "1 3": "RAW + Extra Fine",
                    "1 4": "RAW + Light",
                }
            ),
            lookup(
                {
                    0: "RAW",
                    1: "Super Fine",
                    2: "Fine",
                    3: "Standard",
                    4: "Economy",
                    5: "Extra Fine",
                    6: "RAW + JPEG/HEIF",
                    7: "Compressed RAW",
                    8: "Compressed RAW + JPEG",
                    9: "Light",
                    4294967295: "n/a",
                }
            ),
        ),
        lookup(QUALITY_SONY),
        lookup({2: "RAW", 4: "RAW + JPEG", 6: "Fine", 7: "Standard"}),
    ),
    "Quality2": (
        lookup({0: "JPEG", 1: "RAW", 2: "RAW + JPEG"}),
        lookup(QUALITY2),
        lookup({1: "JPEG", 2: "RAW", 3: "RAW + JPEG", 4: "HEIF", 6: "RAW + HEIF"}),
    ),
    "RedEyeReduction": (
        lookup(OFF_ON),
        lookup(SMILE_SHUTTER),
    ),
    "Rotation": (
        lookup(CAMERA_ORIENTATION),
        lookup({0: "Horizontal (normal)", 1: "Rotate 270 CW", 2: "Rotate 90 CW"}),
    ),
    "SelfTimer": (
        lookup(SELF_TIMER),
        lookup({0: "Off", 1: "Self-timer 5 or 10 s", 2: "Self-timer 2 s"}),
    ),
    "SequenceLength": (
        lookup(SEQUENCE_LENGTH),
        either(
            lookup(
                {
                    0: "Continuous",
                    1: "1 file",
                    2: "2 files",
                    3: "3 files",
                    5: "5 files",
                    7: "7 files",
                    9: "9 files",
                    10: "10 files",
                }
            ),
            lookup({**SEQUENCE_LENGTH, 7: "7 shots", 9: "9 shots", 12: "12 shots", 16: "16 shots"}),
        ),
    ),
    "SequenceNumber": (
        lookup({0: "Single", 65535: "n/a"}),
        lookup(SEQUENCE_NUMBER),
    ),
    "SonyImageSize": (
        lookup(LARGE_MEDIUM_SMALL),
        lookup(
            {
                21: "Large (3:2)",
                22: "Medium (3:2)",
                23: "Small (3:2)",
                25: "Large (16:9)",
                26: "Medium (16:9)",
                27: "Small (16:9)",
            }
        ),
    ),
    "WhiteBalance": (
        either(
            lookup(
                {
                    0: "Auto",
                    4: "Custom",
                    5: "Daylight",
                    6: "Cloudy",
                    7: "Cool White Fluorescent",
                    8: "Day White Fluorescent",
                    9: "Daylight Fluorescent",
                    10: "Incandescent2",
                    11: "Warm White Fluorescent",
                    14: "Incandescent",
                    15: "Flash",
                    17: "Underwater 1 (Blue Water)",
                    18: "Underwater 2 (Green Water)",
                    19: "Underwater Auto",
                }
            ),
            lookup(
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
                    128: "Underwater",
                },
                hex_unknown=True,
            ),
        ),
        lookup(WHITE_BALANCE_SONY),
        lookup({1: "Incandescent", 2: "Fluorescent", 4: "Daylight", 5: "Cloudy", 6: "Custom", 255: "Preset"}),
    ),
    "WhiteBalanceSetting": (
        lookup(WHITE_BALANCE_SETTING),
        lookup(
            {
                16: "Auto (-3)",
                17: "Auto (-2)",
                18: "Auto (-1)",
                19: "Auto (0)",
                20: "Auto (+1)",
                21: "Auto (+2)",
                22: "Auto (+3)",
                32: "Daylight (-3)",
                33: "Daylight (-2)",
                34: "Daylight (-1)",
                35: "Daylight (0)",
                36: "Daylight (+1)",
                37: "Daylight (+2)",
                38: "Daylight (+3)",
                48: "Shade (-3)",
                49: "Shade (-2)",
                50: "Shade (-1)",
                51: "Shade (0)",
                52: "Shade (+1)",
                53: "Shade (+2)",
                54: "Shade (+3)",
                64: "Cloudy (-3)",
                65: "Cloudy (-2)",
                66: "Cloudy (-1)",
                67: "Cloudy (0)",
                68: "Cloudy (+1)",
                69: "Cloudy (+2)",
                70: "Cloudy (+3)",
                80: "Tungsten (-3)",
                81: "Tungsten (-2)",
                82: "Tungsten (-1)",
                83: "Tungsten (0)",
                84: "Tungsten (+1)",
                85: "Tungsten (+2)",
                86: "Tungsten (+3)",
                96: "Fluorescent (-3)",
                97: "Fluorescent (-2)",
                98: "Fluorescent (-1)",
                99: "Fluorescent (0)",
                100: "Fluorescent (+1)",
                101: "Fluorescent (+2)",
                102: "Fluorescent (+3)",
                112: "Flash (-3)",
                113: "Flash (-2)",
                114: "Flash (-1)",
                115: "Flash (0)",
                116: "Flash (+1)",
                117: "Flash (+2)",
                118: "Flash (+3)",
                163: "Custom",
                243: "Color Temperature/Color Filter",
            },
            hex_unknown=True,
        ),
    ),
}

TABLES: dict[str, Table] = {
    "Sony": Table(
        rows=with_alternatives(
            {
                "Shutter": lookup_else_around(SHUTTER, "Mechanical ({})"),
                "WBShiftAB_GM_Precise": sprintf_all("%.2f %.2f", 0.001),
                "FocusFrameSize": frame_size,
                "ColorTemperature": if_nonzero(not_available(0xFFFFFFFF), "Auto"),
                "AFPoint": lookup(AF_POINT_SONY),
                "AFPointAtShutterRelease": lookup(AF_POINT_AT_SHUTTER_RELEASE),
                "AFStatusActiveSensor": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFAreaMode": lookup(AF_AREA_MODE_SONY),
                "ExposureProgram": lookup(EXPOSURE_PROGRAM_SONY),
                "AFPointInFocus": lookup(AF_POINT_IN_FOCUS),
                "FocusMode": lookup(FOCUS_MODE_SONY),
                "AFType": lookup(AF_TYPE),
                "AFPointsUsed": flags(AF_POINTS_USED_SONY, AF_POINTS_IN_FOCUS5_D_CANON),
                "AFStatusLower-left": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenterHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusNearRight": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusBottomHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusUpper-left": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLeft": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusTopVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusNearLeft": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusTopHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusFarRight": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusRight": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusFarLeft": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusUpper-right": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLower-middle": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusUpper-middle": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenterVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLower-right": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusBottomVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusUpperFarRight": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLower-rightHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusUpper-rightHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLeftHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusFarRightVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusUpper-rightVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusFarRightHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLowerFarRight": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLower-rightVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusRightVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusRightHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusUpper-leftVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusFarLeftHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLower-leftHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLower-leftVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusUpperFarLeft": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusUpper-leftHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusFarLeftVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLeftVertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusLowerFarLeft": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_74_C10": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_66_H5": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_94_E6_Center_F2-8": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_82_D9": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_06_H4": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_31_C5_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_09_D3": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_59_A5": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_38_I7_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_34_E5_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_32_E7_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_07_B3": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_51_B6": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_89_D8": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_64_F5": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_77_F10": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_01_C4": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_03_E4": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_48_H7": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_19_G2": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_17_E2": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_73_B10": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_12_G3": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_14_B2": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_93_H8": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_25_G1": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_11_F3": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_63_E5": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_88_C8": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_40_I5_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_58_I6": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_16_D2": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_05_G4": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_30_C6_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_91_F8": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_69_D11": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_71_F11": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_61_C5": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_86_H9": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_04_F4": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_54_E6_Center": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_56_G6": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_00_B4": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_26_A7_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_42_B7": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_44_D7": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_68_C11": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_75_D10": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_15_C2": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_23_E1": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_27_A6_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_41_A7": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_80_B9": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_10_E3": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_53_D6": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_29_C7_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_81_C9": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_35_G7_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_67_I5": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_02_D4": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_76_E10": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_52_C6": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_21_C1": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_55_F6": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_85_G9": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_43_C7": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_60_B5": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_90_E8": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_28_A5_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_70_E11": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_45_E7": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_22_D1": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_24_F1": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_72_G11": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_36_G6_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_92_G8": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_84_F9": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_57_H6": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_33_E6_Center_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_39_I6_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_87_B8": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_62_D5": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_08_C3": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_79_H10": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_37_G5_Vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_50_A6": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_83_E9": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_13_H3": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_18_F2": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_49_I7": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_20_H2": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_47_G7": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_78_G10": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_46_F7": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatus_65_G5": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenter-14": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFMicroAdjMode": lookup(OFF_ON),
                "AFStatusTopAssist-left": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenterF2-8": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusTop": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusTopAssist-right": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenter-10": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusBottom": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenter-9": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusBottomAssist-left": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenter-7": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenter-12": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFPointSelected": lookup(AF_POINT_SELECTED),
                "AFStatusBottomAssist-right": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenter-11": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenter-vertical": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusCenter-horizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "FocusModeSetting": lookup(FOCUS_MODE_SETTING_SONY),
                "AFStatusTop-left": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusTop-right": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusBottom-left": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusBottom-right": lookup(AF_STATUS_ACTIVE_SENSOR),
                "AFStatusMiddleHorizontal": lookup(AF_STATUS_ACTIVE_SENSOR),
                "FocusStatus": flags(FOCUS_STATUS, FOCUS_STATUS_SONY),
                "FocalLengthTeleZoom": sprintf("%.1f mm"),
                "FocalLength": sprintf("%.1f mm"),
                "SonyImageSize": lookup(LARGE_MEDIUM_SMALL),
                "ExposureLevelIncrements": lookup(EXPOSURE_LEVEL_INCREMENTS_SONY),
                "CreativeStyle": lookup(CREATIVE_STYLE),
                "ImageStyle": lookup(IMAGE_STYLE),
                "ColorTemperatureSet": suffix(" K"),
                "PrioritySetupShutterRelease": lookup(PRIORITY_SETUP_SHUTTER_RELEASE),
                "Saturation": signed,
                "BatteryLevel": suffix("%"),
                "LongExposureNoiseReduction": lookup(OFF_ON),
                "FocusModeSwitch": lookup(FOCUS_MODE_SWITCH),
                "FlashControl": lookup(FLASH_CONTROL),
                "FlashExposureCompSet": if_nonzero(sprintf("%+.1f")),
                "RedEyeReduction": lookup(OFF_ON),
                "WhiteBalance": lookup(WHITE_BALANCE_SONY),
                "WhiteBalanceSetting": lookup(WHITE_BALANCE_SETTING),
                "ColorCompensationFilterSet": signed,
                "ColorCompensationFilterCustom": signed,
                "Rotation": lookup(CAMERA_ORIENTATION),
                "ExposureTime": exposure_time_or_bulb,
                "AFWithShutter": lookup(ON_OFF),
                "ShutterSpeedSetting": exposure_time_or_bulb,
                "FNumber": f_number,
                "Brightness": signed,
                "DynamicRangeOptimizerMode": lookup(DYNAMIC_RANGE_OPTIMIZER_MODE),
                "AFIlluminator": lookup(AUTO_OFF),
                "Sharpness": signed,
                "Quality": lookup(QUALITY_SONY),
                "ColorSpace": lookup(COLOR_SPACE_SONY),
                "Contrast": signed,
                "ISOSetting": if_nonzero(sprintf("%.0f"), "Auto"),
                "ZoneMatchingValue": signed,
                "BatteryState": lookup(BATTERY_STATE),
                "MeteringMode": lookup(METERING_MODE_SONY),
                "HighISONoiseReduction": lookup(HIGH_ISO_NOISE_REDUCTION_SONY),
                "ApertureSetting": f_number,
                "ImageNumber": sprintf("%.4d"),
                "AspectRatio": lookup(ASPECT_RATIO_SONY),
                "ImageStabilizationSetting": lookup(OFF_ON),
                "FlashMode": lookup(FLASH_MODE_SONY),
                "ColorTemperatureCustom": suffix(" K"),
                "FlashAction": lookup(FLASH_ACTION),
                "DriveMode": lookup(DRIVE_MODE, hex_unknown=True),
                "AFPointSetting": lookup(AF_POINT_SETTING),
                "ExposureCompensationSet": if_nonzero(sprintf("%+.1f")),
                "FlashAction2": lookup(FLASH_ACTION2),
                "AELock": lookup(OFF_ON_NIKON_SETTINGS),
                "FolderNumber": sprintf("%.3d"),
                "HighSpeedSync": lookup(OFF_ON),
                "LiveViewMetering": lookup(LIVE_VIEW_METERING),
                "LensE-mountVersion": hex_version,
                "CreativeStyleSetting": lookup(CREATIVE_STYLE_SETTING),
                "AFButtonPressed": lookup(AF_BUTTON_PRESSED),
                "ContrastSetting": signed,
                "ColorTemperatureSetting": suffix(" K"),
                "HDRSetting": lookup(HDR_SETTING),
                "FlashStatusExternal": lookup(FLASH_STATUS_EXTERNAL),
                "LensType2": lookup(LENS_TYPE2S),
                "ViewingMode2": lookup(VIEWING_MODE2),
                "SweepPanoramaDirection": lookup(SWEEP_PANORAMA_DIRECTION),
                "HDRLevel": lookup(HDR_LEVEL),
                "SequenceNumber": lookup_or_same(SEQUENCE_NUMBER),
                "LiveViewFocusMode": lookup(LIVE_VIEW_FOCUS_MODE),
                "LiveViewAFSetting": lookup(LIVE_VIEW_AF_SETTING),
                "DynamicRangeOptimizerSetting": lookup(HDR_SETTING),
                "SaturationSetting": signed,
                "DriveModeSetting": lookup(DRIVE_MODE_SETTING, hex_unknown=True),
                "LensMount": lookup(LENS_MOUNT),
                "SharpnessSetting": signed,
                "ViewingMode": lookup(VIEWING_MODE),
                "SmileShutter": lookup(SMILE_SHUTTER),
                "FlashStatusBuilt-in": lookup(OFF_ON_NIKON_SETTINGS),
                "SweepPanoramaSize": lookup(SWEEP_PANORAMA_SIZE),
                "PanoramaSize3D": lookup(PANORAMA_SIZE3_D),
                "MultiFrameNoiseReduction": lookup(MULTI_FRAME_NOISE_REDUCTION),
                "LensFirmwareVersion": lens_firmware,
                "FaceDetection": lookup(SMILE_SHUTTER),
                "SmileShutterMode": lookup(SMILE_SHUTTER_MODE),
                "ImageStabilization2": lookup(IMAGE_STABILIZATION2),
                "BatteryTemperature": sprintf("%.1f C"),
                "ExtraInfoVersion": dotted,
                "BatteryVoltage": sprintf("%.2f V"),
                "ImageStabilization": lookup(IMAGE_STABILIZATION_SONY),
                "BatteryVoltage2": sprintf("%.2f V"),
                "MemoryCardConfiguration": lookup(MEMORY_CARD_CONFIGURATION),
                "CameraOrientation": lookup(CAMERA_ORIENTATION_SONY),
                "ModeDialPosition": lookup(MODE_DIAL_POSITION),
                "BatteryVoltage1": sprintf("%.2f V"),
                "FacesDetected": lookup_or_same(FACES_DETECTED),
                "DriveMode2": lookup(DRIVE_MODE2, hex_unknown=True),
                "DynamicRangeOptimizerBracket": lookup(OFF_LOW_HIGH),
                "ISO": if_nonzero(sprintf("%.0f"), "Auto"),
                "WhiteBalanceBracketing": lookup(OFF_LOW_HIGH),
                "JPEGQuality": lookup(JPEG_QUALITY),
                "ExposureStandardAdjustment": if_nonzero(sprintf("%+.1f")),
                "HDR": in_turn(lookup(HDR_SONY), lookup(HDR3)),
                "LensType": lookup(LENS_TYPES_SONY),
                "Sony_0x9411": clipped,
                "AFTracking": lookup(AF_TRACKING),
                "Sony_0x940b": clipped,
                "PrioritySetInAWB": lookup(PRIORITY_SET_IN_AWB),
                "IntelligentAuto": lookup(INTELLIGENT_AUTO),
                "Sony_0x940e": clipped,
                "Sony_0x9405": clipped,
                "ZoneMatching": lookup(ZONE_MATCHING),
                "MultiFrameNREffect": lookup(MULTI_FRAME_NR_EFFECT),
                "RAWFileType": lookup(RAW_FILE_TYPE),
                "PictureEffect": lookup(PICTURE_EFFECT),
                "AutoPortraitFramed": lookup(NO_YES),
                "Macro": lookup(MACRO),
                "JPEG-HEIFSwitch": lookup(JPEG_HEIF_SWITCH),
                "DistortionCorrectionSetting": lookup(DISTORTION_CORRECTION_SETTING),
                "Anti-Blur": lookup(ANTI_BLUR),
                "VignettingCorrection": lookup(DISTORTION_CORRECTION_SETTING),
                "Tag_0x2010": clipped,
                "LateralChromaticAberration": lookup(DISTORTION_CORRECTION_SETTING),
                "Sony_0x9400": clipped,
                "ColorMode": lookup(COLOR_MODE),
                "SerialNumber": sprintf("%.8d"),
                "Sony_0x940a": clipped,
                "Clarity": signed,
                "Fade": signed,
                "ElectronicFrontCurtainShutter": lookup(OFF_ON),
                "Sony_0x940c": clipped,
                "Teleconverter": lookup(TELECONVERTER, hex_unknown=True),
                "Shadows": signed,
                "PreviewImageSize": joined("x"),
                "SharpnessRange": signed,
                "Sony_0x9402": clipped,
                "Highlights": signed,
                "DynamicRangeOptimizer": lookup(DYNAMIC_RANGE_OPTIMIZER),
                "Sony_0x9408": clipped,
                "PixelShiftInfo": lookup(PIXEL_SHIFT_INFO),
                "Sony_0x9409": clipped,
                "Sony_0x9050": clipped,
                "AFAreaModeSetting": lookup(AF_AREA_MODE_SETTING_SONY),
                "ExposureMode": lookup(EXPOSURE_MODE),
                "ReleaseMode": lookup(RELEASE_MODE_SONY),
                "MeteringMode2": lookup(METERING_MODE2, hex_unknown=True),
                "FocalPlaneAFPointsUsed": flags(FOCAL_PLANE_AF_POINTS_USED, AF_POINTS_IN_FOCUS5_D_CANON),
                "VariableLowPassFilter": lookup(VARIABLE_LOW_PASS_FILTER),
                "SoftSkinEffect": lookup(SOFT_SKIN_EFFECT),
                "MultiBurstMode": lookup(OFF_ON),
                "FullImageSize": joined("x"),
                "HighISONoiseReduction2": lookup(HIGH_ISO_NOISE_REDUCTION2),
                "SceneMode": lookup(SCENE_MODE),
                "SonyModelID": lookup(SONY_MODEL_ID),
                "Sony_0x9406": clipped,
                "Sony_0x940d": clipped,
                "Sony_0x9407": clipped,
                "FlashLevel": lookup(FLASH_LEVEL),
                "Sony_0x940f": clipped,
                "Sony_0x9404": clipped,
                "FileFormat": lookup(FILE_FORMAT),
                "FlashActionExternal": lookup(FLASH_ACTION_EXTERNAL),
                "Orientation2": lookup(ORIENTATION2),
                "ExposureCompensation2": if_nonzero(sprintf("%+.1f")),
                "FlashStatus": lookup(FLASH_STATUS),
                "FocalLength2": sprintf("%.1f mm"),
                "FocusMode2": lookup(FOCUS_MODE2),
                "FlashExposureCompSet2": if_nonzero(sprintf("%+.1f")),
                "LiveViewAFMethod": lookup(LIVE_VIEW_AF_SETTING),
                "CameraTemperature": suffix(" C"),
                "BoardTemperature": suffix(" C"),
                "VibrationReduction": lookup(OFF_ON),
                "SensorTemperature": suffix(" C"),
                "Orientation": lookup(ORIENTATION_SONY),
                "Flash": lookup(FLASH),
                "ImageQuality": lookup(IMAGE_QUALITY_SONY),
                "PanoramaDirection": lookup(PANORAMA_DIRECTION_SONY),
                "ReleaseMode3": lookup(RELEASE_MODE3),
                "PictureProfile": lookup(PICTURE_PROFILE),
                "SelfTimer": lookup(SELF_TIMER),
                "ExposureCompensation": if_nonzero(sprintf("%+.1f")),
                "Quality2": lookup(QUALITY2),
                "StopsAboveBaseISO": nonzero_or_same(sprintf("%.1f")),
                "ReleaseMode2": lookup(RELEASE_MODE2),
                "PictureEffect2": lookup(PICTURE_EFFECT2),
                "SonyISO": sprintf("%.0f"),
                "MinFocalLength": sprintf("%.1f mm"),
                "DistortionCorrParamsNumber": lookup(DISTORTION_CORR_PARAMS_NUMBER),
                "MaxFocalLength": sprintf("%.1f mm"),
                "DistortionCorrParamsPresent": lookup(NO_YES),
                "LensFormat": lookup(LENS_FORMAT),
                "SonyExposureTime": exposure_time_or_bulb,
                "SonyMinAperture": sprintf("%.0f"),
                "SonyMaxAperture": sprintf("%.1f"),
                "InternalSerialNumber": hex_bytes,
                "SonyFNumber": sprintf("%.1f"),
                "APS-CSizeCapture": lookup(OFF_ON),
                "ShutterCount": sprintf("%6d"),
                "SequenceLength": lookup(SEQUENCE_LENGTH),
                "ModelReleaseYear": sprintf("20%.2d"),
                "DigitalZoom": lookup(NO_YES),
                "AmbientTemperature": suffix(" C"),
                "DistortionCorrection": lookup(DISTORTION_CORRECTION),
                "SonyExposureTime2": exposure_time_or_bulb,
                "BaseISO": sprintf("%.0f"),
                "SonyMaxApertureValue": sprintf("%.1f"),
                "BatteryLevelGrip1": suffix("%"),
                "BatteryLevelGrip2": suffix("%"),
                "AFPointsSelected": flags(AF_POINTS_SELECTED, AF_POINTS_SELECTED_SONY),
                "LensMount2": lookup(LENS_MOUNT2),
                "LensType3": lookup(LENS_TYPE2S),
                "CameraE-mountVersion": hex_version,
                "SonyFNumber2": sprintf("%.1f"),
                "Tag9416_0000": sprintf("%3d"),
                "MasterGainAdjustment": sprintf("%.2f dB"),
                "GPSStatus": lookup(GPS_STATUS),
                "GPSLongitudeRef": lookup(GPS_LONGITUDE_REF),
                "GPSMeasureMode": lookup(GPS_MEASURE_MODE),
                "GPSLatitudeRef": lookup(GPS_LATITUDE_REF),
            },
            ALTERNATIVES,
        ),
        text=names(
            """
            Comment GPSDateStamp GPSLatitudeRef GPSLongitudeRef GPSMapDatum GPSMeasureMode GPSStatus
            MetaVersion SerialNumber SonyDateTime
            """
        ),
    ),
}
