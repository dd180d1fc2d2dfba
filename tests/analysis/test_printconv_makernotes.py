"""Printed values of maker-note groups, as ExifTool 12.57 prints them (``exiftool -j -G1``)."""

import pytest

from analysis import analyse
from analysis.printconv import print_values
from analysis.printconv.convert import exposure_time, lookup
from analysis.printconv.makernotes.functions import (
    battery_level,
    bit_numbers,
    by_count,
    crop_hi_speed,
    either,
    file_number,
    first_space,
    flicker_reduction,
    format_string,
    frame_size,
    half_press_time,
    hex_point_version,
    hundredths,
    if_integer,
    in_order_range,
    in_turn,
    labelled,
    lookup_else,
    lookup_else_around,
    metres_and_feet,
    nikon_iso,
    nikon_lens_type,
    picture_control,
    pixel_size,
    plus_before_digit,
    point_version,
    position_ratio,
    scaled,
    self_timer,
    shooting_mode,
    sprintf,
    sprintf_all,
    time_zone,
    with_alternatives,
)
from analysis.printconv.registry import table_for
from analysis.printconv.table import (
    FileMetadata,
    Source,
    Table,
    has_tag,
    lacks_tag,
    model,
    not_model,
    value_matches,
)
from tests.analysis.test_meta_makernotes import nikon, read
from tests.builders import ASCII


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
        ("CanonCustom", "SetButtonWhenShooting", 1, "White balance"),  # Functions2: no older model
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


def _custom(model: str, group: str, tag: str, value, **more) -> dict:
    """The printed ``group:tag`` of a file whose IFD0 Model is ``model`` (``more``: other groups)."""
    return print_values({"IFD0": {"Model": model}, group: {tag: value}, **more})[group][tag]


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("Canon EOS D30", "1/2 Stop"),
        ("Canon EOS-1D", "1/3-stop set, 1/3-stop comp."),
        ("Canon EOS 10D", "1/2 Stop"),
        ("Canon EOS 20D", "1/3 Stop"),
        ("Canon EOS 40D", "1/3 Stop"),
        ("Canon EOS-1D Mark III", "1/3-stop set, 1/3-stop comp."),
    ],
)
def test_canon_custom_functions_print_by_the_table_of_the_camera_model(model, expected):
    # One function name, a table per model (CanonCustom.pm Functions1D, FunctionsD30...,
    # Functions2): 0 means another step on each.
    assert _custom(model, "CanonCustom", "ExposureLevelIncrements", 0) == expected


def test_canon_functions2_rows_are_told_apart_by_their_number_of_values():
    assert _custom("Canon EOS 5D Mark III", "CanonCustom", "AEBShotCount", [3, 0]) == "3 shots"
    assert _custom("Canon EOS 40D", "CanonCustom", "AEBShotCount", 1) == "2 shots"
    speeds = _custom("Canon EOS-1D Mark III", "CanonCustom", "ShutterSpeedRange", [0, 1 / 8192, 32])
    assert speeds == "Disable; Hi 1/8192; Lo 32"
    assert _custom("Canon EOS-1D Mark III", "CanonCustom", "TimerLength", [0, 6, 16, 2]) == (
        "Disable; 6 s: 6; 16 s: 16; After release: 2"
    )


def test_canon_functions2_rows_of_one_model_win_over_the_general_row():
    assert _custom("Canon EOS-1D Mark IV", "CanonCustom", "SelectableAFPoint", 1) == "19 points"
    assert _custom("Canon EOS 7D", "CanonCustom", "SelectableAFPoint", 1) == "Inner 9 points"


@pytest.mark.parametrize(
    ("version", "model", "expected"),
    [("0220", "NIKON D7000", "MB-D11 First"), ("0216", "NIKON D300S", "MB-D10 First")],
)
def test_nikon_custom_settings_print_by_the_table_their_shot_info_version_names(version, model, expected):
    shot_info = {"Nikon": {"ShotInfoVersion": version}}
    assert _custom(model, "NikonCustom", "BatteryOrder", 0, **shot_info) == expected


def test_nikon_custom_settings_of_one_model_have_their_own_meanings():
    d7000 = {"Nikon": {"ShotInfoVersion": "0220"}}
    assert _custom("NIKON D7000", "NikonCustom", "LiveViewMonitorOffTime", 1, **d7000) == "10 s"
    assert _custom("NIKON D7000", "NikonCustom", "NumberOfFocusPoints", 0, **d7000) == "39 Points"


