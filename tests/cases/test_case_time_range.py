"""The case page's time range (``?from=&to=``): the map and the capture-time list show only the
images captured in it, and the map exports keep it."""

import json
import re

from django.urls import reverse

from cases.ingest import ingest_file
from tests.helpers import logged_in, photo


def case_page(client, user, case, **query):
    response = logged_in(client, user).get(reverse("cases:case", args=[case.pk]), query)
    assert response.status_code == 200
    return response.content.decode()


def map_names(html: str) -> list[str]:
    points = re.search(r'<script id="case-points" type="application/json">(.*?)</script>', html, re.S)
    return [point["name"] for point in json.loads(points[1])] if points else []


def timeline(html: str) -> str:
    return html[html.index('id="timeline"') :]


def test_the_range_limits_the_map_and_the_timeline(client, cast, stored_image):
    ingest_file(
        cast.case, cast.bob, "later.jpg", photo(lat=1.0, lon=2.0, taken="2021:05:06 07:08:09", offset="+00:00", shade=2)
    )
    everything = case_page(client, cast.carol, cast.case)
    assert map_names(everything) == ["harbour.jpg", "later.jpg"]
    limited = case_page(client, cast.carol, cast.case, **{"from": "2021-01-01T00:00"})
    assert map_names(limited) == ["later.jpg"]
    assert "later.jpg" in timeline(limited) and "harbour.jpg" not in timeline(limited)
    assert "harbour.jpg" in limited  # the image grid is not limited
    assert reverse("cases:points", args=[cast.case.pk, "kml"]) + "?from=2021-01-01T00%3A00" in limited


def test_an_unreadable_bound_is_said_and_ignored(client, cast, stored_image):
    html = case_page(client, cast.carol, cast.case, to="soon")
    assert "&#x27;soon&#x27; is not a date or date-time" in html
    assert map_names(html) == ["harbour.jpg"]


def test_the_page_links_the_pdf_and_the_map_exports(client, cast, stored_image):
    html = case_page(client, cast.carol, cast.case)
    assert reverse("cases:report_pdf", args=[cast.case.pk]) in html
    for file_format in ("geojson", "kml", "gpx"):
        assert reverse("cases:points", args=[cast.case.pk, file_format]) in html
    image_page = client.get(stored_image.get_absolute_url()).content.decode()
    assert reverse("cases:image_report_pdf", args=[cast.case.pk, stored_image.pk]) in image_page
