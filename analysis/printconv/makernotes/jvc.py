"""Printed values of ExifTool's JVC tables for the JVC group (JVC.pm, 12.57), keyed by tag name:
ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as the named
printers of :mod:`.functions`. The Main, Text tables feed the JVC group; where a later one prints a
name of an earlier one otherwise, its rows are a :class:`..table.Source` known by the tags only it
has."""

from ..convert import lookup
from ..table import Table

TABLES: dict[str, Table] = {
    "JVC": Table(
        rows={
            "Quality": lookup({0: "Low", 1: "Normal", 2: "Fine"}),
        },
    ),
}
