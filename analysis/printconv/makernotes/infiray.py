"""Printed values of ExifTool's InfiRay tables for the InfiRay group (InfiRay.pm, 12.57), keyed by tag
name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as the
named printers of :mod:`.functions`. The Version, Factory, Picture, Sensor, MixMode, OpMode,
Isothermal tables feed the InfiRay group; where a later one prints a name of an earlier one
otherwise, its rows are a :class:`..table.Source` known by the tags only it has."""

from ..table import Table
from .functions import (
    scaled,
    sprintf,
)

TABLES: dict[str, Table] = {
    "InfiRay": Table(
        rows={
            "EnvironmentTemp": sprintf("%.2f C"),
            "Distance": sprintf("%.2f m"),
            "Emissivity": sprintf("%.2f"),
            "Humidity": scaled(100, sprintf("%.1f %%")),
            "ReferenceTemp": sprintf("%.2f C"),
            "IRSensorAperture": sprintf("%.2f"),
            "IRFocalLength": sprintf("%.2f"),
            "FusionIntensity": scaled(100, sprintf("%.1f %%")),
            "DeviceTemp": sprintf("%.2f C"),
        },
    ),
}
