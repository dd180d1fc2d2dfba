"""Printed values of the trailer tables (PhotoMechanic.pm %PhotoMechanic::SoftEdit,
FotoStation.pm %FotoStation::SoftEdit; ExifTool 12.57): groups PhotoMechanic and FotoStation."""

from .convert import lookup, suffix, template
from .table import Table, names

_RAW_CROP = template("%.3f%%")
_PERCENT = suffix("%")
_COLOR_CLASSES = (
    "None",
    "Winner",
    "Winner alt",
    "Superior",
    "Superior alt",
    "Typical",
    "Typical alt",
    "Extras",
    "Trash",
)

PHOTOMECHANIC = Table(
    {
        "Rotation": lookup({0: "0", 1: "90", 2: "180", 3: "270"}),
        "Tagged": lookup({0: "No", 1: "Yes"}),
        "ColorClass": lookup({number: f"{number} ({label})" for number, label in enumerate(_COLOR_CLASSES)}),
        **dict.fromkeys(names("RawCropLeft RawCropTop RawCropRight RawCropBottom"), _RAW_CROP),
        **dict.fromkeys(names("PreviewCropLeft PreviewCropTop PreviewCropRight PreviewCropBottom"), _RAW_CROP),
    }
)

FOTOSTATION = Table(dict.fromkeys(("CropLeft", "CropTop", "CropRight", "CropBottom"), _PERCENT))

TABLES = {"PhotoMechanic": PHOTOMECHANIC, "FotoStation": FOTOSTATION}
