"""Printed values of ExifTool's Canon and CanonCustom maker-note tables
(Canon.pm and CanonCustom.pm, 12.57), keyed by
tag name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions
as the named printers of :mod:`.functions`. Where tables of one group name a tag alike with
different conversions, the main table's (else the one the engine reads) is kept."""

from ..convert import exposure_time, flags, fraction, lookup, suffix
from ..table import Source, Table, all_of, has_tag, model, names, not_model
from . import canon_custom
from .canon_lenses import LENS_TYPES
from .common import (
    AF_POINTS_IN_FOCUS5_D_CANON,
    CAMERA_ORIENTATION,
    COLOR_SPACE,
    DISABLE_ENABLE,
    ENABLE_DISABLE,
    NO_YES,
    NORMAL,
    OFF_ON,
    ON_OFF,
    YES_NO,
)
from .functions import (
    bit_numbers,
    distance,
    duration,
    file_number,
    in_turn,
    lookup_else,
    lookup_or_same,
    not_available,
    parameter,
    prefixed,
    self_timer,
    signed,
    sprintf,
    time_zone,
    with_alternatives,
)

AI_SERVO_SECOND_IMAGE = {
    0: "Equal Priority",
    1: "Release Priority",
    2: "Focus Priority",
    3: "Release High Priority",
    4: "Focus High Priority",
}

USM_LENS_ELECTRONIC_MF = {
    0: "Enable After AF",
    1: "Disable After AF",
    2: "Disable in AF Mode",
}

LENS_DRIVE_WHEN_AF_IMPOSSIBLE = {
    0: "Continue Focus Search",
    1: "Stop Focus Search",
}

MANUAL_AF_POINT_SEL_PATTERN = {
    0: "Stops at AF Area Edges",
    1: "Continuous",
}

AI_SERVO_FIRST_IMAGE = {
    0: "Equal Priority",
    1: "Release Priority",
    2: "Focus Priority",
}

SELECT_AF_AREA_SELECTION_MODE = {
    0: "Single-point AF",
    1: "Auto",
    2: "Zone AF",
    3: "AF Point Expansion (4 point)",
    4: "Spot AF",
    5: "AF Point Expansion (8 point)",
}

INITIAL_AF_POINT_IN_SERVO = {
    0: "Initial AF Point Selected",
    1: "Manual AF Point",
    2: "Auto",
}

VF_DISPLAY_ILLUMINATION = {
    0: "Auto",
    1: "Enable",
    2: "Disable",
}

AF_STATUS_VIEWFINDER = {
    0: "Show in Field of View",
    1: "Show Outside View",
}

AF_ASSIST_BEAM = {
    0: "Enable",
    1: "Disable",
    2: "IR AF Assist Beam Only",
}

ORIENTATION_LINKED_AF = {
    0: "Same for Vert/Horiz Points",
    1: "Separate Vert/Horiz Points",
    2: "Separate Area+Points",
}

ONE_SHOT_AF_RELEASE = {
    0: "Focus Priority",
    1: "Release Priority",
}

AF_AREA_SELECTION_METHOD = {
    0: "M-Fn Button",
    1: "Main Dial",
}

AF_POINT_DISPLAY_DURING_FOCUS = {
    0: "Selected (constant)",
    1: "All (constant)",
    2: "Selected (pre-AF, focused)",
    3: "Selected (focused)",
    4: "Disabled",
}

AF_AREA_MODE = {
    0: "Off (Manual Focus)",
    1: "AF Point Expansion (surround)",
    10: "AF Point Expansion (8 point)",
    11: "Flexizone Multi (49 point)",
    12: "Flexizone Multi (9 point)",
    13: "Flexizone Single",
    14: "Large Zone AF",
    2: "Single-point AF",
    4: "Auto",
    5: "Face Detect AF",
    6: "Face + Tracking",
    7: "Zone AF",
    8: "AF Point Expansion (4 point)",
    9: "Spot AF",
}

AF_MICRO_ADJ_MODE = {
    0: "Disable",
    1: "Adjust all by the same amount",
    2: "Adjust by lens",
}

AMBIENCE_SELECTION = {
    0: "Standard",
    1: "Vivid",
    2: "Warm",
    3: "Soft",
    4: "Cool",
    5: "Intense",
    6: "Brighter",
    7: "Darker",
    8: "Monochrome",
}

ASPECT_RATIO = {
    0: "3:2",
    1: "1:1",
    12: "3:2 (APS-H crop)",
    13: "3:2 (APS-C crop)",
    2: "4:3",
    258: "4:3 crop",
    7: "16:9",
    8: "4:5",
}

FLASH_METERING_MODE = {
    0: "E-TTL",
    3: "TTL",
    4: "External Auto",
    5: "External Manual",
    6: "Off",
}

WHITE_BALANCE = {
    0: "Auto",
    1: "Daylight",
    10: "PC Set1",
    11: "PC Set2",
    12: "PC Set3",
    14: "Daylight Fluorescent",
    15: "Custom 1",
    16: "Custom 2",
    17: "Underwater",
    18: "Custom 3",
    19: "Custom 4",
    2: "Cloudy",
    20: "PC Set4",
    21: "PC Set5",
    23: "Auto (ambience priority)",
    3: "Tungsten",
    4: "Fluorescent",
    5: "Flash",
    6: "Custom",
    7: "Black & White",
    8: "Shade",
    9: "Manual Temperature (Kelvin)",
}

# Lookup values several printers build on (ExifTool's hashes, one holding all of another's).
FILTER_EFFECT = {
    0: "None",
    1: "Yellow",
    2: "Orange",
    3: "Red",
    4: "Green",
}
TONING_EFFECT = {
    0: "None",
    1: "Sepia",
    2: "Blue",
    3: "Purple",
    4: "Green",
}
COLOR_DATA_VERSION_VALUES = {
    2: "2 (1DmkIII)",
    3: "3 (40D)",
    4: "4 (1DSmkIII)",
    5: "5 (450D/1000D)",
    6: "6 (50D/5DmkII)",
    7: "7 (500D/550D/7D/1DmkIV)",
    9: "9 (60D/1100D)",
}
USER_DEF1_PICTURE_STYLE = {
    129: "Standard",
    130: "Portrait",
    131: "Landscape",
    132: "Neutral",
    133: "Faithful",
    134: "Monochrome",
    135: "Auto",
    65: "PC 1",
    66: "PC 2",
    67: "PC 3",
}


PICTURE_STYLE = {
    **USER_DEF1_PICTURE_STYLE,
    0: "None",
    1: "Standard",
    136: "Fine Detail",
    2: "Portrait",
    255: "n/a",
    3: "High Saturation",
    33: "User Def. 1",
    34: "User Def. 2",
    35: "User Def. 3",
    4: "Adobe RGB",
    5: "Low Saturation",
    6: "CM Set 1",
    65535: "n/a",
    7: "CM Set 2",
}

SHARPNESS_FREQUENCY = {
    0: "n/a",
    1: "Lowest",
    2: "Low",
    3: "Standard",
    4: "High",
    5: "Highest",
}

FOCAL_TYPE = {
    1: "Fixed",
    2: "Zoom",
}

CANON_IMAGE_SIZE = {
    -1: "n/a",
    0: "Large",
    1: "Medium",
    10: "Medium Widescreen",
    128: "640x480 Movie",
    129: "Medium Movie",
    130: "Small Movie",
    137: "1280x720 Movie",
    14: "Small 1",
    142: "1920x1080 Movie",
    143: "4096x2160 Movie",
    15: "Small 2",
    16: "Small 3",
    2: "Small",
    5: "Medium 1",
    6: "Medium 2",
    7: "Medium 3",
    8: "Postcard",
    9: "Widescreen",
}

HIGH_ISO_NOISE_REDUCTION = {
    0: "Standard",
    1: "Low",
    2: "Strong",
    3: "Off",
}

AF_POINTS_IN_FOCUS5_D = {
    0: "Center",
    1: "Top",
    2: "Bottom",
    3: "Upper-left",
    4: "Upper-right",
    5: "Lower-left",
    6: "Lower-right",
    7: "Left",
    8: "Right",
    9: "AI Servo1",
    10: "AI Servo2",
    11: "AI Servo3",
    12: "AI Servo4",
    13: "AI Servo5",
    14: "AI Servo6",
}

TONING_EFFECT_MONOCHROME = {**TONING_EFFECT, -559038737: "n/a"}

FILTER_EFFECT_MONOCHROME = {**FILTER_EFFECT, -559038737: "n/a"}

CAMERA_PICTURE_STYLE = {
    129: "Standard",
    130: "Portrait",
    131: "Landscape",
    132: "Neutral",
    133: "Faithful",
    134: "Monochrome",
    33: "User Defined 1",
    34: "User Defined 2",
    35: "User Defined 3",
}

FOCUS_RANGE = {
    0: "Manual",
    1: "Auto",
    10: "Infinity",
    2: "Not Known",
    3: "Macro",
    4: "Very Close",
    5: "Close",
    6: "Middle Range",
    7: "Far Range",
    8: "Pan Focus",
    9: "Super Macro",
}

QUALITY = {
    -1: "n/a",
    1: "Economy",
    130: "Light (RAW)",
    131: "Standard (RAW)",
    2: "Normal",
    3: "Fine",
    4: "RAW",
    5: "Superfine",
    7: "CRAW",
}

EASY_MODE = {
    0: "Full auto",
    1: "Manual",
    10: "Macro",
    11: "Black & White",
    12: "Pan focus",
    13: "Vivid",
    14: "Neutral",
    15: "Flash Off",
    16: "Long Shutter",
    17: "Super Macro",
    18: "Foliage",
    19: "Indoor",
    2: "Landscape",
    20: "Fireworks",
    21: "Beach",
    22: "Underwater",
    23: "Snow",
    24: "Kids & Pets",
    25: "Night Snapshot",
    257: "Spotlight",
    258: "Night 2",
    259: "Night+",
    26: "Digital Macro",
    260: "Super Night",
    261: "Sunset",
    263: "Night Scene",
    264: "Surface",
    265: "Low Light 2",
    27: "My Colors",
    28: "Movie Snap",
    29: "Super Macro 2",
    3: "Fast shutter",
    30: "Color Accent",
    31: "Color Swap",
    32: "Aquarium",
    33: "ISO 3200",
    34: "ISO 6400",
    35: "Creative Light Effect",
    36: "Easy",
    37: "Quick Shot",
    38: "Creative Auto",
    39: "Zoom Blur",
    4: "Slow shutter",
    40: "Low Light",
    41: "Nostalgic",
    42: "Super Vivid",
    43: "Poster Effect",
    44: "Face Self-timer",
    45: "Smile",
    46: "Wink Self-timer",
    47: "Fisheye Effect",
    48: "Miniature Effect",
    49: "High-speed Burst",
    5: "Night",
    50: "Best Image Selection",
    51: "High Dynamic Range",
    52: "Handheld Night Scene",
    53: "Movie Digest",
    54: "Live View Control",
    55: "Discreet",
    56: "Blur Reduction",
    57: "Monochrome",
    58: "Toy Camera Effect",
    59: "Scene Intelligent Auto",
    6: "Gray Scale",
    60: "High-speed Burst HQ",
    61: "Smooth Skin",
    62: "Soft Focus",
    68: "Food",
    7: "Sepia",
    8: "Portrait",
    84: "HDR Art Standard",
    85: "HDR Art Vivid",
    9: "Sports",
    93: "HDR Art Bold",
}

