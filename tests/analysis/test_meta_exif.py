"""EXIF: IFD0, ExifIFD, GPS, InteropIFD, IFD1, SubIFD named and valued as ``exiftool -j -G1 -n``."""

import json
import re
import struct

import pytest

from analysis import analyse
from analysis.metadata import exif
from analysis.metadata.context import Block, ReadContext
from tests.builders import ASCII, LONG, RATIONAL, SHORT, UNDEFINED, exif_tiff, ifd, jpeg

BYTE, SRATIONAL = 1, 10


def read(tiff: bytes, path: str = "JPEG-APP1", offset: int = 100, readers: dict | None = None) -> ReadContext:
    """Our reader alone on one EXIF block, as a container would hand it (strict: bugs raise)."""
    ctx = ReadContext(b"", {"EXIF": exif.read, **(readers or {})}, strict=True)
    ctx.read(Block("EXIF", tiff, path, offset))
    return ctx


def warnings(ctx: ReadContext) -> list[str]:
    return [f"{w.group}: {w.message}" for w in ctx.warnings]


def tiff_with(ifd0: list[tuple], next_ifds: list[list[tuple]] = ()) -> bytes:
    """A TIFF structure whose IFD0 is followed by the chained IFDs ``next_ifds`` (IFD1, IFD2, …)."""
    blocks, at = [], 8
    for entries in [ifd0, *next_ifds]:
        size = len(ifd(entries, at))
        blocks.append((entries, at))
        at += size
    starts = [start for _, start in blocks[1:]] + [0]
    body = b"".join(ifd(entries, start, next_offset=nxt) for (entries, start), nxt in zip(blocks, starts))
    return b"II*\x00" + struct.pack("<I", 8) + body


EXIF_GROUPS = re.compile(r"IFD\d+|ExifIFD|GPS|InteropIFD|SubIFD\d*|GlobParamIFD|GeoTiff")


def test_corpus_jpegs_and_tiffs_agree_with_exiftool(shared):
    """The IFD tags ExifTool 12.57 gives (``-j -G1 -n``) for the corpus JPEG and TIFF files:
    at least 99% present and equal (numbers to 1e-9 relative)."""
    total, equal, differing = 0, 0, []
    oracles = shared / "compat/exiftool"
    for oracle in sorted(oracles.glob("**/*.json")):
        relative = oracle.relative_to(oracles).with_suffix("")
        if relative.suffix.lower() not in (".jpg", ".jpeg", ".tif", ".tiff"):
            continue
        source = shared / "corpus" / relative
        source = source if source.exists() else shared / "corpus/exif-samples" / relative
        ours = analyse(source.read_bytes()).to_dict()["metadata"]
        for key, value in json.loads(oracle.read_text())[0].items():
            group, tag = key.split(":", 1)
            if EXIF_GROUPS.fullmatch(group):
                total += 1
                if _same(ours.get(group, {}).get(tag), value):
                    equal += 1
                else:
                    differing.append(f"{relative} {key}")
    assert total > 3000
    assert equal / total >= 0.99, differing[:20]


def _same(ours, theirs) -> bool:
    """Our JSON value beside ExifTool's -j text: lists are space-joined there, binary described."""
    if isinstance(ours, dict):
        return theirs == f"(Binary data {ours['binary']} bytes, use -b option to extract)"
    if isinstance(ours, list):
        return (
            isinstance(theirs, str)
            and len(theirs.split(" ")) == len(ours)
            and all(_same(a, b) for a, b in zip(ours, theirs.split(" "), strict=True))
        )
    number = r"-?\d+(\.\d+)?(e[-+]\d+)?"  # ExifTool's JSON prints number-like text unquoted
    if re.fullmatch(number, str(ours)) and re.fullmatch(number, str(theirs)):
        return float(ours) == pytest.approx(float(theirs), rel=1e-9)
    return str(ours) == str(theirs)


def test_it_reads_ifd0_text_and_rationals():
    ctx = read(exif_tiff([(0x010F, ASCII, "Canon  "), (0x0110, ASCII, "EOS 40D"), (0x011A, RATIONAL, [(72, 1)])]))
    assert ctx.metadata["IFD0"] == {"Make": "Canon", "Model": "EOS 40D", "XResolution": 72}
    assert ctx.metadata["File"] == {"ExifByteOrder": "II"}


def test_it_reads_big_endian_exif():
    ctx = read(exif_tiff([(0x0112, SHORT, [6])], exif=[(0x829D, RATIONAL, [(71, 10)])], order=">"))
    assert ctx.metadata["IFD0"]["Orientation"] == 6
    assert ctx.metadata["ExifIFD"]["FNumber"] == 7.1
    assert ctx.metadata["File"]["ExifByteOrder"] == "MM"


