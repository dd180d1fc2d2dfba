"""date_triangle: EXIF, XMP, GPS and file-name dates must tell one possible story (R1, R3, R4)."""

from datetime import datetime

import pytest

from analysis import analyse
from analysis.result import Evidence, Severity, Software, SoftwareRole
from analysis.rules import date_triangle, timestamps
from analysis.rules.base import Subject
from tests.builders import UNDEFINED

from .metadata_builders import (
    CREATE_DATE,
    DATE_ORIGINAL,
    FILE_SOURCE,
    MAKE,
    MODIFY_DATE,
    OFFSET_ORIGINAL,
    assert_silent,
    exif_jpeg,
    findings,
    on_camera_originals,
    places,
    text,
)


def shot(original="2020:06:01 10:00:00", create=None, modify=None, **kwargs) -> bytes:
    ifd0 = [text(MAKE, "Canon")] + ([text(MODIFY_DATE, modify)] if modify else [])
    exif = [text(DATE_ORIGINAL, original), text(CREATE_DATE, create or original)]
    return exif_jpeg(ifd0, exif + kwargs.pop("exif", []), **kwargs)


def titled(found, title):
    return [finding for finding in found if finding.title.startswith(title)]


def test_silent_on_a_consistent_camera_timeline():
    assert findings(date_triangle, shot(modify="2020:06:01 10:00:01")) == []


def test_it_fires_medium_when_modified_before_it_was_taken():
    (found,) = findings(date_triangle, shot(modify="2019:01:01 09:00:00"))
    assert found.severity is Severity.MEDIUM and found.title == "Modified before it was taken"
    assert places(found) == {
        "IFD0:ModifyDate": "2019:01:01 09:00:00",
        "ExifIFD:DateTimeOriginal": "2020:06:01 10:00:00",
    }


def test_it_fires_low_when_original_and_create_dates_differ():
    (found,) = findings(date_triangle, shot(create="2020:06:03 10:00:00"))
    assert found.severity is Severity.LOW
    assert places(found)["ExifIFD:CreateDate"] == "2020:06:03 10:00:00"


def test_a_later_modify_date_is_info_and_names_the_editor_the_file_names():
    data = shot(modify="2021:01:01 10:00:00")
    report = analyse(data, "a.jpg", strict=True)
    gimp = Evidence("IFD0:Software", "GIMP 2.10.32")
    report.software = [Software("GIMP", "2.10.32", SoftwareRole.EDITOR, [gimp])]
    (found,) = date_triangle.check(Subject(report, data, "a.jpg"))
    assert found.severity is Severity.INFO and "GIMP" in found.title
    assert gimp in found.evidence


def test_it_fires_medium_when_an_edit_history_step_precedes_the_capture():
    steps = "".join(
        f"<rdf:li rdf:parseType='Resource'><stEvt:action>saved</stEvt:action><stEvt:when>{when}</stEvt:when></rdf:li>"
        for when in ("2020-06-02T10:00:00", "2019-05-01T10:00:00+02:00")
    )
    (found,) = findings(date_triangle, shot(xmp=f"<xmpMM:History><rdf:Seq>{steps}</rdf:Seq></xmpMM:History>"))
    assert found.severity is Severity.MEDIUM
    assert places(found)["XMP-xmpMM:HistoryWhen[1]"] == "2019:05:01 10:00:00+02:00"


def test_xmp_create_date_of_another_day_is_low():
    (found,) = findings(date_triangle, shot(xmp="<xmp:CreateDate>2020-05-20T10:00:00</xmp:CreateDate>"))
    assert found.severity is Severity.LOW and "XMP-xmp:CreateDate" in places(found)


@pytest.mark.parametrize(
    "xmp",
    [
        "<xmp:CreateDate>2020-06-01T10:00:00+02:00</xmp:CreateDate>",  # same wall clock, zone added
        "<xmp:CreateDate>2020-06-01T11:00:00+02:00</xmp:CreateDate>",  # converted by one zone hour
        "<photoshop:DateCreated>2020-06-01</photoshop:DateCreated>",  # the day alone
    ],
)
def test_silent_when_the_xmp_capture_date_is_the_same_moment(xmp):
    assert findings(date_triangle, shot(xmp=xmp)) == []


def test_zones_on_both_sides_are_compared_in_utc_not_by_wall_clock():
    data = shot(
        exif=[text(OFFSET_ORIGINAL, "+02:00")], xmp="<xmp:ModifyDate>2020-06-01T11:00:00+05:00</xmp:ModifyDate>"
    )
    (found,) = findings(date_triangle, data)
    assert found.title == "Editing recorded before the photo was taken" and "UTC" in found.detail


def test_it_fires_low_on_a_date_in_the_future(monkeypatch):
    monkeypatch.setattr(timestamps, "now_utc", lambda: datetime(2020, 6, 1))
    monkeypatch.setattr(date_triangle, "now_utc", lambda: datetime(2020, 6, 1))
    (found,) = findings(date_triangle, shot(original="2020:06:03 10:00:00"))
    assert found.severity is Severity.LOW and found.title == "Date in the future"


def test_it_fires_low_on_a_capture_before_1990_unless_a_scanner_made_it():
    (found,) = findings(date_triangle, shot(original="1980:01:01 00:00:00"))
    assert found.title == "Capture date before digital cameras"
    scanned = shot(original="1980:01:01 00:00:00", exif=[(FILE_SOURCE, UNDEFINED, b"\x01")])
    assert findings(date_triangle, scanned) == []


def test_a_file_name_date_far_from_the_capture_is_info_naming_the_file_name():
    (found,) = findings(date_triangle, shot(), "IMG_20240101_120000.jpg")
    assert found.severity is Severity.INFO
    assert places(found)["upload file name (user-supplied)"] == "IMG_20240101_120000.jpg"
    assert findings(date_triangle, shot(), "IMG-20200601-WA0001.jpg") == []


@on_camera_originals
def test_silent_on_a_camera_original(shared, path):
    assert_silent(date_triangle, path)
