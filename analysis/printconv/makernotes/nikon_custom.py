"""Printed values of ExifTool's NikonCustom custom-settings tables (NikonCustom.pm, 12.57), one
:class:`..table.Source` per table: each camera has its own layout and its own meanings for names
the others share (NikonCustom:ISODisplay 1 is "Show Frame Count" on one model, "Show ISO
Sensitivity" on another), chosen as ExifTool chooses them: by the ShotInfo table that holds them,
itself picked by the ShotInfoVersion the maker note gives."""

from ..convert import exposure_time, flags, lookup, suffix
from ..table import Source, all_of, model, value_matches
from .common import AUTO_OFF, FOCUS_MODE_SETTING, NO_YES, OFF_LOW_HIGH, OFF_LOW_MEDIUM_HIGH, OFF_ON, ON_OFF, YES_NO
from .functions import (
    full_or_exposure_time,
    if_nonzero,
    sprintf,
)

# ExifTool's choice of ShotInfo table (Nikon.pm tag 0x0091, by ShotInfoVersion), each naming its
# custom-settings table; the D5 and D500 share ShotInfoD500 and part by model.
SHOT_INFO_D40 = value_matches("Nikon", "ShotInfoVersion", r"0209")
SHOT_INFO_D80 = value_matches("Nikon", "ShotInfoVersion", r"0208")
SHOT_INFO_D90 = value_matches("Nikon", "ShotInfoVersion", r"0213")
SHOT_INFO_D3 = value_matches("Nikon", "ShotInfoVersion", r"02(10|14|16|18)")
SHOT_INFO_D700 = value_matches("Nikon", "ShotInfoVersion", r"0212")
SHOT_INFO_D800 = value_matches("Nikon", "ShotInfoVersion", r"0222")
SHOT_INFO_D810 = value_matches("Nikon", "ShotInfoVersion", r"0233")
SHOT_INFO_D850 = value_matches("Nikon", "ShotInfoVersion", r"0243")
SHOT_INFO_D5000 = value_matches("Nikon", "ShotInfoVersion", r"0215")
SHOT_INFO_D5100 = value_matches("Nikon", "ShotInfoVersion", r"0221")
SHOT_INFO_D5200 = value_matches("Nikon", "ShotInfoVersion", r"0226")
SHOT_INFO_D7000 = value_matches("Nikon", "ShotInfoVersion", r"0220")
SHOT_INFO_D4 = value_matches("Nikon", "ShotInfoVersion", r"02(23|31)")
SHOT_INFO_D610 = value_matches("Nikon", "ShotInfoVersion", r"0232")
SHOT_INFO_D5 = all_of(value_matches("Nikon", "ShotInfoVersion", r"023[89]"), model(r"\bD5\b"))
SHOT_INFO_D500 = value_matches("Nikon", "ShotInfoVersion", r"023[89]")
SHOT_INFO_Z9 = value_matches("Nikon", "ShotInfoVersion", r"0805")


# Printers several tables share.
NO_MEMORY_CARD = lookup({0: "Release Locked", 1: "Enable Release"})
IMAGE_REVIEW_TIME = lookup({0: "4 s", 1: "8 s", 2: "20 s", 3: "1 min", 4: "10 min"})
METERING_TIME = lookup({0: "4 s", 1: "8 s", 2: "20 s", 3: "1 min", 4: "30 min"})
SELF_TIMER_TIME = lookup({0: "2 s", 1: "5 s", 2: "10 s", 3: "20 s"})
REMOTE_ON_DURATION = lookup({0: "1 min", 1: "5 min", 2: "10 min", 3: "15 min"})
# Lookup values several printers build on (ExifTool's hashes, one holding all of another's).
AUTO_BRACKET_SET_VALUES = {0: "AE & Flash", 1: "AE Only", 2: "Flash Only", 3: "WB Bracketing"}
AUTO_BRACKET_MODE_M_VALUES = {0: "Flash/Speed", 1: "Flash/Speed/Aperture", 2: "Flash/Aperture", 3: "Flash Only"}
MOVIE_FUNCTION_BUTTON_VALUES = {
    0: "None",
    1: "Power Aperture (open)",
    3: "Index Marking",
    4: "View Photo Shooting Info",
}
AELOCK_BUTTON_PLUS_DIALS_VALUES = {
    0: "None",
    3: "Choose Non-CPU Lens Number",
    5: "Auto Bracketing",
    6: "Dynamic AF Area",
}
AELOCK_BUTTON_VALUES = {0: "AE/AF Lock", 1: "AE Lock Only", 2: "AF Lock Only", 3: "AE Lock (hold)", 4: "AF-ON"}
SUB_SELECTOR_PLUS_DIALS_VALUES = {
    0: "None",
    1: "Choose Image Area",
    2: "Shutter Speed & Aperture Lock",
    4: "Choose Non-CPU Lens Number",
    7: "Photo Shooting Menu Bank",
}
AELOCK_BUTTON_PLUS_DIALS_VALUES2 = {
    0: "None",
    1: "Choose Image Area (FX/DX/5:4)",
    2: "Shutter Speed & Aperture Lock",
    4: "Choose Non-CPU Lens Number",
    8: "Exposure Delay Mode",
}
AELOCK_BUTTON_VALUES2 = {3: "AE/AF Lock", 4: "AE Lock Only", 6: "AE Lock (hold)", 7: "AF Lock Only", 8: "AF-ON"}
LIVE_VIEW_MONITOR_OFF_TIME_VALUES = {1: "5 min", 2: "10 min", 3: "15 min", 4: "20 min", 5: "30 min"}
SUB_SELECTOR_PLUS_DIALS_VALUES2 = {
    0: "None",
    1: "Choose Image Area (FX/DX/5:4)",
    2: "Shutter Speed & Aperture Lock",
    4: "Choose Non-CPU Lens Number",
    6: "Shooting Bank Menu",
}
SUB_SELECTOR_PLUS_DIALS_VALUES3 = {
    0: "None",
    1: "Choose Image Area (DX/1.3x)",
    2: "Shutter Speed & Aperture Lock",
    4: "Choose Non-CPU Lens Number",
    7: "Photo Shooting Menu Bank",
}
AELOCK_BUTTON2_VALUES = {**AELOCK_BUTTON_VALUES, 5: "FV Lock"}
AFON_BUTTON_VALUES = {
    0: "AF On",
    1: "AE/AF Lock",
    2: "AE Lock Only",
    3: "AE Lock (reset on release)",
    4: "AE Lock (hold)",
    5: "AF Lock Only",
}
PREVIEW_BUTTON_PLUS_DIALS_VALUES = {
    0: "None",
    1: "Choose Image Area (FX/DX/5:4)",
    2: "One Step Speed/Aperture",
    3: "Choose Non-CPU Lens Number",
    5: "Choose Image Area (FX/DX)",
    6: "Shooting Bank Menu",
    7: "Dynamic AF Area",
}
FUNC_BUTTON_PLUS_DIALS4_VALUES = {
    **SUB_SELECTOR_PLUS_DIALS_VALUES2,
    3: "One Step Speed / Aperture",
    5: "Active D-Lighting",
}
FLASH_SYNC_SPEED2_VALUES = {
    2: "1/250 s (auto FP)",
    3: "1/250 s",
    5: "1/200 s",
    6: "1/160 s",
    7: "1/125 s",
    8: "1/100 s",
    9: "1/80 s",
    10: "1/60 s",
}
FUNC1_BUTTON_PLUS_DIALS_VALUES = {
    **SUB_SELECTOR_PLUS_DIALS_VALUES,
    3: "One Step Speed / Aperture",
    5: "Active D-Lighting",
    8: "Exposure Delay Mode",
}
FUNC1_BUTTON_PLUS_DIALS2_VALUES = {
    **SUB_SELECTOR_PLUS_DIALS_VALUES3,
    3: "One Step Speed / Aperture",
    5: "Active D-Lighting",
    8: "Exposure Delay Mode",
}
STANDBY_TIMER_VALUES = {0: "4 s", 1: "6 s", 3: "10 s", 5: "30 s", 6: "1 min", 7: "5 min", 8: "10 min", 9: "30 min"}
FLASH_SYNC_SPEED_VALUES = {
    1: "1/250 s (auto FP)",
    2: "1/250 s",
    3: "1/200 s",
    4: "1/160 s",
    5: "1/125 s",
    6: "1/100 s",
    7: "1/80 s",
    8: "1/60 s",
}
METERING_TIME_VALUES = {
    0: "4 s",
    1: "6 s",
    2: "8 s",
    3: "16 s",
    4: "30 s",
    5: "1 min",
    6: "5 min",
    7: "10 min",
    8: "30 min",
}
PREVIEW_BUTTON_VALUES = {
    0: "None",
    1: "Preview",
    2: "FV Lock",
    3: "AE/AF Lock",
    4: "AE Lock Only",
    5: "AE Lock (reset on release)",
    6: "AE Lock (hold)",
    7: "AF Lock Only",
    8: "Flash Off",
    9: "Bracketing Burst",
    10: "Matrix Metering",
    11: "Center-weighted Metering",
    12: "Spot Metering",
    13: "Virtual Horizon",
    15: "Playback",
    16: "My Menu Top",
}
FUNC_BUTTON_VALUES = {
    0: "None",
    1: "Preview",
    2: "FV Lock",
    3: "AE/AF Lock",
    4: "AE Lock Only",
    5: "AE Lock (reset on release)",
    6: "AE Lock (hold)",
    7: "AF Lock Only",
    9: "Flash Off",
    10: "Bracketing Burst",
    11: "Matrix Metering",
    12: "Center-weighted Metering",
    13: "Spot Metering",
    14: "Playback",
    15: "My Menu Top",
    16: "+ NEF (RAW)",
}
FUNC_BUTTON_VALUES2 = {
    0: "None",
    1: "Preview",
    2: "FV Lock",
    3: "AE/AF Lock",
    4: "AE Lock Only",
    5: "AE Lock (reset on release)",
    6: "AE Lock (hold)",
    7: "AF Lock Only",
    9: "Flash Off",
    10: "Bracketing Burst",
    11: "Matrix Metering",
    12: "Center-weighted Metering",
    13: "Spot Metering",
    14: "My Menu Top",
    15: "Live View",
    16: "+ NEF (RAW)",
    17: "Virtual Horizon",
}
AF_ON_BUTTON_VALUES = {
    0: "None",
    3: "AE/AF Lock",
    4: "AE Lock Only",
    5: "AE Lock (reset on release)",
    6: "AE Lock (hold)",
    7: "AF Lock Only",
    8: "AF-On",
    36: "AF-Area Mode (Single)",
    37: "AF-Area Mode (Dynamic Area 25 Points)",
    38: "AF-Area Mode (Dynamic Area 72 Points)",
    39: "AF-Area Mode (Dynamic Area 152 Points)",
    40: "AF-Area Mode (Group Area AF)",
    41: "AF-Area Mode (Auto Area AF)",
    42: "AF-Area Mode + AF-On (Single)",
    43: "AF-Area Mode + AF-On (Dynamic Area 25 Points)",
    44: "AF-Area Mode + AF-On (Dynamic Area 72 Points)",
    45: "AF-Area Mode + AF-On (Dynamic Area 152 Points)",
    46: "AF-Area Mode + AF-On (Group Area AF)",
    47: "AF-Area Mode + AF-On (Auto Area AF)",
}
VERTICAL_FUNC_BUTTON_VALUES = {
    0: "None",
    1: "Preview",
    2: "FV Lock",
    3: "AE/AF Lock",
    4: "AE Lock Only",
    5: "AE Lock (reset on release)",
    6: "AE Lock (hold)",
    7: "AF Lock Only",
    10: "Bracketing Burst",
    11: "Matrix Metering",
    12: "Center-weighted Metering",
    13: "Spot Metering",
    14: "Playback",
    15: "My Menu Top Item",
    16: "+NEF(RAW)",
    17: "Virtual Horizon",
    18: "My Menu",
    20: "Grid Display",
    26: "Flash Disable/Enable",
}
AF_ON_BUTTON_VALUES2 = {
    0: "None",
    3: "AE/AF Lock",
    4: "AE Lock Only",
    5: "AE Lock (reset on release)",
    6: "AE Lock (hold)",
    7: "AF Lock Only",
    8: "AF-On",
    36: "AF-Area Mode (Single)",
    37: "AF-Area Mode (Dynamic Area 25 Points)",
    38: "AF-Area Mode (Dynamic Area 72 Points)",
    39: "AF-Area Mode (Dynamic Area 153 Points)",
    40: "AF-Area Mode (Group Area AF)",
    41: "AF-Area Mode (Auto Area AF)",
    42: "AF-Area Mode + AF-On (Single)",
    43: "AF-Area Mode + AF-On (Dynamic Area 25 Points)",
    44: "AF-Area Mode + AF-On (Dynamic Area 72 Points)",
    45: "AF-Area Mode + AF-On (Dynamic Area 153 Points)",
    46: "AF-Area Mode + AF-On (Group Area AF)",
    47: "AF-Area Mode + AF-On (Auto Area AF)",
    56: "AF-Area Mode (Dynamic Area 9 Points)",
    57: "AF-Area Mode + AF-On (Dynamic Area 9 Points)",
}
FUNC_BUTTON4_VALUES = {
    **VERTICAL_FUNC_BUTTON_VALUES,
    8: "AF-On",
    21: "Disable Synchronized Release",
    22: "Remote Release Only",
}
FUNC1_BUTTON3_VALUES = {
    **AF_ON_BUTTON_VALUES,
    1: "Preview",
    2: "FV Lock",
    10: "Bracketing Burst",
    11: "Matrix Metering",
    12: "Center-weighted Metering",
    13: "Spot Metering",
    14: "Playback",
    15: "My Menu Top Item",
    16: "+NEF(RAW)",
    17: "Virtual Horizon",
    19: "Grid Display",
    20: "My Menu",
    22: "Remote Release Only",
    26: "Flash Disable/Enable",
    27: "Highlight-weighted Metering",
    49: "Sync Release (Master Only)",
    50: "Sync Release (Remote Only)",
}
FUNC2_BUTTON_VALUES = {**FUNC1_BUTTON3_VALUES, 21: "Disable Synchronized Release"}
FUNC1_BUTTON_VALUES = {
    **AF_ON_BUTTON_VALUES2,
    1: "Preview",
    2: "FV Lock",
    10: "Bracketing Burst",
    11: "Matrix Metering",
    12: "Center-weighted Metering",
    13: "Spot Metering",
    14: "Playback",
    15: "My Menu Top Item",
    16: "+NEF(RAW)",
    17: "Virtual Horizon",
    19: "Grid Display",
    20: "My Menu",
    22: "Remote Release Only",
    26: "Flash Disable/Enable",
    27: "Highlight-weighted Metering",
    49: "Sync Release (Master Only)",
    50: "Sync Release (Remote Only)",
}