def test_it_reads_exif_ifd_values_as_exiftool_n_prints_them():
    exif_ifd = [
        (0x829A, RATIONAL, [(1, 160)]),
        (0x9000, UNDEFINED, b"0232"),
        (0x9101, UNDEFINED, b"\x01\x02\x03\x00"),
        (0x9201, SRATIONAL, [(7375, 1000)]),
        (0x9202, RATIONAL, [(5655, 1000)]),
        (0x9204, RATIONAL, [(0xFFFFFFFF, 3)]),  # ExposureCompensation is read as signed
        (0x9214, SHORT, [10, 20, 30, 40]),
        (0x9290, ASCII, "45  "),
        (0xA300, UNDEFINED, b"\x03"),
    ]
    values = read(exif_tiff([], exif=exif_ifd)).metadata["ExifIFD"]
    assert values["ExposureTime"] == 0.00625
    assert values["ExifVersion"] == "0232"
    assert values["ComponentsConfiguration"] == [1, 2, 3, 0]
    assert values["ShutterSpeedValue"] == pytest.approx(0.00602426103674977, rel=1e-14)
    assert values["ApertureValue"] == 7.09843014337882  # 2 ** (5.655 / 2), to 15 digits
    assert values["ExposureCompensation"] == -0.3333333333
    assert values["SubjectArea"] == [10, 20, 30, 40]
    assert values["SubSecTime"] == "45"  # text, though exiftool -j prints it as a number
    assert values["FileSource"] == 3


def test_an_overflowing_aperture_is_infinite_as_in_perl():
    values = read(exif_tiff([], exif=[(0x9202, RATIONAL, [(0xFFFFFFFF, 1)])])).metadata["ExifIFD"]
    assert values["ApertureValue"] == "Inf"


def test_offsets_in_exif_of_png_or_photoshop_stay_tiff_relative():
    tiff = tiff_with([], [[(0x0201, LONG, [200]), (0x0202, LONG, [3])]]).ljust(203, b"\0")
    for path, expected in (("PNG-eXIf", 200), ("JPEG-APP13-Photoshop", 200), ("JPEG-APP1", 1200)):
        assert read(tiff, path=path, offset=1000).metadata["IFD1"]["ThumbnailOffset"] == expected


def test_it_decodes_user_comment_and_xp_text():
    ifd0 = [(0x9C9B, BYTE, list("Titre é".encode("utf-16-le") + b"\0\0"))]
    exif_ifd = [(0x9286, UNDEFINED, b"UNICODE\x00" + "Bonjour ça".encode("utf-16-be"))]
    ctx = read(exif_tiff(ifd0, exif=exif_ifd))
    assert ctx.metadata["IFD0"]["XPTitle"] == "Titre é"
    assert ctx.metadata["ExifIFD"]["UserComment"] == "Bonjour ça"


def test_it_reads_ascii_user_comment_and_copyright_notices():
    ifd0 = [(0x8298, ASCII, b"Photographer \x00Editor\x00")]
    exif_ifd = [(0x9286, UNDEFINED, b"ASCII\x00\x00\x00a duck  \x00junk")]
    ctx = read(exif_tiff(ifd0, exif=exif_ifd))
    assert ctx.metadata["IFD0"]["Copyright"] == "Photographer\nEditor"
    assert ctx.metadata["ExifIFD"]["UserComment"] == "a duck"


def test_it_shows_invalid_utf8_as_question_marks():
    ctx = read(exif_tiff([(0x0131, ASCII, b"caf\xe9")]))
    assert ctx.metadata["IFD0"]["Software"] == "caf?"


def test_it_reads_gps_latitude_as_decimal_degrees():
    gps = [
        (0x0000, BYTE, [2, 3, 0, 0]),
        (0x0001, ASCII, "S"),
        (0x0002, RATIONAL, [(33, 1), (51, 1), (2196, 100)]),
        (0x0007, RATIONAL, [(14, 1), (27, 1), (724, 100)]),
        (0x001D, ASCII, "2020:01:02"),
        (0x001B, UNDEFINED, b"ASCII\x00\x00\x00GPS"),
    ]
    values = read(exif_tiff([], gps=gps)).metadata["GPS"]
    assert values["GPSVersionID"] == [2, 3, 0, 0]
    assert values["GPSLatitudeRef"] == "S"
    assert values["GPSLatitude"] == pytest.approx(33 + 51 / 60 + 21.96 / 3600, rel=1e-14)
    assert values["GPSTimeStamp"] == "14:27:07.24"
    assert values["GPSDateStamp"] == "2020:01:02"
    assert values["GPSProcessingMethod"] == "GPS"


