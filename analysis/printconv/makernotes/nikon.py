"""Printed values of ExifTool's Nikon, NikonCustom and NikonSettings maker-note tables
(Nikon.pm, NikonCustom.pm and NikonSettings.pm, 12.57), keyed by
tag name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions
as the named printers of :mod:`.functions`. Where tables of one group name a tag alike with
different conversions, the main table's (else the one the engine reads) is kept."""

from ..convert import exposure_time, flags, fraction, lens_info, lookup, suffix
from ..table import Table, names
from . import nikon_custom, nikon_sources
from .common import (
    AF_POINTS_IN_FOCUS5_D_CANON,
    AUTO_OFF,
    COLOR_SPACE,
    DISABLE_ENABLE,
    ENABLE_DISABLE,
    FOCUS_MODE_SETTING,
    LARGE_MEDIUM_SMALL,
    NO_YES,
    NO_YES_NIKON_SETTINGS,
    OFF_LOW_HIGH,
    OFF_ON,
    OFF_ON_NIKON_SETTINGS,
    ON_OFF,
    RELEASE_FOCUS,
    YES_NO,
)
from .functions import (
    by_count,
    crop_hi_speed,
    format_string,
    format_string_or,
    full_or_exposure_time,
    full_or_percent,
    if_nonzero,
    in_turn,
    nikon_iso,
    nikon_lens_type,
    not_available,
    picture_control,
    pixel_size,
    point_version,
    rounded,
    shooting_mode,
    signed,
    sprintf,
    time_zone,
    with_alternatives,
    without_leading_zero,
)
from .nikon_custom import (
    AF_ON_BUTTON_VALUES,
    AFON_BUTTON_VALUES,
    AUTO_BRACKET_MODE_M_VALUES,
    AUTO_BRACKET_SET_VALUES,
    FLASH_SYNC_SPEED_VALUES,
    FUNC_BUTTON_VALUES,
    MOVIE_FUNCTION_BUTTON_VALUES,
    PREVIEW_BUTTON_PLUS_DIALS_VALUES,
    PREVIEW_BUTTON_VALUES,
    STANDBY_TIMER_VALUES,
    SUB_SELECTOR_PLUS_DIALS_VALUES2,
    VERTICAL_FUNC_BUTTON_VALUES,
)
from .nikon_sources import AF_AREA_MODE_PHASE_DETECT, AF_AREA_MODE_V0400

AF_POINT_NIKON = {
    0: "Center",
    1: "Top",
    10: "Far Right",
    2: "Bottom",
    3: "Mid-left",
    4: "Mid-right",
    5: "Upper-left",
    6: "Upper-right",
    7: "Lower-left",
    8: "Lower-right",
    9: "Far Left",
}

AF_AREA_MODE_NIKON = {
    0: "Single Area",
    1: "Dynamic Area",
    2: "Dynamic Area (closest subject)",
    3: "Group Dynamic",
    4: "Single Area (wide)",
    5: "Dynamic Area (wide)",
}

AF_POINTS_IN_FOCUS = AF_POINT_NIKON

AF_POINTS_IN_FOCUS_NIKON = {
    0: "(none)",
    2047: "All 11 Points",
}

PHASE_DETECT_AF = {
    0: "Off",
    1: "On (51-point)",
    2: "On (11-point)",
    3: "On (39-point)",
    4: "On (73-point)",
    5: "On (5)",
    6: "On (105-point)",
    7: "On (153-point)",
    8: "On (81-point)",
    9: "On (105-point)",
}

PRIMARY_AF_POINT = {
    0: "(none)",
    1: "C6 (Center)",
    10: "E6",
    11: "C5",
    12: "B5",
    13: "A4",
    14: "D5",
    15: "E4",
    16: "C8",
    17: "B8",
    18: "A7",
    19: "D8",
    2: "B6",
    20: "E7",
    21: "C9",
    22: "B9",
    23: "A8",
    24: "D9",
    25: "E8",
    26: "C10",
    27: "B10",
    28: "A9",
    29: "D10",
    3: "A5",
    30: "E9",
    31: "C11",
    32: "B11",
    33: "D11",
    34: "C4",
    35: "B4",
    36: "A3",
    37: "D4",
    38: "E3",
    39: "C3",
    4: "D6",
    40: "B3",
    41: "A2",
    42: "D3",
    43: "E2",
    44: "C2",
    45: "B2",
    46: "A1",
    47: "D2",
    48: "E1",
    49: "C1",
    5: "E5",
    50: "B1",
    51: "D1",
    6: "C7",
    7: "B7",
    8: "A6",
    9: "D7",
}

CONTRAST_DETECT_AF = {
    0: "Off",
    1: "On",
    2: "On (2)",
}

AF_POINTS_USED = {
    0: "Center",
    1: "Top",
    2: "Bottom",
    3: "Mid-left",
    4: "Upper-left",
    5: "Lower-left",
    6: "Far Left",
    7: "Mid-right",
    8: "Upper-right",
    9: "Lower-right",
    10: "Far Right",
}

FOCUS_RESULT = {
    0: "Out of Focus",
    1: "Focus",
}

AF_FINE_TUNE = {
    0: "Off",
    1: "On (1)",
    2: "On (2)",
    3: "On (Zoom)",
}

ORIENTATION = {
    1: "Horizontal (normal)",
    2: "Mirror horizontal",
    3: "Rotate 180",
    4: "Mirror vertical",
    5: "Mirror horizontal and rotate 270 CW",
    6: "Rotate 90 CW",
    7: "Mirror horizontal and rotate 90 CW",
    8: "Rotate 270 CW",
}

METERING_MODE_NIKON = {
    0: "Unknown",
    1: "Average",
    2: "Center-weighted average",
    255: "Other",
    3: "Spot",
    4: "Multi-spot",
    5: "Multi-segment",
    6: "Partial",
}

RESOLUTION_UNIT = {
    1: "None",
    2: "inches",
    3: "cm",
}

WB_BRACKETING_STEPS = {
    0: "WB Bracketing Disabled",
    1: "b3F 1",
    16: "0F 2",
    17: "b3F 2",
    18: "A3F 2",
    19: "b2F 2",
    2: "A3F 1",
    20: "A2F 2",
    21: "3F 2",
    22: "5F 2",
    23: "7F 2",
    24: "9F 2",
    3: "b2F 1",
    32: "0F 3",
    33: "b3F 3",
    34: "A3F 3",
    35: "b2F 3",
    36: "A2F 3",
    37: "3F 3",
    38: "5F 3",
    39: "7F 3",
    4: "A2F 1",
    40: "9F 3",
    5: "3F 1",
    6: "5F 1",
    7: "7F 1",
    8: "9F 1",
}

AE_BRACKETING_STEPS = {
    0: "AE Bracketing Disabled",
    129: "+3F0.3",
    130: "-3F0.3",
    131: "+2F0.3",
    132: "-2F0.3",
    133: "3F0.3",
    134: "5F0.3",
    135: "7F0.3",
    136: "9F0.3",
    145: "+3F0.5",
    146: "-3F0.5",
    147: "+2F0.5",
    148: "-2F0.5",
    149: "3F0.5",
    150: "5F0.5",
    151: "7F0.5",
    152: "9F0.5",
    161: "+3F0.7",
    162: "-3F0.7",
    163: "+2F0.7",
    164: "-2F0.7",
    165: "3F0.7",
    166: "5F0.7",
    167: "7F0.7",
    168: "9F0.7",
    177: "+3F1",
    178: "-3F1",
    179: "+2F1",
    180: "-2F1",
    181: "3F1",
    182: "5F1",
    183: "7F1",
    184: "9F1",
    193: "+3F2",
    194: "-3F2",
    195: "+2F2",
    196: "-2F2",
    197: "3F2",
    198: "5F2",
    209: "+3F3",
    210: "-3F3",
    211: "+2F3",
    212: "-2F3",
    213: "3F3",
    214: "5F3",
    32: "AE Bracketing Disabled",
    48: "AE Bracketing Disabled",
    64: "AE Bracketing Disabled",
    80: "AE Bracketing Disabled",
}

ADL_BRACKETING_TYPE = {
    0: "Off",
    1: "2 Shots",
    2: "3 Shots",
    3: "4 Shots",
    4: "5 Shots",
}

# Lookup values several printers build on (ExifTool's hashes, one holding all of another's).
MOVIE_HIGH_ISO_NOISE_REDUCTION = {
    0: "Off",
    1: "Low",
    2: "Normal",
    3: "High",
}
IMAGE_AREA = {
    0: "FX (36x24)",
    1: "DX (24x16)",
    2: "5:4 (30x24)",
    3: "1.2x (30x20)",
}
MENU_MONITOR_OFF_TIME = {
    1: "4 s",
    2: "10 s",
    3: "20 s",
    4: "1 min",
    5: "5 min",
    6: "10 min",
}
VERTICAL_FUNC_BUTTON = VERTICAL_FUNC_BUTTON_VALUES
AF_ON_BUTTON_NIKON_CUSTOM = AF_ON_BUTTON_VALUES


ADL_BRACKETING_STEP = {**MOVIE_HIGH_ISO_NOISE_REDUCTION, 4: "Extra High", 8: "Auto"}

NIKON_METERING_MODE = {
    0: "Matrix",
    1: "Center",
    2: "Spot",
    3: "Highlight",
}

AUTO_DISTORTION_CONTROL = {
    0: "Off",
    1: "On",
    2: "On (underwater)",
}

EXTERNAL_FLASH_FLAGS = {
    0: "Fired",
    2: "Bounce Flash",
    4: "Wide Flash Adapter",
    5: "Dome Diffuser",
}

FLASH_GN_DISTANCE = {
    0: 0,
    1: "0.1 m",
    10: "1.0 m",
    11: "1.1 m",
    12: "1.3 m",
    13: "1.4 m",
    14: "1.6 m",
    15: "1.8 m",
    16: "2.0 m",
    17: "2.2 m",
    18: "2.5 m",
    19: "2.8 m",
    2: "0.2 m",
    20: "3.2 m",
    21: "3.6 m",
    22: "4.0 m",
    23: "4.5 m",
    24: "5.0 m",
    25: "5.6 m",
    255: "n/a",
    26: "6.3 m",
    27: "7.1 m",
    28: "8.0 m",
    29: "9.0 m",
    3: "0.3 m",
    30: "10.0 m",
    31: "11.0 m",
    32: "13.0 m",
    33: "14.0 m",
    34: "16.0 m",
    35: "18.0 m",
    36: "20.0 m",
    4: "0.4 m",
    5: "0.5 m",
    6: "0.6 m",
    7: "0.7 m",
    8: "0.8 m",
    9: "0.9 m",
}

FLASH_GROUP_B_CONTROL_MODE = {
    0: "Off",
    1: "iTTL-BL",
    2: "iTTL",
    3: "Auto Aperture",
    4: "Automatic",
    5: "GN (distance priority)",
    6: "Manual",
    7: "Repeating Flash",
}

FLASH_SOURCE = {
    0: "None",
    1: "External",
    2: "Internal",
}

EXTERNAL_FLASH_FIRMWARE = {
    "0 0": "n/a",
    "1 1": "1.01 (SB-800 or Metz 58 AF-1)",
    "1 3": "1.03 (SB-800)",
    "14 3": "14.03 (SB-5000)",
    "2 1": "2.01 (SB-800)",
    "2 4": "2.04 (SB-600)",
    "2 5": "2.05 (SB-600)",
    "3 1": "3.01 (SU-800 Remote Commander)",
    "4 1": "4.01 (SB-400)",
    "4 2": "4.02 (SB-400)",
    "4 4": "4.04 (SB-400)",
    "5 1": "5.01 (SB-900)",
    "5 2": "5.02 (SB-900)",
    "6 1": "6.01 (SB-700)",
    "7 1": "7.01 (SB-910)",
}

FLASH_COLOR_FILTER = {
    0: "None",
    1: "FL-GL1 or SZ-2FL Fluorescent",
    10: "TN-A2",
    128: "Incandescent",
    2: "FL-GL2",
    65: "Red",
    66: "Blue",
    67: "Yellow",
    68: "Amber",
    9: "TN-A1 or SZ-2TN Incandescent",
}

EXTERNAL_FLASH_READY_STATE = {
    0: "n/a",
    1: "Ready",
    6: "Not Ready",
}

EXTERNAL_FLASH_STATUS = {
    0: "Flash Not Attached",
    1: "Flash Attached",
}

FLASH_ILLUMINATION_PATTERN = {
    0: "Standard",
    1: "Center-weighted",
    2: "Even",
}

HDR_SMOOTHING = {
    0: "Off",
    1: "Normal",
    2: "Low",
    255: "n/a",
    3: "High",
    48: "Auto",
}

HDR_LEVEL2 = {
    0: "Auto",
    1: "1 EV",
    2: "2 EV",
    255: "n/a",
    3: "3 EV",
}

HDR_NIKON = {
    0: "Off",
    1: "On (normal)",
    48: "Auto",
}

ISO_AUTO_HI_LIMIT = {
    102: "ISO Hi 3.0",
    108: "ISO Hi 4.0",
    114: "ISO Hi 5.0",
    36: "ISO 200",
    38: "ISO 250",
    39: "ISO 280",
    40: "ISO 320",
    42: "ISO 400",
    44: "ISO 500",
    45: "ISO 560",
    46: "ISO 640",
    48: "ISO 800",
    50: "ISO 1000",
    51: "ISO 1100",
    52: "ISO 1250",
    54: "ISO 1600",
    56: "ISO 2000",
    57: "ISO 2200",
    58: "ISO 2500",
    60: "ISO 3200",
    62: "ISO 4000",
    63: "ISO 4500",
    64: "ISO 5000",
    66: "ISO 6400",
    68: "ISO 8000",
    69: "ISO 9000",
    70: "ISO 10000",
    72: "ISO 12800",
    74: "ISO 16000",
    75: "ISO 18000",
    76: "ISO 20000",
    78: "ISO 25600",
    80: "ISO 32000",
    81: "ISO 36000",
    82: "ISO 40000",
    84: "ISO 51200",
    86: "ISO Hi 0.3",
    87: "ISO Hi 0.5",
    88: "ISO Hi 0.7",
    90: "ISO Hi 1.0",
    96: "ISO Hi 2.0",
}

ISO_AUTO_SHUTTER_TIME = {
    0: "1/4000 s",
    1: "1/3200 s",
    10: "1/400 s",
    11: "1/320 s",
    12: "1/250 s",
    13: "1/200 s",
    14: "1/160 s",
    15: "1/125 s",
    16: "1/100 s",
    17: "1/80 s",
    18: "1/60 s",
    19: "1/50 s",
    2: "1/2500 s",
    20: "1/40 s",
    21: "1/30 s",
    22: "1/15 s",
    23: "1/8 s",
    24: "1/4 s",
    25: "1/2 s",
    26: "1 s",
    27: "2 s",
    28: "4 s",
    29: "8 s",
    3: "1/2000 s",
    30: "15 s",
    31: "30 s",
    32: "Auto (Slowest)",
    33: "Auto (Slower)",
    34: "Auto",
    35: "Auto (Faster)",
    36: "Auto (Fastest)",
    4: "1/1600 s",
    5: "1/1250 s",
    6: "1/1000 s",
    7: "1/800 s",
    8: "1/640 s",
    9: "1/500 s",
}

ISO_EXPANSION2 = {
    0: "Off",
    257: "Hi 0.3",
    258: "Hi 0.5",
    259: "Hi 0.7",
    260: "Hi 1.0",
    261: "Hi 1.3",
    262: "Hi 1.5",
    263: "Hi 1.7",
    264: "Hi 2.0",
    513: "Lo 0.3",
    514: "Lo 0.5",
    515: "Lo 0.7",
    516: "Lo 1.0",
}

ISO_EXPANSION = {
    **ISO_EXPANSION2,
    265: "Hi 2.3",
    266: "Hi 2.5",
    267: "Hi 2.7",
    268: "Hi 3.0",
    269: "Hi 3.3",
    270: "Hi 3.5",
    271: "Hi 3.7",
    272: "Hi 4.0",
    273: "Hi 4.3",
    274: "Hi 4.5",
    275: "Hi 4.7",
    276: "Hi 5.0",
}

FLASH_REMOTE_CONTROL = {
    0: "Group",
    1: "Quick Wireless",
    2: "Remote Repeating",
}

FLASH_WIRELESS_OPTION = {
    0: "Optical AWL",
    1: "Off",
}

FLASH_MASTER_CONTROL_MODE = {
    0: "TTL",
    1: "Manual",
    2: "Auto",
    3: "Off",
}

MOVIE_TYPE = {
    0: "MOV",
    1: "MP4",
}

JPG_COMPRESSION = {
    0: "Size Priority",
    1: "Optimal Quality",
}

LENS_MOUNT_TYPE = {
    0: "F-mount Lens",
    1: "Z-mount Lens",
}

LENS_ID = {
    1: "Nikkor Z 24-70mm f/4 S",
    11: "Nikkor Z DX 16-50mm f/3.5-6.3 VR",
    12: "Nikkor Z DX 50-250mm f/4.5-6.3 VR",
    13: "Nikkor Z 24-70mm f/2.8 S",
    14: "Nikkor Z 85mm f/1.8 S",
    15: "Nikkor Z 24mm f/1.8 S",
    16: "Nikkor Z 70-200mm f/2.8 VR S",
    17: "Nikkor Z 20mm f/1.8 S",
    18: "Nikkor Z 24-200mm f/4-6.3 VR",
    2: "Nikkor Z 14-30mm f/4 S",
    21: "Nikkor Z 50mm f/1.2 S",
    22: "Nikkor Z 24-50mm f/4-6.3",
    23: "Nikkor Z 14-24mm f/2.8 S",
    24: "Nikkor Z MC 105mm f/2.8 VR S",
    25: "Nikkor Z 40mm f/2",
    26: "Nikkor Z DX 18-140mm f/3.5-6.3 VR",
    27: "Nikkor Z MC 50mm f/2.8",
    28: "Nikkor Z 100-400mm f/4.5-5.6 VR S",
    29: "Nikkor Z 28mm f/2.8",
    30: "Nikkor Z 400mm f/2.8 TC VR S",
    31: "Nikkor Z 24-120 f/4",
    32: "Nikkor Z 800mm f/6.3 VR S",
    32768: "Nikkor Z 400mm f/2.8 TC VR S TC-1.4x",
    32769: "Nikkor Z 600mm f/4 TC VR S TC-1.4x",
    35: "Nikkor Z 28-75mm f/2.8",
    36: "Nikkor Z 400mm f/4.5 VR S",
    37: "Nikkor Z 600mm f/4 TC VR S",
    39: "Nikkor Z 17-28mm f/2.8",
    4: "Nikkor Z 35mm f/1.8 S",
    8: "Nikkor Z 58mm f/0.95 S Noct",
    9: "Nikkor Z 50mm f/1.8 S",
}

TEXT_ENCODING = {
    0: "n/a",
    1: "UTF8",
    2: "UTF16",
}

WHITE_BALANCE_NIKON = {
    0: "Auto",
    1: "Daylight",
    2: "Shade",
    3: "Fluorescent",
    4: "Tungsten",
    5: "Manual",
}

NEF_BIT_DEPTH = {
    "0 0 0 0": "n/a (JPEG)",
    "12 0 0 0": 12,
    "14 0 0 0": 14,
    "16 16 16 0": "16 x 3",
    "8 8 8 0": "8 x 3",
}

TONING_EFFECT_NIKON = {
    128: "B&W",
    129: "Sepia",
    130: "Cyanotype",
    131: "Red",
    132: "Yellow",
    133: "Green",
    134: "Blue-green",
    135: "Blue",
    136: "Purple-blue",
    137: "Red-purple",
    255: "n/a",
}

RETOUCH_HISTORY = {
    0: "None",
    10: "Sky Light",
    11: "Warm Tone",
    12: "Color Custom",
    13: "Image Overlay",
    14: "Red Intensifier",
    15: "Green Intensifier",
    16: "Blue Intensifier",
    17: "Cross Screen",
    18: "Quick Retouch",
    19: "NEF Processing",
    23: "Distortion Control",
    25: "Fisheye",
    26: "Straighten",
    29: "Perspective Control",
    3: "B & W",
    30: "Color Outline",
    31: "Soft Filter",
    32: "Resize",
    33: "Miniature Effect",
    34: "Skin Softening",
    35: "Selected Frame",
    37: "Color Sketch",
    38: "Selective Color",
    39: "Glamour",
    4: "Sepia",
    40: "Drawing",
    44: "Pop",
    45: "Toy Camera Effect 1",
    46: "Toy Camera Effect 2",
    47: "Cross Process (red)",
    48: "Cross Process (blue)",
    49: "Cross Process (green)",
    5: "Trim",
    50: "Cross Process (yellow)",
    51: "Super Vivid",
    52: "High-contrast Monochrome",
    53: "High Key",
    54: "Low Key",
    6: "Small Picture",
    7: "D-Lighting",
    8: "Red Eye",
    9: "Cyanotype",
}