def test_a_casio_type2_note_prints_by_its_own_table():
    main = print_values({"Casio": {"FocusMode": 3, "RecordingMode": 1}})["Casio"]
    assert main == {"FocusMode": "Auto", "RecordingMode": "Single Shutter"}
    # PreviewImageSize is a tag only the Type2 table (QVC header) has
    type2 = print_values({"Casio": {"FocusMode": 3, "PreviewImageSize": [320, 240]}})["Casio"]
    assert type2 == {"FocusMode": "Single-Area Auto Focus", "PreviewImageSize": "320x240"}


@pytest.mark.parametrize(
    ("group", "tag", "value", "expected"),
    [
        ("Sanyo", "FlashMode", 3, "Red eye"),
        ("Kodak", "MeteringMode", 0, "Multi-segment"),
        ("Kodak", "WhiteBalance", 2, "Tungsten"),
        ("Minolta", "WhiteBalance", 16, "Daylight"),
        ("Sigma", "ExposureMode", "P", "Program AE"),
        ("Sigma", "MeteringMode", 8, "Multi-segment"),
        ("Ricoh", "Macro", 1, "On"),
        ("GE", "Macro", 0, "Off"),
    ],
)
def test_brands_without_their_own_rows_before_print_by_exiftools_tables(group, tag, value, expected):
    assert print_values({group: {tag: value}}) == {group: {tag: expected}}


def test_a_printer_by_count_picks_the_row_for_the_number_of_values():
    printer = by_count({1: sprintf("one %d"), 2: lambda v: "two"}, None)
    assert (printer(5), printer([1, 2]), printer([1, 2, 3])) == ("one 5", "two", [1, 2, 3])


def test_a_labelled_printer_puts_its_label_before_the_converted_value():
    assert labelled("Hi ", exposure_time)(0.004) == "Hi 1/250"


def test_either_lookup_prints_a_value_the_first_does_not_know_by_the_second():
    printer = either(lookup({1: "Normal", 2: "Weak"}), lookup({13: "Normal", 15: "Strong"}))
    assert (printer(2), printer(15), printer(9)) == ("Weak", "Strong", "Unknown (9)")


def test_a_source_applies_by_model_by_tag_value_or_by_a_tag_only_it_has():
    metadata = {"IFD0": {"Model": "Canon EOS 10D"}, "Nikon": {"ShotInfoVersion": "0220"}, "Casio": {"AFMode": 1}}
    assert model(r"\b10D\b")(metadata) and not model(r"\b20D\b")(metadata)
    assert value_matches("Nikon", "ShotInfoVersion", r"022")(metadata)
    assert not value_matches("Nikon", "ShotInfoVersion", r"0213")(metadata)
    assert has_tag("Casio", "AFMode PreviewImageSize")(metadata) and not has_tag("Casio", "Other")(metadata)
    table = Table(rows={"A": lookup({1: "base"})}, sources=(Source("T", model("10D"), {"A": lookup({1: "ten"})}),))
    assert table.rows_for(metadata)["A"](1) == "ten"
    assert table.rows_for({"IFD0": {"Model": "Canon EOS 20D"}})["A"](1) == "base"


def test_nikon_main_table_expressions_print_as_exiftool_does():
    printed = print_values(
        {
            "Nikon": {
                "ISO": [0, 200],
                "LensType": 14,
                "ShootingMode": 0,
                "SensorPixelSize": [7.8, 7.8],
                "CropHiSpeed": [0, 4992, 3280, 4992, 3280, 0, 0],
            }
        }
    )["Nikon"]
    assert printed["ISO"] == "200"
    assert printed["LensType"] == "G VR"
    assert printed["ShootingMode"] == "Single-Frame"
    assert printed["SensorPixelSize"] == "7.8 x 7.8 um"
    assert printed["CropHiSpeed"] == "Off (4992x3280 cropped to 4992x3280 at pixel 0,0)"


def test_nikon_iso_of_the_iso_info_table_is_a_rounded_number():
    # one name, two tables: Main's two numbers, ISOInfo's one
    assert print_values({"Nikon": {"ISO": 199.6}})["Nikon"]["ISO"] == 200
    assert nikon_iso("1 1") == "Hi 1"


def test_nikon_lens_type_letters_are_ordered_as_exiftool_orders_them():
    assert nikon_lens_type(0) == "AF"
    assert nikon_lens_type(0b110) == "G"
    assert nikon_lens_type(0b1000110) == "E G"
    assert nikon_lens_type(0b100110) == "G FT-1"


