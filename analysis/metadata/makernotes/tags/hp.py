"""Hewlett-Packard maker-note tag tables: offsets, names and conversions from ExifTool 12.57
HP.pm (Type2 text labels of the PhotoSmart E427; Type4 and Type6 little-endian blocks of the
PhotoSmart M627, M425, M525 and M527)."""

from ..table import BINARY, Table, Tag, Values

# HP.pm Type2: label found in the text → tag name.
TYPE2_LABELS = {"Lens Shading": "LensShading", "Serial Number": "SerialNumber"}


def _serial(value: str, _: Values) -> str | None:
    """HP.pm SerialNumber: kept only after its ``SERIAL NUMBER:`` label, which is removed."""
    return value[len("SERIAL NUMBER:") :] if value.startswith("SERIAL NUMBER:") else None


def _block(aperture: str, serial_at: int) -> Table:
    return Table(
        {
            0x0C: Tag(aperture, fmt="int16u", conv=lambda v: v / 10),
            0x10: Tag("ExposureTime", fmt="int32u", conv=lambda v: v / 1e6),
            0x14: Tag("CameraDateTime", fmt="string[20]"),
            0x34: Tag("ISO", fmt="int16u"),
            serial_at: Tag("SerialNumber", fmt="string[26]", raw=_serial),
        },
        kind=BINARY,
    )


TYPE4 = _block("MaxAperture", 0x5C)
TYPE6 = _block("FNumber", 0x58)
