"""Printed values of ExifTool's File group (lib/Image/ExifTool.pm, 12.57: %Extra, JPEG::SOF)."""

from typing import Any

from . import exif
from .convert import lookup
from .table import Table

ENCODING_PROCESS = {
    0x0: "Baseline DCT, Huffman coding",
    0x1: "Extended sequential DCT, Huffman coding",
    0x2: "Progressive DCT, Huffman coding",
    0x3: "Lossless, Huffman coding",
    0x5: "Sequential DCT, differential Huffman coding",
    0x6: "Progressive DCT, differential Huffman coding",
    0x7: "Lossless, Differential Huffman coding",
    0x9: "Extended sequential DCT, arithmetic coding",
    0xA: "Progressive DCT, arithmetic coding",
    0xB: "Lossless, arithmetic coding",
    0xD: "Sequential DCT, differential arithmetic coding",
    0xE: "Progressive DCT, differential arithmetic coding",
    0xF: "Lossless, differential arithmetic coding",
}

BYTE_ORDER = {"II": "Little-endian (Intel, II)", "MM": "Big-endian (Motorola, MM)"}


def lower(value: Any) -> Any:
    """FileTypeExtension in lower case (``"JPG"`` prints ``"jpg"``)."""
    return value.lower() if isinstance(value, str) else value


TABLE = Table(
    {
        "EncodingProcess": lookup(ENCODING_PROCESS, hex_unknown=True),
        "ExifByteOrder": lookup(BYTE_ORDER),
        "FileTypeExtension": lower,
        "YCbCrSubSampling": lookup(exif.YCBCR_SUB_SAMPLING),
    },
    text=frozenset({"Comment"}),
)
