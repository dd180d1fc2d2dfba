"""Nikon maker notes in depth: the per-model ShotInfo blocks (deciphered with the serial-number and
shutter-count keys) and the NikonCustom settings inside them, ShotInfo laid out as a table of
offsets to its parts (D810/D850/D500/D6/Z models), NikonSettings records, LensData 0800 and the
ColorBalance versions ExifTool only names. Notes are synthesized in ExifTool 12.57's layouts
(Nikon.pm, NikonCustom.pm, NikonSettings.pm); the real files are compared by
tests/analysis/test_meta_makernotes.py and bench/exiftool_agreement.py."""

import struct

from analysis.binary import ByteReader
from analysis.metadata import READERS
from analysis.metadata.context import ReadContext
from analysis.metadata.makernotes import read_makernote
from analysis.metadata.makernotes.crypt import NIKON_COUNT_KEY, NIKON_SERIAL_KEY, nikon_decrypt
from analysis.metadata.makernotes.table import Values
from tests.builders import ASCII, LONG, UNDEFINED, ifd

SERIAL, SHUTTER_COUNT = "4000123", 9876
KEYS = Values({NIKON_SERIAL_KEY: int(SERIAL), NIKON_COUNT_KEY: SHUTTER_COUNT})
NOTE_AT = 8


def encipher(block: bytes, start: int = 4, length: int | None = None) -> bytes:
    """The block as the camera stores it (Nikon's cipher is its own inverse)."""
    enciphered = nikon_decrypt(start, length)(block, KEYS)
    assert enciphered is not None
    return enciphered


def read(model: str, entries: list[tuple], keys: bool = True) -> ReadContext:
    """Read a type-3 Nikon note (little-endian inner TIFF) carrying ``entries``, with the
    SerialNumber and ShutterCount that key the cipher unless ``keys`` is False."""
    if keys:
        entries = [(0x001D, ASCII, SERIAL), (0x00A7, LONG, [SHUTTER_COUNT]), *entries]
    note = b"Nikon\x00\x02\x10\x00\x00" + b"II*\x00" + struct.pack("<I", 8) + ifd(entries, 8, "<")
    tiff = b"MM\x00*" + struct.pack(">I", 8) + note
    ctx = ReadContext(tiff, READERS, strict=True)
    read_makernote(
        ctx, make="NIKON CORPORATION", model=model, tiff=ByteReader(tiff, ">"), offset=NOTE_AT, count=len(note)
    )
    return ctx


def d7000_shot_info() -> bytes:
    """ShotInfoD7000: version, firmware, ShutterCount at 0x320, CustomSettingsD7000 at 0x404."""
    block = bytearray(0x460)
    block[0:9] = b"02201.03a"
    struct.pack_into(">I", block, 0x320, 4242)
    block[0x404 + 4] = 0xC0 | 0x20  # ShootingInfoDisplay 3, LCDIllumination on
    block[0x404 + 11] = 100  # MaxContinuousRelease
    return encipher(bytes(block), 4, 0x448)


def test_it_reads_the_d7000_custom_settings_from_its_enciphered_shot_info():
    ctx = read("NIKON D7000", [(0x0091, UNDEFINED, d7000_shot_info())])
    assert ctx.metadata["Nikon"]["ShotInfoVersion"] == "0220"
    assert ctx.metadata["Nikon"]["FirmwareVersion"] == "1.03a"
    custom = ctx.metadata["NikonCustom"]
    assert (custom["ShootingInfoDisplay"], custom["LCDIllumination"], custom["MaxContinuousRelease"]) == (3, 1, 100)


def test_it_leaves_the_shot_info_unread_without_the_cipher_keys():
    ctx = read("NIKON D7000", [(0x0091, UNDEFINED, d7000_shot_info())], keys=False)
    assert "ShotInfoVersion" not in ctx.metadata.get("Nikon", {})
    assert "NikonCustom" not in ctx.metadata


