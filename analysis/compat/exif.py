"""EXIF as the original API saw it: ``piexif.load()`` semantics on our bounds-checked walker.

piexif itself is never given the bytes: it treats data without an image signature as a file
path and builds a struct format of ``count`` characters for any claimed count. Its tag-name
table (``piexif.TAGS``) is plain data and names the flat keys.
"""

import math
import struct
from dataclasses import dataclass, field
from typing import Any

import piexif

from ..binary import ByteReader
from ..errors import AnalysisError
from ..metadata.ifd import ASCII, FIELD_TYPES, RATIONALS, UNDEFINED, Entry, open_tiff, read_directory

EXIF_HEADER = b"Exif\x00\x00"
TAG_EXIF_IFD = piexif.ImageIFD.ExifTag
TAG_GPS_IFD = piexif.ImageIFD.GPSTag
NON_FINITE = {"nan": "NaN", "inf": "Inf", "-inf": "-Inf"}
# piexif reads these types from the offset even when they would fit inline (count 0).
ALWAYS_AT_OFFSET = (5, 10, 12)


@dataclass
class LegacyExif:
    """The piexif-style dictionaries: tag id → value (ints, floats, tuples or bytes)."""

    zeroth: dict[int, Any] = field(default_factory=dict)
    exif: dict[int, Any] = field(default_factory=dict)
    gps: dict[int, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def load(blob: bytes) -> LegacyExif | None:
    """Read IFD0, the Exif IFD and the GPS IFD of an EXIF blob as ``piexif.load`` would.

    ``blob`` is a TIFF structure with or without the ``Exif\\0\\0`` prefix (JPEG APP1, PNG eXIf,
    WebP EXIF, HEIF Exif item). Returns None when it has no readable TIFF header. Where piexif
    would raise for the whole blob (a value past the end, an unknown type), only that tag or
    directory is dropped, with a warning.
    """
    if blob.startswith(EXIF_HEADER):
        blob = blob[len(EXIF_HEADER) :]
    try:
        reader, ifd0 = open_tiff(blob)
    except AnalysisError:
        return None
    result = LegacyExif()
    result.zeroth = _directory(reader, ifd0, "Image", result.warnings)
    for pointer_tag, table, target in ((TAG_EXIF_IFD, "Exif", result.exif), (TAG_GPS_IFD, "GPS", result.gps)):
        pointer = result.zeroth.get(pointer_tag)
        if isinstance(pointer, int):
            target.update(_directory(reader, pointer, table, result.warnings))
    return result


def flat_tags(legacy: LegacyExif) -> dict[str, Any]:
    """The original's top-level keys: IFD0 then Exif IFD tags by piexif name, later wins.

    Bytes are decoded as UTF-8 with errors ignored, tuples rendered with ``str()``, numbers kept.
    ``MakerNote`` is left out: as text it is mangled bytes; ``metadata`` carries it decoded.
    A FLOAT that is NaN or infinite becomes ExifTool's text (``"NaN"``, ``"Inf"``, ``"-Inf"``).
    """
    flat: dict[str, Any] = {}
    for table, values in (("Image", legacy.zeroth), ("Exif", legacy.exif)):
        for tag, value in values.items():
            if tag == piexif.ExifIFD.MakerNote:
                continue
            if isinstance(value, bytes):
                value = value.decode("utf-8", "ignore")
            elif isinstance(value, tuple):
                value = str(value)
            elif isinstance(value, float) and not math.isfinite(value):
                value = NON_FINITE[str(value)]  # JSON has no NaN or infinity
            flat[piexif.TAGS[table][tag]["name"]] = value
    return flat


def gps_degrees(legacy: LegacyExif) -> tuple[float, float] | None:
    """Signed decimal degrees (latitude, longitude), as the original computed them.

    Present only when latitude, longitude and both refs are set; ``S`` and ``W`` are negative;
    a zero denominator counts as 0 (the original's ``safe_div``). None when absent or unusable.
    """
    gps = legacy.gps
    lat, lat_ref = gps.get(piexif.GPSIFD.GPSLatitude), gps.get(piexif.GPSIFD.GPSLatitudeRef)
    lon, lon_ref = gps.get(piexif.GPSIFD.GPSLongitude), gps.get(piexif.GPSIFD.GPSLongitudeRef)
    if not all([lat, lat_ref, lon, lon_ref]):
        return None
    try:
        return _degrees(lat, lat_ref), _degrees(lon, lon_ref)
    except (TypeError, IndexError):
        return None


def _degrees(coord: tuple, ref: bytes) -> float:
    def ratio(pair: tuple[int, int]) -> float:
        return pair[0] / pair[1] if pair[1] else 0

    value = ratio(coord[0]) + ratio(coord[1]) / 60.0 + ratio(coord[2]) / 3600.0
    return -value if ref in (b"S", b"W") else value


def _directory(reader: ByteReader, offset: int, table: str, warnings: list[str]) -> dict[int, Any]:
    known = piexif.TAGS[table]
    try:
        directory, cut = read_directory(reader, offset)
    except AnalysisError as exc:
        warnings.append(f"{table}: {exc}")
        return {}
    warnings.extend(cut)
    values = {}
    for entry in directory.entries:
        if entry.tag not in known:
            continue
        try:
            values[entry.tag] = _value(reader, entry)
        except (AnalysisError, struct.error) as exc:
            warnings.append(f"{table} tag 0x{entry.tag:04x}: {exc}")
    return values


def _value(reader: ByteReader, entry: Entry) -> Any:
    """piexif ``_ExifReader.convert_value``, bounds-checked: short ASCII/UNDEFINED reads are
    kept as piexif keeps them, short numeric reads raise."""
    if entry.type not in FIELD_TYPES or entry.type == 13:
        raise AnalysisError(f"unknown type {entry.type}")
    pointer = struct.unpack(reader.order + "I", entry.field)[0]
    data = reader.data
    if entry.type == ASCII:  # piexif drops the last byte, NUL or not
        return data[pointer : pointer + entry.count - 1] if entry.count > 4 else entry.field[: entry.count - 1]
    if entry.type == UNDEFINED:
        return data[pointer : pointer + entry.count] if entry.count > 4 else entry.field[: entry.count]
    size, code = FIELD_TYPES[entry.type]
    count = max(entry.count, 1) if entry.type in RATIONALS else entry.count
    if entry.type in ALWAYS_AT_OFFSET or size * count > 4:
        raw = reader.slice(pointer, size * count)
    else:
        raw = entry.field[: size * count]
    if entry.type in RATIONALS:
        flat = struct.unpack(f"{reader.order}{2 * count}{code}", raw)
        values: tuple = tuple(zip(flat[0::2], flat[1::2], strict=True))
    else:
        values = struct.unpack(f"{reader.order}{count}{code}", raw)
    return values[0] if len(values) == 1 else values