FLASH_MODE = {
    0: "Did Not Fire",
    1: "Fired, Manual",
    18: "LED Light",
    3: "Not Ready",
    7: "Fired, External",
    8: "Fired, Commander Mode",
    9: "Fired, TTL Mode",
}

HIGH_ISO_NOISE_REDUCTION_NIKON = {
    0: "Off",
    1: "Minimal",
    2: "Low",
    3: "Medium Low",
    4: "Normal",
    5: "Medium High",
    6: "High",
}

VIGNETTE_CONTROL = {
    0: "Off",
    1: "Low",
    3: "Normal",
    5: "High",
}

NEF_COMPRESSION = {
    1: "Lossy (type 1)",
    10: "Packed 14 bits",
    13: "High Efficiency",
    14: "High Efficiency*",
    2: "Uncompressed",
    3: "Lossless",
    4: "Lossy (type 2)",
    5: "Striped packed 12 bits",
    6: "Uncompressed (reduced to 12 bit)",
    7: "Unpacked 12 bits",
    8: "Small",
    9: "Packed 12 bits",
}

DATE_STAMP_MODE_NIKON = {
    0: "Off",
    1: "Date & Time",
    2: "Date",
    3: "Date Counter",
}

SHUTTER_MODE_NIKON = {
    0: "Mechanical",
    16: "Electronic",
    48: "Electronic Front Curtain",
    64: "Electronic (Movie)",
    80: "Auto (Mechanical)",
    81: "Auto (Electronic Front Curtain)",
    96: "Electronic (High Speed)",
}

ACTIVE_D_LIGHTING = {
    **VIGNETTE_CONTROL,
    10: "Extra High 3",
    11: "Extra High 4",
    65535: "Auto",
    7: "Extra High",
    8: "Extra High 1",
    9: "Extra High 2",
}

CROP_HI_SPEED = {
    0: "Off",
    1: "1.3x Crop",
    10: "1.3x Movie Crop",
    11: "FX Uncropped",
    12: "DX Uncropped",
    13: "2.8x Movie Crop",
    14: "1.4x Movie Crop",
    15: "1.5x Movie Crop",
    17: "1:1 Crop",
    2: "DX Crop",
    3: "5:4 Crop",
    4: "3:2 Crop",
    6: "16:9 Crop",
    8: "2.7x Crop",
    9: "DX Movie Crop",
}

PHOTO_SHOOTING_MENU_BANK_IMAGE_AREA = {**IMAGE_AREA, 4: "1:1 (24x24)"}

MOVIE_ISO_AUTO_MANUAL_MODE = {
    0: "ISO 64",
    1: "ISO 80",
    10: "ISO 640",
    11: "ISO 800",
    12: "ISO 1000",
    13: "ISO 1250",
    14: "ISO 1600",
    15: "ISO 2000",
    16: "ISO 2500",
    17: "ISO 3200",
    18: "ISO 4000",
    19: "ISO 5000",
    2: "ISO 100",
    20: "ISO 6400",
    21: "ISO 8000",
    22: "ISO 10000",
    23: "ISO 12800",
    24: "ISO 16000",
    25: "ISO 20000",
    26: "ISO 25600",
    27: "ISO Hi 0.3",
    28: "ISO Hi 0.7",
    29: "ISO Hi 1.0",
    3: "ISO 125",
    32: "ISO Hi 2.0",
    4: "ISO 160",
    5: "ISO 200",
    6: "ISO 250",
    7: "ISO 320",
    8: "ISO 400",
    9: "ISO 500",
}

MOVIE_VIBRATION_REDUCTION = {
    0: "Off",
    1: "On (Normal)",
    2: "On (Sport)",
}

MOVIE_FRAME_RATE = {
    0: "120p",
    1: "100p",
    2: "60p",
    3: "50p",
    4: "30p",
    5: "25p",
    6: "24p",
}

MOVIE_FRAME_SIZE = {
    1: "1920x1080",
    2: "3840x2160",
    3: "7680x4320",
}

RELEASE_MODE = {
    0: "Continuous Low",
    1: "Continuous High",
    2: "Continuous High (Extended)",
    4: "Timer",
    5: "Single Frame",
}

MOVIE_SLOW_MOTION = {
    0: "Off",
    1: "On (4x)",
    2: "On (5x)",
}

MOVIE_FOCUS_MODE = {
    0: "Manual",
    1: "AF-S",
    2: "AF-C",
    4: "AF-F",
}

MOVIE_ACTIVE_D_LIGHTING = {
    0: "Off",
    2: "Low",
    3: "Normal",
    4: "High",
    5: "Extra High",
}

MOVIE_AF_AREA_MODE = {
    0: "Pinpoint",
    1: "Single",
    11: "Subject Tracking",
    12: "Wide (C1)",
    13: "Wide (C2)",
    2: "Dynamic",
    3: "Wide (S)",
    4: "Wide (L)",
    5: "3D",
    6: "Auto",
}

BRACKET_SET = {
    0: "AE/Flash",
    1: "AE",
    2: "Flash",
    3: "White Balance",
    4: "Active-D Lighting",
}

PHOTO_SHOOTING_MENU_BANK = {
    0: "A",
    1: "B",
    2: "C",
    3: "D",
}

EMPTY_SLOT_RELEASE = {
    0: "Disable Release",
    1: "Enable Release",
}

MOVIE_TONE_MAP = {
    0: "SDR",
    1: "HLG",
    2: "N-Log",
}

MOVIE_SUBJECT_DETECTION = {
    0: "Off",
    1: "Auto",
    2: "People",
    3: "Animals",
    4: "Vehicles",
}

HDMI_OUTPUT_RESOLUTION = {
    0: "Auto",
    1: "4320p",
    2: "2160p",
    3: "1080p",
    5: "720p",
}

MOVIE_SOUND_RECORDING = {
    0: "Off",
    1: "Auto",
    2: "Manual",
}

MOVIE_FLICKER_REDUCTION = {
    0: "Auto",
    1: "50Hz",
    2: "60Hz",
}

BRACKET_INCREMENT = {
    0: "0.3",
    2: "0.7",
    3: "1.0",
    4: "2.0",
    5: "3.0",
}

MULTIPLE_EXPOSURE_MODE = {
    0: "Off",
    1: "On",
    2: "On (Series)",
}

BRACKET_PROGRAM = {
    0: "Disabled",
    2: "2F",
    3: "3F",
    4: "4F",
    5: "5F",
    7: "7F",
    9: "9F",
}

LANGUAGE = {
    15: "Portuguese",
    4: "English",
    5: "Spanish",
    7: "French",
}

SENSOR_SHIELD = {
    0: "Stays Open",
    1: "Closes",
}

SECONDARY_SLOT_FUNCTION = {
    0: "Overflow",
    1: "Backup",
    2: "NEF Primary + JPG Secondary",
    3: "JPG Primary + JPG Secondary",
}

MICROPHONE_FREQUENCY_RESPONSE = {
    0: "Wide Range",
    1: "Vocal Range",
}

MOVIE_VR_MODE = {
    0: "Off",
    1: "Normal",
    2: "Sport",
}


MOVIE_IMAGE_AREA = {
    0: "FX",
    1: "DX",
}

PRE_RELEASE_BURST_LENGTH = {
    0: "None",
    1: "0.3 Sec",
    2: "0.5 Sec",
    3: "1 Sec",
}

MONITOR_BRIGHTNESS = {
    0: "-5",
    1: "-4",
    10: "5",
    14: "Hi1",
    15: "Hi2",
    16: "Lo2",
    17: "Lo1",
    2: "-3",
    3: "-2",
    4: "-1",
    5: "0",
    6: "1",
    7: "2",
    8: "3",
    9: "4",
}

POST_RELEASE_BURST_LENGTH = {
    0: "1 Sec",
    1: "2 Sec",
    2: "3 Sec",
    3: "Max",
}

HIGH_FRAME_RATE = {
    0: "Off",
    1: "CH",
    3: "C30",
    4: "C120",
    5: "C60",
}

PRIMARY_SLOT = {
    0: "XQD Card",
    1: "SD Card",
}

MULTI_EXPOSURE_MODE = {
    0: "Off",
    1: "Multiple Exposure",
    2: "Image Overlay",
    3: "HDR",
}

MULTI_EXPOSURE_OVERLAY_MODE = {
    0: "Add",
    1: "Average",
    2: "Light",
    3: "Dark",
}

EXPOSURE_PROGRAM = {
    0: "Not Defined",
    1: "Manual",
    2: "Program AE",
    3: "Aperture-priority AE",
    4: "Shutter speed priority AE",
    5: "Creative (Slow speed)",
    6: "Action (High speed)",
    7: "Portrait",
    8: "Landscape",
}

FILTER_EFFECT_NIKON = {
    128: "Off",
    129: "Yellow",
    130: "Orange",
    131: "Red",
    132: "Green",
    255: "n/a",
}

PICTURE_CONTROL_ADJUST = {
    0: "Default Settings",
    1: "Quick Adjust",
    2: "Full Control",
}

RETOUCH_NEF_PROCESSING = {
    -1: "Off",
    1: "On",
}

ROTATION = {
    0: "Horizontal",
    1: "Rotate 270 CW",
    2: "Rotate 90 CW",
    3: "Rotate 180",
}


VR_0X66 = {
    0: "Off",
    1: "On (normal)",
    2: "On (active)",
}

IMAGE_QUALITY = {
    0: "NEF (RAW) + JPEG Fine",
    1: "NEF (RAW) + JPEG Norm",
    2: "NEF (RAW) + JPEG Basic",
    3: "NEF (RAW)",
    4: "TIF (RGB)",
    5: "JPEG Fine",
    6: "JPEG Normal",
    7: "JPEG Basic",
}

NIKON_IMAGE_SIZE = {
    0: "Large",
    1: "Medium",
    2: "Small",
}

FLASH_FIRED = {
    1: "Internal",
    2: "External",
}

VR_TYPE = {
    2: "In-body",
    3: "In-body + Lens",
}

DATE_DISPLAY_FORMAT = {
    0: "Y/M/D",
    1: "M/D/Y",
    2: "D/M/Y",
}

MULTI_SELECTOR_LIVE_VIEW_MODE = {
    0: "Reset",
    1: "Zoom",
    3: "None",
}

NO_MEMORY_CARD = {
    0: "Release Locked",
    1: "Enable Release",
}

ISO_STEP_SIZE = {
    0: "1/3 EV",
    1: "1/2 EV",
    2: "1 EV",
}

AF_C_PRIORITY_SELECTION = {
    0: "Release",
    1: "Release + Focus",
    2: "Focus",
}

MONITOR_OFF_TIME = {
    0: "10 s",
    1: "20 s",
    2: "1 min",
    3: "5 min",
    4: "10 min",
}

AUTO_BRACKET_SET = AUTO_BRACKET_SET_VALUES

INITIAL_ZOOM_SETTING = {
    0: "High Magnification",
    1: "Medium Magnification",
    2: "Low Magnification",
}

PREVIEW_BUTTON_PLUS_DIALS = PREVIEW_BUTTON_PLUS_DIALS_VALUES

FUNC_BUTTON_PLUS_DIALS = {
    0: "None",
    2: "One Step Speed/Aperture",
    3: "Choose Non-CPU Lens Number",
    5: "Auto Bracketing",
    6: "Dynamic AF Area",
}

MULTI_SELECTOR_PLAYBACK_MODE = {
    0: "Thumbnail On/Off",
    1: "View Histograms",
    2: "Zoom On/Off",
    3: "Choose Folder",
}

MULTI_SELECTOR = {
    0: "Do Nothing",
    1: "Reset Meter-off Delay",
}

AUTO_BRACKET_MODE_M = AUTO_BRACKET_MODE_M_VALUES

SELF_TIMER_TIME = {
    0: "2 s",
    1: "5 s",
    2: "10 s",
    3: "20 s",
}

PREVIEW_BUTTON = PREVIEW_BUTTON_VALUES

FUNC_BUTTON = FUNC_BUTTON_VALUES

CH_MODE_SHOOTING_SPEED = {
    0: "9 fps",
    1: "10 fps",
    2: "11 fps",
}

METERING_TIME = {
    0: "4 s",
    1: "6 s",
    2: "8 s",
    3: "16 s",
    4: "30 s",
    5: "1 min",
    6: "5 min",
    7: "10 min",
    8: "30 min",
    9: "No Limit",
}

FOCUS_TRACKING_LOCK_ON = {
    0: "5 (Long)",
    1: "4",
    2: "3 (Normal)",
    3: "2",
    4: "1 (Short)",
    5: "Off",
}

AF_ON_BUTTON = AFON_BUTTON_VALUES

PHOTO_INFO_PLAYBACK = {
    0: "Info Up-down, Playback Left-right",
    1: "Info Left-right, Playback Up-down",
}

MB_D10_BATTERIES = {
    0: "LR6 (AA alkaline)",
    1: "HR6 (AA Ni-MH)",
    2: "FR6 (AA lithium)",
    3: "ZR6 (AA Ni-Mn)",
}

VIEWFINDER_DISPLAY = {
    0: "Frame Count",
    1: "Exposures Remaining",
}

AF_ACTIVATION = {
    0: "Shutter/AF-On",
    1: "AF-On Only",
}

REVERSE_INDICATORS = {
    0: "+ 0 -",
    1: "- 0 +",
}

SHOOTING_INFO_DISPLAY = {
    0: "Auto",
    1: "Auto",
    2: "Manual (dark on light)",
    3: "Manual (light on dark)",
}

AF_ON_FOR_MB_D10 = {
    0: "AF-On",
    1: "AE/AF Lock",
    2: "AE Lock Only",
    3: "AE Lock (reset on release)",
    4: "AE Lock (hold)",
    5: "AF Lock Only",
    6: "Same as FUNC Button",
}

ASSIGN_BKT_BUTTON = {
    0: "Auto Bracketing",
    1: "Multiple Exposure",
}

IMAGE_REVIEW_TIME = {
    0: "4 s",
    1: "10 s",
    2: "20 s",
    3: "1 min",
    4: "5 min",
    5: "10 min",
}

INITIAL_ZOOM_LIVE_VIEW = {
    0: "Low Magnification",
    1: "Medium Magnification",
    2: "High Magnification",
}

AF_POINT_ILLUMINATION_NIKON_CUSTOM = {
    0: "On in Continuous Shooting and Manual Focusing",
    1: "On During Manual Focusing",
    2: "On in Continuous Shooting Modes",
    3: "Off",
}

FLASH_SYNC_SPEED = {
    0: "1/250 s (auto FP)",
    1: "1/250 s",
    2: "1/200 s",
    3: "1/160 s",
    4: "1/125 s",
    5: "1/100 s",
    6: "1/80 s",
    7: "1/60 s",
}

CENTER_WEIGHTED_AREA_SIZE = {
    0: "8 mm",
    1: "12 mm",
    2: "15 mm",
    3: "20 mm",
    4: "Average",
}

FOCUS_POINT_WRAP = {
    0: "No Wrap",
    1: "Wrap",
}

INTERNAL_FLASH = {
    0: "TTL",
    1: "Manual",
    2: "Repeating Flash",
    3: "Commander Mode",
}

VERTICAL_AF_ON_BUTTON = {**AF_ON_BUTTON, 7: "Same as AF On"}

AUTO_BRACKET_ORDER = {
    0: "0,-,+",
    1: "-,0,+",
}

AF_POINT_BRIGHTNESS_NIKON_CUSTOM = {
    0: "Low",
    1: "Normal",
    2: "High",
    3: "Extra High",
}

MULTI_SELECTOR_LIVE_VIEW = {
    0: "Reset",
    1: "Zoom On/Off",
    2: "Start Movie Recording",
    3: "Not Used",
}

DYNAMIC_AF_AREA = {
    0: "9 Points",
    1: "21 Points",
    2: "51 Points",
    3: "51 Points (3D-tracking)",
}

EASY_EXPOSURE_COMPENSATION = {
    0: "Off",
    1: "On",
    2: "On (auto reset)",
}

BATTERY_ORDER = {
    0: "MB-D10 First",
    1: "Camera Battery First",
}

FLASH_SHUTTER_SPEED = {
    0: "1/60 s",
    1: "1/30 s",
    10: "15 s",
    11: "30 s",
    2: "1/15 s",
    3: "1/8 s",
    4: "1/4 s",
    5: "1/2 s",
    6: "1 s",
    7: "2 s",
    8: "4 s",
    9: "8 s",
}

AE_LOCK_BUTTON = {**PREVIEW_BUTTON, 14: "AF On"}

COMMAND_DIALS_APERTURE_SETTING = {
    0: "Sub-command Dial",
    1: "Aperture Ring",
}

BEEP = {
    0: "High",
    1: "Low",
    2: "Off",
}

REAR_DISPLAY = {
    0: "ISO",
    1: "Exposures Remaining",
}

AF_S_PRIORITY_SELECTION = {
    0: "Focus",
    1: "Release",
}

AF_POINT_SELECTION_NIKON_CUSTOM = {
    0: "51 Points",
    1: "11 Points",
}

MULTI_SELECTOR_SHOOT_MODE = {
    0: "Select Center Focus Point",
    1: "Highlight Active Focus Point",
    2: "Not Used",
}

FLASH_EXPOSURE_COMP_AREA = {
    0: "Entire frame",
    1: "Background only",
}

SUB_SELECTOR = {
    **VERTICAL_FUNC_BUTTON,
    19: "Reset",
    21: "Disable Synchronized Release",
    22: "Remote Release Only",
    23: "Preview",
    8: "AF-On",
}

MATRIX_METERING = {
    0: "Face Detection On",
    1: "Face Detection Off",
}

MOVIE_SUB_SELECTOR_ASSIGNMENT_PLUS_DIALS = {
    0: "None",
    1: "Choose Image Area",
}

PLAYBACK_ZOOM = {
    0: "Use Separate Zoom Buttons",
    1: "Use Either Zoom Button with Command Dial",
}

IMAGE_REVIEW_MONITOR_OFF_TIME = {**MENU_MONITOR_OFF_TIME, 0: "2 s"}

LIVE_VIEW_BUTTON_OPTIONS = {
    0: "Enable",
    1: "Enable (standby time active)",
    2: "Disable",
}

SUB_SELECTOR_PLUS_DIALS = SUB_SELECTOR_PLUS_DIALS_VALUES2

LIVE_VIEW_MONITOR_OFF_TIME = {
    0: "5 min",
    1: "10 min",
    2: "15 min",
    3: "20 min",
    4: "30 min",
    5: "No Limit",
}

LIMIT_AF_AREA_MODE_SELECTION = {
    0: "Auto-area",
    1: "Group-area",
    2: "3D-tracking",
    3: "Dynamic area (51 points)",
    4: "Dynamic area (21 points)",
    5: "Dynamic area (9 points)",
}

LIMIT_AF_AREA_MODE_SELECTION_NIKON_CUSTOM = {
    0: "No Restrictions",
}

GROUP_AREA_AF_ILLUMINATION = {
    0: "Squares",
    1: "Dots",
}

ASSIGN_REMOTE_FN_BUTTON = {
    0: "None",
    1: "Preview",
    16: "+NEF(RAW)",
    2: "FV Lock",
    25: "Live View",
    26: "Flash Disable/Enable",
    3: "AE/AF Lock",
    4: "AE Lock Only",
    5: "AE Lock (reset on release)",
    7: "AF Lock Only",
    8: "AF-On",
}

LENS_FOCUS_FUNCTION_BUTTONS = {
    21: "Disable Synchronized Release",
    22: "Remote Release Only",
    24: "Preset focus Point",
    26: "Flash Disable/Enable",
    3: "AE/AF Lock",
    32: "AF-Area Mode:  Single-point AF",
    33: "AF-Area Mode: Dynamic-area AF (9 points)",
    34: "AF-Area Mode: Dynamic-area AF (21 points)",
    35: "AF-Area Mode: Dynamic-area AF (51 points)",
    36: "AF-Area Mode: Group-area AF",
    37: "AF-Area Mode: Auto area AF",
    4: "AE Lock Only",
    7: "AF Lock Only",
}