def d850_shot_info(custom_at: int, orientation_at: int) -> bytes:
    """ShotInfoD850: a table of 37 offsets at 12; the custom settings part at ``custom_at``,
    the orientation part (16.16 fixed-point angles) at ``orientation_at``."""
    block = bytearray(orientation_at + 12 + 64)
    block[0:9] = b"02431.10 "
    struct.pack_into("<I", block, 12, 37)
    struct.pack_into("<I", block, 88, custom_at)
    struct.pack_into("<I", block, 160, orientation_at)
    block[custom_at + 1] = 0x80  # AF-CPrioritySelection 2
    block[custom_at + 80] = 0x3F  # Func2Button, only if the part ran on past its end
    struct.pack_into("<3I", block, orientation_at, int(90.5 * 0x10000), 350 * 0x10000, 0)
    return encipher(bytes(block))


def test_it_reads_the_parts_of_a_shot_info_laid_out_as_offsets():
    ctx = read("NIKON D850", [(0x0091, UNDEFINED, d850_shot_info(custom_at=256, orientation_at=336))])
    assert ctx.metadata["NikonCustom"]["AF-CPrioritySelection"] == 2
    nikon = ctx.metadata["Nikon"]
    assert (nikon["RollAngle"], nikon["PitchAngle"], nikon["YawAngle"]) == (90.5, -10, 0)


def test_a_part_ends_where_the_next_listed_part_starts():
    ctx = read("NIKON D850", [(0x0091, UNDEFINED, d850_shot_info(custom_at=256, orientation_at=296))])
    assert ctx.metadata["NikonCustom"]["AF-CPrioritySelection"] == 2
    assert "Func2Button" not in ctx.metadata["NikonCustom"]


def nikon_settings(records: list[tuple[int, int]]) -> bytes:
    head = b"0100" + struct.pack("<I", 2) + b"0100" + struct.pack("<I", 1) + b"0110" + struct.pack("<I", len(records))
    return head + b"".join(struct.pack("<HBBI", tag, 0, 4, value) for tag, value in records)


def test_it_reads_nikon_settings_records_with_model_conditions():
    settings = nikon_settings([(0x001, 9), (0x003, 19), (0x02F, 10)])
    z7 = read("NIKON Z 7", [(0x004E, UNDEFINED, settings)]).metadata["NikonSettings"]
    assert z7 == {"ISOAutoHiLimit": 9, "ISOAutoShutterTime": 19, "FineTuneOptMatrixMetering": 0.5}
    z6 = read("NIKON Z 6", [(0x004E, UNDEFINED, settings)]).metadata["NikonSettings"]
    assert "ISOAutoHiLimit" not in z6  # ExifTool knows that setting on the D6 and the Z 7 only


def test_it_stops_at_a_nikon_settings_record_of_an_unknown_format():
    settings = bytearray(nikon_settings([(0x003, 19), (0x00B, 2)]))
    settings[0x18 + 8 + 3] = 2
    assert read("NIKON Z 6", [(0x004E, UNDEFINED, bytes(settings))]).metadata["NikonSettings"] == {
        "ISOAutoShutterTime": 19
    }


def test_it_reads_the_new_lens_data_of_a_z_lens():
    block = bytearray(0x60)
    block[0:4] = b"0800"
    block[48] = 1  # NewLensData: a byte after the first not zero
    struct.pack_into("<HxxxxHH", block, 48, 27, 2 * 384, 50)  # LensID, MaxAperture (f/2), ...
    struct.pack_into("<H", block, 60, 35)  # FocalLength
    ctx = read("NIKON Z 6", [(0x0098, UNDEFINED, encipher(bytes(block)))])
    nikon = ctx.metadata["Nikon"]
    assert (nikon["LensDataVersion"], nikon["LensID"], nikon["MaxAperture"], nikon["FocalLength"]) == (
        "0800",
        27,
        2,
        35,
    )
    assert "ExitPupilPosition" not in nikon  # the old-style lens data is blank


def test_it_names_the_color_balance_version_exiftool_does_not_decode():
    block = b"0219" + bytes(400)
    ctx = read("NIKON D5300", [(0x0097, UNDEFINED, encipher(block, 284, 10))])
    assert ctx.metadata["Nikon"]["ColorBalanceVersion"] == "0219"
