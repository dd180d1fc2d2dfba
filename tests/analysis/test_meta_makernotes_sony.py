"""Sony maker-note sub-tables: the enciphered Tag2010 block of each model family, CameraInfo of
the Alpha DSLRs and the AF status tables (ET:Sony.pm). The values were checked against ExifTool
12.57 on the same synthetic files."""

import struct

import pytest

from analysis import analyse
from tests.analysis.test_meta_makernotes_offsets import camera_jpeg
from tests.builders import LONG, UNDEFINED, ifd

HEADER = b"SONY DSC \x00\x00\x00"


def block(size: int, fields: dict[int, bytes]) -> bytearray:
    """``size`` zero bytes with ``fields`` (offset → bytes) written in."""
    data = bytearray(size)
    for offset, value in fields.items():
        data[offset : offset + len(value)] = value
    return data


def sony(model: str, entries: list[tuple]) -> dict:
    """The Sony group of a JPEG from ``model`` whose maker note holds ``entries``."""
    data = camera_jpeg("SONY", model, lambda position: HEADER + ifd(entries, position + len(HEADER)))
    return analyse(data, "sony.jpg", strict=True).metadata["Sony"]


def enciphered(data: bytes) -> bytes:
    """Sony's cipher: each byte b below 249 stored as b**3 % 249."""
    return bytes(b**3 % 249 if b < 249 else b for b in data)


def tag2010g() -> bytes:
    """A Tag2010g block (ILCE-6000 layout) as the camera writes it, enciphered."""
    plain = block(
        6556,
        {
            524: b"\x01",  # ReleaseMode3: continuous
            536: b"\x02",  # SelfTimer: 2 s
            540: b"\x01",  # FlashMode: fill-flash
            548: struct.pack("<H", 16000),  # BrightnessValue
            552: b"\x03",  # DynamicRangeOptimizer
            560: struct.pack("<h", -256),  # ExposureCompensation +1
            604: b"\x03",  # MeteringMode: spot
            612: struct.pack("<3H", 801, 256, 344),
            812: struct.pack("<2H", 500, 180),  # FocalLength, MinFocalLength (x10)
            6334: b"\x02",  # LensMount E
            6335: struct.pack("<H", 32784),
        },
    )
    return enciphered(plain)


def test_tag2010_is_deciphered_and_read_with_the_layout_of_the_model():
    found = sony("ILCE-6000", [(0x2010, UNDEFINED, tag2010g())])
    assert found["ReleaseMode3"] == 1 and found["SelfTimer"] == 2 and found["FlashMode"] == 1
    assert found["BrightnessValue"] == pytest.approx(5.9)  # 16000 / 256 - 56.6
    assert found["ExposureCompensation"] == 1
    assert found["MeteringMode"] == 3
    assert found["WB_RGBLevels"] == [801, 256, 344]
    assert found["FocalLength"] == 50 and found["MinFocalLength"] == 18
    assert "MaxFocalLength" not in found  # zero means unknown (RawConv $val || undef)
    assert found["LensMount"] == 2 and found["LensType2"] == 32784 and "LensType" not in found


def test_tag2010_values_do_not_replace_the_main_tables():
    # Tag2010 tables have PRIORITY 0: the main table's DynamicRangeOptimizer (0xB025) is kept.
    found = sony("ILCE-6000", [(0x2010, UNDEFINED, tag2010g()), (0xB025, LONG, [1])])
    assert found["DynamicRangeOptimizer"] == 1


def test_tag2010_is_not_read_for_a_model_without_a_known_layout():
    found = sony("DSC-W7", [(0x0102, LONG, [6]), (0x2010, UNDEFINED, tag2010g())])
    assert found["Quality"] == 6 and "ReleaseMode3" not in found


def test_tag2010_date_time_is_a_little_endian_year_then_bytes():
    plain = block(6000, {438: struct.pack("<H", 2012) + bytes([5, 17, 9, 3, 59])})  # Tag2010b
    assert sony("NEX-7", [(0x2010, UNDEFINED, enciphered(plain))])["SonyDateTime"] == "2012:05:17 09:03:59"


def test_camera_info3_reads_the_af_status_of_15_point_models():
    status = [0, -32768, -12, 34] + [0] * 14
    plain = block(15360, {14: struct.pack("<H", 350), 35: struct.pack("<18h", *status)})
    found = sony("SLT-A55V", [(0x0010, UNDEFINED, bytes(plain))])
    assert found["FocalLength"] == 35
    assert found["AFStatusUpper-left"] == 0 and found["AFStatusLeft"] == -32768
    assert found["AFStatusLower-left"] == -12 and found["AFStatusFarLeft"] == 34


def test_camera_info_of_the_a700_swaps_its_lens_spec_bytes():
    # Stored as big-endian int16 pairs: 00 00 00 24 28 70 00 40 is the spec 00 0024 0070 28 40 00.
    spec = bytes([0x00, 0x00, 0x00, 0x24, 0x28, 0x70, 0x00, 0x40])
    plain = block(368, {0: spec, 20: b"\x02\x05", 30: struct.pack(">h", -5)})
    found = sony("DSLR-A700", [(0x0010, UNDEFINED, bytes(plain))])
    assert found["LensSpec"] == "00 24 70 2.8 4 00"
    assert found["FocusModeSetting"] == 2 and found["AFPointSelected"] == 5
    assert found["AFStatusActiveSensor"] == -5


def test_af_info_of_an_ilca_model_reads_the_79_point_status():
    plain = block(400, {2: b"\x03", 125: struct.pack("<95h", *range(-47, 48))})
    found = sony("ILCA-77M2", [(0x940E, UNDEFINED, enciphered(plain))])
    assert found["AFType"] == 3
    assert found["AFStatus_00_B4"] == -47 and found["AFStatus_94_E6_Center_F2-8"] == 47


def test_shot_info_gives_the_positions_of_the_faces_detected():
    faces = {94: struct.pack("<4H", 754, 2633, 2206, 2206), 94 + 0x25: struct.pack("<4H", 1, 2, 3, 4)}
    plain = block(400, {0: b"II", 2: struct.pack("<H", 0x5E), 48: struct.pack("<2H", 1, 0x25), **faces})
    found = sony("DSC-HX60V", [(0x3000, UNDEFINED, bytes(plain))])
    assert found["FacesDetected"] == 1
    assert found["Face1Position"] == [754, 2633, 2206, 2206]
    assert "Face2Position" not in found  # only as many faces as were detected