AELOCK_BUTTON = lookup(AELOCK_BUTTON_VALUES)
INTERNAL_FLASH = lookup({0: "TTL", 1: "Manual"})
EVSTEP_SIZE = lookup({0: "1/3 EV", 1: "1/2 EV"})
AUTO_BRACKET_SET = lookup(AUTO_BRACKET_SET_VALUES)
AUTO_BRACKET_ORDER = lookup({0: "0,-,+", 1: "-,0,+"})
CENTER_WEIGHTED_AREA_SIZE = lookup({0: "6 mm", 1: "8 mm", 2: "10 mm"})
INTERNAL_FLASH2 = lookup({0: "TTL", 1: "Manual", 2: "Repeating Flash", 3: "Commander Mode"})
COMMANDER_INTERNAL_FLASH = lookup({0: "TTL", 1: "Manual", 2: "Off"})
COMMANDER_GROUP_AMODE = lookup({0: "TTL", 1: "Auto Aperture", 2: "Manual", 3: "Off"})
CENTER_AFAREA = lookup({0: "Normal Zone", 1: "Wide Zone"})
FOCUS_AREA_SELECTION = lookup({0: "No Wrap", 1: "Wrap"})
AFAREA_ILLUMINATION = lookup({0: "Auto", 1: "Off", 2: "On"})
LIGHT_SWITCH = lookup({0: "LCD Backlight", 1: "LCD Backlight and Shooting Information"})
AFAREA_MODE_SETTING = lookup({0: "Single Area", 1: "Dynamic Area", 2: "Auto-area", 3: "3D-tracking (11 points)"})
AFPOINT_ILLUMINATION = lookup({0: "Auto", 1: "On", 2: "Off"})
MB_D80_BATTERY_TYPE = lookup({0: "LR6 (AA alkaline)", 1: "HR6 (AA Ni-MH)", 2: "FR6 (AA lithium)", 3: "ZR6 (AA Ni-Mn)"})
ISODISPLAY = lookup({0: "Show ISO/Easy ISO", 1: "Show ISO Sensitivity", 3: "Show Frame Count"})
SHOOTING_INFO_DISPLAY = lookup({0: "Auto", 2: "Manual (dark on light)", 3: "Manual (light on dark)"})
REVERSE_INDICATORS = lookup({0: "+ 0 -", 1: "- 0 +"})
AUTO_BRACKET_SET2 = lookup({**AUTO_BRACKET_SET_VALUES, 4: "Active D-Lighting"})
AELOCK_BUTTON2 = lookup(AELOCK_BUTTON2_VALUES)
PLAYBACK_MONITOR_OFF_TIME = lookup({0: "4 s", 1: "10 s", 2: "20 s", 3: "1 min", 4: "5 min", 5: "10 min"})
FLASH_SHUTTER_SPEED = lookup(
    {
        0: "1/60 s",
        1: "1/30 s",
        2: "1/15 s",
        3: "1/8 s",
        4: "1/4 s",
        5: "1/2 s",
        6: "1 s",
        7: "2 s",
        8: "4 s",
        9: "8 s",
        10: "15 s",
        11: "30 s",
    }
)
MULTI_SELECTOR_PLAYBACK_MODE = lookup(
    {0: "Thumbnail On/Off", 1: "View Histograms", 2: "Zoom On/Off", 3: "Choose Folder"}
)
AFPOINT_BRIGHTNESS = lookup({0: "Low", 1: "Normal", 2: "High", 3: "Extra High"})
CENTER_WEIGHTED_AREA_SIZE2 = lookup({0: "8 mm", 1: "12 mm", 2: "15 mm", 3: "20 mm", 4: "Average"})
REAR_DISPLAY = lookup({0: "ISO", 1: "Exposures Remaining"})
VIEWFINDER_DISPLAY = lookup({0: "Frame Count", 1: "Exposures Remaining"})
PREVIEW_BUTTON = lookup(PREVIEW_BUTTON_VALUES)
PREVIEW_BUTTON_PLUS_DIALS = lookup(PREVIEW_BUTTON_PLUS_DIALS_VALUES)
AF_ON_FOR_MB_D10 = lookup(
    {
        0: "AF-On",
        1: "AE/AF Lock",
        2: "AE Lock Only",
        3: "AE Lock (reset on release)",
        4: "AE Lock (hold)",
        5: "AF Lock Only",
        6: "Same as FUNC Button",
    }
)
BATTERY_ORDER = lookup({0: "MB-D10 First", 1: "Camera Battery First"})
INITIAL_ZOOM_LIVE_VIEW = lookup({0: "Low Magnification", 1: "Medium Magnification", 2: "High Magnification"})
AUTO_BRACKET_MODE_M = lookup(AUTO_BRACKET_MODE_M_VALUES)
CUSTOM_SETTINGS_BANK = lookup({0: "A", 1: "B", 2: "C", 3: "D"})
AF_CPRIORITY_SELECTION = lookup({0: "Release", 1: "Release + Focus", 2: "Focus"})
AF_SPRIORITY_SELECTION = lookup({0: "Focus", 1: "Release"})
AFPOINT_SELECTION = lookup({0: "51 Points", 1: "11 Points"})
DYNAMIC_AFAREA = lookup({0: "9 Points", 1: "21 Points", 2: "51 Points", 3: "51 Points (3D-tracking)"})
AFACTIVATION = lookup({0: "Shutter/AF-On", 1: "AF-On Only"})
ISOSTEP_SIZE = lookup({0: "1/3 EV", 1: "1/2 EV", 2: "1 EV"})
EASY_EXPOSURE_COMPENSATION = lookup({0: "Off", 1: "On", 2: "On (auto reset)"})
CENTER_WEIGHTED_AREA_SIZE3 = lookup({0: "6 mm", 1: "8 mm", 2: "10 mm", 3: "13 mm", 4: "Average"})
MULTI_SELECTOR_SHOOT_MODE = lookup({0: "Select Center Focus Point", 1: "Highlight Active Focus Point", 2: "Not Used"})
MULTI_SELECTOR = lookup({0: "Do Nothing", 1: "Reset Meter-off Delay"})
BEEP = lookup({0: "High", 1: "Low", 2: "Off"})
SHOOTING_INFO_DISPLAY2 = lookup({0: "Auto", 1: "Auto", 2: "Manual (dark on light)", 3: "Manual (light on dark)"})
FUNC_BUTTON = lookup(FUNC_BUTTON_VALUES)
FUNC_BUTTON_PLUS_DIALS = lookup({**AELOCK_BUTTON_PLUS_DIALS_VALUES, 2: "One Step Speed/Aperture"})
COMMAND_DIALS_APERTURE_SETTING = lookup({0: "Sub-command Dial", 1: "Aperture Ring"})
FLASH_SYNC_SPEED = lookup({**FLASH_SYNC_SPEED_VALUES, 0: "1/320 s (auto FP)"})
METERING_TIME2 = lookup({**METERING_TIME_VALUES, 9: "No Limit"})
PREVIEW_BUTTON2 = lookup({**FUNC_BUTTON_VALUES2, 8: "AF-ON"})
FUNC_BUTTON_PLUS_DIALS2 = lookup(
    {
        0: "None",
        1: "Choose Image Area",
        2: "One Step Speed/Aperture",
        3: "Choose Non-CPU Lens Number",
        5: "Auto bracketing",
        6: "Dynamic AF Area",
        7: "Shutter speed & Aperture lock",
    }
)
FOCUS_TRACKING_LOCK_ON = lookup({0: "Off", 1: "1 (Short)", 2: "2", 3: "3 (Normal)", 4: "4", 5: "5 (Long)"})
BEEP2 = lookup(OFF_LOW_MEDIUM_HIGH)
COMMAND_DIALS_REVERSE_ROTATION = lookup(
    {
        0: "No",
        1: "Shutter Speed & Aperture",
        2: "Exposure Compensation",
        3: "Exposure Compensation, Shutter Speed & Aperture",
    }
)
EXPOSURE_DELAY_MODE = lookup({0: "Off", 1: "1 s", 2: "2 s", 3: "3 s"})
FUNC_BUTTON2 = lookup(
    {
        0: "None",
        1: "Preview",
        2: "FV Lock",
        3: "AE/AF Lock",
        4: "AE Lock Only",
        5: "AE Lock (reset on release)",
        6: "AE Lock (hold)",
        7: "AF Lock Only",
        8: "AF-On",
        10: "Bracketing Burst",
        11: "Matrix Metering",
        12: "Center-weighted Metering",
        13: "Spot Metering",
        14: "Playback",
        15: "My Menu Top Item",
        16: "+NEF(RAW)",
        17: "Virtual Horizon",
        19: "Grid Display",
        20: "My Menu",
        21: "Disable Synchronized Release",
        22: "Remote Release Only",
        26: "Flash Disable/Enable",
        27: "Highlight-weighted Metering",
    }
)
ASSIGN_BKT_BUTTON = lookup({0: "Auto Bracketing", 1: "Multiple Exposure", 2: "HDR (high dynamic range)", 3: "None"})
COMMAND_DIALS_CHANGE_MAIN_SUB = lookup(
    {
        0: "Autofocus Off, Exposure Off",
        1: "Autofocus Off, Exposure On",
        2: "Autofocus Off, Exposure On (Mode A)",
        4: "Autofocus On, Exposure Off",
        5: "Autofocus On, Exposure On",
        6: "Autofocus On, Exposure On (Mode A)",
    }
)
COMMAND_DIALS_MENU_AND_PLAYBACK = lookup({0: "On", 1: "Off", 2: "On (Image Review Excluded)"})
STANDBY_TIMER = lookup({**STANDBY_TIMER_VALUES, 10: "No Limit"})
SELF_TIMER_SHOT_INTERVAL = lookup({0: "0.5 s", 1: "1 s", 2: "2 s", 3: "3 s"})
IMAGE_REVIEW_MONITOR_OFF_TIME = lookup({0: "2 s", 1: "4 s", 3: "10 s", 4: "20 s", 5: "1 min", 6: "5 min", 7: "10 min"})
LIVE_VIEW_MONITOR_OFF_TIME = lookup({**LIVE_VIEW_MONITOR_OFF_TIME_VALUES, 6: "No Limit"})
MENU_MONITOR_OFF_TIME = lookup({0: "4 s", 2: "10 s", 4: "20 s", 5: "1 min", 6: "5 min", 7: "10 min"})
MULTI_SELECTOR_LIVE_VIEW = lookup({0: "Reset", 1: "Zoom", 3: "Not Used"})
MOVIE_SHUTTER_BUTTON = lookup({0: "Take Photo", 1: "Record Movies"})
FLASH_EXPOSURE_COMP_AREA = lookup({0: "Entire frame", 1: "Background only"})
MOVIE_FUNCTION_BUTTON = lookup(MOVIE_FUNCTION_BUTTON_VALUES)
MOVIE_PREVIEW_BUTTON = lookup(
    {0: "None", 2: "Power Aperture (open)", 3: "Index Marking", 4: "View Photo Shooting Info"}
)
FUNC_BUTTON_PLUS_DIALS3 = lookup(
    {**AELOCK_BUTTON_PLUS_DIALS_VALUES2, 3: "One Step Speed / Aperture", 5: "Active D-Lighting"}
)
AFPOINT_ILLUMINATION2 = lookup({0: "Off", 1: "On During Manual Focusing"})
STORE_BY_ORIENTATION = lookup({0: "Off", 1: "Focus Point", 2: "Focus Point and AF-area mode"})
GROUP_AREA_AFILLUMINATION = lookup({0: "Squares", 1: "Dots"})
MATRIX_METERING = lookup({0: "Face Detection On", 1: "Face Detection Off"})
AFMODE_RESTRICTIONS = lookup({0: "No Restrictions", 1: "AF-C", 2: "AF-S"})
LIMIT_AFAREA_MODE_SELECTION = flags(
    {
        0: "Auto-area",
        1: "Group-area",
        2: "3D-tracking",
        3: "Dynamic area (51 points)",
        4: "Dynamic area (21 points)",
        5: "Dynamic area (9 points)",
    },
    {0: "No Restrictions"},
)
ASSIGN_REMOTE_FN_BUTTON = lookup(
    {
        0: "None",
        1: "Preview",
        2: "FV Lock",
        3: "AE/AF Lock",
        4: "AE Lock Only",
        5: "AE Lock (reset on release)",
        7: "AF Lock Only",
        8: "AF-On",
        16: "+NEF(RAW)",
        25: "Live View",
        26: "Flash Disable/Enable",
    }
)
LENS_FOCUS_FUNCTION_BUTTONS = lookup(
    {
        3: "AE/AF Lock",
        4: "AE Lock Only",
        7: "AF Lock Only",
        21: "Disable Synchronized Release",
        22: "Remote Release Only",
        24: "Preset focus Point",
        26: "Flash Disable/Enable",
        32: "AF-Area Mode:  Single-point AF",
        33: "AF-Area Mode: Dynamic-area AF (9 points)",
        34: "AF-Area Mode: Dynamic-area AF (21 points)",
        35: "AF-Area Mode: Dynamic-area AF (51 points)",
        36: "AF-Area Mode: Group-area AF",
        37: "AF-Area Mode: Auto area AF",
    }
)
AF_CPRIORITY_SELECTION2 = lookup({0: "Release", 1: "Release + Focus", 2: "Focus", 3: "Focus + Release"})
AFPOINT_SELECTION2 = lookup({0: "55 Points", 1: "15 Points"})
ISODISPLAY2 = lookup({0: "Show ISO Sensitivity", 1: "Show Frame Count"})
MULTI_SELECTOR_SHOOT_MODE2 = lookup(
    {
        0: "Select Center Focus Point (Reset)",
        2: "Preset Focus Point (Pre)",
        3: "Highlight Active Focus Point",
        4: "Not Used (None)",
    }
)
FUNC1_BUTTON = lookup(FUNC1_BUTTON_VALUES)
FLASH_SYNC_SPEED2 = lookup(FLASH_SYNC_SPEED2_VALUES)
FLASH_EXPOSURE_COMP_AREA2 = lookup({0: "Entire Frame", 1: "Background Only"})
AUTO_FLASH_ISOSENSITIVITY = lookup({0: "Subject and Background", 1: "Subject Only"})
MOVIE_FUNC1_BUTTON = lookup(
    {
        0: "None",
        2: "Power Aperture (close)",
        3: "Index Marking",
        4: "View Photo Shooting Info",
        11: "Exposure Compensation -",
    }
)
MOVIE_PREVIEW_BUTTON2 = lookup({**MOVIE_FUNCTION_BUTTON_VALUES, 10: "Exposure Compensation +"})
FUNC1_BUTTON_PLUS_DIALS = lookup(FUNC1_BUTTON_PLUS_DIALS_VALUES)
ASSIGN_MOVIE_RECORD_BUTTON_PLUS_DIALS = lookup(
    {
        0: "None",
        1: "Choose Image Area",
        2: "Shutter Speed & Aperture Lock",
        7: "Photo Shooting Menu Bank",
        11: "Exposure Mode",
    }
)
STORE_BY_ORIENTATION2 = lookup({0: "Off", 1: "Focus Point", 2: "Focus Point and AF-area Mode"})
LIVE_VIEW_BUTTON_OPTIONS = lookup({0: "Enable", 1: "Enable (Standby Timer Active)", 2: "Disable"})
LIMIT_AFAREA_MODE_SELECTION2 = flags(
    {
        0: "Auto-area",
        1: "Group-area",
        2: "3D-tracking",
        3: "Dynamic area (153 points)",
        4: "Dynamic area (72 points)",
        5: "Dynamic area (25 points)",
    },
    {0: "No Restrictions"},
)
VERTICAL_MULTI_SELECTOR = lookup(
    {
        0: "Same as Multi-Selector with Info(U/D) & Playback(R/L)",
        8: "Same as Multi-Selector with Info(R/L) & Playback(U/D)",
        128: "Focus Point Selection",
    },
    hex_unknown=True,
)
ASSIGN_MB_D18_FUNC_BUTTON = lookup(
    {**FUNC1_BUTTON_VALUES, 18: "Reset Focus Point", 23: "Preset Focus Point", 54: "Highlight Active Focus Point"}
)
SUB_SELECTOR = lookup({0: "Focus Point Selection", 1: "Same as MultiSelector"})
SUB_SELECTOR_PLUS_DIALS = lookup(SUB_SELECTOR_PLUS_DIALS_VALUES)
ASSIGN_MOVIE_SUBSELECTOR = lookup(
    {
        0: "None",
        3: "Index Marking",
        4: "View Photo Shooting Info",
        5: "AE/AF Lock",
        6: "AE Lock (Only)",
        7: "AE Lock (Hold)",
        8: "AF Lock (Only)",
    }
)
ASSIGN_MOVIE_FUNC1_BUTTON_PLUS_DIALS = lookup({0: "None", 1: "Choose Image Area"})
SYNC_RELEASE_MODE = lookup({0: "No Sync", 1: "Sync"})
THREE_DTRACKING_WATCH_AREA = lookup({0: "Wide", 1: "Normal"})
SUBJECT_MOTION = lookup({0: "Steady", 1: "Middle", 2: "Erratic"})
SHUTTER_RELEASE_BUTTON_AE_L = lookup({0: "Off", 1: "On (Half Press)", 2: "On (Burst Mode)"})
FUNC2_BUTTON = lookup({0: "None", 15: "My Menu Top Item", 20: "My Menu", 55: "Rating"})
ASSIGN_MOVIE_FUNC2_BUTTON = lookup({0: "None", 3: "Index Marking", 4: "View Photo Shooting Info"})
BEEP3 = lookup(OFF_LOW_HIGH)
TIMER_FUNCTION_BUTTON = lookup(
    {
        0: "Self-timer",
        1: "Release Mode",
        2: "Image Quality/Size",
        3: "ISO",
        4: "White Balance",
        5: "Active D-Lighting",
        6: "+ NEF (RAW)",
        7: "Auto Bracketing",
    }
)
PLAYBACK_MENUS_TIME = lookup({0: "8 s", 1: "12 s", 2: "20 s", 3: "1 min", 4: "10 min"})
AF_CPRIORITY_SELECTION3 = lookup({0: "Release", 1: "Focus"})
AUTO_BRACKET_SET3 = lookup({0: "Exposure", 1: "WB Bracketing", 2: "Active D-Lighting"})
REMOTE_ON_DURATION2 = lookup({0: "1 min", 1: "5 min", 2: "10 min", 3: "20 min"})
NUMBER_OF_FOCUS_POINTS = lookup({0: "39 Points", 1: "11 Points"})
FOCUS_TRACKING_LOCK_ON2 = lookup({0: "Off", 1: "1 Short", 2: "2", 3: "3 Normal", 4: "4", 5: "5 Long"})
EASY_EXPOSURE_COMPENSATION2 = lookup({0: "Off", 1: "On", 2: "On Auto Reset"})
FUNC_BUTTON3 = lookup(
    {
        0: "Grid Display",
        1: "FV Lock",
        2: "Flash Off",
        3: "Matrix Metering",
        4: "Center-weighted Metering",
        5: "Spot Metering",
        6: "My Menu Top",
        7: "+ NEF (RAW)",
        8: "Active D-Lighting",
        9: "Preview",
        10: "AE/AF Lock",
        11: "AE Lock Only",
        12: "AF Lock Only",
        13: "AE Lock (hold)",
        14: "Bracketing Burst",
        15: "Playback",
        16: "1EV Step Speed/Aperture",
        17: "Choose Non-CPU Lens",
        18: "Virtual Horizon",
        19: "Start Movie Recording",
    }
)
FUNC_BUTTON4 = lookup(FUNC_BUTTON4_VALUES)
FUNC_BUTTON_PLUS_DIALS4 = lookup(FUNC_BUTTON_PLUS_DIALS4_VALUES)
IMAGE_REVIEW_MONITOR_OFF_TIME2 = lookup({0: "2 s", 1: "4 s", 2: "10 s", 3: "20 s", 4: "1 min", 5: "5 min", 6: "10 min"})
LIVE_VIEW_MONITOR_OFF_TIME2 = lookup({0: "5 min", 1: "10 min", 2: "15 min", 3: "20 min", 4: "30 min", 5: "No Limit"})
FUNC1_BUTTON2 = lookup(
    {
        **FUNC2_BUTTON_VALUES,
        58: "AF-Area Mode + AF-On (Group Area AF - HL)",
        59: "AF-Area Mode + AF-On (Group Area AF - VL)",
    }
)
LENS_FOCUS_FUNCTION_BUTTONS2 = lookup(
    {
        3: "AE/AF Lock",
        4: "AE Lock Only",
        7: "AF Lock Only",
        8: "AF-On",
        24: "Preset Focus Point",
        26: "Flash Disable/Enable",
        36: "AF-Area Mode (Single)",
        37: "AF-Area Mode (Dynamic Area 25 Points)",
        38: "AF-Area Mode (Dynamic Area 72 Points)",
        39: "AF-Area Mode (Dynamic Area 152 Points)",
        40: "AF-Area Mode (Group Area AF)",
        41: "AF-Area Mode (Auto Area AF)",
        42: "AF-Area Mode + AF-On (Single)",
        43: "AF-Area Mode + AF-On (Dynamic Area 25 Points)",
        44: "AF-Area Mode + AF-On (Dynamic Area 72 Points)",
        45: "AF-Area Mode + AF-On (Dynamic Area 152 Points)",
        46: "AF-Area Mode + AF-On (Group Area AF)",
        47: "AF-Area Mode + AF-On (Auto Area AF)",
        49: "Sync Release (Master Only)",
        50: "Sync Release (Remote Only)",
    }
)
VERTICAL_FUNC_BUTTON = lookup(
    {**FUNC1_BUTTON3_VALUES, 18: "Reset Focus Point", 23: "Preset Focus Point", 54: "Highlight Active Focus Point"}
)
AF_ON_BUTTON = lookup(AF_ON_BUTTON_VALUES)
ASSIGN_MOVIE_PREVIEW_BUTTON_PLUS_DIALS = lookup({0: "None", 1: "Choose Image Area (DX/1.3x)"})
FUNC1_BUTTON3 = lookup(FUNC1_BUTTON3_VALUES)
FUNC1_BUTTON_PLUS_DIALS2 = lookup(FUNC1_BUTTON_PLUS_DIALS2_VALUES)
PLAYBACK_MONITOR_OFF_TIME2 = lookup(
    {
        0: "2 s",
        1: "4 s",
        3: "10 s",
        4: "20 s",
        5: "30 s",
        6: "1 min",
        7: "5 min",
        8: "10 min",
        11: "30 min",
        12: "No Limit",
    }
)
FUNC1_BUTTON4 = lookup(
    {
        0: "None",
        1: "Preview",
        3: "FV Lock",
        4: "AE/AF Lock",
        5: "AE Lock Only",
        6: "AE Lock (reset on release)",
        7: "AE Lock (hold)",
        8: "AF Lock Only",
        9: "AF-On",
        10: "Flash Disable/Enable",
        11: "Bracketing Burst",
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
        30: "Non-CPU Lens",
        31: "Active-D Lighting",
        33: "1 Stop Speed/Aperture",
        34: "White Balance",
        35: "Metering",
        36: "Auto Bracketing",
        37: "Multiple Exposure",
        38: "HDR Overlay",
        39: "Picture Control",
        40: "Quality",
        41: "Focus Mode/AF AreaMode",
        42: "Select Center Focus Point",
        44: "Record Movie",
        47: "Choose Folder",
        48: "Power Aperture (Open)",
        49: "Power Aperture (Close)",
        52: "Microphone Sensitivity",
        57: "Preset Focus Point",
        58: "AE/AWB Lock (hold)",
        59: "AF-AreaMode",
        60: "AF-AreaMode + AF-On",
        61: "Recall Shooting Functions",
        64: "Filtered Playback",
        65: "Same as AF-On",
        66: "Voice Memo",
        70: "Photo Shooting Bank",
        71: "ISO",
        73: "Exposure Compensation",
        76: "Silent Mode",
        78: "LiveView Information",
        79: "AWB Lock (hold)",
        80: "Grid Display",
        81: "Starlight View",
        82: "Select To Send (PC)",
        83: "Select To Send (FTP)",
        84: "Pattern Tone Range",
        85: "Control Lock",
        86: "Save Focus Position",
        87: "Recall Focus Position",
        88: "Recall Shooting Functions (Hold)",
        97: "High Frequency Flicker Reduction",
        98: "Switch FX/DX",
        99: "View Mode (Photo LV)",
        100: "Photo Flicker Reduction",
        101: "Filtered Playback (Select Criteria)",
        103: "Start Series Playback",
        104: "View Assist",
        105: "Hi-Res Zoom+",
        106: "Hi-Res Zoom-",
        108: "Override Other Cameras",
        109: "DISP - Cycle Information Display (shooting)",
        110: "DISP - Cycle Information Display (playback)",
        111: "Resume Shooting",
    }
)


