"""Motorola maker-note tag table: ids and names from ExifTool 12.57 Motorola.pm (Main)."""

from ..table import Table, Tag

MAIN = Table(
    {
        0x5500: "BuildNumber",
        0x5501: "SerialNumber",
        0x6420: Tag("CustomRendered", when=lambda p: p.fmt == "string"),
        0x64D0: "DriveMode",
        0x665E: "Sensor",
        0x6705: "ManufactureDate",
    },
)
