"""The capture time zone: recorded (OffsetTimeOriginal) or inferred from GPS time (cases/timezones.py)."""

from datetime import timedelta

import pytest

from analysis import analyse
from cases.facts import capture_time
from cases.timezones import inferred_offset, zoned_capture


def report(local="2008:10:22 16:28:39", offset=None, gps_date="2008:10:22", gps_time="14:27:07.24") -> dict:
    exif = {"DateTimeOriginal": local} | ({"OffsetTimeOriginal": offset} if offset else {})
    gps = {key: value for key, value in (("GPSDateStamp", gps_date), ("GPSTimeStamp", gps_time)) if value}
    return {"metadata": {"ExifIFD": exif, "GPS": gps}}


def test_a_recorded_offset_is_kept_and_not_marked_inferred():
    zoned = zoned_capture(report(offset="+05:30"))
    assert (zoned.time.offset, zoned.inferred) == ("+05:30", False)
    assert zoned.describe() == "2008-10-22 16:28:39 UTC+05:30"


def test_gps_time_gives_the_offset_rounded_to_a_quarter_hour_when_none_is_recorded():
    zoned = zoned_capture(report())
    assert (zoned.time.offset, zoned.inferred) == ("+02:00", True)
    assert str(zoned.utc) == "2008-10-22 14:28:39"
    assert zoned.describe() == "2008-10-22 16:28:39 UTC+02:00 (inferred from GPS time)"


@pytest.mark.parametrize(
    ("local", "gps_date", "gps_time", "offset"),
    [
        ("2020:06:01 03:00:00", "2020:06:01", "08:31:00", "-05:30"),  # west of UTC, half-hour zone
        ("2020:06:02 01:45:00", "2020:06:01", "12:00:00", "+13:45"),  # Chatham, across midnight
        ("2020:06:01 00:00:00", "2020:06:01", "12:00:00", "-12:00"),  # the westernmost zone
    ],
)
def test_offsets_across_the_plausible_range(local, gps_date, gps_time, offset):
    assert zoned_capture(report(local, gps_date=gps_date, gps_time=gps_time)).time.offset == offset


@pytest.mark.parametrize(
    ("local", "gps_time"),
    [
        ("2008:10:22 16:28:39", "08:20:00"),  # +8:08: no real zone within five minutes' drift
        ("2008:10:22 16:28:39", "99:00:00"),  # not a time
    ],
)
def test_no_offset_is_inferred_from_a_gps_time_that_fits_no_zone(local, gps_time):
    zoned = zoned_capture(report(local, gps_time=gps_time))
    assert (zoned.time.offset, zoned.inferred, zoned.utc) == (None, False, None)
    assert zoned.describe() == "2008-10-22 16:28:39 (no time zone recorded)"


def test_a_difference_beyond_the_zones_even_with_the_gps_date_a_day_off_gives_no_zone():
    # +39 h: neither it nor +15 h or +63 h (the GPS date taken a day off) is within -12..+14 h.
    stored = report("2020:06:03 03:00:00", gps_date="2020:06:01", gps_time="12:00:00")
    assert inferred_offset(stored, capture_time(stored)) is None


def test_without_gps_time_or_capture_time_nothing_is_inferred():
    assert zoned_capture(report(gps_time=None)).inferred is False
    assert zoned_capture({"metadata": {"GPS": {"GPSDateStamp": "2008:10:22", "GPSTimeStamp": "14:27:07"}}}) is None


def test_a_gps_date_written_a_day_off_still_gives_the_zone(shared):
    # Nikon COOLPIX P6000 of the corpus: GPSDateStamp 2008:10:23 for a capture on 2008:10:22.
    data = (shared / "corpus/exif-samples/jpg/gps/DSCN0010.jpg").read_bytes()
    stored = analyse(data, "DSCN0010.jpg", strict=True).to_dict()
    assert stored["metadata"]["GPS"]["GPSDateStamp"] == "2008:10:23"
    assert inferred_offset(stored, capture_time(stored)) == timedelta(hours=2)