SETTINGS_D40 = {
    "Beep": lookup(ON_OFF),
    "AFAssist": lookup(ON_OFF),
    "NoMemoryCard": NO_MEMORY_CARD,
    "ImageReview": lookup(ON_OFF),
    "AutoISO": lookup(OFF_ON),
    "AutoISOMax": lookup({1: 400, 2: 800, 3: 1600}),
    "AutoISOMinShutterSpeed": lookup(
        {0: "1/125 s", 1: "1/60 s", 2: "1/30 s", 3: "1/15 s", 4: "1/8 s", 5: "1/4 s", 6: "1/2 s", 7: "1 s"}
    ),
    "ImageReviewTime": IMAGE_REVIEW_TIME,
    "MonitorOffTime": IMAGE_REVIEW_TIME,
    "MeteringTime": METERING_TIME,
    "SelfTimerTime": SELF_TIMER_TIME,
    "RemoteOnDuration": REMOTE_ON_DURATION,
    "AELockButton": AELOCK_BUTTON,
    "AELock": lookup(OFF_ON),
    "ShootingModeSetting": lookup(
        {0: "Single Frame", 1: "Continuous", 2: "Self-timer", 3: "Delayed Remote", 4: "Quick-response Remote"}
    ),
    "TimerFunctionButton": lookup(
        {0: "Shooting Mode", 1: "Image Quality/Size", 2: "ISO", 3: "White Balance", 4: "Self-timer"}
    ),
    "Metering": lookup({0: "Matrix", 1: "Center-weighted", 2: "Spot"}),
    "InternalFlash": INTERNAL_FLASH,
    "ManualFlashOutput": full_or_exposure_time,
    "FlashLevel": sprintf("%+.1f"),
    "FocusModeSetting": lookup(FOCUS_MODE_SETTING),
    "AFAreaModeSetting": lookup({0: "Single Area", 1: "Dynamic Area", 2: "Closest Subject"}),
}


SETTINGS_D80 = {
    "Beep": lookup(ON_OFF),
    "AFAssist": lookup(ON_OFF),
    "NoMemoryCard": NO_MEMORY_CARD,
    "ImageReview": lookup(ON_OFF),
    "Illumination": lookup(OFF_ON),
    "MainDialExposureComp": lookup(OFF_ON),
    "EVStepSize": EVSTEP_SIZE,
    "AutoISO": lookup(OFF_ON),
    "AutoISOMax": lookup({0: 200, 1: 400, 2: 800, 3: 1600}),
    "AutoISOMinShutterSpeed": lookup(
        {
            0: "1/125 s",
            1: "1/100 s",
            2: "1/80 s",
            3: "1/60 s",
            4: "1/40 s",
            5: "1/30 s",
            6: "1/15 s",
            7: "1/8 s",
            8: "1/4 s",
            9: "1/2 s",
            10: "1 s",
        }
    ),
    "AutoBracketSet": AUTO_BRACKET_SET,
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "MonitorOffTime": lookup({0: "5 s", 1: "10 s", 2: "20 s", 3: "1 min", 4: "5 min", 5: "10 min"}),
    "MeteringTime": lookup({0: "4 s", 1: "6 s", 2: "8 s", 3: "16 s", 4: "30 s", 5: "30 min"}),
    "SelfTimerTime": SELF_TIMER_TIME,
    "AELockButton": lookup(
        {
            **AELOCK_BUTTON2_VALUES,
            6: "Focus Area Selection",
            7: "AE-L/AF-L/AF Area",
            8: "AE-L/AF Area",
            9: "AF-L/AF Area",
            10: "AF-ON/AF Area",
        }
    ),
    "AELock": lookup(OFF_ON),
    "RemoteOnDuration": REMOTE_ON_DURATION,
    "CommandDials": lookup({0: "Standard (Main Shutter, Sub Aperture)", 1: "Reversed (Main Aperture, Sub Shutter)"}),
    "FunctionButton": lookup(
        {
            0: "ISO Display",
            1: "Framing Grid",
            2: "AF-area Mode",
            3: "Center AF Area",
            4: "FV Lock",
            5: "Flash Off",
            6: "Matrix Metering",
            7: "Center-weighted",
            8: "Spot Metering",
        }
    ),
    "GridDisplay": lookup(OFF_ON),
    "ViewfinderWarning": lookup(ON_OFF),
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE,
    "ExposureDelayMode": lookup(OFF_ON),
    "MB-D80Batteries": lookup(
        {0: "LR6 (AA Alkaline)", 1: "HR6 (AA Ni-MH)", 2: "FR6 (AA Lithium)", 3: "ZR6 (AA Ni-Mg)"}
    ),
    "FlashWarning": lookup(ON_OFF),
    "FlashShutterSpeed": exposure_time,
    "AutoFP": lookup(OFF_ON),
    "ModelingFlash": lookup(OFF_ON),
    "InternalFlash": INTERNAL_FLASH2,
    "ManualFlashOutput": full_or_exposure_time,
    "RepeatingFlashOutput": exposure_time,
    "RepeatingFlashRate": suffix(" Hz"),
    "CommanderInternalFlash": COMMANDER_INTERNAL_FLASH,
    "CommanderGroupAMode": COMMANDER_GROUP_AMODE,
    "CommanderGroupBMode": COMMANDER_GROUP_AMODE,
    "CommanderInternalTTLComp": if_nonzero(sprintf("%+.1f")),
    "CommanderInternalManualOutput": full_or_exposure_time,
    "CommanderGroupA_TTL-AAComp": if_nonzero(sprintf("%+.1f")),
    "CommanderGroupAManualOutput": full_or_exposure_time,
    "CommanderGroupB_TTL-AAComp": if_nonzero(sprintf("%+.1f")),
    "CommanderGroupBManualOutput": full_or_exposure_time,
    "CenterAFArea": CENTER_AFAREA,
    "FocusAreaSelection": FOCUS_AREA_SELECTION,
    "AFAreaIllumination": AFAREA_ILLUMINATION,
    "AFAreaModeSetting": lookup({0: "Single Area", 1: "Dynamic Area", 2: "Auto-area"}),
}


