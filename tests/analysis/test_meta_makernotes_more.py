"""Maker-note directories and brands added after the first nineteen: Nikon's PreviewIFD,
NikonScan, NikonCaptureOffsets and NikonCapture (Capture NX edits), Phase One, DJI, HP,
Nintendo, Leica, FLIR, Casio's QVCI segment, Ricoh's RR1 sub-directory and Nikon
ExposureTuning stored in another format. Each is synthesized in the layout ExifTool 12.57
reads (MakerNotes.pm, Nikon.pm, NikonCapture.pm, PhaseOne.pm, DJI.pm, HP.pm, Nintendo.pm,
Panasonic.pm, FLIR.pm), and its tags come out under ExifTool's group and names with ``-n``
values."""

import struct
from collections.abc import Callable

import pytest

from analysis import analyse
from analysis.binary import ByteReader
from analysis.metadata import READERS
from analysis.metadata.context import ReadContext
from analysis.metadata.makernotes import MAKER_NOTE_GROUPS, read_makernote
from tests.builders import ASCII, LONG, RATIONAL, SHORT, UNDEFINED, exif_tiff, ifd

FLOAT, SRATIONAL = 11, 10


def _read(note: bytes, make: str, model: str = "", order: str = ">", strict: bool = True) -> tuple[dict, list]:
    """Decode ``note`` placed at offset 8 of a TIFF structure, as the EXIF reader would; the
    metadata and the warnings."""
    tiff = (b"MM\x00*" if order == ">" else b"II*\x00") + struct.pack(order + "I", 8) + note
    ctx = ReadContext(tiff, READERS, strict=strict)
    read_makernote(ctx, make=make, model=model, tiff=ByteReader(tiff, order), offset=8, count=len(note))
    return ctx.metadata, ctx.warnings


# --- Nikon -------------------------------------------------------------------------------


def _nikon_type3(entries_at_8: Callable[[int], bytes], order: str = "<") -> bytes:
    """A type-3 Nikon note: header, an inner TIFF header, then the IFD built by
    ``entries_at_8(start)`` at offset 8 of that inner structure."""
    mark = b"II*\x00" if order == "<" else b"MM\x00*"
    return b"Nikon\x00\x02\x10\x00\x00" + mark + struct.pack(order + "I", 8) + entries_at_8(8)


def test_nikon_preview_ifd_is_read_into_its_own_group_with_the_preview_described():
    order = "<"

    def body(start: int) -> bytes:
        main_len = 2 + 12 * 1 + 4
        preview_at = start + main_len
        preview = ifd(
            [(0x0103, SHORT, [6]), (0x011A, RATIONAL, [(300, 1)]), (0x0201, LONG, [900]), (0x0202, LONG, [26])],
            preview_at,
            order,
        )
        return ifd([(0x0011, LONG, [preview_at])], start, order) + preview

    found, _ = _read(_nikon_type3(body), "NIKON CORPORATION", "NIKON D70", order="<")
    preview = found["PreviewIFD"]
    assert preview["Compression"] == 6 and preview["XResolution"] == 300
    assert preview["PreviewImageLength"] == 26
    # a file offset: the maker note's inner TIFF header is at 8 + 10 in this structure
    assert preview["PreviewImageStart"] == 900 + 18
    assert preview["PreviewImage"] == {"binary": 26}
    assert "PreviewImage" not in found.get("Nikon", {})


def _capture_record(tag_id: int, value: bytes) -> bytes:
    """NikonCapture.pm: a 32-bit id, 14 bytes, a size counting itself, the value."""
    return struct.pack("<I", tag_id) + bytes(14) + struct.pack("<I", len(value) + 4) + value