STORE_BY_ORIENTATION = {
    0: "Off",
    1: "Focus Point",
    2: "Focus Point and AF-area mode",
}

VERTICAL_MULTI_SELECTOR = {
    0: "Same as Multi-Selector with Info(U/D) & Playback(R/L)",
    1: "Same as Multi-Selector with Info(R/L) & Playback(U/D)",
    2: "Focus Point Selection",
}

MOVIE_FUNCTION_BUTTON = MOVIE_FUNCTION_BUTTON_VALUES

SELF_TIMER_SHOT_INTERVAL = {
    0: "0.5 s",
    1: "1 s",
    2: "2 s",
    3: "3 s",
}

SUB_SELECTOR_ASSIGNMENT = {
    0: "Focus Point Selection",
    1: "Same As Multi-selector",
}

MOVIE_PREVIEW_BUTTON = {
    0: "None",
    2: "Power Aperture (open)",
    3: "Index Marking",
    4: "View Photo Shooting Info",
}

STANDBY_TIMER = STANDBY_TIMER_VALUES

MOVIE_SUB_SELECTOR_ASSIGNMENT = {
    0: "None",
    1: "Index Marking",
    2: "AE/AF Lock",
    3: "AE Lock Only",
    4: "AE Lock (hold)",
    5: "AF Lock Only",
    6: "View Photo Shooting Info",
}

PITCH = {
    0: "High",
    1: "Low",
}

MOVIE_SHUTTER_BUTTON = {
    0: "Take Photo",
    1: "Record Movies",
    2: "Live Frame Grab",
}

VERTICAL_FUNC_BUTTON_PLUS_DIALS = {
    **SUB_SELECTOR_PLUS_DIALS,
    10: "Metering",
    3: "One Step Speed / Aperture",
    5: "Active D-Lighting",
    7: "ISO Sensitivity",
    8: "Exposure Mode",
    9: "Exposure Compensation",
}

AF_MODE_RESTRICTIONS = {
    0: "Off",
    1: "AF-C",
    2: "AF-S",
}

ASSIGN_MOVIE_RECORD_BUTTON = {
    0: "None",
    1: "Choose Image Area (FX/DX/5:4)",
    2: "Shutter Speed & Aperture Lock",
    3: "ISO Sensitivity",
    4: "Shooting Bank Menu",
}

SHOOTING_MODE_SETTING = {
    0: "Single Frame",
    1: "Continuous",
    2: "Self-timer",
    3: "Delayed Remote",
    4: "Quick-response Remote",
}

AUTO_ISO_MAX = {
    1: 400,
    2: 800,
    3: 1600,
}

AUTO_ISO_MIN_SHUTTER_SPEED = {
    0: "1/125 s",
    1: "1/60 s",
    2: "1/30 s",
    3: "1/15 s",
    4: "1/8 s",
    5: "1/4 s",
    6: "1/2 s",
    7: "1 s",
}

AF_AREA_MODE_SETTING = {
    0: "Single Area",
    1: "Dynamic Area",
    2: "Closest Subject",
}

TIMER_FUNCTION_BUTTON = {
    0: "Shooting Mode",
    1: "Image Quality/Size",
    2: "ISO",
    3: "White Balance",
    4: "Self-timer",
}

METERING = {
    0: "Matrix",
    1: "Center-weighted",
    2: "Spot",
}

REMOTE_ON_DURATION = {
    0: "1 min",
    1: "5 min",
    2: "10 min",
    3: "15 min",
}

FUNC2_BUTTON_PLUS_DIALS = {
    0: "None",
    1: "Choose Image Area",
    2: "Shutter Speed & Aperture Lock",
    3: "One Step Speed / Aperture",
    4: "Choose Non-CPU Lens Number",
    5: "Active D-Lighting",
    7: "Photo Shooting Menu Bank",
    8: "Exposure Delay Mode",
}

ASSIGN_MOVIE_FUNC2_BUTTON = {
    0: "None",
    3: "Index Marking",
    4: "View Photo Shooting Info",
}

ASSIGN_MOVIE_RECORD_BUTTON_PLUS_DIALS = {
    0: "None",
    1: "Choose Image Area",
    11: "Exposure Mode",
    2: "Shutter Speed & Aperture Lock",
    7: "Photo Shooting Menu Bank",
}

FUNC2_BUTTON = {
    **AF_ON_BUTTON_NIKON_CUSTOM,
    1: "Preview",
    10: "Bracketing Burst",
    11: "Matrix Metering",
    12: "Center-weighted Metering",
    13: "Spot Metering",
    14: "Playback",
    15: "My Menu Top Item",
    16: "+NEF(RAW)",
    17: "Virtual Horizon",
    19: "Grid Display",
    2: "FV Lock",
    20: "My Menu",
    21: "Disable Synchronized Release",
    22: "Remote Release Only",
    26: "Flash Disable/Enable",
    27: "Highlight-weighted Metering",
    49: "Sync Release (Master Only)",
    50: "Sync Release (Remote Only)",
}

FUNC3_BUTTON = {
    0: "None",
    1: "Voice Memo",
    2: "Rating",
    3: "Connect To Network",
}

ASSIGN_MOVIE_PREVIEW_BUTTON_PLUS_DIALS = {
    0: "None",
    1: "Choose Image Area (DX/1.3x)",
}

FUNC1_BUTTON = {
    **FUNC2_BUTTON,
    58: "AF-Area Mode + AF-On (Group Area AF - HL)",
    59: "AF-Area Mode + AF-On (Group Area AF - VL)",
}

VERTICAL_FUNC_PLUS_DIALS = {
    **FUNC2_BUTTON_PLUS_DIALS,
    10: "ISO Sensitivity",
    11: "Exposure Mode",
    12: "Exposure Compensation",
    13: "Metering",
}

SUBJECT_MOTION = {
    0: "Steady",
    1: "Middle",
    2: "Erratic",
}

AUTO_FLASH_ISO_SENSITIVITY = {
    0: "Subject and Background",
    1: "Subject Only",
}

ASSIGN_MOVIE_SUBSELECTOR = {
    0: "None",
    3: "Index Marking",
    4: "View Photo Shooting Info",
    5: "AE/AF Lock",
    6: "AE Lock (Only)",
    7: "AE Lock (Hold)",
    8: "AF Lock (Only)",
}

THREE_D_TRACKING_WATCH_AREA = {
    0: "Wide",
    1: "Normal",
}

SYNC_RELEASE_MODE = {
    0: "No Sync",
    1: "Sync",
}

SUB_SELECTOR_CENTER = {
    **AF_ON_BUTTON_NIKON_CUSTOM,
    1: "Preview",
    10: "Bracketing Burst",
    11: "Matrix Metering",
    12: "Center-weighted Metering",
    13: "Spot Metering",
    14: "Playback",
    15: "My Menu Top Item",
    16: "+NEF(RAW)",
    17: "Virtual Horizon",
    18: "Reset Focus Point",
    19: "Grid Display",
    2: "FV Lock",
    20: "My Menu",
    22: "Remote Release Only",
    23: "Preset Focus Point",
    26: "Flash Disable/Enable",
    27: "Highlight-weighted Metering",
    49: "Sync Release (Master Only)",
    50: "Sync Release (Remote Only)",
    54: "Highlight Active Focus Point",
}

NUMBER_OF_FOCUS_POINTS = {
    0: "55 Points",
    1: "15 Points",
}

MOVIE_FUNC1_BUTTON = {
    0: "None",
    11: "Exposure Compensation -",
    2: "Power Aperture (close)",
    3: "Index Marking",
    4: "View Photo Shooting Info",
}

ISO_DISPLAY = {
    0: "Show ISO Sensitivity",
    1: "Show Frame Count",
}

ASSIGN_MB_D17_AF_ON_BUTTON = {**AF_ON_BUTTON_NIKON_CUSTOM, 100: "Same as Camera AF-On Button"}

ASSIGN_MB_D17_FUNC_BUTTON_PLUS_DIALS = {
    0: "None",
    1: "Choose Image Area (DX/1.3x)",
    10: "ISO Sensitivity",
    11: "Exposure Mode",
    12: "Exposure Compensation",
    13: "Metering Mode",
    2: "Shutter Speed & Aperture Lock",
    3: "One Step Speed / Aperture",
    4: "Choose Non-CPU Lens Number",
    5: "Active D-Lighting",
    7: "Photo Shooting Menu Bank",
    8: "Exposure Delay Mode",
}

PLAYBACK_MENUS_TIME = {
    0: "8 s",
    1: "12 s",
    2: "20 s",
    3: "1 min",
    4: "10 min",
}

LIVE_VIEW_AF = {
    0: "Face Priority",
    1: "Wide Area",
    2: "Normal Area",
    3: "Subject Tracking",
}

EV_STEP_SIZE = {
    0: "1/3 EV",
    1: "1/2 EV",
}

FUNCTION_BUTTON = {
    16: "+ NEF (RAW)",
    18: "Active D-Lighting",
    25: "Live View",
    26: "Image Quality",
    27: "ISO",
    28: "White Balance",
    29: "HDR",
    3: "AE/AF Lock",
    30: "Auto Bracketing",
    31: "AF-area Mode",
    4: "AE Lock Only",
    6: "AE Lock (hold)",
    7: "AF Lock Only",
    8: "AF-ON",
}

COMMANDER_INTERNAL_TTL_CHANNEL = {
    0: "1 ch",
    1: "2 ch",
    2: "3 ch",
    3: "4 ch",
}

LIVE_VIEW_AF_AREA_MODE = {
    0: "Face-Priority",
    1: "NormalArea",
    2: "WideArea",
    3: "SubjectTracking",
}

LIVE_VIEW_AF_MODE = {
    0: "AF-C",
    1: "AF-F",
}

AF_ON_FOR_MB_D11 = {
    0: "AE/AF Lock",
    1: "AE Lock Only",
    2: "AF Lock Only",
    3: "AE Lock (hold)",
    4: "AF-ON",
    5: "FV Lock",
    6: "Same as FUNC Button",
}

MB_D11_BATTERY_TYPE = {
    0: "LR6 (AA alkaline)",
    1: "Ni-MH (AA Ni-MH)",
    2: "FR6 (AA lithium)",
}

OK_BUTTON = {
    0: "Off",
    1: "Select Center Focus Point",
    2: "Highlight Active Focus Point",
    3: "Not Used",
}

BEEP_VOLUME = {
    0: "Off",
    1: "1",
    2: "2",
    3: "3",
}

COMMANDER_GROUP_A_MODE = {
    0: "TTL",
    1: "Auto Aperture",
    2: "Manual",
    3: "Off",
}

COMMANDER_INTERNAL_FLASH = {
    0: "TTL",
    1: "Manual",
    2: "Off",
}

AF_AREA_ILLUMINATION = {
    0: "Auto",
    1: "Off",
    2: "On",
}

MB_D80_BATTERIES = {
    0: "LR6 (AA Alkaline)",
    1: "HR6 (AA Ni-MH)",
    2: "FR6 (AA Lithium)",
    3: "ZR6 (AA Ni-Mg)",
}

CENTER_AF_AREA = {
    0: "Normal Zone",
    1: "Wide Zone",
}

COMMAND_DIALS = {
    0: "Standard (Main Shutter, Sub Aperture)",
    1: "Reversed (Main Aperture, Sub Shutter)",
}

AUTO_BRACKETING_SET = {**AUTO_BRACKET_SET, 4: "Active D-Lighting"}

MB_D12_BATTERY_TYPE = {
    0: "LR6 (AA alkaline)",
    1: "HR6 (AA Ni-MH)",
    2: "FR6 (AA lithium)",
}

MOVIE_AE_LOCK_BUTTON_ASSIGNMENT = {
    0: "None",
    3: "Index Marking",
    4: "View Photo Shooting Info",
    5: "AE/AF Lock",
    6: "AE Lock Only",
    7: "AE Lock (hold)",
    8: "AF Lock Only",
}

AF_ON_FOR_MB_D12 = {
    0: "AE/AF Lock",
    1: "AE Lock Only",
    2: "AF Lock Only",
    3: "AE Lock (hold)",
    4: "AE Lock (reset)",
    5: "AF-On",
    6: "FV Lock",
    7: "Same As Fn Button",
}

LIGHT_SWITCH = {
    0: "LCD Backlight",
    1: "LCD Backlight and Shooting Information",
}

ASSIGN_MB_D18_FUNC_BUTTON_PLUS_DIALS = {
    **FUNC2_BUTTON_PLUS_DIALS,
    10: "ISO Sensitivity",
    11: "Exposure Mode",
    12: "Exposure Compensation",
    13: "Metering Mode",
}

ASSIGN_MB_D18_FUNC_BUTTON = {
    0: "None",
    1: "Preview",
    10: "Bracketing Burst",
    11: "Matrix Metering",
    12: "Center-weighted Metering",
    13: "Spot Metering",
    14: "Playback",
    15: "My Menu Top Item",
    16: "+NEF(RAW)",
    17: "Virtual Horizon",
    18: "Reset Focus Point",
    19: "Grid Display",
    2: "FV Lock",
    20: "My Menu",
    22: "Remote Release Only",
    23: "Preset Focus Point",
    26: "Flash Disable/Enable",
    27: "Highlight-weighted Metering",
    3: "AE/AF Lock",
    36: "AF-Area Mode (Single)",
    37: "AF-Area Mode (Dynamic Area 25 Points)",
    38: "AF-Area Mode (Dynamic Area 72 Points)",
    39: "AF-Area Mode (Dynamic Area 153 Points)",
    4: "AE Lock Only",
    40: "AF-Area Mode (Group Area AF)",
    41: "AF-Area Mode (Auto Area AF)",
    42: "AF-Area Mode + AF-On (Single)",
    43: "AF-Area Mode + AF-On (Dynamic Area 25 Points)",
    44: "AF-Area Mode + AF-On (Dynamic Area 72 Points)",
    45: "AF-Area Mode + AF-On (Dynamic Area 153 Points)",
    46: "AF-Area Mode + AF-On (Group Area AF)",
    47: "AF-Area Mode + AF-On (Auto Area AF)",
    49: "Sync Release (Master Only)",
    5: "AE Lock (reset on release)",
    50: "Sync Release (Remote Only)",
    54: "Highlight Active Focus Point",
    56: "AF-Area Mode (Dynamic Area 9 Points)",
    57: "AF-Area Mode + AF-On (Dynamic Area 9 Points)",
    6: "AE Lock (hold)",
    7: "AF Lock Only",
    8: "AF-On",
}

ASSIGN_MB_D18_AF_ON_BUTTON = {
    0: "None",
    100: "Same as Camera AF-On Button",
    3: "AE/AF Lock",
    36: "AF-Area Mode (Single)",
    37: "AF-Area Mode (Dynamic Area 25 Points)",
    38: "AF-Area Mode (Dynamic Area 72 Points)",
    39: "AF-Area Mode (Dynamic Area 153 Points)",
    4: "AE Lock Only",
    40: "AF-Area Mode (Group Area AF)",
    41: "AF-Area Mode (Auto Area AF)",
    42: "AF-Area Mode + AF-On (Single)",
    43: "AF-Area Mode + AF-On (Dynamic Area 25 Points)",
    44: "AF-Area Mode + AF-On (Dynamic Area 72 Points)",
    45: "AF-Area Mode + AF-On (Dynamic Area 153 Points)",
    46: "AF-Area Mode + AF-On (Group Area AF)",
    47: "AF-Area Mode + AF-On (Auto Area AF)",
    5: "AE Lock (reset on release)",
    56: "AF-Area Mode (Dynamic Area 9 Points)",
    57: "AF-Area Mode + AF-On (Dynamic Area 9 Points)",
    6: "AE Lock (hold)",
    7: "AF Lock Only",
    8: "AF-On",
}

BLOCK_SHOT_AF_RESPONSE = {
    1: "1 (Quick)",
    2: "2",
    3: "3 (Normal)",
    4: "4",
    5: "5 (Delay)",
}

AE_LOCK_FOR_MB_D80 = {
    0: "AE Lock Only",
    1: "AF Lock Only",
    2: "AE Lock (hold)",
    3: "AF-On",
    4: "FV Lock",
    5: "Focus Point Selection",
    7: "AE/AF Lock",
}

VIRTUAL_HORIZON_STYLE = {
    0: "Type A (Cockpit)",
    1: "Type B (Sides)",
}

AF_POINT_SEL = {
    0: "Use All",
    1: "Use Half",
}

FOCUS_PEAKING_HIGHLIGHT_COLOR = {
    0: "Red",
    1: "Yellow",
    2: "Blue",
    3: "White",
}

VERTICAL_MOVIE_FUNC_BUTTON = {
    0: "None",
    1: "Preview",
    10: "Flash Disable/Enable",
    100: "Photo Flicker Reduction",
    101: "Filtered Playback (Select Criteria)",
    103: "Start Series Playback",
    104: "View Assist",
    105: "Hi-Res Zoom+",
    106: "Hi-Res Zoom-",
    108: "Override Other Cameras",
    109: "DISP - Cycle Information Display (shooting)",
    11: "Bracketing Burst",
    110: "DISP - Cycle Information Display (playback)",
    111: "Resume Shooting",
    12: "+NEF(RAW)",
    18: "Virtual Horizon",
    19: "Synchronized Release",
    20: "My Menu",
    21: "My Menu Top Item",
    22: "Playback",
    23: "Rating",
    24: "Protect",
    25: "Zoom",
    26: "Focus Peaking",
    28: "Image Area",
    3: "FV Lock",
    30: "Non-CPU Lens",
    31: "Active-D Lighting",
    33: "1 Stop Speed/Aperture",
    34: "White Balance",
    35: "Metering",
    36: "Auto Bracketing",
    37: "Multiple Exposure",
    38: "HDR Overlay",
    39: "Picture Control",
    4: "AE/AF Lock",
    40: "Quality",
    41: "Focus Mode/AF AreaMode",
    42: "Select Center Focus Point",
    44: "Record Movie",
    47: "Choose Folder",
    48: "Power Aperture (Open)",
    49: "Power Aperture (Close)",
    5: "AE Lock Only",
    52: "Microphone Sensitivity",
    57: "Preset Focus Point",
    58: "AE/AWB Lock (hold)",
    59: "AF-AreaMode",
    6: "AE Lock (reset on release)",
    60: "AF-AreaMode + AF-On",
    61: "Recall Shooting Functions",
    64: "Filtered Playback",
    65: "Same as AF-On",
    66: "Voice Memo",
    7: "AE Lock (hold)",
    70: "Photo Shooting Bank",
    71: "ISO",
    73: "Exposure Compensation",
    76: "Silent Mode",
    78: "LiveView Information",
    79: "AWB Lock (hold)",
    8: "AF Lock Only",
    80: "Grid Display",
    81: "Starlight View",
    82: "Select To Send (PC)",
    83: "Select To Send (FTP)",
    84: "Pattern Tone Range",
    85: "Control Lock",
    86: "Save Focus Position",
    87: "Recall Focus Position",
    88: "Recall Shooting Functions (Hold)",
    9: "AF-On",
    97: "High Frequency Flicker Reduction",
    98: "Switch FX/DX",
    99: "View Mode (Photo LV)",
}

LIMIT_AF_AREA_MODE_SEL_PINPOINT = {
    0: "Limit",
    1: "No Limit",
}

REVERSE_FOCUS_RING = {
    0: "Not Reversed",
    1: "Reversed",
}

KEEP_EXPOSURE = {
    0: "Off",
    1: "Shutter Speed",
    2: "ISO",
}

CMD_DIALS_REVERSE_ROTATION = {
    0: "No",
    1: "Shutter Speed & Aperture",
}

DYNAMIC_AREA_AF_ASSIST = {
    0: "Focus Point Only",
    1: "Focus and Surrounding Points",
}

SUB_COMMAND_DIAL_PLAYBACK_MODE = {
    0: "1 Frame",
    1: "10 Frames",
    2: "50 Frames",
    3: "Folder",
    4: "Protect",
    5: "Photos Only",
    6: "Videos Only",
    7: "Rating",
    8: "Page",
}

LENS_CONTROL_RING = {
    0: "None (Disabled)",
    1: "Focus (M/A)",
    2: "ISO Sensitivity",
    3: "Exposure Compensation",
    4: "Aperture",
}

EVF_RELEASE_INDICATOR = {
    0: "Off",
    1: "Type A (Dark)",
    2: "Type B (Border)",
    3: "Type C (Sides)",
}

