"""The time range of the case page (``?from=&to=``, cases/timefilter.py) over capture times."""

from django.http import QueryDict

from cases.timefilter import TimeRange


def report(local: str | None, offset: str | None = None) -> dict:
    exif = {"DateTimeOriginal": local} if local else {}
    return {"metadata": {"ExifIFD": exif | ({"OffsetTimeOriginal": offset} if offset else {})}}


def window(query: str) -> TimeRange:
    return TimeRange.from_query(QueryDict(query))


def test_an_empty_query_is_open_and_keeps_every_image():
    assert not window("").active
    assert window("").contains(report(None))


def test_wall_clock_bounds_compare_with_the_camera_clock():
    range_ = window("from=2020-01-01T10:00&to=2020-01-01T12:00")
    assert range_.contains(report("2020:01:01 10:00:00", "+09:00"))  # the start is inclusive
    assert range_.contains(report("2020:01:01 11:59:59"))
    assert not range_.contains(report("2020:01:01 12:00:00"))  # the end is exclusive
    assert not range_.contains(report("2020:01:01 09:59:59"))


def test_a_date_alone_as_end_takes_in_the_whole_day():
    assert window("to=2020-01-01").contains(report("2020:01:01 23:59:59"))
    assert not window("to=2020-01-01").contains(report("2020:01:02 00:00:00"))


def test_bounds_with_a_zone_compare_instants_and_leave_out_times_without_one():
    range_ = window("from=2020-01-01T10:00Z")
    assert range_.contains(report("2020:01:01 11:30:00", "+01:00"))  # 10:30 UTC
    assert not range_.contains(report("2020:01:01 10:30:00", "+01:00"))  # 09:30 UTC
    assert not range_.contains(report("2020:01:01 23:00:00"))  # zone unknown: cannot be placed


def test_images_without_a_capture_time_are_left_out_while_a_range_is_set():
    assert not window("from=2000-01-01").contains(report(None))


def test_an_unreadable_bound_is_ignored_and_named():
    range_ = window("from=yesterday&to=2020-01-01")
    assert range_.start is None and range_.end is not None
    assert range_.errors == ("'yesterday' is not a date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM); ignored.",)
    assert range_.query == "from=yesterday&to=2020-01-01"
