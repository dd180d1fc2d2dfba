"""Printed values of ExifTool's Sanyo tables for the Sanyo group (Sanyo.pm, 12.57), keyed by tag name:
ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as the named
printers of :mod:`.functions`. The Main tables feed the Sanyo group; where a later one prints a name
of an earlier one otherwise, its rows are a :class:`..table.Source` known by the tags only it has."""

from ..convert import lookup
from ..table import Table
from .common import NO_YES, OFF_ON

TABLES: dict[str, Table] = {
    "Sanyo": Table(
        rows={
            "SanyoQuality": lookup(
                {
                    0: "Normal/Very Low",
                    1: "Normal/Low",
                    2: "Normal/Medium Low",
                    3: "Normal/Medium",
                    4: "Normal/Medium High",
                    5: "Normal/High",
                    6: "Normal/Very High",
                    7: "Normal/Super High",
                    256: "Fine/Very Low",
                    257: "Fine/Low",
                    258: "Fine/Medium Low",
                    259: "Fine/Medium",
                    260: "Fine/Medium High",
                    261: "Fine/High",
                    262: "Fine/Very High",
                    263: "Fine/Super High",
                    512: "Super Fine/Very Low",
                    513: "Super Fine/Low",
                    514: "Super Fine/Medium Low",
                    515: "Super Fine/Medium",
                    516: "Super Fine/Medium High",
                    517: "Super Fine/High",
                    518: "Super Fine/Very High",
                    519: "Super Fine/Super High",
                },
                hex_unknown=True,  # PrintHex
            ),
            "Macro": lookup({0: "Normal", 1: "Macro", 2: "View", 3: "Manual"}),
            "SequentialShot": lookup({0: "None", 1: "Standard", 2: "Best", 3: "Adjust Exposure"}),
            "WideRange": lookup(OFF_ON),
            "ColorAdjustmentMode": lookup(OFF_ON),
            "QuickShot": lookup(OFF_ON),
            "SelfTimer": lookup(OFF_ON),
            "VoiceMemo": lookup(OFF_ON),
            "RecordShutterRelease": lookup({0: "Record while down", 1: "Press start, press stop"}),
            "FlickerReduce": lookup(OFF_ON),
            "OpticalZoomOn": lookup(OFF_ON),
            "DigitalZoomOn": lookup(OFF_ON),
            "LightSourceSpecial": lookup(OFF_ON),
            "Resaved": lookup(NO_YES),
            "SceneSelect": lookup({0: "Off", 1: "Sport", 2: "TV", 3: "Night", 4: "User 1", 5: "User 2", 6: "Lamp"}),
            "SequenceShotInterval": lookup({0: "5 frames/s", 1: "10 frames/s", 2: "15 frames/s", 3: "20 frames/s"}),
            "FlashMode": lookup({0: "Auto", 1: "Force", 2: "Disabled", 3: "Red eye"}),
        },
    ),
}
