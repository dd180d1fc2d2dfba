"""Printed values of ExifTool's GE tables for the GE group (GE.pm, 12.57), keyed by tag name:
ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as the named
printers of :mod:`.functions`. The Main tables feed the GE group; where a later one prints a name of
an earlier one otherwise, its rows are a :class:`..table.Source` known by the tags only it has."""

from ..convert import lookup
from ..table import Table
from .common import OFF_ON

TABLES: dict[str, Table] = {
    "GE": Table(
        rows={
            "Macro": lookup(OFF_ON),
        },
    ),
}