CANON_FLASH_MODE = {
    -1: "n/a",
    0: "Off",
    1: "Auto",
    16: "External flash",
    2: "On",
    3: "Red-eye reduction",
    4: "Slow-sync",
    5: "Red-eye reduction (Auto)",
    6: "Red-eye reduction (On)",
}

DIGITAL_ZOOM = {
    0: "None",
    1: "2x",
    2: "4x",
    3: "Other",
}

AF_POINT = {
    12288: "None (MF)",
    12289: "Auto AF point selection",
    12290: "Right",
    12291: "Center",
    12292: "Left",
    16385: "Auto AF point selection",
    16390: "Face Detect",
    8197: "Manual AF point selection",
}

METERING_MODE = {
    0: "Default",
    1: "Spot",
    2: "Average",
    3: "Evaluative",
    4: "Partial",
    5: "Center-weighted average",
}

FLASH_BITS = {
    0: "Manual",
    1: "TTL",
    2: "A-TTL",
    3: "E-TTL",
    4: "FP sync enabled",
    7: "2nd-curtain sync used",
    11: "FP sync used",
    13: "Built-in",
    14: "External",
}

FOCUS_CONTINUOUS = {
    0: "Single",
    1: "Continuous",
    8: "Manual",
}

SPOT_METERING_MODE = {
    0: "Center",
    1: "AF Point",
}

MACRO_MODE = {
    1: "Macro",
    2: "Normal",
}

IMAGE_STABILIZATION = {
    0: "Off",
    1: "On",
    2: "Shoot Only",
    256: "Off (2)",
    257: "On (2)",
    258: "Shoot Only (2)",
    259: "Panning (2)",
    260: "Dynamic (2)",
    3: "Panning",
    4: "Dynamic",
}

MANUAL_FLASH_OUTPUT = {
    0: "n/a",
    1280: "Full",
    1282: "Medium",
    1284: "Low",
    32767: "n/a",
}

RECORD_MODE = {
    1: "JPEG",
    10: "MP4",
    11: "CRM",
    12: "CR3",
    13: "CR3+JPEG",
    14: "HIF",
    15: "CR3+HIF",
    2: "CRW+THM",
    3: "AVI+THM",
    4: "TIF",
    5: "TIF+JPEG",
    6: "CR2",
    7: "CR2+JPEG",
    9: "MOV",
}

CONTINUOUS_DRIVE = {
    0: "Single",
    1: "Continuous",
    10: "Continuous, Silent",
    2: "Movie",
    3: "Continuous, Speed Priority",
    4: "Continuous, Low",
    5: "Continuous, High",
    6: "Silent Single",
    8: "Continuous, High+",
    9: "Single, Silent",
}

SRAW_QUALITY = {
    0: "n/a",
    1: "sRAW1 (mRAW)",
    2: "sRAW2 (sRAW)",
}

CANON_EXPOSURE_MODE = {
    0: "Easy",
    1: "Program AE",
    2: "Shutter speed priority AE",
    3: "Aperture-priority AE",
    4: "Manual",
    5: "Depth-of-field AE",
    6: "M-Dep",
    7: "Bulb",
    8: "Flexible-priority AE",
}

FOCUS_MODE = {
    0: "One-shot AF",
    1: "AI Servo AF",
    16: "Pan Focus",
    2: "AI Focus AF",
    256: "AF + MF",
    257: "Live View",
    3: "Manual Focus (3)",
    4: "Single",
    5: "Continuous",
    512: "Movie Snap Focus",
    519: "Movie Servo AF",
    6: "Manual Focus (6)",
}

AE_SETTING = {
    0: "Normal AE",
    1: "Exposure Compensation",
    2: "AE Lock",
    3: "AE Lock + Exposure Comp.",
    4: "No AE",
}

PHOTO_EFFECT = {
    0: "Off",
    1: "Vivid",
    100: "My Color Data",
    2: "Neutral",
    3: "Smooth",
    4: "Sepia",
    5: "B&W",
    6: "Custom",
}

# The ColorDataVersion of every ColorData table (ColorData3 to ColorData11); 10 is ColorData7's,
# ColorData6 (600D/1200D) names it otherwise (see SOURCES).
COLOR_DATA_VERSION = {
    **COLOR_DATA_VERSION_VALUES,
    -4: "-4 (M100/M5/M6)",
    -3: "-3 (M10/M3)",
    1: "1 (1DmkIIN/5D/30D/400D)",
    10: "10 (1DX/5DmkIII/6D/70D/100D/650D/700D/M/M2)",
    11: "11 (7DmkII/750D/760D/8000D)",
    12: "12 (1DXmkII/5DS/5DSR)",
    13: "13 (80D/5DmkIV)",
    14: "14 (1300D/2000D/4000D)",
    15: "15 (6DmkII/77D/200D/800D,9000D)",
    16: "16 (M50)",
    17: "17 (EOS R)",
    18: "18 (EOS RP/250D)",
    19: "19 (90D/850D/M6mkII/M200)",
    32: "32 (1DXmkIII)",
    33: "33 (R5/R6)",
    34: "34 (R3)",
    48: "48 (R7, R10, R6 Mark II)",
}

INTELLIGENT_CONTRAST = {
    0: "Off",
    65535: "n/a",
    8: "On",
}

LONG_EXPOSURE_NOISE_REDUCTION2 = {
    0: "Off",
    1: "On (1D)",
    3: "On",
    4: "Auto",
}

BRACKET_MODE = {
    0: "Off",
    1: "AEB",
    2: "FEB",
    3: "ISO",
    4: "WB",
}

WB_BRACKET_MODE = {
    0: "Off",
    1: "On (shift AB)",
    2: "On (shift GM)",
}

RF_LENS_TYPE = {
    0: "n/a",
    257: "Canon RF 50mm F1.2L USM",
    258: "Canon RF 24-105mm F4L IS USM",
    259: "Canon RF 28-70mm F2L USM",
    260: "Canon RF 35mm F1.8 MACRO IS STM",
    261: "Canon RF 85mm F1.2L USM",
    262: "Canon RF 85mm F1.2L USM DS",
    263: "Canon RF 24-70mm F2.8L IS USM",
    264: "Canon RF 15-35mm F2.8L IS USM",
    265: "Canon RF 24-240mm F4-6.3 IS USM",
    266: "Canon RF 70-200mm F2.8L IS USM",
    267: "Canon RF 85mm F2 MACRO IS STM",
    268: "Canon RF 600mm F11 IS STM",
    269: "Canon RF 600mm F11 IS STM + RF1.4x",
    270: "Canon RF 600mm F11 IS STM + RF2x",
    271: "Canon RF 800mm F11 IS STM",
    272: "Canon RF 800mm F11 IS STM + RF1.4x",
    273: "Canon RF 800mm F11 IS STM + RF2x",
    274: "Canon RF 24-105mm F4-7.1 IS STM",
    275: "Canon RF 100-500mm F4.5-7.1L IS USM",
    276: "Canon RF 100-500mm F4.5-7.1L IS USM + RF1.4x",
    277: "Canon RF 100-500mm F4.5-7.1L IS USM + RF2x",
    278: "Canon RF 70-200mm F4L IS USM",
    279: "Canon RF 100mm F2.8L MACRO IS USM",
    280: "Canon RF 50mm F1.8 STM",
    281: "Canon RF 14-35mm F4L IS USM",
    282: "Canon RF-S 18-45mm F4.5-6.3 IS STM",
    283: "Canon RF 100-400mm F5.6-8 IS USM",
    284: "Canon RF 100-400mm F5.6-8 IS USM + RF1.4x",
    285: "Canon RF 100-400mm F5.6-8 IS USM + RF2x",
    286: "Canon RF-S 18-150mm F3.5-6.3 IS STM",
    287: "Canon RF 24mm F1.8 MACRO IS STM",
    288: "Canon RF 16mm F2.8 STM",
    289: "Canon RF 400mm F2.8L IS USM",
    290: "Canon RF 400mm F2.8L IS USM + RF1.4x",
    291: "Canon RF 400mm F2.8L IS USM + RF2x",
    292: "Canon RF 600mm F4L IS USM",
    295: "Canon RF 800mm F5.6L IS USM",
    296: "Canon RF 800mm F5.6L IS USM + RF1.4x",
    297: "Canon RF 800mm F5.6L IS USM + RF2x",
    298: "Canon RF 1200mm F8L IS USM",
    299: "Canon RF 1200mm F8L IS USM + RF1.4x",
    300: "Canon RF 1200mm F8L IS USM + RF2x",
    302: "Canon RF 15-30mm F4.5-6.3 IS STM",
    303: "Canon RF 135mm F1.8 L IS USM",
    304: "Canon RF 24-50mm F4.5-6.3 IS STM",
    305: "Canon RF-S 55-210mm F5-7.1 IS STM",
}

SHUTTER_MODE = {
    0: "Mechanical",
    1: "Electronic First Curtain",
    2: "Electronic",
}

MINIATURE_FILTER = {
    -1: "Off",
}

MINIATURE_FILTER_ORIENTATION = {
    0: "Horizontal",
    1: "Vertical",
}

HDR = {
    0: "Off",
    1: "Auto",
    2: "On",
}

HDR_EFFECT = {
    0: "Natural",
    1: "Art (standard)",
    2: "Art (vivid)",
    3: "Art (bold)",
    4: "Art (embossed)",
}

DIGITAL_LENS_OPTIMIZER = {
    0: "Off",
    1: "Stanard",
    2: "High",
}

CANON_LOG_VERSION = {
    0: "OFF",
    1: "CLogV1",
    2: "CLogV2",
    3: "CLogV3",
}

COLOR_MATRIX = {
    0: "EOS Original",
    1: "Neutral",
}

COMPRESSION_FORMAT = {
    0: "Editing (ALL-I)",
    1: "Standard (IPB)",
    2: "Light (IPB)",
    3: "Motion JPEG",
    4: "RAW",
}

COLOR_SPACE2 = {
    0: "BT.709",
    1: "BT.2020",
    2: "CinemaGamut",
}

CATEGORIES = {
    0: "People",
    1: "Scenery",
    2: "Events",
    3: "User 1",
    4: "User 2",
    5: "User 3",
    6: "To Do",
}

SUPER_MACRO = {
    0: "Off",
    1: "On (1)",
    2: "On (2)",
}

