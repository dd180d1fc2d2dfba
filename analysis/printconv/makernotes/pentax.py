"""Printed values of ExifTool's Pentax maker-note tables
(Pentax.pm, 12.57), keyed by
tag name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions
as the named printers of :mod:`.functions`. Where tables of one group name a tag alike with
different conversions, the main table's (else the one the engine reads) is kept."""

from ..convert import dotted, exposure_time, flags, lookup, suffix
from ..table import Source, Table, has_tag, model, names
from .common import COLOR_SPACE_PENTAX, FOCUS_MODE_SETTING, NO_YES, OFF_LOW_MEDIUM_HIGH, OFF_ON, ON_OFF
from .functions import (
    battery_level,
    first_space,
    half_press_time,
    if_nonzero,
    in_turn,
    joined,
    not_available,
    rounded,
    sprintf,
    sprintf_all,
    with_alternatives,
)
from .pentax_lenses import LENS_TYPES_PENTAX

AE_METERING_MODE2 = {
    0: "Center-weighted average",
    1: "Spot",
}

AE_METERING_MODE2_PENTAX = {
    0: "Multi-segment",
}

AE_FLAGS = {
    3: "AE lock",
    4: "Flash recommended?",
    7: "Aperture wide open",
}

AE_PROGRAM_MODE = {
    0: "M, P or TAv",
    1: "Av, B or X",
    104: "Night Snap",
    107: "Text",
    11: "Hi-speed Program (P-Shift)",
    115: "Sunset",
    123: "Kids",
    131: "Pet",
    139: "Candlelight",
    144: "SCN",
    147: "Museum",
    16: "DOF Program",
    160: "Program",
    184: "Shallow DOF Program",
    19: "DOF Program (P-Shift)",
    2: "Tv",
    216: "HDR",
    24: "MTF Program",
    27: "MTF Program (P-Shift)",
    3: "Sv or Green Mode",
    35: "Standard",
    43: "Portrait",
    51: "Landscape",
    59: "Macro",
    67: "Sport",
    75: "Night Scene Portrait",
    8: "Hi-speed Program",
    83: "No Flash",
    91: "Night Scene",
    99: "Surf & Snow",
}

AE_WHITE_BALANCE = {
    0: "Standard",
    1: "Daylight",
    2: "Shade",
    3: "Cloudy",
    4: "Daylight Fluorescent",
    5: "Day White Fluorescent",
    6: "White Fluorescent",
    7: "Tungsten",
    8: "Unknown",
}

AE_METERING_MODE = {
    4: "Center-weighted average",
    5: "Spot",
}

SCENE_MODE_PENTAX = {
    0: "Off",
    1: "HDR",
    10: "No Flash",
    11: "Night Scene",
    12: "Surf & Snow",
    14: "Sunset",
    15: "Kids",
    16: "Pet",
    17: "Candlelight",
    18: "Museum",
    20: "Food",
    21: "Stage Lighting",
    22: "Night Snap",
    25: "Night Scene HDR",
    26: "Blue Sky",
    27: "Forest",
    29: "Backlight Silhouette",
    4: "Auto PICT",
    5: "Portrait",
    6: "Landscape",
    7: "Macro",
    8: "Sport",
    9: "Night Scene Portrait",
}

AF_POINTS_UNKNOWN1 = {
    0: "Upper-left",
    1: "Top",
    2: "Upper-right",
    3: "Left",
    4: "Mid-left",
    5: "Center",
    6: "Mid-right",
    7: "Right",
    8: "Lower-left",
    9: "Bottom",
    10: "Lower-right",
}

AF_POINTS_UNKNOWN1_PENTAX = {
    0: "(none)",
    1911: "Central 9 points",
    2047: "All",
}

AF_POINTS_UNKNOWN2 = {
    0: "Auto",
}

AF_HOLD = {
    0: "Off",
    1: "Short",
    2: "Medium",
    3: "Long",
}

AF_POINTS_IN_FOCUS_PENTAX = {
    0: "None",
    1: "Lower-left, Bottom",
    10: "Right",
    11: "Lower-left, Mid-left",
    12: "Upper-left, Mid-left",
    13: "Bottom, Center",
    14: "Top, Center",
    15: "Lower-right, Mid-right",
    16: "Upper-right, Mid-right",
    17: "Left",
    18: "Mid-left",
    19: "Center (vertical)",
    2: "Bottom",
    20: "Mid-right",
    3: "Lower-right, Bottom",
    4: "Mid-left, Center",
    5: "Center (horizontal)",
    6: "Mid-right, Center",
    7: "Upper-left, Top",
    8: "Top",
    9: "Upper-right, Top",
}

TUNGSTEN_AWB = {
    0: "Subtle Correction",
    1: "Strong Correction",
}

POWER_SOURCE = {
    1: "Camera Battery",
    2: "Body Battery",
    3: "Grip Battery",
    4: "External Power Supply",
}

GRIP_BATTERY_STATE = {
    1: "Empty or Missing",
    2: "Almost Empty",
    3: "Running Low",
    4: "Full",
}

