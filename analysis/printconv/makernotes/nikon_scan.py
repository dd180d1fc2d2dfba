"""Printed values of ExifTool's Nikon tables for the NikonScan group (Nikon.pm, 12.57), keyed by tag
name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as the
named printers of :mod:`.functions`. The Scan tables feed the NikonScan group; where a later one
prints a name of an earlier one otherwise, its rows are a :class:`..table.Source` known by the tags
only it has."""

from ..convert import lookup
from ..table import Table
from .common import OFF_ON
from .functions import (
    sprintf,
)

TABLES: dict[str, Table] = {
    "NikonScan": Table(
        rows={
            "MasterGain": sprintf("%.2f"),
            "ScanImageEnhancer": lookup(OFF_ON),
        },
    ),
}