CANON_MODEL_ID = {
    100925440: "PowerShot S100 / Digital IXUS / IXY Digital",
    1042: "EOS M50 / Kiss M",
    1074255475: "DC19/DC21/DC22",
    1074255476: "XH A1",
    1074255477: "HV10",
    1074255478: "MD130/MD140/MD150/MD160/ZR850",
    1074255735: "DC50",
    1074255736: "HV20",
    1074255737: "DC211",
    1074255738: "HG10",
    1074255739: "HR10",
    1074255741: "MD255/ZR950",
    1074255900: "HF11",
    1074255992: "HV30",
    1074255996: "XH A1S",
    1074255998: "DC301/DC310/DC311/DC320/DC330",
    1074255999: "FS100",
    1074256000: "HF10",
    1074256002: "HG20/HG21",
    1074256165: "HF21",
    1074256166: "HF S11",
    1074256248: "HV40",
    1074256263: "DC410/DC411/DC420",
    1074256264: "FS19/FS20/FS21/FS22/FS200",
    1074256265: "HF20/HF200",
    1074256266: "HF S10/S100",
    1074256526: "HF R10/R16/R17/R18/R100/R106",
    1074256527: "HF M30/M31/M36/M300/M306",
    1074256528: "HF S20/S21/S200",
    1074256530: "FS31/FS36/FS37/FS300/FS305/FS306/FS307",
    1074257056: "EOS C300",
    1074257321: "HF G25",
    1074257844: "XC10",
    1074258371: "EOS C200",
    16842752: "PowerShot A30",
    17039360: "PowerShot S300 / Digital IXUS 300 / IXY Digital 300",
    17170432: "PowerShot A20",
    17301504: "PowerShot A10",
    17367040: "PowerShot S110 / Digital IXUS v / IXY Digital 200",
    17825792: "PowerShot G2",
    17891328: "PowerShot S40",
    17956864: "PowerShot S30",
    18022400: "PowerShot A40",
    18087936: "EOS D30",
    18153472: "PowerShot A100",
    18219008: "PowerShot S200 / Digital IXUS v2 / IXY Digital 200a",
    18284544: "PowerShot A200",
    18350080: "PowerShot S330 / Digital IXUS 330 / IXY Digital 300a",
    18415616: "PowerShot G3",
    18939904: "PowerShot S45",
    19070976: "PowerShot SD100 / Digital IXUS II / IXY Digital 30",
    19136512: "PowerShot S230 / Digital IXUS v3 / IXY Digital 320",
    19202048: "PowerShot A70",
    19267584: "PowerShot A60",
    19333120: "PowerShot S400 / Digital IXUS 400 / IXY Digital 400",
    19464192: "PowerShot G5",
    19922944: "PowerShot A300",
    19988480: "PowerShot S50",
    20185088: "PowerShot A80",
    20250624: "PowerShot SD10 / Digital IXUS i / IXY Digital L",
    20316160: "PowerShot S1 IS",
    20381696: "PowerShot Pro1",
    20447232: "PowerShot S70",
    2049: "PowerShot SX740 HS",
    20512768: "PowerShot S60",
    2052: "PowerShot G5 X Mark II",
    2053: "PowerShot SX70 HS",
    2056: "PowerShot G7 X Mark III",
    2065: "EOS M6 Mark II",
    2066: "EOS M200",
    20971520: "PowerShot G6",
    21037056: "PowerShot S500 / Digital IXUS 500 / IXY Digital 500",
    21102592: "PowerShot A75",
    21233664: "PowerShot SD110 / Digital IXUS IIs / IXY Digital 30a",
    21299200: "PowerShot A400",
    21430272: "PowerShot A310",
    2147483649: "EOS-1D",
    2147484007: "EOS-1DS",
    2147484008: "EOS 10D",
    2147484009: "EOS-1D Mark III",
    2147484016: "EOS Digital Rebel / 300D / Kiss Digital",
    2147484020: "EOS-1D Mark II",
    2147484021: "EOS 20D",
    2147484022: "EOS Digital Rebel XSi / 450D / Kiss X2",
    2147484040: "EOS-1Ds Mark II",
    2147484041: "EOS Digital Rebel XT / 350D / Kiss Digital N",
    2147484048: "EOS 40D",
    2147484179: "EOS 5D",
    2147484181: "EOS-1Ds Mark III",
    2147484184: "EOS 5D Mark II",
    2147484185: "WFT-E1",
    2147484210: "EOS-1D Mark II N",
    2147484212: "EOS 30D",
    2147484214: "EOS Digital Rebel XTi / 400D / Kiss Digital X",
    2147484225: "WFT-E2",
    2147484230: "WFT-E3",
    2147484240: "EOS 7D",
    2147484242: "EOS Rebel T1i / 500D / Kiss X3",
    2147484244: "EOS Rebel XS / 1000D / Kiss F",
    2147484257: "EOS 50D",
    2147484265: "EOS-1D X",
    2147484272: "EOS Rebel T2i / 550D / Kiss X4",
    2147484273: "WFT-E4",
    2147484275: "WFT-E5",
    2147484289: "EOS-1D Mark IV",
    2147484293: "EOS 5D Mark III",
    2147484294: "EOS Rebel T3i / 600D / Kiss X5",
    2147484295: "EOS 60D",
    2147484296: "EOS Rebel T3 / 1100D / Kiss X50",
    2147484297: "EOS 7D Mark II",
    2147484311: "WFT-E2 II",
    2147484312: "WFT-E4 II",
    2147484417: "EOS Rebel T4i / 650D / Kiss X6i",
    2147484418: "EOS 6D",
    2147484452: "EOS-1D C",
    2147484453: "EOS 70D",
    2147484454: "EOS Rebel T5i / 700D / Kiss X7i",
    2147484455: "EOS Rebel T5 / 1200D / Kiss X70 / Hi",
    2147484456: "EOS-1D X Mark II",
    2147484465: "EOS M",
    2147484486: "EOS Rebel SL1 / 100D / Kiss X7",
    2147484487: "EOS Rebel T6s / 760D / 8000D",
    2147484489: "EOS 5D Mark IV",
    2147484496: "EOS 80D",
    2147484501: "EOS M2",
    2147484546: "EOS 5DS",
    2147484563: "EOS Rebel T6i / 750D / Kiss X8i",
    2147484673: "EOS 5DS R",
    2147484676: "EOS Rebel T6 / 1300D / Kiss X80",
    2147484677: "EOS Rebel T7i / 800D / Kiss X9i",
    2147484678: "EOS 6D Mark II",
    2147484680: "EOS 77D / 9000D",
    2147484695: "EOS Rebel SL2 / 200D / Kiss X9",
    2147484705: "EOS R5",
    2147484706: "EOS Rebel T100 / 4000D / 3000D",
    2147484708: "EOS R",
    2147484712: "EOS-1D X Mark III",
    2147484722: "EOS Rebel T7 / 2000D / 1500D / Kiss X90",
    2147484723: "EOS RP",
    2147484725: "EOS Rebel T8i / 850D / X10i",
    2147484726: "EOS SL3 / 250D / Kiss X10",
    2147484727: "EOS 90D",
    2147484752: "EOS R3",
    2147484755: "EOS R6",
    2147484772: "EOS R7",
    2147484773: "EOS R10",
    2147484775: "PowerShot ZOOM",
    2147484776: "EOS M50 Mark II / Kiss M2",
    2147484800: "EOS R50",
    2147484801: "EOS R6 Mark II",
    2147484807: "EOS R8",
    2147484960: "EOS D2000C",
    2147485024: "EOS D6000C",
    21561344: "PowerShot A85",
    22151168: "PowerShot S410 / Digital IXUS 430 / IXY Digital 450",
    22216704: "PowerShot A95",
    22282240: "PowerShot SD300 / Digital IXUS 40 / IXY Digital 50",
    22347776: "PowerShot SD200 / Digital IXUS 30 / IXY Digital 40",
    22413312: "PowerShot A520",
    22478848: "PowerShot A510",
    22609920: "PowerShot SD20 / Digital IXUS i5 / IXY Digital L2",
    23330816: "PowerShot S2 IS",
    23396352: "PowerShot SD430 / Digital IXUS Wireless / IXY Digital Wireless",
    23461888: "PowerShot SD500 / Digital IXUS 700 / IXY Digital 600",
    23494656: "EOS D60",
    24117248: "PowerShot SD30 / Digital IXUS i Zoom / IXY Digital L3",
    24379392: "PowerShot A430",
    24444928: "PowerShot A410",
    24510464: "PowerShot S80",
    24641536: "PowerShot A620",
    24707072: "PowerShot A610",
    25165824: "PowerShot SD630 / Digital IXUS 65 / IXY Digital 80",
    25231360: "PowerShot SD450 / Digital IXUS 55 / IXY Digital 60",
    25296896: "PowerShot TX1",
    25624576: "PowerShot SD400 / Digital IXUS 50 / IXY Digital 55",
    25690112: "PowerShot A420",
    25755648: "PowerShot SD900 / Digital IXUS 900 Ti / IXY Digital 1000",
    26214400: "PowerShot SD550 / Digital IXUS 750 / IXY Digital 700",
    26345472: "PowerShot A700",
    26476544: "PowerShot SD700 IS / Digital IXUS 800 IS / IXY Digital 800 IS",
    26542080: "PowerShot S3 IS",
    26607616: "PowerShot A540",
    26673152: "PowerShot SD600 / Digital IXUS 60 / IXY Digital 70",
    26738688: "PowerShot G7",
    26804224: "PowerShot A530",
    33554432: "PowerShot SD800 IS / Digital IXUS 850 IS / IXY Digital 900 IS",
    33619968: "PowerShot SD40 / Digital IXUS i7 / IXY Digital L4",
    33685504: "PowerShot A710 IS",
    33751040: "PowerShot A640",
    33816576: "PowerShot A630",
    34144256: "PowerShot S5 IS",
    34603008: "PowerShot A460",
    34734080: "PowerShot SD850 IS / Digital IXUS 950 IS / IXY Digital 810 IS",
    34799616: "PowerShot A570 IS",
    34865152: "PowerShot A560",
    34930688: "PowerShot SD750 / Digital IXUS 75 / IXY Digital 90",
    34996224: "PowerShot SD1000 / Digital IXUS 70 / IXY Digital 10",
    35127296: "PowerShot A550",
    35192832: "PowerShot A450",
    35848192: "PowerShot G9",
    35913728: "PowerShot A650 IS",
    36044800: "PowerShot A720 IS",
    36241408: "PowerShot SX100 IS",
    36700160: "PowerShot SD950 IS / Digital IXUS 960 IS / IXY Digital 2000 IS",
    36765696: "PowerShot SD870 IS / Digital IXUS 860 IS / IXY Digital 910 IS",
    36831232: "PowerShot SD890 IS / Digital IXUS 970 IS / IXY Digital 820 IS",
    37093376: "PowerShot SD790 IS / Digital IXUS 90 IS / IXY Digital 95 IS",
    37158912: "PowerShot SD770 IS / Digital IXUS 85 IS / IXY Digital 25 IS",
    37224448: "PowerShot A590 IS",
    37289984: "PowerShot A580",
    37879808: "PowerShot A470",
    37945344: "PowerShot SD1100 IS / Digital IXUS 80 IS / IXY Digital 20 IS",
    38141952: "PowerShot SX1 IS",
    38207488: "PowerShot SX10 IS",
    38273024: "PowerShot A1000 IS",
    38338560: "PowerShot G10",
    38862848: "PowerShot A2000 IS",
    38928384: "PowerShot SX110 IS",
    38993920: "PowerShot SD990 IS / Digital IXUS 980 IS / IXY Digital 3000 IS",
    39059456: "PowerShot SD880 IS / Digital IXUS 870 IS / IXY Digital 920 IS",
    39124992: "PowerShot E1",
    39190528: "PowerShot D10",
    39256064: "PowerShot SD960 IS / Digital IXUS 110 IS / IXY Digital 510 IS",
    39321600: "PowerShot A2100 IS",
    39387136: "PowerShot A480",
    39845888: "PowerShot SX200 IS",
    39911424: "PowerShot SD970 IS / Digital IXUS 990 IS / IXY Digital 830 IS",
    39976960: "PowerShot SD780 IS / Digital IXUS 100 IS / IXY Digital 210 IS",
    40042496: "PowerShot A1100 IS",
    40108032: "PowerShot SD1200 IS / Digital IXUS 95 IS / IXY Digital 110 IS",
    40894464: "PowerShot G11",
    40960000: "PowerShot SX120 IS",
    41025536: "PowerShot S90",
    41222144: "PowerShot SX20 IS",
    41287680: "PowerShot SD980 IS / Digital IXUS 200 IS / IXY Digital 930 IS",
    41353216: "PowerShot SD940 IS / Digital IXUS 120 IS / IXY Digital 220 IS",
    41943040: "PowerShot A495",
    42008576: "PowerShot A490",
    42074112: "PowerShot A3100/A3150 IS",
    42139648: "PowerShot A3000 IS",
    42205184: "PowerShot SD1400 IS / IXUS 130 / IXY 400F",
    42270720: "PowerShot SD1300 IS / IXUS 105 / IXY 200F",
    42336256: "PowerShot SD3500 IS / IXUS 210 / IXY 10S",
    42401792: "PowerShot SX210 IS",
    42467328: "PowerShot SD4000 IS / IXUS 300 HS / IXY 30S",
    42532864: "PowerShot SD4500 IS / IXUS 1000 HS / IXY 50S",
    43122688: "PowerShot G12",
    43188224: "PowerShot SX30 IS",
    43253760: "PowerShot SX130 IS",
    43319296: "PowerShot S95",
    43515904: "PowerShot A3300 IS",
    43581440: "PowerShot A3200 IS",
    50331648: "PowerShot ELPH 500 HS / IXUS 310 HS / IXY 31S",
    50397184: "PowerShot Pro90 IS",
    50397185: "PowerShot A800",
    50462720: "PowerShot ELPH 100 HS / IXUS 115 HS / IXY 210F",
    50528256: "PowerShot SX230 HS",
    50593792: "PowerShot ELPH 300 HS / IXUS 220 HS / IXY 410F",
    50659328: "PowerShot A2200",
    50724864: "PowerShot A1200",
    50790400: "PowerShot SX220 HS",
    50855936: "PowerShot G1 X",
    50921472: "PowerShot SX150 IS",
    51380224: "PowerShot ELPH 510 HS / IXUS 1100 HS / IXY 51S",
    51445760: "PowerShot S100 (new)",
    51511296: "PowerShot ELPH 310 HS / IXUS 230 HS / IXY 600F",
    51576832: "PowerShot SX40 HS",
    51642368: "IXY 32S",
    51773440: "PowerShot A1300",
    51838976: "PowerShot A810",
    51904512: "PowerShot ELPH 320 HS / IXUS 240 HS / IXY 420F",
    51970048: "PowerShot ELPH 110 HS / IXUS 125 HS / IXY 220F",
    52428800: "PowerShot D20",
    52494336: "PowerShot A4000 IS",
    52559872: "PowerShot SX260 HS",
    52625408: "PowerShot SX240 HS",
    52690944: "PowerShot ELPH 530 HS / IXUS 510 HS / IXY 1",
    52756480: "PowerShot ELPH 520 HS / IXUS 500 HS / IXY 3",
    52822016: "PowerShot A3400 IS",
    52887552: "PowerShot A2400 IS",
    52953088: "PowerShot A2300",
    53608448: "PowerShot S100V",
    53673984: "PowerShot G15",
    53739520: "PowerShot SX50 HS",
    53805056: "PowerShot SX160 IS",
    53870592: "PowerShot S110 (new)",
    53936128: "PowerShot SX500 IS",
    54001664: "PowerShot N",
    54067200: "IXUS 245 HS / IXY 430F",
    54525952: "PowerShot SX280 HS",
    54591488: "PowerShot SX270 HS",
    54657024: "PowerShot A3500 IS",
    54722560: "PowerShot A2600",
    54788096: "PowerShot SX275 HS",
    54853632: "PowerShot A1400",
    54919168: "PowerShot ELPH 130 IS / IXUS 140 / IXY 110F",
    54984704: "PowerShot ELPH 115/120 IS / IXUS 132/135 / IXY 90F/100F",
    55115776: "PowerShot ELPH 330 HS / IXUS 255 HS / IXY 610F",
    55640064: "PowerShot A2500",
    55836672: "PowerShot G16",
    55902208: "PowerShot S120",
    55967744: "PowerShot SX170 IS",
    56098816: "PowerShot SX510 HS",
    56164352: "PowerShot S200 (new)",
    56623104: "IXY 620F",
    56688640: "PowerShot N100",
    56885248: "PowerShot G1 X Mark II",
    56950784: "PowerShot D30",
    57016320: "PowerShot SX700 HS",
    57081856: "PowerShot SX600 HS",
    57147392: "PowerShot ELPH 140 IS / IXUS 150 / IXY 130",
    57212928: "PowerShot ELPH 135 / IXUS 145 / IXY 120",
    57671680: "PowerShot ELPH 340 HS / IXUS 265 HS / IXY 630",
    57737216: "PowerShot ELPH 150 IS / IXUS 155 / IXY 140",
    57933824: "EOS M3",
    57999360: "PowerShot SX60 HS",
    58064896: "PowerShot SX520 HS",
    58130432: "PowerShot SX400 IS",
    58195968: "PowerShot G7 X",
    58261504: "PowerShot N2",
    58720256: "PowerShot SX530 HS",
    58851328: "PowerShot SX710 HS",
    58916864: "PowerShot SX610 HS",
    58982400: "EOS M10",
    59047936: "PowerShot G3 X",
    59113472: "PowerShot ELPH 165 HS / IXUS 165 / IXY 160",
    59179008: "PowerShot ELPH 160 / IXUS 160",
    59244544: "PowerShot ELPH 350 HS / IXUS 275 HS / IXY 640",
    59310080: "PowerShot ELPH 170 IS / IXUS 170",
    59834368: "PowerShot SX410 IS",
    59965440: "PowerShot G9 X",
    60030976: "EOS M5",
    60096512: "PowerShot G5 X",
    60227584: "PowerShot G7 X Mark II",
    60293120: "EOS M100",
    60358656: "PowerShot ELPH 360 HS / IXUS 285 HS / IXY 650",
    67174400: "PowerShot SX540 HS",
    67239936: "PowerShot SX420 IS",
    67305472: "PowerShot ELPH 190 IS / IXUS 180 / IXY 190",
    67371008: "PowerShot G1",
    67371009: "PowerShot ELPH 180 IS / IXUS 175 / IXY 180",
    67436544: "PowerShot SX720 HS",
    67502080: "PowerShot SX620 HS",
    67567616: "EOS M6",
    68157440: "PowerShot G9 X Mark II",
    68485120: "PowerShot ELPH 185 / IXUS 185 / IXY 200",
    68550656: "PowerShot SX430 IS",
    68616192: "PowerShot SX730 HS",
    68681728: "PowerShot G1 X Mark III",
}

