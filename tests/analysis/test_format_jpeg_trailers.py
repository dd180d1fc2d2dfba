"""Trailers after a JPEG (AFCP, FotoStation, Photo Mechanic, Samsung) read as ExifTool reads
them: their own groups, IPTC in a trailer as a numbered IPTC group, damage reported, never raised."""

import struct

import pytest

from analysis import analyse
from analysis.printconv import print_values
from tests.analysis.test_format_psd import document
from tests.builders import ASCII, exif_tiff, iptc_app13, jpeg, with_segments

IMAGE = jpeg()


def dataset(record: int, number: int, value: bytes) -> bytes:
    return struct.pack(">BBBH", 0x1C, record, number, len(value)) + value


IPTC = dataset(2, 0, b"\x00\x02") + dataset(2, 120, b"Trailer caption") + dataset(2, 90, b"Oslo")


def afcp(entries: list[tuple[bytes, bytes]], at: int, order: str = ">") -> bytes:
    """An AFCP trailer starting at file offset ``at``: header, directory, values, footer."""
    signature = b"AXS!" if order == ">" else b"AXS*"
    values_at = at + 12 + 12 * len(entries)
    directory, values = b"", b""
    for entry_id, value in entries:
        directory += entry_id + struct.pack(order + "II", len(value), values_at + len(values))
        values += value
    header = signature + struct.pack(order + "HHI", 1, len(entries), 0)
    return header + directory + values + signature + struct.pack(order + "II", at, 0)


def fotostation(*records: tuple[int, bytes]) -> bytes:
    return b"".join(value + struct.pack(">HII", tag, len(value) + 10, 0xA1B2C3D4) for tag, value in records)


def photomechanic(datasets: bytes) -> bytes:
    return datasets + struct.pack(">I", len(datasets)) + b"cbipcbbl"


def samsung(*entries: tuple[int, bytes, bytes]) -> bytes:
    """A Samsung trailer: entry blocks, then the SEFH directory block ending ``SEFT``."""
    blocks, positions = b"", []
    for entry_type, name, value in entries:
        positions.append((entry_type, len(blocks), 8 + len(name) + len(value)))
        blocks += struct.pack("<HHI", 0, entry_type, len(name)) + name + value
    directory = b"SEFH" + struct.pack("<II", 101, len(entries))
    for entry_type, at, size in positions:
        directory += struct.pack("<HHII", 0, entry_type, len(blocks) - at, size)
    return blocks + directory + struct.pack("<I", len(directory)) + b"SEFT"


def test_afcp_iptc_is_read_as_a_second_iptc_group():
    report = analyse(IMAGE + afcp([(b"IPTC", IPTC), (b"TEXT", b"note")], len(IMAGE)), strict=True)
    assert report.metadata["IPTC2"] == {
        "ApplicationRecordVersion": 2,
        "Caption-Abstract": "Trailer caption",
        "City": "Oslo",
    }
    assert report.metadata["AFCP"] == {"Text": "note"}
    assert "IPTC" not in report.metadata


def test_afcp_iptc_numbers_after_the_standard_iptc():
    image = with_segments(IMAGE, iptc_app13([(2, 120, b"In APP13")]))
    report = analyse(image + afcp([(b"IPTC", IPTC)], len(image)), strict=True)
    assert report.metadata["IPTC"]["Caption-Abstract"] == "In APP13"
    assert report.metadata["IPTC2"]["Caption-Abstract"] == "Trailer caption"


def test_afcp_little_endian_with_a_thumbnail():
    thumbnail = b"\x00" * 10 + b"\xff\xd8\xff\xe0" + b"jpeg"
    report = analyse(IMAGE + afcp([(b"Nail", thumbnail)], len(IMAGE), order="<"), strict=True)
    assert report.metadata["AFCP"] == {"ThumbnailImage": {"binary": 8}}


def test_afcp_offsets_of_a_moved_trailer_are_repaired():
    trailer = afcp([(b"IPTC", IPTC)], len(IMAGE))
    report = analyse(IMAGE + b"\x00" * 7 + trailer, strict=True)
    assert report.metadata["IPTC2"]["City"] == "Oslo"
    assert any(w.message == "Adjusted AFCP offsets by 7" for w in report.warnings)


