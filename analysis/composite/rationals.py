"""The stored rationals of FocalPlaneX/YResolution, which ExifTool keeps beside their decimal value
(``$$et{RATIONAL}``) for Canon's sensor-size estimate (Canon.pm CalcSensorDiag: Canon writes the image
width x 1000 over the sensor width in thousandths of an inch). ``report.metadata`` holds the decimal
only (rounded to 10 digits, so the fraction cannot be recovered), hence this reading of the two
entries of the JPEG's EXIF ExifIFD."""

from ..errors import AnalysisError
from ..metadata.ifd import decode, open_tiff, read_directory

EXIF_IFD_POINTER = 0x8769
FOCAL_PLANE_RESOLUTION = {0xA20E: "FocalPlaneXResolution", 0xA20F: "FocalPlaneYResolution"}
_EXIF_HEADER = b"Exif\x00\x00"


def focal_plane_rationals(data: bytes, segments: list[dict]) -> dict[str, tuple[int, int]]:
    """``{"FocalPlaneXResolution": (numerator, denominator), ...}`` from the first APP1 Exif segment
    of a JPEG (``segments`` as in ``report.sections["jpeg"]``); empty where there is none or the
    EXIF is damaged (the EXIF reader reports the damage)."""
    segment = next((s for s in segments if s["marker"] == "APP1" and s["identifier"] == "Exif"), None)
    if segment is None:
        return {}
    body = data[segment["offset"] + 4 : segment["offset"] + segment["length"]]
    if not body.startswith(_EXIF_HEADER):
        return {}
    try:
        reader, ifd0 = open_tiff(body[len(_EXIF_HEADER) :])
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