SETTINGS_D90 = {
    "LightSwitch": LIGHT_SWITCH,
    "AFAreaModeSetting": AFAREA_MODE_SETTING,
    "CenterFocusPoint": CENTER_AFAREA,
    "AFAssist": lookup(ON_OFF),
    "AFPointIllumination": AFPOINT_ILLUMINATION,
    "FocusPointWrap": FOCUS_AREA_SELECTION,
    "AELockForMB-D80": lookup(
        {
            0: "AE Lock Only",
            1: "AF Lock Only",
            2: "AE Lock (hold)",
            3: "AF-On",
            4: "FV Lock",
            5: "Focus Point Selection",
            7: "AE/AF Lock",
        }
    ),
    "MB-D80BatteryType": MB_D80_BATTERY_TYPE,
    "Beep": lookup(OFF_ON),
    "GridDisplay": lookup(OFF_ON),
    "ISODisplay": ISODISPLAY,
    "ViewfinderWarning": lookup(ON_OFF),
    "NoMemoryCard": NO_MEMORY_CARD,
    "ScreenTips": lookup(OFF_ON),
    "FileNumberSequence": lookup(ON_OFF),
    "ShootingInfoDisplay": SHOOTING_INFO_DISPLAY,
    "LCDIllumination": lookup(OFF_ON),
    "EasyExposureComp": lookup(OFF_ON),
    "ReverseIndicators": REVERSE_INDICATORS,
    "ExposureControlStepSize": EVSTEP_SIZE,
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE,
    "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
    "CLModeShootingSpeed": suffix(" fps"),
    "ExposureDelayMode": lookup(OFF_ON),
    "AutoBracketSet": AUTO_BRACKET_SET2,
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "FuncButton": lookup(
        {
            1: "Framing Grid",
            2: "AF-area Mode",
            3: "Center Focus Point",
            4: "FV Lock",
            5: "Flash Off",
            6: "Matrix Metering",
            7: "Center-weighted Metering",
            8: "Spot Metering",
            9: "My Menu Top",
            10: "+ NEF (RAW)",
        }
    ),
    "OKButton": lookup(
        {0: "Not Used", 1: "Select Center Focus Point", 2: "Highlight Active Focus Point", 3: "Not Used"}
    ),
    "AELockButton": AELOCK_BUTTON2,
    "CommandDialsReverseRotation": lookup(NO_YES),
    "ShutterReleaseButtonAE-L": lookup(OFF_ON),
    "MeteringTime": lookup(METERING_TIME_VALUES),
    "RemoteOnDuration": REMOTE_ON_DURATION,
    "SelfTimerTime": SELF_TIMER_TIME,
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "ImageReviewTime": PLAYBACK_MONITOR_OFF_TIME,
    "MenuMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "ShootingInfoMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "FlashShutterSpeed": FLASH_SHUTTER_SPEED,
    "InternalFlash": INTERNAL_FLASH2,
    "ManualFlashOutput": full_or_exposure_time,
    "RepeatingFlashOutput": exposure_time,
    "RepeatingFlashRate": suffix(" Hz"),
    "FlashWarning": lookup(ON_OFF),
    "CommanderInternalTTLComp": if_nonzero(sprintf("%+.1f")),
    "ModelingFlash": lookup(ON_OFF),
    "AutoFP": lookup(OFF_ON),
    "CommanderGroupA_TTLComp": if_nonzero(sprintf("%+.1f")),
    "CommanderGroupB_TTLComp": if_nonzero(sprintf("%+.1f")),
    "LiveViewAF": lookup({0: "Face Priority", 1: "Wide Area", 2: "Normal Area"}),
}


SETTINGS_D3_NOT_D3S = {
    "FocusTrackingLockOn": lookup({0: "Long", 1: "Normal", 2: "Short", 3: "Off"}),
    "MultiSelectorPlaybackMode": MULTI_SELECTOR_PLAYBACK_MODE,
}


SETTINGS_D3_D3_SX = {
    "AFPointIllumination": lookup(
        {
            0: "On in Continuous Shooting and Manual Focusing",
            1: "On During Manual Focusing",
            2: "On in Continuous Shooting Modes",
            3: "Off",
        }
    ),
    "AFPointBrightness": AFPOINT_BRIGHTNESS,
    "AFOnButton": lookup(AFON_BUTTON_VALUES),
    "VerticalAFOnButton": lookup({**AFON_BUTTON_VALUES, 7: "Same as AF On"}),
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE2,
    "InitialZoomSetting": lookup({0: "High Magnification", 1: "Medium Magnification", 2: "Low Magnification"}),
    "CHModeShootingSpeed": lookup({0: "9 fps", 1: "10 fps", 2: "11 fps"}),
    "FileNumberSequence": lookup(ON_OFF),
    "RearDisplay": REAR_DISPLAY,
    "ViewfinderDisplay": VIEWFINDER_DISPLAY,
    "PreviewButton": PREVIEW_BUTTON,
    "PreviewButtonPlusDials": PREVIEW_BUTTON_PLUS_DIALS,
    "FuncButton": PREVIEW_BUTTON,
    "FuncButtonPlusDials": lookup({**PREVIEW_BUTTON_PLUS_DIALS_VALUES, 4: "Focus Point Selection"}),
    "AELockButton": lookup({**PREVIEW_BUTTON_VALUES, 14: "AF On"}),
    "AELockButtonPlusDials": PREVIEW_BUTTON_PLUS_DIALS,
    "FlashSyncSpeed": lookup(
        {
            0: "1/250 s (auto FP)",
            1: "1/250 s",
            2: "1/200 s",
            3: "1/160 s",
            4: "1/125 s",
            5: "1/100 s",
            6: "1/80 s",
            7: "1/60 s",
        }
    ),
}


SETTINGS_D3_D300S = {
    "AFAssist": lookup(ON_OFF),
    "AF-OnForMB-D10": AF_ON_FOR_MB_D10,
    "BatteryOrder": BATTERY_ORDER,
    "MB-D10Batteries": MB_D80_BATTERY_TYPE,
    "GridDisplay": lookup(OFF_ON),
    "ViewfinderWarning": lookup(ON_OFF),
}


SETTINGS_D3_D3S = {
    "FocusTrackingLockOn": lookup({0: "5 (Long)", 1: "4", 2: "3 (Normal)", 3: "2", 4: "1 (Short)", 5: "Off"}),
    "AssignBktButton": lookup({0: "Auto Bracketing", 1: "Multiple Exposure"}),
    "MultiSelectorLiveView": lookup({0: "Reset", 1: "Zoom On/Off", 2: "Start Movie Recording", 3: "Not Used"}),
    "InitialZoomLiveView": INITIAL_ZOOM_LIVE_VIEW,
    "MultiSelectorPlaybackMode": lookup({0: "Thumbnail On/Off", 1: "View Histograms", 2: "Zoom On/Off"}),
}


SETTINGS_D3_D3S_D300S = {
    "ScreenTips": lookup(ON_OFF),
}


SETTINGS_D3_NOT_D3S_D300S = {
    "AutoBracketSet": AUTO_BRACKET_SET,
    "AutoBracketModeM": AUTO_BRACKET_MODE_M,
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
}


SETTINGS_D3 = {
    "CustomSettingsBank": CUSTOM_SETTINGS_BANK,
    "CustomSettingsAllDefault": lookup(YES_NO),
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION,
    "AF-SPrioritySelection": AF_SPRIORITY_SELECTION,
    "AFPointSelection": AFPOINT_SELECTION,
    "DynamicAFArea": DYNAMIC_AFAREA,
    "AFActivation": AFACTIVATION,
    "FocusPointWrap": FOCUS_AREA_SELECTION,
    "AFPointIllumination": AFAREA_ILLUMINATION,
    "ISOStepSize": ISOSTEP_SIZE,
    "ExposureControlStepSize": ISOSTEP_SIZE,
    "ExposureCompStepSize": ISOSTEP_SIZE,
    "EasyExposureCompensation": EASY_EXPOSURE_COMPENSATION,
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE3,
    "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
    "MultiSelectorShootMode": MULTI_SELECTOR_SHOOT_MODE,
    "InitialZoomSetting": INITIAL_ZOOM_LIVE_VIEW,
    "MultiSelector": MULTI_SELECTOR,
    "ExposureDelayMode": lookup(OFF_ON),
    "CLModeShootingSpeed": suffix(" fps"),
    "ReverseIndicators": REVERSE_INDICATORS,
    "FileNumberSequence": lookup(ON_OFF),
    "Beep": BEEP,
    "ShootingInfoDisplay": SHOOTING_INFO_DISPLAY2,
    "FuncButton": FUNC_BUTTON,
    "FuncButtonPlusDials": FUNC_BUTTON_PLUS_DIALS,
    "PreviewButton": FUNC_BUTTON,
    "PreviewButtonPlusDials": FUNC_BUTTON_PLUS_DIALS,
    "AELockButton": lookup({**FUNC_BUTTON_VALUES, 8: "AF On"}),
    "AELockButtonPlusDials": lookup(AELOCK_BUTTON_PLUS_DIALS_VALUES),
    "CommandDialsReverseRotation": lookup(NO_YES),
    "CommandDialsChangeMainSub": lookup(OFF_ON),
    "CommandDialsApertureSetting": COMMAND_DIALS_APERTURE_SETTING,
    "CommandDialsMenuAndPlayback": lookup(OFF_ON),
    "LCDIllumination": lookup(OFF_ON),
    "PhotoInfoPlayback": lookup({0: "Info Up-down, Playback Left-right", 1: "Info Left-right, Playback Up-down"}),
    "ShutterReleaseButtonAE-L": lookup(OFF_ON),
    "ReleaseButtonToUseDial": lookup(NO_YES),
    "SelfTimerTime": SELF_TIMER_TIME,
    "MonitorOffTime": lookup({0: "10 s", 1: "20 s", 2: "1 min", 3: "5 min", 4: "10 min"}),
    "FlashSyncSpeed": FLASH_SYNC_SPEED,
    "FlashShutterSpeed": FLASH_SHUTTER_SPEED,
    "AutoBracketSet": lookup({**AUTO_BRACKET_SET_VALUES, 4: "ADL Bracketing"}),
    "AutoBracketModeM": AUTO_BRACKET_MODE_M,
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "ModelingFlash": lookup(ON_OFF),
    "NoMemoryCard": NO_MEMORY_CARD,
    "MeteringTime": METERING_TIME2,
    "InternalFlash": INTERNAL_FLASH2,
    "ImageReviewTime": PLAYBACK_MONITOR_OFF_TIME,
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "MenuMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "ShootingInfoMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
}


SETTINGS_D700 = {
    "CustomSettingsBank": CUSTOM_SETTINGS_BANK,
    "CustomSettingsAllDefault": lookup(YES_NO),
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION,
    "AF-SPrioritySelection": AF_SPRIORITY_SELECTION,
    "AFPointSelection": AFPOINT_SELECTION,
    "DynamicAFArea": DYNAMIC_AFAREA,
    "AFActivation": AFACTIVATION,
    "FocusPointWrap": FOCUS_AREA_SELECTION,
    "AFPointIllumination": AFAREA_ILLUMINATION,
    "AFAssist": lookup(ON_OFF),
    "FocusTrackingLockOn": lookup({0: "3 Normal", 1: "4", 2: "5 Long", 3: "2", 4: "1 Short", 5: "Off"}),
    "AF-OnForMB-D10": AF_ON_FOR_MB_D10,
    "ISOStepSize": ISOSTEP_SIZE,
    "ExposureControlStepSize": ISOSTEP_SIZE,
    "ExposureCompStepSize": ISOSTEP_SIZE,
    "EasyExposureCompensation": EASY_EXPOSURE_COMPENSATION,
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE2,
    "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
    "ShutterReleaseButtonAE-L": lookup(OFF_ON),
    "SelfTimerTime": SELF_TIMER_TIME,
    "MeteringTime": METERING_TIME2,
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "MenuMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "ShootingInfoMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "ImageReviewTime": PLAYBACK_MONITOR_OFF_TIME,
    "Beep": BEEP,
    "ShootingInfoDisplay": SHOOTING_INFO_DISPLAY2,
    "LCDIllumination": lookup(OFF_ON),
    "ExposureDelayMode": lookup(OFF_ON),
    "GridDisplay": lookup(OFF_ON),
    "FileNumberSequence": lookup(ON_OFF),
    "CLModeShootingSpeed": suffix(" fps"),
    "ScreenTips": lookup(ON_OFF),
    "BatteryOrder": BATTERY_ORDER,
    "MB-D10BatteryType": MB_D80_BATTERY_TYPE,
    "FlashSyncSpeed": FLASH_SYNC_SPEED,
    "FlashShutterSpeed": FLASH_SHUTTER_SPEED,
    "FlashControlBuilt-in": INTERNAL_FLASH2,
    "ManualFlashOutput": full_or_exposure_time,
    "RepeatingFlashOutput": exposure_time,
    "RepeatingFlashRate": suffix(" Hz"),
    "CommanderInternalTTLChannel": lookup({0: "1 ch", 1: "2 ch", 2: "3 ch", 3: "4 ch"}),
    "CommanderInternalTTLCompBuiltin": if_nonzero(sprintf("%+.1f")),
    "CommanderInternalTTLCompGroupA": if_nonzero(sprintf("%+.1f")),
    "CommanderInternalTTLCompGroupB": if_nonzero(sprintf("%+.1f")),
    "AutoBracketSet": AUTO_BRACKET_SET,
    "AutoBracketModeM": AUTO_BRACKET_MODE_M,
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "ModelingFlash": lookup(ON_OFF),
    "MultiSelectorShootMode": MULTI_SELECTOR_SHOOT_MODE,
    "MultiSelectorPlaybackMode": MULTI_SELECTOR_PLAYBACK_MODE,
    "InitialZoomSetting": INITIAL_ZOOM_LIVE_VIEW,
    "MultiSelector": MULTI_SELECTOR,
    "FuncButton": lookup(FUNC_BUTTON_VALUES2),
    "PreviewButton": PREVIEW_BUTTON2,
    "AELockButton": PREVIEW_BUTTON2,
    "FuncButtonPlusDials": FUNC_BUTTON_PLUS_DIALS2,
    "PreviewButtonPlusDials": FUNC_BUTTON_PLUS_DIALS2,
    "CommandDialsReverseRotation": lookup(NO_YES),
    "CommandDialsChangeMainSub": lookup(OFF_ON),
    "CommandDialsApertureSetting": COMMAND_DIALS_APERTURE_SETTING,
    "CommandDialsMenuAndPlayback": lookup(OFF_ON),
    "ReverseIndicators": REVERSE_INDICATORS,
    "PhotoInfoPlayback": lookup(OFF_ON),
    "NoMemoryCard": NO_MEMORY_CARD,
    "ReleaseButtonToUseDial": lookup(NO_YES),
}


