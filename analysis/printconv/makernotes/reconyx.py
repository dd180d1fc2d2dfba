"""Printed values of ExifTool's Reconyx tables for the Reconyx group (Reconyx.pm, 12.57), keyed by
tag name: ExifTool's PrintConv hashes as lookups, its expressions as the named printers of
:mod:`.functions`. Main (HyperFire) feeds the group; Type2 (UltraFire) and Type3 (HyperFire 2)
print FirmwareVersion, TriggerMode and BatteryVoltage otherwise, so their rows are
:class:`..table.Source` rows known by the tags only they have."""

from ..convert import lookup, suffix, text_of
from ..table import Source, Table, has_tag
from .common import OFF_ON
from .functions import joined, sprintf

MOON_PHASE = {
    0: "New",
    1: "New Crescent",
    2: "First Quarter",
    3: "Waxing Gibbous",
    4: "Full",
    5: "Waning Gibbous",
    6: "Last Quarter",
    7: "Old Crescent",
}
SUNDAY0 = {0: "Sunday", 1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday"}
TRIGGER_MODE_LATER = {"M": "Motion Detection", "T": "Time Lapse", "P": "Point and Shoot"}


def _sequence(value: object) -> str:
    """``$val =~ s/ / of /``: the first space only."""
    return text_of(value).replace(" ", " of ", 1)


def _as_is(value: object) -> object:
    return value


LATER = {"FirmwareVersion": _as_is, "TriggerMode": lookup(TRIGGER_MODE_LATER)}

TABLES: dict[str, Table] = {
    "Reconyx": Table(
        rows={
            "MakerNoteVersion": sprintf("0x%.4x"),
            "FirmwareVersion": joined("."),
            "TriggerMode": lookup(
                {"C": "CodeLoc Not Entered", "E": "External Sensor", "M": "Motion Detection", "T": "Time Lapse"}
            ),
            "Sequence": _sequence,
            "DayOfWeek": lookup(SUNDAY0),
            "MoonPhase": lookup(MOON_PHASE),
            "AmbientTemperatureFahrenheit": suffix(" F"),
            "AmbientTemperature": suffix(" C"),
            "InfraredIlluminator": lookup(OFF_ON),
            "Illumination": lookup(OFF_ON),
            "Flash": lookup(OFF_ON),
            "BatteryVoltage": suffix(" V"),
        },
        text=frozenset({"UserLabel", "SerialNumber", "TriggerMode"}),
        sources=(
            Source("Reconyx::Type2", has_tag("Reconyx", "Micro1Version BootLoaderVersion Illumination"), LATER),
            Source(
                "Reconyx::Type3",
                has_tag("Reconyx", "FileNumber DirectoryNumber BatteryType AmbientInfrared"),
                {**LATER, "BatteryVoltage": _as_is},
            ),
        ),
    ),
}