def test_nikon_capture_data_records_and_their_blocks_are_read():
    crop = bytearray(0xDE)
    struct.pack_into("<d", crop, 0x2E, 6016.0)  # CropRight, stored doubled
    struct.pack_into("<d", crop, 0xC6, 3008.0)  # CropOutputWidth
    exposure = bytearray(0x26)
    struct.pack_into("<h", exposure, 0, 30)  # ExposureAdj in 1/100 EV
    capture = bytes(22) + b"".join(
        [
            _capture_record(0x76A43200, b"\x01"),  # UnsharpMask
            _capture_record(0x76A43207, struct.pack("<H", 90)),  # Rotation
            _capture_record(0x374233E0, bytes(crop)),
            _capture_record(0x56A54260, bytes(exposure)),
            _capture_record(0x12345678, b"\x07"),  # an id ExifTool does not know
        ]
    )
    order = ">"

    def body(start: int) -> bytes:
        return ifd([(0x0E01, UNDEFINED, capture)], start, order)

    found, _ = _read(_nikon_type3(body, order), "NIKON CORPORATION", "NIKON D70")
    assert found["NikonCapture"] == {
        "UnsharpMask": 1,
        "Rotation": 90,
        "CropRight": 3008,
        "CropOutputWidth": 3008,
        "ExposureAdj": 0.3,
        "CropLeft": 0,
        "CropTop": 0,
        "CropBottom": 0,
        "CropOutputWidthInches": 0,
        "CropOutputHeightInches": 0,
        "CropScaledResolution": 0,
        "CropSourceResolution": 0,
        "CropOutputResolution": 0,
        "CropOutputScale": 0,
        "CropOutputHeight": 0,
        "CropOutputPixels": 0,
        "ExposureAdj2": 0,
        "ActiveD-Lighting": 0,
        "ActiveD-LightingMode": 0,
    }


def test_iptc_kept_by_nikon_capture_is_read_as_a_second_iptc_group():
    # NikonCapture.pm 0x9ef5f6e0 IPTCData: an IPTC block, not in IPTC's standard place.
    datasets = ((120, b"A caption"), (90, b"Kingston"))
    iptc = b"".join(struct.pack(">BBBH", 0x1C, 2, number, len(value)) + value for number, value in datasets)
    capture = bytes(22) + _capture_record(0x9EF5F6E0, iptc)
    note = _nikon_type3(lambda start: ifd([(0x0E01, UNDEFINED, capture)], start, ">"), ">")
    nef = exif_tiff([(0x010F, ASCII, "NIKON CORPORATION")], exif=[(0x927C, UNDEFINED, note)])
    found = analyse(nef, strict=True).metadata
    assert found["IPTC2"] == {"Caption-Abstract": "A caption", "City": "Kingston"}
    assert "IPTC" not in found


def test_nikon_capture_offsets_and_scan_ifd_are_read():
    order = "<"
    offsets = b"0100" + struct.pack("<H", 2) + struct.pack("<III", 1, 8, 0) + struct.pack("<III", 2, 11362, 0)

    def body(start: int) -> bytes:
        main_len = 2 + 12 * 2 + 4
        offsets_at = start + main_len
        scan_at = offsets_at + len(offsets)
        scan = ifd([(0x0002, ASCII, "POSITIVE"), (0x0041, SHORT, [8])], scan_at, order)
        return ifd([(0x0E0E, UNDEFINED, offsets), (0x0E10, LONG, [scan_at])], start, order)[:main_len] + offsets + scan

    found, _ = _read(_nikon_type3(body), "NIKON CORPORATION", "NIKON D70", order="<")
    assert found["Nikon"]["IFD0_Offset"] == 8
    assert found["Nikon"]["PreviewIFD_Offset"] == 11362
    assert found["NikonScan"] == {"FilmType": "POSITIVE", "BitDepth": 8}


def test_nikon_exposure_tuning_stored_as_numbers_is_read_from_their_text_as_exiftool_does():
    order = "<"

    def body(start: int) -> bytes:
        return ifd([(0x001C, SHORT, [0, 1, 6])], start, order)

    found, _ = _read(_nikon_type3(body), "NIKON CORPORATION", "NIKON D70", order="<")
    # unpack("c3", "0 1 6"): the characters "0", " ", "1"
    assert found["Nikon"]["ExposureTuning"] == pytest.approx(48 * 32 / 49)


# --- Phase One ---------------------------------------------------------------------------