def test_nikon_shooting_mode_bit5_is_named_by_the_model():
    assert shooting_mode("Auto ISO")(33) == "Continuous, Auto ISO"
    assert shooting_mode("Auto ISO")(32) == "Single-Frame, Auto ISO"
    d70 = {"IFD0": {"Model": "NIKON D70"}, "Nikon": {"ShootingMode": 33}}
    assert print_values(d70)["Nikon"]["ShootingMode"] == "Continuous, Unused LE-NR Slowdown"


def test_nikon_af_area_mode_prints_by_the_af_info2_kind_of_focus():
    phase = {"AFInfo2Version": "0100", "ContrastDetectAF": 0, "AFAreaMode": 8}
    contrast = {"AFInfo2Version": "0100", "ContrastDetectAF": 1, "AFAreaMode": 1}
    z_series = {"AFInfo2Version": "0400", "AFAreaMode": 197}
    assert print_values({"Nikon": phase})["Nikon"]["AFAreaMode"] == "Auto-area"
    assert print_values({"Nikon": contrast})["Nikon"]["AFAreaMode"] == "Contrast-detect (normal area)"
    assert print_values({"Nikon": z_series})["Nikon"]["AFAreaMode"] == "Auto"


def test_nikon_picture_control_settings_print_by_their_version():
    version1 = {"PictureControlVersion": "0100", "Sharpness": 3, "HueAdjustment": 0}
    assert print_values({"Nikon": version1})["Nikon"] == {"Sharpness": "3", "HueAdjustment": "None"}
    version2 = {"PictureControlVersion": "0200", "Sharpness": 3}
    assert print_values({"Nikon": version2})["Nikon"] == {"Sharpness": "0.75"}
    # without Picture Control, HueAdjustment is Main's plain number
    assert "HueAdjustment" not in print_values({"Nikon": {"HueAdjustment": 0, "Quality": "FINE"}})["Nikon"]


def test_canon_rows_with_an_other_sub_or_a_not_available_code():
    printed = print_values({"Canon": {"Contrast": 1, "Saturation": 0, "OpticalZoomCode": 8, "AFConfigTool": 1}})
    assert printed["Canon"] == {
        "Contrast": "+1",
        "Saturation": "Normal",
        "OpticalZoomCode": "n/a",
        "AFConfigTool": "Case 1",
    }
    assert lookup_else({0: "Normal"}, lambda value: f"+{value}")(2) == "+2"


def test_canon_processing_sharpness_is_a_plain_number():
    processing = {"Canon": {"Sharpness": 4, "SharpnessFrequency": 0}, "IFD0": {"Model": "Canon EOS 6D"}}
    assert "Sharpness" not in print_values(processing)["Canon"]
    assert print_values({"Canon": {"Sharpness": 4}})["Canon"]["Sharpness"] == "+4"


def test_a_name_several_tables_look_up_prints_by_the_table_that_knows_the_value():
    # Sony Main's CreativeStyle is text, CameraSettings' a number
    assert print_values({"Sony": {"CreativeStyle": "Autumnleaves"}})["Sony"]["CreativeStyle"] == "Autumn Leaves"
    assert print_values({"Sony": {"CreativeStyle": 11}})["Sony"]["CreativeStyle"] == "Neutral"
    rows = with_alternatives({"A": lookup({1: "one"})}, {"A": (lookup({2: "two"}),), "B": (lookup({3: "three"}),)})
    assert (rows["A"](1), rows["A"](2), rows["A"](5), rows["B"](3)) == ("one", "two", "Unknown (5)", "three")


def test_casio_type2_tags_without_a_conversion_print_as_they_are():
    # Type2 0x3014 ISO (a number) comes after 0x0014 (a code): ExifTool shows the later one
    type2 = {"Casio": {"ISO": 50, "PreviewImageSize": [320, 240], "AFPointPosition": [176, 352, 120, 240]}}
    assert print_values(type2)["Casio"] == {"PreviewImageSize": "320x240", "AFPointPosition": "0.5 0.5"}
    assert position_ratio([65535, 65535, 65535, 65535]) == "n/a"


def test_small_expression_printers():
    assert first_space(" to ")([24, 70]) == "24 to 70"
    assert first_space(" to ")("24 to 70") == "24 to 70"
    assert hundredths(r"^Rev(\d+)$")("Rev0104") == "1.04"
    assert if_integer(lambda value: f"{value} C")(20) == "20 C"
    assert if_integer(lambda value: f"{value} C")("20.5") == "20.5"
    assert plus_before_digit("0.3") == "+0.3"
    assert plus_before_digit("-0.3") == "-0.3"
    assert scaled(100, sprintf("%.1f %%"))(0.5) == "50.0 %"
    assert pixel_size("7.8 7.8") == "7.8 x 7.8 um"
    assert crop_hi_speed({1: "1.3x Crop"})("1 10 20 30 40 5 6") == "1.3x Crop (10x20 cropped to 30x40 at pixel 5,6)"