PENTAX_MODEL_ID = {
    13: "Optio 330/430",
    76070: "Optio 230",
    76120: "Optio 330GS",
    76130: "Optio 450/550",
    76140: "Optio S",
    76145: "Optio S V1.01",
    76180: "*ist D",
    76210: "Optio 33L",
    76220: "Optio 33LF",
    76230: "Optio 33WR/43WR/555",
    76245: "Optio S4",
    76290: "Optio MX",
    76300: "Optio S40",
    76310: "Optio S4i",
    76340: "Optio 30",
    76370: "Optio S30",
    76390: "Optio 750Z",
    76400: "Optio SV",
    76405: "Optio SVi",
    76410: "Optio X",
    76430: "Optio S5i",
    76440: "Optio S50",
    76450: "*ist DS",
    76470: "Optio MX4",
    76480: "Optio S5n",
    76490: "Optio WP",
    76540: "Optio S55",
    76560: "Optio S5z",
    76570: "*ist DL",
    76580: "Optio S60",
    76590: "Optio S45",
    76600: "Optio S6",
    76620: "Optio WPi",
    76630: "BenQ DC X600",
    76640: "*ist DS2",
    76642: "Samsung GX-1S",
    76650: "Optio A10",
    76670: "*ist DL2",
    76672: "Samsung GX-1L",
    76700: "K100D",
    76701: "K110D",
    76706: "K100D Super",
    76720: "Optio T10/T20",
    76770: "Optio W10",
    76790: "Optio M10",
    76830: "K10D",
    76832: "Samsung GX10",
    76840: "Optio S7",
    76845: "Optio L20",
    76850: "Optio M20",
    76860: "Optio W20",
    76870: "Optio A20",
    76920: "Optio E30",
    76925: "Optio E35",
    76930: "Optio T30",
    76940: "Optio M30",
    76945: "Optio L30",
    76950: "Optio W30",
    76960: "Optio A30",
    76980: "Optio E40",
    76990: "Optio M40",
    76995: "Optio L40",
    76997: "Optio L36",
    77000: "Optio Z10",
    77010: "K20D",
    77012: "Samsung GX20",
    77020: "Optio S10",
    77030: "Optio A40",
    77040: "Optio V10",
    77050: "K200D",
    77060: "Optio S12",
    77070: "Optio E50",
    77080: "Optio M50",
    77090: "Optio L50",
    77100: "Optio V20",
    77120: "Optio W60",
    77130: "Optio M60",
    77160: "Optio E60/M90",
    77170: "K2000",
    77171: "K-m",
    77190: "Optio P70",
    77200: "Optio L70",
    77210: "Optio E70",
    77230: "X70",
    77240: "K-7",
    77260: "Optio W80",
    77290: "Optio P80",
    77300: "Optio WS80",
    77310: "K-x",
    77320: "645D",
    77330: "Optio E80",
    77360: "Optio W90",
    77370: "Optio I-10",
    77380: "Optio H90",
    77390: "Optio E90",
    77400: "X90",
    77420: "K-r",
    77430: "K-5",
    77450: "Optio RS1000/RS1500",
    77460: "Optio RZ10",
    77470: "Optio LS1000",
    77500: "Optio WG-1 GPS",
    77520: "Optio S1",
    77540: "Q",
    77560: "K-01",
    77580: "Optio RZ18",
    77590: "Optio VS20",
    77610: "Optio WG-2 GPS",
    77640: "Optio LS465",
    77650: "K-30",
    77660: "X-5",
    77670: "Q10",
    77680: "K-5 II",
    77681: "K-5 II s",
    77690: "Q7",
    77700: "MX-1",
    77710: "WG-3 GPS",
    77720: "WG-3",
    77730: "WG-10",
    77750: "K-50",
    77760: "K-3",
    77770: "K-500",
    77790: "WG-4 GPS",
    77800: "WG-4",
    77830: "WG-20",
    77840: "645Z",
    77850: "K-S1",
    77860: "K-S2",
    77870: "Q-S1",
    77910: "WG-30",
    77950: "WG-30W",
    77960: "WG-5 GPS",
    77970: "K-1",
    77980: "K-3 II",
    78320: "WG-M2",
    78350: "GR III",
    78370: "K-70",
    78380: "KP",
    78400: "K-1 Mark II",
    78420: "K-3 Mark III",
    78480: "WG-70",
}

FLASH_OPTIONS2 = {
    0: "Normal",
    1: "Red-eye reduction",
    10: "Trailing-curtain Sync",
    2: "Auto",
    3: "Auto, Red-eye reduction",
    5: "Wireless (Master)",
    6: "Wireless (Control)",
    8: "Slow-sync",
    9: "Slow-sync, Red-eye reduction",
}

RAW_AND_JPG_RECORDING_PENTAX = {
    1: "JPEG (Best)",
    33: "JPEG (Better)",
    36: "RAW (PEF, Better)",
    37: "RAW+JPEG (PEF, Better)",
    4: "RAW (PEF, Best)",
    40: "RAW (DNG, Better)",
    41: "RAW+JPEG (DNG, Better)",
    5: "RAW+JPEG (PEF, Best)",
    65: "JPEG (Good)",
    68: "RAW (PEF, Good)",
    69: "RAW+JPEG (PEF, Good)",
    72: "RAW (DNG, Good)",
    73: "RAW+JPEG (DNG, Good)",
    8: "RAW (DNG, Best)",
    9: "RAW+JPEG (DNG, Best)",
}

PROGRAM_LINE = {
    0: "Normal",
    1: "Hi Speed",
    2: "Depth",
    3: "MTF",
}

BRACKET_SHOT_NUMBER = {
    0: "n/a",
    18: "2 of 2",
    19: "2 of 3",
    2: "1 of 2",
    21: "2 of 5",
    3: "1 of 3",
    35: "3 of 3",
    37: "3 of 5",
    5: "1 of 5",
    53: "4 of 5",
    69: "5 of 5",
}

PICTURE_MODE2 = {
    0: "Scene Mode",
    1: "Auto PICT",
    10: "Aperture Priority, Off-Auto-Aperture",
    11: "Manual, Off-Auto-Aperture",
    12: "Bulb, Off-Auto-Aperture",
    13: "Shutter & Aperture Priority AE",
    15: "Sensitivity Priority AE",
    16: "Flash X-Sync Speed AE",
    2: "Program AE",
    3: "Green Mode",
    4: "Shutter Speed Priority",
    5: "Aperture Priority",
    6: "Program Tv Shift",
    7: "Program Av Shift",
    8: "Manual",
    9: "Bulb",
}

AF_POINT_MODE = {
    0: "Select",
    1: "Fixed Center",
}

EXPOSURE_BRACKET_STEP_SIZE = {
    11: "1.3",
    12: "1.5",
    13: "1.7",
    16: "2.0",
    3: "0.3",
    4: "0.5",
    5: "0.7",
    8: "1.0",
}

ROTATION_PENTAX = {
    0: "Horizontal (normal)",
    1: "Rotate 180",
    2: "Rotate 90 CW",
    3: "Rotate 270 CW",
}

WHITE_BALANCE_SET = {
    0: "Auto",
    1: "Daylight",
    12: "Set Color Temperature 1",
    13: "Set Color Temperature 2",
    14: "Set Color Temperature 3",
    2: "Shade",
    3: "Cloudy",
    4: "Daylight Fluorescent",
    5: "Day White Fluorescent",
    6: "White Fluorescent",
    7: "Tungsten",
    8: "Flash",
    9: "Manual",
}

JPG_RECORDED_PIXELS = {
    0: "10 MP",
    1: "6 MP",
    2: "2 MP",
}

APERTURE_RING_USE = {
    0: "Prohibited",
    1: "Permitted",
}

EV_STEPS = {
    0: "1/2 EV Steps",
    1: "1/3 EV Steps",
}

ISO_SETTING = {
    0: "Manual",
    1: "Auto",
}

DRIVE_MODE2_PENTAX = {
    0: "Continuous",
    1: "Continuous (Lo)",
    2: "Self-timer (12 s)",
    3: "Self-timer (2 s)",
    4: "Remote Control (3 s delay)",
    5: "Remote Control",
    6: "Exposure Bracket",
    7: "Multiple Exposure",
}

DRIVE_MODE23 = {
    0: "Single-frame",
}

SENSITIVITY_STEPS = {
    0: "1 EV Steps",
    1: "As EV Steps",
}

E_DIAL_IN_PROGRAM = {
    0: "Tv or Av",
    1: "P Shift",
}

DIGITAL_FILTER11 = {
    0: "Off",
    1: "Base Parameter Adjust",
    10: "Toy Camera",
    11: "Retro",
    12: "Pastel",
    13: "Water Color",
    14: "HDR",
    16: "Miniature",
    17: "Starburst",
    18: "Posterization",
    19: "Sketch Filter",
    2: "Soft Focus",
    20: "Shading",
    21: "Invert Color",
    23: "Tone Expansion",
    254: "Custom Filter",
    27: "Unicolor Bold",
    28: "Bold Monochrome",
    29: "Replace Color",
    3: "High Contrast",
    4: "Color Filter",
    5: "Extract Color",
    6: "Monochrome",
    7: "Slim",
    9: "Fisheye",
}

