"""ExifTool's Composite tags (analysis.composite): derived as ExifTool 12.57 derives them, in
``metadata["Composite"]`` (``-n``) and ``metadata_print["Composite"]`` (printed)."""

import json
import math

import pytest

from analysis import analyse
from analysis.composite import composite_tags
from analysis.composite.registry import ROWS
from analysis.composite.sources import Sources
from tests.builders import ASCII, RATIONAL, SHORT, exif_tiff, jpeg, png

# EXIF tag ids (CIPA DC-008).
MAKE, EXPOSURE_TIME, F_NUMBER, ISO, DATE_TIME_ORIGINAL = 0x010F, 0x829A, 0x829D, 0x8827, 0x9003
OFFSET_TIME_ORIGINAL, SUB_SEC_TIME_ORIGINAL, FOCAL_LENGTH = 0x9011, 0x9291, 0x920A
EXIF_WIDTH, FOCAL_PLANE_X, FOCAL_PLANE_Y, FOCAL_PLANE_UNIT, FOCAL_35 = 0xA002, 0xA20E, 0xA20F, 0xA210, 0xA405
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON, GPS_ALT_REF, GPS_ALT = 1, 2, 3, 4, 5, 6
GPS_TIME, GPS_DATE = 7, 0x1D


def composite(data: bytes, name: str = "a.jpg") -> tuple[dict, dict]:
    report = analyse(data, name, strict=True)
    return report.metadata.get("Composite", {}), report.metadata_print.get("Composite", {})


def camera_jpeg(exif: list[tuple], gps: list[tuple] | None = None, make: str = "TestCam") -> bytes:
    return jpeg(exif_tiff([(MAKE, ASCII, make)], exif, gps), size=(64, 48))


EXPOSURE = [
    (EXPOSURE_TIME, RATIONAL, [(1, 200)]),
    (F_NUMBER, RATIONAL, [(56, 10)]),
    (ISO, SHORT, [100]),
    (FOCAL_LENGTH, RATIONAL, [(50, 1)]),
    (FOCAL_35, SHORT, [75]),
]


def test_image_size_and_megapixels_come_from_the_frame_header():
    values, printed = composite(jpeg(size=(64, 48)))
    assert values["ImageSize"] == [64, 48] and printed["ImageSize"] == "64x48"
    assert values["Megapixels"] == pytest.approx(0.003072) and printed["Megapixels"] == "0.003"


def test_a_png_without_exif_has_only_its_size():
    values, _ = composite(png((32, 16)), "a.png")
    assert values == {"ImageSize": [32, 16], "Megapixels": pytest.approx(0.000512)}


def test_exposure_and_optics_are_derived_as_exiftool_does():
    values, printed = composite(camera_jpeg(EXPOSURE))
    assert values["ShutterSpeed"] == 0.005 and printed["ShutterSpeed"] == "1/200"
    assert values["Aperture"] == 5.6 and "Aperture" not in printed  # prints as it is
    assert values["LightValue"] == pytest.approx(math.log2(5.6 * 5.6 * 100 / (0.005 * 100)))
    assert printed["LightValue"] == "12.6"
    assert values["ScaleFactor35efl"] == 1.5 and "ScaleFactor35efl" not in printed  # "1.5"
    assert printed["FocalLength35efl"] == "50.0 mm (35 mm equivalent: 75.0 mm)"
    assert values["CircleOfConfusion"] == pytest.approx(math.hypot(24, 36) / (1.5 * 1440))
    assert printed["CircleOfConfusion"] == "0.020 mm"
    assert values["HyperfocalDistance"] == pytest.approx(50 * 50 / (5.6 * values["CircleOfConfusion"] * 1000))
    assert printed["FOV"] == "27.0 deg"


def test_gps_coordinates_are_signed_by_their_references():
    gps = [
        (GPS_LAT_REF, ASCII, "S"),
        (GPS_LAT, RATIONAL, [(33, 1), (51, 1), (3600, 100)]),
        (GPS_LON_REF, ASCII, "W"),
        (GPS_LON, RATIONAL, [(70, 1), (30, 1), (0, 1)]),
        (GPS_ALT_REF, 1, [1]),
        (GPS_ALT, RATIONAL, [(125, 10)]),
    ]
    values, printed = composite(camera_jpeg([(ISO, SHORT, [100])], gps))
    assert values["GPSLatitude"] == pytest.approx(-33.86) and values["GPSLongitude"] == -70.5
    assert printed["GPSLatitude"] == "33 deg 51' 36.00\" S" and printed["GPSLongitude"] == "70 deg 30' 0.00\" W"
    assert values["GPSPosition"] == [pytest.approx(-33.86), -70.5]
    assert printed["GPSPosition"] == "33 deg 51' 36.00\" S, 70 deg 30' 0.00\" W"
    assert values["GPSAltitude"] == -12.5 and printed["GPSAltitude"] == "12.5 m Below Sea Level"


def test_gps_date_time_joins_date_and_time_in_utc():
    gps = [(GPS_DATE, ASCII, "2024:05:06"), (GPS_TIME, RATIONAL, [(7, 1), (8, 1), (9, 1)])]
    values, _ = composite(camera_jpeg([(ISO, SHORT, [100])], gps))
    assert values["GPSDateTime"] == "2024:05:06 07:08:09Z"


