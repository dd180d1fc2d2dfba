"""Printed values of ExifTool's CanonCustom custom-function tables (CanonCustom.pm, 12.57), one
:class:`..table.Source` per table: the older EOS models each have their own table (one function
number, one name, another meaning per model: ExposureLevelIncrements 0 is "1/2 Stop" on a D30 and
"1/3-stop set, 1/3-stop comp." on an EOS-1D), chosen as ExifTool chooses them, by the camera model;
every later model shares Functions2, whose rows ExifTool varies by model or by the number of values.

The model patterns are those of Canon.pm's tag 0x000F (CustomFunctions1D...) narrowed to the models
that write it: the EOS-1D Mark III and later, the 5D Mark II and later write tag 0x0099 (Functions2)."""

from ..convert import exposure_time, flags, lookup, suffix
from ..table import Source, all_of, model
from .common import DISABLE_ENABLE, ENABLE_DISABLE, NO_YES, OFF_ON, ON_OFF, YES_NO
from .functions import (
    by_count,
    in_turn,
    labelled,
    prefixed,
    sprintf,
)

# ExifTool's model conditions of Canon.pm tag 0x000F and 0x0090, models with tag 0x0099 left out.
EOS_1D = model(r"\bEOS-1Ds?( Mark II( N)?)?$")
EOS_5D = model(r"\bEOS 5D$")
EOS_10D = model(r"\bEOS 10D\b")
EOS_20D = model(r"\bEOS 20D\b")
EOS_30D = model(r"\bEOS 30D\b")
EOS_350D = model(r"\b(350D|REBEL XT|Kiss Digital N)\b")
EOS_400D = model(r"\b(400D|REBEL XTi|Kiss Digital X|K236)\b")
EOS_D30 = model(r"\bEOS D[36]0\b")
_OLD = (
    r"\bEOS-1Ds?( Mark II( N)?)?$|\bEOS 5D$|\bEOS (10D|20D|30D|D30|D60)\b"
    r"|\b(350D|REBEL XTi?|Kiss Digital [NX]|400D|K236)\b"
)
# Every other model writes its custom functions in the Functions2 layout.
FUNCTIONS2_MODELS = model(rf"^(?!.*(?:{_OLD}))")


# Printers several tables share.
EXPOSURE_LEVEL_INCREMENTS = lookup(
    {0: "1/3-stop set, 1/3-stop comp.", 1: "1-stop set, 1/3-stop comp.", 2: "1/2-stop set, 1/2-stop comp."}
)
AEBSEQUENCE_AUTO_CANCEL = lookup({0: "0,-,+/Enabled", 1: "0,-,+/Disabled", 2: "-,0,+/Enabled", 3: "-,0,+/Disabled"})
MIRROR_LOCKUP = lookup(DISABLE_ENABLE)
FILL_FLASH_AUTO_REDUCTION = lookup(ENABLE_DISABLE)
SHUTTER_CURTAIN_SYNC = lookup({0: "1st-curtain sync", 1: "2nd-curtain sync"})
SET_FUNCTION_WHEN_SHOOTING = lookup(
    {0: "Default (no function)", 1: "Change quality", 2: "Change Parameters", 3: "Menu display", 4: "Image replay"}
)
LONG_EXPOSURE_NOISE_REDUCTION = lookup({0: "Off", 1: "Auto", 2: "On"})
FLASH_SYNC_SPEED_AV = lookup({0: "Auto", 1: "1/200 Fixed"})
SHUTTER_AELOCK = lookup({0: "AF/AE lock", 1: "AE lock/AF", 2: "AF/AF lock, No AE lock", 3: "AE/AF, No AE lock"})
EXPOSURE_LEVEL_INCREMENTS2 = lookup({0: "1/3 Stop", 1: "1/2 Stop"})
FLASH_FIRING = lookup({0: "Fires", 1: "Does not fire"})
MENU_BUTTON_DISPLAY_POSITION = lookup({0: "Previous (top if power off)", 1: "Previous", 2: "Top"})
AFPOINT_SELECTION_METHOD = lookup({0: "Normal", 1: "Multi-controller direct", 2: "Quick Control Dial direct"})
ETTLII = lookup({0: "Evaluative", 1: "Average"})
LENS_AFSTOP_BUTTON = lookup(
    {
        0: "AF stop",
        1: "AF start",
        2: "AE lock while metering",
        3: "AF point: M -> Auto / Auto -> Ctr.",
        4: "ONE SHOT <-> AI SERVO",
        5: "IS start",
    }
)
AFASSIST = lookup(
    {0: "Emits/Fires", 1: "Does not emit/Fires", 2: "Only ext. flash emits/Fires", 3: "Emits/Does not fire"}
)
EXPOSURE_LEVEL_INCREMENTS3 = lookup({0: "1/2 Stop", 1: "1/3 Stop"})
FLASH_SYNC_SPEED_AV2 = lookup({0: "Auto", 1: "1/250 Fixed"})
AFASSIST_BEAM = lookup({0: "Emits", 1: "Does not emit", 2: "Only ext. flash emits"})
MAGNIFIED_VIEW = lookup({0: "Image playback only", 1: "Image review and playback"})
LCDDISPLAY_AT_POWER_ON = lookup({0: "Display", 1: "Retain power off status"})
USABLE_SHOOTING_MODES = by_count(
    {1: sprintf("Flags 0x%x"), 2: in_turn(lookup(DISABLE_ENABLE), sprintf("Flags 0x%x"))},
    in_turn(lookup(DISABLE_ENABLE), sprintf("Flags 0x%x")),
)
APPLY_SHOOTING_METERING_MODE = in_turn(lookup(DISABLE_ENABLE))
DIAL_DIRECTION_TV_AV = lookup({0: "Normal", 1: "Reversed"})