SERIAL_NUMBER_FORMAT = {
    2415919104: "Format 1",
    2684354560: "Format 2",
}

DATE_STAMP_MODE = {
    0: "Off",
    1: "Date",
    2: "Date & Time",
}

MODIFIED_TONE_CURVE = {
    0: "Standard",
    1: "Manual",
    2: "Custom",
}

MULTI_EXPOSURE = {
    0: "Off",
    1: "On",
    2: "On (RAW)",
}

MULTI_EXPOSURE_CONTROL = {
    0: "Additive",
    1: "Average",
    2: "Bright (comparative)",
    3: "Dark (comparative)",
}

MY_COLOR_MODE = {
    0: "Off",
    1: "Positive Film",
    12: "Vivid",
    13: "Neutral",
    14: "Sepia",
    15: "B&W",
    2: "Light Skin Tone",
    3: "Dark Skin Tone",
    4: "Vivid Blue",
    5: "Vivid Green",
    6: "Vivid Red",
    7: "Color Accent",
    8: "Color Swap",
    9: "Custom",
}

CONTRAST_LANDSCAPE = {
    -559038737: "n/a",
}

PANORAMA_DIRECTION = {
    0: "Left to Right",
    1: "Right to Left",
    2: "Bottom to Top",
    3: "Top to Bottom",
    4: "2x2 Matrix (Clockwise)",
}

CONTROL_MODE = {
    0: "n/a",
    1: "Camera Local Control",
    3: "Computer Remote Control",
}

SLOW_SHUTTER = {
    -1: "n/a",
    0: "Off",
    1: "Night Scene",
    2: "On",
    3: "None",
}

AUTO_EXPOSURE_BRACKETING = {
    -1: "On",
    0: "Off",
    1: "On (shot 1)",
    2: "On (shot 2)",
    3: "On (shot 3)",
}

CAMERA_TYPE = {
    0: "n/a",
    248: "EOS High-end",
    250: "Compact",
    252: "EOS Mid-range",
    255: "DV Camera",
}

ND_FILTER = {
    -1: "n/a",
    0: "Off",
    1: "On",
}

AUTO_ROTATE = {
    -1: "n/a",
    0: "None",
    1: "Rotate 90 CW",
    2: "Rotate 180",
    3: "Rotate 270 CW",
}

TIME_ZONE_CITY = {
    0: "n/a",
    1: "Chatham Islands",
    10: "Dhaka",
    11: "Kathmandu",
    12: "Delhi",
    13: "Karachi",
    14: "Kabul",
    15: "Dubai",
    16: "Tehran",
    17: "Moscow",
    18: "Cairo",
    19: "Paris",
    2: "Wellington",
    20: "London",
    21: "Azores",
    22: "Fernando de Noronha",
    23: "Sao Paulo",
    24: "Newfoundland",
    25: "Santiago",
    26: "Caracas",
    27: "New York",
    28: "Chicago",
    29: "Denver",
    3: "Solomon Islands",
    30: "Los Angeles",
    31: "Anchorage",
    32: "Honolulu",
    32766: "(not set)",
    33: "Samoa",
    4: "Sydney",
    5: "Adelaide",
    6: "Tokyo",
    7: "Hong Kong",
    8: "Bangkok",
    9: "Yangon",
}

DAYLIGHT_SAVINGS = {
    0: "Off",
    60: "On",
}

FLASH_SYNC_SPEED_AV = {
    0: "Auto",
    1: "1/200 Fixed",
}

RAW_AND_JPG_RECORDING = {
    0: "RAW+Small/Normal",
    1: "RAW+Small/Fine",
    2: "RAW+Medium/Normal",
    3: "RAW+Medium/Fine",
    4: "RAW+Large/Normal",
    5: "RAW+Large/Fine",
}

