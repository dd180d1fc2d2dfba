"""TIFF files: the whole file is one TIFF structure, read by the EXIF reader as ExifTool reads it."""

import hashlib
import io
import json
import struct

from PIL import Image

from analysis import analyse
from analysis.formats import tiff as tiff_format
from analysis.metadata import READERS
from analysis.metadata.context import ReadContext
from tests.builders import UNDEFINED, exif_tiff

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


def test_a_bigtiff_is_reported_not_misread():
    report = analyse(b"II+\x00\x08\x00\x00\x00" + b"\x00" * 32)
    assert [(w.group, w.message) for w in report.warnings][:1] == [("TIFF", "BigTIFF directories are not read")]
    assert "IFD0" not in report.metadata


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