EVF_GRID = {
    0: "3x3",
    1: "4x4",
    2: "2.35:1",
    3: "1.85:1",
    4: "5:4",
    5: "4:3",
    6: "1:1",
    7: "16:9",
    8: "90%",
}

MANUAL_FOCUS_POINT_ILLUMINATION = {
    0: "On During Focus Point Selection Only",
    1: "On",
}

FLASH_BURST_PRIORITY = {
    0: "Frame Rate",
    1: "Exposure",
}

MOVIE_AF_SPEED_APPLY = {
    0: "Always",
    1: "Only During Recording",
}

MOVIE_ZEBRA_PATTERN = {
    0: "Pattern 1",
    1: "Pattern 2",
}

PLAYBACK_FLICK_UP = {
    0: "Rating",
    1: "Select To Send (PC)",
    2: "Select To Send (FTP)",
    3: "Protect",
    4: "Voice Memo",
    5: "None",
}

FOCUS_PEAKING_LEVEL = {
    0: "High Sensitivity",
    1: "Standard Sensitivity",
    2: "Low Sensitivity",
}

ZEBRA_PATTERN_TONE_RANGE = {
    0: "Off",
    1: "Highlights",
    2: "Midtones",
}

AUTO_FOCUS_MODE_RESTRICTIONS = {
    0: "AF-S",
    1: "AF-C",
    2: "Full-time AF",
    3: "Manual",
    4: "No Restrictions",
}

MOVIE_AF_TRACKING_SENSITIVITY = {
    0: "1 (High)",
    1: "2",
    2: "3",
    3: "4 (Normal)",
    4: "5",
    5: "6",
    6: "7 (Low)",
}

MOVIE_LENS_CONTROL_RING = {
    0: "None (Disabled)",
    2: "ISO Sensitivity",
    3: "Exposure Compensation",
    4: "Power Aperture",
    5: "Hi-Res Zoom",
}

EVF_WARM_DISPLAY_MODE = {
    0: "Off",
    1: "Mode 1",
    2: "Mode 2",
}

FLICK_ADVANCE_DIRECTION = {
    0: "Left to Right",
    1: "Right to Left",
}

VERTICAL_MULTI_SELECTOR_PLAYBACK_MODE = {
    0: "Image Scroll L/R",
    1: "Image Scroll Up/Down",
}

REMOTE_FUNC_BUTTON = {
    1: "AF-On",
    10: "LiveView Info Display On/Off",
    11: "Recall Shooting Functions",
    12: "None",
    2: "AF Lock Only",
    3: "AE Lock (reset on release)",
    4: "AE Lock Only",
    5: "AE/AF Lock",
    6: "FV Lock",
    7: "Flash Disable/Enable",
    8: "Preview",
    9: "+NEF(RAW)",
}

LIMIT_RELEASE_MODE_SEL_CL = {
    0: "No Limit",
    1: "Limit",
    2: "No Limit",
}

FOCUS_POINT_BRIGHTNESS = {
    1: "Extra High",
    2: "High",
    3: "Normal",
    4: "Low",
}

EXPOSURE_DELAY_MODE = {
    1: "3 s",
    2: "2 s",
    3: "1 s",
    4: "0.5 s",
    5: "0.2 s",
    6: "Off",
}

MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE = {
    1: "On",
    2: "Off",
}

HDMI_OUTPUT_HDR = {
    2: "On",
    3: "Off",
}

PLAYBACK_FLICK_DOWN_RATING = {
    1: "Rating 5",
    2: "Rating 4",
    3: "Rating 3",
    4: "Rating 2",
    5: "Rating 1",
    6: "Candidate for Deletion",
}

SUB_SELECTOR_NIKON_SETTINGS = {
    1: "Same as MultiSelector",
    2: "Focus Point Selection",
}

FLICKER_REDUCTION_INDICATOR = {
    1: "Enable",
    2: "Disable",
}

SUBJECT_MOTION_NIKON_SETTINGS = {
    1: "Erratic",
    2: "Steady",
}

LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S = {
    1: "Limit",
    2: "No Limit",
}

FLICK_ADVANCE_DIRECTION_NIKON_SETTINGS = {
    1: "Right to Left",
    2: "Left to Right",
}

SYNC_RELEASE_MODE_NIKON_SETTINGS = {
    1: "Sync",
    2: "No Sync",
}

MANUAL_FOCUS_POINT_ILLUMINATION_NIKON_SETTINGS = {
    1: "On",
    2: "On During Focus Point Selection Only",
}

AF_POINT_SEL_NIKON_SETTINGS = {
    1: "105 Points",
    2: "27 Points",
    3: "15 Points",
}

SELF_TIMER_TIME_NIKON_SETTINGS = {
    1: "2 s",
    2: "5 s",
    3: "10 s",
    4: "20 s",
}

AF_ACTIVATION_NIKON_SETTINGS = {
    1: "Shutter/AF-On",
    2: "AF-On Only",
}

GROUP_AREA_C1 = {
    1: "1x7",
    10: "7x7",
    11: "7x5",
    12: "7x3",
    13: "7x1",
    14: "11x3",
    15: "11x1",
    16: "15x3",
    17: "15x1",
    2: "1x5",
    3: "3x7",
    4: "3x5",
    5: "3x3",
    6: "5x7",
    7: "5x5",
    8: "5x3",
    9: "5x1",
}

MOVIE_ISO_AUTO_HI_LIMIT = {
    1: "ISO 200",
    10: "ISO 1000",
    11: "ISO 1100",
    12: "ISO 1250",
    13: "ISO 1600",
    14: "ISO 2000",
    15: "ISO 2200",
    16: "ISO 2500",
    17: "ISO 3200",
    18: "ISO 4000",
    19: "ISO 4500",
    2: "ISO 250",
    20: "ISO 5000",
    21: "ISO 6400",
    22: "ISO 8000",
    23: "ISO 9000",
    24: "ISO 10000",
    25: "ISO 12800",
    26: "ISO 16000",
    27: "ISO 18000",
    28: "ISO 20000",
    29: "ISO 25600",
    3: "ISO 280",
    30: "ISO 32000",
    31: "ISO 36000",
    32: "ISO 40000",
    33: "ISO 51200",
    34: "ISO 64000",
    35: "ISO 72000",
    36: "ISO 81200",
    37: "ISO 102400",
    38: "ISO Hi 0.3",
    39: "ISO Hi 0.5",
    4: "ISO 320",
    40: "ISO Hi 0.7",
    41: "ISO Hi 1.0",
    42: "ISO Hi 2.0",
    43: "ISO Hi 3.0",
    44: "ISO Hi 4.0",
    45: "ISO Hi 5.0",
    5: "ISO 400",
    6: "ISO 500",
    7: "ISO 560",
    8: "ISO 640",
    9: "ISO 800",
}

PRIMARY_SLOT_NIKON_SETTINGS = {
    1: "CFexpress/XQD Card",
    2: "SD Card",
}

MOVIE_AF_AREA_MODE_NIKON_SETTINGS = {
    1: "Single-point",
    2: "Wide (S)",
    3: "Wide (L)",
    4: "Wide (L-people)",
    5: "Wide (L-animals)",
    6: "Auto",
    7: "Auto (People)",
    8: "Auto (Animals)",
}

BRACKET_INCREMENT_NIKON_SETTINGS = {
    1: "0.3",
    3: "0.5",
    4: "1.0",
    5: "2.0",
    6: "3.0",
}

LENS_FUNC1_BUTTON = {
    1: "Preset Focus Point - Press To Recall",
    10: "AF-AreaMode Group C1",
    11: "AF-AreaMode Group C2",
    12: "AF-AreaMode Auto Area",
    13: "AF-AreaMode + AF-On S",
    14: "AF-AreaMode + AF-On D9",
    15: "AF-AreaMode + AF-On D25",
    16: "AF-AreaMode + AF-On D49",
    17: "AF-AreaMode + AF-On D105",
    18: "AF-AreaMode + AF-On 3D",
    19: "AF-AreaMode + AF-On Group",
    2: "Preset Focus Point - Hold To Recall",
    20: "AF-AreaMode + AF-On Group C1",
    21: "AF-AreaMode + AF-On Group C2",
    22: "AF-AreaMode + AF-On Auto Area",
    23: "AF-On",
    24: "AF Lock Only",
    25: "AE Lock Only",
    26: "AE/AF Lock",
    27: "Flash Disable/Enable",
    28: "Recall Shooting Functions",
    29: "Synchronized Release (Master)",
    3: "AF-AreaMode S",
    30: "Synchronized Release (Remote)",
    4: "AF-AreaMode D9",
    5: "AF-AreaMode D25",
    6: "AF-AreaMode D49",
    7: "AF-AreaMode D105",
    8: "AF-AreaMode 3D",
    9: "AF-AreaMode Group",
}

ASSIGN_BKT_BUTTON_NIKON_SETTINGS = {
    1: "Auto Bracketing",
    2: "Multiple Exposure",
    3: "HDR (high dynamic range)",
    4: "None",
}

LANGUAGE_NIKON_SETTINGS = {
    15: "Portuguese (Br)",
    5: "English",
    6: "Spanish",
    8: "French",
}

STANDBY_MONITOR_OFF_TIME = {
    1: "4 s",
    2: "6 s",
    3: "10 s",
    4: "30 s",
    5: "1 min",
    6: "5 min",
    7: "10 min",
    8: "30 min",
    9: "No Limit",
}

FOCUS_POINT_SELECTION_SPEED = {
    1: "Normal",
    2: "High",
    3: "Very High",
}

CENTER_WEIGHTED_AREA_SIZE_NIKON_SETTINGS = {
    1: "8 mm",
    2: "12 mm",
    3: "15 mm",
    4: "20 mm",
    5: "Average",
}

MOVIE_AF_SPEED_APPLY_NIKON_SETTINGS = {
    1: "Always",
    2: "Only During Recording",
}

FLASH_EXPOSURE_COMP_AREA_NIKON_SETTINGS = {
    1: "Entire Frame",
    2: "Background Only",
}

MOVIE_FUNC3_BUTTON = {
    1: "Record Movie",
    2: "My Menu",
    3: "My Menu Top Item",
    4: "None",
}

MOVIE_AF_TRACKING_SENSITIVITY_NIKON_SETTINGS = {
    1: "1 (High)",
    2: "2",
    3: "3",
    4: "4 (Normal)",
    5: "5",
    6: "6",
    7: "7 (Low)",
}

MATRIX_METERING_NIKON_SETTINGS = {
    1: "Face Detection On",
    2: "Face Detection Off",
}

VERTICAL_AF_ON_BUTTON_NIKON_SETTINGS = {
    1: "Same as AF-On Button",
    10: "Zoom (Low)",
    11: "Zoom (1:1)",
    12: "Zoom (High)",
    13: "None",
    2: "Select Center Focus Point",
    3: "AF-On",
    4: "AF Lock Only",
    5: "AE Lock (hold)",
    6: "AE Lock (reset on release)",
    7: "AE Lock Only",
    8: "AE/AF Lock",
    9: "LiveView Info Display On/Off",
}

AF_C_PRIORITY_SEL = {
    1: "Release",
    2: "Release + Focus",
    3: "Focus + Release",
    4: "Focus",
}

MULTI_SELECTOR_LIVE_VIEW_NIKON_SETTINGS = {
    1: "Select Center Focus Point",
    2: "Zoom (Low)",
    3: "Zoom (1:1)",
    4: "Zoom (High)",
    5: "None",
}

LIVE_VIEW_BUTTON_OPTIONS_NIKON_SETTINGS = {
    1: "Enable",
    2: "Enable (Standby Timer Active)",
    3: "Disable",
}

MOVIE_FUNC2_BUTTON = {
    1: "Grid Display",
    2: "Zoom (Low)",
    3: "Zoom (1:1)",
    4: "Zoom (High)",
    5: "Image Area",
    6: "Microphone Sensitivity",
    7: "None",
}

HDMI_OUTPUT_RESOLUTION_NIKON_SETTINGS = {
    1: "Auto",
    2: "2160p",
    3: "1080p",
    4: "1080i",
    5: "720p",
    6: "576p",
    7: "480p",
}

VERTICAL_FUNC_BUTTON_NIKON_SETTINGS = {
    1: "AE Lock (hold)",
    10: "Image Area",
    11: "Metering",
    12: "Flash Mode",
    13: "Focus Mode",
    14: "Exposure Delay Mode",
    15: "Shutter/Aperture Lock",
    16: "Exposure Compensation",
    17: "ISO Sensitivity",
    18: "None",
    2: "AE Lock (reset on release)",
    3: "FV Lock",
    4: "Preview",
    5: "+NEF(RAW)",
    6: "Subject Tracking",
    7: "Silent Photography",
    8: "LiveView Info Display On/Off",
    9: "Playback",
}

EXPOSURE_CONTROL_STEP_SIZE = {
    1: "1/3 EV",
    2: "1/2 EV",
    3: "1 EV",
}

RELEASE_BUTTON_TO_USE_DIAL = {
    1: "Yes",
    2: "No",
}

SELF_TIMER_SHOT_INTERVAL_NIKON_SETTINGS = {
    1: "0.5 s",
    2: "1 s",
    3: "2 s",
    4: "3 s",
}

CMD_DIALS_REVERSE_ROTATION_NIKON_SETTINGS = {
    1: "No",
    2: "Shutter Speed & Aperture",
}

BRACKET_PROGRAM_NIKON_SETTINGS = {
    15: "+3F",
    16: "-3F",
    17: "+2F",
    18: "-2F",
    19: "Disabled",
    20: "3F",
    21: "5F",
    22: "7F",
    23: "9F",
}

PREVIEW_BUTTON_NIKON_SETTINGS = {
    1: "Preset Focus Point - Press To Recall",
    10: "AF-AreaMode Group C1",
    11: "AF-AreaMode Group C2",
    12: "AF-AreaMode Auto Area",
    13: "AF-AreaMode + AF-On S",
    14: "AF-AreaMode + AF-On D9",
    15: "AF-AreaMode + AF-On D25",
    16: "AF-AreaMode + AF-On D49",
    17: "AF-AreaMode + AF-On D105",
    18: "AF-AreaMode + AF-On 3D",
    19: "AF-AreaMode + AF-On Group",
    2: "Preset Focus Point - Hold To Recall",
    20: "AF-AreaMode + AF-On Group C1",
    21: "AF-AreaMode + AF-On Group C2",
    22: "AF-AreaMode + AF-On Auto Area",
    23: "AF-On",
    24: "AF Lock Only",
    25: "AE Lock (hold)",
    26: "AE/WB Lock (hold)",
    27: "AE Lock (reset on release)",
    28: "AE Lock Only",
    29: "AE/AF Lock",
    3: "AF-AreaMode S",
    30: "FV Lock",
    31: "Flash Disable/Enable",
    32: "Preview",
    33: "Recall Shooting Functions",
    34: "Bracketing Burst",
    35: "Synchronized Release (Master)",
    36: "Synchronized Release (Remote)",
    39: "+NEF(RAW)",
    4: "AF-AreaMode D9",
    40: "Grid Display",
    41: "Virtual Horizon",
    42: "Voice Memo",
    43: "Wired LAN",
    44: "My Menu",
    45: "My Menu Top Item",
    46: "Playback",
    47: "Filtered Playback",
    48: "Photo Shooting Bank",
    49: "AF Mode/AF Area Mode",
    5: "AF-AreaMode D25",
    50: "Image Area",
    51: "Active-D Lighting",
    52: "Exposure Delay Mode",
    53: "Shutter/Aperture Lock",
    54: "1 Stop Speed/Aperture",
    55: "Non-CPU Lens",
    56: "None",
    6: "AF-AreaMode D49",
    7: "AF-AreaMode D105",
    8: "AF-AreaMode 3D",
    9: "AF-AreaMode Group",
}

AUTO_FLASH_ISO_SENSITIVITY_NIKON_SETTINGS = {
    1: "Subject and Background",
    2: "Subject Only",
}

MOVIE_AF_ON_BUTTON = {
    1: "Center Focus Point",
    10: "Zoom (High)",
    11: "Record Movie",
    12: "None",
    2: "AF-On",
    3: "AF Lock Only",
    4: "AE Lock (hold)",
    5: "AE Lock Only",
    6: "AE/AF Lock",
    7: "LiveView Info Display On/Off",
    8: "Zoom (Low)",
    9: "Zoom (1:1)",
}

AF_AREA_MODE_NIKON_SETTINGS = {
    10: "Auto (Animals)",
    2: "Single-point",
    3: "Dynamic-area",
    4: "Wide (S)",
    5: "Wide (L)",
    6: "Wide (L-people)",
    7: "Wide (L-animals)",
    8: "Auto",
    9: "Auto (People)",
}

FLASH_SHUTTER_SPEED_NIKON_SETTINGS = {
    1: "1/60 s",
    2: "1/30 s",
    3: "1/15 s",
    4: "1/8 s",
    5: "1/4 s",
    6: "1/2 s",
    7: "1 s",
    8: "2 s",
}

FOCUS_POINT_WRAP_NIKON_SETTINGS = {
    1: "Wrap",
    2: "No Wrap",
}

MOVIE_FUNC1_BUTTON_NIKON_SETTINGS = {
    1: "Power Aperture (Close)",
    2: "Exposure Compensation",
    3: "Grid Display",
    4: "Zoom (Low)",
    5: "Zoom (1:1)",
    6: "Zoom (High)",
    7: "Image Area",
    8: "Microphone Sensitivity",
    9: "None",
}

EASY_EXPOSURE_COMPENSATION_NIKON_SETTINGS = {
    1: "On (auto reset)",
    2: "On",
    3: "Off",
}

SUB_DIAL_FRAME_ADVANCE = {
    1: "10 Frames",
    2: "50 Frames",
    3: "Rating",
    4: "Protect",
    5: "Stills Only",
    6: "Movies Only",
    7: "Folder",
}

REVERSE_INDICATORS_NIKON_SETTINGS = {
    1: "+ 0 -",
    2: "- 0 +",
}

HDMI_BIT_DEPTH = {
    1: "8 Bit",
    2: "10 Bit",
}

IMAGE_REVIEW_MONITOR_OFF_TIME_NIKON_SETTINGS = {
    1: "2 s",
    2: "4 s",
    3: "10 s",
    4: "20 s",
    5: "1 min",
    6: "5 min",
    7: "10 min",
}

MOVIE_HIGHLIGHT_DISPLAY_THRESHOLD = {
    1: "255",
    2: "248",
    3: "235",
    4: "224",
    5: "213",
    6: "202",
    7: "191",
    8: "180",
}

ISO_AUTO_FLASH_LIMIT = {
    1: "Same As Without Flash",
    10: "ISO 800",
    11: "ISO 1000",
    13: "ISO 1250",
    14: "ISO 1600",
    15: "ISO 2000",
    17: "ISO 2500",
    18: "ISO 3200",
    19: "ISO 4000",
    2: "ISO 200",
    21: "ISO 5000",
    22: "ISO 6400",
    23: "ISO 8000",
    25: "ISO 10000",
    26: "ISO 12800",
    27: "ISO 16000",
    29: "ISO 20000",
    3: "ISO 250",
    30: "ISO 25600",
    31: "ISO 32000",
    33: "ISO 40000",
    34: "ISO 51200",
    35: "ISO 64000",
    36: "ISO 72000",
    37: "ISO 81200",
    38: "ISO 102400",
    39: "ISO Hi 0.3",
    40: "ISO Hi 0.5",
    41: "ISO Hi 0.7",
    42: "ISO Hi 1.0",
    43: "ISO Hi 2.0",
    44: "ISO Hi 3.0",
    45: "ISO Hi 4.0",
    46: "ISO Hi 5.0",
    5: "ISO 320",
    6: "ISO 400",
    7: "ISO 500",
    9: "ISO 640",
}