EXTERNAL_FLASH_MODE = {
    0: "n/a - Off-Auto-Aperture",
    191: "On, Flash Problem",
    192: "On, Manual",
    196: "On, P-TTL Auto",
    197: "On, Contrast-control Sync",
    198: "On, High-speed Sync",
    204: "On, Wireless",
    205: "On, Wireless, High-speed Sync",
    240: "Not Connected",
    63: "Off",
    64: "On, Auto",
}

FLASH_STATUS_PENTAX = {
    0: "Off",
    1: "Off (1)",
    13: "Internal, Fired",
    2: "External, Did not fire",
    6: "External, Fired",
    8: "Internal, Did not fire (0x08)",
    9: "Internal, Did not fire",
}

EXTERNAL_FLASH_EXPOSURE_COMP = {
    0: "n/a",
    144: "n/a (Manual Mode)",
    164: "-3.0",
    167: "-2.5",
    168: "-2.0",
    171: "-1.5",
    172: "-1.0",
    175: "-0.5",
    176: "0.0",
    179: "0.5",
    180: "1.0",
}

EXTERNAL_FLASH_BOUNCE_PENTAX = {
    0: "n/a",
    16: "Direct",
    48: "Bounce",
}

INTERNAL_FLASH_MODE = {
    0: "n/a - Off-Auto-Aperture",
    134: "Fired, Wireless (Control)",
    149: "Fired, Wireless (Master)",
    192: "Fired",
    193: "Fired, Red-eye reduction",
    194: "Fired, Auto",
    195: "Fired, Auto, Red-eye reduction",
    198: "Fired, Wireless (Control), Fired normally not as control",
    200: "Fired, Slow-sync",
    201: "Fired, Slow-sync, Red-eye reduction",
    202: "Fired, Trailing-curtain Sync",
    240: "Did not fire, Normal",
    241: "Did not fire, Red-eye reduction",
    242: "Did not fire, Auto",
    243: "Did not fire, Auto, Red-eye reduction",
    244: "Did not fire, (Unknown 0xf4)",
    245: "Did not fire, Wireless (Master)",
    246: "Did not fire, Wireless (Control)",
    248: "Did not fire, Slow-sync",
    249: "Did not fire, Slow-sync, Red-eye reduction",
    250: "Did not fire, Trailing-curtain Sync",
}

DIFFRACTION_CORRECTION_PENTAX = {
    0: "Off",
    16: "On",
}

MIN_FOCUS_DISTANCE = {
    0: "0.13-0.19 m",
    1: "0.20-0.24 m",
    10: "1.0 m",
    11: "1.1-1.2 m",
    12: "1.4-1.5 m",
    13: "1.5 m",
    14: "2.0 m",
    15: "2.0-2.1 m",
    16: "2.1 m",
    17: "2.2-2.9 m",
    18: "3.0 m",
    19: "4-5 m",
    2: "0.25-0.28 m",
    20: "5.6 m",
    3: "0.28-0.30 m",
    4: "0.35-0.38 m",
    5: "0.40-0.45 m",
    6: "0.49-0.50 m",
    7: "0.6 m",
    8: "0.7 m",
    9: "0.8-0.9 m",
}

MIN_APERTURE = {
    0: 22,
    1: 32,
    2: 45,
    3: 16,
}

FOCUS_RANGE_INDEX = {
    0: "5",
    1: "4",
    2: "6 (far)",
    3: "7 (very far)",
    4: "2",
    5: "3",
    6: "1 (close)",
    7: "0 (very close)",
}

EXTENDER_STATUS = {
    0: "Not attached",
    1: "Attached",
}

COMPOSITION_ADJUST = {
    0: "Off",
    10: "Composition Adjust + Horizon Correction",
    12: "Horizon Correction",
    2: "Composition Adjust",
}

LEVEL_ORIENTATION = {
    0: "n/a",
    1: "Horizontal (normal)",
    10: "Rotate 180; Off Level",
    11: "Rotate 90 CW; Off Level",
    12: "Rotate 270 CW; Off Level",
    13: "Upwards",
    14: "Downwards",
    2: "Rotate 180",
    3: "Rotate 90 CW",
    4: "Rotate 270 CW",
    9: "Horizontal; Off Level",
}

# Lookup values several printers build on (ExifTool's hashes, one holding all of another's).
WHITE_BALANCE_VALUES = {0: "Auto", 1: "Daylight", 2: "Shade", 3: "Fluorescent", 4: "Tungsten", 5: "Manual"}


WHITE_BALANCE_PENTAX = {
    **WHITE_BALANCE_VALUES,
    10: "Cloudy",
    11: "Warm White Fluorescent",
    14: "Multi Auto",
    15: "Color Temperature Enhancement",
    17: "Kelvin",
    6: "Daylight Fluorescent",
    65534: "Unknown",
    65535: "User-Selected",
    7: "Day White Fluorescent",
    8: "White Fluorescent",
    9: "Flash",
}

DYNAMIC_RANGE_EXPANSION = {
    0: 0,
    1: "Enabled",
    2: "Auto",
}

CONTRAST_HIGHLIGHT = {
    "-1 0": -1,
    "-2 0": -2,
    "-3 0": -3,
    "-4 0": -4,
    "0 0": 0,
    "1 0": 1,
    "2 0": 2,
    "3 0": 3,
    "4 0": 4,
}

SHADOW_CORRECTION = {
    0: "Off",
    "0 0": "Off",
    1: "On",
    "1 1": "Weak",
    "1 2": "Normal",
    "1 3": "Strong",
    2: "Auto 2",
    "2 4": "Auto",
}

SHUTTER_TYPE_PENTAX = {
    0: "Normal",
    1: "Electronic",
}

BLEACH_BYPASS_TONING = {
    0: "Off",
    1: "Green",
    2: "Yellow",
    3: "Orange",
    4: "Red",
    5: "Magenta",
    6: "Purple",
    65535: "n/a",
    7: "Blue",
    8: "Cyan",
}

PENTAX_IMAGE_SIZE = {
    0: "640x480",
    "0 0": "2304x1728",
    1: "Full",
    10: "3264x2448",
    129: "1920x1080",
    135: "4608x2592",
    19: "320x240",
    2: "1024x768",
    20: "2288x1712",
    21: "2592x1944",
    22: "2304x1728 or 2592x1944",
    23: "3056x2296",
    25: "2816x2212 or 2816x2112",
    257: "3216x3216",
    27: "3648x2736",
    29: "4000x3000",
    3: "1280x960",
    30: "4288x3216",
    31: "4608x3456",
    "32 2": "960x640",
    "33 2": "1152x768",
    "34 2": "1536x1024",
    "35 1": "2400x1600",
    "36 0": "3008x2008 or 3040x2024",
    "37 0": "3008x2000",
    4: "1600x1200",
    "4 0": "1600x1200",
    5: "2048x1536",
    "5 0": "2048x1536",
    8: "2560x1920 or 2304x1728",
    "8 0": "2560x1920",
    9: "3072x2304",
}

