"""Hostile values inside uploaded images never break the case pages: one image cannot make the
case page, the printable report or its own report fail for every member."""

import pytest
from django.urls import reverse

from cases.ingest import ingest_file
from tests.helpers import logged_in, photo

# (DateTimeOriginal, OffsetTimeOriginal) an uploaded file can hold: offsets of a day or more,
# and times at the ends of the calendar that their offset would move out of it.
IMPOSSIBLE_CLOCKS = [
    ("2020:01:01 10:00:00", "+24:00"),
    ("2020:01:01 10:00:00", "+99:99"),
    ("0001:01:01 00:00:00", "+01:00"),
    ("9999:12:31 23:59:59", "-05:00"),
]


@pytest.mark.parametrize(("taken", "offset"), IMPOSSIBLE_CLOCKS)
def test_an_impossible_capture_time_offset_is_shown_without_a_time_zone(client, cast, taken, offset):
    image = ingest_file(cast.case, cast.bob, "clock.jpg", photo(taken=taken, offset=offset)).image
    ingest_file(cast.case, cast.bob, "other.jpg", photo(taken="2020:01:01 09:00:00", offset="+01:00", shade=1))
    viewer = logged_in(client, cast.carol)
    for url in (
        reverse("cases:case", args=[cast.case.pk]),
        reverse("cases:report", args=[cast.case.pk]),
        image.get_absolute_url(),
    ):
        response = viewer.get(url)
        assert response.status_code == 200, url
        assert "no time zone recorded" in response.content.decode()
    timeline = viewer.get(reverse("cases:case", args=[cast.case.pk])).context["overview"].timeline
    assert [entry.captured.offset for entry in timeline if entry.facts.image == image] == [None]