FUNCTIONS_1D = {
    "FocusingScreen": lookup({0: "Ec-N, R", 1: "Ec-A,B,C,CII,CIII,D,H,I,L"}),
    "FinderDisplayDuringExposure": lookup(OFF_ON),
    "ShutterReleaseNoCFCard": lookup(YES_NO),
    "ISOSpeedExpansion": lookup(NO_YES),
    "ShutterAELButton": lookup(
        {0: "AF/AE lock stop", 1: "AE lock/AF", 2: "AF/AF lock, No AE lock", 3: "AE/AF, No AE lock"}
    ),
    "ManualTv": lookup(
        {
            0: "Tv=Main/Av=Control",
            1: "Tv=Control/Av=Main",
            2: "Tv=Main/Av=Main w/o lens",
            3: "Tv=Control/Av=Main w/o lens",
        }
    ),
    "ExposureLevelIncrements": EXPOSURE_LEVEL_INCREMENTS,
    "USMLensElectronicMF": lookup(
        {0: "Turns on after one-shot AF", 1: "Turns off after one-shot AF", 2: "Always turned off"}
    ),
    "LCDPanels": lookup(
        {0: "Remain. shots/File no.", 1: "ISO/Remain. shots", 2: "ISO/File no.", 3: "Shots in folder/Remain. shots"}
    ),
    "AEBSequenceAutoCancel": AEBSEQUENCE_AUTO_CANCEL,
    "AFPointIllumination": lookup({0: "On", 1: "Off", 2: "On without dimming", 3: "Brighter"}),
    "AFPointSelection": lookup(
        {
            0: "H=AF+Main/V=AF+Command",
            1: "H=Comp+Main/V=Comp+Command",
            2: "H=Command only/V=Assist+Main",
            3: "H=FEL+Main/V=FEL+Command",
        }
    ),
    "MirrorLockup": MIRROR_LOCKUP,
    "AFPointSpotMetering": lookup(
        {0: "45/Center AF point", 1: "11/Active AF point", 2: "11/Center AF point", 3: "9/Active AF point"}
    ),
    "FillFlashAutoReduction": FILL_FLASH_AUTO_REDUCTION,
    "ShutterCurtainSync": SHUTTER_CURTAIN_SYNC,
    "SafetyShiftInAvOrTv": MIRROR_LOCKUP,
    "AFPointActivationArea": lookup(
        {0: "Single AF point", 1: "Expanded (TTL. of 7 AF points)", 2: "Automatic expanded (max. 13)"}
    ),
    "SwitchToRegisteredAFPoint": lookup({0: "Assist + AF", 1: "Assist", 2: "Only while pressing assist"}),
    "LensAFStopButton": lookup(
        {
            0: "AF stop",
            1: "AF start",
            2: "AE lock while metering",
            3: "AF point: M -> Auto / Auto -> Ctr.",
            4: "AF mode: ONE SHOT <-> AI SERVO",
            5: "IS start",
        }
    ),
    "AIServoTrackingSensitivity": lookup(
        {0: "Standard", 1: "Slow", 2: "Moderately slow", 3: "Moderately fast", 4: "Fast"}
    ),
    "AIServoContinuousShooting": lookup(
        {0: "Shooting not possible without focus", 1: "Shooting possible without focus"}
    ),
}


FUNCTIONS_5D = {
    "FocusingScreen": lookup({0: "Ee-A", 1: "Ee-D", 2: "Ee-S"}),
    "SetFunctionWhenShooting": SET_FUNCTION_WHEN_SHOOTING,
    "LongExposureNoiseReduction": LONG_EXPOSURE_NOISE_REDUCTION,
    "FlashSyncSpeedAv": FLASH_SYNC_SPEED_AV,
    "Shutter-AELock": SHUTTER_AELOCK,
    "AFAssistBeam": lookup({0: "Emits", 1: "Does not emit"}),
    "ExposureLevelIncrements": EXPOSURE_LEVEL_INCREMENTS2,
    "FlashFiring": FLASH_FIRING,
    "ISOExpansion": lookup(OFF_ON),
    "AEBSequenceAutoCancel": AEBSEQUENCE_AUTO_CANCEL,
    "SuperimposedDisplay": lookup(ON_OFF),
    "MenuButtonDisplayPosition": MENU_BUTTON_DISPLAY_POSITION,
    "MirrorLockup": MIRROR_LOCKUP,
    "AFPointSelectionMethod": AFPOINT_SELECTION_METHOD,
    "ETTLII": ETTLII,
    "ShutterCurtainSync": SHUTTER_CURTAIN_SYNC,
    "SafetyShiftInAvOrTv": MIRROR_LOCKUP,
    "AFPointActivationArea": lookup({0: "Standard", 1: "Expanded"}),
    "LCDDisplayReturnToShoot": lookup({0: "With Shutter Button only", 1: "Also with * etc."}),
    "LensAFStopButton": LENS_AFSTOP_BUTTON,
    "AddOriginalDecisionData": lookup(OFF_ON),
}


