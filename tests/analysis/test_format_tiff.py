"""TIFF files: the whole file is one TIFF structure, read by the EXIF reader as ExifTool reads it."""

import hashlib
import io
import json
import struct

import pytest
from PIL import Image

from analysis import analyse
from analysis.formats import tiff as tiff_format
from analysis.metadata import READERS
from analysis.metadata.context import ReadContext
from tests.builders import ASCII, LONG, SHORT, UNDEFINED, exif_tiff, ifd

IPTC_MAIN = b"\x1c\x02\x05\x00\x04main"  # 2:5 ObjectName
IPTC_OTHER = b"\x1c\x02\x05\x00\x05other"


def tiff(**save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), (1, 2, 3)).save(out, "TIFF", **save)
    return out.getvalue()


def walk(data: bytes) -> dict:
    """The walker and the readers alone on a TIFF without pixels (strict: reader bugs raise)."""
    ctx = ReadContext(data, READERS, strict=True)
    tiff_format.read(data, ctx)
    return ctx.metadata


def test_it_names_the_first_directory_ifd0():
    data = tiff()
    metadata = analyse(data, strict=True).to_dict()["metadata"]
    assert metadata["IFD0"]["ImageWidth"] == 8
    assert metadata["IFD0"]["ImageHeight"] == 6
    assert metadata["IFD0"]["BitsPerSample"] == [8, 8, 8]
    strip = metadata["IFD0"]["StripOffsets"]  # a file offset: the first pixel is there
    assert data[strip : strip + 3] == bytes([1, 2, 3])
    assert metadata["File"] == {
        "FileType": "TIFF",
        "MIMEType": "image/tiff",
        "FileTypeExtension": "TIF",
        "ExifByteOrder": "II",
    }


def test_it_counts_the_pages_of_a_multi_page_tiff():
    out = io.BytesIO()
    first, second = Image.new("RGB", (8, 8)), Image.new("RGB", (4, 4))
    first.save(out, "TIFF", save_all=True, append_images=[second], tiffinfo={254: 2})
    metadata = analyse(out.getvalue(), strict=True).to_dict()["metadata"]
    assert metadata["File"]["PageCount"] == 2
    assert metadata["IFD1"]["ImageWidth"] == 4


def cr2(signature: bytes = b"CR\x02\x00") -> bytes:
    """A CR2-like TIFF: the Canon signature after the header, IFD0 at 16 with a strip (the JPEG
    preview in a real CR2), IFD1 with another."""
    jpeg = b"\xff\xd8\xff\xd9"
    ifd1_at = 16 + len(ifd([(0x0111, LONG, [0]), (0x0117, LONG, [4])], 16))
    ifd1 = ifd([(0x0111, LONG, [0]), (0x0117, LONG, [4])], ifd1_at)
    pixels_at = ifd1_at + len(ifd1)
    ifd0 = ifd([(0x0111, LONG, [pixels_at]), (0x0117, LONG, [len(jpeg)])], 16, next_offset=ifd1_at)
    ifd1 = ifd([(0x0111, LONG, [pixels_at]), (0x0117, LONG, [len(jpeg)])], ifd1_at)
    return b"II*\x00" + struct.pack("<I", 16) + signature + bytes(4) + ifd0 + ifd1 + jpeg


def test_the_strips_of_a_cr2_ifd0_are_its_preview_image():
    data = cr2()
    metadata = walk(data)
    start = metadata["IFD0"]["PreviewImageStart"]
    assert data[start : start + 2] == b"\xff\xd8"
    assert metadata["IFD0"]["PreviewImageLength"] == 4
    assert metadata["IFD0"]["PreviewImage"] == {"binary": 4, "offset": start}
    assert "StripOffsets" not in metadata["IFD0"]
    assert metadata["IFD1"]["StripOffsets"] == start  # only IFD0's (Exif.pm 0x111)


def test_without_the_cr2_signature_the_strips_stay_strips():
    metadata = walk(cr2(signature=b"XX\x02\x00"))
    assert "StripOffsets" in metadata["IFD0"] and "PreviewImageStart" not in metadata["IFD0"]


def test_a_truncated_tiff_keeps_what_was_read():
    data = tiff()
    report = analyse(data[:-20])
    assert report.metadata["File"]["ExifByteOrder"] == "II"
    json.dumps(report.to_dict())


def test_it_reads_iptc_from_ifd0_as_the_standard_iptc_with_its_digest():
    metadata = walk(exif_tiff([(0x83BB, UNDEFINED, IPTC_MAIN)]))
    assert metadata["IPTC"] == {"ObjectName": "main"}
    assert metadata["File"]["CurrentIPTCDigest"] == hashlib.md5(IPTC_MAIN).hexdigest()


def test_iptc_in_the_photoshop_settings_of_a_tiff_is_a_second_iptc_group():
    resource = b"8BIM" + struct.pack(">HBxI", 0x0404, 0, len(IPTC_OTHER)) + IPTC_OTHER + b"\x00"
    tiff_bytes = exif_tiff([(0x83BB, UNDEFINED, IPTC_MAIN), (0x8649, UNDEFINED, resource)])
    metadata = walk(tiff_bytes)
    assert (metadata["IPTC"], metadata["IPTC2"]) == ({"ObjectName": "main"}, {"ObjectName": "other"})
    assert metadata["File"]["CurrentIPTCDigest"] == hashlib.md5(IPTC_MAIN).hexdigest()


# Camera raws that are TIFF inside: File:FileType as ExifTool names it from the content
# (ExifTool.pm DoProcessTIFF, Exif.pm IdentifyRawFile), never from the file name.


def _file(data: bytes) -> dict:
    return analyse(data, "upload.tif", strict=True).metadata["File"]


def test_a_tiff_with_the_cr2_signature_is_a_cr2():
    data = b"II*\x00" + struct.pack("<I", 16) + b"CR\x02\x00" + bytes(4) + ifd([(0x010F, ASCII, "Canon")], 16)
    assert (_file(data)["FileType"], _file(data)["MIMEType"]) == ("CR2", "image/x-canon-cr2")


def test_a_tiff_with_dngversion_is_a_dng():
    data = exif_tiff([(0x010F, ASCII, "Canon"), (0xC612, 1, [1, 4, 0, 0])])
    assert _file(data)["FileType"] == "DNG"


@pytest.mark.parametrize(
    ("compression", "expected"), [(34713, "NEF"), (32767, "ARW"), (65535, "PEF"), (1, "TIFF"), (6, "TIFF")]
)
def test_a_raw_compression_names_the_makers_raw_type(compression, expected):
    data = exif_tiff([(0x0103, SHORT, [compression]), (0x010F, ASCII, "Maker")])
    assert _file(data)["FileType"] == expected


def test_the_file_name_does_not_make_a_tiff_a_raw():
    data = exif_tiff([(0x010F, ASCII, "NIKON CORPORATION")])
    assert analyse(data, "DSC_0001.NEF", strict=True).metadata["File"]["FileType"] == "TIFF"