SETTINGS_D800 = {
    "AutoBracketingSet": AUTO_BRACKET_SET2,
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "AutoBracketingMode": AUTO_BRACKET_MODE_M,
    "FlashSyncSpeed": FLASH_SYNC_SPEED,
    "FlashShutterSpeed": FLASH_SHUTTER_SPEED,
    "FlashControlBuilt-in": INTERNAL_FLASH2,
    "ManualFlashOutput": full_or_exposure_time,
    "RepeatingFlashOutput": exposure_time,
    "RepeatingFlashRate": suffix(" Hz"),
    "CommanderInternalFlash": COMMANDER_INTERNAL_FLASH,
    "CommanderInternalManualOutput": full_or_exposure_time,
    "CommanderGroupAMode": COMMANDER_GROUP_AMODE,
    "CommanderGroupAManualOutput": full_or_exposure_time,
    "CommanderGroupBMode": COMMANDER_GROUP_AMODE,
    "CommanderGroupBManualOutput": full_or_exposure_time,
    "ModelingFlash": lookup(ON_OFF),
    "CommanderInternalTTLComp": if_nonzero(sprintf("%+.1f")),
    "CommanderGroupA_TTL-AAComp": if_nonzero(sprintf("%+.1f")),
    "CommanderGroupB_TTL-AAComp": if_nonzero(sprintf("%+.1f")),
}


HIGH_LOW = lookup({0: "High", 1: "Low"})


SETTINGS_D810 = {
    "LightSwitch": LIGHT_SWITCH,
    "CustomSettingsBank": CUSTOM_SETTINGS_BANK,
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION,
    "AF-SPrioritySelection": AF_SPRIORITY_SELECTION,
    "AFPointSelection": AFPOINT_SELECTION,
    "FocusTrackingLockOn": FOCUS_TRACKING_LOCK_ON,
    "AFActivation": AFACTIVATION,
    "FocusPointWrap": FOCUS_AREA_SELECTION,
    "AFPointBrightness": AFPOINT_ILLUMINATION,
    "AFAssist": lookup(ON_OFF),
    "BatteryOrder": lookup({0: "MB-D12 First", 1: "Camera Battery First"}),
    "MB-D12BatteryType": lookup({0: "LR6 (AA alkaline)", 1: "HR6 (AA Ni-MH)", 2: "FR6 (AA lithium)"}),
    "Pitch": HIGH_LOW,
    "NoMemoryCard": NO_MEMORY_CARD,
    "ISODisplay": ISODISPLAY,
    "GridDisplay": lookup(ON_OFF),
    "ShootingInfoDisplay": lookup({0: "Not Set", 1: "Auto", 2: "Manual (dark on light)", 3: "Manual (light on dark)"}),
    "LCDIllumination": lookup(OFF_ON),
    "ElectronicFront-CurtainShutter": lookup(OFF_ON),
    "ScreenTips": lookup(OFF_ON),
    "Beep": BEEP2,
    "ReverseIndicators": REVERSE_INDICATORS,
    "CommandDialsReverseRotation": COMMAND_DIALS_REVERSE_ROTATION,
    "EasyExposureCompensation": EASY_EXPOSURE_COMPENSATION,
    "ExposureControlStepSize": ISOSTEP_SIZE,
    "ISOStepSize": ISOSTEP_SIZE,
    "ExposureCompStepSize": ISOSTEP_SIZE,
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE2,
    "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
    "MultiSelectorShootMode": lookup(
        {
            0: "Select Center Focus Point (Reset)",
            1: "Highlight Active Focus Point",
            2: "Preset Focus Point (Pre)",
            3: "Not Used (None)",
        }
    ),
    "MultiSelectorPlaybackMode": MULTI_SELECTOR_PLAYBACK_MODE,
    "MultiSelector": MULTI_SELECTOR,
    "ExposureDelayMode": EXPOSURE_DELAY_MODE,
    "CLModeShootingSpeed": suffix(" fps"),
    "AutoBracketSet": AUTO_BRACKET_SET2,
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "AutoBracketModeM": AUTO_BRACKET_MODE_M,
    "FuncButton": FUNC_BUTTON2,
    "PreviewButton": FUNC_BUTTON2,
    "AssignBktButton": ASSIGN_BKT_BUTTON,
    "AELockButton": FUNC_BUTTON2,
    "CommandDialsChangeMainSub": COMMAND_DIALS_CHANGE_MAIN_SUB,
    "CommandDialsMenuAndPlayback": COMMAND_DIALS_MENU_AND_PLAYBACK,
    "CommandDialsApertureSetting": COMMAND_DIALS_APERTURE_SETTING,
    "ShutterReleaseButtonAE-L": lookup(OFF_ON),
    "ReleaseButtonToUseDial": lookup(NO_YES),
    "StandbyTimer": STANDBY_TIMER,
    "SelfTimerTime": SELF_TIMER_TIME,
    "SelfTimerShotInterval": SELF_TIMER_SHOT_INTERVAL,
    "ImageReviewMonitorOffTime": IMAGE_REVIEW_MONITOR_OFF_TIME,
    "LiveViewMonitorOffTime": LIVE_VIEW_MONITOR_OFF_TIME,
    "MenuMonitorOffTime": MENU_MONITOR_OFF_TIME,
    "ShootingInfoMonitorOffTime": MENU_MONITOR_OFF_TIME,
    "FlashSyncSpeed": lookup({**FLASH_SYNC_SPEED2_VALUES, 0: "1/320 s (auto FP)"}),
    "FlashShutterSpeed": FLASH_SHUTTER_SPEED,
    "FlashControlBuilt-in": INTERNAL_FLASH2,
    "ModelingFlash": lookup(ON_OFF),
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "MultiSelectorLiveView": MULTI_SELECTOR_LIVE_VIEW,
    "ShutterSpeedLock": lookup(OFF_ON),
    "ApertureLock": lookup(OFF_ON),
    "MovieShutterButton": MOVIE_SHUTTER_BUTTON,
    "FlashExposureCompArea": FLASH_EXPOSURE_COMP_AREA,
    "MovieAELockButtonAssignment": lookup(
        {
            0: "None",
            3: "Index Marking",
            4: "View Photo Shooting Info",
            5: "AE/AF Lock",
            6: "AE Lock Only",
            7: "AE Lock (hold)",
            8: "AF Lock Only",
        }
    ),
    "MovieFunctionButton": MOVIE_FUNCTION_BUTTON,
    "MoviePreviewButton": MOVIE_PREVIEW_BUTTON,
    "FuncButtonPlusDials": FUNC_BUTTON_PLUS_DIALS3,
    "PreviewButtonPlusDials": FUNC_BUTTON_PLUS_DIALS3,
    "AELockButtonPlusDials": lookup(AELOCK_BUTTON_PLUS_DIALS_VALUES2),
    "AssignMovieRecordButton": lookup(
        {
            0: "None",
            1: "Choose Image Area (FX/DX/5:4)",
            2: "Shutter Speed & Aperture Lock",
            9: "White Balance",
            10: "ISO Sensitivity",
        }
    ),
    "FineTuneOptHighlightWeighted": if_nonzero(sprintf("%+.2f")),
    "DynamicAreaAFDisplay": lookup(OFF_ON),
    "AFPointIllumination": AFPOINT_ILLUMINATION2,
    "StoreByOrientation": STORE_BY_ORIENTATION,
    "GroupAreaAFIllumination": GROUP_AREA_AFILLUMINATION,
    "MatrixMetering": MATRIX_METERING,
    "LiveViewButtonOptions": lookup({0: "Enable", 2: "Disable"}),
    "AFModeRestrictions": AFMODE_RESTRICTIONS,
    "LimitAFAreaModeSelection": LIMIT_AFAREA_MODE_SELECTION,
    "AF-OnForMB-D12": lookup(
        {
            0: "AE/AF Lock",
            1: "AE Lock Only",
            2: "AF Lock Only",
            3: "AE Lock (hold)",
            4: "AE Lock (reset)",
            5: "AF-On",
            6: "FV Lock",
            7: "Same As Fn Button",
        }
    ),
    "AssignRemoteFnButton": ASSIGN_REMOTE_FN_BUTTON,
    "LensFocusFunctionButtons": LENS_FOCUS_FUNCTION_BUTTONS,
}


SETTINGS_D850 = {
    "CustomSettingsBank": CUSTOM_SETTINGS_BANK,
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION2,
    "AF-SPrioritySelection": AF_SPRIORITY_SELECTION,
    "AFPointSelection": AFPOINT_SELECTION2,
    "Three-DTrackingFaceDetection": lookup(OFF_ON),
    "BlockShotAFResponse": lookup({1: "1 (Quick)", 2: "2", 3: "3 (Normal)", 4: "4", 5: "5 (Delay)"}),
    "FocusPointWrap": FOCUS_AREA_SELECTION,
    "AFPointBrightness": AFPOINT_ILLUMINATION,
    "ISODisplay": ISODISPLAY2,
    "GridDisplay": lookup(ON_OFF),
    "LCDIllumination": lookup(OFF_ON),
    "ElectronicFront-CurtainShutter": lookup(OFF_ON),
    "ReverseIndicators": REVERSE_INDICATORS,
    "CommandDialsReverseRotation": COMMAND_DIALS_REVERSE_ROTATION,
    "EasyExposureCompensation": lookup({0: "Off", 1: "On", 2: "On (Auto Reset)"}),
    "ExposureControlStepSize": ISOSTEP_SIZE,
    "ISOStepSize": ISOSTEP_SIZE,
    "ExposureCompStepSize": ISOSTEP_SIZE,
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE2,
    "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
    "MultiSelectorShootMode": MULTI_SELECTOR_SHOOT_MODE2,
    "MultiSelectorPlaybackMode": MULTI_SELECTOR_PLAYBACK_MODE,
    "MultiSelector": MULTI_SELECTOR,
    "ExposureDelayMode": lookup({0: "Off", 1: "0.2 s", 2: "0.5 s", 3: "1 s", 4: "2 s", 5: "3 s"}),
    "CLModeShootingSpeed": suffix(" fps"),
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "AutoBracketModeM": AUTO_BRACKET_MODE_M,
    "Func1Button": FUNC1_BUTTON,
    "PreviewButton": FUNC1_BUTTON,
    "AssignBktButton": ASSIGN_BKT_BUTTON,
    "CommandDialsChangeMainSub": COMMAND_DIALS_CHANGE_MAIN_SUB,
    "CommandDialsMenuAndPlayback": COMMAND_DIALS_MENU_AND_PLAYBACK,
    "CommandDialsApertureSetting": COMMAND_DIALS_APERTURE_SETTING,
    "ReleaseButtonToUseDial": lookup(NO_YES),
    "StandbyTimer": STANDBY_TIMER,
    "SelfTimerTime": SELF_TIMER_TIME,
    "SelfTimerShotInterval": SELF_TIMER_SHOT_INTERVAL,
    "ImageReviewMonitorOffTime": IMAGE_REVIEW_MONITOR_OFF_TIME,
    "LiveViewMonitorOffTime": LIVE_VIEW_MONITOR_OFF_TIME,
    "MenuMonitorOffTime": MENU_MONITOR_OFF_TIME,
    "ShootingInfoMonitorOffTime": MENU_MONITOR_OFF_TIME,
    "FlashSyncSpeed": FLASH_SYNC_SPEED2,
    "FlashShutterSpeed": FLASH_SHUTTER_SPEED,
    "ModelingFlash": lookup(ON_OFF),
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "MultiSelectorLiveView": MULTI_SELECTOR_LIVE_VIEW,
    "ShutterSpeedLock": lookup(OFF_ON),
    "ApertureLock": lookup(OFF_ON),
    "MovieShutterButton": MOVIE_SHUTTER_BUTTON,
    "FlashExposureCompArea": FLASH_EXPOSURE_COMP_AREA2,
    "AutoFlashISOSensitivity": AUTO_FLASH_ISOSENSITIVITY,
    "MovieFunc1Button": MOVIE_FUNC1_BUTTON,
    "MoviePreviewButton": MOVIE_PREVIEW_BUTTON2,
    "Func1ButtonPlusDials": FUNC1_BUTTON_PLUS_DIALS,
    "PreviewButtonPlusDials": FUNC1_BUTTON_PLUS_DIALS,
    "AssignMovieRecordButtonPlusDials": ASSIGN_MOVIE_RECORD_BUTTON_PLUS_DIALS,
    "FineTuneOptHighlightWeighted": if_nonzero(sprintf("%+.2f")),
    "DynamicAreaAFDisplay": lookup(OFF_ON),
    "AFPointIllumination": AFPOINT_ILLUMINATION2,
    "StoreByOrientation": STORE_BY_ORIENTATION2,
    "MatrixMetering": MATRIX_METERING,
    "LiveViewButtonOptions": LIVE_VIEW_BUTTON_OPTIONS,
    "AFModeRestrictions": AFMODE_RESTRICTIONS,
    "LimitAFAreaModeSelection": LIMIT_AFAREA_MODE_SELECTION2,
    "LensFocusFunctionButtons": lookup(
        {
            3: "AE/AF Lock",
            4: "AE Lock Only",
            7: "AF Lock Only",
            8: "AF-On",
            24: "Preset Focus Point",
            26: "Flash Disable/Enable",
            36: "AF-Area Mode (Single)",
            37: "AF-Area Mode (Dynamic Area 25 Points)",
            38: "AF-Area Mode (Dynamic Area 72 Points)",
            39: "AF-Area Mode (Dynamic Area 153 Points)",
            40: "AF-Area Mode (Group Area AF)",
            41: "AF-Area Mode (Auto Area AF)",
            42: "AF-Area Mode + AF-On (Single)",
            43: "AF-Area Mode + AF-On (Dynamic Area 25 Points)",
            44: "AF-Area Mode + AF-On (Dynamic Area 72 Points)",
            45: "AF-Area Mode + AF-On (Dynamic Area 153 Points)",
            46: "AF-Area Mode + AF-On (Group Area AF)",
            47: "AF-Area Mode + AF-On (Auto Area AF)",
            49: "Sync Release (Master Only)",
            50: "Sync Release (Remote Only)",
            56: "AF-Area Mode (Dynamic Area 9 Points)",
            57: "AF-Area Mode + AF-On (Dynamic Area 9 Points)",
        }
    ),
    "VerticalMultiSelector": VERTICAL_MULTI_SELECTOR,
    "AssignMB-D18FuncButton": ASSIGN_MB_D18_FUNC_BUTTON,
    "AssignMB-D18FuncButtonPlusDials": lookup(
        {
            **FUNC1_BUTTON_PLUS_DIALS_VALUES,
            10: "ISO Sensitivity",
            11: "Exposure Mode",
            12: "Exposure Compensation",
            13: "Metering Mode",
        }
    ),
    "AF-OnButton": lookup(AF_ON_BUTTON_VALUES2),
    "SubSelector": SUB_SELECTOR,
    "SubSelectorCenter": ASSIGN_MB_D18_FUNC_BUTTON,
    "SubSelectorPlusDials": SUB_SELECTOR_PLUS_DIALS,
    "AssignMovieSubselector": ASSIGN_MOVIE_SUBSELECTOR,
    "AssignMovieFunc1ButtonPlusDials": ASSIGN_MOVIE_FUNC1_BUTTON_PLUS_DIALS,
    "AssignMoviePreviewButtonPlusDials": ASSIGN_MOVIE_FUNC1_BUTTON_PLUS_DIALS,
    "AssignMovieSubselectorPlusDials": ASSIGN_MOVIE_FUNC1_BUTTON_PLUS_DIALS,
    "SyncReleaseMode": SYNC_RELEASE_MODE,
    "ContinuousModeLiveView": lookup(OFF_ON),
    "Three-DTrackingWatchArea": THREE_DTRACKING_WATCH_AREA,
    "SubjectMotion": SUBJECT_MOTION,
    "AFActivation": AFACTIVATION,
    "ShutterReleaseButtonAE-L": SHUTTER_RELEASE_BUTTON_AE_L,
    "AssignMB-D18AF-OnButton": lookup({**AF_ON_BUTTON_VALUES2, 100: "Same as Camera AF-On Button"}),
    "Func2Button": FUNC2_BUTTON,
    "AssignMovieFunc2Button": ASSIGN_MOVIE_FUNC2_BUTTON,
}