ASSIST_BUTTON_FUNCTION = {
    0: "Normal",
    1: "Select Home Position",
    2: "Select HP (while pressing)",
    3: "Av+/- (AF point by QCD)",
    4: "FE lock",
}

AEB_SEQUENCE_AUTO_CANCEL = {
    0: "0,-,+/Enabled",
    1: "0,-,+/Disabled",
    2: "-,0,+/Enabled",
    3: "-,0,+/Disabled",
}

MENU_BUTTON_DISPLAY_POSITION = {
    0: "Previous (top if power off)",
    1: "Previous",
    2: "Top",
}

SHUTTER_CURTAIN_SYNC = {
    0: "1st-curtain sync",
    1: "2nd-curtain sync",
}

AF_ASSIST = {
    0: "Emits/Fires",
    1: "Does not emit/Fires",
    2: "Only ext. flash emits/Fires",
    3: "Emits/Does not fire",
}

LENS_AF_STOP_BUTTON = {
    0: "AF stop",
    1: "AF start",
    2: "AE lock while metering",
    3: "AF point: M->Auto/Auto->ctr",
    4: "One Shot <-> AI servo",
    5: "IS start",
}

SHUTTER_AE_LOCK = {
    0: "AF/AE lock",
    1: "AE lock/AF",
    2: "AF/AF lock, No AE lock",
    3: "AE/AF, No AE lock",
}

EXPOSURE_LEVEL_INCREMENTS = {
    0: "1/2 Stop",
    1: "1/3 Stop",
}

SET_BUTTON_WHEN_SHOOTING = {
    0: "Normal (disabled)",
    1: "Image quality",
    2: "Change parameters",
    3: "Menu display",
    4: "Image playback",
}

AF_POINT_REGISTRATION = {
    0: "Center",
    1: "Bottom",
    2: "Right",
    3: "Extreme Right",
    4: "Automatic",
    5: "Extreme Left",
    6: "Left",
    7: "Top",
}

USM_LENS_ELECTRONIC_MF_CANON_CUSTOM = {
    0: "Turns on after one-shot AF",
    1: "Turns off after one-shot AF",
    2: "Always turned off",
}

AI_SERVO_CONTINUOUS_SHOOTING = {
    0: "Shooting not possible without focus",
    1: "Shooting possible without focus",
}

AI_SERVO_TRACKING_SENSITIVITY = {
    0: "Standard",
    1: "Slow",
    2: "Moderately slow",
    3: "Moderately fast",
    4: "Fast",
}

SHUTTER_AEL_BUTTON = {
    0: "AF/AE lock stop",
    1: "AE lock/AF",
    2: "AF/AF lock, No AE lock",
    3: "AE/AF, No AE lock",
}

AF_POINT_ACTIVATION_AREA = {
    0: "Single AF point",
    1: "Expanded (TTL. of 7 AF points)",
    2: "Automatic expanded (max. 13)",
}

MANUAL_TV = {
    0: "Tv=Main/Av=Control",
    1: "Tv=Control/Av=Main",
    2: "Tv=Main/Av=Main w/o lens",
    3: "Tv=Control/Av=Main w/o lens",
}

AF_POINT_ILLUMINATION = {
    0: "On",
    1: "Off",
    2: "On without dimming",
    3: "Brighter",
}

AF_POINT_SELECTION = {
    0: "H=AF+Main/V=AF+Command",
    1: "H=Comp+Main/V=Comp+Command",
    2: "H=Command only/V=Assist+Main",
    3: "H=FEL+Main/V=FEL+Command",
}

AF_POINT_SPOT_METERING = {
    0: "45/Center AF point",
    1: "11/Active AF point",
    2: "11/Center AF point",
    3: "9/Active AF point",
}

FOCUSING_SCREEN = {
    0: "Ec-N, R",
    1: "Ec-A,B,C,CII,CIII,D,H,I,L",
}

SWITCH_TO_REGISTERED_AF_POINT = {
    0: "Assist + AF",
    1: "Assist",
    2: "Only while pressing assist",
}

LCD_PANELS = {
    0: "Remain. shots/File no.",
    1: "ISO/Remain. shots",
    2: "ISO/File no.",
    3: "Shots in folder/Remain. shots",
}

AI_SERVO_TRACKING_METHOD = {
    0: "Main focus point priority",
    1: "Continuous AF track priority",
}

VIEWFINDER_WARNINGS = {
    0: "Monochrome",
    1: "WB corrected",
    2: "One-touch image quality",
    3: "ISO expansion",
    4: "Spot metering",
    6: "Noise reduction",
    7: "HDR",
}

LV_SHOOTING_AREA_DISPLAY = {
    0: "Masked",
    1: "Outlined",
}

AF_AREA_SELECT_METHOD = {
    0: "AF area selection button",
    1: "Main dial",
}

QUICK_CONTROL_DIAL_IN_METER = {
    0: "Exposure comp/Aperture",
    1: "AF point selection",
    2: "ISO speed",
    3: "AF point selection swapped with Exposure comp",
    4: "ISO speed swapped with Exposure comp",
}

AF_POINT_SELECTION_METHOD = {
    0: "Normal",
    1: "Multi-controller direct",
    2: "Quick Control Dial direct",
}

SAME_EXPOSURE_FOR_NEW_APERTURE = {
    0: "Disable",
    1: "ISO Speed",
    2: "Shutter Speed",
}

ISO_SPEED_INCREMENTS = {
    0: "1/3 Stop",
    1: "1 Stop",
}

MULTI_CONTROLLER_WHILE_METERING = {
    0: "Off",
    1: "AF point selection",
}

AI_SERVO_FIRST_IMAGE_PRIORITY = {
    -1: "Release priority",
    0: "Equal priority",
    1: "Focus priority",
}

AF_POINT_BRIGHTNESS = {
    0: "Normal",
    1: "Brighter",
}

AF_AND_METERING_BUTTONS = {
    0: "Metering start",
    1: "Metering + AF start",
    2: "AE lock",
    3: "AF stop",
    4: "No function",
}

SHUTTER_BUTTON_AF_ON_BUTTON = {
    0: "Metering + AF start",
    1: "Metering + AF start/AF stop",
    2: "Metering start/Meter + AF start",
    3: "AE lock/Metering + AF start",
    4: "Metering + AF start/disable",
}

ETTLII = {
    0: "Evaluative",
    1: "Average",
}

MEMO_AUDIO_QUALITY = {
    0: "High (48 kHz)",
    1: "Low (8 kHz)",
}

LIVE_VIEW_EXPOSURE_SIMULATION = {
    0: "Disable (LCD auto adjust)",
    1: "Enable (simulates exposure)",
}

MULTI_FUNCTION_LOCK = {
    0: "Off",
    1: "On",
    2: "On (quick control dial)",
    3: "On (main dial and quick control dial)",
}

MULTI_FUNCTION_LOCK_CANON_CUSTOM = {
    0: "Main dial",
    1: "Quick control dial",
    2: "Multi-controller",
}

SELECTABLE_AF_POINT = {
    0: "45 points",
    1: "19 points",
    2: "11 points",
    3: "Inner 9 points",
    4: "Outer 9 points",
}

AEB_SHOT_COUNT = {
    2: "2 shots",
    3: "3 shots",
    5: "5 shots",
    7: "7 shots",
}

ADD_ASPECT_RATIO_INFO = {
    0: "Off",
    1: "6:6",
    2: "3:4",
    3: "4:5",
    4: "6:7",
    5: "10:12",
    6: "5:7",
}

START_MOVIE_SHOOTING = {
    0: "Default (from LV)",
    1: "Quick start (FEL button)",
}

SPOT_METER_LINK_TO_AF_POINT = {
    0: "Disable (use center AF point)",
    1: "Enable (use active AF point)",
}

ASSIGN_FUNC_BUTTON = {
    0: "LCD brightness",
    1: "Image quality",
    2: "Exposure comp./AEB setting",
    3: "Image jump with main dial",
    4: "Live view function settings",
}

LCD_DISPLAY_AT_POWER_ON = {
    0: "Display",
    1: "Retain power off status",
}

BUTTON_FUNCTION_CONTROL_OFF = {
    0: "Normal (enable)",
    1: "Disable main, Control, Multi-control",
}

AUTO_AF_POINT_COLOR_TRACKING = {
    0: "On-Shot AF only",
    1: "Disable",
}

AUTO_LIGHTING_OPTIMIZER = {
    0: "Standard",
    1: "Low",
    2: "Strong",
    3: "Disable",
}

AEB_SEQUENCE = {
    0: "0,-,+",
    1: "-,0,+",
    2: "+,0,-",
}

VF_DISPLAY_ILLUMINATION_CANON_CUSTOM = {
    0: "Non-illuminated",
    1: "Illuminated",
}

SELECT_AF_AREA_SELECT_MODE = {
    0: "Disable",
    1: "Enable",
    2: "Register",
    3: "Select AF-modes",
}

DIAL_DIRECTION_TV_AV = {
    0: "Normal",
    1: "Reversed",
}

MANUAL_AF_POINT_SELECT_PATTERN = {
    0: "Stops at AF area edges",
    1: "Continuous",
}

RF_LENS_MF_FOCUS_RING_SENSITIVITY = {
    0: "Varies With Rotation Speed",
    1: "Linked To Rotation Angle",
}

EXPOSURE_MODE_IN_MANUAL = {
    0: "Specified metering mode",
    1: "Evaluative metering",
    2: "Partial metering",
    3: "Spot metering",
    4: "Center-weighted average",
}

DEFAULT_ERASE_OPTION = {
    0: "Cancel selected",
    1: "Erase selected",
    2: "Erase RAW selected",
    3: "Erase non-RAW selected",
}

INITIAL_AF_POINT_AI_SERVO_AF = {
    0: "Auto",
    1: "Initial AF point selected",
    2: "Manual AF point",
}

LOCK_MICROPHONE_BUTTON = {
    0: "Protect (hold:record memo)",
    1: "Record memo (protect:disable)",
    2: "Play memo (hold:record memo)",
    3: "Rating (protect/memo:disable)",
}

FLASH_BUTTON_FUNCTION = {
    0: "Raise built-in flash",
    1: "ISO speed",
}

AF_POINT_DISPLAY_DURING_FOCUS_CANON_CUSTOM = {
    0: "On",
    1: "Off",
    2: "On (when focus achieved)",
}

WB_MEDIA_IMAGE_SIZE_SETTING = {
    0: "Rear LCD panel",
    1: "LCD monitor",
    2: "Off (disable button)",
}

FLASH_FIRING = {
    0: "Fires",
    1: "Does not fire",
}

INFO_BUTTON_WHEN_SHOOTING = {
    0: "Displays camera settings",
    1: "Displays shooting functions",
}

ORIENTATION_LINKED_AF_POINT = {
    0: "Same for vertical and horizontal",
    1: "Select different AF points",
}

TRASH_BUTTON_FUNCTION = {
    0: "Normal (set center AF point)",
    1: "Depth-of-field preview",
}

AF_MICROADJUSTMENT = {
    0: "Disable",
    1: "Adjust all by same amount",
    2: "Adjust by lens",
}