def test_sub_sec_date_carries_the_fraction_and_the_offset():
    exif = [
        (DATE_TIME_ORIGINAL, ASCII, "2024:01:02 03:04:05"),
        (SUB_SEC_TIME_ORIGINAL, ASCII, "123"),
        (OFFSET_TIME_ORIGINAL, ASCII, "+02:00"),
    ]
    values, _ = composite(camera_jpeg(exif))
    assert values["SubSecDateTimeOriginal"] == "2024:01:02 03:04:05.123+02:00"


def test_no_sub_sec_date_without_a_fraction_or_an_offset():
    values, _ = composite(camera_jpeg([(DATE_TIME_ORIGINAL, ASCII, "2024:01:02 03:04:05")]))
    assert "SubSecDateTimeOriginal" not in values


def test_a_canon_sensor_size_comes_from_the_stored_focal_plane_fractions():
    # Canon IXUS 400 resized to 100 px: 2272000/280 px per inch says a 0.280 x 0.210 inch sensor.
    exif = [
        (FOCAL_LENGTH, RATIONAL, [(494, 32)]),
        (EXIF_WIDTH, SHORT, [100]),
        (FOCAL_PLANE_X, RATIONAL, [(2272000, 280)]),
        (FOCAL_PLANE_Y, RATIONAL, [(1704000, 210)]),
        (FOCAL_PLANE_UNIT, SHORT, [2]),
    ]
    canon, _ = composite(camera_jpeg(exif, make="Canon"))
    other, _ = composite(camera_jpeg(exif, make="Other"))
    assert canon["ScaleFactor35efl"] == pytest.approx(4.86688586114374)  # ExifTool 12.57
    # Elsewhere the 64 px frame over 8114 px/inch makes a 0.25 mm sensor, which ExifTool rejects.
    assert "ScaleFactor35efl" not in other


def test_a_later_tag_of_equal_priority_wins_and_a_low_priority_one_never_does():
    sources = Sources(
        {"ExifIFD": {"ISO": 100, "FNumber": 4}, "Nikon": {"ISO": 200}, "Pentax": {"FNumber": 5.6}, "XMP-exif": {}},
        {},
    )
    assert sources.get("ISO")[0] == 100  # Nikon's ISO has Priority 0
    assert sources.get("FNumber")[0] == 4  # so has Pentax's FNumber
    assert Sources({"ExifIFD": {"ISO": 100}, "Pentax": {"ISO": 6}}, {"Pentax": {"ISO": 100}}).get("ISO")[:2] == (6, 100)
    assert Sources({"XMP-exif": {"ISO": 50}, "ExifIFD": {"ISO": 100}}, {}).get("ISO")[0] == 100


def test_the_frame_size_wins_over_an_ifd0_size():
    sources = Sources({"File": {"ImageWidth": 64}, "IFD0": {"ImageWidth": 4000}}, {})
    assert sources.get("ImageWidth")[0] == 64


def test_rows_come_after_the_rows_they_read():
    order = [row.name for row in ROWS]
    assert order.index("ImageSize") < order.index("Megapixels")
    assert order.index("GPSLatitude") < order.index("GPSPosition")
    assert order.index("ScaleFactor35efl") < order.index("FocalLength35efl")
    assert order.index("Aperture") < order.index("LightValue")


def test_an_odd_value_gives_no_tag_rather_than_an_error():
    values, _ = composite_tags({"ExifIFD": {"FNumber": "x", "ExposureTime": "fast", "ISO": "high"}}, {})
    assert "LightValue" not in values


def test_lens_id_names_the_lens_from_a_lens_model():
    values, _ = composite_tags({"ExifIFD": {"LensModel": "EF-S18-55mm f/3.5-5.6 IS II"}}, {})
    assert values["LensID"] == "EF-S18-55mm f/3.5-5.6 IS II"


def test_xmp_flash_fields_make_the_exif_flash_value():
    values, printed = composite_tags({"XMP-exif": {"FlashFired": False, "FlashMode": 2, "FlashReturn": 0}}, {})
    assert values["Flash"] == 16 and printed["Flash"] == "Off, Did not fire"


def test_a_camera_original_of_the_corpus_matches_exiftool(shared):
    path = shared / "corpus/exif-samples/jpg/Canon_DIGITAL_IXUS_400.jpg"
    reference = json.loads((shared / "compat/exiftool/jpg/Canon_DIGITAL_IXUS_400.jpg.json").read_text())[0]
    values, _ = composite(path.read_bytes())
    expected = {
        key.removeprefix("Composite:"): value for key, value in reference.items() if key.startswith("Composite:")
    }
    assert values.keys() == expected.keys()
    for tag in ("ShutterSpeed", "Aperture", "ScaleFactor35efl", "FOV", "Lens35efl", "DriveMode", "HyperfocalDistance"):
        assert values[tag] == pytest.approx(expected[tag]), tag
    assert values["ImageSize"] == [100, 75] and expected["ImageSize"] == "100 75"  # -n joins an array


def test_canon_white_balance_levels_give_the_red_and_blue_balance():
    canon = {"WhiteBalance": 0, "WB_RGGBLevelsAuto": [1719, 832, 831, 990], "WB_RGGBLevelsDaylight": [1, 2, 3, 4]}
    values, printed = composite_tags({"Canon": canon}, {})
    assert values["WB_RGGBLevels"] == [1719, 832, 831, 990]  # WhiteBalance 0 is Auto
    assert values["RedBalance"] == pytest.approx(2.06734816596512)  # ExifTool 12.57 on t/images/Canon.jpg
    assert printed["RedBalance"] == 2.067348 and values["BlueBalance"] == pytest.approx(990 / 831.5)
