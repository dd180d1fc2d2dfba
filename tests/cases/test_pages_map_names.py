"""File names in the GPS point lists (the image page's Location table, the case page's point list)
and in the JSON the map's popups are drawn from (static/imgmeta/map.js) are shown with their hidden
characters escaped, as everywhere else: U+202E would show "harbour\u202egpj.exe" as "harbourexe.jpg"."""

import json
import re

import pytest
from django.urls import reverse

from tests.helpers import logged_in

SHOWN = "harbour\\u202egpj.exe"


@pytest.fixture
def reversed_name(stored_image):
    stored_image.original_filename = "harbour\u202egpj.exe"
    stored_image.save()
    return stored_image


def points_shown(html: str, element_id: str) -> tuple[str, list[dict]]:
    table = html.split('<table class="points">')[1].split("</table>")[0]
    script = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html, re.S)
    return table, json.loads(script.group(1))


@pytest.mark.parametrize("page", ["image", "case"])
def test_hidden_characters_in_names_are_escaped_in_the_point_list_and_the_map_popups(client, cast, reversed_name, page):
    if page == "image":
        url, element_id = reversed_name.get_absolute_url(), "image-points"
    else:
        url, element_id = reverse("cases:case", args=[cast.case.pk]), "case-points"
    html = logged_in(client, cast.carol).get(url).content.decode()
    table, points = points_shown(html, element_id)
    assert SHOWN in table and "\u202e" not in table
    assert [point["name"] for point in points] == [SHOWN]
    assert "\u202e" not in html
