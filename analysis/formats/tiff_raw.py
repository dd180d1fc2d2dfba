"""Camera raw files that are TIFF inside, named as ExifTool names them from their content.

ExifTool reads these as TIFF, then overrides ``File:FileType`` once the content says more
(ExifTool.pm DoProcessTIFF, Exif.pm IdentifyRawFile): a ``CR\\2\\0`` signature after the header
is a Canon CR2; a ``DNGVersion`` tag makes any of them a DNG; else the first Compression value
that only one maker's raw uses names the type, and a NEF whose IFD0 holds a JPEG-compressed
thumbnail is an NRW unless it has a NEFLinearizationTable. Types ExifTool takes from the file
name alone (IIQ, ERF, MOS...) are left TIFF: the name of an upload is not evidence.
"""

from typing import Any

# ExifTool.pm %mimeType for each raw type named here.
MIME = {
    "ARW": "image/x-sony-arw",
    "CR2": "image/x-canon-cr2",
    "DCR": "image/x-kodak-dcr",
    "DNG": "image/x-adobe-dng",
    "KDC": "image/x-kodak-kdc",
    "NEF": "image/x-nikon-nef",
    "NRW": "image/x-nikon-nrw",
    "PEF": "image/x-pentax-pef",
    "SRW": "image/x-samsung-srw",
}
# Exif.pm %compression values named "<Maker> <TYPE> Compressed".
COMPRESSION_TYPES = {32767: "ARW", 32770: "SRW", 32867: "KDC", 34713: "NEF", 65000: "DCR", 65535: "PEF"}
CR2_SIGNATURE = b"CR\x02\x00"
JPEG_COMPRESSION = 6


def raw_type(data: bytes, metadata: dict[str, dict[str, Any]]) -> str | None:
    """The raw file type of a classic TIFF ``data`` whose tags are ``metadata`` (family-1 groups,
    ``-n`` values, in the order read), or None when it is a plain TIFF as far as the content says."""
    if "DNGVersion" in metadata.get("IFD0", {}):
        return "DNG"
    first_ifd = int.from_bytes(data[4:8], "little" if data[:2] == b"II" else "big")
    if data[2:4] in (b"*\x00", b"\x00*") and first_ifd >= 16 and data[8:12] == CR2_SIGNATURE:
        return "CR2"
    compressions = (tags.get("Compression") for tags in metadata.values())
    found = next(
        (COMPRESSION_TYPES[value] for value in compressions if isinstance(value, int) and value in COMPRESSION_TYPES),
        None,
    )
    if found == "NEF" and metadata.get("IFD0", {}).get("Compression") == JPEG_COMPRESSION:
        nikon = metadata.get("Nikon", {})
        return "NEF" if "NEFLinearizationTable" in nikon else "NRW"
    return found
