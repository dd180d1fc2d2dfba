"""Where and when, as the pages read it from a stored report (cases/facts.py)."""

from datetime import datetime

from cases.facts import capture_time, gps_point, key_metadata


def test_gps_comes_from_the_reports_gps_first():
    report = {"gps": {"latitude": 43.5, "longitude": -11.25}, "metadata": {"Composite": {"GPSLatitude": 1.0}}}
    assert gps_point(report) == (43.5, -11.25)


def test_gps_falls_back_to_the_composite_signed_values():
    assert gps_point({"metadata": {"Composite": {"GPSLatitude": -33.85, "GPSLongitude": 151.2}}}) == (-33.85, 151.2)


def test_gps_falls_back_to_the_gps_group_and_its_refs():
    group = {"GPSLatitude": 33.85, "GPSLatitudeRef": "S", "GPSLongitude": 70.5, "GPSLongitudeRef": "W"}
    assert gps_point({"metadata": {"GPS": group}}) == (-33.85, -70.5)


def test_impossible_coordinates_are_not_a_position():
    assert gps_point({"gps": {"latitude": 91.0, "longitude": 10.0}}) is None
    assert gps_point({"gps": {"latitude": "43", "longitude": 10.0}}) is None
    assert gps_point({}) is None and gps_point(None) is None


def test_capture_time_reads_date_time_original_with_its_offset():
    report = {"metadata": {"ExifIFD": {"DateTimeOriginal": "2024:05:01 10:00:00", "OffsetTimeOriginal": "+02:00"}}}
    captured = capture_time(report)
    assert (captured.local, captured.offset) == (datetime(2024, 5, 1, 10), "+02:00")
    assert captured.sort_key == datetime(2024, 5, 1, 8)


def test_capture_time_falls_back_to_the_flat_key_without_offset():
    captured = capture_time({"DateTimeOriginal": "2008:05:30 15:56:01"})
    assert (captured.local, captured.offset, captured.sort_key) == (
        datetime(2008, 5, 30, 15, 56, 1),
        None,
        captured.local,
    )


def test_a_blank_or_impossible_date_is_no_capture_time():
    assert capture_time({"DateTimeOriginal": "0000:00:00 00:00:00"}) is None
    assert capture_time({"DateTimeOriginal": "    :  :     :  :  "}) is None
    assert capture_time({"DateTimeOriginal": 20080530}) is None


def test_a_malformed_offset_is_ignored():
    assert capture_time({"DateTimeOriginal": "2008:05:30 15:56:01", "OffsetTimeOriginal": "CEST"}).offset is None


def test_key_metadata_lists_what_the_report_has():
    report = {"Make": "Canon", "Model": "EOS", "Software": "", "width": 100, "height": 68}
    assert key_metadata(report) == [("Camera make", "Canon"), ("Camera model", "EOS"), ("Pixels", "100 x 68")]