def test_it_reads_interop_ifd():
    tiff = bytearray(exif_tiff([], exif=[(0xA005, LONG, [0])]))
    interop = ifd([(0x0001, ASCII, "R98"), (0x0002, UNDEFINED, b"0100")], len(tiff))
    exif_at = struct.unpack("<I", tiff[8 + 2 + 8 : 8 + 2 + 12])[0]  # ExifOffset is IFD0's only entry
    struct.pack_into("<I", tiff, exif_at + 2 + 8, len(tiff))
    ctx = read(bytes(tiff) + interop)
    assert ctx.metadata["InteropIFD"] == {"InteropIndex": "R98", "InteropVersion": "0100"}


def test_it_gives_the_thumbnail_as_file_offset_length_and_binary():
    tiff = tiff_with([(0x010F, ASCII, "Make")], [[(0x0103, SHORT, [6]), (0x0201, LONG, [200]), (0x0202, LONG, [3])]])
    tiff = tiff.ljust(200, b"\0") + b"\xff\xd8\xff"
    values = read(tiff, offset=30).metadata["IFD1"]
    assert values["ThumbnailOffset"] == 230
    assert values["ThumbnailLength"] == 3
    assert values["ThumbnailImage"] == {"binary": 3, "offset": 230}


def test_it_names_chained_and_sub_ifds_as_exiftool():
    tiff = tiff_with([(0x0100, SHORT, [1])], [[(0x0100, SHORT, [2])], [(0x0100, SHORT, [3])]])
    ctx = read(tiff, path="TIFF", offset=0)
    assert [ctx.metadata[g]["ImageWidth"] for g in ("IFD0", "IFD1", "IFD2")] == [1, 2, 3]


def test_it_reads_every_sub_ifd_of_a_subifd_array():
    first = ifd([(0x0100, SHORT, [10])], 100)
    second = ifd([(0x0100, SHORT, [20])], 200)
    head = exif_tiff([(0x014A, LONG, [100, 200])])
    tiff = head.ljust(100, b"\0") + first.ljust(100, b"\0") + second
    ctx = read(tiff, path="TIFF", offset=0)
    assert ctx.metadata["SubIFD"] == {"ImageWidth": 10}
    assert ctx.metadata["SubIFD1"] == {"ImageWidth": 20}


def test_it_accepts_exif_with_or_without_its_prefix():
    tiff = exif_tiff([(0x010F, ASCII, "Canon")])
    for data in (tiff, b"Exif\x00\x00" + tiff, b"\x00\x00\x00\x06Exif\x00\x00" + tiff, b"\x00\x00\x00\x00" + tiff):
        assert read(data).metadata["IFD0"] == {"Make": "Canon"}


def test_it_reads_exif_from_a_jpeg():
    data = jpeg(exif_tiff([(0x010F, ASCII, "Canon")], exif=[(0x829D, RATIONAL, [(28, 10)])]))
    metadata = analyse(data, strict=True).to_dict()["metadata"]
    assert metadata["IFD0"]["Make"] == "Canon"
    assert metadata["ExifIFD"]["FNumber"] == 2.8
    assert metadata["File"]["ExifByteOrder"] == "II"


def test_binary_and_long_offset_lists_are_described_not_copied():
    ifd0 = [(0x0111, LONG, list(range(1000, 1011))), (0xA40B, UNDEFINED, b"\x01" * 10)]
    ctx = read(exif_tiff(ifd0), offset=0, path="TIFF")
    assert ctx.metadata["IFD0"]["StripOffsets"] == {"binary": 54}  # its text form, as ExifTool measures it
    assert ctx.metadata["IFD0"]["DeviceSettingDescription"]["binary"] == 10
    json.dumps(ctx.metadata)


def test_unknown_tags_are_not_shown():
    assert read(exif_tiff([(0x010F, ASCII, "Canon"), (0xBEEF, SHORT, [1])])).metadata["IFD0"] == {"Make": "Canon"}


