"""GE (General Imaging) maker-note tag table: ids and names from ExifTool 12.57 GE.pm (Main)."""

from ..table import Table, Tag

MAIN = Table({0x0202: "Macro", 0x0207: Tag("GEModel", fmt="string"), 0x0300: Tag("GEMake", fmt="string")})