def test_fotostation_soft_edits_and_iptc():
    soft_edit = struct.pack(">12i", 1536, 1024, 3, 38626, 27000, 0, 18422, 24458, 83035, 77817, 0, -150)
    report = analyse(IMAGE + fotostation((1, IPTC), (2, soft_edit), (3, b"\xff\xd8\xff\xdbthumb")), strict=True)
    assert report.metadata["FotoStation"] == {
        "OriginalImageWidth": 1536,
        "OriginalImageHeight": 1024,
        "ColorPlanes": 3,
        "XYResolution": 38.626,
        "Rotation": 90,  # 270 degrees counter-clockwise, as ExifTool gives it clockwise
        "CropLeft": 18.422,
        "CropTop": 24.458,
        "CropRight": 83.035,
        "CropBottom": 77.817,
        "CropRotation": 1.5,
        "ThumbnailImage": {"binary": 9, "offset": len(IMAGE) + len(IPTC) + 10 + 48 + 10},
    }
    assert report.metadata["IPTC2"]["Caption-Abstract"] == "Trailer caption"
    assert print_values(report.metadata)["FotoStation"]["CropLeft"] == "18.422%"


def test_photomechanic_soft_edits():
    edits = b"".join(
        dataset(2, number, struct.pack(">I", value)) for number, value in ((221, 1), (222, 6), (216, 2), (217, 438))
    )
    report = analyse(IMAGE + photomechanic(edits + dataset(2, 209, struct.pack(">I", 32768))), strict=True)
    assert report.metadata["PhotoMechanic"] == {
        "Tagged": 1,
        "ColorClass": 6,
        "Rotation": 2,
        "CropLeft": 438,
        "RawCropLeft": 50,
    }
    assert print_values(report.metadata)["PhotoMechanic"] == {
        "Tagged": "Yes",
        "ColorClass": "6 (Typical alt)",
        "Rotation": "180",
        "RawCropLeft": "50.000%",
    }


def test_samsung_capture_time_and_motion_photo():
    trailer = samsung(
        (0x0A01, b"Image_UTC_Data", b"1523410083171"),
        (0x0A30, b"MotionPhoto_Data", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 12),
    )
    report = analyse(IMAGE + trailer, strict=True)
    assert report.metadata["Samsung"] == {
        "TimeStamp": "2018:04:11 01:28:03.171+00:00",
        "EmbeddedVideoType": "MotionPhoto_Data",
        "EmbeddedVideoFile": {"binary": 24},
    }


def test_nikon_nx_studio_edits_are_read_as_xmp():
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="NX Studio 1.2"/>'
        b"</rdf:RDF></x:xmpmeta>"
    )
    body = b"NIKON APP\x00".ljust(0x40, b"\x00") + struct.pack(">II", 1, len(xmp)) + xmp + struct.pack(">II", 0, 0)
    trailer = body + struct.pack(">I", len(body) + 20) + b"\x00" * 6 + b"/NIKON APP"
    report = analyse(IMAGE + trailer, strict=True)
    assert report.metadata["XMP-xmp"] == {"CreatorTool": "NX Studio 1.2"}


def test_an_insta360_trailer_is_stepped_over_to_the_one_before():
    records = b"\x00" * 30  # timed data, read by ExifTool only with -ee
    footer = b"\x00" * 38 + struct.pack("<I", len(records) + 78) + b"\x00" * 4 + b"8db42d694ccc418790edff439fe026bf"
    report = analyse(IMAGE + photomechanic(dataset(2, 221, b"\x00\x00\x00\x01")) + records + footer, strict=True)
    assert report.metadata["PhotoMechanic"] == {"Tagged": 1}


def test_canon_vrd_xmp_is_read_and_the_trailer_before_it_too():
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:Rating="3"/></rdf:RDF></x:xmpmeta>'
    )
    blocks = struct.pack(">II", 0xFFFF00F6, len(xmp)) + xmp
    header = b"CANON OPTIONAL DATA\x00\x00\x01\x00\x00" + struct.pack(">I", len(blocks))
    footer = b"CANON OPTIONAL DATA\x00" + struct.pack(">I", len(blocks)) + b"\x00" * 38 + b"\xff\xd9"
    before = photomechanic(dataset(2, 221, b"\x00\x00\x00\x01"))
    report = analyse(IMAGE + before + header + blocks + footer, strict=True)
    assert report.metadata["XMP-xmp"] == {"Rating": 3}
    assert report.metadata["PhotoMechanic"] == {"Tagged": 1}


def test_trailers_in_a_row_are_all_read():
    first = afcp([(b"IPTC", IPTC)], len(IMAGE))
    data = IMAGE + first + photomechanic(dataset(2, 221, b"\x00\x00\x00\x01"))
    report = analyse(data, strict=True)
    assert report.metadata["PhotoMechanic"] == {"Tagged": 1}
    assert report.metadata["IPTC2"]["City"] == "Oslo"