def test_it_hands_the_maker_note_over_with_make_and_model(monkeypatch):
    calls = []
    monkeypatch.setattr(exif, "read_makernote", lambda ctx, **kw: calls.append(kw))
    note = b"Nikon\x00\x02\x10\x00\x00" + b"\x00" * 20
    ctx = read(exif_tiff([(0x010F, ASCII, "NIKON"), (0x0110, ASCII, "D70")], exif=[(0x927C, UNDEFINED, note)]))
    (call,) = calls
    assert (call["make"], call["model"], call["count"]) == ("NIKON", "D70", len(note))
    assert call["tiff"].data[call["offset"] : call["offset"] + len(note)] == note
    assert "ExifIFD" not in ctx.metadata  # the maker note is no ExifIFD tag


def test_it_hands_embedded_blocks_to_their_readers_at_exiftools_metadata_path():
    seen = []
    readers = {kind: lambda block, ctx: seen.append((block.data, block.path)) for kind in ("XMP", "IPTC", "ICC")}
    ifd0 = [
        (0x02BC, BYTE, list(b"<x:xmpmeta/>")),
        (0x83BB, LONG, list(struct.unpack("<2I", b"\x1c\x02\x00\x00\x02\x00\x04\x00"))),
        (0x8773, UNDEFINED, b"icc-profile"),
    ]
    read(exif_tiff(ifd0), path="TIFF", offset=0, readers=readers)
    assert seen == [
        (b"<x:xmpmeta/>", "TIFF-IFD0-XMP"),
        (b"\x1c\x02\x00\x00\x02\x00\x04\x00", "TIFF-IFD0-IPTC"),  # IPTC's standard place in a TIFF
        (b"icc-profile", "TIFF-IFD0-ICC_Profile"),
    ]


def test_number_looking_text_stays_text_though_exiftool_j_prints_a_number():
    values = read(exif_tiff([(0x0131, ASCII, "8.3")], exif=[(0x9290, ASCII, "079"), (0x9291, ASCII, "0")])).metadata
    assert values["IFD0"]["Software"] == "8.3"
    assert values["ExifIFD"]["SubSecTimeOriginal"] == "0"
    assert values["ExifIFD"]["SubSecTime"] == "079"


def test_it_reads_geotiff_keys():
    keys = [1, 1, 0, 2, 1024, 0, 1, 1, 2049, 0x87B1, 6, 0]
    ctx = read(exif_tiff([(0x87AF, SHORT, keys), (0x87B1, ASCII, "WGS84|")]), path="TIFF", offset=0)
    assert ctx.metadata["GeoTiff"] == {"GeoTiffVersion": "1.1.0", "GTModelType": 1, "GeogCitation": "WGS84"}
    assert "IFD0" not in ctx.metadata  # the GeoTIFF source tags are not shown


# --- damage: a warning in the report, the readable rest still read, never an exception ----------


def test_it_handles_ifd_loop():
    tiff = bytearray(exif_tiff([(0x010F, ASCII, "Make"), (0x0110, ASCII, "Model")]))
    struct.pack_into("<I", tiff, 8 + 2 + 12 * 2, 8)  # IFD0's next-IFD pointer back to IFD0
    ctx = read(bytes(tiff))
    assert ctx.metadata["IFD0"] == {"Make": "Make", "Model": "Model"}
    assert warnings(ctx) == ["IFD1: IFD1 pointer references previous IFD0 directory"]


def test_it_handles_a_sub_ifd_pointing_at_itself():
    tiff = bytearray(exif_tiff([], exif=[(0x8769, LONG, [0]), (0x829D, RATIONAL, [(28, 10)])]))
    exif_at = struct.unpack("<I", tiff[8 + 2 + 8 : 8 + 2 + 12])[0]
    struct.pack_into("<I", tiff, exif_at + 2 + 12 + 8, exif_at)  # its 2nd entry, ExifOffset, to itself
    ctx = read(bytes(tiff))
    assert ctx.metadata["ExifIFD"] == {"FNumber": 2.8}
    assert "ExifIFD: ExifIFD pointer references previous ExifIFD directory" in warnings(ctx)


def test_it_handles_a_value_offset_past_the_end():
    ctx = read(exif_tiff([(0x010F, ASCII, 20, struct.pack("<I", 99999)), (0x0110, ASCII, "Model")]))
    assert ctx.metadata["IFD0"] == {"Model": "Model"}
    assert warnings(ctx) == ["IFD0: Bad offset for IFD0 Make"]


def test_it_handles_an_absurd_count():
    ctx = read(exif_tiff([(0x010F, ASCII, "Make"), (0x0110, LONG, 0x7FFFFFFF, b"\x08\x00\x00\x00")]))
    assert ctx.metadata["IFD0"] == {"Make": "Make"}
    assert warnings(ctx) == ["IFD0: Invalid size (8589934588) for IFD0 tag 0x0110 Model"]


