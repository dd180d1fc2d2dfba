"""IPTC IIM reader: datasets named and valued as ``exiftool -j -G1 -n`` shows them, in the coded
character set, damage reported."""

import hashlib
import struct

from analysis import analyse
from analysis.metadata import READERS
from analysis.metadata.context import Block, ReadContext
from analysis.metadata.iptc import datasets
from tests.builders import SHORT, UNDEFINED, exif_tiff

STANDARD = "JPEG-APP13-Photoshop-IPTC"


def dataset(record: int, number: int, value: bytes | str) -> bytes:
    raw = value.encode() if isinstance(value, str) else value
    return struct.pack(">BBBH", 0x1C, record, number, len(raw)) + raw


def read(*blocks: tuple[bytes, str]) -> ReadContext:
    ctx = ReadContext(b"", READERS, strict=True)
    for data, path in blocks:
        ctx.read(Block("IPTC", data, path))
    return ctx


def test_it_reads_application_record_datasets():
    block = (
        dataset(2, 0, b"\x00\x04")
        + dataset(2, 5, "Test picture")
        + dataset(2, 25, "sunset")
        + dataset(2, 25, "2010")
        + dataset(2, 80, "Ann Author")
        + dataset(2, 10, "8")
        + dataset(2, 55, "20040227")
        + dataset(2, 60, "105400+0100")
        + dataset(2, 116, "(c) Ann\x00")
    )
    assert read((block, STANDARD)).metadata["IPTC"] == {
        "ApplicationRecordVersion": 4,
        "ObjectName": "Test picture",
        "Keywords": ["sunset", "2010"],  # text stays text, even when it looks like a number
        "By-line": "Ann Author",
        "Urgency": 8,
        "DateCreated": "2004:02:27",
        "TimeCreated": "10:54:00+01:00",
        "CopyrightNotice": "(c) Ann",
    }


def test_it_keeps_the_last_of_a_repeated_single_dataset():
    block = dataset(2, 5, "first") + dataset(2, 5, "second")
    assert read((block, STANDARD)).metadata["IPTC"] == {"ObjectName": "second"}


def test_it_decodes_utf8_when_the_coded_character_set_says_so():
    block = dataset(1, 90, b"\x1b%G") + dataset(2, 90, "Zürich".encode())
    assert read((block, STANDARD)).metadata["IPTC"] == {"CodedCharacterSet": "\x1b%G", "City": "Zürich"}


def test_it_decodes_windows_1252_without_a_coded_character_set():
    block = dataset(2, 90, b"Z\xfcrich \x80")
    assert read((block, STANDARD)).metadata["IPTC"] == {"City": "Zürich €"}


def test_it_reads_an_extended_length_dataset():
    caption = "x" * 40000
    block = struct.pack(">BBBH", 0x1C, 2, 120, 0x8004) + struct.pack(">I", len(caption)) + caption.encode()
    assert read((block, STANDARD)).metadata["IPTC"] == {"Caption-Abstract": caption}


def test_it_warns_about_a_truncated_dataset_and_keeps_the_earlier_ones():
    block = dataset(2, 5, "kept") + dataset(2, 120, "a caption")[:-4]
    ctx = read((block, STANDARD))
    assert ctx.metadata["IPTC"] == {"ObjectName": "kept"}
    assert "truncated" in ctx.warnings[0].message


def test_it_warns_about_a_bad_tag_marker_but_not_about_nul_padding():
    padded = read((dataset(2, 5, "a") + b"\x00" * 16, STANDARD))
    assert padded.metadata["IPTC"] == {"ObjectName": "a"}
    assert padded.warnings == []
    damaged = read((dataset(2, 5, "a") + b"\x1d\x02\x05\x00\x01x", STANDARD))
    assert damaged.metadata["IPTC"] == {"ObjectName": "a"}
    assert "marker 0x1d" in damaged.warnings[0].message


def test_it_numbers_a_block_outside_the_standard_place():
    ctx = read((dataset(2, 5, "main"), STANDARD), (dataset(2, 5, "other"), "JPEG-APP13-Photoshop-IPTC-extra"))
    assert ctx.metadata["IPTC"] == {"ObjectName": "main"}
    assert ctx.metadata["IPTC2"] == {"ObjectName": "other"}


def test_an_empty_block_has_no_datasets_but_its_digest():
    ctx = read((b"", STANDARD))
    assert ctx.metadata == {"File": {"CurrentIPTCDigest": "d41d8cd98f00b204e9800998ecf8427e"}}  # MD5 of nothing
    assert ctx.warnings == []


def test_the_first_standard_block_gives_the_current_iptc_digest():
    main, other = dataset(2, 5, "main"), dataset(2, 5, "other")
    ctx = read((other, "JPEG-APP1-IFD0-IPTC"), (main, STANDARD), (other, STANDARD))
    assert ctx.metadata["File"] == {"CurrentIPTCDigest": hashlib.md5(main).hexdigest()}
    assert (ctx.metadata["IPTC"], ctx.metadata["IPTC2"], ctx.metadata["IPTC3"]) == (
        {"ObjectName": "main"},
        {"ObjectName": "other"},
        {"ObjectName": "other"},
    )


def test_a_block_in_a_file_type_without_a_standard_place_is_iptc_but_has_no_digest():
    ctx = read((dataset(2, 5, "png"), "PNG-IPTC_Profile"))
    assert ctx.metadata == {"IPTC": {"ObjectName": "png"}}


def test_an_empty_first_block_still_takes_the_iptc_group():
    ctx = read((b"", STANDARD), (dataset(2, 5, "later"), "PSD-IPTC"))
    assert ctx.metadata["IPTC2"] == {"ObjectName": "later"}


def test_iptc_at_the_afcp_tiff_tag_is_a_second_iptc_group():
    ifd0 = [(0x0100, SHORT, [1]), (0x0101, SHORT, [1])]
    ifd0 += [(0x83BB, UNDEFINED, dataset(2, 120, "in IFD0")), (0x8568, UNDEFINED, dataset(2, 120, "AFCP tag"))]
    metadata = analyse(exif_tiff(ifd0), strict=True).metadata
    assert metadata["IPTC"] == {"Caption-Abstract": "in IFD0"}  # Exif.pm 0x83bb: the standard place
    assert metadata["IPTC2"] == {"Caption-Abstract": "AFCP tag"}  # Exif.pm 0x8568 AFCP_IPTC


def test_the_iim_walk_serves_other_iim_structured_blocks():
    ctx = ReadContext(b"", READERS, strict=True)
    found = list(datasets(dataset(2, 221, b"\x00\x00\x00\x01") + b"\x1c\x02", ctx, "PhotoMechanic"))
    assert found == [(2, 221, b"\x00\x00\x00\x01")]
    assert ctx.warnings == []  # fewer than 5 bytes left: the walk ends, as ExifTool's does