ISO_AUTO_SHUTTER_TIME_NIKON_SETTINGS = {
    1: "Auto (Slowest)",
    10: "1/1600 s",
    11: "1/1250 s",
    12: "1/1000 s",
    13: "1/800 s",
    14: "1/640 s",
    15: "1/500 s",
    16: "1/400 s",
    17: "1/320 s",
    18: "1/250 s",
    19: "1/200 s",
    2: "Auto (Slower)",
    20: "1/160 s",
    21: "1/125 s",
    22: "1/100 s",
    23: "1/80 s",
    24: "1/60 s",
    25: "1/50 s",
    26: "1/40 s",
    27: "1/30 s",
    28: "1/25 s",
    29: "1/20 s",
    3: "Auto",
    30: "1/15 s",
    31: "1/13 s",
    32: "1/10 s",
    33: "1/8 s",
    34: "1/6 s",
    35: "1/5 s",
    36: "1/4 s",
    37: "1/3 s",
    38: "1/2.5 s",
    39: "1/2 s",
    4: "Auto (Faster)",
    40: "1/1.6 s",
    41: "1/1.3 s",
    42: "1 s",
    43: "1.3 s",
    44: "1.6 s",
    45: "2 s",
    46: "2.5 s",
    47: "3 s",
    48: "4 s",
    49: "5 s",
    5: "Auto (Fastest)",
    50: "6 s",
    51: "8 s",
    52: "10 s",
    53: "13 s",
    54: "15 s",
    55: "20 s",
    56: "25 s",
    57: "30 s",
    6: "1/4000 s",
    7: "1/3200 s",
    8: "1/2500 s",
    9: "1/2000 s",
}

BRACKET_SET_NIKON_SETTINGS = {
    1: "AE/Flash",
    2: "AE",
    3: "Flash",
    4: "White Balance",
    5: "Active-D Lighting",
}

KEEP_EXPOSURE_WITH_TELECONVERTER = {
    1: "Off",
    2: "Shutter Speed",
    3: "ISO",
}

FLASH_BURST_PRIORITY_NIKON_SETTINGS = {
    1: "Frame Rate",
    2: "Exposure",
}

MULTI_SELECTOR_SHOOT_MODE_NIKON_SETTINGS = {
    1: "Select Center Focus Point",
    2: "Preset Focus Point - Press To Recall",
    3: "Preset Focus Point - Hold To Recall",
    4: "None",
}

SUB_SELECTOR_CENTER_NIKON_SETTINGS = {
    1: "Preset Focus Point - Press To Recall",
    10: "AF-AreaMode Group",
    11: "AF-AreaMode Group C1",
    12: "AF-AreaMode Group C2",
    13: "AF-AreaMode Auto Area",
    14: "AF-AreaMode + AF-On S",
    15: "AF-AreaMode + AF-On D9",
    16: "AF-AreaMode + AF-On D25",
    17: "AF-AreaMode + AF-On D49",
    18: "AF-AreaMode + AF-On D105",
    19: "AF-AreaMode + AF-On 3D",
    2: "Preset Focus Point - Hold To Recall",
    20: "AF-AreaMode + AF-On Group",
    21: "AF-AreaMode + AF-On Group C1",
    22: "AF-AreaMode + AF-On Group C2",
    23: "AF-AreaMode + AF-On Auto Area",
    24: "AF-On",
    25: "AF Lock Only",
    26: "AE Lock (hold)",
    27: "AE/WB Lock (hold)",
    28: "AE Lock (reset on release)",
    29: "AE Lock Only",
    3: "Center Focus Point",
    30: "AE/AF Lock",
    31: "FV Lock",
    32: "Flash Disable/Enable",
    33: "Preview",
    34: "Recall Shooting Functions",
    35: "Bracketing Burst",
    36: "Synchronized Release (Master)",
    37: "Synchronized Release (Remote)",
    38: "None",
    4: "AF-AreaMode S",
    5: "AF-AreaMode D9",
    6: "AF-AreaMode D25",
    7: "AF-AreaMode D49",
    8: "AF-AreaMode D105",
    9: "AF-AreaMode 3D",
}

MULTI_SELECTOR_NIKON_SETTINGS = {
    1: "Restart Standby Timer",
    2: "Do Nothing",
}

VERTICAL_MOVIE_AF_ON_BUTTON = {
    1: "Same as AF-On",
    10: "Zoom (1:1)",
    11: "Zoom (High)",
    12: "Record Movie",
    13: "None",
    2: "Center Focus Point",
    3: "AF-On",
    4: "AF Lock Only",
    5: "AE Lock (hold)",
    6: "AE Lock Only",
    7: "AE/AF Lock",
    8: "LiveView Info Display On/Off",
    9: "Zoom (Low)",
}

SHUTTER_TYPE = {
    1: "Auto",
    2: "Mechanical",
    3: "Electronic",
}

SHOOTING_INFO_DISPLAY_NIKON_SETTINGS = {
    1: "Auto",
    2: "Manual (dark on light)",
    3: "Manual (light on dark)",
}

REVERSE_FOCUS_RING_NIKON_SETTINGS = {
    1: "Not Reversed",
    2: "Reversed",
}

ASSIGN_MOVIE_SUBSELECTOR_NIKON_SETTINGS = {
    1: "Center Focus Point",
    10: "Record Movie",
    11: "None",
    2: "AF Lock Only",
    3: "AE Lock (hold)",
    4: "AE/WB Lock (hold)",
    5: "AE Lock Only",
    6: "AE/AF Lock",
    7: "Zoom (Low)",
    8: "Zoom (1:1)",
    9: "Zoom (High)",
}

LIVE_VIEW_MONITOR_OFF_TIME_NIKON_SETTINGS = {
    1: "5 min",
    2: "10 min",
    3: "15 min",
    4: "20 min",
    5: "30 min",
    6: "No Limit",
}

SECONDARY_SLOT_FUNCTION_NIKON_SETTINGS = {
    1: "Overflow",
    2: "Backup",
    3: "NEF Primary + JPG Secondary",
    4: "JPG Primary + JPG Secondary",
}

ASSIGN_MOVIE_RECORD_BUTTON_NIKON_SETTINGS = {
    1: "Voice Memo",
    2: "Photo Shooting Bank",
    3: "Exposure Mode",
    4: "AF Mode/AF Area Mode",
    5: "Image Area",
    6: "Shutter/Aperture Lock",
    7: "None",
}

STORE_BY_ORIENTATION_NIKON_SETTINGS = {
    1: "Focus Point",
    2: "Focus Point and AF-area mode",
    3: "Off",
}

CUSTOM_SETTINGS_BANK = {
    1: "A",
    2: "B",
    3: "C",
    4: "D",
}

PLAYBACK_FLICK_UP_NIKON_SETTINGS = {
    1: "Rating",
    2: "Select To Send",
    3: "Protect",
    4: "Voice Memo",
    5: "None",
}

SHUTTER_RELEASE_BUTTON_AE_L = {
    1: "On (Half Press)",
    2: "On (Burst Mode)",
    3: "Off",
}

AUTO_BRACKET_MODE_M_NIKON_SETTINGS = {
    1: "Flash/Speed",
    2: "Flash/Speed/Aperture",
    3: "Flash/Aperture",
    4: "Flash Only",
}

METERING_BUTTON = {
    1: "Photo Shooting Bank",
    2: "Image Area",
    3: "Active-D Lighting",
    4: "Metering",
    5: "Exposure Delay Mode",
    6: "Shutter/Aperture Lock",
    7: "1 Stop Speed/Aperture",
    8: "Non-CPU Lens",
    9: "None",
}

MULTI_SELECTOR_PLAYBACK_MODE_NIKON_SETTINGS = {
    1: "Filtered Playback",
    2: "View Histograms",
    3: "Zoom (Low)",
    4: "Zoom (1:1)",
    5: "Zoom (High)",
    6: "Choose Folder",
}

MOVIE_HIGHLIGHT_DISPLAY_PATTERN = {
    1: "Pattern 1",
    2: "Pattern 2",
    3: "Off",
}

AF_ON_BUTTON_NIKON_SETTINGS = {
    1: "AF-AreaMode S",
    10: "AF-AreaMode Auto Area",
    11: "AF-AreaMode + AF-On S",
    12: "AF-AreaMode + AF-On D9",
    13: "AF-AreaMode + AF-On D25",
    14: "AF-AreaMode + AF-On D49",
    15: "AF-AreaMode + AF-On D105",
    16: "AF-AreaMode + AF-On 3D",
    17: "AF-AreaMode + AF-On Group",
    18: "AF-AreaMode + AF-On Group C1",
    19: "AF-AreaMode + AF-On Group C2",
    2: "AF-AreaMode D9",
    20: "AF-AreaMode + AF-On Auto Area",
    21: "AF-On",
    22: "AF Lock Only",
    23: "AE Lock (hold)",
    24: "AE/WB Lock (hold)",
    25: "AE Lock (reset on release)",
    26: "AE Lock Only",
    27: "AE/AF Lock",
    28: "Recall Shooting Functions",
    29: "None",
    3: "AF-AreaMode D25",
    4: "AF-AreaMode D49",
    5: "AF-AreaMode D105",
    6: "AF-AreaMode 3D",
    7: "AF-AreaMode Group",
    8: "AF-AreaMode Group C1",
    9: "AF-AreaMode Group C2",
}

VERTICAL_AF_ON_BUTTON3 = {
    1: "AF-AreaMode S",
    10: "AF-AreaMode Auto Area",
    11: "AF-AreaMode + AF-On S",
    12: "AF-AreaMode + AF-On D9",
    13: "AF-AreaMode + AF-On D25",
    14: "AF-AreaMode + AF-On D49",
    15: "AF-AreaMode + AF-On D105",
    16: "AF-AreaMode + AF-On 3D",
    17: "AF-AreaMode + AF-On Group",
    18: "AF-AreaMode + AF-On Group C1",
    19: "AF-AreaMode + AF-On Group C2",
    2: "AF-AreaMode D9",
    20: "AF-AreaMode + AF-On Auto Area",
    21: "Same as AF-On",
    22: "AF-On",
    23: "AF Lock Only",
    24: "AE Lock (hold)",
    25: "AE/WB Lock (hold)",
    26: "AE Lock (reset on release)",
    27: "AE Lock Only",
    28: "AE/AF Lock",
    29: "Recall Shooting Functions",
    3: "AF-AreaMode D25",
    30: "None",
    4: "AF-AreaMode D49",
    5: "AF-AreaMode D105",
    6: "AF-AreaMode 3D",
    7: "AF-AreaMode Group",
    8: "AF-AreaMode Group C1",
    9: "AF-AreaMode Group C2",
}

FUNC3_BUTTON_NIKON_SETTINGS = {
    1: "Voice Memo",
    10: "Rating 3",
    11: "Rating 2",
    12: "Rating 1",
    13: "Candidate For Deletion",
    14: "None",
    2: "Select To Send",
    3: "Wired LAN",
    4: "My Menu",
    5: "My Menu Top Item",
    6: "Filtered Playback",
    7: "Rating 0",
    8: "Rating 5",
    9: "Rating 4",
}

REAR_CONTRO_PANEL_DISPLAY = {
    1: "Release Mode",
    2: "Frame Count",
}

FOCUS_POINT_PERSISTENCE = {
    1: "Auto",
    2: "Off",
}

CMD_DIALS_CHANGE_MAIN_SUB = {
    1: "Autofocus On, Exposure On",
    2: "Autofocus Off, Exposure On",
}

LIGHT_SWITCH_NIKON_SETTINGS = {
    1: "LCD Backlight",
    2: "LCD Backlight and Shooting Information",
}

LENS_CONTROL_RING_NIKON_SETTINGS = {
    1: "Aperture",
    2: "Exposure Compensation",
    3: "ISO Sensitivity",
    4: "None (Disabled)",
}

MOVIE_PREVIEW_BUTTON_NIKON_SETTINGS = {
    1: "Power Aperture (Open)",
    2: "Exposure Compensation",
    3: "Grid Display",
    4: "Zoom (Low)",
    5: "Zoom (1:1)",
    6: "Zoom (High)",
    7: "Image Area",
    8: "Microphone Sensitivity",
    9: "None",
}

FOCUS_PEAKING_HIGHLIGHT_COLOR_NIKON_SETTINGS = {
    1: "Red",
    2: "Yellow",
    3: "Blue",
    4: "White",
}

AUTO_FOCUS_MODE_RESTRICTIONS_NIKON_SETTINGS = {
    1: "AF-S",
    2: "AF-C",
    3: "No Limit",
}

QUIET_SHUTTER_SHOOTING_SPEED = {
    1: "Single",
    2: "5 fps",
    3: "4 fps",
    4: "3 fps",
    5: "2 fps",
    6: "1 fps",
}

CMD_DIALS_APERTURE_SETTING = {
    1: "Sub-command Dial",
    2: "Aperture Ring",
}

LENS_FUNC2_BUTTON = {
    1: "AF-On",
    10: "Matrix Metering",
    11: "Center-weighted Metering",
    12: "Spot Metering",
    13: "Highlight-weighted Metering",
    14: "Bracketing Burst",
    15: "Synchronized Release (Master)",
    16: "Synchronized Release (Remote)",
    19: "+NEF(RAW)",
    2: "AF Lock Only",
    20: "Subject Tracking",
    21: "Grid Display",
    22: "Zoom (Low)",
    23: "Zoom (1:1)",
    24: "Zoom (High)",
    25: "My Menu",
    26: "My Menu Top Item",
    27: "Playback",
    28: "None",
    3: "AE Lock (hold)",
    4: "AE Lock (reset on release)",
    5: "AE Lock Only",
    6: "AE/AF Lock",
    7: "FV Lock",
    8: "Flash Disable/Enable",
    9: "Preview",
}

FLASH_SYNC_SPEED_NIKON_SETTINGS = FLASH_SYNC_SPEED_VALUES

MOVIE_MULTI_SELECTOR = {
    1: "Center Focus Point",
    2: "Zoom (Low)",
    3: "Zoom (1:1)",
    4: "Zoom (High)",
    5: "Record Movie",
    6: "None",
}

VERTICAL_MOVIE_FUNC_BUTTON_NIKON_SETTINGS = {
    1: "LiveView Info Display On/Off",
    2: "Record Movie",
    3: "Exposure Compensation",
    4: "ISO",
    5: "None",
}

HDMI_OUTPUT_RANGE = {
    1: "Auto",
    2: "Limit",
    3: "Full",
}

CMD_DIALS_MENU_AND_PLAYBACK = {
    1: "On",
    2: "On (Image Review Excluded)",
    3: "Off",
}

MOVIE_SHUTTER_BUTTON_NIKON_SETTINGS = {
    1: "Take Photo",
    2: "Record Movie",
}

FOCUS_PEAKING_LEVEL_NIKON_SETTINGS = {
    1: "High Sensitivity",
    2: "Standard Sensitivity",
    3: "Low Sensitivity",
    4: "Off",
}

NORMAL_ON_1_ACTIVE_SPORT = lookup({0: "Normal", 1: "On (1)", 2: "Active", 3: "Sport"})
N_A_ON_OFF = lookup({0: "n/a", 1: "On", 2: "Off"})


# The lookups of this family's other ExifTool tables for names they print otherwise (Main first):
# each is tried in turn after the row above by :func:`.functions.with_alternatives`, so a value
# one table does not know prints by the table that does.
ALTERNATIVES = {
    "AFAreaMode": (
        lookup(AF_AREA_MODE_NIKON),
        lookup(AF_AREA_MODE_PHASE_DETECT),
        lookup(AF_AREA_MODE_V0400),
        lookup(MOVIE_AF_AREA_MODE),
    ),
    "AFFineTuneAdj": (
        lookup(
            {
                0: "0",
                58: "+1",
                59: "+2",
                60: "+4",
                61: "+8",
                62: "+16",
                194: "-16",
                195: "-8",
                196: "-4",
                197: "-2",
                198: "-1",
                4158: "+17",
                4290: "-17",
                8253: "+9",
                8254: "+18",
                8386: "-18",
                8387: "-9",
                12350: "+19",
                12482: "-19",
                16444: "+5",
                16445: "+10",
                16446: "+20",
                16578: "-20",
                16579: "-10",
                16580: "-5",
                24637: "+11",
                24771: "-11",
                32827: "+3",
                32828: "+6",
                32829: "+12",
                32963: "-12",
                32964: "-6",
                32965: "-3",
                41021: "+13",
                41155: "-13",
                49212: "+7",
                49213: "+14",
                49347: "-14",
                49348: "-7",
                57405: "+15",
                57539: "-15",
            },
            hex_unknown=True,
        ),
        lookup(
            {
                0: "0",
                2110: "+11",
                2242: "-11",
                8252: "+3",
                8253: "+6",
                8254: "+12",
                8386: "-12",
                8387: "-6",
                8388: "-3",
                14398: "+13",
                14530: "-13",
                20541: "+7",
                20542: "+14",
                20674: "-14",
                20675: "-7",
                26686: "+15",
                26818: "-15",
                32826: "+1",
                32827: "+2",
                32828: "+4",
                32829: "+8",
                32830: "+16",
                32962: "-16",
                32963: "-8",
                32964: "-4",
                32965: "-2",
                32966: "-1",
                38974: "+17",
                39106: "-17",
                45117: "+9",
                45118: "+18",
                45250: "-18",
                45251: "-9",
                51262: "+19",
                51394: "-19",
                57404: "+5",
                57405: "+10",
                57406: "+20",
                57538: "-20",
                57539: "-10",
                57540: "-5",
            },
            hex_unknown=True,
        ),
    ),
    "AutoDistortionControl": (
        lookup(AUTO_DISTORTION_CONTROL),
        lookup(OFF_ON),
    ),
    "FlashControlMode": (
        lookup(FLASH_GROUP_B_CONTROL_MODE),
        lookup({0: "TTL", 1: "Auto External Flash", 2: "GN (distance priority)", 3: "Manual", 4: "Repeating Flash"}),
    ),
    "HDR": (
        lookup(HDR_NIKON),
        lookup({0: "Off", 1: "On (normal)"}),
    ),
    "HDRLevel": (
        lookup(HDR_LEVEL2),
        lookup({0: "n/a", 1: "Normal", 2: "Low", 3: "High", 4: "High+", 5: "Auto"}),
    ),
    "ISOAutoShutterTime": (
        lookup(ISO_AUTO_SHUTTER_TIME),
        lookup(
            {
                -15: "Auto",
                -12: "15 s",
                -9: "8 s",
                -6: "4 s",
                -3: "2 s",
                0: "1 s",
                1: "1/1.3 s",
                2: "1/1.6 s",
                3: "1/2 s",
                4: "1/2.5 s",
                5: "1/3 s",
                6: "1/4 s",
                7: "1/5 s",
                8: "1/6 s",
                9: "1/8 s",
                10: "1/10 s",
                11: "1/13 s",
                12: "1/15 s",
                13: "1/20 s",
                14: "1/25 s",
                15: "1/30 s",
                16: "1/40 s",
                17: "1/50 s",
                18: "1/60 s",
                19: "1/80 s",
                20: "1/100 s",
                21: "1/120 s",
                22: "1/160 s",
                23: "1/200 s",
                24: "1/250 s",
                25: "1/320 s",
                26: "1/400 s",
                27: "1/500 s",
                28: "1/640 s",
                29: "1/800 s",
                30: "1/1000 s",
                31: "1/1250 s",
                32: "1/1600 s",
                33: "1/2000 s",
                34: "1/2500 s",
                35: "1/3200 s",
                36: "1/4000 s",
                37: "1/5000 s",
                38: "1/6400 s",
                39: "1/8000 s",
                40: "1/10000 s",
                41: "1/13000 s",
                42: "1/16000 s",
                "37.5": "1/6000 s",
                "40.5": "1/12000 s",
            }
        ),
    ),
    "ImageArea": (
        lookup(IMAGE_AREA),
        lookup({0: "FX (36.0 x 23.9 mm)", 1: "DX (23.5 x 15.6 mm)", 2: "5:4 (30.0 x 23.9 mm)"}),
    ),
    "ImageQuality": (
        lookup(IMAGE_QUALITY),
        lookup(
            {
                0: "NEF (RAW)",
                1: "JPEG Fine",
                2: "JPEG Normal",
                3: "JPEG Basic",
                4: "NEF (RAW) + JPEG Fine",
                5: "NEF (RAW) + JPEG Normal",
                6: "NEF (RAW) + JPEG Basic",
            }
        ),
    ),
    "MultiExposureMode": (
        lookup(MULTI_EXPOSURE_MODE),
        lookup({0: "Off", 1: "Multiple Exposure", 3: "HDR"}),
    ),
    "NikonImageSize": (
        lookup(NIKON_IMAGE_SIZE),
        lookup({0: "Large (10.0 M)", 1: "Medium (5.6 M)", 2: "Small (2.5 M)"}),
    ),
    "PhotoShootingMenuBankImageArea": (
        lookup(PHOTO_SHOOTING_MENU_BANK_IMAGE_AREA),
        lookup({0: "FX", 1: "DX", 4: "16:9", 8: "1:1"}),
        lookup({**IMAGE_AREA, 4: "1.3x (18x12)"}),
    ),
    "ReleaseMode": (
        lookup(RELEASE_MODE),
        lookup(
            {
                0: "Single Frame",
                1: "Continuous High Speed",
                3: "Continuous Low Speed",
                4: "Timer",
                32: "Mirror-Up",
                64: "Quiet",
            }
        ),
    ),
    "SecondarySlotFunction": (
        lookup(SECONDARY_SLOT_FUNCTION),
        lookup({0: "Overflow", 2: "Backup", 3: "NEF Primary + JPG Secondary"}),
    ),
    "VRMode": (
        lookup(MOVIE_VR_MODE),
        NORMAL_ON_1_ACTIVE_SPORT,
        lookup({0: "Off", 1: "Normal", 3: "Sport"}),
    ),
    "VibrationReduction": (
        lookup({0: "n/a", 12: "Off", 15: "On"}, hex_unknown=True),
        lookup(OFF_ON),
        lookup({0: "Off", 3: "On"}),
        N_A_ON_OFF,
    ),
}

