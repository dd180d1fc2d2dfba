"""Printed values of maker-note groups, as ExifTool 12.57 prints them (``exiftool -j -G1``)."""

import pytest

from analysis import analyse
from analysis.printconv import print_values
from analysis.printconv.makernotes.functions import (
    bit_numbers,
    file_number,
    format_string,
    in_turn,
    picture_control,
    point_version,
    self_timer,
    sprintf,
    time_zone,
)
from analysis.printconv.registry import table_for


def test_a_powershot_prints_its_camera_settings_as_exiftool_does(shared):
    path = shared / "corpus/exif-samples/jpg/Canon_DIGITAL_IXUS_400.jpg"
    printed = analyse(path.read_bytes(), path.name, strict=True).metadata_print["Canon"]
    assert printed["MacroMode"] == "Normal"
    assert printed["SelfTimer"] == "Off"
    assert printed["FlashBits"] == "(none)"
    assert printed["FocusDistanceUpper"] == "2.16 m"
    assert printed["FileNumber"] == "124-2489"
    assert printed["CanonModelID"] == "PowerShot S400 / Digital IXUS 400 / IXY Digital 400"


def test_a_coolpix_prints_its_text_tags_and_picture_control_as_exiftool_does(shared):
    path = shared / "corpus/exif-samples/jpg/gps/DSCN0010.jpg"
    printed = analyse(path.read_bytes(), path.name, strict=True).metadata_print["Nikon"]
    assert printed["Quality"] == "Fine"
    assert printed["FocusMode"] == "AF-S"
    assert printed["ImageStabilization"] == "VR-On"
    assert printed["Contrast"] == "Auto"
    assert printed["ToningEffect"] == "n/a"
    assert printed["MakerNoteVersion"] == "2.10"


@pytest.mark.parametrize(
    ("group", "tag", "value", "expected"),
    [
        ("Canon", "LensType", 1, "Canon EF 50mm f/1.8"),
        ("Canon", "AFPointsInFocus", 8, "3"),
        ("CanonCustom", "SetButtonWhenShooting", 1, "Image quality"),
        ("Nikon", "MakerNoteVersion", "0200", "2.00"),
        ("NikonCustom", "BeepPitch", 0, "Off"),
        ("Sony", "LensType", 65535, "E-Mount, T-Mount, Other Lens or no lens"),
        ("Olympus", "ContrastSetting", [0, -2, 2], "0 (min -2, max 2)"),
        ("Pentax", "WorldTimeLocation", 0, "Hometown"),
        ("Panasonic", "ImageStabilization", 4, "On, Mode 2"),
        ("FujiFilm", "Sharpness", 3, "0 (normal)"),
        ("Apple", "AFStable", 1, "Yes"),
        ("Samsung", "ColorSpace", 0, "sRGB"),
    ],
)
def test_each_brand_prints_its_tags_by_exiftools_tables(group, tag, value, expected):
    assert print_values({group: {tag: value}}) == {group: {tag: expected}}


def test_a_value_missing_from_a_lookup_prints_as_unknown():
    assert print_values({"Canon": {"MacroMode": 7}}) == {"Canon": {"MacroMode": "Unknown (7)"}}


def test_every_maker_note_group_has_a_table():
    groups = ("Canon", "CanonCustom", "Nikon", "NikonCustom", "NikonSettings", "Sony", "Olympus", "Pentax")
    assert all(table_for(group) is not None for group in (*groups, "Panasonic", "FujiFilm", "Apple", "Samsung"))


def test_nikon_text_is_cased_as_exiftools_format_string():
    assert format_string("AUTO        ") == "Auto"
    assert format_string("AF-S  ") == "AF-S"
    assert format_string("VR-OFF     ") == "VR-Off"
    assert format_string("NEF RAW") == "Nef RAW"
    assert format_string("               ") == ""


def test_named_conversions_print_as_exiftools_expressions():
    assert point_version("0200") == "2.00"
    assert file_number(1242489) == "124-2489"
    assert self_timer(0) == "Off"
    assert self_timer(0x4000 | 100) == "10 s, Custom"
    assert time_zone(180) == "+03:00"
    assert time_zone(-330) == "-05:30"
    assert sprintf("%.3d")(7) == "007"
    assert sprintf("0x%.2x")(15) == "0x0f"
    assert sprintf("%.1f mm")(106.787) == "106.8 mm"
    assert bit_numbers(16)([8, 1]) == "3,16"
    assert bit_numbers(16)(0) == "(none)"
    assert picture_control("None")(127) == "n/a"
    assert picture_control("None", "%.2f", 4)(6) == "1.50"
    assert in_turn(lambda v: "Off" if v == 0 else v, None)([0, 3]) == "Off; 3"