SETTINGS_D5000 = {
    "AFAreaModeSetting": AFAREA_MODE_SETTING,
    "AFAssist": lookup(ON_OFF),
    "Beep": BEEP3,
    "GridDisplay": lookup(ON_OFF),
    "ISODisplay": lookup(ON_OFF),
    "NoMemoryCard": NO_MEMORY_CARD,
    "FileNumberSequence": lookup(ON_OFF),
    "RangeFinder": lookup(OFF_ON),
    "DateImprint": lookup(OFF_ON),
    "ReverseIndicators": REVERSE_INDICATORS,
    "EVStepSize": EVSTEP_SIZE,
    "ExposureDelayMode": lookup(OFF_ON),
    "AutoBracketSet": lookup({0: "Exposure", 1: "Active D-Lighting", 2: "WB Bracketing"}),
    "TimerFunctionButton": TIMER_FUNCTION_BUTTON,
    "AELockButton": AELOCK_BUTTON,
    "ShutterReleaseButtonAE-L": lookup(OFF_ON),
    "CommandDialsReverseRotation": lookup(NO_YES),
    "MeteringTime": METERING_TIME,
    "RemoteOnDuration": REMOTE_ON_DURATION,
    "SelfTimerTime": SELF_TIMER_TIME,
    "ImageReviewTime": IMAGE_REVIEW_TIME,
    "PlaybackMenusTime": PLAYBACK_MENUS_TIME,
    "InternalFlash": INTERNAL_FLASH,
    "ManualFlashOutput": full_or_exposure_time,
    "LiveViewAF": lookup({0: "Face Priority", 1: "Wide Area", 2: "Normal Area", 3: "Subject Tracking"}),
}


SETTINGS_D5100 = {
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION3,
    "AFAssist": lookup(ON_OFF),
    "Beep": BEEP3,
    "NoMemoryCard": NO_MEMORY_CARD,
    "ISODisplay": lookup(ON_OFF),
    "FileNumberSequence": lookup(ON_OFF),
    "RangeFinder": lookup(OFF_ON),
    "ReverseIndicators": REVERSE_INDICATORS,
    "EVStepSize": EVSTEP_SIZE,
    "ExposureDelayMode": lookup(OFF_ON),
    "AutoBracketSet": AUTO_BRACKET_SET3,
    "TimerFunctionButton": TIMER_FUNCTION_BUTTON,
    "AELockButton": AELOCK_BUTTON,
    "ShutterReleaseButtonAE-L": lookup(OFF_ON),
    "CommandDialsReverseRotation": lookup(NO_YES),
    "MeteringTime": METERING_TIME,
    "RemoteOnDuration": REMOTE_ON_DURATION2,
    "SelfTimerTime": SELF_TIMER_TIME,
    "ImageReviewTime": IMAGE_REVIEW_TIME,
    "LiveViewMonitorOffTime": lookup({**LIVE_VIEW_MONITOR_OFF_TIME_VALUES, 0: "3 min"}),
    "PlaybackMenusTime": PLAYBACK_MENUS_TIME,
    "ManualFlashOutput": full_or_exposure_time,
}


SETTINGS_D5200 = {
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION3,
    "NumberOfFocusPoints": NUMBER_OF_FOCUS_POINTS,
    "AFAssist": lookup(ON_OFF),
    "Beep": BEEP3,
    "NoMemoryCard": NO_MEMORY_CARD,
    "ISODisplay": lookup(ON_OFF),
    "FileNumberSequence": lookup(ON_OFF),
    "RangeFinder": lookup(OFF_ON),
    "ReverseExposureCompDial": lookup(NO_YES),
    "ReverseShutterSpeedAperture": lookup(NO_YES),
    "ReverseIndicators": REVERSE_INDICATORS,
    "EVStepSize": EVSTEP_SIZE,
    "ExposureDelayMode": lookup(OFF_ON),
    "AutoBracketSet": AUTO_BRACKET_SET3,
    "FunctionButton": lookup(
        {
            **AELOCK_BUTTON_VALUES2,
            16: "+ NEF (RAW)",
            18: "Active D-Lighting",
            25: "Live View",
            26: "Image Quality",
            27: "ISO",
            28: "White Balance",
            29: "HDR",
            30: "Auto Bracketing",
            31: "AF-area Mode",
        }
    ),
    "AELockButton": lookup(AELOCK_BUTTON_VALUES2),
    "ShutterReleaseButtonAE-L": lookup(OFF_ON),
    "StandbyTimer": METERING_TIME,
    "RemoteOnDuration": REMOTE_ON_DURATION,
    "SelfTimerTime": SELF_TIMER_TIME,
    "ImageReviewTime": lookup({1: "4 s", 2: "8 s", 4: "20 s", 5: "1 min", 7: "10 min"}),
    "LiveViewMonitorOffTime": lookup(LIVE_VIEW_MONITOR_OFF_TIME_VALUES),
    "PlaybackMenusTime": lookup({1: "8 s", 4: "20 s", 5: "1 min", 6: "5 min", 7: "10 min"}),
    "InternalFlash": INTERNAL_FLASH,
    "ManualFlashOutput": full_or_exposure_time,
}


SETTINGS_D7000 = {
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION3,
    "AF-SPrioritySelection": AF_SPRIORITY_SELECTION,
    "NumberOfFocusPoints": NUMBER_OF_FOCUS_POINTS,
    "FocusTrackingLockOn": FOCUS_TRACKING_LOCK_ON2,
    "FocusPointWrap": FOCUS_AREA_SELECTION,
    "AFPointIllumination": AFPOINT_ILLUMINATION,
    "AFAssist": lookup(ON_OFF),
    "BatteryOrder": lookup({0: "MB-D11 First", 1: "Camera Battery First"}),
    "AF-OnForMB-D11": lookup({**AELOCK_BUTTON2_VALUES, 6: "Same as FUNC Button"}),
    "MB-D11BatteryType": lookup({0: "LR6 (AA alkaline)", 1: "Ni-MH (AA Ni-MH)", 2: "FR6 (AA lithium)"}),
    "BeepPitch": BEEP3,
    "NoMemoryCard": NO_MEMORY_CARD,
    "ISODisplay": ISODISPLAY,
    "GridDisplay": lookup(ON_OFF),
    "ViewfinderWarning": lookup(ON_OFF),
    "ShootingInfoDisplay": SHOOTING_INFO_DISPLAY,
    "LCDIllumination": lookup(OFF_ON),
    "FileNumberSequence": lookup(ON_OFF),
    "ScreenTips": lookup(OFF_ON),
    "BeepVolume": lookup({0: "Off", 1: "1", 2: "2", 3: "3"}),
    "ReverseIndicators": REVERSE_INDICATORS,
    "EasyExposureCompensation": EASY_EXPOSURE_COMPENSATION2,
    "ExposureControlStep": EVSTEP_SIZE,
    "ISOSensitivityStep": EVSTEP_SIZE,
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE3,
    "ExposureDelayMode": lookup(OFF_ON),
    "CLModeShootingSpeed": suffix(" fps"),
    "AutoBracketSet": AUTO_BRACKET_SET2,
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "FuncButton": FUNC_BUTTON3,
    "PreviewButton": FUNC_BUTTON3,
    "OKButton": lookup({0: "Off", 1: "Select Center Focus Point", 2: "Highlight Active Focus Point", 3: "Not Used"}),
    "AELockButton": AELOCK_BUTTON2,
    "CommandDialsReverseRotation": lookup(NO_YES),
    "CommandDialsChangeMainSub": lookup({0: "Off", 1: "On", 2: "On (A mode only)"}),
    "CommandDialsApertureSetting": COMMAND_DIALS_APERTURE_SETTING,
    "CommandDialsMenuAndPlayback": lookup({0: "On", 1: "Off", 2: "On (Image Review Exclude)"}),
    "ShutterReleaseButtonAE-L": lookup(OFF_ON),
    "ReleaseButtonToUseDial": lookup(NO_YES),
    "MeteringTime": METERING_TIME2,
    "RemoteOnDuration": REMOTE_ON_DURATION,
    "SelfTimerTime": SELF_TIMER_TIME,
    "SelfTimerInterval": SELF_TIMER_SHOT_INTERVAL,
    "ImageReviewTime": PLAYBACK_MONITOR_OFF_TIME,
    "LiveViewMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "MenuMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "ShootingInfoMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "FlashSyncSpeed": FLASH_SYNC_SPEED,
    "FlashShutterSpeed": FLASH_SHUTTER_SPEED,
    "FlashControlBuilt-in": INTERNAL_FLASH2,
    "ManualFlashOutput": full_or_exposure_time,
    "RepeatingFlashOutput": exposure_time,
    "RepeatingFlashRate": suffix(" Hz"),
    "CommanderInternalTTLCompBuiltin": if_nonzero(sprintf("%+.1f")),
    "CommanderInternalTTLCompGroupA": if_nonzero(sprintf("%+.1f")),
    "CommanderInternalTTLCompGroupB": if_nonzero(sprintf("%+.1f")),
    "FlashWarning": lookup(ON_OFF),
    "ModelingFlash": lookup(ON_OFF),
    "LiveViewAFAreaMode": lookup({0: "Face-Priority", 1: "NormalArea", 2: "WideArea", 3: "SubjectTracking"}),
    "LiveViewAFMode": lookup({0: "AF-C", 1: "AF-F"}),
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
}


SETTINGS_D4_D4S = {
    "MatrixMetering": MATRIX_METERING,
    "LiveViewButtonOptions": lookup({0: "Enable", 1: "Enable (standby time active)", 2: "Disable"}),
    "AFModeRestrictions": lookup({0: "Off", 1: "AF-C", 2: "AF-S"}),
    "LimitAFAreaModeSelection": LIMIT_AFAREA_MODE_SELECTION,
    "AssignRemoteFnButton": ASSIGN_REMOTE_FN_BUTTON,
    "LensFocusFunctionButtons": LENS_FOCUS_FUNCTION_BUTTONS,
}