AI_SERVO_IMAGE_PRIORITY = {
    0: "1: AF, 2: Tracking",
    1: "1: AF, 2: Drive speed",
    2: "1: Release, 2: Drive speed",
    3: "1: Release, 2: Tracking",
}

LENS_DRIVE_NO_AF = {
    0: "Focus search on",
    1: "Focus search off",
}

AE_LOCK_METER_MODE_AFTER_FOCUS = {
    0: "Evaluative",
    1: "Partial",
    2: "Spot",
    3: "Center-weighted",
}

SAFETY_SHIFT = {
    0: "Disable",
    1: "Enable (Tv/Av)",
    2: "Enable (ISO speed)",
}

AI_SERVO_SECOND_IMAGE_PRIORITY = {
    -1: "Shooting speed priority",
    0: "Equal priority",
    1: "Focus priority",
}

AF_POINT_AUTO_SELECTION = {
    0: "Control-direct:disable/Main:enable",
    1: "Control-direct:disable/Main:disable",
    2: "Control-direct:enable/Main:enable",
}

AF_ASSIST_BEAM_CANON_CUSTOM = {
    0: "Emits",
    1: "Does not emit",
    2: "IR AF assist beam only",
}

SET_FUNCTION_WHEN_SHOOTING = {
    0: "Default (no function)",
    1: "Change quality",
    2: "Change Parameters",
    3: "Menu display",
    4: "Image replay",
}

MAGNIFIED_VIEW = {
    0: "Image playback only",
    1: "Image review and playback",
}

SET_BUTTON_CROSS_KEYS_FUNC = {
    0: "Normal",
    1: "Set: Quality",
    2: "Set: Parameter",
    3: "Set: Playback",
    4: "Cross keys: AF point select",
}

LCD_DISPLAY_RETURN_TO_SHOOT = {
    0: "With Shutter Button only",
    1: "Also with * etc.",
}

MENU_BUTTON_RETURN = {
    0: "Top",
    1: "Previous (volatile)",
    2: "Previous",
}

# Canon.pm Processing's condition on its Sharpness (these models keep CameraSettings').
PROCESSING_SHARPNESS = r"\b(20D|350D|REBEL XT|Kiss Digital N)\b"
COLOR_DATA_VERSION2 = lookup({10: "10 (600D/1200D)"})


# Canon.pm tables whose rows print a Canon name otherwise than the family's.
SOURCES = (
    # Processing (0x00a0) comes after CameraSettings: its Sharpness, a plain number, is the one kept.
    Source(
        "Canon::Processing",
        all_of(has_tag("Canon", "SharpnessFrequency SensorRedLevel SensorBlueLevel"), not_model(PROCESSING_SHARPNESS)),
        {"Sharpness": None},
    ),
    Source(
        "Canon::ColorData6",
        model(r"\b(600D|1200D|REBEL T3i|REBEL T5|Kiss X5|Kiss X70)\b"),
        {"ColorDataVersion": COLOR_DATA_VERSION2},
    ),
)

# The lookups of this family's other ExifTool tables for names they print otherwise (Main first):
# each is tried in turn after the row above by :func:`.functions.with_alternatives`, so a value
# one table does not know prints by the table that does.
ALTERNATIVES = {
    "ColorDataVersion": (
        lookup({32: "32 (1DXmkIII)", 33: "33 (R5/R6)"}),
        lookup({34: "34 (R3)", 48: "48 (R7, R10, R6 Mark II)"}),
        lookup({1: "1 (1DmkIIN/5D/30D/400D)"}),
        lookup(COLOR_DATA_VERSION_VALUES),
        lookup({-4: "-4 (M100/M5/M6)", -3: "-3 (M10/M3)"}),
        COLOR_DATA_VERSION2,
        lookup({10: "10 (1DX/5DmkIII/6D/70D/100D/650D/700D/M/M2)", 11: "11 (7DmkII/750D/760D/8000D)"}),
        lookup(
            {
                12: "12 (1DXmkII/5DS/5DSR)",
                13: "13 (80D/5DmkIV)",
                14: "14 (1300D/2000D/4000D)",
                15: "15 (6DmkII/77D/200D/800D,9000D)",
            }
        ),
        lookup({16: "16 (M50)", 17: "17 (EOS R)", 18: "18 (EOS RP/250D)", 19: "19 (90D/850D/M6mkII/M200)"}),
    ),
    "ColorSpace": (
        lookup({1: "sRGB", 2: "Adobe RGB", 65535: "n/a"}),
        lookup(COLOR_SPACE),
    ),
    "FilterEffectMonochrome": (
        lookup(FILTER_EFFECT_MONOCHROME),
        lookup(FILTER_EFFECT_MONOCHROME, hex_unknown=True),
    ),
    "FocalType": (
        lookup({0: "Fixed", 2: "Zoom"}),
        lookup(FOCAL_TYPE),
    ),
    "ToningEffectMonochrome": (
        lookup(TONING_EFFECT_MONOCHROME),
        lookup(TONING_EFFECT_MONOCHROME, hex_unknown=True),
    ),
    "UserDef1PictureStyle": (
        lookup(
            USER_DEF1_PICTURE_STYLE,
            hex_unknown=True,
        ),
        lookup(USER_DEF1_PICTURE_STYLE),
    ),
}