FUNCTIONS_10D = {
    "SetButtonWhenShooting": lookup(
        {0: "Normal (disabled)", 1: "Image quality", 2: "Change parameters", 3: "Menu display", 4: "Image playback"}
    ),
    "ShutterReleaseNoCFCard": lookup(YES_NO),
    "FlashSyncSpeedAv": FLASH_SYNC_SPEED_AV,
    "Shutter-AELock": SHUTTER_AELOCK,
    "AFAssist": AFASSIST,
    "ExposureLevelIncrements": EXPOSURE_LEVEL_INCREMENTS3,
    "AFPointRegistration": lookup(
        {
            0: "Center",
            1: "Bottom",
            2: "Right",
            3: "Extreme Right",
            4: "Automatic",
            5: "Extreme Left",
            6: "Left",
            7: "Top",
        }
    ),
    "RawAndJpgRecording": lookup(
        {
            0: "RAW+Small/Normal",
            1: "RAW+Small/Fine",
            2: "RAW+Medium/Normal",
            3: "RAW+Medium/Fine",
            4: "RAW+Large/Normal",
            5: "RAW+Large/Fine",
        }
    ),
    "AEBSequenceAutoCancel": AEBSEQUENCE_AUTO_CANCEL,
    "SuperimposedDisplay": lookup(ON_OFF),
    "MenuButtonDisplayPosition": MENU_BUTTON_DISPLAY_POSITION,
    "MirrorLockup": MIRROR_LOCKUP,
    "AssistButtonFunction": lookup(
        {
            0: "Normal",
            1: "Select Home Position",
            2: "Select HP (while pressing)",
            3: "Av+/- (AF point by QCD)",
            4: "FE lock",
        }
    ),
    "FillFlashAutoReduction": FILL_FLASH_AUTO_REDUCTION,
    "ShutterCurtainSync": SHUTTER_CURTAIN_SYNC,
    "SafetyShiftInAvOrTv": MIRROR_LOCKUP,
    "LensAFStopButton": lookup(
        {
            0: "AF stop",
            1: "AF start",
            2: "AE lock while metering",
            3: "AF point: M->Auto/Auto->ctr",
            4: "One Shot <-> AI servo",
            5: "IS start",
        }
    ),
}


FUNCTIONS_20D = {
    "SetFunctionWhenShooting": SET_FUNCTION_WHEN_SHOOTING,
    "LongExposureNoiseReduction": lookup(OFF_ON),
    "FlashSyncSpeedAv": FLASH_SYNC_SPEED_AV2,
    "Shutter-AELock": SHUTTER_AELOCK,
    "AFAssistBeam": AFASSIST_BEAM,
    "ExposureLevelIncrements": EXPOSURE_LEVEL_INCREMENTS2,
    "FlashFiring": FLASH_FIRING,
    "ISOExpansion": lookup(OFF_ON),
    "AEBSequenceAutoCancel": AEBSEQUENCE_AUTO_CANCEL,
    "SuperimposedDisplay": lookup(ON_OFF),
    "MenuButtonDisplayPosition": MENU_BUTTON_DISPLAY_POSITION,
    "MirrorLockup": MIRROR_LOCKUP,
    "AFPointSelectionMethod": AFPOINT_SELECTION_METHOD,
    "ETTLII": ETTLII,
    "ShutterCurtainSync": SHUTTER_CURTAIN_SYNC,
    "SafetyShiftInAvOrTv": MIRROR_LOCKUP,
    "LensAFStopButton": LENS_AFSTOP_BUTTON,
    "AddOriginalDecisionData": lookup(OFF_ON),
}


FUNCTIONS_30D = {
    "SetFunctionWhenShooting": lookup(
        {
            0: "Default (no function)",
            1: "Change quality",
            2: "Change Picture Style",
            3: "Menu display",
            4: "Image replay",
        }
    ),
    "LongExposureNoiseReduction": LONG_EXPOSURE_NOISE_REDUCTION,
    "FlashSyncSpeedAv": FLASH_SYNC_SPEED_AV2,
    "Shutter-AELock": SHUTTER_AELOCK,
    "AFAssistBeam": AFASSIST_BEAM,
    "ExposureLevelIncrements": EXPOSURE_LEVEL_INCREMENTS2,
    "FlashFiring": FLASH_FIRING,
    "ISOExpansion": lookup(OFF_ON),
    "AEBSequenceAutoCancel": AEBSEQUENCE_AUTO_CANCEL,
    "SuperimposedDisplay": lookup(ON_OFF),
    "MenuButtonDisplayPosition": MENU_BUTTON_DISPLAY_POSITION,
    "MirrorLockup": MIRROR_LOCKUP,
    "AFPointSelectionMethod": AFPOINT_SELECTION_METHOD,
    "ETTLII": ETTLII,
    "ShutterCurtainSync": SHUTTER_CURTAIN_SYNC,
    "SafetyShiftInAvOrTv": MIRROR_LOCKUP,
    "MagnifiedView": MAGNIFIED_VIEW,
    "LensAFStopButton": LENS_AFSTOP_BUTTON,
    "AddOriginalDecisionData": lookup(OFF_ON),
}


FUNCTIONS_350D = {
    "SetButtonCrossKeysFunc": lookup(
        {0: "Normal", 1: "Set: Quality", 2: "Set: Parameter", 3: "Set: Playback", 4: "Cross keys: AF point select"}
    ),
    "LongExposureNoiseReduction": lookup(OFF_ON),
    "FlashSyncSpeedAv": FLASH_SYNC_SPEED_AV,
    "Shutter-AELock": SHUTTER_AELOCK,
    "AFAssistBeam": AFASSIST_BEAM,
    "ExposureLevelIncrements": EXPOSURE_LEVEL_INCREMENTS2,
    "MirrorLockup": MIRROR_LOCKUP,
    "ETTLII": ETTLII,
    "ShutterCurtainSync": SHUTTER_CURTAIN_SYNC,
}


FUNCTIONS_400D = {
    "SetButtonCrossKeysFunc": lookup(
        {
            0: "Set: Picture Style",
            1: "Set: Quality",
            2: "Set: Flash Exposure Comp",
            3: "Set: Playback",
            4: "Cross keys: AF point select",
        }
    ),
    "LongExposureNoiseReduction": LONG_EXPOSURE_NOISE_REDUCTION,
    "FlashSyncSpeedAv": FLASH_SYNC_SPEED_AV,
    "Shutter-AELock": SHUTTER_AELOCK,
    "AFAssistBeam": AFASSIST_BEAM,
    "ExposureLevelIncrements": EXPOSURE_LEVEL_INCREMENTS2,
    "MirrorLockup": MIRROR_LOCKUP,
    "ETTLII": ETTLII,
    "ShutterCurtainSync": SHUTTER_CURTAIN_SYNC,
    "MagnifiedView": MAGNIFIED_VIEW,
    "LCDDisplayAtPowerOn": LCDDISPLAY_AT_POWER_ON,
}


