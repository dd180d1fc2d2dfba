"""The stored rationals of FocalPlaneX/YResolution, which ExifTool keeps beside their decimal value
(``$$et{RATIONAL}``) for Canon's sensor-size estimate (Canon.pm CalcSensorDiag: Canon writes the image
width x 1000 over the sensor width in thousandths of an inch). ``report.metadata`` holds the decimal
only (rounded to 10 digits, so the fraction cannot be recovered), hence this reading of the two
entries of the file's EXIF ExifIFD."""

from ..errors import AnalysisError
from ..metadata.ifd import decode, open_tiff, read_directory

EXIF_IFD_POINTER = 0x8769
FOCAL_PLANE_RESOLUTION = {0xA20E: "FocalPlaneXResolution", 0xA20F: "FocalPlaneYResolution"}
_EXIF_HEADER = b"Exif\x00\x00"
_TIFF_MAGIC = (b"II*\x00", b"MM\x00*")
# How far into a file that is neither JPEG nor TIFF the EXIF block is looked for (HEIF and WebP
# keep it near the start; the search must stay cheap on large files).
MAX_EXIF_SEARCH = 1 << 20


def focal_plane_rationals(data: bytes, segments: list[dict] | None) -> dict[str, tuple[int, int]]:
    """``{"FocalPlaneXResolution": (numerator, denominator), ...}`` from the first APP1 Exif segment
    of a JPEG (``segments`` as in ``report.sections["jpeg"]``), or for another file (``segments``
    None) from the file itself when it is TIFF-based (TIFF, DNG, CR2), else from the first
    ``Exif\0\0`` TIFF block in its first MAX_EXIF_SEARCH bytes (HEIF, WebP); empty where there is
    none or the EXIF is damaged (the EXIF reader reports the damage)."""
    if segments is None:
        if data[:4] in _TIFF_MAGIC:
            return _rationals(data)
        at = data.find(_EXIF_HEADER, 0, MAX_EXIF_SEARCH)
        while at >= 0:  # (an item or chunk may be named "Exif" before the block itself)
            start = at + len(_EXIF_HEADER)
            if data[start : start + 4] in _TIFF_MAGIC:
                return _rationals(data[start : start + MAX_EXIF_SEARCH])
            at = data.find(_EXIF_HEADER, start, MAX_EXIF_SEARCH)
        return {}
    segment = next((s for s in segments if s["marker"] == "APP1" and s["identifier"] == "Exif"), None)
    if segment is None:
        return {}
    body = data[segment["offset"] + 4 : segment["offset"] + segment["length"]]
    if not body.startswith(_EXIF_HEADER):
        return {}
    return _rationals(body[len(_EXIF_HEADER) :])


def _rationals(tiff: bytes) -> dict[str, tuple[int, int]]:
    try:
        reader, ifd0 = open_tiff(tiff)
        directory, _ = read_directory(reader, ifd0)
        pointer = next((e for e in directory.entries if e.tag == EXIF_IFD_POINTER), None)
        if pointer is None:
            return {}
        exif, _ = read_directory(reader, decode(reader, pointer)[0])
        return {
            FOCAL_PLANE_RESOLUTION[e.tag]: decode(reader, e)[0]
            for e in exif.entries
            if e.tag in FOCAL_PLANE_RESOLUTION and e.type == 5 and e.count >= 1
        }
    except (AnalysisError, IndexError):
        return {}
