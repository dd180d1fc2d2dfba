"""gps_time: GPS time (UTC) against the local capture time must be one time zone apart (R2)."""

from analysis.result import Severity
from analysis.rules import gps_time
from tests.builders import RATIONAL

from .metadata_builders import (
    DATE_ORIGINAL,
    GPS_DATE,
    GPS_TIME,
    GPS_VERSION,
    MAKE,
    OFFSET_ORIGINAL,
    assert_silent,
    corpus_findings,
    exif_jpeg,
    findings,
    on_camera_originals,
    places,
    text,
)


def geotagged(local: str, utc_day: str, utc_clock: tuple[int, int, int], offset: str | None = None) -> bytes:
    exif = [text(DATE_ORIGINAL, local)] + ([text(OFFSET_ORIGINAL, offset)] if offset else [])
    gps = [
        (GPS_VERSION, 1, [2, 3, 0, 0]),
        text(GPS_DATE, utc_day),
        (GPS_TIME, RATIONAL, [(part, 1) for part in utc_clock]),
    ]
    return exif_jpeg([text(MAKE, "Apple")], exif, gps)


def test_a_plausible_difference_is_info_naming_the_zone_it_implies():
    (found,) = findings(gps_time, geotagged("2020:06:01 20:12:23", "2020:06:01", (18, 11, 30)))
    assert found.severity is Severity.INFO and "UTC+02:00" in found.title
    assert places(found) == {
        "GPS:GPSDateStamp": "2020:06:01",
        "GPS:GPSTimeStamp": "18:11:30",
        "ExifIFD:DateTimeOriginal": "2020:06:01 20:12:23",
    }


def test_silent_when_the_difference_equals_offset_time_original():
    assert findings(gps_time, geotagged("2020:06:01 20:12:23", "2020:06:01", (18, 12, 20), "+02:00")) == []


def test_it_fires_low_when_the_difference_contradicts_offset_time_original():
    (found,) = findings(gps_time, geotagged("2020:06:01 20:12:23", "2020:06:01", (18, 12, 20), "-05:00"))
    assert found.severity is Severity.LOW
    assert places(found)["ExifIFD:OffsetTimeOriginal"] == "-05:00"


def test_it_fires_low_when_no_time_zone_fits():
    (found,) = findings(gps_time, geotagged("2020:06:01 20:12:23", "2020:06:01", (18, 35, 0)))
    assert found.severity is Severity.LOW and "GPS:GPSTimeStamp" in places(found)


def test_a_gps_date_one_day_off_is_info_when_the_time_of_day_fits_a_zone():
    (found,) = findings(gps_time, geotagged("2008:10:22 16:28:39", "2008:10:23", (14, 27, 7)))
    assert found.severity is Severity.INFO and "a day off" in found.detail


def test_silent_without_gps_time():
    assert findings(gps_time, exif_jpeg([text(MAKE, "Apple")], [text(DATE_ORIGINAL, "2020:06:01 20:12:23")])) == []


@on_camera_originals
def test_silent_on_a_camera_original(shared, path):
    assert_silent(gps_time, path)


def test_the_corpus_gps_camera_implies_its_zone(shared):
    (found,) = corpus_findings(gps_time, shared, "gps/DSCN0010.jpg")
    assert found.severity is Severity.INFO and "UTC+02:00" in found.title