FUNCTIONS_D30 = {
    "LongExposureNoiseReduction": lookup(OFF_ON),
    "Shutter-AELock": lookup({0: "AF/AE lock", 1: "AE lock/AF", 2: "AF/AF lock", 3: "AE+release/AE+AF"}),
    "MirrorLockup": MIRROR_LOCKUP,
    "ExposureLevelIncrements": EXPOSURE_LEVEL_INCREMENTS3,
    "AFAssist": AFASSIST,
    "FlashSyncSpeedAv": FLASH_SYNC_SPEED_AV,
    "AEBSequenceAutoCancel": AEBSEQUENCE_AUTO_CANCEL,
    "ShutterCurtainSync": SHUTTER_CURTAIN_SYNC,
    "LensAFStopButton": lookup({0: "AF Stop", 1: "Operate AF", 2: "Lock AE and start timer"}),
    "FillFlashAutoReduction": FILL_FLASH_AUTO_REDUCTION,
    "MenuButtonReturn": lookup({0: "Top", 1: "Previous (volatile)", 2: "Previous"}),
    "SetButtonWhenShooting": lookup(
        {0: "Default (no function)", 1: "Image quality", 2: "Change ISO speed", 3: "Change parameters"}
    ),
    "SensorCleaning": MIRROR_LOCKUP,
    "SuperimposedDisplay": lookup(ON_OFF),
    "ShutterReleaseNoCFCard": lookup(YES_NO),
}


FUNCTIONS_2_1DS = {
    "ExposureLevelIncrements": EXPOSURE_LEVEL_INCREMENTS,
}


FUNCTIONS_2_1D = {
    "ISOSpeedRange": in_turn(MIRROR_LOCKUP, sprintf("Max %.0f"), sprintf("Min %.0f")),
}


FUNCTIONS_2_90D = {
    "AEBShotCount": lookup({2: "2 shots", 3: "3 shots", 5: "5 shots", 7: "7 shots"}),
}


FUNCTIONS_2_40D_1DS_MARK_III = {
    "FlashSyncSpeedAv": FLASH_SYNC_SPEED_AV2,
}


FUNCTIONS_2_50D_60D_7D = {
    "FlashSyncSpeedAv": lookup({0: "Auto", 1: "1/250-1/60 Auto", 2: "1/250 Fixed"}),
}


FUNCTIONS_2_450D_XSI_KISS_X2_1000D_X = {
    "FlashSyncSpeedAv": FLASH_SYNC_SPEED_AV,
}


FUNCTIONS_2_EOS_1DS_MARK_III = {
    "FlashSyncSpeedAv": lookup({0: "Auto", 1: "1/300 Fixed"}),
}


FUNCTIONS_2_EOS_1D_MARK_IV = {
    "FlashSyncSpeedAv": lookup({0: "Auto", 1: "1/300-1/60 Auto", 2: "1/300 Fixed"}),
}


FUNCTIONS_2_50D_60D_5D_MARK_II_7D_50 = {
    "HighISONoiseReduction": lookup({0: "Standard", 1: "Low", 2: "Strong", 3: "Off"}),
}


FUNCTIONS_2_50D_5D_MARK_II_500D_T1I = {
    "AutoLightingOptimizer": lookup({0: "Standard", 1: "Low", 2: "Strong", 3: "Disable"}),
}


FUNCTIONS_2_1DS_MARK_III = {
    "InfoButtonWhenShooting": lookup({0: "Displays camera settings", 1: "Displays shooting functions"}),
}


FUNCTIONS_2_5D_MARK_II = {
    "AFPointAreaExpansion": MIRROR_LOCKUP,
    "FocusingScreen": lookup({0: "Eg-A", 1: "Eg-D", 2: "Eg-S"}),
}


FUNCTIONS_2_1DS_MARK_III_ = {
    "AFPointAreaExpansion": lookup(
        {0: "Disable", 1: "Enable (left/right Assist AF points)", 2: "Enable (surrounding Assist AF points)"}
    ),
}


FUNCTIONS_2_1D_MARK_IV = {
    "SelectableAFPoint": lookup(
        {0: "45 points", 1: "19 points", 2: "11 points", 3: "Inner 9 points", 4: "Outer 9 points"}
    ),
    "SwitchToRegisteredAFPoint": lookup(
        {0: "Disable", 1: "Switch with multi-controller", 2: "Only while AEL is pressed"}
    ),
}


FUNCTIONS_2_1D_ = {
    "AFPointDisplayDuringFocus": lookup({0: "On", 1: "Off", 2: "On (when focus achieved)"}),
}


FUNCTIONS_2_1D_MARK_IV_6D = {
    "AFAssistBeam": lookup({0: "Emits", 1: "Does not emit", 2: "IR AF assist beam only"}),
}


FUNCTIONS_2_NOT_60D = {
    "AFPointSelectionMethod": AFPOINT_SELECTION_METHOD,
}


FUNCTIONS_2_7D = {
    "VFDisplayIllumination": lookup({0: "Auto", 1: "Enable", 2: "Disable"}),
}


FUNCTIONS_2_40D = {
    "AFDuringLiveView": MIRROR_LOCKUP,
}


FUNCTIONS_2_1000D_XS_KISS_F_500D_T1I = {
    "Shutter-AELock": SHUTTER_AELOCK,
}


FUNCTIONS_2_60D = {
    "AFAndMeteringButtons": lookup(
        {0: "Metering start", 1: "Metering + AF start", 2: "AE lock", 3: "AF stop", 4: "No function"}
    ),
    "SetButtonWhenShooting": lookup(
        {
            0: "Normal (disabled)",
            1: "Image quality",
            2: "Picture style",
            3: "White balance",
            4: "Flash exposure compensation",
            5: "Viewfinder leveling gauge",
        }
    ),
}