TABLES: dict[str, Table] = {
    "Nikon": Table(
        rows=with_alternatives(
            {
                "SensorPixelSize": pixel_size,
                "ShootingMode": shooting_mode("Auto ISO"),
                "LensType": nikon_lens_type,
                "AFPoint": lookup(AF_POINT_NIKON),
                "AFAreaMode": lookup(AF_AREA_MODE_NIKON),
                "AFPointsInFocus": flags(AF_POINTS_IN_FOCUS, AF_POINTS_IN_FOCUS_NIKON),
                "PhaseDetectAF": lookup(PHASE_DETECT_AF),
                "PrimaryAFPoint": lookup(PRIMARY_AF_POINT),
                "ContrastDetectAFInFocus": lookup(NO_YES),
                "ContrastDetectAF": lookup(CONTRAST_DETECT_AF),
                "AFPointsUsed": flags(AF_POINTS_USED, AF_POINTS_IN_FOCUS_NIKON),
                "FocusResult": lookup(FOCUS_RESULT),
                "AFFineTune": lookup(AF_FINE_TUNE),
                "AFFineTuneAdj": signed,
                "AFFineTuneAdjTele": signed,
                "AFFineTuneIndex": not_available(255),
                "Orientation": lookup(ORIENTATION),
                "Duration": suffix(" s"),
                "MeteringMode": lookup(METERING_MODE_NIKON),
                "FocalLength": sprintf("%.1f mm"),
                "MaxApertureValue": sprintf("%.1f"),
                "ExposureCompensation": fraction,
                "FNumber": sprintf("%.1f"),
                "ExposureTime": exposure_time,
                "ResolutionUnit": lookup(RESOLUTION_UNIT),
                "Altitude": suffix(" m"),
                "WBBracketingSteps": lookup(WB_BRACKETING_STEPS, hex_unknown=True),
                "AEBracketingSteps": lookup(AE_BRACKETING_STEPS, hex_unknown=True),
                "ADLBracketingType": lookup(ADL_BRACKETING_TYPE),
                "ADLBracketingStep": lookup(ADL_BRACKETING_STEP),
                "NikonMeteringMode": lookup(NIKON_METERING_MODE),
                "AutoDistortionControl": lookup(AUTO_DISTORTION_CONTROL),
                "DirectoryNumber": sprintf("%.3d"),
                "FileNumber": sprintf("%.4d"),
                "FlashGroupBOutput": full_or_percent(),
                "FlashGroupBCompensation": if_nonzero(sprintf("%+.1f")),
                "ExternalFlashFlags": flags(EXTERNAL_FLASH_FLAGS, AF_POINTS_IN_FOCUS5_D_CANON),
                "FlashGNDistance": lookup(FLASH_GN_DISTANCE),
                "FlashGroupBControlMode": lookup(FLASH_GROUP_B_CONTROL_MODE),
                "FlashOutput": full_or_percent(),
                "FlashCompensation": fraction,
                "FlashFocalLength": suffix(" mm"),
                "FlashControlMode": lookup(FLASH_GROUP_B_CONTROL_MODE),
                "FlashGroupAControlMode": lookup(FLASH_GROUP_B_CONTROL_MODE),
                "FlashSource": lookup(FLASH_SOURCE),
                "RepeatingFlashRate": suffix(" Hz"),
                "FlashGroupAOutput": full_or_percent(),
                "FlashGroupACompensation": if_nonzero(sprintf("%+.1f")),
                "FlashCommanderMode": lookup(OFF_ON),
                "ExternalFlashFirmware": lookup(EXTERNAL_FLASH_FIRMWARE),
                "FlashGroupCControlMode": lookup(FLASH_GROUP_B_CONTROL_MODE),
                "FlashGroupCOutput": full_or_percent(),
                "FlashGroupCCompensation": if_nonzero(sprintf("%+.1f")),
                "FlashColorFilter": lookup(FLASH_COLOR_FILTER),
                "ExternalFlashCompensation": fraction,
                "FlashExposureComp3": fraction,
                "FlashExposureComp4": fraction,
                "ExternalFlashZoomOverride": lookup(NO_YES),
                "ExternalFlashReadyState": lookup(EXTERNAL_FLASH_READY_STATE),
                "ExternalFlashStatus": lookup(EXTERNAL_FLASH_STATUS),
                "FlashIlluminationPattern": lookup(FLASH_ILLUMINATION_PATTERN),
                "HDRSmoothing": lookup(HDR_SMOOTHING),
                "HDRLevel2": lookup(HDR_LEVEL2),
                "HDRLevel": lookup(HDR_LEVEL2),
                "HDR": lookup(HDR_NIKON),
                "ISOAutoHiLimit": lookup(ISO_AUTO_HI_LIMIT, hex_unknown=True),
                "ISOAutoShutterTime": lookup(ISO_AUTO_SHUTTER_TIME),
                "ISO": by_count({2: nikon_iso}, rounded),
                "ISOExpansion2": lookup(ISO_EXPANSION2, hex_unknown=True),
                "ISO2": rounded,
                "ISOExpansion": lookup(ISO_EXPANSION, hex_unknown=True),
                "IntervalExposureSmoothing": lookup(OFF_ON),
                "FlashMasterCompensation": if_nonzero(sprintf("%+.1f")),
                "FlashRemoteControl": lookup(FLASH_REMOTE_CONTROL),
                "FlashWirelessOption": lookup(FLASH_WIRELESS_OPTION),
                "FlashMasterOutput": full_or_percent("%.1f%%"),
                "DiffractionCompensation": lookup(OFF_ON),
                "IntervalPriority": lookup(OFF_ON),
                "FlashMasterControlMode": lookup(FLASH_MASTER_CONTROL_MODE),
                "MovieType": lookup(MOVIE_TYPE),
                "FocusShiftExposureLock": lookup(OFF_ON),
                "JPGCompression": lookup(JPG_COMPRESSION),
                "LensFStops": sprintf("%.2f"),
                "MaxApertureAtMinFocal": sprintf("%.1f"),
                "MaxApertureAtMaxFocal": sprintf("%.1f"),
                "MaxFocalLength": sprintf("%.1f mm"),
                "MinFocalLength": sprintf("%.1f mm"),
                "FocusPosition": sprintf("0x%02x"),
                "EffectiveMaxAperture": sprintf("%.1f"),
                "FocusDistance": if_nonzero(sprintf("%.2f m"), "inf"),
                "AFAperture": sprintf("%.1f"),
                "ExitPupilPosition": sprintf("%.1f mm"),
                "LensMountType": lookup(LENS_MOUNT_TYPE),
                "MaxAperture": sprintf("%.1f"),
                "LensID": lookup(LENS_ID),
                "TextEncoding": lookup(TEXT_ENCODING),
                "WhiteBalance": format_string_or(lookup(WHITE_BALANCE_NIKON)),
                "PictureControlData": format_string,
                "FocusMode": format_string,
                "NoiseReduction": format_string,
                "WorldTime": format_string,
                "ImageProcessing": format_string,
                "AFTune": format_string,
                "DeletedImageCount": format_string,
                "ShotInfoD40": format_string,
                "ShotInfoD80": format_string,
                "ShotInfoD90": format_string,
                "ShotInfoD3a": format_string,
                "ShotInfoD3b": format_string,
                "ShotInfoD3X": format_string,
                "ShotInfoD3S": format_string,
                "ShotInfoD300a": format_string,
                "ShotInfoD300b": format_string,
                "ShotInfoD300S": format_string,
                "ShotInfoD700": format_string,
                "ShotInfoD800": format_string,
                "ShotInfoD810": format_string,
                "ShotInfoD850": format_string,
                "ShotInfoD5000": format_string,
                "ShotInfoD5100": format_string,
                "ShotInfoD5200": format_string,
                "ShotInfoD7000": format_string,
                "ShotInfoD4": format_string,
                "ShotInfoD4S": format_string,
                "ShotInfoD500": format_string,
                "ShotInfoD6": format_string,
                "ShotInfoD610": format_string,
                "ShotInfoZ7II": format_string,
                "ShotInfoZ9": format_string,
                "ShotInfo02xx": format_string,
                "ShotInfoUnknown": format_string,
                "AuxiliaryLens": format_string,
                "NikonCaptureData": format_string,
                "DistortInfo": format_string,
                "NEFBitDepth": lookup(NEF_BIT_DEPTH),
                "SceneAssist": format_string,
                "ToneComp": format_string,
                "ToningEffect": format_string_or(lookup(TONING_EFFECT_NIKON, hex_unknown=True)),
                "FlashInfo0100": format_string,
                "FlashInfo0102": format_string,
                "FlashInfo0103": format_string,
                "FlashInfo0106": format_string,
                "FlashInfo0107": format_string,
                "FlashInfo0300": format_string,
                "FlashInfoUnknown": format_string,
                "ISOSelection": format_string,
                "FileInfo": format_string,
                "LightSource": format_string,
                "RetouchHistory": in_turn(
                    lookup(RETOUCH_HISTORY),
                    lookup(RETOUCH_HISTORY),
                    lookup(RETOUCH_HISTORY),
                    lookup(RETOUCH_HISTORY),
                    lookup(RETOUCH_HISTORY),
                    lookup(RETOUCH_HISTORY),
                    lookup(RETOUCH_HISTORY),
                    lookup(RETOUCH_HISTORY),
                    lookup(RETOUCH_HISTORY),
                    lookup(RETOUCH_HISTORY),
                ),
                "DataDump": format_string,
                "FlashType": format_string,
                "NikonSettings": format_string,
                "Saturation": format_string_or(picture_control()),
                "MakerNotes0x56": format_string,
                "FlashMode": lookup(FLASH_MODE),
                "NikonCaptureOffsets": format_string,
                "HighISONoiseReduction": lookup(HIGH_ISO_NOISE_REDUCTION_NIKON),
                "ColorHue": format_string,
                "MechanicalShutterCount": format_string,
                "VignetteControl": lookup(VIGNETTE_CONTROL),
                "VariProgram": format_string,
                "UnknownInfo": format_string,
                "RetouchInfo": format_string,
                "ContrastCurve": format_string,
                "NEFCompression": lookup(NEF_COMPRESSION),
                "RawImageCenter": format_string,
                "Quality": format_string,
                "CropArea": format_string,
                "DigitalZoom": format_string,
                "ISOSetting": without_leading_zero,
                "ImageDataSize": format_string,
                "LensData0100": format_string,
                "LensData0101": format_string,
                "LensData0201": format_string,
                "LensData0204": format_string,
                "LensData0400": format_string,
                "LensData0402": format_string,
                "LensData0403": format_string,
                "LensData0800": format_string,
                "LensDataUnknown": format_string,
                "NikonCaptureOutput": format_string,
                "DateStampMode": lookup(DATE_STAMP_MODE_NIKON),
                "FaceDetect": format_string,
                "NEFLinearizationTable": format_string,
                "AFInfo": format_string,
                "ExternalFlashExposureComp": fraction,
                "LocationInfo": format_string,
                "ShutterMode": lookup(SHUTTER_MODE_NIKON),
                "ColorBalanceA": format_string,
                "NRWData": format_string,
                "ShutterCount": not_available(4294965247),
                "ColorBalance0100": format_string,
                "ColorBalance0102": format_string,
                "ColorBalance0103": format_string,
                "ColorBalance0205": format_string,
                "ColorBalance0209": format_string,
                "ColorBalance02": format_string,
                "ColorBalance0211": format_string,
                "ColorBalance0213": format_string,
                "ColorBalance0215": format_string,
                "ColorBalanceUnknown02": format_string,
                "ColorBalanceUnknown04": format_string,
                "ColorBalanceUnknown": format_string,
                "SerialNumber": format_string,
                "BarometerInfo": format_string,
                "MakerNotes0x51": format_string,
                "ColorSpace": lookup(COLOR_SPACE),
                "AFResponse": format_string,
                "ColorTemperatureAuto": format_string,
                "NikonICCProfile": format_string,
                "WhiteBalanceFineTune": format_string,
                "ProgramShift": fraction,
                "FlashSetting": format_string,
                "ImageStabilization": format_string,
                "AFInfo2": format_string,
                "SceneMode": format_string,
                "NikonCaptureEditVersions": format_string,
                "UnknownInfo2": format_string,
                "ImageCount": format_string,
                "ExposureTuning": fraction,
                "FlashExposureBracketValue": sprintf("%.1f"),
                "HueAdjustment": format_string_or(picture_control("None")),
                "PrintIM": format_string,
                "ImageOptimization": format_string,
                "ActiveD-Lighting": lookup(ACTIVE_D_LIGHTING),
                "MakerNoteVersion": point_version,
                "Sharpness": format_string_or(picture_control("None", "%.2f", 4)),
                "ISOInfo": format_string,
                "ImageAuthentication": lookup(OFF_ON),
                "SilentPhotography": lookup(OFF_ON),
                "HDRInfo": format_string,
                "HDRInfo2": format_string,
                "VRInfo": format_string,
                "MultiExposure": format_string,
                "MultiExposure2": format_string,
                "ImageBoundary": format_string,
                "CropHiSpeed": crop_hi_speed(CROP_HI_SPEED),
                "ImageSizeRAW": lookup(LARGE_MEDIUM_SMALL),
                "WB_RBLevels": format_string,
                "BlackLevel": format_string,
                "SaturationAdj": format_string,
                "Lens": lens_info,
                "ManualFocusDistance": format_string,
                "ImageAdjustment": format_string,
                "ExposureDifference": if_nonzero(sprintf("%+.1f")),
                "FlashExposureComp": fraction,
                "ColorMode": format_string,
                "PhotoShootingMenuBankImageArea": lookup(PHOTO_SHOOTING_MENU_BANK_IMAGE_AREA),
                "MovieVignetteControlSameAsPhoto": lookup(NO_YES),
                "MovieVibrationReductionSameAsPhoto": lookup(NO_YES),
                "MovieISOAutoManualMode": lookup(MOVIE_ISO_AUTO_MANUAL_MODE),
                "MovieVibrationReduction": lookup(MOVIE_VIBRATION_REDUCTION),
                "MovieDiffractionCompensation": lookup(OFF_ON),
                "MovieFrameRate": lookup(MOVIE_FRAME_RATE),
                "MovieFrameSize": lookup(MOVIE_FRAME_SIZE),
                "ReleaseMode": lookup(RELEASE_MODE),
                "MovieAutoDistortionControl": lookup(OFF_ON),
                "MovieSlowMotion": lookup(MOVIE_SLOW_MOTION),
                "MovieHighISONoiseReduction": lookup(MOVIE_HIGH_ISO_NOISE_REDUCTION),
                "MovieVignetteControl": lookup(MOVIE_HIGH_ISO_NOISE_REDUCTION),
                "HDMIOutputN-Log": lookup(OFF_ON),
                "MovieFocusMode": lookup(MOVIE_FOCUS_MODE),
                "MovieActiveD-Lighting": lookup(MOVIE_ACTIVE_D_LIGHTING),
                "MovieAFAreaMode": lookup(MOVIE_AF_AREA_MODE),
                "TimeZone": time_zone,
                "SetClockFromLocationData": lookup(OFF_ON),
                "BracketSet": lookup(BRACKET_SET),
                "AutoISO": lookup(OFF_ON),
                "PhotoShootingMenuBank": lookup(PHOTO_SHOOTING_MENU_BANK),
                "WindNoiseReduction": lookup(OFF_ON),
                "RecordLocationData": lookup(OFF_ON),
                "MovieElectronicVR": lookup(OFF_ON),
                "EmptySlotRelease": lookup(EMPTY_SLOT_RELEASE),
                "MicrophoneJackPower": lookup(OFF_ON),
                "MovieToneMap": lookup(MOVIE_TONE_MAP),
                "MovieSubjectDetection": lookup(MOVIE_SUBJECT_DETECTION),
                "HDMIOutputResolution": lookup(HDMI_OUTPUT_RESOLUTION),
                "MovieSoundRecording": lookup(MOVIE_SOUND_RECORDING),
                "MovieFlickerReduction": lookup(MOVIE_FLICKER_REDUCTION),
                "USBPowerDelivery": lookup(OFF_ON),
                "MovieDXCropAlert": lookup(OFF_ON),
                "EnergySavingMode": lookup(OFF_ON),
                "BracketIncrement": lookup(BRACKET_INCREMENT),
                "DXCropAlert": lookup(OFF_ON),
                "MovieISOAutoHiLimit": lookup(MOVIE_ISO_AUTO_MANUAL_MODE),
                "MovieMeteringMode": lookup(NIKON_METERING_MODE),
                "SubjectDetection": lookup(MOVIE_SUBJECT_DETECTION),
                "MultipleExposureMode": lookup(MULTIPLE_EXPOSURE_MODE),
                "AirplaneMode": lookup(OFF_ON),
                "BracketProgram": lookup(BRACKET_PROGRAM),
                "ExtendedMenuBanks": lookup(OFF_ON),
                "FlickerReductionShooting": lookup(OFF_ON),
                "ISOAutoFlashLimit": lookup(MOVIE_ISO_AUTO_MANUAL_MODE),
                "Language": lookup(LANGUAGE),
                "SensorShield": lookup(SENSOR_SHIELD),
                "SecondarySlotFunction": lookup(SECONDARY_SLOT_FUNCTION),
                "MicrophoneAttenuator": lookup(OFF_ON),
                "MicrophoneFrequencyResponse": lookup(MICROPHONE_FREQUENCY_RESPONSE),
                "MovieISOAutoControlManualMode": lookup(OFF_ON),
                "MovieVRMode": lookup(MOVIE_VR_MODE),
                "VRMode": NORMAL_ON_1_ACTIVE_SPORT,
                "MovieImageArea": lookup(MOVIE_IMAGE_AREA),
                "FocusShiftAutoReset": lookup(OFF_ON),
                "MovieHighResZoom": lookup(OFF_ON),
                "PreReleaseBurstLength": lookup(PRE_RELEASE_BURST_LENGTH),
                "MonitorBrightness": lookup(MONITOR_BRIGHTNESS),
                "HighFrequencyFlickerReductionShooting": lookup(OFF_ON),
                "PostReleaseBurstLength": lookup(POST_RELEASE_BURST_LENGTH),
                "HighFrameRate": lookup(HIGH_FRAME_RATE),
                "PrimarySlot": lookup(PRIMARY_SLOT),
                "MultiExposureAutoGain": lookup(OFF_ON),
                "MultiExposureMode": lookup(MULTI_EXPOSURE_MODE),
                "MultiExposureOverlayMode": lookup(MULTI_EXPOSURE_OVERLAY_MODE),
                "ElectronicVR": lookup(OFF_ON),
                "ExposureProgram": lookup(EXPOSURE_PROGRAM),
                "LensInfo": lens_info,
                "RollAngle": sprintf("%.1f"),
                "YawAngle": sprintf("%.1f"),
                "PitchAngle": sprintf("%.1f"),
                "Brightness": picture_control(),
                "PictureControlQuickAdjust": picture_control(),
                "FilterEffect": lookup(FILTER_EFFECT_NIKON, hex_unknown=True),
                "PictureControlBase": format_string,
                "Contrast": picture_control(),
                "PictureControlAdjust": lookup(PICTURE_CONTROL_ADJUST),
                "PictureControlName": format_string,
                "Clarity": picture_control("None", "%.2f", 4),
                "ToningSaturation": picture_control("None", "%.2f", 4),
                "Hue": picture_control("None", "%.2f", 4),
                "MidRangeSharpness": picture_control("None", "%.2f", 4),
                "RetouchNEFProcessing": lookup(RETOUCH_NEF_PROCESSING),
                "Rotation": lookup(ROTATION),
                "FlickerReductionIndicator": lookup(ON_OFF),
                "FlickerReduction": lookup(ENABLE_DISABLE),
                "VibrationReduction": N_A_ON_OFF,
                "VR_0x66": lookup(VR_0X66),
                "DistortionControl": lookup(OFF_ON),
                "ImageArea": lookup(IMAGE_AREA),
                "ImageQuality": lookup(IMAGE_QUALITY),
                "NikonImageSize": lookup(NIKON_IMAGE_SIZE),
                "FlashFired": flags(FLASH_FIRED),
                "RepeatingFlashOutputExternal": exposure_time,
                "RepeatingFlashRateBuilt-in": suffix(" Hz"),
                "FlashExposureComp2": fraction,
                "RepeatingFlashRateExternal": suffix(" Hz"),
                "VRType": lookup(VR_TYPE),
                "DateDisplayFormat": lookup(DATE_DISPLAY_FORMAT),
                "DaylightSavings": lookup(NO_YES),
            },
            ALTERNATIVES,
        ),
        text=names(
            """
            AFResponse AuxiliaryLens ColorHue ColorMode CreateDate DateTimeOriginal Equipment
            FirmwareVersion FirmwareVersion2 FirmwareVersion3 FlashInfoVersion FlashSetting
            FlashType FocusMode HDRInfoVersion ISOSelection ImageAdjustment ImageOptimization
            ImageProcessing ImageStabilization LensDataVersion LensModel LightSource Make
            MakerNoteType Model MultiExposureVersion NikonCaptureVersion NoiseReduction
            PictureControlBase PictureControlName Quality Saturation SceneAssist SceneMode
            SerialNumber Sharpness ShotInfoVersion Software ToneComp ToningEffect VariProgram
            WhiteBalance
            """
        ),
        sources=nikon_sources.SOURCES,
    ),
    "NikonCustom": Table(
        rows={
            "MultiSelectorLiveViewMode": lookup(MULTI_SELECTOR_LIVE_VIEW_MODE),
            "NoMemoryCard": lookup(NO_MEMORY_CARD),
            "ISOStepSize": lookup(ISO_STEP_SIZE),
            "AF-CPrioritySelection": lookup(AF_C_PRIORITY_SELECTION),
            "MonitorOffTime": lookup(MONITOR_OFF_TIME),
            "AutoBracketSet": lookup(AUTO_BRACKET_SET),
            "InitialZoomSetting": lookup(INITIAL_ZOOM_SETTING),
            "ModelingFlash": lookup(ON_OFF),
            "PreviewButtonPlusDials": lookup(PREVIEW_BUTTON_PLUS_DIALS),
            "FuncButtonPlusDials": lookup(FUNC_BUTTON_PLUS_DIALS),
            "CustomSettingsAllDefault": lookup(YES_NO),
            "FileNumberSequence": lookup(ON_OFF),
            "CommandDialsChangeMainSub": lookup(OFF_ON),
            "MultiSelectorPlaybackMode": lookup(MULTI_SELECTOR_PLAYBACK_MODE),
            "MultiSelector": lookup(MULTI_SELECTOR),
            "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
            "AutoBracketModeM": lookup(AUTO_BRACKET_MODE_M),
            "SelfTimerTime": lookup(SELF_TIMER_TIME),
            "PreviewButton": lookup(PREVIEW_BUTTON),
            "FuncButton": lookup(FUNC_BUTTON),
            "CHModeShootingSpeed": lookup(CH_MODE_SHOOTING_SPEED),
            "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
            "MeteringTime": lookup(METERING_TIME),
            "FocusTrackingLockOn": lookup(FOCUS_TRACKING_LOCK_ON),
            "AFOnButton": lookup(AF_ON_BUTTON),
            "CommandDialsMenuAndPlayback": lookup(OFF_ON),
            "PhotoInfoPlayback": lookup(PHOTO_INFO_PLAYBACK),
            "MB-D10Batteries": lookup(MB_D10_BATTERIES),
            "ViewfinderDisplay": lookup(VIEWFINDER_DISPLAY),
            "AFActivation": lookup(AF_ACTIVATION),
            "CommandDialsReverseRotation": lookup(NO_YES),
            "ReverseIndicators": lookup(REVERSE_INDICATORS),
            "GridDisplay": lookup(OFF_ON),
            "ShootingInfoDisplay": lookup(SHOOTING_INFO_DISPLAY),
            "AF-OnForMB-D10": lookup(AF_ON_FOR_MB_D10),
            "AELockButtonPlusDials": lookup(PREVIEW_BUTTON_PLUS_DIALS),
            "AssignBktButton": lookup(ASSIGN_BKT_BUTTON),
            "ImageReviewTime": lookup(IMAGE_REVIEW_TIME),
            "InitialZoomLiveView": lookup(INITIAL_ZOOM_LIVE_VIEW),
            "AFPointIllumination": lookup(AF_POINT_ILLUMINATION_NIKON_CUSTOM),
            "FlashSyncSpeed": lookup(FLASH_SYNC_SPEED),
            "CenterWeightedAreaSize": lookup(CENTER_WEIGHTED_AREA_SIZE),
            "FocusPointWrap": lookup(FOCUS_POINT_WRAP),
            "MenuMonitorOffTime": lookup(IMAGE_REVIEW_TIME),
            "InternalFlash": lookup(INTERNAL_FLASH),
            "CLModeShootingSpeed": suffix(" fps"),
            "VerticalAFOnButton": lookup(VERTICAL_AF_ON_BUTTON),
            "AutoBracketOrder": lookup(AUTO_BRACKET_ORDER),
            "AFPointBrightness": lookup(AF_POINT_BRIGHTNESS_NIKON_CUSTOM),
            "MultiSelectorLiveView": lookup(MULTI_SELECTOR_LIVE_VIEW),
            "ReleaseButtonToUseDial": lookup(NO_YES),
            "DynamicAFArea": lookup(DYNAMIC_AF_AREA),
            "EasyExposureCompensation": lookup(EASY_EXPOSURE_COMPENSATION),
            "LCDIllumination": lookup(OFF_ON),
            "BatteryOrder": lookup(BATTERY_ORDER),
            "FlashShutterSpeed": lookup(FLASH_SHUTTER_SPEED),
            "AELockButton": lookup(AE_LOCK_BUTTON),
            "CommandDialsApertureSetting": lookup(COMMAND_DIALS_APERTURE_SETTING),
            "Beep": lookup(BEEP),
            "RearDisplay": lookup(REAR_DISPLAY),
            "ExposureControlStepSize": lookup(ISO_STEP_SIZE),
            "PlaybackMonitorOffTime": lookup(IMAGE_REVIEW_TIME),
            "ViewfinderWarning": lookup(ON_OFF),
            "AF-SPrioritySelection": lookup(AF_S_PRIORITY_SELECTION),
            "ExposureCompStepSize": lookup(ISO_STEP_SIZE),
            "AFPointSelection": lookup(AF_POINT_SELECTION_NIKON_CUSTOM),
            "ExposureDelayMode": lookup(OFF_ON),
            "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
            "ScreenTips": lookup(ON_OFF),
            "ShutterReleaseButtonAE-L": lookup(OFF_ON),
            "CustomSettingsBank": lookup(PHOTO_SHOOTING_MENU_BANK),
            "MultiSelectorShootMode": lookup(MULTI_SELECTOR_SHOOT_MODE),
            "ShootingInfoMonitorOffTime": lookup(IMAGE_REVIEW_TIME),
            "AFAssist": lookup(ON_OFF),
            "FlashExposureCompArea": lookup(FLASH_EXPOSURE_COMP_AREA),
            "ShutterSpeedLock": lookup(OFF_ON),
            "SubSelector": lookup(SUB_SELECTOR),
            "MatrixMetering": lookup(MATRIX_METERING),
            "MovieSubSelectorAssignmentPlusDials": lookup(MOVIE_SUB_SELECTOR_ASSIGNMENT_PLUS_DIALS),
            "PlaybackZoom": lookup(PLAYBACK_ZOOM),
            "ImageReviewMonitorOffTime": lookup(IMAGE_REVIEW_MONITOR_OFF_TIME),
            "LiveViewButtonOptions": lookup(LIVE_VIEW_BUTTON_OPTIONS),
            "SubSelectorPlusDials": lookup(SUB_SELECTOR_PLUS_DIALS),
            "ApertureLock": lookup(OFF_ON),
            "LiveViewMonitorOffTime": lookup(LIVE_VIEW_MONITOR_OFF_TIME),
            "MovieFunctionButtonPlusDials": lookup(MOVIE_SUB_SELECTOR_ASSIGNMENT_PLUS_DIALS),
            "LimitAFAreaModeSelection": flags(LIMIT_AF_AREA_MODE_SELECTION, LIMIT_AF_AREA_MODE_SELECTION_NIKON_CUSTOM),
            "DynamicAreaAFDisplay": lookup(OFF_ON),
            "GroupAreaAFIllumination": lookup(GROUP_AREA_AF_ILLUMINATION),
            "AssignRemoteFnButton": lookup(ASSIGN_REMOTE_FN_BUTTON),
            "MoviePreviewButtonPlusDials": lookup(MOVIE_SUB_SELECTOR_ASSIGNMENT_PLUS_DIALS),
            "LensFocusFunctionButtons": lookup(LENS_FOCUS_FUNCTION_BUTTONS),
            "StoreByOrientation": lookup(STORE_BY_ORIENTATION),
            "VerticalMultiSelector": lookup(VERTICAL_MULTI_SELECTOR),
            "MovieFunctionButton": lookup(MOVIE_FUNCTION_BUTTON),
            "SelfTimerShotInterval": lookup(SELF_TIMER_SHOT_INTERVAL),
            "SubSelectorAssignment": lookup(SUB_SELECTOR_ASSIGNMENT),
            "MoviePreviewButton": lookup(MOVIE_PREVIEW_BUTTON),
            "StandbyTimer": lookup(STANDBY_TIMER),
            "VerticalFuncButton": lookup(VERTICAL_FUNC_BUTTON),
            "MovieSubSelectorAssignment": lookup(MOVIE_SUB_SELECTOR_ASSIGNMENT),
            "Pitch": lookup(PITCH),
            "MovieShutterButton": lookup(MOVIE_SHUTTER_BUTTON),
            "VerticalFuncButtonPlusDials": lookup(VERTICAL_FUNC_BUTTON_PLUS_DIALS),
            "AFModeRestrictions": lookup(AF_MODE_RESTRICTIONS),
            "AssignMovieRecordButton": lookup(ASSIGN_MOVIE_RECORD_BUTTON),
            "ShootingModeSetting": lookup(SHOOTING_MODE_SETTING),
            "AutoISOMax": lookup(AUTO_ISO_MAX),
            "FocusModeSetting": lookup(FOCUS_MODE_SETTING),
            "AutoISOMinShutterSpeed": lookup(AUTO_ISO_MIN_SHUTTER_SPEED),
            "AFAreaModeSetting": lookup(AF_AREA_MODE_SETTING),
            "AELock": lookup(OFF_ON),
            "TimerFunctionButton": lookup(TIMER_FUNCTION_BUTTON),
            "AutoISO": lookup(OFF_ON),
            "FlashLevel": sprintf("%+.1f"),
            "Metering": lookup(METERING),
            "RemoteOnDuration": lookup(REMOTE_ON_DURATION),
            "ManualFlashOutput": full_or_exposure_time,
            "ImageReview": lookup(ON_OFF),
            "FineTuneOptHighlightWeighted": if_nonzero(sprintf("%+.2f")),
            "Func2ButtonPlusDials": lookup(FUNC2_BUTTON_PLUS_DIALS),
            "AssignMovieFunc2Button": lookup(ASSIGN_MOVIE_FUNC2_BUTTON),
            "AssignMovieRecordButtonPlusDials": lookup(ASSIGN_MOVIE_RECORD_BUTTON_PLUS_DIALS),
            "Three-DTrackingFaceDetection": lookup(OFF_ON),
            "Func2Button": lookup(FUNC2_BUTTON),
            "Func3Button": lookup(FUNC3_BUTTON),
            "AssignMoviePreviewButtonPlusDials": lookup(ASSIGN_MOVIE_PREVIEW_BUTTON_PLUS_DIALS),
            "Func1Button": lookup(FUNC1_BUTTON),
            "AssignMovieSubselectorPlusDials": lookup(MOVIE_SUB_SELECTOR_ASSIGNMENT_PLUS_DIALS),
            "VerticalFuncPlusDials": lookup(VERTICAL_FUNC_PLUS_DIALS),
            "AssignMovieFunc1ButtonPlusDials": lookup(MOVIE_SUB_SELECTOR_ASSIGNMENT_PLUS_DIALS),
            "SubjectMotion": lookup(SUBJECT_MOTION),
            "AutoFlashISOSensitivity": lookup(AUTO_FLASH_ISO_SENSITIVITY),
            "AssignMovieSubselector": lookup(ASSIGN_MOVIE_SUBSELECTOR),
            "Three-DTrackingWatchArea": lookup(THREE_D_TRACKING_WATCH_AREA),
            "SyncReleaseMode": lookup(SYNC_RELEASE_MODE),
            "SubSelectorCenter": lookup(SUB_SELECTOR_CENTER),
            "NumberOfFocusPoints": lookup(NUMBER_OF_FOCUS_POINTS),
            "ElectronicFront-CurtainShutter": lookup(OFF_ON),
            "Func1ButtonPlusDials": lookup(FUNC2_BUTTON_PLUS_DIALS),
            "MovieFunc1Button": lookup(MOVIE_FUNC1_BUTTON),
            "ISODisplay": lookup(ISO_DISPLAY),
            "AF-OnButton": lookup(AF_ON_BUTTON_NIKON_CUSTOM),
            "AssignMB-D17AF-OnButton": lookup(ASSIGN_MB_D17_AF_ON_BUTTON),
            "AssignMB-D17FuncButtonPlusDials": lookup(ASSIGN_MB_D17_FUNC_BUTTON_PLUS_DIALS),
            "AssignMB-D17FuncButton": lookup(SUB_SELECTOR_CENTER),
            "PlaybackMenusTime": lookup(PLAYBACK_MENUS_TIME),
            "LiveViewAF": lookup(LIVE_VIEW_AF),
            "DateImprint": lookup(OFF_ON),
            "RangeFinder": lookup(OFF_ON),
            "EVStepSize": lookup(EV_STEP_SIZE),
            "ReverseExposureCompDial": lookup(NO_YES),
            "ReverseShutterSpeedAperture": lookup(NO_YES),
            "FunctionButton": lookup(FUNCTION_BUTTON),
            "ISOSensitivityStep": lookup(EV_STEP_SIZE),
            "ExposureControlStep": lookup(EV_STEP_SIZE),
            "FlashControlBuilt-in": lookup(INTERNAL_FLASH),
            "CommanderInternalTTLCompBuiltin": if_nonzero(sprintf("%+.1f")),
            "RepeatingFlashOutput": exposure_time,
            "MB-D10BatteryType": lookup(MB_D10_BATTERIES),
            "RepeatingFlashRate": suffix(" Hz"),
            "CommanderInternalTTLCompGroupA": if_nonzero(sprintf("%+.1f")),
            "CommanderInternalTTLChannel": lookup(COMMANDER_INTERNAL_TTL_CHANNEL),
            "CommanderInternalTTLCompGroupB": if_nonzero(sprintf("%+.1f")),
            "LiveViewAFAreaMode": lookup(LIVE_VIEW_AF_AREA_MODE),
            "SelfTimerInterval": lookup(SELF_TIMER_SHOT_INTERVAL),
            "BeepPitch": lookup(OFF_LOW_HIGH),
            "LiveViewAFMode": lookup(LIVE_VIEW_AF_MODE),
            "AF-OnForMB-D11": lookup(AF_ON_FOR_MB_D11),
            "FlashWarning": lookup(ON_OFF),
            "MB-D11BatteryType": lookup(MB_D11_BATTERY_TYPE),
            "OKButton": lookup(OK_BUTTON),
            "BeepVolume": lookup(BEEP_VOLUME),
            "CommanderGroupAMode": lookup(COMMANDER_GROUP_A_MODE),
            "CommanderInternalManualOutput": full_or_exposure_time,
            "CommanderGroupBManualOutput": full_or_exposure_time,
            "Illumination": lookup(OFF_ON),
            "CommanderInternalTTLComp": if_nonzero(sprintf("%+.1f")),
            "AutoFP": lookup(OFF_ON),
            "CommanderInternalFlash": lookup(COMMANDER_INTERNAL_FLASH),
            "AFAreaIllumination": lookup(AF_AREA_ILLUMINATION),
            "CommanderGroupB_TTL-AAComp": if_nonzero(sprintf("%+.1f")),
            "FocusAreaSelection": lookup(FOCUS_POINT_WRAP),
            "MB-D80Batteries": lookup(MB_D80_BATTERIES),
            "CommanderGroupAManualOutput": full_or_exposure_time,
            "CenterAFArea": lookup(CENTER_AF_AREA),
            "MainDialExposureComp": lookup(OFF_ON),
            "CommanderGroupA_TTL-AAComp": if_nonzero(sprintf("%+.1f")),
            "CommandDials": lookup(COMMAND_DIALS),
            "CommanderGroupBMode": lookup(COMMANDER_GROUP_A_MODE),
            "AutoBracketingMode": lookup(AUTO_BRACKET_MODE_M),
            "AutoBracketingSet": lookup(AUTO_BRACKETING_SET),
            "MB-D12BatteryType": lookup(MB_D12_BATTERY_TYPE),
            "MovieAELockButtonAssignment": lookup(MOVIE_AE_LOCK_BUTTON_ASSIGNMENT),
            "AF-OnForMB-D12": lookup(AF_ON_FOR_MB_D12),
            "LightSwitch": lookup(LIGHT_SWITCH),
            "ContinuousModeLiveView": lookup(OFF_ON),
            "AssignMB-D18FuncButtonPlusDials": lookup(ASSIGN_MB_D18_FUNC_BUTTON_PLUS_DIALS),
            "AssignMB-D18FuncButton": lookup(ASSIGN_MB_D18_FUNC_BUTTON),
            "AssignMB-D18AF-OnButton": lookup(ASSIGN_MB_D18_AF_ON_BUTTON),
            "BlockShotAFResponse": lookup(BLOCK_SHOT_AF_RESPONSE),
            "EasyExposureComp": lookup(OFF_ON),
            "CommanderGroupA_TTLComp": if_nonzero(sprintf("%+.1f")),
            "AELockForMB-D80": lookup(AE_LOCK_FOR_MB_D80),
            "CenterFocusPoint": lookup(CENTER_AF_AREA),
            "MB-D80BatteryType": lookup(MB_D10_BATTERIES),
            "CommanderGroupB_TTLComp": if_nonzero(sprintf("%+.1f")),
            "VirtualHorizonStyle": lookup(VIRTUAL_HORIZON_STYLE),
            "MovieFocusPointLock": lookup(OFF_ON),
            "AFPointSel": lookup(AF_POINT_SEL),
            "FocusPeakingHighlightColor": lookup(FOCUS_PEAKING_HIGHLIGHT_COLOR),
            "VerticalMovieFuncButton": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "LimitAF-AreaModeSelPinpoint": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "ReverseFocusRing": lookup(REVERSE_FOCUS_RING),
            "AudioButtonPlaybackMode": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "VerticalFuncButtonPlaybackMode": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "Func1ButtonPlaybackMode": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "KeepExposure": lookup(KEEP_EXPOSURE),
            "QualityButtonPlaybackMode": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "WhiteBalanceButtonPlaybackMode": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "CmdDialsReverseRotation": lookup(CMD_DIALS_REVERSE_ROTATION),
            "LimitReleaseModeSelCH": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "DynamicAreaAFAssist": lookup(DYNAMIC_AREA_AF_ASSIST),
            "LimitReleaseModeSelSelf": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "LensFunc1Button": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "LimitReleaseModeSelC120": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "SubCommandDialPlaybackMode": lookup(SUB_COMMAND_DIAL_PLAYBACK_MODE),
            "UseDialWithoutHold": lookup(OFF_ON),
            "MovieAF-OnButton": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "LimitAFAreaModeSelAuto": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "MovieFunc3Button": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "Func4ButtonPlaybackMode": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "FocusPeakingDisplay": lookup(OFF_ON),
            "LensControlRing": lookup(LENS_CONTROL_RING),
            "Func3ButtonPlaybackMode": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "LimitAF-AreaModeSelDynamic_M": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "FocusPointPersistence": lookup(AUTO_OFF),
            "EVFReleaseIndicator": lookup(EVF_RELEASE_INDICATOR),
            "MovieRecordButtonPlaybackMode": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "EVFGrid": lookup(EVF_GRID),
            "ManualFocusPointIllumination": lookup(MANUAL_FOCUS_POINT_ILLUMINATION),
            "AF-CFocusDisplay": lookup(OFF_ON),
            "FlashBurstPriority": lookup(FLASH_BURST_PRIORITY),
            "MovieAFSpeedApply": lookup(MOVIE_AF_SPEED_APPLY),
            "MovieFunc2Button": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "ContinuousModeDisplay": lookup(OFF_ON),
            "LensFunc2Button": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "LimitAF-AreaModeSelWideAF_L": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "Func4Button": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "MovieZebraPattern": lookup(MOVIE_ZEBRA_PATTERN),
            "MovieShutterSpeedLock": lookup(OFF_ON),
            "LimitAF-AreaModeSelWideAF_S": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "LimitSelectableImageAreaDX": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "ControlRingResponse": lookup(PITCH),
            "LimitSelectableImageArea1To1": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "StarlightView": lookup(OFF_ON),
            "LimitAF-AreaModeSel3DTracking": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "PlaybackFlickUp": lookup(PLAYBACK_FLICK_UP),
            "FocusPeakingLevel": lookup(FOCUS_PEAKING_LEVEL),
            "QualityButton": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "ZebraPatternToneRange": lookup(ZEBRA_PATTERN_TONE_RANGE),
            "MovieAFAreaMode": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "MovieMultiSelector": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "LimitAF-AreaModeSelDynamic_S": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "CommandDialPlaybackMode": lookup(SUB_COMMAND_DIAL_PLAYBACK_MODE),
            "AutoFocusModeRestrictions": lookup(AUTO_FOCUS_MODE_RESTRICTIONS),
            "HighSpeedSync": lookup(OFF_ON),
            "MovieAFTrackingSensitivity": lookup(MOVIE_AF_TRACKING_SENSITIVITY),
            "HDMIViewAssist": lookup(OFF_ON),
            "EVFImageFrame": lookup(OFF_ON),
            "AudioButton": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "LimitAF-AreaModeSelDynamic_L": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "LimitSelectableImageArea16To9": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "MovieLensControlRing": lookup(MOVIE_LENS_CONTROL_RING),
            "MovieEVFGrid": lookup(EVF_GRID),
            "LimitReleaseModeSelC30": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "LimitReleaseModeSelCL": lookup(LIMIT_AF_AREA_MODE_SEL_PINPOINT),
            "FocusPointLock": lookup(OFF_ON),
            "PlaybackFlickDown": lookup(PLAYBACK_FLICK_UP),
            "EVFWarmDisplayMode": lookup(EVF_WARM_DISPLAY_MODE),
            "VerticalMovieAFOnButton": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "AF-OnOutOfFocusRelease": lookup(DISABLE_ENABLE),
            "FlickAdvanceDirection": lookup(FLICK_ADVANCE_DIRECTION),
            "Func2ButtonPlaybackMode": lookup(VERTICAL_MOVIE_FUNC_BUTTON),
            "ManualFocusRingInAFMode": lookup(OFF_ON),
            "ExtendedShutterSpeeds": lookup(OFF_ON),
            "VerticalMultiSelectorPlaybackMode": lookup(VERTICAL_MULTI_SELECTOR_PLAYBACK_MODE),
            "AF-AssistIlluminator": lookup(OFF_ON),
            "MovieApertureLock": lookup(OFF_ON),
        },
        sources=nikon_custom.SOURCES,
    ),
    "NikonSettings": Table(
        rows={
            "RemoteFuncButton": lookup(REMOTE_FUNC_BUTTON),
            "LimitReleaseModeSelCL": lookup(LIMIT_RELEASE_MODE_SEL_CL),
            "FocusPointBrightness": lookup(FOCUS_POINT_BRIGHTNESS),
            "ExposureDelayMode": lookup(EXPOSURE_DELAY_MODE),
            "MovieISOAutoControlManualMode": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "HDMIOutputHDR": lookup(HDMI_OUTPUT_HDR),
            "PlaybackFlickDownRating": lookup(PLAYBACK_FLICK_DOWN_RATING),
            "SubSelector": lookup(SUB_SELECTOR_NIKON_SETTINGS),
            "FlickerReductionIndicator": lookup(FLICKER_REDUCTION_INDICATOR),
            "CLModeShootingSpeed": suffix(" fps"),
            "FramingGridDisplay": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "SubjectMotion": lookup(SUBJECT_MOTION_NIKON_SETTINGS),
            "LimitAF-AreaModeSelWideAF_S": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "FlickAdvanceDirection": lookup(FLICK_ADVANCE_DIRECTION_NIKON_SETTINGS),
            "SyncReleaseMode": lookup(SYNC_RELEASE_MODE_NIKON_SETTINGS),
            "ManualFocusPointIllumination": lookup(MANUAL_FOCUS_POINT_ILLUMINATION_NIKON_SETTINGS),
            "AFPointSel": lookup(AF_POINT_SEL_NIKON_SETTINGS),
            "LimitAF-AreaModeSelWideLAnimals": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "BracketingBurstOptions": lookup(FLICKER_REDUCTION_INDICATOR),
            "SelfTimerTime": lookup(SELF_TIMER_TIME_NIKON_SETTINGS),
            "LimitAFAreaModeSelAuto": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
            "AFActivation": lookup(AF_ACTIVATION_NIKON_SETTINGS),
            "GroupAreaC1": lookup(GROUP_AREA_C1),
            "LimitAF-AreaModeSelAutoPeople": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "MovieISOAutoHiLimit": lookup(MOVIE_ISO_AUTO_HI_LIMIT),
            "PrimarySlot": lookup(PRIMARY_SLOT_NIKON_SETTINGS),
            "ShutterSpeedLock": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "RecallShootFuncFocusTracking": lookup(OFF_ON_NIKON_SETTINGS),
            "RecallShootFuncShutterSpeed": lookup(OFF_ON_NIKON_SETTINGS),
            "ContinuousModeDisplay": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "MovieAFAreaMode": lookup(MOVIE_AF_AREA_MODE_NIKON_SETTINGS),
            "BracketIncrement": lookup(BRACKET_INCREMENT_NIKON_SETTINGS),
            "LimitSelectableImageArea16To9": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "LensFunc1Button": lookup(LENS_FUNC1_BUTTON),
            "AssignBktButton": lookup(ASSIGN_BKT_BUTTON_NIKON_SETTINGS),
            "SubDialFrameAdvanceRating5": lookup(NO_YES_NIKON_SETTINGS),
            "ApplySettingsToLiveView": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "Language": lookup(LANGUAGE_NIKON_SETTINGS),
            "SubDialFrameAdvanceRating4": lookup(NO_YES_NIKON_SETTINGS),
            "StandbyMonitorOffTime": lookup(STANDBY_MONITOR_OFF_TIME),
            "MenuMonitorOffTime": lookup(MENU_MONITOR_OFF_TIME),
            "FocusPointSelectionSpeed": lookup(FOCUS_POINT_SELECTION_SPEED),
            "CenterWeightedAreaSize": lookup(CENTER_WEIGHTED_AREA_SIZE_NIKON_SETTINGS),
            "MovieAFSpeedApply": lookup(MOVIE_AF_SPEED_APPLY_NIKON_SETTINGS),
            "LimitAF-AreaModeSelWideAF_L": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "LimitAFAreaModeSelD49": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "FlashExposureCompArea": lookup(FLASH_EXPOSURE_COMP_AREA_NIKON_SETTINGS),
            "LimitSelectableImageArea5To4": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "MovieFunc3Button": lookup(MOVIE_FUNC3_BUTTON),
            "MovieAFTrackingSensitivity": lookup(MOVIE_AF_TRACKING_SENSITIVITY_NIKON_SETTINGS),
            "CHModeShootingSpeed": suffix(" fps"),
            "LCDIllumination": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "DynamicAreaAFAssist": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "VerticalMultiSelector": lookup(SUB_SELECTOR_NIKON_SETTINGS),
            "MatrixMetering": lookup(MATRIX_METERING_NIKON_SETTINGS),
            "VerticalAFOnButton": lookup(VERTICAL_AF_ON_BUTTON_NIKON_SETTINGS),
            "ManualFocusRingInAFMode": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "AF-CPrioritySel": lookup(AF_C_PRIORITY_SEL),
            "ExtendedShutterSpeeds": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "MultiSelectorLiveView": lookup(MULTI_SELECTOR_LIVE_VIEW_NIKON_SETTINGS),
            "SilentPhotography": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "LiveViewButtonOptions": lookup(LIVE_VIEW_BUTTON_OPTIONS_NIKON_SETTINGS),
            "MovieFunc2Button": lookup(MOVIE_FUNC2_BUTTON),
            "HDMIOutputResolution": lookup(HDMI_OUTPUT_RESOLUTION_NIKON_SETTINGS),
            "VerticalFuncButton": lookup(VERTICAL_FUNC_BUTTON_NIKON_SETTINGS),
            "ExposureControlStepSize": lookup(EXPOSURE_CONTROL_STEP_SIZE),
            "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
            "ReleaseButtonToUseDial": lookup(RELEASE_BUTTON_TO_USE_DIAL),
            "SelfTimerShotInterval": lookup(SELF_TIMER_SHOT_INTERVAL_NIKON_SETTINGS),
            "RecallShootFuncWhiteBalance": lookup(OFF_ON_NIKON_SETTINGS),
            "RecallShootFuncExposureMode": lookup(OFF_ON_NIKON_SETTINGS),
            "CmdDialsReverseRotation": lookup(CMD_DIALS_REVERSE_ROTATION_NIKON_SETTINGS),
            "BracketProgram": lookup(BRACKET_PROGRAM_NIKON_SETTINGS),
            "PreviewButton": lookup(PREVIEW_BUTTON_NIKON_SETTINGS),
            "AutoFlashISOSensitivity": lookup(AUTO_FLASH_ISO_SENSITIVITY_NIKON_SETTINGS),
            "SubDialFrameAdvanceRating2": lookup(NO_YES_NIKON_SETTINGS),
            "EnergySavingMode": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "MovieAF-OnButton": lookup(MOVIE_AF_ON_BUTTON),
            "RecallShootFuncAF-On": lookup(OFF_ON_NIKON_SETTINGS),
            "AFAreaMode": lookup(AF_AREA_MODE_NIKON_SETTINGS),
            "ElectronicFront-CurtainShutter": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "MovieWhiteBalanceSameAsPhoto": lookup(RELEASE_BUTTON_TO_USE_DIAL),
            "AutoAreaAFStartingPoint": lookup(FLICKER_REDUCTION_INDICATOR),
            "RecallShootFuncExposureComp": lookup(OFF_ON_NIKON_SETTINGS),
            "FlashShutterSpeed": lookup(FLASH_SHUTTER_SPEED_NIKON_SETTINGS),
            "LimitAFAreaModeSelD9": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "FocusPointWrap": lookup(FOCUS_POINT_WRAP_NIKON_SETTINGS),
            "LimitAFAreaModeSelGroupC2": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "MovieFunc1Button": lookup(MOVIE_FUNC1_BUTTON_NIKON_SETTINGS),
            "LimitReleaseModeSelTimer": lookup(LIMIT_RELEASE_MODE_SEL_CL),
            "EasyExposureCompensation": lookup(EASY_EXPOSURE_COMPENSATION_NIKON_SETTINGS),
            "SubDialFrameAdvance": lookup(SUB_DIAL_FRAME_ADVANCE),
            "LimitReleaseModeSelQ": lookup(LIMIT_RELEASE_MODE_SEL_CL),
            "Three-DTrackingFaceDetection": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "ReverseIndicators": lookup(REVERSE_INDICATORS_NIKON_SETTINGS),
            "LimitAF-AreaModeSelPinpoint": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "HDMIBitDepth": lookup(HDMI_BIT_DEPTH),
            "ImageReviewMonitorOffTime": lookup(IMAGE_REVIEW_MONITOR_OFF_TIME_NIKON_SETTINGS),
            "MovieHighlightDisplayThreshold": lookup(MOVIE_HIGHLIGHT_DISPLAY_THRESHOLD),
            "PlaybackFlickUpRating": lookup(PLAYBACK_FLICK_DOWN_RATING),
            "ExposureCompStepSize": lookup(EXPOSURE_CONTROL_STEP_SIZE),
            "SaveFocus": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "ISOAutoFlashLimit": lookup(ISO_AUTO_FLASH_LIMIT),
            "ISOAutoShutterTime": lookup(ISO_AUTO_SHUTTER_TIME_NIKON_SETTINGS),
            "BracketSet": lookup(BRACKET_SET_NIKON_SETTINGS),
            "SubDialFrameAdvanceRating1": lookup(NO_YES_NIKON_SETTINGS),
            "KeepExposureWithTeleconverter": lookup(KEEP_EXPOSURE_WITH_TELECONVERTER),
            "FlashBurstPriority": lookup(FLASH_BURST_PRIORITY_NIKON_SETTINGS),
            "LimitReleaseModeSelCH": lookup(LIMIT_RELEASE_MODE_SEL_CL),
            "FlickerReductionShooting": lookup(FLICKER_REDUCTION_INDICATOR),
            "LimitAFAreaModeSel3D": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "RecallShootFuncMeteringMode": lookup(OFF_ON_NIKON_SETTINGS),
            "HDMIExternalRecorder": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "RecallShootFuncISO": lookup(OFF_ON_NIKON_SETTINGS),
            "MultiSelectorShootMode": lookup(MULTI_SELECTOR_SHOOT_MODE_NIKON_SETTINGS),
            "LowLightAF": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "SubSelectorCenter": lookup(SUB_SELECTOR_CENTER_NIKON_SETTINGS),
            "FineTuneOptHighlightWeighted": if_nonzero(sprintf("%+.2f")),
            "ISOAutoHiLimit": lookup(MOVIE_ISO_AUTO_HI_LIMIT),
            "AF-AssistIlluminator": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "MultiSelector": lookup(MULTI_SELECTOR_NIKON_SETTINGS),
            "LimitSelectableImageArea1To1": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "VerticalMovieAFOnButton": lookup(VERTICAL_MOVIE_AF_ON_BUTTON),
            "ShutterType": lookup(SHUTTER_TYPE),
            "ShootingInfoDisplay": lookup(SHOOTING_INFO_DISPLAY_NIKON_SETTINGS),
            "ReverseFocusRing": lookup(REVERSE_FOCUS_RING_NIKON_SETTINGS),
            "AssignMovieSubselector": lookup(ASSIGN_MOVIE_SUBSELECTOR_NIKON_SETTINGS),
            "LiveViewMonitorOffTime": lookup(LIVE_VIEW_MONITOR_OFF_TIME_NIKON_SETTINGS),
            "HDMIViewAssist": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "SecondarySlotFunction": lookup(SECONDARY_SLOT_FUNCTION_NIKON_SETTINGS),
            "AssignMovieRecordButton": lookup(ASSIGN_MOVIE_RECORD_BUTTON_NIKON_SETTINGS),
            "Func1Button": lookup(PREVIEW_BUTTON_NIKON_SETTINGS),
            "StoreByOrientation": lookup(STORE_BY_ORIENTATION_NIKON_SETTINGS),
            "CustomSettingsBank": lookup(CUSTOM_SETTINGS_BANK),
            "ShootingInfoMonitorOffTime": lookup(MENU_MONITOR_OFF_TIME),
            "PlaybackFlickUp": lookup(PLAYBACK_FLICK_UP_NIKON_SETTINGS),
            "AF-SPrioritySel": lookup(RELEASE_FOCUS),
            "LimitAFAreaModeSelD105": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "ShutterReleaseButtonAE-L": lookup(SHUTTER_RELEASE_BUTTON_AE_L),
            "LimitAFAreaModeSelGroupC1": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "AutoBracketModeM": lookup(AUTO_BRACKET_MODE_M_NIKON_SETTINGS),
            "MeteringButton": lookup(METERING_BUTTON),
            "MultiSelectorPlaybackMode": lookup(MULTI_SELECTOR_PLAYBACK_MODE_NIKON_SETTINGS),
            "PhotoShootingMenuBank": lookup(CUSTOM_SETTINGS_BANK),
            "LimitReleaseModeSelMirror-Up": lookup(LIMIT_RELEASE_MODE_SEL_CL),
            "MovieHighlightDisplayPattern": lookup(MOVIE_HIGHLIGHT_DISPLAY_PATTERN),
            "AF-OnButton": lookup(AF_ON_BUTTON_NIKON_SETTINGS),
            "VerticalAF-OnButton": lookup(VERTICAL_AF_ON_BUTTON3),
            "OpticalVR": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "Func3Button": lookup(FUNC3_BUTTON_NIKON_SETTINGS),
            "SubDialFrameAdvanceRating0": lookup(NO_YES_NIKON_SETTINGS),
            "RearControPanelDisplay": lookup(REAR_CONTRO_PANEL_DISPLAY),
            "FocusPointPersistence": lookup(FOCUS_POINT_PERSISTENCE),
            "Func2Button": lookup(PREVIEW_BUTTON_NIKON_SETTINGS),
            "RecallShootFuncAFAreaMode": lookup(OFF_ON_NIKON_SETTINGS),
            "CmdDialsChangeMainSub": lookup(CMD_DIALS_CHANGE_MAIN_SUB),
            "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
            "LightSwitch": lookup(LIGHT_SWITCH_NIKON_SETTINGS),
            "BlockShotAFResponse": lookup(BLOCK_SHOT_AF_RESPONSE),
            "LimitAF-AreaModeSelAutoAnimals": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "LensControlRing": lookup(LENS_CONTROL_RING_NIKON_SETTINGS),
            "PlaybackMonitorOffTime": lookup(MENU_MONITOR_OFF_TIME),
            "MoviePreviewButton": lookup(MOVIE_PREVIEW_BUTTON_NIKON_SETTINGS),
            "ISOStepSize": lookup(EXPOSURE_CONTROL_STEP_SIZE),
            "LimitAF-AreaModeSelWideLPeople": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "FocusPeakingHighlightColor": lookup(FOCUS_PEAKING_HIGHLIGHT_COLOR_NIKON_SETTINGS),
            "FileNumberSequence": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "AutoFocusModeRestrictions": lookup(AUTO_FOCUS_MODE_RESTRICTIONS_NIKON_SETTINGS),
            "RecallShootFuncAperture": lookup(OFF_ON_NIKON_SETTINGS),
            "QuietShutterShootingSpeed": lookup(QUIET_SHUTTER_SHOOTING_SPEED),
            "CmdDialsApertureSetting": lookup(CMD_DIALS_APERTURE_SETTING),
            "LensFunc2Button": lookup(LENS_FUNC2_BUTTON),
            "FlashSyncSpeed": lookup(FLASH_SYNC_SPEED_NIKON_SETTINGS),
            "LimitAF-AreaModeSelDynamic": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "ApertureLock": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "PlaybackFlickDown": lookup(PLAYBACK_FLICK_UP_NIKON_SETTINGS),
            "MovieMultiSelector": lookup(MOVIE_MULTI_SELECTOR),
            "LimitSelectableImageAreaDX": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "VerticalMovieFuncButton": lookup(VERTICAL_MOVIE_FUNC_BUTTON_NIKON_SETTINGS),
            "HDMIOutputRange": lookup(HDMI_OUTPUT_RANGE),
            "CmdDialsMenuAndPlayback": lookup(CMD_DIALS_MENU_AND_PLAYBACK),
            "SubDialFrameAdvanceRating3": lookup(NO_YES_NIKON_SETTINGS),
            "PreferSubSelectorCenter": lookup(OFF_ON_NIKON_SETTINGS),
            "USBPowerDelivery": lookup(FLICKER_REDUCTION_INDICATOR),
            "ModelingFlash": lookup(MOVIE_ISO_AUTO_CONTROL_MANUAL_MODE),
            "MovieShutterButton": lookup(MOVIE_SHUTTER_BUTTON_NIKON_SETTINGS),
            "LimitAFAreaModeSelGroup": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "LimitAFAreaModeSelD25": lookup(LIMIT_AF_AREA_MODE_SEL_WIDE_AF_S),
            "FocusPeakingLevel": lookup(FOCUS_PEAKING_LEVEL_NIKON_SETTINGS),
        },
    ),
}