def _phase_one(entries: list[tuple[int, int, bytes]], header: bytes = b"IIII\x00waR") -> bytes:
    """A Phase One directory: header, IFD offset 12, count, 4 unused bytes, 16-byte entries
    (id, item size, value size, value or offset), out-of-line values after them."""
    start = 12
    data_at = start + 8 + 16 * len(entries)
    table, tail = b"", b""
    for tag_id, item, value in entries:
        if len(value) <= 4:
            field = value.ljust(4, b"\x00")
        else:
            field = struct.pack("<I", data_at + len(tail))
            tail += value
        table += struct.pack("<III", tag_id, item, len(value)) + field
    return header + struct.pack("<I", start) + struct.pack("<II", len(entries), 0) + table + tail


def test_phase_one_directory_values_take_their_formats_and_conversions():
    note = _phase_one(
        [
            (0x0105, 4, struct.pack("<i", 100)),  # ISO
            (0x0412, 1, b"Mamiya LS 80mm f/2.8 D\x00"),  # LensModel
            (0x0401, 4, struct.pack("<f", 5.0)),  # ApertureValue: APEX, read as a float
            (0x0112, 4, struct.pack("<I", 1371656661)),  # DateTimeOriginal
            (0x0210, 4, struct.pack("<f", 37.0)),  # SensorTemperature
            (0x010F, 1, b"\x00" * 15),  # RawData
            (0x0223, 2, struct.pack("<4H", 1, 2, 3, 4)),  # BlackLevelData, described
        ]
    )
    found, _ = _read(note, "Phase One", order="<")
    phase = found["PhaseOne"]
    assert phase["ISO"] == 100
    assert phase["LensModel"] == "Mamiya LS 80mm f/2.8 D"
    assert phase["ApertureValue"] == pytest.approx(2**2.5)
    assert phase["DateTimeOriginal"] == "2013:06:19 15:44:21"
    assert phase["SensorTemperature"] == 37
    assert phase["RawData"] == {"binary": 15}
    assert phase["BlackLevelData"] == {"binary": len("1 2 3 4")}


def test_phase_one_directory_with_an_impossible_entry_count_is_left_alone():
    note = b"IIII\x00waR" + struct.pack("<I", 12) + struct.pack("<II", 100000, 0)
    found, warnings = _read(note, "Phase One", order="<", strict=False)
    assert "PhaseOne" not in found and warnings == []


# --- DJI, HP, Nintendo -------------------------------------------------------------------


def test_dji_ifd_gives_drone_attitude():
    note = ifd([(0x0006, FLOAT, 1, struct.pack("<f", -1.5)), (0x0001, ASCII, "DJI")], 8, "<")
    found, _ = _read(note, "DJI", order="<")
    assert found["DJI"] == {"Make": "DJI", "Pitch": -1.5}


def test_dji_debug_info_records_become_tags():
    note = b"[ae_dbg_info:abc][sensor_id:IMX\x00\x00][awb_dbg_info:\x01\x02]"
    found, _ = _read(note, "Hasselblad")
    assert found["DJI"] == {"AEDebugInfo": "abc", "SensorID": "IMX", "AWBDebugInfo": {"binary": 2}}


def test_a_dji_ifd_note_needs_make_dji():
    note = ifd([(0x0006, FLOAT, 1, struct.pack("<f", -1.5))], 8, "<")
    assert "DJI" not in _read(note, "DJI Innovations", order="<")[0]


def test_hp_type4_block_is_read_little_endian():
    block = bytearray(0x80)
    block[:6] = b"IIII\x04\x00"
    struct.pack_into("<H", block, 0x0C, 28)
    struct.pack_into("<I", block, 0x10, 8000)
    struct.pack_into("<H", block, 0x34, 100)
    block[0x5C : 0x5C + 20] = b"SERIAL NUMBER:CN1234"
    found, _ = _read(bytes(block), "Hewlett-Packard")
    assert found["HP"] == {
        "MaxAperture": 2.8,
        "ExposureTime": 0.008,
        "CameraDateTime": "",
        "ISO": 100,
        "SerialNumber": "CN1234",
    }


def test_hp_type2_text_gives_labelled_values_and_describes_the_preview():
    note = b"610\x00 Serial Number: SN 42\x00\x00" + b"\xff\xd8\xff\xdb" + bytes(10) + b"\xff\xd9"
    found, _ = _read(note, "Hewlett-Packard")
    assert found["HP"] == {"PreviewImage": {"binary": 16}, "SerialNumber": "SN 42"}


