"""Where and when, as the pages read it from a stored report (cases/facts.py)."""

from datetime import datetime

from cases.facts import capture_time, edited, gps_point, key_metadata, rules_run, severity_counts
from tests.cases.typed_reports import finding, software, typed_report


def test_the_original_apis_flat_gps_key_is_never_read():
    report = {"gps": {"latitude": 43.5, "longitude": -11.25}, "metadata": {"Composite": {"GPSLatitude": 1.0}}}
    assert gps_point(report) is None


def test_gps_falls_back_to_the_composite_signed_values():
    assert gps_point({"metadata": {"Composite": {"GPSLatitude": -33.85, "GPSLongitude": 151.2}}}) == (-33.85, 151.2)


def test_gps_falls_back_to_the_gps_group_and_its_refs():
    group = {"GPSLatitude": 33.85, "GPSLatitudeRef": "S", "GPSLongitude": 70.5, "GPSLongitudeRef": "W"}
    assert gps_point({"metadata": {"GPS": group}}) == (-33.85, -70.5)


def test_impossible_coordinates_are_not_a_position():
    assert gps_point({"metadata": {"Composite": {"GPSLatitude": 91.0, "GPSLongitude": 10.0}}}) is None
    assert gps_point({"metadata": {"Composite": {"GPSLatitude": "43", "GPSLongitude": 10.0}}}) is None
    assert gps_point({}) is None and gps_point(None) is None


def test_capture_time_reads_date_time_original_with_its_offset():
    report = {"metadata": {"ExifIFD": {"DateTimeOriginal": "2024:05:01 10:00:00", "OffsetTimeOriginal": "+02:00"}}}
    captured = capture_time(report)
    assert (captured.local, captured.offset) == (datetime(2024, 5, 1, 10), "+02:00")
    assert captured.sort_key == datetime(2024, 5, 1, 8)


def test_capture_time_without_offset_has_no_time_zone():
    captured = capture_time({"metadata": {"ExifIFD": {"DateTimeOriginal": "2008:05:30 15:56:01"}}})
    assert (captured.local, captured.offset, captured.sort_key) == (
        datetime(2008, 5, 30, 15, 56, 1),
        None,
        captured.local,
    )


def test_the_original_apis_flat_date_key_is_never_read():
    assert capture_time({"DateTimeOriginal": "2008:05:30 15:56:01"}) is None


def test_a_blank_or_impossible_date_is_no_capture_time():
    for value in ("0000:00:00 00:00:00", "    :  :     :  :  ", 20080530):
        assert capture_time({"metadata": {"ExifIFD": {"DateTimeOriginal": value}}}) is None


def test_a_malformed_offset_is_ignored():
    exif = {"DateTimeOriginal": "2008:05:30 15:56:01", "OffsetTimeOriginal": "CEST"}
    assert capture_time({"metadata": {"ExifIFD": exif}}).offset is None


def test_key_metadata_lists_what_the_report_has():
    report = {
        "metadata": {"IFD0": {"Make": "Canon", "Model": "EOS\u2400\u2400", "Software": ""}},
        "image": {"width": 100, "height": 68},
        "Make": "flat",
    }
    assert key_metadata(report) == [("Camera make", "Canon"), ("Camera model", "EOS"), ("Pixels", "100 x 68")]


def test_rules_run_is_none_unless_the_rules_ran():
    assert rules_run(typed_report(rules_run=14)) == 14
    assert rules_run(typed_report(rules_run=0)) == 0
    assert rules_run(typed_report(rules_run=None)) is None
    assert rules_run({"analysis": {"verdict": "LIKELY_EDITED"}}) is None and rules_run(None) is None


def test_severity_counts_count_every_severity_high_first():
    report = typed_report(findings=[finding("info", "a"), finding("high", "b"), finding("info", "c")])
    assert list(severity_counts(report).items()) == [("high", 1), ("medium", 0), ("low", 0), ("info", 2)]


def test_edited_means_an_editor_or_raw_converter_was_named():
    assert edited(typed_report(programs=[software("Adobe Photoshop", "24.0", "editor")]))
    assert edited(typed_report(programs=[software("Adobe Lightroom", None, "raw_converter")]))
    assert not edited(typed_report(programs=[software("Canon firmware", "1.0", "camera_firmware")]))
    assert not edited({"analysis": {"software_detected": ["photoshop"]}})
