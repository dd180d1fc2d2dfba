"""ThumbnailTIFF and PreviewTIFF: the stand-alone TIFF ExifTool rebuilds from an uncompressed
reduced-resolution image of a TIFF structure (ExifTool Exif.pm Composite ThumbnailTIFF,
RebuildTIFF and GenerateTIFF).

Each directory whose SubfileType is 1 (a reduced-resolution image) and Compression 1 (none), and
which has ImageWidth, ImageHeight, BitsPerSample, PhotometricInterpretation, StripOffsets,
SamplesPerPixel, RowsPerStrip and StripByteCounts, every strip holding exactly RowsPerStrip rows
and lying inside the file, becomes a little-endian/big-endian TIFF of one 15-entry directory:
the first such image no wider than 256 pixels is ``ThumbnailTIFF``, the others ``PreviewTIFF``,
each in the group of its directory. The image is described by its length, never built.
"""

from dataclasses import dataclass
from typing import Any

# The entries of the rebuilt directory (GenerateTIFF): tag → ExifTool Writable format.
ENTRY_FORMATS = {
    0x00FE: "int32u",  # SubfileType = 0
    0x0100: "int32u",  # ImageWidth
    0x0101: "int32u",  # ImageHeight
    0x0102: "int16u",  # BitsPerSample
    0x0103: "int16u",  # Compression
    0x0106: "int16u",  # PhotometricInterpretation
    0x0111: "int32u",  # StripOffsets (one strip)
    0x0112: "int16u",  # Orientation
    0x0115: "int16u",  # SamplesPerPixel
    0x0116: "int32u",  # RowsPerStrip = ImageHeight
    0x0117: "int32u",  # StripByteCounts
    0x011A: "rational64u",  # XResolution = 72
    0x011B: "rational64u",  # YResolution = 72
    0x011C: "int16u",  # PlanarConfiguration
    0x0128: "int16u",  # ResolutionUnit = 2
}
SIZES = {"int16u": 2, "int32u": 4, "rational64u": 8}
LIMITS = {"int16u": 0xFFFF, "int32u": 0xFFFFFFFF, "rational64u": 0xFFFFFFFF}
# TIFF header (8), entry count (2), entries (12 each), next-IFD offset (4).
DIRECTORY_BYTES = 8 + 2 + 12 * len(ENTRY_FORMATS) + 4
THUMBNAIL_MAX_WIDTH = 256
REQUIRED = (
    "ImageWidth",
    "ImageHeight",
    "BitsPerSample",
    "PhotometricInterpretation",
    "StripOffsets",
    "SamplesPerPixel",
    "RowsPerStrip",
    "StripByteCounts",
)


@dataclass(frozen=True)
class Rebuilt:
    """A rebuilt TIFF: its family-1 ``group``, ``tag`` (ThumbnailTIFF or PreviewTIFF) and its
    ``length`` in bytes, or ``length`` None when ExifTool could not write it ("Invalid …")."""

    group: str
    tag: str
    length: int | None


def rebuild(directories: list[tuple[str, dict[str, Any]]], file_size: int) -> list[Rebuilt]:
    """The TIFF images ExifTool rebuilds from ``directories`` (``(group, {tag: -n value})`` in the
    order read, offsets being file offsets) of a file of ``file_size`` bytes."""
    found: list[Rebuilt] = []
    for group, values in directories:
        if values.get("SubfileType") != 1 or values.get("Compression") != 1:
            continue
        if any(tag not in values for tag in REQUIRED):
            continue
        image = _entries(values, file_size)
        if image is None:
            continue
        entries, data = image
        thumbnail = not any(item.tag == "ThumbnailTIFF" for item in found) and entries[0x0100][0] <= THUMBNAIL_MAX_WIDTH
        found.append(Rebuilt(group, "ThumbnailTIFF" if thumbnail else "PreviewTIFF", _length(entries, data)))
    return found


def _length(entries: dict[int, list[int]], data: int) -> int | None:
    """The length of the TIFF written from ``entries`` and ``data`` bytes of pixels, or None when
    a value does not fit its format (ExifTool's WriteValue fails)."""
    extra = 0
    for tag, fmt in ENTRY_FORMATS.items():
        if any(not 0 <= value <= LIMITS[fmt] for value in entries[tag]):
            return None
        size = SIZES[fmt] * len(entries[tag])
        extra += size if size > 4 else 0  # values of more than 4 bytes follow the directory
    return DIRECTORY_BYTES + extra + data


def _entries(values: dict[str, Any], file_size: int) -> tuple[dict[int, list[int]], int] | None:
    """The entries of the rebuilt directory and the bytes of pixels it holds, or None when the
    image is not taken (a strip of the wrong size or outside the file, a value not numeric)."""
    numbers = {tag: _numbers(values[tag]) for tag in REQUIRED}
    numbers["PlanarConfiguration"] = _numbers(values.get("PlanarConfiguration", 1))
    numbers["Orientation"] = _numbers(values.get("Orientation", 1))
    if any(value is None or not value for value in numbers.values()):
        return None
    width, height = numbers["ImageWidth"][0], numbers["ImageHeight"][0]
    row_bytes = sum(width * ((bits + 7) // 8) for bits in numbers["BitsPerSample"])
    offsets, counts = numbers["StripOffsets"], numbers["StripByteCounts"]
    strip = row_bytes * numbers["RowsPerStrip"][0]
    data = 0
    for index, offset in enumerate(offsets):
        count = counts[index] if index < len(counts) else None
        if count != strip or offset < 0 or offset + count > file_size:
            return None
        data += count
    entries = {
        0x00FE: [0],
        0x0100: [width],
        0x0101: [height],
        0x0102: numbers["BitsPerSample"],
        0x0103: [1],
        0x0106: numbers["PhotometricInterpretation"],
        0x0111: [0],
        0x0112: numbers["Orientation"],
        0x0115: numbers["SamplesPerPixel"],
        0x0116: [height],
        0x0117: [height * row_bytes],
        0x011A: [72],
        0x011B: [72],
        0x011C: numbers["PlanarConfiguration"],
        0x0128: [2],
    }
    return entries, data


def _numbers(value: Any) -> list[int] | None:
    """A -n value as a list of integers (ExifTool splits it on spaces), or None if it is not."""
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(item, int) and not isinstance(item, bool) for item in values):
        return None
    return values