FUNCTIONS_2_40D_50D_5D_MARK_II = {
    "SetButtonWhenShooting": lookup(
        {
            0: "Normal (disabled)",
            1: "Image quality",
            2: "Picture style",
            3: "Menu display",
            4: "Image playback",
            5: "Quick control screen",
            6: "Record movie (Live View)",
        }
    ),
}


FUNCTIONS_2_450D_XSI_KISS_X2_550D_T2 = {
    "SetButtonWhenShooting": lookup(
        {
            0: "Normal (disabled)",
            1: "Image quality",
            2: "Flash exposure compensation",
            3: "LCD monitor On/Off",
            4: "Menu display",
            5: "ISO speed",
        }
    ),
}


FUNCTIONS_2_1100D_T3_KISS_X50 = {
    "SetButtonWhenShooting": lookup(
        {
            0: "Normal (disabled)",
            1: "Image quality",
            2: "Flash exposure compensation",
            3: "LCD monitor On/Off",
            4: "Menu display",
            5: "Depth-of-field preview",
        }
    ),
}


FUNCTIONS_2_1000D_XS_KISS_F = {
    "SetButtonWhenShooting": lookup(
        {
            0: "LCD monitor On/Off",
            1: "Image quality",
            2: "Flash exposure compensation",
            3: "Menu display",
            4: "Disabled",
        }
    ),
}


FUNCTIONS_2_500D_T1I_KISS_X3 = {
    "SetButtonWhenShooting": lookup(
        {
            0: "Quick control screen",
            1: "Image quality",
            2: "Flash exposure compensation",
            3: "LCD monitor On/Off",
            4: "Menu display",
            5: "Disabled",
        }
    ),
}


FUNCTIONS_2_40D_50D_60D = {
    "FocusingScreen": lookup({0: "Ef-A", 1: "Ef-D", 2: "Ef-S"}),
}


FUNCTIONS_2_6D = {
    "FocusingScreen": lookup({0: "Eg-A II", 1: "Eg-D", 2: "Eg-S"}),
}


FUNCTIONS_2_7D_MARK_II = {
    "FocusingScreen": lookup({0: "Eh-A", 1: "Eh-S"}),
}


FUNCTIONS_2_1D_X = {
    "FocusingScreen": lookup({0: "Ec-CV", 1: "Ec-A,B,D,H,I,L"}),
}


USABLE_SHOOTING_MODES2 = by_count(
    {1: sprintf("Flags 0x%x"), 2: in_turn(MIRROR_LOCKUP, sprintf("Flags 0x%x"))},
    in_turn(MIRROR_LOCKUP, sprintf("Flags 0x%x")),
)


# Lookup values several printers build on (ExifTool's hashes, one holding all of another's).
AEBSHOT_COUNT_VALUES = {"2 1": "2 shots", "3 0": "3 shots", "5 2": "5 shots", "7 3": "7 shots"}