TABLES: dict[str, Table] = {
    "Canon": Table(
        rows=with_alternatives(
            {
                "AIServoSecondImage": lookup(AI_SERVO_SECOND_IMAGE),
                "USMLensElectronicMF": lookup(USM_LENS_ELECTRONIC_MF),
                "AutoAFPointSelEOSiTRAF": lookup(ENABLE_DISABLE),
                "LensDriveWhenAFImpossible": lookup(LENS_DRIVE_WHEN_AF_IMPOSSIBLE),
                "ManualAFPointSelPattern": lookup(MANUAL_AF_POINT_SEL_PATTERN),
                "AIServoFirstImage": lookup(AI_SERVO_FIRST_IMAGE),
                "SelectAFAreaSelectionMode": flags(SELECT_AF_AREA_SELECTION_MODE),
                "InitialAFPointInServo": lookup(INITIAL_AF_POINT_IN_SERVO),
                "VFDisplayIllumination": lookup(VF_DISPLAY_ILLUMINATION),
                "AFStatusViewfinder": lookup(AF_STATUS_VIEWFINDER),
                "AFAssistBeam": lookup(AF_ASSIST_BEAM),
                "OrientationLinkedAF": lookup(ORIENTATION_LINKED_AF),
                "OneShotAFRelease": lookup(ONE_SHOT_AF_RELEASE),
                "AFAreaSelectionMethod": lookup(AF_AREA_SELECTION_METHOD),
                "AFPointDisplayDuringFocus": lookup(AF_POINT_DISPLAY_DURING_FOCUS),
                "AFPointsInFocus": bit_numbers(16),
                "AFPointsSelected": bit_numbers(16),
                "AFAreaMode": lookup(AF_AREA_MODE),
                "AFMicroAdjMode": lookup(AF_MICRO_ADJ_MODE),
                "AmbienceSelection": lookup(AMBIENCE_SELECTION),
                "AspectRatio": lookup(ASPECT_RATIO),
                "LensType": lookup(LENS_TYPES),
                "FocusDistanceUpper": distance,
                "FocusDistanceLower": distance,
                "ExposureTime": exposure_time,
                "MaxFocalLength": suffix(" mm"),
                "FNumber": sprintf("%.2g"),
                "CameraTemperature": suffix(" C"),
                "MinFocalLength": suffix(" mm"),
                "ISO": sprintf("%.0f"),
                "CameraOrientation": lookup(CAMERA_ORIENTATION),
                "FlashMeteringMode": lookup(FLASH_METERING_MODE),
                "WhiteBalance": lookup(WHITE_BALANCE),
                "FocalLength": suffix(" mm"),
                "MacroMagnification": sprintf("%.1fx"),
                "PictureStyle": lookup(PICTURE_STYLE, hex_unknown=True),
                "SharpnessFrequency": lookup(SHARPNESS_FREQUENCY),
                "FocalType": lookup(FOCAL_TYPE),
                "Saturation": lookup_else(NORMAL, parameter),
                "CanonImageSize": lookup(CANON_IMAGE_SIZE),
                "ColorTone": lookup(NORMAL),
                "Contrast": lookup_else(NORMAL, parameter),
                "HighlightTonePriority": lookup(OFF_ON),
                "HighISONoiseReduction": lookup(HIGH_ISO_NOISE_REDUCTION),
                "AutoLightingOptimizer": lookup(HIGH_ISO_NOISE_REDUCTION),
                "UserDef1PictureStyle": lookup(USER_DEF1_PICTURE_STYLE, hex_unknown=True),
                "UserDef3PictureStyle": lookup(USER_DEF1_PICTURE_STYLE),
                "AFPointsInFocus5D": flags(AF_POINTS_IN_FOCUS5_D, AF_POINTS_IN_FOCUS5_D_CANON),
                "ToningEffectMonochrome": lookup(TONING_EFFECT_MONOCHROME),
                "UserDef2PictureStyle": lookup(USER_DEF1_PICTURE_STYLE),
                "FilterEffectMonochrome": lookup(FILTER_EFFECT_MONOCHROME),
                "CameraPictureStyle": lookup(CAMERA_PICTURE_STYLE, hex_unknown=True),
                "FocusRange": lookup(FOCUS_RANGE),
                "Quality": lookup(QUALITY),
                "SelfTimer": self_timer,
                "EasyMode": lookup(EASY_MODE),
                "CanonFlashMode": lookup(CANON_FLASH_MODE),
                "DigitalZoom": lookup(DIGITAL_ZOOM),
                "AFPoint": lookup(AF_POINT, hex_unknown=True),
                "MeteringMode": lookup(METERING_MODE),
                "FlashBits": flags(FLASH_BITS, AF_POINTS_IN_FOCUS5_D_CANON),
                "MinAperture": sprintf("%.2g"),
                "FocusContinuous": lookup(FOCUS_CONTINUOUS),
                "SpotMeteringMode": lookup(SPOT_METERING_MODE),
                "MacroMode": lookup(MACRO_MODE),
                "ImageStabilization": lookup(IMAGE_STABILIZATION),
                "ManualFlashOutput": lookup(MANUAL_FLASH_OUTPUT, hex_unknown=True),
                "RecordMode": lookup(RECORD_MODE),
                "Sharpness": signed,
                "OpticalZoomCode": not_available(8),
                "AFConfigTool": prefixed("Case {}"),
                "ContinuousDrive": lookup(CONTINUOUS_DRIVE),
                "SRAWQuality": lookup(SRAW_QUALITY),
                "FocalUnits": suffix("/mm"),
                "CanonExposureMode": lookup(CANON_EXPOSURE_MODE),
                "MaxAperture": sprintf("%.2g"),
                "FocusMode": lookup(FOCUS_MODE),
                "AESetting": lookup(AE_SETTING),
                "PhotoEffect": lookup(PHOTO_EFFECT),
                "ColorDataVersion": lookup(COLOR_DATA_VERSION),
                "ColorSpace": lookup({**COLOR_SPACE, 65535: "n/a"}),  # Main 0x00b4; ColorInfo's lacks n/a
                "IntelligentContrast": lookup(INTELLIGENT_CONTRAST),
                "LongExposureNoiseReduction2": lookup(LONG_EXPOSURE_NOISE_REDUCTION2),
                "FilterEffect": lookup(FILTER_EFFECT),
                "BracketMode": lookup(BRACKET_MODE),
                "WBBracketMode": lookup(WB_BRACKET_MODE),
                "RFLensType": lookup(RF_LENS_TYPE),
                "LiveViewShooting": lookup(OFF_ON),
                "ToningEffect": lookup(TONING_EFFECT),
                "FlashExposureLock": lookup(OFF_ON),
                "ShutterMode": lookup(SHUTTER_MODE),
                "RawJpgQuality": lookup(QUALITY),
                "FileNumber": file_number,
                "RawJpgSize": lookup(CANON_IMAGE_SIZE),
                "MiniatureFilter": lookup(MINIATURE_FILTER),
                "PaintingFilter": lookup(MINIATURE_FILTER),
                "ToyCameraFilter": lookup(MINIATURE_FILTER),
                "SoftFocusFilter": lookup(MINIATURE_FILTER),
                "WatercolorFilter": lookup(MINIATURE_FILTER),
                "FisheyeFilter": lookup(MINIATURE_FILTER),
                "GrainyBWFilter": lookup(MINIATURE_FILTER),
                "MiniatureFilterOrientation": lookup(MINIATURE_FILTER_ORIENTATION),
                "FocalPlaneXSize": sprintf("%.2f mm"),
                "FocalPlaneYSize": sprintf("%.2f mm"),
                "HDR": lookup(HDR),
                "HDREffect": lookup(HDR_EFFECT),
                "LongExposureNoiseReduction": lookup(HDR),
                "DigitalLensOptimizer": lookup(DIGITAL_LENS_OPTIMIZER),
                "PeripheralIlluminationCorr": lookup(OFF_ON),
                "CanonLogVersion": lookup(CANON_LOG_VERSION),
                "ColorMatrix": lookup(COLOR_MATRIX),
                "CompressionFormat": lookup(COMPRESSION_FORMAT),
                "ColorSpace2": lookup(COLOR_SPACE2),
                "Categories": flags(CATEGORIES, AF_POINTS_IN_FOCUS5_D_CANON),
                "SuperMacro": lookup(SUPER_MACRO),
                "CanonModelID": lookup(CANON_MODEL_ID, hex_unknown=True),
                "PictureStylePC": in_turn(
                    lookup(PICTURE_STYLE),
                    lookup(PICTURE_STYLE),
                    lookup(PICTURE_STYLE),
                ),
                "PictureStyleUserDef": in_turn(
                    lookup(PICTURE_STYLE),
                    lookup(PICTURE_STYLE),
                    lookup(PICTURE_STYLE),
                ),
                "SerialNumberFormat": lookup(SERIAL_NUMBER_FORMAT, hex_unknown=True),
                "DateStampMode": lookup(DATE_STAMP_MODE),
                "SerialNumber": sprintf("%.6u"),
                "ModifiedToneCurve": lookup(MODIFIED_TONE_CURVE),
                "ModifiedPictureStyle": lookup(PICTURE_STYLE, hex_unknown=True),
                "ModifiedWhiteBalance": lookup(WHITE_BALANCE),
                "ModifiedSharpnessFreq": lookup(SHARPNESS_FREQUENCY),
                "Duration": duration,
                "MultiExposure": lookup(MULTI_EXPOSURE),
                "MultiExposureControl": lookup(MULTI_EXPOSURE_CONTROL),
                "MyColorMode": lookup(MY_COLOR_MODE),
                "ContrastLandscape": lookup_or_same(CONTRAST_LANDSCAPE),
                "SaturationPortrait": lookup_or_same(CONTRAST_LANDSCAPE),
                "ToningEffectFaithful": lookup_or_same(CONTRAST_LANDSCAPE),
                "ToningEffectPortrait": lookup_or_same(CONTRAST_LANDSCAPE),
                "SaturationLandscape": lookup_or_same(CONTRAST_LANDSCAPE),
                "SaturationNeutral": lookup_or_same(CONTRAST_LANDSCAPE),
                "ColorToneUserDef2": lookup_or_same(CONTRAST_LANDSCAPE),
                "SaturationUserDef2": lookup_or_same(CONTRAST_LANDSCAPE),
                "SharpnessUserDef3": lookup_or_same(CONTRAST_LANDSCAPE),
                "SharpnessPortrait": lookup_or_same(CONTRAST_LANDSCAPE),
                "ContrastMonochrome": lookup_or_same(CONTRAST_LANDSCAPE),
                "ContrastPortrait": lookup_or_same(CONTRAST_LANDSCAPE),
                "ColorToneUserDef3": lookup_or_same(CONTRAST_LANDSCAPE),
                "ContrastFaithful": lookup_or_same(CONTRAST_LANDSCAPE),
                "SaturationMonochrome": lookup_or_same(CONTRAST_LANDSCAPE),
                "FilterEffectLandscape": lookup_or_same(CONTRAST_LANDSCAPE),
                "SaturationFaithful": lookup_or_same(CONTRAST_LANDSCAPE),
                "SaturationUserDef1": lookup_or_same(CONTRAST_LANDSCAPE),
                "SharpnessNeutral": lookup_or_same(CONTRAST_LANDSCAPE),
                "ToningEffectLandscape": lookup_or_same(CONTRAST_LANDSCAPE),
                "ToningEffectUserDef1": lookup(TONING_EFFECT_MONOCHROME, hex_unknown=True),
                "ColorToneStandard": lookup_or_same(CONTRAST_LANDSCAPE),
                "SharpnessStandard": lookup_or_same(CONTRAST_LANDSCAPE),
                "ToningEffectUserDef2": lookup(TONING_EFFECT_MONOCHROME, hex_unknown=True),
                "ColorToneMonochrome": lookup_or_same(CONTRAST_LANDSCAPE),
                "SharpnessUserDef1": lookup_or_same(CONTRAST_LANDSCAPE),
                "ToningEffectStandard": lookup_or_same(CONTRAST_LANDSCAPE),
                "FilterEffectUserDef1": lookup(FILTER_EFFECT_MONOCHROME, hex_unknown=True),
                "ColorToneUserDef1": lookup_or_same(CONTRAST_LANDSCAPE),
                "ToningEffectNeutral": lookup_or_same(CONTRAST_LANDSCAPE),
                "FilterEffectPortrait": lookup_or_same(CONTRAST_LANDSCAPE),
                "ColorTonePortrait": lookup_or_same(CONTRAST_LANDSCAPE),
                "FilterEffectUserDef3": lookup(FILTER_EFFECT_MONOCHROME, hex_unknown=True),
                "FilterEffectNeutral": lookup_or_same(CONTRAST_LANDSCAPE),
                "SharpnessFaithful": lookup_or_same(CONTRAST_LANDSCAPE),
                "SharpnessLandscape": lookup_or_same(CONTRAST_LANDSCAPE),
                "ToningEffectUserDef3": lookup(TONING_EFFECT_MONOCHROME, hex_unknown=True),
                "ColorToneNeutral": lookup_or_same(CONTRAST_LANDSCAPE),
                "FilterEffectFaithful": lookup_or_same(CONTRAST_LANDSCAPE),
                "SaturationUserDef3": lookup_or_same(CONTRAST_LANDSCAPE),
                "ContrastStandard": lookup_or_same(CONTRAST_LANDSCAPE),
                "SharpnessMonochrome": lookup_or_same(CONTRAST_LANDSCAPE),
                "FilterEffectStandard": lookup_or_same(CONTRAST_LANDSCAPE),
                "ContrastUserDef3": lookup_or_same(CONTRAST_LANDSCAPE),
                "SharpnessUserDef2": lookup_or_same(CONTRAST_LANDSCAPE),
                "ColorToneFaithful": lookup_or_same(CONTRAST_LANDSCAPE),
                "SaturationStandard": lookup_or_same(CONTRAST_LANDSCAPE),
                "ContrastUserDef2": lookup_or_same(CONTRAST_LANDSCAPE),
                "ContrastNeutral": lookup_or_same(CONTRAST_LANDSCAPE),
                "FilterEffectUserDef2": lookup(FILTER_EFFECT_MONOCHROME, hex_unknown=True),
                "ContrastUserDef1": lookup_or_same(CONTRAST_LANDSCAPE),
                "ColorToneLandscape": lookup_or_same(CONTRAST_LANDSCAPE),
                "ContrastAuto": lookup_or_same(CONTRAST_LANDSCAPE),
                "ColorToneAuto": lookup_or_same(CONTRAST_LANDSCAPE),
                "FilterEffectAuto": lookup(FILTER_EFFECT_MONOCHROME, hex_unknown=True),
                "SaturationAuto": lookup_or_same(CONTRAST_LANDSCAPE),
                "SharpnessAuto": lookup_or_same(CONTRAST_LANDSCAPE),
                "ToningEffectAuto": lookup(TONING_EFFECT_MONOCHROME, hex_unknown=True),
                "PanoramaDirection": lookup(PANORAMA_DIRECTION),
                "PreviewQuality": lookup(QUALITY),
                "ToneCurve": lookup(MODIFIED_TONE_CURVE),
                "FlashExposureComp": fraction,
                "TargetExposureTime": exposure_time,
                "AEBBracketValue": fraction,
                "TargetAperture": sprintf("%.2g"),
                "ControlMode": lookup(CONTROL_MODE),
                "MeasuredEV": sprintf("%.2f"),
                "SlowShutter": lookup(SLOW_SHUTTER),
                "AutoExposureBracketing": lookup(AUTO_EXPOSURE_BRACKETING),
                "BaseISO": sprintf("%.0f"),
                "ExposureCompensation": fraction,
                "AutoISO": sprintf("%.0f"),
                "CameraType": lookup(CAMERA_TYPE),
                "NDFilter": lookup(ND_FILTER),
                "AutoRotate": lookup(AUTO_ROTATE),
                "TimeZoneCity": lookup(TIME_ZONE_CITY),
                "DaylightSavings": lookup(DAYLIGHT_SAVINGS),
                "TimeZone": time_zone,
                "PeripheralLighting": lookup(OFF_ON),
                "DistortionCorrection": lookup(OFF_ON),
                "ChromaticAberrationCorr": lookup(OFF_ON),
                "DigitalLensOptimizerSetting": lookup(OFF_ON),
                "DistortionCorrectionSetting": lookup(OFF_ON),
                "PeripheralLightingSetting": lookup(OFF_ON),
                "ChromaticAberrationSetting": lookup(OFF_ON),
            },
            ALTERNATIVES,
        ),
        text=names(
            """
            CanonFirmwareVersion CanonImageType CustomPictureStyleFileName FirmwareRevision
            FirmwareVersion InternalSerialNumber LensModel OwnerName ShortOwnerName
            """
        ),
        sources=SOURCES,
    ),
    "CanonCustom": Table(
        rows={
            "FlashSyncSpeedAv": lookup(FLASH_SYNC_SPEED_AV),
            "FillFlashAutoReduction": lookup(ENABLE_DISABLE),
            "RawAndJpgRecording": lookup(RAW_AND_JPG_RECORDING),
            "AssistButtonFunction": lookup(ASSIST_BUTTON_FUNCTION),
            "AEBSequenceAutoCancel": lookup(AEB_SEQUENCE_AUTO_CANCEL),
            "SafetyShiftInAvOrTv": lookup(DISABLE_ENABLE),
            "ShutterReleaseNoCFCard": lookup(YES_NO),
            "SuperimposedDisplay": lookup(ON_OFF),
            "MenuButtonDisplayPosition": lookup(MENU_BUTTON_DISPLAY_POSITION),
            "ShutterCurtainSync": lookup(SHUTTER_CURTAIN_SYNC),
            "AFAssist": lookup(AF_ASSIST),
            "MirrorLockup": lookup(DISABLE_ENABLE),
            "LensAFStopButton": lookup(LENS_AF_STOP_BUTTON),
            "Shutter-AELock": lookup(SHUTTER_AE_LOCK),
            "ExposureLevelIncrements": lookup(EXPOSURE_LEVEL_INCREMENTS),
            "SetButtonWhenShooting": lookup(SET_BUTTON_WHEN_SHOOTING),
            "AFPointRegistration": lookup(AF_POINT_REGISTRATION),
            "USMLensElectronicMF": lookup(USM_LENS_ELECTRONIC_MF_CANON_CUSTOM),
            "FinderDisplayDuringExposure": lookup(OFF_ON),
            "AIServoContinuousShooting": lookup(AI_SERVO_CONTINUOUS_SHOOTING),
            "AIServoTrackingSensitivity": lookup(AI_SERVO_TRACKING_SENSITIVITY),
            "ShutterAELButton": lookup(SHUTTER_AEL_BUTTON),
            "AFPointActivationArea": lookup(AF_POINT_ACTIVATION_AREA),
            "ManualTv": lookup(MANUAL_TV),
            "AFPointIllumination": lookup(AF_POINT_ILLUMINATION),
            "AFPointSelection": lookup(AF_POINT_SELECTION),
            "AFPointSpotMetering": lookup(AF_POINT_SPOT_METERING),
            "FocusingScreen": lookup(FOCUSING_SCREEN),
            "SwitchToRegisteredAFPoint": lookup(SWITCH_TO_REGISTERED_AF_POINT),
            "ISOSpeedExpansion": lookup(NO_YES),
            "LCDPanels": lookup(LCD_PANELS),
            "AIServoTrackingMethod": lookup(AI_SERVO_TRACKING_METHOD),
            "ContinuousShootingSpeed": in_turn(lookup(DISABLE_ENABLE), None, None, None, None, None),
            "UsableMeteringModes": sprintf("Flags 0x%x"),
            "ExposureCompAutoCancel": lookup(ENABLE_DISABLE),
            "ViewfinderWarnings": flags(VIEWFINDER_WARNINGS),
            "LVShootingAreaDisplay": lookup(LV_SHOOTING_AREA_DISPLAY),
            "ViewInfoDuringExposure": lookup(DISABLE_ENABLE),
            "RestrictDriveModes": sprintf("Flags 0x%x"),
            "ShutterSpeedRange": in_turn(lookup(DISABLE_ENABLE), None, None),
            "AFDuringLiveView": lookup(DISABLE_ENABLE),
            "AFAreaSelectMethod": lookup(AF_AREA_SELECT_METHOD),
            "QuickControlDialInMeter": lookup(QUICK_CONTROL_DIAL_IN_METER),
            "AFPointSelectionMethod": lookup(AF_POINT_SELECTION_METHOD),
            "SameExposureForNewAperture": lookup(SAME_EXPOSURE_FOR_NEW_APERTURE),
            "ISOSpeedIncrements": lookup(ISO_SPEED_INCREMENTS),
            "LCDIlluminationDuringBulb": lookup(OFF_ON),
            "MultiControllerWhileMetering": lookup(MULTI_CONTROLLER_WHILE_METERING),
            "AIServoFirstImagePriority": lookup(AI_SERVO_FIRST_IMAGE_PRIORITY),
            "RetractLensOnPowerOff": lookup(ENABLE_DISABLE),
            "AddIPTCInformation": lookup(DISABLE_ENABLE),
            "AFPointBrightness": lookup(AF_POINT_BRIGHTNESS),
            "AFAndMeteringButtons": lookup(AF_AND_METERING_BUTTONS),
            "ShutterButtonAFOnButton": lookup(SHUTTER_BUTTON_AF_ON_BUTTON),
            "ApplyShootingMeteringMode": in_turn(lookup(DISABLE_ENABLE)),
            "HighlightTonePriority": lookup(DISABLE_ENABLE),
            "ETTLII": lookup(ETTLII),
            "ShortReleaseTimeLag": lookup(DISABLE_ENABLE),
            "MemoAudioQuality": lookup(MEMO_AUDIO_QUALITY),
            "LiveViewExposureSimulation": lookup(LIVE_VIEW_EXPOSURE_SIMULATION),
            "AFPointAreaExpansion": lookup(DISABLE_ENABLE),
            "MultiFunctionLock": in_turn(
                lookup(MULTI_FUNCTION_LOCK),
                flags(MULTI_FUNCTION_LOCK_CANON_CUSTOM),
            ),
            "SelectableAFPoint": lookup(SELECTABLE_AF_POINT),
            "HighISONoiseReduction": lookup(HIGH_ISO_NOISE_REDUCTION),
            "AEBShotCount": lookup(AEB_SHOT_COUNT),
            "AddAspectRatioInfo": lookup(ADD_ASPECT_RATIO_INFO),
            "StartMovieShooting": lookup(START_MOVIE_SHOOTING),
            "SpotMeterLinkToAFPoint": lookup(SPOT_METER_LINK_TO_AF_POINT),
            "AssignFuncButton": lookup(ASSIGN_FUNC_BUTTON),
            "LCDDisplayAtPowerOn": lookup(LCD_DISPLAY_AT_POWER_ON),
            "ButtonFunctionControlOff": lookup(BUTTON_FUNCTION_CONTROL_OFF),
            "AutoAFPointColorTracking": lookup(AUTO_AF_POINT_COLOR_TRACKING),
            "AutoLightingOptimizer": lookup(AUTO_LIGHTING_OPTIMIZER),
            "AEBSequence": lookup(AEB_SEQUENCE),
            "VFDisplayIllumination": in_turn(
                lookup(VF_DISPLAY_ILLUMINATION),
                lookup(VF_DISPLAY_ILLUMINATION_CANON_CUSTOM),
            ),
            "SelectAFAreaSelectMode": in_turn(lookup(SELECT_AF_AREA_SELECT_MODE), sprintf("Flags 0x%x")),
            "DialDirectionTvAv": lookup(DIAL_DIRECTION_TV_AV),
            "DisplayAllAFPoints": lookup(ENABLE_DISABLE),
            "AvSettingWithoutLens": lookup(DISABLE_ENABLE),
            "ManualAFPointSelectPattern": lookup(MANUAL_AF_POINT_SELECT_PATTERN),
            "AddOriginalDecisionData": lookup(OFF_ON),
            "AEBAutoCancel": lookup(ON_OFF),
            "RFLensMFFocusRingSensitivity": lookup(RF_LENS_MF_FOCUS_RING_SENSITIVITY),
            "ExposureModeInManual": lookup(EXPOSURE_MODE_IN_MANUAL),
            "DefaultEraseOption": lookup(DEFAULT_ERASE_OPTION),
            "InitialAFPointAIServoAF": lookup(INITIAL_AF_POINT_AI_SERVO_AF),
            "FEMicroadjustment": in_turn(lookup(DISABLE_ENABLE)),
            "LockMicrophoneButton": in_turn(lookup(LOCK_MICROPHONE_BUTTON)),
            "AudioCompression": lookup(ENABLE_DISABLE),
            "FlashButtonFunction": lookup(FLASH_BUTTON_FUNCTION),
            "FocusRingRotation": lookup(DIAL_DIRECTION_TV_AV),
            "AEMicroadjustment": in_turn(lookup(DISABLE_ENABLE)),
            "AFPointDisplayDuringFocus": lookup(AF_POINT_DISPLAY_DURING_FOCUS_CANON_CUSTOM),
            "WBMediaImageSizeSetting": lookup(WB_MEDIA_IMAGE_SIZE_SETTING),
            "UsableShootingModes": sprintf("Flags 0x%x"),
            "FlashFiring": lookup(FLASH_FIRING),
            "InfoButtonWhenShooting": lookup(INFO_BUTTON_WHEN_SHOOTING),
            "OrientationLinkedAFPoint": lookup(ORIENTATION_LINKED_AF_POINT),
            "TrashButtonFunction": lookup(TRASH_BUTTON_FUNCTION),
            "ApertureRange": in_turn(
                lookup(DISABLE_ENABLE),
                sprintf("Closed %.2g"),
                sprintf("Open %.2g"),
            ),
            "AFMicroadjustment": in_turn(lookup(AF_MICROADJUSTMENT)),
            "ShutterReleaseWithoutLens": lookup(DISABLE_ENABLE),
            "AIServoImagePriority": lookup(AI_SERVO_IMAGE_PRIORITY),
            "ControlRingRotation": lookup(DIAL_DIRECTION_TV_AV),
            "LensDriveNoAF": lookup(LENS_DRIVE_NO_AF),
            "AELockMeterModeAfterFocus": flags(AE_LOCK_METER_MODE_AFTER_FOCUS),
            "ISOSpeedRange": in_turn(
                lookup(DISABLE_ENABLE),
                sprintf("Max %.0f"),
                sprintf("Min %.0f"),
            ),
            "ISOExpansion": lookup(OFF_ON),
            "FocusDisplayAIServoAndMF": lookup(ENABLE_DISABLE),
            "SafetyShift": lookup(SAFETY_SHIFT),
            "AIServoSecondImagePriority": lookup(AI_SERVO_SECOND_IMAGE_PRIORITY),
            "AFPointAutoSelection": lookup(AF_POINT_AUTO_SELECTION),
            "AFOnAELockButtonSwitch": lookup(DISABLE_ENABLE),
            "AFAssistBeam": lookup(AF_ASSIST_BEAM_CANON_CUSTOM),
            "ContinuousShotLimit": in_turn(lookup(DISABLE_ENABLE), suffix(" shots")),
            "LongExposureNoiseReduction": lookup(HDR),
            "SetFunctionWhenShooting": lookup(SET_FUNCTION_WHEN_SHOOTING),
            "MagnifiedView": lookup(MAGNIFIED_VIEW),
            "SetButtonCrossKeysFunc": lookup(SET_BUTTON_CROSS_KEYS_FUNC),
            "LCDDisplayReturnToShoot": lookup(LCD_DISPLAY_RETURN_TO_SHOOT),
            "MenuButtonReturn": lookup(MENU_BUTTON_RETURN),
            "SensorCleaning": lookup(DISABLE_ENABLE),
            "PF5ApertureMin": sprintf("%.2g"),
            "PF5ApertureMax": sprintf("%.2g"),
            "PF4ExposureTimeMax": exposure_time,
            "PF4ExposureTimeMin": exposure_time,
        },
        sources=canon_custom.SOURCES,
    ),
}