MONOCHROME_FILTER_EFFECT_PENTAX = {
    1: "Green",
    2: "Yellow",
    3: "Orange",
    4: "Red",
    5: "Magenta",
    6: "Blue",
    65535: "None",
    7: "Cyan",
    8: "Infrared",
}

HOMETOWN_CITY = {
    0: "Pago Pago",
    1: "Honolulu",
    10: "Miami",
    11: "Toronto",
    12: "New York",
    13: "Santiago",
    14: "Caracus",
    15: "Halifax",
    16: "Buenos Aires",
    17: "Sao Paulo",
    18: "Rio de Janeiro",
    19: "Madrid",
    2: "Anchorage",
    20: "London",
    21: "Paris",
    22: "Milan",
    23: "Rome",
    24: "Berlin",
    25: "Johannesburg",
    26: "Istanbul",
    27: "Cairo",
    28: "Jerusalem",
    29: "Moscow",
    3: "Vancouver",
    30: "Jeddah",
    31: "Tehran",
    32: "Dubai",
    33: "Karachi",
    34: "Kabul",
    35: "Male",
    36: "Delhi",
    37: "Colombo",
    38: "Kathmandu",
    39: "Dacca",
    4: "San Francisco",
    40: "Yangon",
    41: "Bangkok",
    42: "Kuala Lumpur",
    43: "Vientiane",
    44: "Singapore",
    45: "Phnom Penh",
    46: "Ho Chi Minh",
    47: "Jakarta",
    48: "Hong Kong",
    49: "Perth",
    5: "Los Angeles",
    50: "Beijing",
    51: "Shanghai",
    52: "Manila",
    53: "Taipei",
    54: "Seoul",
    55: "Adelaide",
    56: "Tokyo",
    57: "Guam",
    58: "Sydney",
    59: "Noumea",
    6: "Calgary",
    60: "Wellington",
    61: "Auckland",
    62: "Lima",
    63: "Dakar",
    64: "Algiers",
    65: "Helsinki",
    66: "Athens",
    67: "Nairobi",
    68: "Amsterdam",
    69: "Stockholm",
    7: "Denver",
    70: "Lisbon",
    71: "Copenhagen",
    72: "Warsaw",
    73: "Prague",
    74: "Budapest",
    8: "Mexico City",
    9: "Chicago",
}

WHITE_BALANCE_MODE = {
    1: "Auto (Daylight)",
    10: "Auto (Cloudy)",
    2: "Auto (Shade)",
    3: "Auto (Flash)",
    4: "Auto (Tungsten)",
    6: "Auto (Daylight Fluorescent)",
    65534: "Unknown",
    65535: "User-Selected",
    7: "Auto (Day White Fluorescent)",
    8: "Auto (White Fluorescent)",
}

RAW_DEVELOPMENT_PROCESS = {
    1: "1 (K10D,K200D,K2000,K-m)",
    10: "10 (K-01,K-30,K-50,K-500)",
    11: "11 (Q10)",
    12: "12 (MX-1,Q-S1,Q7)",
    13: "13 (K-3,K-3II)",
    14: "14 (645Z)",
    15: "15 (K-S1,K-S2)",
    16: "16 (K-1)",
    17: "17 (K-70)",
    18: "18 (KP)",
    19: "19 (GR III)",
    20: "20 (K-3III)",
    3: "3 (K20D)",
    4: "4 (K-7)",
    5: "5 (K-x)",
    6: "6 (645D)",
    7: "7 (K-r)",
    8: "8 (K-5,K-5II,K-5IIs)",
    9: "9 (Q)",
}

SKIN_TONE_CORRECTION = {
    "0 0": "Off",
    "1 1": "On (type 1)",
    "1 2": "On (type 2)",
}

AF_POINT_SELECTED_PENTAX = {
    0: "None",
    1: "Top-left",
    10: "Upper Near-right",
    11: "Upper-right",
    12: "Upper Far-right",
    13: "Far Far Left",
    14: "Far Left",
    15: "Left",
    16: "Near-left",
    17: "Center",
    18: "Near-right",
    19: "Right",
    2: "Top Near-left",
    20: "Far Right",
    21: "Far Far Right",
    22: "Lower Far-left",
    23: "Lower-left",
    24: "Lower Near-left",
    25: "Lower-middle",
    26: "Lower Near-right",
    263: "Zone Select Upper-left",
    264: "Zone Select Upper Near-left",
    265: "Zone Select Upper Middle",
    266: "Zone Select Upper Near-right",
    267: "Zone Select Upper-right",
    27: "Lower-right",
    270: "Zone Select Far Left",
    271: "Zone Select Left",
    272: "Zone Select Near-left",
    273: "Zone Select Center",
    274: "Zone Select Near-right",
    275: "Zone Select Right",
    276: "Zone Select Far Right",
    279: "Zone Select Lower-left",
    28: "Lower Far-right",
    280: "Zone Select Lower Near-left",
    281: "Zone Select Lower-middle",
    282: "Zone Select Lower Near-right",
    283: "Zone Select Lower-right",
    29: "Bottom-left",
    3: "Top",
    30: "Bottom Near-left",
    31: "Bottom",
    32: "Bottom Near-right",
    33: "Bottom-right",
    4: "Top Near-right",
    5: "Top-right",
    6: "Upper Far-left",
    65531: "AF Select",
    65532: "Face Detect AF",
    65533: "Automatic Tracking AF",
    65534: "Fixed Center",
    65535: "Auto",
    7: "Upper-left",
    8: "Upper Near-left",
    9: "Upper-middle",
}

AF_POINT_SELECTED3 = {
    0: "Single Point",
    1: "Expanded Area 9-point (S)",
    3: "Expanded Area 25-point (M)",
    5: "Expanded Area 33-point (L)",
}

HDR_PENTAX = {
    0: "Off",
    1: "HDR Auto",
    2: "HDR 1",
    3: "HDR 2",
    4: "HDR 3",
    5: "HDR Advanced",
}

HDR4 = {
    0: "Auto-align Off",
    1: "Auto-align On",
}

HDR5 = {
    0: "n/a",
    12: "3 EV",
    4: "1 EV",
    8: "2 EV",
}

ASPECT_RATIO_PENTAX = {
    0: "4:3",
    1: "3:2",
    2: "16:9",
    3: "1:1",
}