FUNCTIONS_2 = {
    "ExposureLevelIncrements": EXPOSURE_LEVEL_INCREMENTS2,
    "ISOSpeedIncrements": lookup({0: "1/3 Stop", 1: "1 Stop"}),
    "ISOExpansion": lookup(OFF_ON),
    "AEBAutoCancel": lookup(ON_OFF),
    "AEBSequence": lookup({0: "0,-,+", 1: "-,0,+", 2: "+,0,-"}),
    "AEBShotCount": by_count(
        {
            1: lookup({0: "3 shots", 1: "2 shots", 2: "5 shots", 3: "7 shots"}),
            2: lookup(AEBSHOT_COUNT_VALUES),
        },
        lookup(AEBSHOT_COUNT_VALUES),
    ),
    "SpotMeterLinkToAFPoint": lookup({0: "Disable (use center AF point)", 1: "Enable (use active AF point)"}),
    "SafetyShift": lookup({0: "Disable", 1: "Enable (Tv/Av)", 2: "Enable (ISO speed)"}),
    "UsableShootingModes": USABLE_SHOOTING_MODES2,
    "UsableMeteringModes": USABLE_SHOOTING_MODES2,
    "ExposureModeInManual": lookup(
        {
            0: "Specified metering mode",
            1: "Evaluative metering",
            2: "Partial metering",
            3: "Spot metering",
            4: "Center-weighted average",
        }
    ),
    "ShutterSpeedRange": by_count(
        {
            3: in_turn(MIRROR_LOCKUP, labelled("Hi ", exposure_time), labelled("Lo ", exposure_time)),
            4: in_turn(
                labelled("Manual: Hi ", exposure_time),
                labelled("Lo ", exposure_time),
                labelled("Auto: Hi ", exposure_time),
                labelled("Lo ", exposure_time),
            ),
        },
        None,
    ),
    "ApertureRange": by_count(
        {
            3: in_turn(MIRROR_LOCKUP, sprintf("Closed %.2g"), sprintf("Open %.2g")),
            4: in_turn(
                sprintf("Manual: Closed %.2g"), sprintf("Open %.2g"), sprintf("Auto: Closed %.2g"), sprintf("Open %.2g")
            ),
        },
        None,
    ),
    "ApplyShootingMeteringMode": in_turn(MIRROR_LOCKUP),
    "FlashSyncSpeedAv": lookup({0: "Auto", 1: "1/200-1/60 Auto", 2: "1/200 Fixed"}),
    "AEMicroadjustment": in_turn(MIRROR_LOCKUP),
    "FEMicroadjustment": in_turn(MIRROR_LOCKUP),
    "SameExposureForNewAperture": lookup({0: "Disable", 1: "ISO Speed", 2: "Shutter Speed"}),
    "ExposureCompAutoCancel": FILL_FLASH_AUTO_REDUCTION,
    "AELockMeterModeAfterFocus": flags({0: "Evaluative", 1: "Partial", 2: "Spot", 3: "Center-weighted"}),
    "LongExposureNoiseReduction": LONG_EXPOSURE_NOISE_REDUCTION,
    "HighISONoiseReduction": lookup(OFF_ON),
    "HighlightTonePriority": MIRROR_LOCKUP,
    "AutoLightingOptimizer": FILL_FLASH_AUTO_REDUCTION,
    "ETTLII": ETTLII,
    "ShutterCurtainSync": SHUTTER_CURTAIN_SYNC,
    "FlashFiring": FLASH_FIRING,
    "ViewInfoDuringExposure": MIRROR_LOCKUP,
    "LCDIlluminationDuringBulb": lookup(OFF_ON),
    "InfoButtonWhenShooting": lookup({0: "Displays shooting functions", 1: "Displays camera settings"}),
    "ViewfinderWarnings": flags(
        {
            0: "Monochrome",
            1: "WB corrected",
            2: "One-touch image quality",
            3: "ISO expansion",
            4: "Spot metering",
            6: "Noise reduction",
            7: "HDR",
        }
    ),
    "LVShootingAreaDisplay": lookup({0: "Masked", 1: "Outlined"}),
    "USMLensElectronicMF": lookup(
        {0: "Enable after one-shot AF", 1: "Disable after one-shot AF", 2: "Disable in AF mode"}
    ),
    "AIServoTrackingSensitivity": lookup({-2: "Slow", -1: "Medium Slow", 0: "Standard", 1: "Medium Fast", 2: "Fast"}),
    "AIServoImagePriority": lookup(
        {
            0: "1: AF, 2: Tracking",
            1: "1: AF, 2: Drive speed",
            2: "1: Release, 2: Drive speed",
            3: "1: Release, 2: Tracking",
        }
    ),
    "AIServoTrackingMethod": lookup({0: "Main focus point priority", 1: "Continuous AF track priority"}),
    "LensDriveNoAF": lookup({0: "Focus search on", 1: "Focus search off"}),
    "LensAFStopButton": lookup(
        {
            0: "AF stop",
            1: "AF start",
            2: "AE lock",
            3: "AF point: M->Auto/Auto->ctr",
            4: "One Shot <-> AI servo",
            5: "IS start",
            6: "Switch to registered AF point",
            7: "Spot AF",
        }
    ),
    "AFMicroadjustment": in_turn(lookup({0: "Disable", 1: "Adjust all by same amount", 2: "Adjust by lens"})),
    "AFPointAreaExpansion": lookup(
        {0: "Disable", 1: "Left/right AF points", 2: "Surrounding AF points", 3: "All 45 points area"}
    ),
    "SelectableAFPoint": lookup(
        {
            0: "19 points",
            1: "Inner 9 points",
            2: "Outer 9 points",
            3: "19 Points, Multi-controller selectable",
            4: "Inner 9 Points, Multi-controller selectable",
            5: "Outer 9 Points, Multi-controller selectable",
        }
    ),
    "SwitchToRegisteredAFPoint": MIRROR_LOCKUP,
    "AFPointAutoSelection": lookup(
        {
            0: "Control-direct:disable/Main:enable",
            1: "Control-direct:disable/Main:disable",
            2: "Control-direct:enable/Main:enable",
        }
    ),
    "AFPointDisplayDuringFocus": lookup(
        {
            0: "Selected (constant)",
            1: "All (constant)",
            2: "Selected (pre-AF, focused)",
            3: "Selected (focused)",
            4: "Disable display",
        }
    ),
    "AFPointBrightness": lookup({0: "Normal", 1: "Brighter"}),
    "AFAssistBeam": lookup({0: "Emits", 1: "Does not emit", 2: "Only ext. flash emits", 3: "IR AF assist beam only"}),
    "AFPointSelectionMethod": lookup(
        {
            0: "AF point button: Activate AF Sel; Rear dial: Select AF points",
            1: "AF point button: Auto selection; Rear dial: Manual selection",
        }
    ),
    "SuperimposedDisplay": lookup(ON_OFF),
    "AFDuringLiveView": lookup({0: "Disable", 1: "Quick mode", 2: "Live mode"}),
    "SelectAFAreaSelectMode": in_turn(
        lookup({0: "Disable", 1: "Enable", 2: "Register", 3: "Select AF-modes"}), sprintf("Flags 0x%x")
    ),
    "ManualAFPointSelectPattern": lookup({0: "Stops at AF area edges", 1: "Continuous"}),
    "DisplayAllAFPoints": FILL_FLASH_AUTO_REDUCTION,
    "FocusDisplayAIServoAndMF": FILL_FLASH_AUTO_REDUCTION,
    "OrientationLinkedAFPoint": lookup({0: "Same for vertical and horizontal", 1: "Select different AF points"}),
    "MultiControllerWhileMetering": lookup({0: "Off", 1: "AF point selection"}),
    "AIServoFirstImagePriority": lookup({-1: "Release priority", 0: "Equal priority", 1: "Focus priority"}),
    "AIServoSecondImagePriority": lookup({-1: "Shooting speed priority", 0: "Equal priority", 1: "Focus priority"}),
    "AFAreaSelectMethod": lookup({0: "AF area selection button", 1: "Main dial"}),
    "AutoAFPointColorTracking": lookup({0: "On-Shot AF only", 1: "Disable"}),
    "VFDisplayIllumination": in_turn(
        lookup({0: "Auto", 1: "Enable", 2: "Disable"}), lookup({0: "Non-illuminated", 1: "Illuminated"})
    ),
    "InitialAFPointAIServoAF": lookup({0: "Auto", 1: "Initial AF point selected", 2: "Manual AF point"}),
    "MirrorLockup": lookup({0: "Disable", 1: "Enable", 2: "Enable: Down with Set"}),
    "ContinuousShootingSpeed": by_count(
        {
            3: in_turn(MIRROR_LOCKUP, prefixed("Hi {}"), prefixed("Lo {}")),
            5: in_turn(
                prefixed("Hi {}"), prefixed("Cont {}"), prefixed("Lo {}"), prefixed("Soft {}"), prefixed("Soft LS {}")
            ),
            6: in_turn(
                MIRROR_LOCKUP,
                prefixed("Hi {}"),
                prefixed("Cont {}"),
                prefixed("Lo {}"),
                prefixed("Soft {}"),
                prefixed("Soft LS {}"),
            ),
        },
        in_turn(MIRROR_LOCKUP, prefixed("Hi {}"), prefixed("Lo {}")),
    ),
    "ContinuousShotLimit": in_turn(MIRROR_LOCKUP, suffix(" shots")),
    "RestrictDriveModes": USABLE_SHOOTING_MODES2,
    "Shutter-AELock": by_count(
        {
            2: lookup(
                {"0 0": "AF/AE lock", "1 0": "AE lock/AF", "2 0": "AF/AF lock, No AE lock", "3 0": "AE/AF, No AE lock"}
            )
        },
        lookup(
            {
                0: "Metering + AF start",
                1: "Metering + AF start/AF stop",
                2: "Metering start/Meter + AF start",
                3: "AE lock/Metering + AF start",
                4: "Metering + AF start/disable",
            }
        ),
    ),
    "AFOnAELockButtonSwitch": MIRROR_LOCKUP,
    "QuickControlDialInMeter": lookup(
        {
            0: "Exposure comp/Aperture",
            1: "AF point selection",
            2: "ISO speed",
            3: "AF point selection swapped with Exposure comp",
            4: "ISO speed swapped with Exposure comp",
        }
    ),
    "SetButtonWhenShooting": by_count(
        {2: lookup({})},
        lookup(
            {
                0: "Normal (disabled)",
                1: "White balance",
                2: "Image size",
                3: "ISO speed",
                4: "Picture style",
                5: "Record func. + media/folder",
                6: "Menu display",
                7: "Image playback",
            }
        ),
    ),
    "ManualTv": lookup({0: "Tv=Main/Av=Control", 1: "Tv=Control/Av=Main"}),
    "DialDirectionTvAv": DIAL_DIRECTION_TV_AV,
    "AvSettingWithoutLens": MIRROR_LOCKUP,
    "WBMediaImageSizeSetting": lookup({0: "Rear LCD panel", 1: "LCD monitor", 2: "Off (disable button)"}),
    "LockMicrophoneButton": in_turn(
        lookup(
            {
                0: "Protect (hold:record memo)",
                1: "Record memo (protect:disable)",
                2: "Play memo (hold:record memo)",
                3: "Rating (protect/memo:disable)",
            }
        )
    ),
    "ButtonFunctionControlOff": lookup({0: "Normal (enable)", 1: "Disable main, Control, Multi-control"}),
    "AssignFuncButton": lookup(
        {
            0: "LCD brightness",
            1: "Image quality",
            2: "Exposure comp./AEB setting",
            3: "Image jump with main dial",
            4: "Live view function settings",
        }
    ),
    "StartMovieShooting": lookup({0: "Default (from LV)", 1: "Quick start (FEL button)"}),
    "FlashButtonFunction": lookup({0: "Raise built-in flash", 1: "ISO speed"}),
    "MultiFunctionLock": in_turn(
        lookup({0: "Off", 1: "On", 2: "On (quick control dial)", 3: "On (main dial and quick control dial)"}),
        flags({0: "Main dial", 1: "Quick control dial", 2: "Multi-controller"}),
    ),
    "TrashButtonFunction": lookup({0: "Normal (set center AF point)", 1: "Depth-of-field preview"}),
    "ShutterReleaseWithoutLens": MIRROR_LOCKUP,
    "ControlRingRotation": DIAL_DIRECTION_TV_AV,
    "FocusRingRotation": DIAL_DIRECTION_TV_AV,
    "RFLensMFFocusRingSensitivity": lookup({0: "Varies With Rotation Speed", 1: "Linked To Rotation Angle"}),
    "FocusingScreen": lookup({0: "Ec-CIV", 1: "Ec-A,B,C,CII,CIII,D,H,I,L", 2: "Ec-S", 3: "Ec-N,R"}),
    "TimerLength": by_count(
        {
            3: in_turn(prefixed("6 s: {}"), prefixed("16 s: {}"), prefixed("After release: {}")),
            4: in_turn(MIRROR_LOCKUP, prefixed("6 s: {}"), prefixed("16 s: {}"), prefixed("After release: {}")),
        },
        in_turn(MIRROR_LOCKUP, prefixed("6 s: {}"), prefixed("16 s: {}"), prefixed("After release: {}")),
    ),
    "ShortReleaseTimeLag": MIRROR_LOCKUP,
    "AddAspectRatioInfo": lookup({0: "Off", 1: "6:6", 2: "3:4", 3: "4:5", 4: "6:7", 5: "10:12", 6: "5:7"}),
    "AddOriginalDecisionData": lookup(OFF_ON),
    "LiveViewExposureSimulation": lookup({0: "Disable (LCD auto adjust)", 1: "Enable (simulates exposure)"}),
    "LCDDisplayAtPowerOn": LCDDISPLAY_AT_POWER_ON,
    "MemoAudioQuality": lookup({0: "High (48 kHz)", 1: "Low (8 kHz)"}),
    "DefaultEraseOption": lookup(
        {0: "Cancel selected", 1: "Erase selected", 2: "Erase RAW selected", 3: "Erase non-RAW selected"}
    ),
    "RetractLensOnPowerOff": FILL_FLASH_AUTO_REDUCTION,
    "AddIPTCInformation": MIRROR_LOCKUP,
    "AudioCompression": FILL_FLASH_AUTO_REDUCTION,
}