SETTINGS_D4 = {
    "CustomSettingsBank": CUSTOM_SETTINGS_BANK,
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION2,
    "AF-SPrioritySelection": AF_SPRIORITY_SELECTION,
    "AFPointSelection": AFPOINT_SELECTION,
    "FocusTrackingLockOn": FOCUS_TRACKING_LOCK_ON,
    "AFActivation": AFACTIVATION,
    "FocusPointWrap": FOCUS_AREA_SELECTION,
    "Pitch": HIGH_LOW,
    "NoMemoryCard": NO_MEMORY_CARD,
    "GridDisplay": lookup(ON_OFF),
    "ShootingInfoDisplay": lookup({1: "Auto", 2: "Manual (dark on light)", 3: "Manual (light on dark)"}),
    "LCDIllumination": lookup(OFF_ON),
    "ScreenTips": lookup(OFF_ON),
    "Beep": BEEP2,
    "ReverseIndicators": REVERSE_INDICATORS,
    "RearDisplay": REAR_DISPLAY,
    "ViewfinderDisplay": VIEWFINDER_DISPLAY,
    "CommandDialsReverseRotation": COMMAND_DIALS_REVERSE_ROTATION,
    "EasyExposureCompensation": EASY_EXPOSURE_COMPENSATION,
    "ExposureControlStepSize": ISOSTEP_SIZE,
    "ISOStepSize": ISOSTEP_SIZE,
    "ExposureCompStepSize": ISOSTEP_SIZE,
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE2,
    "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
    "MultiSelectorShootMode": lookup(
        {0: "Select Center Focus Point (Reset)", 2: "Preset Focus Point (Pre)", 3: "Not Used (None)"}
    ),
    "MultiSelectorPlaybackMode": MULTI_SELECTOR_PLAYBACK_MODE,
    "MultiSelector": MULTI_SELECTOR,
    "ExposureDelayMode": EXPOSURE_DELAY_MODE,
    "CHModeShootingSpeed": lookup({0: "10 fps", 1: "11 fps"}),
    "CLModeShootingSpeed": suffix(" fps"),
    "AutoBracketSet": AUTO_BRACKET_SET2,
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "AutoBracketModeM": AUTO_BRACKET_MODE_M,
    "FuncButton": FUNC_BUTTON4,
    "FuncButtonPlusDials": FUNC_BUTTON_PLUS_DIALS4,
    "PreviewButton": FUNC_BUTTON4,
    "PreviewButtonPlusDials": FUNC_BUTTON_PLUS_DIALS4,
    "AssignBktButton": ASSIGN_BKT_BUTTON,
    "CommandDialsChangeMainSub": COMMAND_DIALS_CHANGE_MAIN_SUB,
    "CommandDialsMenuAndPlayback": COMMAND_DIALS_MENU_AND_PLAYBACK,
    "CommandDialsApertureSetting": COMMAND_DIALS_APERTURE_SETTING,
    "ShutterReleaseButtonAE-L": lookup(OFF_ON),
    "ReleaseButtonToUseDial": lookup(NO_YES),
    "StandbyTimer": lookup(STANDBY_TIMER_VALUES),
    "SelfTimerTime": SELF_TIMER_TIME,
    "SelfTimerShotInterval": SELF_TIMER_SHOT_INTERVAL,
    "ImageReviewMonitorOffTime": IMAGE_REVIEW_MONITOR_OFF_TIME2,
    "LiveViewMonitorOffTime": LIVE_VIEW_MONITOR_OFF_TIME2,
    "MenuMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "ShootingInfoMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "FlashSyncSpeed": lookup(FLASH_SYNC_SPEED_VALUES),
    "FlashShutterSpeed": FLASH_SHUTTER_SPEED,
    "ModelingFlash": lookup(ON_OFF),
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "PlaybackZoom": lookup({0: "Use Separate Zoom Buttons", 1: "Use Either Zoom Button with Command Dial"}),
    "ShutterSpeedLock": lookup(OFF_ON),
    "ApertureLock": lookup(OFF_ON),
    "MovieShutterButton": lookup({0: "Take Photo", 1: "Record Movies", 2: "Live Frame Grab"}),
    "FlashExposureCompArea": FLASH_EXPOSURE_COMP_AREA,
    "MovieFunctionButton": MOVIE_FUNCTION_BUTTON,
    "MoviePreviewButton": MOVIE_PREVIEW_BUTTON,
    "VerticalMultiSelector": lookup(
        {
            0: "Same as Multi-Selector with Info(U/D) & Playback(R/L)",
            1: "Same as Multi-Selector with Info(R/L) & Playback(U/D)",
            2: "Focus Point Selection",
        }
    ),
    "VerticalFuncButton": lookup(VERTICAL_FUNC_BUTTON_VALUES),
    "VerticalFuncButtonPlusDials": lookup(
        {
            **FUNC_BUTTON_PLUS_DIALS4_VALUES,
            7: "ISO Sensitivity",
            8: "Exposure Mode",
            9: "Exposure Compensation",
            10: "Metering",
        }
    ),
    "AssignMovieRecordButton": lookup(
        {
            0: "None",
            1: "Choose Image Area (FX/DX/5:4)",
            2: "Shutter Speed & Aperture Lock",
            3: "ISO Sensitivity",
            4: "Shooting Bank Menu",
        }
    ),
    "DynamicAreaAFDisplay": lookup(OFF_ON),
    "AFPointIllumination": lookup(
        {
            0: "Off",
            1: "On in Continuous Shooting Modes",
            2: "On During Manual Focusing",
            3: "On in Continuous Shooting and Manual Focusing",
        }
    ),
    "StoreByOrientation": STORE_BY_ORIENTATION,
    "GroupAreaAFIllumination": GROUP_AREA_AFILLUMINATION,
    "AFPointBrightness": AFPOINT_BRIGHTNESS,
    "AFOnButton": lookup({**AFON_BUTTON_VALUES, 6: "None"}),
    "VerticalAFOnButton": lookup(
        {
            0: "Same as AF On",
            1: "AF On",
            2: "AE/AF Lock",
            3: "AE Lock Only",
            4: "AE Lock (reset on release)",
            5: "AE Lock (hold)",
            6: "AF Lock Only",
            7: "None",
        }
    ),
    "SubSelectorAssignment": lookup({0: "Focus Point Selection", 1: "Same As Multi-selector"}),
    "MovieSubSelectorAssignment": lookup(
        {
            0: "None",
            1: "Index Marking",
            2: "AE/AF Lock",
            3: "AE Lock Only",
            4: "AE Lock (hold)",
            5: "AF Lock Only",
            6: "View Photo Shooting Info",
        }
    ),
    "SubSelector": lookup({**FUNC_BUTTON4_VALUES, 19: "Reset", 23: "Preview"}),
    "SubSelectorPlusDials": lookup(SUB_SELECTOR_PLUS_DIALS_VALUES2),
    "MovieFunctionButtonPlusDials": ASSIGN_MOVIE_FUNC1_BUTTON_PLUS_DIALS,
    "MoviePreviewButtonPlusDials": ASSIGN_MOVIE_FUNC1_BUTTON_PLUS_DIALS,
    "MovieSubSelectorAssignmentPlusDials": ASSIGN_MOVIE_FUNC1_BUTTON_PLUS_DIALS,
}


SETTINGS_D610 = {
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION3,
    "AF-SPrioritySelection": AF_CPRIORITY_SELECTION3,
    "NumberOfFocusPoints": NUMBER_OF_FOCUS_POINTS,
    "FocusTrackingLockOn": FOCUS_TRACKING_LOCK_ON2,
    "FocusPointWrap": FOCUS_AREA_SELECTION,
    "AFPointIllumination": AFPOINT_ILLUMINATION,
    "AFAssist": lookup(ON_OFF),
    "EasyExposureCompensation": EASY_EXPOSURE_COMPENSATION2,
    "ExposureControlStep": EVSTEP_SIZE,
    "ISOSensitivityStep": EVSTEP_SIZE,
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE2,
    "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
    "ShutterReleaseButtonAE-L": lookup(OFF_ON),
    "StandbyTimer": lookup(
        {0: "4 s", 1: "6 s", 2: "10 s", 3: "30 s", 4: "1 min", 5: "5 min", 6: "10 min", 7: "30 min", 8: "No Limit"}
    ),
    "RemoteOnDuration": REMOTE_ON_DURATION2,
    "SelfTimerTime": SELF_TIMER_TIME,
    "SelfTimerShotInterval": SELF_TIMER_SHOT_INTERVAL,
    "ImageReviewMonitorOffTime": IMAGE_REVIEW_MONITOR_OFF_TIME2,
    "LiveViewMonitorOffTime": LIVE_VIEW_MONITOR_OFF_TIME2,
    "MenuMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "ShootingInfoMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
}


SETTINGS_D5 = {
    "CustomSettingsBank": CUSTOM_SETTINGS_BANK,
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION2,
    "AF-SPrioritySelection": AF_SPRIORITY_SELECTION,
    "NumberOfFocusPoints": AFPOINT_SELECTION2,
    "Three-DTrackingFaceDetection": lookup(OFF_ON),
    "FocusPointWrap": FOCUS_AREA_SELECTION,
    "AFPointBrightness": AFPOINT_ILLUMINATION,
    "ISODisplay": ISODISPLAY2,
    "GridDisplay": lookup(ON_OFF),
    "LCDIllumination": lookup(OFF_ON),
    "ElectronicFront-CurtainShutter": lookup(OFF_ON),
    "ReverseIndicators": REVERSE_INDICATORS,
    "CommandDialsReverseRotation": COMMAND_DIALS_REVERSE_ROTATION,
    "EasyExposureCompensation": EASY_EXPOSURE_COMPENSATION,
    "ExposureControlStepSize": ISOSTEP_SIZE,
    "ISOStepSize": ISOSTEP_SIZE,
    "ExposureCompStepSize": ISOSTEP_SIZE,
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE2,
    "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
    "MultiSelectorShootMode": lookup(
        {0: "Select Center Focus Point (Reset)", 1: "Zoom On/Off", 2: "Preset Focus Point (Pre)", 4: "Not Used (None)"}
    ),
    "MultiSelector": MULTI_SELECTOR,
    "ExposureDelayMode": EXPOSURE_DELAY_MODE,
    "CLModeShootingSpeed": suffix(" fps"),
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "AutoBracketModeM": AUTO_BRACKET_MODE_M,
    "Func1Button": FUNC1_BUTTON2,
    "PreviewButton": FUNC1_BUTTON2,
    "AssignBktButton": ASSIGN_BKT_BUTTON,
    "CommandDialsChangeMainSub": COMMAND_DIALS_CHANGE_MAIN_SUB,
    "CommandDialsMenuAndPlayback": COMMAND_DIALS_MENU_AND_PLAYBACK,
    "CommandDialsApertureSetting": COMMAND_DIALS_APERTURE_SETTING,
    "ReleaseButtonToUseDial": lookup(NO_YES),
    "StandbyTimer": STANDBY_TIMER,
    "SelfTimerTime": SELF_TIMER_TIME,
    "SelfTimerShotInterval": SELF_TIMER_SHOT_INTERVAL,
    "ImageReviewMonitorOffTime": IMAGE_REVIEW_MONITOR_OFF_TIME,
    "LiveViewMonitorOffTime": LIVE_VIEW_MONITOR_OFF_TIME,
    "MenuMonitorOffTime": MENU_MONITOR_OFF_TIME,
    "ShootingInfoMonitorOffTime": MENU_MONITOR_OFF_TIME,
    "FlashSyncSpeed": FLASH_SYNC_SPEED2,
    "FlashShutterSpeed": FLASH_SHUTTER_SPEED,
    "ModelingFlash": lookup(ON_OFF),
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "MultiSelectorLiveView": MULTI_SELECTOR_LIVE_VIEW,
    "ShutterSpeedLock": lookup(OFF_ON),
    "ApertureLock": lookup(OFF_ON),
    "MovieShutterButton": MOVIE_SHUTTER_BUTTON,
    "FlashExposureCompArea": FLASH_EXPOSURE_COMP_AREA2,
    "AutoFlashISOSensitivity": AUTO_FLASH_ISOSENSITIVITY,
    "MovieFunc1Button": MOVIE_FUNC1_BUTTON,
    "MoviePreviewButton": MOVIE_PREVIEW_BUTTON2,
    "Func1ButtonPlusDials": FUNC1_BUTTON_PLUS_DIALS,
    "PreviewButtonPlusDials": FUNC1_BUTTON_PLUS_DIALS,
    "AssignMovieRecordButtonPlusDials": ASSIGN_MOVIE_RECORD_BUTTON_PLUS_DIALS,
    "FineTuneOptHighlightWeighted": if_nonzero(sprintf("%+.2f")),
    "DynamicAreaAFDisplay": lookup(OFF_ON),
    "AFPointIllumination": AFPOINT_ILLUMINATION2,
    "StoreByOrientation": STORE_BY_ORIENTATION2,
    "MatrixMetering": MATRIX_METERING,
    "LiveViewButtonOptions": LIVE_VIEW_BUTTON_OPTIONS,
    "AFModeRestrictions": AFMODE_RESTRICTIONS,
    "LimitAFAreaModeSelection": LIMIT_AFAREA_MODE_SELECTION2,
    "LensFocusFunctionButtons": LENS_FOCUS_FUNCTION_BUTTONS2,
    "VerticalMultiSelector": VERTICAL_MULTI_SELECTOR,
    "VerticalFuncButton": VERTICAL_FUNC_BUTTON,
    "VerticalFuncPlusDials": lookup(
        {
            **FUNC1_BUTTON_PLUS_DIALS_VALUES,
            10: "ISO Sensitivity",
            11: "Exposure Mode",
            12: "Exposure Compensation",
            13: "Metering",
        }
    ),
    "AF-OnButton": AF_ON_BUTTON,
    "SubSelector": SUB_SELECTOR,
    "SubSelectorCenter": VERTICAL_FUNC_BUTTON,
    "SubSelectorPlusDials": SUB_SELECTOR_PLUS_DIALS,
    "AssignMovieSubselector": ASSIGN_MOVIE_SUBSELECTOR,
    "AssignMovieFunc1ButtonPlusDials": ASSIGN_MOVIE_FUNC1_BUTTON_PLUS_DIALS,
    "AssignMoviePreviewButtonPlusDials": ASSIGN_MOVIE_PREVIEW_BUTTON_PLUS_DIALS,
    "AssignMovieSubselectorPlusDials": ASSIGN_MOVIE_FUNC1_BUTTON_PLUS_DIALS,
    "SyncReleaseMode": SYNC_RELEASE_MODE,
    "Three-DTrackingWatchArea": THREE_DTRACKING_WATCH_AREA,
    "SubjectMotion": SUBJECT_MOTION,
    "AFActivation": AFACTIVATION,
    "ShutterReleaseButtonAE-L": SHUTTER_RELEASE_BUTTON_AE_L,
    "VerticalAFOnButton": lookup({**AF_ON_BUTTON_VALUES, 100: "Same as AF-On"}),
    "Func2Button": lookup(FUNC2_BUTTON_VALUES),
    "Func2ButtonPlusDials": FUNC1_BUTTON_PLUS_DIALS,
    "AssignMovieFunc2Button": ASSIGN_MOVIE_FUNC2_BUTTON,
    "Func3Button": lookup({0: "None", 1: "Voice Memo", 2: "Rating", 3: "Connect To Network"}),
}