PICTURE_MODE_PENTAX = {
    0: "Program",
    "0.1": "Av",
    1: "Shutter Speed Priority",
    "1.1": "M",
    11: "Soft",
    12: "Surf & Snow",
    13: "Candlelight",
    14: "Autumn",
    15: "Macro",
    17: "Fireworks",
    18: "Text",
    19: "Panorama",
    2: "Program AE",
    "2.1": "Tv",
    20: "3-D",
    21: "Black & White",
    22: "Sepia",
    221: "P",
    23: "Red",
    24: "Pink",
    25: "Purple",
    255: "PICT",
    26: "Blue",
    27: "Green",
    28: "Yellow",
    3: "Manual",
    "3.1": "USER",
    30: "Self Portrait",
    31: "Illustrations",
    33: "Digital Filter",
    35: "Night Scene Portrait",
    37: "Museum",
    38: "Food",
    39: "Underwater",
    40: "Green Mode",
    49: "Light Pet",
    5: "Portrait",
    50: "Dark Pet",
    51: "Medium Pet",
    53: "Underwater",
    54: "Candlelight",
    55: "Natural Skin Tone",
    56: "Synchro Sound Record",
    58: "Frame Composite",
    59: "Report",
    6: "Landscape",
    60: "Kids",
    61: "Blur Reduction",
    63: "Panorama 2",
    65: "Half-length Portrait",
    66: "Portrait 2",
    74: "Digital Microscope",
    75: "Blue Sky",
    8: "Sport",
    80: "Miniature",
    81: "HDR",
    83: "Fisheye",
    85: "Digital Filter 4",
    9: "Night Scene",
}

HUE = {
    0: -2,
    1: "Normal",
    2: 2,
    3: -1,
    4: 1,
    5: -3,
    6: 3,
    65535: "None",
    7: -4,
    8: 4,
}

FLASH_MODE_PENTAX = {
    0: "Auto, Did not fire",
    1: "Off, Did not fire",
    2: "On, Did not fire",
    256: "Auto, Fired",
    258: "On, Fired",
    259: "Auto, Fired, Red-eye reduction",
    260: "On, Red-eye reduction",
    261: "On, Wireless (Master)",
    262: "On, Wireless (Control)",
    264: "On, Soft",
    265: "On, Slow-sync",
    266: "On, Slow-sync, Red-eye reduction",
    267: "On, Trailing-curtain Sync",
    3: "Auto, Did not fire, Red-eye reduction",
    5: "On, Did not fire, Wireless (Master)",
}

FLASH_MODE4 = {
    0: "n/a - Off-Auto-Aperture",
    256: "External, Auto",
    575: "External, Flash Problem",
    63: "Internal",
    768: "External, Manual",
    772: "External, P-TTL Auto",
    773: "External, Contrast-control Sync",
    774: "External, High-speed Sync",
    780: "External, Wireless",
    781: "External, Wireless, High-speed Sync",
}

SATURATION = {
    0: "-2 (low)",
    1: "0 (normal)",
    2: "+2 (high)",
    3: "-1 (medium low)",
    4: "+1 (medium high)",
    5: "-3 (very low)",
    6: "+3 (very high)",
    65535: "None",
    7: "-4 (minimum)",
    8: "+4 (maximum)",
}

CONTRAST_PENTAX = {
    0: "-2 (low)",
    1: "0 (normal)",
    2: "+2 (high)",
    3: "-1 (medium low)",
    4: "+1 (medium high)",
    5: "-3 (very low)",
    6: "+3 (very high)",
    65535: "n/a",
    7: "-4 (minimum)",
    8: "+4 (maximum)",
}

MONOCHROME_TONING = {
    0: -4,
    1: -3,
    2: -2,
    3: -1,
    4: 0,
    5: 1,
    6: 2,
    65535: "None",
    7: 3,
    8: 4,
}

WORLD_TIME_LOCATION_PENTAX = {
    0: "Hometown",
    1: "Destination",
}

IMAGE_EDITING = {
    "0 0": "None",
    "0 0 0 0": "None",
    "0 0 0 4": "Digital Filter",
    "1 0 0 0": "Resized",
    "16 0 0 0": "Frame Synthesis?",
    "2 0 0 0": "Cropped",
    "4 0 0 0": "Digital Filter 4",
    "6 0 0 0": "Digital Filter 6",
    "8 0 0 0": "Red-eye Correction",
}

INTERVAL_SHOOTING = {
    "0 0": "Off",
}

QUALITY_PENTAX = {
    0: "Good",
    1: "Better",
    2: "Best",
    3: "TIFF",
    4: "RAW",
    5: "Premium",
    65535: "n/a",
    7: "RAW (pixel shift enabled)",
    8: "Dynamic Pixel Shift",
}

ISO_AUTO_PARAMETERS = {
    "1 0": "Slow",
    "2 0": "Standard",
    "3 0": "Fast",
}

FINE_SHARPNESS = {
    0: "Normal",
    2: "Extra fine",
}

FOCUS_MODE_PENTAX = {
    0: "Normal",
    1: "Macro",
    16: "AF-S (Focus-priority)",
    17: "AF-C (Focus-priority)",
    18: "AF-A (Focus-priority)",
    2: "Infinity",
    272: "AF-S (Release-priority)",
    273: "AF-C (Release-priority)",
    274: "AF-A (Release-priority)",
    288: "Contrast-detect (Release-priority)",
    3: "Manual",
    32: "Contrast-detect (Focus-priority)",
    33: "Tracking Contrast-detect (Focus-priority)",
    4: "Super Macro",
    5: "Pan Focus",
}

IMAGE_TONE = {
    0: "Natural",
    1: "Bright",
    10: "Cross Processing",
    11: "Flat",
    2: "Portrait",
    3: "Landscape",
    4: "Vibrant",
    5: "Monochrome",
    6: "Muted",
    7: "Reversal Film",
    8: "Bleach Bypass",
    9: "Radiant",
}

HIGH_ISO_NOISE_REDUCTION_PENTAX = {
    0: "Off",
    1: "Weakest",
    2: "Weak",
    255: "Auto",
    3: "Strong",
    4: "Medium",
}

HIGH_ISO_NOISE_REDUCTION3 = {
    0: "Inactive",
    1: "Active",
    2: "Active (Weak)",
    3: "Active (Strong)",
    4: "Active (Medium)",
}

HIGH_ISO_NOISE_REDUCTION4 = {
    48: "ISO>400",
    56: "ISO>800",
    64: "ISO>1600",
    72: "ISO>3200",
}

CROSS_PROCESS = {
    0: "Off",
    1: "Random",
    2: "Preset 1",
    3: "Preset 2",
    33: "Favorite 1",
    34: "Favorite 2",
    35: "Favorite 3",
    4: "Preset 3",
}

