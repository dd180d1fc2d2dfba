"""GPS exactly (0, 0): what devices write into empty GPS fields. The pages show the coordinates
as recorded, say they are probably a placeholder, and never map or count them as a position."""

from django.urls import reverse

from cases.facts import is_placeholder
from cases.ingest import ingest_file
from tests.helpers import logged_in, photo

PLACEHOLDER_NOTE = "0, 0 — probably a placeholder, not a position"


def zero_island(cast):
    return ingest_file(cast.case, cast.bob, "zero.jpg", photo(lat=0.0, lon=0.0, shade=7)).image


def test_only_exactly_zero_zero_is_a_placeholder():
    assert is_placeholder((0.0, 0.0)) and is_placeholder((-0.0, 0.0))
    assert not is_placeholder((0.0, 0.0001)) and not is_placeholder(None)


def test_the_image_report_shows_the_coordinates_as_a_placeholder_and_draws_no_map(client, cast):
    image = zero_island(cast)
    response = logged_in(client, cast.carol).get(image.get_absolute_url())
    html = response.content.decode()
    assert f"GPS recorded as {PLACEHOLDER_NOTE}. Not drawn on the map." in html
    assert response.context["map_points"] == []
    assert 'id="image-points"' not in html


def test_the_case_page_neither_maps_nor_counts_it_nor_badges_it(client, cast, stored_image):
    zero_island(cast)
    response = logged_in(client, cast.carol).get(reverse("cases:case", args=[cast.case.pk]))
    assert [p["name"] for p in response.context["map_points"]] == ["harbour.jpg"]
    assert len(response.context["overview"].points) == 1
    html = response.content.decode()
    assert '<span class="big">1</span> with GPS' in html
    assert html.count('title="Has a GPS position">GPS</span>') == 1


def test_the_printable_report_shows_it_as_a_placeholder(client, cast):
    zero_island(cast)
    html = logged_in(client, cast.carol).get(reverse("cases:report", args=[cast.case.pk])).content.decode()
    assert f"<tr><th>GPS</th><td>{PLACEHOLDER_NOTE}</td></tr>" in html