def test_it_ignores_an_excessive_count_of_numbers():
    ifd0 = [(0x010F, ASCII, "Make"), (0x0111, LONG, 100_001, struct.pack("<I", 64))]
    ctx = read(exif_tiff(ifd0).ljust(64 + 400_004, b"\0"), path="TIFF", offset=0)
    assert ctx.metadata["IFD0"] == {"Make": "Make"}
    assert warnings(ctx) == ["IFD0: Ignoring IFD0 StripOffsets with excessive count"]


def test_it_handles_a_bad_type():
    ctx = read(exif_tiff([(0x010F, ASCII, "Make"), (0x0110, 99, 1, b"abcd"), (0x0131, ASCII, "Soft")]))
    assert ctx.metadata["IFD0"] == {"Make": "Make", "Software": "Soft"}
    assert warnings(ctx) == ["IFD0: Bad format (99) for IFD0 entry 1"]


def test_a_bad_type_in_the_first_entry_abandons_the_directory():
    ctx = read(exif_tiff([(0x010F, 99, 1, b"abcd"), (0x0110, ASCII, "Model")]))
    assert "IFD0" not in ctx.metadata
    assert warnings(ctx) == ["IFD0: Bad format (99) for IFD0 entry 0"]


def test_it_handles_zero_denominators():
    exif_ifd = [(0xA432, RATIONAL, [(18, 1), (55, 1), (0, 0), (0, 0)]), (0x9206, RATIONAL, [(5, 0)])]
    gps = [(0x0004, RATIONAL, [(151, 1), (12, 1), (0, 0)])]
    ctx = read(exif_tiff([], exif=exif_ifd, gps=gps))
    assert ctx.metadata["ExifIFD"] == {"LensInfo": [18, 55, "undef", "undef"], "SubjectDistance": "inf"}
    assert ctx.metadata["GPS"] == {"GPSLongitude": ""}  # ExifTool's ToDegrees gives up on undef
    assert "GPS: GPS GPSLongitude has a zero denominator" in warnings(ctx)


def test_it_handles_a_truncated_ifd():
    tiff = exif_tiff([(0x0100, SHORT, [1]), (0x0101, SHORT, [2]), (0x0112, SHORT, [3])])
    ctx = read(tiff[: 8 + 2 + 12 * 2 + 6])
    assert ctx.metadata["IFD0"] == {"ImageWidth": 1, "ImageHeight": 2}
    assert warnings(ctx) == ["IFD0: directory at offset 8 is cut off after 2 of 3 entries"]


def test_it_handles_a_wrong_pointer_format():
    ctx = read(exif_tiff([(0x010F, ASCII, "Make"), (0x8769, ASCII, "abc")]))
    assert ctx.metadata["IFD0"] == {"Make": "Make"}
    assert warnings(ctx) == ["IFD0: Wrong format (string) for IFD0 0x8769 ExifOffset"]


def test_it_handles_a_sub_ifd_pointer_past_the_end():
    ctx = read(exif_tiff([(0x010F, ASCII, "Make"), (0x8825, LONG, [5000])]))
    assert ctx.metadata["IFD0"] == {"Make": "Make"}
    assert warnings(ctx) == ["GPS: Bad GPSInfo SubDirectory start"]


def test_it_stops_a_chain_of_too_many_directories():
    tiff = tiff_with([(0x0100, SHORT, [0])], [[(0x0100, SHORT, [n])] for n in range(1, 80)])
    ctx = read(tiff, path="TIFF", offset=0)
    assert "IFD63" in ctx.metadata and "IFD64" not in ctx.metadata
    assert any("more than 64 directories" in w for w in warnings(ctx))


@pytest.mark.parametrize("cut", [0, 3, 8, 9, 12, 20, 40, 60])
def test_truncated_exif_never_raises(cut):
    tiff = exif_tiff([(0x010F, ASCII, "Canon"), (0x0110, ASCII, "Model")], exif=[(0x829D, RATIONAL, [(28, 10)])])
    ctx = ReadContext(b"", {"EXIF": exif.read})
    ctx.read(Block("EXIF", tiff[:cut], "JPEG-APP1", 10))
    json.dumps(ctx.metadata)


def test_no_tiff_header_is_a_warning():
    ctx = ReadContext(b"", {"EXIF": exif.read})
    ctx.read(Block("EXIF", b"not exif at all", "JPEG-APP1", 10))
    assert ctx.metadata == {}
    assert len(ctx.warnings) == 1 and "no TIFF header" in ctx.warnings[0].message