ISO = {
    10: 250,
    100: 100,
    11: 320,
    12: 400,
    13: 500,
    14: 640,
    15: 800,
    16: 1000,
    1600: 1600,
    17: 1250,
    18: 1600,
    19: 2000,
    20: 2500,
    200: 200,
    21: 3200,
    22: 4000,
    23: 5000,
    24: 6400,
    25: 8000,
    258: 50,
    259: 70,
    26: 10000,
    260: 100,
    261: 140,
    262: 200,
    263: 280,
    264: 400,
    265: 560,
    266: 800,
    267: 1100,
    268: 1600,
    269: 2200,
    27: 12800,
    270: 3200,
    271: 4500,
    272: 6400,
    273: 9000,
    274: 12800,
    275: 18000,
    276: 25600,
    277: 36000,
    278: 51200,
    279: 72000,
    28: 16000,
    280: 102400,
    281: 144000,
    282: 204800,
    283: 288000,
    284: 409600,
    285: 576000,
    286: 819200,
    29: 20000,
    3: 50,
    30: 25600,
    31: 32000,
    32: 40000,
    3200: 3200,
    33: 51200,
    34: 64000,
    35: 80000,
    36: 102400,
    37: 128000,
    38: 160000,
    39: 204800,
    4: 64,
    40: 256000,
    400: 400,
    41: 320000,
    42: 409600,
    43: 512000,
    44: 640000,
    45: 819200,
    5: 80,
    50: 50,
    6: 100,
    65534: "Auto 2",
    65535: "Auto",
    7: 125,
    8: 160,
    800: 800,
    9: 200,
}

NEUTRAL_DENSITY_FILTER = {
    0: "Off",
    "0 2": "Off (0 2)",
    1: "On",
    "1 2": "On (1 2)",
}

METERING_MODE_PENTAX = {
    0: "Multi-segment",
    1: "Center-weighted average",
    2: "Spot",
}

DRIVE_MODE_PENTAX = {
    0: "Single-frame",
    1: "Continuous",
    2: "Continuous (Lo)",
    255: "Video",
    3: "Burst",
    4: "Continuous (Medium)",
}

DRIVE_MODE3 = {
    0: "No Timer",
    1: "Self-timer (12 s)",
    15: "Video",
    16: "Mirror Lock-up",
    2: "Self-timer (2 s)",
    255: "n/a",
}

DRIVE_MODE4 = {
    0: "Shutter Button",
    1: "Remote Control (3 s delay)",
    2: "Remote Control",
    4: "Remote Continuous Shooting",
}

DRIVE_MODE5 = {
    0: "Single Exposure",
    1: "Multiple Exposure",
    10: "Interval Composite Average",
    11: "Interval Composite Additive",
    12: "Interval Composite Bright",
    15: "Interval Movie",
    16: "HDR",
    2: "Composite Average",
    224: "HDR Auto",
    255: "Video",
    3: "Composite Additive",
    32: "HDR Strong 1",
    4: "Composite Bright",
    48: "HDR Strong 2",
    64: "HDR Strong 3",
    8: "Interval Shooting",
    80: "HDR Manual",
}

SHARPNESS_PENTAX = {
    0: "-2 (soft)",
    1: "0 (normal)",
    2: "+2 (hard)",
    3: "-1 (medium soft)",
    4: "+1 (medium hard)",
    5: "-3 (very soft)",
    6: "+3 (very hard)",
    7: "-4 (minimum)",
    8: "+4 (maximum)",
}

SHAKE_REDUCTION = {
    0: "Off",
    1: "On",
    135: "On (135)",
    15: "On (15)",
    167: "On (mode 1)",
    39: "On (mode 2)",
    4: "Off (4)",
    5: "On but Disabled",
    6: "On (Video)",
    7: "On (7)",
}

SR_RESULT = {
    0: "Stabilized",
    6: "Not ready",
}

SR_RESULT_PENTAX = {
    0: "Not stabilized",
}

CAMERA_ORIENTATION_PENTAX = {
    16: "Horizontal (normal)",
    32: "Rotate 180",
    48: "Rotate 90 CW",
    64: "Rotate 270 CW",
    80: "Upwards",
    96: "Downwards",
}

COLOR_FILTER = {
    1: "Full",
    2: "Black & White",
    3: "Sepia",
}

RECORDING_MODE = {
    0: "Auto",
    1: "Night Scene",
    2: "Manual",
}

# Pentax.pm BatteryInfo: only these models' A/D readings come with volts and charge.
BATTERY_AD = Source(
    "Pentax::BatteryInfo",
    model(r"(K10D|GX10|K20D|GX20)\b"),
    {"BodyBatteryADNoLoad": battery_level(155, 35), "BodyBatteryADLoad": battery_level(152, 34)},
)

# Pentax.pm Type2 (Optio 330/430, Casio-like): known by the tags only it has.
NORMAL_LOW_HIGH = {0: "Normal", 1: "Low", 2: "High"}
TYPE2 = Source(
    "Pentax::Type2",
    has_tag("Pentax", "RecordingMode ColorFilter HometownCityCode DestinationCityCode"),
    {
        "Quality": lookup({0: "Good", 1: "Better", 2: "Best"}),
        "FocusMode": lookup({2: "Custom", 3: "Auto"}),
        "FlashMode": lookup({1: "Auto", 2: "On", 4: "Off", 6: "Red-eye reduction"}),
        "WhiteBalance": lookup({0: "Auto", 1: "Daylight", 2: "Shade", 3: "Tungsten", 4: "Fluorescent", 5: "Manual"}),
        "Sharpness": lookup({0: "Normal", 1: "Soft", 2: "Hard"}),
        "Contrast": lookup(NORMAL_LOW_HIGH),
        "Saturation": lookup(NORMAL_LOW_HIGH),
        "ISO": lookup(
            {10: 100, 16: 200, 50: 50, 100: 100, 200: 200, 400: 400, 800: 800, 1600: 1600, 3200: 3200}
            | {65534: "Auto 2", 65535: "Auto"}
        ),
    },
)

# The lookups of this family's other ExifTool tables for names they print otherwise (Main first):
# each is tried in turn after the row above by :func:`.functions.with_alternatives`, so a value
# one table does not know prints by the table that does.
ALTERNATIVES = {
    "BodyBatteryState": (
        lookup(GRIP_BATTERY_STATE),
        lookup({1: "Empty or Missing", 2: "Almost Empty", 3: "Running Low", 4: "Close to Full", 5: "Full"}),
    ),
    "FocusMode": (
        lookup(FOCUS_MODE_PENTAX),
        lookup({2: "Custom", 3: "Auto"}),
    ),
    "Quality": (
        lookup(QUALITY_PENTAX),
        lookup({0: "Good", 1: "Better", 2: "Best"}),
    ),
    "ShakeReduction": (
        lookup(SHAKE_REDUCTION),
        lookup(
            {
                0: "Off",
                1: "On",
                4: "Off (AA simulation off)",
                5: "On but Disabled",
                6: "On (Video)",
                7: "On (AA simulation off)",
                8: "Off (AA simulation type 1) (8)",
                12: "Off (AA simulation type 1)",
                15: "On (AA simulation type 1)",
                16: "Off (AA simulation type 2) (16)",
                20: "Off (AA simulation type 2)",
                23: "On (AA simulation type 2)",
            }
        ),
    ),
    "WhiteBalance": (
        lookup(WHITE_BALANCE_PENTAX),
        lookup(WHITE_BALANCE_VALUES),
        lookup({0: "Auto", 1: "Daylight", 2: "Shade", 3: "Tungsten", 4: "Fluorescent", 5: "Manual"}),
    ),
}