SETTINGS_D500 = {
    "CustomSettingsBank": CUSTOM_SETTINGS_BANK,
    "AF-CPrioritySelection": AF_CPRIORITY_SELECTION2,
    "AF-SPrioritySelection": AF_SPRIORITY_SELECTION,
    "NumberOfFocusPoints": AFPOINT_SELECTION2,
    "Three-DTrackingFaceDetection": lookup(OFF_ON),
    "FocusPointWrap": FOCUS_AREA_SELECTION,
    "AFPointBrightness": AFPOINT_ILLUMINATION,
    "ISODisplay": ISODISPLAY2,
    "GridDisplay": lookup(ON_OFF),
    "LCDIllumination": lookup(OFF_ON),
    "ElectronicFront-CurtainShutter": lookup(OFF_ON),
    "ReverseIndicators": REVERSE_INDICATORS,
    "CommandDialsReverseRotation": COMMAND_DIALS_REVERSE_ROTATION,
    "EasyExposureCompensation": EASY_EXPOSURE_COMPENSATION,
    "ExposureControlStepSize": ISOSTEP_SIZE,
    "ISOStepSize": ISOSTEP_SIZE,
    "ExposureCompStepSize": ISOSTEP_SIZE,
    "CenterWeightedAreaSize": CENTER_WEIGHTED_AREA_SIZE3,
    "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
    "MultiSelectorShootMode": MULTI_SELECTOR_SHOOT_MODE2,
    "MultiSelectorPlaybackMode": MULTI_SELECTOR_PLAYBACK_MODE,
    "MultiSelector": MULTI_SELECTOR,
    "ExposureDelayMode": EXPOSURE_DELAY_MODE,
    "CLModeShootingSpeed": suffix(" fps"),
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "AutoBracketModeM": AUTO_BRACKET_MODE_M,
    "Func1Button": FUNC1_BUTTON3,
    "PreviewButton": FUNC1_BUTTON3,
    "AssignBktButton": ASSIGN_BKT_BUTTON,
    "CommandDialsChangeMainSub": COMMAND_DIALS_CHANGE_MAIN_SUB,
    "CommandDialsMenuAndPlayback": COMMAND_DIALS_MENU_AND_PLAYBACK,
    "CommandDialsApertureSetting": COMMAND_DIALS_APERTURE_SETTING,
    "ReleaseButtonToUseDial": lookup(NO_YES),
    "StandbyTimer": STANDBY_TIMER,
    "SelfTimerTime": SELF_TIMER_TIME,
    "SelfTimerShotInterval": SELF_TIMER_SHOT_INTERVAL,
    "ImageReviewMonitorOffTime": IMAGE_REVIEW_MONITOR_OFF_TIME,
    "LiveViewMonitorOffTime": LIVE_VIEW_MONITOR_OFF_TIME,
    "MenuMonitorOffTime": MENU_MONITOR_OFF_TIME,
    "ShootingInfoMonitorOffTime": MENU_MONITOR_OFF_TIME,
    "FlashSyncSpeed": FLASH_SYNC_SPEED2,
    "FlashShutterSpeed": FLASH_SHUTTER_SPEED,
    "ModelingFlash": lookup(ON_OFF),
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME,
    "MultiSelectorLiveView": MULTI_SELECTOR_LIVE_VIEW,
    "ShutterSpeedLock": lookup(OFF_ON),
    "ApertureLock": lookup(OFF_ON),
    "MovieShutterButton": MOVIE_SHUTTER_BUTTON,
    "FlashExposureCompArea": FLASH_EXPOSURE_COMP_AREA2,
    "AutoFlashISOSensitivity": AUTO_FLASH_ISOSENSITIVITY,
    "MovieFunc1Button": MOVIE_FUNC1_BUTTON,
    "MoviePreviewButton": MOVIE_PREVIEW_BUTTON2,
    "Func1ButtonPlusDials": FUNC1_BUTTON_PLUS_DIALS2,
    "PreviewButtonPlusDials": FUNC1_BUTTON_PLUS_DIALS2,
    "AssignMovieRecordButtonPlusDials": lookup(
        {
            0: "None",
            1: "Choose Image Area (DX/1.3x)",
            2: "Shutter Speed & Aperture Lock",
            7: "Photo Shooting Menu Bank",
            11: "Exposure Mode",
        }
    ),
    "FineTuneOptHighlightWeighted": if_nonzero(sprintf("%+.2f")),
    "DynamicAreaAFDisplay": lookup(OFF_ON),
    "AFPointIllumination": AFPOINT_ILLUMINATION2,
    "StoreByOrientation": STORE_BY_ORIENTATION2,
    "GroupAreaAFIllumination": GROUP_AREA_AFILLUMINATION,
    "MatrixMetering": MATRIX_METERING,
    "LiveViewButtonOptions": LIVE_VIEW_BUTTON_OPTIONS,
    "AFModeRestrictions": AFMODE_RESTRICTIONS,
    "LimitAFAreaModeSelection": LIMIT_AFAREA_MODE_SELECTION2,
    "LensFocusFunctionButtons": LENS_FOCUS_FUNCTION_BUTTONS2,
    "VerticalMultiSelector": VERTICAL_MULTI_SELECTOR,
    "AssignMB-D17FuncButton": VERTICAL_FUNC_BUTTON,
    "AssignMB-D17FuncButtonPlusDials": lookup(
        {
            **FUNC1_BUTTON_PLUS_DIALS2_VALUES,
            10: "ISO Sensitivity",
            11: "Exposure Mode",
            12: "Exposure Compensation",
            13: "Metering Mode",
        }
    ),
    "AF-OnButton": AF_ON_BUTTON,
    "SubSelector": SUB_SELECTOR,
    "SubSelectorCenter": VERTICAL_FUNC_BUTTON,
    "SubSelectorPlusDials": lookup(SUB_SELECTOR_PLUS_DIALS_VALUES3),
    "AssignMovieSubselector": ASSIGN_MOVIE_SUBSELECTOR,
    "AssignMovieFunc1ButtonPlusDials": ASSIGN_MOVIE_PREVIEW_BUTTON_PLUS_DIALS,
    "AssignMoviePreviewButtonPlusDials": ASSIGN_MOVIE_PREVIEW_BUTTON_PLUS_DIALS,
    "AssignMovieSubselectorPlusDials": ASSIGN_MOVIE_PREVIEW_BUTTON_PLUS_DIALS,
    "SyncReleaseMode": SYNC_RELEASE_MODE,
    "Three-DTrackingWatchArea": THREE_DTRACKING_WATCH_AREA,
    "SubjectMotion": SUBJECT_MOTION,
    "AFActivation": AFACTIVATION,
    "ShutterReleaseButtonAE-L": SHUTTER_RELEASE_BUTTON_AE_L,
    "AssignMB-D17AF-OnButton": lookup({**AF_ON_BUTTON_VALUES, 100: "Same as Camera AF-On Button"}),
    "Func2Button": FUNC2_BUTTON,
    "AssignMovieFunc2Button": ASSIGN_MOVIE_FUNC2_BUTTON,
}


SETTINGS_Z9 = {
    "CustomSettingsBank": CUSTOM_SETTINGS_BANK,
    "AF-CPrioritySelection": lookup({0: "Release", 1: "Release + Focus", 3: "Focus"}),
    "AF-SPrioritySelection": AF_CPRIORITY_SELECTION3,
    "BlockShotAFResponse": lookup({1: "1 (Quick)", 2: "2", 3: "3 (Normal)", 4: "4", 5: "5 (Delayed)"}),
    "AFPointSel": lookup({0: "Use All", 1: "Use Half"}),
    "StoreByOrientation": STORE_BY_ORIENTATION,
    "AFActivation": lookup({0: "AF-On Only", 1: "Shutter/AF-On"}),
    "AF-AssistIlluminator": lookup(OFF_ON),
    "ManualFocusRingInAFMode": lookup(OFF_ON),
    "ExposureControlStepSize": ISOSTEP_SIZE,
    "EasyExposureCompensation": EASY_EXPOSURE_COMPENSATION,
    "CenterWeightedAreaSize": lookup({0: "8 mm", 1: "12 mm", 4: "Average"}),
    "FineTuneOptMatrixMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptCenterWeighted": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptSpotMetering": if_nonzero(sprintf("%+.2f")),
    "FineTuneOptHighlightWeighted": if_nonzero(sprintf("%+.2f")),
    "ShutterReleaseButtonAE-L": SHUTTER_RELEASE_BUTTON_AE_L,
    "SelfTimerTime": SELF_TIMER_TIME,
    "SelfTimerShotInterval": SELF_TIMER_SHOT_INTERVAL,
    "PlaybackMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME2,
    "MenuMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME2,
    "ShootingInfoMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME2,
    "ImageReviewMonitorOffTime": PLAYBACK_MONITOR_OFF_TIME2,
    "CLModeShootingSpeed": suffix(" fps"),
    "FileNumberSequence": lookup(OFF_ON),
    "ContinuousModeDisplay": lookup(OFF_ON),
    "FlashSyncSpeed": lookup(
        {0: "1/60 s", 1: "1/80 s", 2: "1/100 s", 3: "1/125 s", 4: "1/160 s", 5: "1/200 s", 6: "1/250 s"}
    ),
    "HighSpeedSync": lookup(OFF_ON),
    "FlashShutterSpeed": lookup(
        {
            0: "1 s",
            1: "1/2 s",
            2: "1/4 s",
            3: "1/8 s",
            4: "1/15 s",
            5: "1/30 s",
            6: "1/60 s",
            7: "30 s",
            8: "15 s",
            9: "8 s",
            10: "4 s",
            11: "2 s",
        }
    ),
    "FlashExposureCompArea": FLASH_EXPOSURE_COMP_AREA2,
    "AutoFlashISOSensitivity": AUTO_FLASH_ISOSENSITIVITY,
    "ModelingFlash": lookup(OFF_ON),
    "AutoBracketModeM": lookup({**AUTO_BRACKET_MODE_M_VALUES, 4: "Flash/ISO"}),
    "AutoBracketOrder": AUTO_BRACKET_ORDER,
    "Func1Button": FUNC1_BUTTON4,
    "Func2Button": FUNC1_BUTTON4,
    "AFOnButton": FUNC1_BUTTON4,
    "LensFunc1Button": FUNC1_BUTTON4,
    "LensFunc2Button": FUNC1_BUTTON4,
    "LensControlRing": lookup(
        {0: "None (Disabled)", 1: "Focus (M/A)", 2: "ISO Sensitivity", 3: "Exposure Compensation", 4: "Aperture"}
    ),
    "MultiSelectorShootMode": FUNC1_BUTTON4,
    "MultiSelectorPlaybackMode": FUNC1_BUTTON4,
    "ShutterSpeedLock": lookup(OFF_ON),
    "ApertureLock": lookup(OFF_ON),
    "CmdDialsReverseRotation": lookup({0: "No", 1: "Shutter Speed & Aperture"}),
    "MovieFunc1Button": FUNC1_BUTTON4,
    "MovieFunc2Button": FUNC1_BUTTON4,
    "MovieAF-OnButton": FUNC1_BUTTON4,
    "MovieLensControlRing": lookup(
        {0: "None (Disabled)", 2: "ISO Sensitivity", 3: "Exposure Compensation", 4: "Power Aperture", 5: "Hi-Res Zoom"}
    ),
    "MovieAFSpeedApply": lookup({0: "Always", 1: "Only During Recording"}),
    "MovieAFTrackingSensitivity": lookup(
        {0: "1 (High)", 1: "2", 2: "3", 3: "4 (Normal)", 4: "5", 5: "6", 6: "7 (Low)"}
    ),
    "ExtendedShutterSpeeds": lookup(OFF_ON),
    "SubjectMotion": lookup({0: "Erratic", 1: "Steady"}),
    "FocusPointPersistence": lookup(AUTO_OFF),
    "CHModeShootingSpeed": suffix(" fps"),
    "VerticalFuncButton": FUNC1_BUTTON4,
    "Func3Button": FUNC1_BUTTON4,
    "VerticalAFOnButton": FUNC1_BUTTON4,
    "MovieFunc3Button": FUNC1_BUTTON4,
    "ISOStepSize": ISOSTEP_SIZE,
    "ReverseFocusRing": lookup({0: "Not Reversed", 1: "Reversed"}),
    "ControlRingResponse": HIGH_LOW,
    "AF-CFocusDisplay": lookup(OFF_ON),
    "KeepExposure": lookup({0: "Off", 1: "Shutter Speed", 2: "ISO"}),
}


SOURCES = (
    Source("NikonCustom::SettingsD40", SHOT_INFO_D40, SETTINGS_D40),
    Source("NikonCustom::SettingsD80", SHOT_INFO_D80, SETTINGS_D80),
    Source("NikonCustom::SettingsD90", SHOT_INFO_D90, SETTINGS_D90),
    Source("NikonCustom::SettingsD3", all_of(SHOT_INFO_D3, model(r"^(?!.*(?:D3S\b))")), SETTINGS_D3_NOT_D3S),
    Source("NikonCustom::SettingsD3", all_of(SHOT_INFO_D3, model(r"D3[SX]?\b")), SETTINGS_D3_D3_SX),
    Source("NikonCustom::SettingsD3", all_of(SHOT_INFO_D3, model(r"D300S?\b")), SETTINGS_D3_D300S),
    Source("NikonCustom::SettingsD3", all_of(SHOT_INFO_D3, model(r"D3S\b")), SETTINGS_D3_D3S),
    Source("NikonCustom::SettingsD3", all_of(SHOT_INFO_D3, model(r"(D3S|D300S)\b")), SETTINGS_D3_D3S_D300S),
    Source(
        "NikonCustom::SettingsD3", all_of(SHOT_INFO_D3, model(r"^(?!.*(?:(D3S|D300S)\b))")), SETTINGS_D3_NOT_D3S_D300S
    ),
    Source("NikonCustom::SettingsD3", SHOT_INFO_D3, SETTINGS_D3),
    Source("NikonCustom::SettingsD700", SHOT_INFO_D700, SETTINGS_D700),
    Source("NikonCustom::SettingsD800", SHOT_INFO_D800, SETTINGS_D800),
    Source("NikonCustom::SettingsD810", SHOT_INFO_D810, SETTINGS_D810),
    Source("NikonCustom::SettingsD850", SHOT_INFO_D850, SETTINGS_D850),
    Source("NikonCustom::SettingsD5000", SHOT_INFO_D5000, SETTINGS_D5000),
    Source("NikonCustom::SettingsD5100", SHOT_INFO_D5100, SETTINGS_D5100),
    Source("NikonCustom::SettingsD5200", SHOT_INFO_D5200, SETTINGS_D5200),
    Source("NikonCustom::SettingsD7000", SHOT_INFO_D7000, SETTINGS_D7000),
    Source("NikonCustom::SettingsD4", all_of(SHOT_INFO_D4, model(r"\bD4S")), SETTINGS_D4_D4S),
    Source("NikonCustom::SettingsD4", SHOT_INFO_D4, SETTINGS_D4),
    Source("NikonCustom::SettingsD610", SHOT_INFO_D610, SETTINGS_D610),
    Source("NikonCustom::SettingsD5", SHOT_INFO_D5, SETTINGS_D5),
    Source("NikonCustom::SettingsD500", SHOT_INFO_D500, SETTINGS_D500),
    Source("NikonCustom::SettingsZ9", SHOT_INFO_Z9, SETTINGS_Z9),
)
