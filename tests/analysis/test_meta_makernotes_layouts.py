"""Maker-note layouts that a brand wrote besides its usual one (Reconyx HyperFire 2 and UltraFire,
Sanyo J/S offsets, Pentax Optio 330/430, Kodak Type2/Type8/Type11, Sony Ericsson, Samsung STMN):
each is recognised by ExifTool 12.57's MakerNotes.pm condition and read with its table, its tags
under ExifTool's group and names with ``-n`` values (those ExifTool gives for files written the
same way), and printed as ExifTool prints them."""

import struct

from analysis.printconv import print_values
from tests.analysis.test_meta_makernotes_brands import _read
from tests.builders import ASCII, LONG, SHORT, UNDEFINED, ifd

NOTE = 8  # where _read places the maker note in its TIFF structure


def test_reconyx_hyperfire2_block_is_read_by_byte_offset():
    block = bytearray(0x9C)
    block[0:10] = b"RECONYXH2\x00"
    struct.pack_into("<HH", block, 0x10, 1, 100)
    struct.pack_into("<HHH", block, 0x2A, 1, 4, ord("a"))
    struct.pack_into("<HH", block, 0x30, 0x2018, 0x0824)
    block[0x34:0x36] = b"M\x00"
    struct.pack_into("<HHHH", block, 0x36, 1, 5, 0, 1)
    struct.pack_into("<6H", block, 0x3E, 12, 4, 10, 4, 4, 2019)
    struct.pack_into("<HHhh", block, 0x4A, 5, 0, 41, 5)
    struct.pack_into("<HHH", block, 0x5A, 0, 3227, 10240)
    struct.pack_into("<HHH", block, 0x62, 10005, 10073, 1)
    block[0x68:0x76] = b"HF2 PRO COVERT"
    block[0x7E : 0x7E + 28] = "HLPXEL09018779".encode("utf-16-le")
    found = _read(bytes(block), "RECONYX", "HF2 PRO COVERT", order="<")["Reconyx"]
    assert found["FileNumber"] == 1 and found["DirectoryNumber"] == 100
    assert found["FirmwareVersion"] == "1.4a"
    assert found["FirmwareDate"] == "2018:08:24"
    assert found["TriggerMode"] == "M"
    assert found["EventNumber"] == 1
    assert found["DateTimeOriginal"] == "2019:04:04 10:04:12"
    assert found["AmbientTemperatureFahrenheit"] == 41 and found["AmbientTemperature"] == 5
    assert found["AmbientInfrared"] == 3227 and found["BatteryVoltageAvg"] == 10073
    assert found["UserLabel"] == "HF2 PRO COVERT"
    assert found["SerialNumber"] == "HLPXEL09018779"
    printed = print_values({"Reconyx": found})["Reconyx"]
    assert printed["TriggerMode"] == "Motion Detection"
    assert printed["Sequence"] == "1 of 5"
    assert printed["DayOfWeek"] == "Friday" and printed["MoonPhase"] == "New"
    assert printed["AmbientTemperature"] == "5 C" and printed["Flash"] == "Off"
    assert "BatteryVoltage" not in printed  # no PrintConv in this table, unlike the HyperFire's