TABLES: dict[str, Table] = {
    "Pentax": Table(
        rows=with_alternatives(
            {
                "SensorSize": sprintf_all("%.3f x %.3f mm"),
                "RawImageSize": first_space("x"),
                "ExternalFlashGuideNumber": if_nonzero(rounded, "n/a"),
                "SRHalfPressTime": half_press_time,
                "AEMeteringMode2": flags(AE_METERING_MODE2, AE_METERING_MODE2_PENTAX),
                "AEFlags": flags(AE_FLAGS),
                "AEProgramMode": lookup(AE_PROGRAM_MODE),
                "AEAperture": sprintf("%.1f"),
                "AEMaxAperture": sprintf("%.1f"),
                "AEWhiteBalance": lookup(AE_WHITE_BALANCE),
                "AEExposureTime": exposure_time,
                "AE_ISO": rounded,
                "AEApertureSteps": not_available(255),
                "FlashExposureCompSet": if_nonzero(sprintf("%+.1f")),
                "AEMeteringMode": flags(AE_METERING_MODE, AE_METERING_MODE2_PENTAX),
                "AEMinExposureTime": exposure_time,
                "AEMaxAperture2": sprintf("%.1f"),
                "AEMinAperture": sprintf("%.0f"),
                "SceneMode": lookup(SCENE_MODE_PENTAX),
                "AFPointsUnknown1": flags(AF_POINTS_UNKNOWN1, AF_POINTS_UNKNOWN1_PENTAX),
                "AFPointsUnknown2": flags(AF_POINTS_UNKNOWN1, AF_POINTS_UNKNOWN2),
                "AFHold": lookup(AF_HOLD),
                "AFIntegrationTime": suffix(" ms"),
                "AFPointsInFocus": lookup(AF_POINTS_IN_FOCUS_PENTAX),
                "WhiteBalanceAutoAdjustment": lookup(OFF_ON),
                "TungstenAWB": lookup(TUNGSTEN_AWB),
                "BodyBatteryVoltage3": sprintf("%.2f V"),
                "PowerSource": lookup(POWER_SOURCE),
                "BodyBatteryVoltage2": sprintf("%.2f V"),
                "GripBatteryState": lookup(GRIP_BATTERY_STATE),
                "BodyBatteryVoltage4": sprintf("%.2f V"),
                "BodyBatteryState": lookup(GRIP_BATTERY_STATE),
                "BodyBatteryVoltage1": sprintf("%.2f V"),
                "PentaxModelID": lookup(PENTAX_MODEL_ID, hex_unknown=True),
                "FlashOptions2": lookup(FLASH_OPTIONS2),
                "RawAndJpgRecording": lookup(RAW_AND_JPG_RECORDING_PENTAX, hex_unknown=True),
                "ProgramLine": lookup(PROGRAM_LINE),
                "BracketShotNumber": lookup(BRACKET_SHOT_NUMBER, hex_unknown=True),
                "FlashOptions": lookup(FLASH_OPTIONS2),
                "PictureMode2": lookup(PICTURE_MODE2),
                "AFPointMode": flags(AF_POINT_MODE, AF_POINTS_UNKNOWN2),
                "TvExposureTimeSetting": exposure_time,
                "LinkAEToAFPoint": lookup(OFF_ON),
                "ExposureBracketStepSize": lookup(EXPOSURE_BRACKET_STEP_SIZE),
                "Rotation": lookup(ROTATION_PENTAX),
                "AFPointSelected2": flags(AF_POINTS_UNKNOWN1, AF_POINTS_UNKNOWN2),
                "AvApertureSetting": sprintf("%.1f"),
                "WhiteBalanceSet": lookup(WHITE_BALANCE_SET),
                "JpgRecordedPixels": lookup(JPG_RECORDED_PIXELS),
                "BaseExposureCompensation": if_nonzero(sprintf("%+.1f")),
                "ISOAuto": lookup(OFF_ON),
                "ApertureRingUse": lookup(APERTURE_RING_USE),
                "EVSteps": lookup(EV_STEPS),
                "MeteringMode3": flags(AE_METERING_MODE2, AE_METERING_MODE2_PENTAX),
                "ISOSetting": lookup(ISO_SETTING),
                "FocusMode2": lookup(FOCUS_MODE_SETTING),
                "DriveMode2": flags(DRIVE_MODE2_PENTAX, DRIVE_MODE23),
                "SensitivitySteps": lookup(SENSITIVITY_STEPS),
                "MultipleExposureSet": lookup(OFF_ON),
                "E-DialInProgram": lookup(E_DIAL_IN_PROGRAM),
                "SRActive": lookup(NO_YES),
                "MeteringMode2": flags(AE_METERING_MODE2, AE_METERING_MODE2_PENTAX),
                "DigitalFilter11": lookup(DIGITAL_FILTER11),
                "DigitalFilter06": lookup(DIGITAL_FILTER11),
                "DigitalFilter03": lookup(DIGITAL_FILTER11),
                "DigitalFilter02": lookup(DIGITAL_FILTER11),
                "DigitalFilter04": lookup(DIGITAL_FILTER11),
                "DigitalFilter20": lookup(DIGITAL_FILTER11),
                "DigitalFilter15": lookup(DIGITAL_FILTER11),
                "DigitalFilter18": lookup(DIGITAL_FILTER11),
                "DigitalFilter07": lookup(DIGITAL_FILTER11),
                "DigitalFilter09": lookup(DIGITAL_FILTER11),
                "DigitalFilter08": lookup(DIGITAL_FILTER11),
                "DigitalFilter10": lookup(DIGITAL_FILTER11),
                "DigitalFilter05": lookup(DIGITAL_FILTER11),
                "DigitalFilter12": lookup(DIGITAL_FILTER11),
                "DigitalFilter17": lookup(DIGITAL_FILTER11),
                "DigitalFilter01": lookup(DIGITAL_FILTER11),
                "DigitalFilter14": lookup(DIGITAL_FILTER11),
                "DigitalFilter13": lookup(DIGITAL_FILTER11),
                "DigitalFilter19": lookup(DIGITAL_FILTER11),
                "DigitalFilter16": lookup(DIGITAL_FILTER11),
                "ExternalFlashMode": lookup(EXTERNAL_FLASH_MODE, hex_unknown=True),
                "FlashStatus": lookup(FLASH_STATUS_PENTAX, hex_unknown=True),
                "ExternalFlashExposureComp": lookup(EXTERNAL_FLASH_EXPOSURE_COMP),
                "ExternalFlashBounce": lookup(EXTERNAL_FLASH_BOUNCE_PENTAX),
                "InternalFlashMode": lookup(INTERNAL_FLASH_MODE, hex_unknown=True),
                "FNumber": sprintf("%.1f"),
                "ChromaticAberrationCorrection": lookup(OFF_ON),
                "DiffractionCorrection": lookup(DIFFRACTION_CORRECTION_PENTAX),
                "DistortionCorrection": lookup(OFF_ON),
                "PeripheralIlluminationCorr": lookup(OFF_ON),
                "LC1": sprintf("0x%.2x"),
                "LC15": sprintf("0x%.2x"),
                "LC12": sprintf("0x%.2x"),
                "LensFocalLength": sprintf("%.1f mm"),
                "LC8": sprintf("0x%.2x"),
                "LC7": sprintf("0x%.2x"),
                "MinFocusDistance": lookup(MIN_FOCUS_DISTANCE),
                "LC3": sprintf("0x%.2x"),
                "LC11": sprintf("0x%.2x"),
                "MinAperture": lookup(MIN_APERTURE),
                "LC4": sprintf("0x%.2x"),
                "LC14": sprintf("0x%.2x"),
                "LC10": sprintf("0x%.2x"),
                "NominalMaxAperture": sprintf("%.1f"),
                "MaxAperture": sprintf("%.1f"),
                "NominalMinAperture": sprintf("%.0f"),
                "LC6": sprintf("0x%.2x"),
                "FocusRangeIndex": lookup(FOCUS_RANGE_INDEX),
                "AutoAperture": lookup(ON_OFF),
                "LensKind": sprintf("0x%.2x"),
                "LC5": sprintf("0x%.2x"),
                "LensType": lookup(LENS_TYPES_PENTAX),
                "ExtenderStatus": lookup(EXTENDER_STATUS),
                "CompositionAdjust": lookup(COMPOSITION_ADJUST),
                "LevelOrientation": lookup(LEVEL_ORIENTATION),
                "WhiteBalance": lookup(WHITE_BALANCE_PENTAX),
                "ExposureCompensation": if_nonzero(sprintf("%+.1f")),
                "ExposureTime": exposure_time,
                "FocalLength": sprintf("%.1f mm"),
                "NoiseReduction": lookup(OFF_ON),
                "ContrastHighlightShadowAdj": lookup(OFF_ON),
                "DynamicRangeExpansion": in_turn(lookup(OFF_ON), lookup(DYNAMIC_RANGE_EXPANSION)),
                "ContrastHighlight": lookup(CONTRAST_HIGHLIGHT),
                "DSPFirmwareVersion": dotted,
                "ShadowCorrection": lookup(SHADOW_CORRECTION),
                "ColorSpace": lookup(COLOR_SPACE_PENTAX),
                "ContrastShadow": lookup(CONTRAST_HIGHLIGHT),
                "ShutterType": lookup(SHUTTER_TYPE_PENTAX),
                "BleachBypassToning": lookup(BLEACH_BYPASS_TONING),
                "PentaxImageSize": lookup(PENTAX_IMAGE_SIZE),
                "AELock": lookup(OFF_ON),
                "FlashExposureComp": if_nonzero(sprintf("%+.1f")),
                "CameraTemperature": suffix(" C"),
                "MonochromeFilterEffect": lookup(MONOCHROME_FILTER_EFFECT_PENTAX),
                "BlurControl": in_turn(lookup(OFF_LOW_MEDIUM_HIGH), None, None, None),
                "HometownCity": lookup(HOMETOWN_CITY),
                "WhiteBalanceMode": lookup(WHITE_BALANCE_MODE),
                "CPUFirmwareVersion": dotted,
                "RawDevelopmentProcess": lookup(RAW_DEVELOPMENT_PROCESS),
                "DestinationCity": lookup(HOMETOWN_CITY),
                "SkinToneCorrection": lookup(SKIN_TONE_CORRECTION),
                "AFPointSelected": in_turn(lookup(AF_POINT_SELECTED_PENTAX), lookup(AF_POINT_SELECTED3)),
                "SensitivityAdjust": if_nonzero(sprintf("%+.1f")),
                "FaceDetect": in_turn(None, suffix(" faces detected")),
                "PreviewImageSize": joined("x"),
                "HDR": in_turn(lookup(HDR_PENTAX), lookup(HDR4), lookup(HDR5)),
                "AspectRatio": lookup(ASPECT_RATIO_PENTAX),
                "PictureMode": in_turn(lookup(PICTURE_MODE_PENTAX)),
                "Hue": lookup(HUE),
                "FlashMode": in_turn(lookup(FLASH_MODE_PENTAX), lookup(FLASH_MODE4)),
                "Saturation": in_turn(lookup(SATURATION)),
                "HometownDST": lookup(NO_YES),
                "Contrast": in_turn(lookup(CONTRAST_PENTAX)),
                "MonochromeToning": lookup(MONOCHROME_TONING),
                "WorldTimeLocation": lookup(WORLD_TIME_LOCATION_PENTAX),
                "DestinationDST": lookup(NO_YES),
                "ImageEditing": lookup(IMAGE_EDITING),
                "IntervalShooting": lookup(INTERVAL_SHOOTING),
                "Quality": lookup(QUALITY_PENTAX),
                "HighLowKeyAdj": lookup(CONTRAST_HIGHLIGHT),
                "ISOAutoParameters": lookup(ISO_AUTO_PARAMETERS),
                "FineSharpness": in_turn(lookup(OFF_ON), lookup(FINE_SHARPNESS)),
                "PentaxVersion": dotted,
                "FocusMode": lookup(FOCUS_MODE_PENTAX),
                "ImageTone": lookup(IMAGE_TONE),
                "HighISONoiseReduction": in_turn(
                    lookup(HIGH_ISO_NOISE_REDUCTION_PENTAX),
                    lookup(HIGH_ISO_NOISE_REDUCTION3),
                    lookup(HIGH_ISO_NOISE_REDUCTION4),
                ),
                "CrossProcess": lookup(CROSS_PROCESS),
                "ISO": lookup(ISO),
                "NeutralDensityFilter": lookup(NEUTRAL_DENSITY_FILTER),
                "EffectiveLV": sprintf("%.1f"),
                "MeteringMode": lookup(METERING_MODE_PENTAX),
                "DriveMode": in_turn(
                    lookup(DRIVE_MODE_PENTAX),
                    lookup(DRIVE_MODE3),
                    lookup(DRIVE_MODE4),
                    lookup(DRIVE_MODE5),
                ),
                "Sharpness": in_turn(lookup(SHARPNESS_PENTAX)),
                "ClarityControl": lookup(INTERVAL_SHOOTING),
                "PixelShiftResolution": lookup(OFF_ON),
                "ShakeReduction": lookup(SHAKE_REDUCTION),
                "SRFocalLength": suffix(" mm"),
                "SRResult": flags(SR_RESULT, SR_RESULT_PENTAX),
                "CameraOrientation": lookup(CAMERA_ORIENTATION_PENTAX, hex_unknown=True),
                "SensorTemperature": sprintf("%.1f C"),
                "SensorTemperature2": sprintf("%.1f C"),
                "CameraTemperature5": suffix(" C"),
                "CameraTemperature4": suffix(" C"),
                "ColorFilter": lookup(COLOR_FILTER),
                "RecordingMode": lookup(RECORDING_MODE),
            },
            ALTERNATIVES,
        ),
        text=names(
            """
            Artist AudioCodecID Copyright DateTime1 DateTime2 FirmwareVersion LensInfo LensModel
            Make Model SerialNumber
            """
        ),
        sources=(BATTERY_AD, TYPE2),
    ),
}