SOURCES = (
    Source("CanonCustom::Functions1D", EOS_1D, FUNCTIONS_1D),
    Source("CanonCustom::Functions5D", EOS_5D, FUNCTIONS_5D),
    Source("CanonCustom::Functions10D", EOS_10D, FUNCTIONS_10D),
    Source("CanonCustom::Functions20D", EOS_20D, FUNCTIONS_20D),
    Source("CanonCustom::Functions30D", EOS_30D, FUNCTIONS_30D),
    Source("CanonCustom::Functions350D", EOS_350D, FUNCTIONS_350D),
    Source("CanonCustom::Functions400D", EOS_400D, FUNCTIONS_400D),
    Source("CanonCustom::FunctionsD30", EOS_D30, FUNCTIONS_D30),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b1Ds?\b")), FUNCTIONS_2_1DS),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b1D")), FUNCTIONS_2_1D),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b90D\b")), FUNCTIONS_2_90D),
    Source(
        "CanonCustom::Functions2",
        all_of(FUNCTIONS2_MODELS, model(r"\b(40D|1Ds Mark III)\b")),
        FUNCTIONS_2_40D_1DS_MARK_III,
    ),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b(50D|60D|7D)\b")), FUNCTIONS_2_50D_60D_7D),
    Source(
        "CanonCustom::Functions2",
        all_of(FUNCTIONS2_MODELS, model(r"\b(450D|XSi|Kiss X2|1000D|XS|Kiss F)\b")),
        FUNCTIONS_2_450D_XSI_KISS_X2_1000D_X,
    ),
    Source(
        "CanonCustom::Functions2",
        all_of(FUNCTIONS2_MODELS, model(r"\bEOS-1Ds? Mark III\b")),
        FUNCTIONS_2_EOS_1DS_MARK_III,
    ),
    Source(
        "CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\bEOS-1D Mark IV\b")), FUNCTIONS_2_EOS_1D_MARK_IV
    ),
    Source(
        "CanonCustom::Functions2",
        all_of(
            FUNCTIONS2_MODELS,
            model(r"\b(50D|60D|5D Mark II|7D|500D|T1i|Kiss X3|550D|T2i|Kiss X4|600D|T3i|Kiss X5|1100D|T3|Kiss X50)\b"),
        ),
        FUNCTIONS_2_50D_60D_5D_MARK_II_7D_50,
    ),
    Source(
        "CanonCustom::Functions2",
        all_of(FUNCTIONS2_MODELS, model(r"\b(50D|5D Mark II|500D|T1i|Kiss X3|1D Mark IV)\b")),
        FUNCTIONS_2_50D_5D_MARK_II_500D_T1I,
    ),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b1Ds? Mark III\b")), FUNCTIONS_2_1DS_MARK_III),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b5D Mark II\b")), FUNCTIONS_2_5D_MARK_II),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b1Ds Mark III\b")), FUNCTIONS_2_1DS_MARK_III_),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b1D Mark IV\b")), FUNCTIONS_2_1D_MARK_IV),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b1D\b")), FUNCTIONS_2_1D_),
    Source(
        "CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b(1D Mark IV|6D)\b")), FUNCTIONS_2_1D_MARK_IV_6D
    ),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"^(?!.*(?:\b60D\b))")), FUNCTIONS_2_NOT_60D),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b7D\b")), FUNCTIONS_2_7D),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b40D\b")), FUNCTIONS_2_40D),
    Source(
        "CanonCustom::Functions2",
        all_of(
            FUNCTIONS2_MODELS,
            model(r"\b(1000D|XS|Kiss F|500D|T1i|Kiss X3|550D|T2i|Kiss X4|600D|T3i|Kiss X5|1100D|T3|Kiss X50)\b"),
        ),
        FUNCTIONS_2_1000D_XS_KISS_F_500D_T1I,
    ),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b60D\b")), FUNCTIONS_2_60D),
    Source(
        "CanonCustom::Functions2",
        all_of(FUNCTIONS2_MODELS, model(r"\b(40D|50D|5D Mark II)\b")),
        FUNCTIONS_2_40D_50D_5D_MARK_II,
    ),
    Source(
        "CanonCustom::Functions2",
        all_of(FUNCTIONS2_MODELS, model(r"\b(450D|XSi|Kiss X2|550D|T2i|Kiss X4|600D|T3i|Kiss X5)\b")),
        FUNCTIONS_2_450D_XSI_KISS_X2_550D_T2,
    ),
    Source(
        "CanonCustom::Functions2",
        all_of(FUNCTIONS2_MODELS, model(r"\b(1100D|T3|Kiss X50)\b")),
        FUNCTIONS_2_1100D_T3_KISS_X50,
    ),
    Source(
        "CanonCustom::Functions2",
        all_of(FUNCTIONS2_MODELS, model(r"\b(1000D|XS|Kiss F)\b")),
        FUNCTIONS_2_1000D_XS_KISS_F,
    ),
    Source(
        "CanonCustom::Functions2",
        all_of(FUNCTIONS2_MODELS, model(r"\b(500D|T1i|Kiss X3)\b")),
        FUNCTIONS_2_500D_T1I_KISS_X3,
    ),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b(40D|50D|60D)\b")), FUNCTIONS_2_40D_50D_60D),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b6D\b")), FUNCTIONS_2_6D),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b7D Mark II\b")), FUNCTIONS_2_7D_MARK_II),
    Source("CanonCustom::Functions2", all_of(FUNCTIONS2_MODELS, model(r"\b1D X\b")), FUNCTIONS_2_1D_X),
    Source("CanonCustom::Functions2", FUNCTIONS2_MODELS, FUNCTIONS_2),
)