def test_reconyx_ultrafire_block_gives_versions_and_date():
    block = bytearray(0x70)
    block[0:10] = b"RECONYXUF\x00"
    block[0x18:0x1F] = bytes([0x01, 0x2B]) + struct.pack("<H", 0x2011) + bytes([0x04, 0x15]) + b"B"
    block[0x34:0x37] = b"M" + bytes([2, 3])
    struct.pack_into("<I", block, 0x37, 4711)
    block[0x3B:0x42] = bytes([12, 34, 9, 15, 6, 2011 % 256, 2011 // 256])
    struct.pack_into("<hhBH", block, 0x44, 68, 20, 1, 6123)
    block[0x4B:0x54] = b"UF0123456"
    found = _read(bytes(block), "RECONYX", "UltraFire", order="<")["Reconyx"]
    assert found["FirmwareVersion"] == "V01.2b 2011:04:15 Rev.B"
    assert found["EventNumber"] == 4711
    assert found["DateTimeOriginal"] == "2011:06:15 09:34:12"
    assert found["BatteryVoltage"] == 6.123
    assert found["SerialNumber"] == "UF0123456"
    printed = print_values({"Reconyx": found})["Reconyx"]
    assert printed["BatteryVoltage"] == "6.123 V" and printed["Illumination"] == "On"
    assert "FirmwareVersion" not in printed  # printed as read, not with dots for spaces


def test_sanyo_s1_offsets_are_replaced_by_values_in_turn():
    entries = [
        (0x0200, LONG, [0, 0, 0]),
        (0x0201, SHORT, [17]),
        (0x0207, ASCII, "V1.00a"),  # 7 bytes: the next value starts one byte further on
        (0x0209, ASCII, "ABCDEFG"),
        (0x0F00, UNDEFINED, bytes(range(10))),
    ]
    directory = bytearray(ifd(entries, NOTE + 8, "<"))
    for index in (0, 2, 3, 4):  # the S1 writes offsets that mean nothing
        struct.pack_into("<I", directory, 2 + 12 * index + 8, 0xDEAD0 + index)
    found = _read(b"SANYO\x00\x01\x00" + bytes(directory), "SANYO Electric Co.,Ltd", "S1", order="<")["Sanyo"]
    assert found["SpecialMode"] == [0, 0, 0]
    assert found["SanyoQuality"] == 17
    assert found["SoftwareVersion"] == "V1.00a"
    assert found["CameraID"] == "ABCDEFG"
    assert found["DataDump"] == {"binary": 10}
    assert print_values({"Sanyo": found})["Sanyo"]["SanyoQuality"] == "Unknown (0x11)"


def test_pentax_optio_330_note_is_a_casio_like_ifd():
    entries = [
        (0x0001, SHORT, [0]),
        (0x0003, SHORT, [2]),
        (0x0004, SHORT, [4]),
        (0x0014, SHORT, [10]),
        (0x0017, SHORT, [1]),
        (0x1000, UNDEFINED, b"LON "),
    ]
    found = _read(ifd(entries, NOTE, ">"), "Asahi Optical Co.,Ltd", "PENTAX Optio 330")["Pentax"]
    assert found == {
        "RecordingMode": 0,
        "FocusMode": 2,
        "FlashMode": 4,
        "ISO": 10,
        "ColorFilter": 1,
        "HometownCityCode": "LON ",
    }
    printed = print_values({"Pentax": found})["Pentax"]
    assert printed["FocusMode"] == "Custom" and printed["FlashMode"] == "Off"
    assert printed["ISO"] == 100 and printed["RecordingMode"] == "Auto"


def test_kodak_type2_block_is_read_whatever_the_make():
    block = bytearray(0x74)
    block[0:8] = b"\x01\x00\x00\x00\x00\x00\x04\x00"
    block[0x08:0x19] = b"Minolta Co., Ltd."
    block[0x28:0x31] = b"Dimage EX"
    struct.pack_into(">II", block, 0x6C, 1344, 1008)
    found = _read(bytes(block), "Minolta Co., Ltd.", "Dimage EX")
    assert found["Kodak"] == {
        "KodakMaker": "Minolta Co., Ltd.",
        "KodakModel": "Dimage EX",
        "KodakImageWidth": 1344,
        "KodakImageHeight": 1008,
    }
    assert "Minolta" not in found


def test_kodak_type2_block_wins_over_the_pentax_optio_layout():
    block = bytearray(0x74)
    block[0:8] = b"\x01\x00\x01\x00\x00\x00\x04\x00"
    block[0x08:0x12] = b"Asahi Opt."
    found = _read(bytes(block), "Asahi Optical Co.,Ltd", "PENTAX EI-2000")
    assert found["Kodak"]["KodakMaker"] == "Asahi Opt." and "Pentax" not in found


def _kodak_type8_tiff_note() -> bytes:
    """A Z1012-style note: a TIFF header, then an IFD pointing to SubIFD0 (a plain IFD),
    SubIFD2 (a byte-order mark, then an IFD with offsets from the mark) and CameraInfo; all
    offsets from the note's start."""
    sub0_at = 8 + 2 + 12 * 3 + 4
    sub0 = ifd([(0xFA02, SHORT, [39]), (0xFA19, ASCII, "KCXHZ81300092"), (0xFA57, SHORT, [640])], sub0_at, ">")
    sub2_at = sub0_at + len(sub0)
    sub2 = b"MM" + ifd([(0x6002, LONG, [33]), (0x6006, LONG, [100]), (0x6103, LONG, [280])], 2, ">")
    info_at = sub2_at + len(sub2)
    info = ifd([(0xF900, SHORT, [3680]), (0xFD05, LONG, [5450])], info_at, ">")
    main = ifd([(0xFC00, LONG, [sub0_at]), (0xFC02, LONG, [sub2_at]), (0xFF00, LONG, [info_at])], 8, ">")
    return b"MM\x00\x2a\x00\x00\x00\x08" + main + sub0 + sub2 + info


def test_kodak_type8_note_reads_its_sub_ifds():
    found = _read(_kodak_type8_tiff_note(), "EASTMAN KODAK COMPANY", "KODAK EASYSHARE Z1012 IS Digital Camera")
    assert found["Kodak"] == {
        "SceneMode": 39,
        "SerialNumber": "KCXHZ81300092",
        "PreviewImageWidth": 640,
        "SceneModeUsed": 33,
        "OpticalZoom": 1,
        "MaxAperture": 2.8,
        "SensorWidth": 3680,
        "ExposureTime": 0.00545,
    }
    printed = print_values(found)["Kodak"]
    assert printed["SceneMode"] == "Unknown (39)" and printed["OpticalZoom"] == "1.00"


def test_kodak_type8_sub_ifd_may_be_stored_in_its_value():
    sub0 = b"II" + ifd([(0xFA1D, SHORT, [4608]), (0xFA19, ASCII, "KCTPS13111021")], 2, "<")
    note = b"II\x2a\x00\x08\x00\x00\x00" + ifd([(0xFC00, UNDEFINED, sub0)], 8, "<")
    found = _read(note, "EASTMAN KODAK COMPANY", "KODAK EASYSHARE Touch Camera, M5370", order="<")["Kodak"]
    assert found == {"KodakImageWidth": 4608, "SerialNumber": "KCTPS13111021"}


def test_kodak_type11_ifd_has_a_four_byte_entry_count():
    entries = [(0x0104, LONG, [1]), (0x0203, SHORT, [3]), (0x0207, ASCII, "PIXPRO SP360 ")]
    # the count as an int32u at byte 8, entries from byte 12 (offsets from the note's start)
    note = b"II\x2a\x00\x08\x00\x00\x00" + struct.pack("<I", len(entries)) + ifd(entries, 10, "<")[2:]
    found = _read(note, "JK Imaging, Ltd.", "KODAK PIXPRO SP360", order="<")["Kodak"]
    assert found == {"FirmwareVersion": 1, "PictureEffect": 3, "KodakModel": "PIXPRO SP360 "}
    assert print_values({"Kodak": found})["Kodak"]["PictureEffect"] == "Monochrome"


def test_kodak_type8_ifd_with_a_four_byte_entry_count_is_read_as_8b():
    camera_info_at = 12 + 12 + 4
    info = ifd([(0xF900, SHORT, [4000])], camera_info_at, ">")
    # big-endian count 1 in the first half of the 4 bytes; one entry from byte 12
    main = ifd([(0xFF00, LONG, [camera_info_at])], 10, ">")[2:]
    note = b"MM\x00\x2a\x00\x00\x00\x08" + struct.pack(">I", 1 << 16) + main + info
    found = _read(note, "EASTMAN KODAK COMPANY", "KODAK PIXPRO AZ251")["Kodak"]
    assert found == {"SensorWidth": 4000}


def test_sony_ericsson_note_gives_its_preview_image():
    entries = [(0x2000, UNDEFINED, b"0200"), (0x0201, LONG, [784]), (0x0202, LONG, [51856])]
    note = b"SEMC MS\x00" + bytes(12) + ifd(entries, 8, ">")
    found = _read(note, "Sony Ericsson", "U10i")["Sony"]
    assert found == {
        "MakerNoteVersion": "0200",
        "PreviewImageStart": NOTE + 12 + 784,  # offsets count from byte 12 of the note
        "PreviewImageLength": 51856,
        "PreviewImage": {"binary": 51856},
    }


def test_samsung_stmn_note_gives_its_preview_image():
    note = b"STMN0100" + struct.pack("<II", 3361053, 51478) + bytes(36)
    found = _read(note, "Samsung Techwin", "S730", order="<")["Samsung"]
    assert found == {
        "MakerNoteVersion": "STMN0100",
        "PreviewImageStart": 3361053,  # already a file position
        "PreviewImageLength": 51478,
        "PreviewImage": {"binary": 51478},
    }


def test_samsung_stmn_note_without_a_preview_is_left_alone():
    assert "Samsung" not in _read(b"STMN0100" + bytes(44), "SAMSUNG", "Digimax", order="<")
