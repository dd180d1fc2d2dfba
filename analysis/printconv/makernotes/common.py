"""Print lookups that maker-note tables of several brands share (ExifTool 12.57 PrintConv hashes)."""

ENABLE_DISABLE = {
    0: "Enable",
    1: "Disable",
}

CAMERA_ORIENTATION = {
    0: "Horizontal (normal)",
    1: "Rotate 90 CW",
    2: "Rotate 270 CW",
}

NORMAL = {
    0: "Normal",
}

OFF_ON = {
    0: "Off",
    1: "On",
}

AF_POINTS_IN_FOCUS5_D_CANON = {
    0: "(none)",
}

COLOR_SPACE = {
    1: "sRGB",
    2: "Adobe RGB",
}

DISABLE_ENABLE = {
    0: "Disable",
    1: "Enable",
}

YES_NO = {
    0: "Yes",
    1: "No",
}

ON_OFF = {
    0: "On",
    1: "Off",
}

NO_YES = {
    0: "No",
    1: "Yes",
}

LARGE_MEDIUM_SMALL = {
    1: "Large",
    2: "Medium",
    3: "Small",
}

FOCUS_MODE_SETTING = {
    0: "Manual",
    1: "AF-S",
    2: "AF-C",
    3: "AF-A",
}

OFF_LOW_HIGH = {
    0: "Off",
    1: "Low",
    2: "High",
}

AUTO_OFF = {
    0: "Auto",
    1: "Off",
}

OFF_ON_NIKON_SETTINGS = {
    1: "Off",
    2: "On",
}

NO_YES_NIKON_SETTINGS = {
    1: "No",
    2: "Yes",
}

RELEASE_FOCUS = {
    1: "Release",
    2: "Focus",
}

CAMERA_ORIENTATION_SONY = {
    1: "Horizontal (normal)",
    3: "Rotate 180",
    6: "Rotate 90 CW",
    8: "Rotate 270 CW",
}

FOCAL_PLANE_AF_POINTS_USED = {}

OFF_LOW_MEDIUM_HIGH = {
    0: "Off",
    1: "Low",
    2: "Medium",
    3: "High",
}

VIDEO_FRAME_RATE = {
    0: "n/a",
}

COLOR_SPACE_PENTAX = {
    0: "sRGB",
    1: "Adobe RGB",
}

AUTO_MANUAL = {
    0: "Auto",
    1: "Manual",
}