def test_overlapping_afcp_entries_are_read_no_more_than_the_file_size():
    region = IPTC + b"\x00" * 200_000
    at = len(IMAGE) + len(region)
    entries = b"".join(b"IPTC" + struct.pack(">II", len(region), len(IMAGE)) for _ in range(5000))
    trailer = b"AXS!" + struct.pack(">HHI", 1, 5000, 0) + entries + b"AXS!" + struct.pack(">II", at, 0)
    report = analyse(IMAGE + region + trailer, strict=True)
    assert report.metadata["IPTC2"]["City"] == "Oslo"
    assert any(w.message == "AFCP entries overlap; the rest was not read" for w in report.warnings)


def test_samsung_entries_sharing_one_large_region_are_cheap():
    region = b"\x00\x00\x01\x00" + struct.pack("<I", 3_000_000) + b"n" * 3_000_000
    directory = b"SEFH" + struct.pack("<II", 101, 4000) + struct.pack("<HHII", 0, 1, len(region), len(region)) * 4000
    trailer = region + directory + struct.pack("<I", len(directory)) + b"SEFT"
    report = analyse(IMAGE + trailer, strict=True)
    assert report.metadata["Samsung"]["EmbeddedImage2"] == {"binary": 0}


@pytest.mark.parametrize(
    "tail",
    [
        b"AXS!" + struct.pack(">II", 0xFFFFFFF0, 0),
        b"AXS!" + struct.pack(">II", 3, 0),
        struct.pack(">HII", 1, 0xFFFFFF, 0xA1B2C3D4),
        struct.pack(">HII", 2, 10, 0xA1B2C3D4) * 3,
        struct.pack(">I", 0x7FFFFFFF) + b"cbipcbbl",
        b"\x1c\x02" + struct.pack(">I", 2) + b"cbipcbbl",
        struct.pack("<I", 0xFFFF) + b"SEFT",
        b"SEFH" + struct.pack("<II", 101, 0x7FFFFFFF) + struct.pack("<I", 12) + b"SEFT",
        b"\x00\x00QDIOBS",
        struct.pack(">I", 0xFFFFFF) + b"\x00" * 6 + b"/NIKON APP",
        struct.pack(">I", 20) + b"\x00" * 6 + b"/NIKON APP",
        b"CANON OPTIONAL DATA\x00" + struct.pack(">I", 0xFFFFFF00) + b"\x00" * 40,
        b"CANON OPTIONAL DATA\x00" * 2 + struct.pack(">I", 0) + b"\x00" * 20,
    ],
)
def test_damaged_trailers_are_not_fatal(tail):
    report = analyse(IMAGE + tail, strict=True)
    assert report.metadata["File"]["FileType"] == "JPEG"


@pytest.mark.parametrize("container", ["PSD", "TIFF"])
def test_a_photomechanic_trailer_after_a_psd_or_a_tiff_is_read(container):
    # ExifTool looks for trailers after these images too (Photoshop.pm ProcessPSD, ProcessTIFF).
    image = document(layers=[], tail=bytes(8)) if container == "PSD" else exif_tiff([(0x010F, ASCII, "Canon")])
    tagged = photomechanic(dataset(2, 221, struct.pack(">I", 1)))
    report = analyse(image + tagged, strict=True)
    assert report.file.type == container
    assert report.metadata["PhotoMechanic"] == {"Tagged": 1}


def test_photomechanic_text_stays_text_unless_its_conversion_does_arithmetic():
    # Issue 10; checked against ExifTool 12.57: Rating "1.00" and FrameNum "0012" as written,
    # RawCropLeft "65536" and RawCropTop "0012 px" through their ValueConv $val / 655.36.
    edits = dataset(2, 223, b"1.00") + dataset(2, 215, b"0012") + dataset(2, 209, b"65536")
    report = analyse(IMAGE + photomechanic(edits + dataset(2, 210, b"0012 px")), strict=True)
    assert report.metadata["PhotoMechanic"] == {
        "Rating": "1.00",
        "FrameNum": "0012",
        "RawCropLeft": 100,
        "RawCropTop": 0.018310546875,
    }
    assert print_values(report.metadata)["PhotoMechanic"] == {"RawCropLeft": "100.000%", "RawCropTop": "0.018%"}


def test_samsung_trailer_text_stays_text_and_still_prints():
    report = analyse(IMAGE + samsung((0x0AA1, b"MCC_Data", b"202")), strict=True)
    assert report.metadata["Samsung"] == {"MCCData": "202"}
    assert print_values(report.metadata)["Samsung"] == {"MCCData": "Greece"}
