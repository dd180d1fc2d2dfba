"""Canon CameraInfo (maker-note tag 0x000D): the per-model layouts ExifTool reads (firmware
version, file index, shutter count, picture styles...), their firmware-dependent offsets, and
VignettingCorr (0x4015). The expected values were checked against ExifTool 12.57 on the same
files."""

import struct

from analysis import analyse
from tests.analysis.test_meta_makernotes_offsets import camera_jpeg
from tests.builders import SHORT, UNDEFINED, ifd

SHOT_INFO, CAMERA_INFO, VIGNETTING_CORR = 0x0004, 0x000D, 0x4015


def canon(model: str, entries: list[tuple]) -> dict:
    """The Canon group of a little-endian Canon JPEG whose maker note holds ``entries``."""
    data = camera_jpeg("Canon", model, lambda position: ifd(entries, position))
    return analyse(data, "camerainfo.jpg", strict=True).metadata.get("Canon", {})


def block(size: int, fields: dict[int, bytes]) -> bytes:
    """``size`` bytes, zero but for ``fields`` (offset → bytes)."""
    data = bytearray(size)
    for offset, value in fields.items():
        data[offset : offset + len(value)] = value
    return bytes(data)


def u32(value: int) -> bytes:
    return struct.pack("<I", value)


MARK_III = block(
    0x500,
    {
        0x03: bytes([0x30]),  # FNumber: exp((48-8)/16·log 2)
        0x111: b"\x00\x89",  # LensType, stored big-endian in a little-endian note
        0x136: b"1.1.3\x00",
        0x172: u32(99),  # FileIndex, counted from 0
        0x176: u32(4999),  # ShutterCount, counted from 0
        0x17E: u32(101),  # DirectoryIndex, counted from 1
        0x2AA: struct.pack("<i", -2),  # PictureStyleInfo: ContrastStandard
        0x2AA + 0xD8: struct.pack("<H", 0x41),  # UserDef1PictureStyle
        0x45E: u32(1234567890),
    },
)


def test_camera_info_of_a_1d_mark_iii_gives_firmware_file_index_and_shutter_count():
    info = canon("Canon EOS-1D Mark III", [(CAMERA_INFO, UNDEFINED, MARK_III)])
    assert info["FirmwareVersion"] == "1.1.3"
    assert info["FileIndex"] == 100
    assert info["ShutterCount"] == 5000
    assert info["DirectoryIndex"] == 100
    assert info["LensType"] == 137
    assert round(info["FNumber"], 4) == 5.6569
    assert info["TimeStamp"] == "2009:02:13 23:31:30"


def test_camera_info_carries_the_picture_style_settings():
    info = canon("Canon EOS-1D Mark III", [(CAMERA_INFO, UNDEFINED, MARK_III)])
    assert info["ContrastStandard"] == -2
    assert info["UserDef1PictureStyle"] == 0x41


def test_camera_info_tags_give_way_to_the_same_tags_elsewhere_in_the_note():
    shot_info = [68] + [0] * 33  # its byte count first
    shot_info[7] = 3  # WhiteBalance in ShotInfo
    camera_info = MARK_III[:0x5E] + struct.pack("<H", 5) + MARK_III[0x60:]  # and in CameraInfo
    info = canon("Canon EOS-1D Mark III", [(SHOT_INFO, SHORT, shot_info), (CAMERA_INFO, UNDEFINED, camera_info)])
    assert info["WhiteBalance"] == 3


def test_camera_info_layout_is_chosen_by_model():
    info = canon("Canon EOS 40D", [(CAMERA_INFO, UNDEFINED, MARK_III)])
    assert info.get("FirmwareVersion") != "1.1.3"  # the 40D keeps it elsewhere
    assert "ShutterCount" not in info


def mark_ii(firmware_at: int | None) -> bytes:
    """A 5D Mark II CameraInfo with its firmware version at ``firmware_at`` and the file index
    where it lies for that firmware (36 bytes earlier for the older one)."""
    shift = -36 if firmware_at == 0x15A else 0
    fields = {0xE6: b"\x00\x89", 0x1BB + shift: u32(41)}
    if firmware_at is not None:
        fields[firmware_at] = b"3.4.6\x00"
    return block(0x400, fields)


def test_the_5d_mark_ii_layout_follows_the_firmware_version_found():
    for firmware_at in (0x15A, 0x17E):
        info = canon("Canon EOS 5D Mark II", [(CAMERA_INFO, UNDEFINED, mark_ii(firmware_at))])
        assert info["FirmwareVersion"] == "3.4.6"
        assert info["FileIndex"] == 42


def test_without_a_known_firmware_the_moving_part_of_the_layout_is_not_read():
    info = canon("Canon EOS 5D Mark II", [(CAMERA_INFO, UNDEFINED, mark_ii(None))])
    assert info["LensType"] == 137  # before the firmware-dependent part
    assert "FileIndex" not in info and "FirmwareVersion" not in info


def test_vignetting_correction_of_an_eos_model():
    values = [0x0000, 0, 1, 0, 1, 0, 71, 0, 0, 3, 0, 5472, 3648]
    data = bytearray(struct.pack("<13h", *values))
    data[2:4] = struct.pack("<H", len(data))  # the byte count is at byte 2
    info = canon("Canon EOS 6D", [(VIGNETTING_CORR, UNDEFINED, bytes(data))])
    assert info["VignettingCorrVersion"] == 0
    assert info["PeripheralLighting"] == 1 and info["PeripheralLightingValue"] == 71
    assert info["DistortionCorrectionValue"] == 3
    assert (info["OriginalImageWidth"], info["OriginalImageHeight"]) == (5472, 3648)


def test_vignetting_correction_with_a_wrong_byte_count_is_not_read():
    data = struct.pack("<13h", 0, 99, 1, 0, 1, 0, 71, 0, 0, 3, 0, 5472, 3648)
    assert "PeripheralLighting" not in canon("Canon EOS 6D", [(VIGNETTING_CORR, UNDEFINED, data)])


def test_vignetting_version_of_a_powershot():
    data = struct.pack("<BBH", 2, 0, 8) + bytes(4)
    assert canon("Canon PowerShot G16", [(VIGNETTING_CORR, UNDEFINED, data)]) == {"VignettingCorrVersion": 2}