def test_the_camera_model_is_worked_out_once_per_file():
    metadata = FileMetadata({"IFD0": {"Model": " Canon EOS 10D "}})
    assert metadata.model == "Canon EOS 10D"
    assert model(r"10D$")(metadata) and not_model(r"20D")(metadata) and lacks_tag("Casio", "AFMode")(metadata)


@pytest.mark.parametrize(
    ("group", "tag", "value", "expected"),
    [
        ("Sony", "WBShiftAB_GM_Precise", [-500, 500], "-0.50 0.50"),
        ("Sony", "FocusFrameSize", [153, 156, 257], "153x156"),
        ("Sony", "FocusFrameSize", [0, 0, 0], "n/a"),
        ("Sony", "ColorTemperature", 0, "Auto"),
        ("Sony", "Shutter", [19199, 96, 9], "Mechanical (19199 96 9)"),
        ("Sony", "Shutter", [0, 0, 0], "Silent / Electronic (0 0 0)"),
        ("Pentax", "SensorSize", [24.024, 15.974], "24.024 x 15.974 mm"),
        ("Pentax", "RawImageSize", [3008, 2008], "3008x2008"),
        ("Pentax", "ExternalFlashGuideNumber", 0, "n/a"),
        ("Pentax", "SRHalfPressTime", 1.53333333333333, "1.53 s"),
        ("FujiFilm", "WhiteBalanceFineTune", [0, 20], "Red +0, Blue +20"),
        ("FujiFilm", "FlickerReduction", 35, "Off (0x0023)"),
        ("FujiFilm", "NoiseReduction", 0, "0 (normal)"),
        ("FujiFilm", "NoiseReduction", 64, "Low"),
        ("Olympus", "BodyFirmwareVersion", 4864, "1.300"),
        ("Olympus", "ManometerReading", [0, 0], "0 m, 0 ft"),
        ("Olympus", "FocusDistance", 0.705, "0.705 m"),
        ("Apple", "FocusDistanceRange", [0.68359375, 0.5390625], "0.54 - 0.68 m"),
    ],
)
def test_expression_rows_print_as_exiftool_does(group, tag, value, expected):
    assert print_values({group: {tag: value}}) == {group: {tag: expected}}


def test_pentax_battery_readings_have_volts_only_on_the_models_exiftool_names():
    k10d = {"IFD0": {"Model": "PENTAX K10D"}, "Pentax": {"BodyBatteryADLoad": 168}}
    assert print_values(k10d)["Pentax"]["BodyBatteryADLoad"] == "168 (7.4V, 47%)"
    assert "Pentax" not in print_values({"IFD0": {"Model": "PENTAX K100D"}, "Pentax": {"BodyBatteryADLoad": 168}})
    assert battery_level(155, 35)(173) == "173 (7.6V, 51%)"


def test_printf_of_every_number_takes_integer_parts_for_integer_conversions():
    assert sprintf_all("%d-%d")("3.7 4.2") == "3-4"
    assert frame_size("1 2 3") == "  1x  2"
    assert in_order_range("%.1f-%.1f")([2, 1]) == "1.0-2.0"
    assert half_press_time(5) == "5.00 s or longer"
    assert flicker_reduction(0x0123) == "On (0x0123)"
    assert hex_point_version(0x101) == "101"
    assert metres_and_feet("12 39") == "12 m, 39 ft"
    assert lookup_else_around({0: "none"}, "other ({})")(3) == "other (3)"


def test_a_code_kept_as_text_is_still_found_by_a_lookup_keyed_by_number():
    # Issue 10: a maker-note code stored as text ("1") stays text in -n, and Perl's hash
    # lookup (keyed by text) still finds it: Nikon.pm DateStampMode 1 => 'Date & Time'.
    metadata = read(nikon(extra=[(0x009D, ASCII, "1")]), "NIKON").metadata
    assert metadata["Nikon"]["DateStampMode"] == "1"
    assert print_values(metadata)["Nikon"]["DateStampMode"] == "Date & Time"
    assert print_values({"Sigma": {"MeteringMode": "8"}})["Sigma"]["MeteringMode"] == "Multi-segment"