def test_nintendo_camera_info_is_read():
    info = bytearray(0x34)
    info[:4] = b"3DS1"
    struct.pack_into("<I", info, 0x08, 0)
    info[0x18:0x1C] = b"\x12\x34\xab\xcd"
    struct.pack_into("<H", info, 0x30, 0x1000)
    note = ifd([(0x1101, UNDEFINED, bytes(info))], 8, "<")
    found, _ = _read(note, "Nintendo", order="<")
    assert found["Nintendo"] == {
        "ModelID": "3DS1",
        "TimeStamp": "2000:01:01 00:00:00",
        "InternalSerialNumber": "0x1234abcd",
        "Parallax": 0,
        "Category": 0x1000,
    }


# --- Leica -------------------------------------------------------------------------------


def test_leica_m8_note_offsets_count_from_its_ifd():
    order = ">"
    body = ifd([(0x0310, LONG, [(24 << 2) | 1]), (0x0320, LONG, [25]), (0x0313, RATIONAL, [(28, 10)])], 0, order)
    found, _ = _read(b"LEICA\x00\x00\x00" + body, "Leica Camera AG", "M8 Digital Camera")
    assert found["Leica"] == {"LensType": "24 1", "CameraTemperature": 25, "ApproximateFNumber": 2.8}


def test_leica_x_note_offsets_count_from_the_note_start():
    order = ">"
    body = ifd([(0x0407, ASCII, "L1000123.DNG"), (0x0305, LONG, [4321])], 8, order)
    found, _ = _read(b"LEICA\x00\x05\x00" + body, "LEICA CAMERA AG", "LEICA X2")
    assert found["Leica"] == {"OriginalFileName": "L1000123.DNG", "SerialNumber": 4321}


def test_leica_make_reads_panasonic_tags_into_the_panasonic_group():
    order = ">"
    body = ifd([(0x0001, SHORT, [2])], 16, order)  # Panasonic ImageQuality
    found, _ = _read(b"LEICA\x00\x00\x00" + body, "LEICA", "D-LUX 3")
    assert found["Panasonic"]["ImageQuality"] == 2
    assert "Leica" not in found


def test_leica_m9_sub_ifds_are_read():
    order = ">"
    sub_at = 8 + 8 + 2 + 12 + 4  # after the note header and the one-entry main IFD
    sub = ifd([(0x3402, LONG, [31]), (0x3405, LONG, [(50 << 2) | 2])], sub_at, order)
    main = ifd([(0x3400, LONG, [sub_at - 8])], 16, order)
    found, _ = _read(b"LEICA0\x03\x00" + main + sub, "Leica Camera AG", "M9 Digital Camera")
    assert found["Leica"] == {"CameraTemperature": 31, "LensType": "50 2"}


# --- Ricoh -------------------------------------------------------------------------------


def test_ricoh_rr1_sub_directory_offsets_count_from_its_header():
    header = b"[Ricoh Camera Info]\x00"
    dates = b"2001:10:23 00:00:00\x00"
    sub = ifd([(0x0004, ASCII, dates[:-1])], 0, ">")
    # the value offset counts from the "[Ricoh Camera Info]" header: move it by its length
    at = struct.unpack(">I", sub[10:14])[0]
    sub = sub[:10] + struct.pack(">I", at + len(header)) + sub[14:]
    info = header + sub
    note = b"Ricoh\x00\x00\x00" + ifd([(0x2001, UNDEFINED, info)], 16, ">")
    found, _ = _read(note, "RICOH", "Caplio RR1")
    assert found["Ricoh"]["ManufactureDate1"] == "2001:10:23 00:00:00"


# --- FLIR maker note -------------------------------------------------------------------


def test_flir_maker_note_temperatures_are_read_signed():
    note = ifd([(0x0001, RATIONAL, [(308, 1)]), (0x0002, SRATIONAL, [(-5, 1)])], 8, "<")
    found, _ = _read(note, "FLIR Systems AB", order="<")
    assert found["FLIR"] == {"ImageTemperatureMax": 308, "ImageTemperatureMin": -5}


def test_maker_note_groups_name_the_new_brands():
    assert {"DJI", "FLIR", "HP", "Leica", "Nintendo", "PhaseOne"} <= set(MAKER_NOTE_GROUPS)
