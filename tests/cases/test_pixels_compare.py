"""The compare page: two images side by side with their view copies and the slider overlay, the
difference computed on request, the metadata that differs in printed values, and both readings."""

import pytest
from django.urls import reverse

from cases.ingest import ingest_file
from cases.models import AuditEvent
from tests.builders import ASCII, SHORT, exif_tiff, jpeg
from tests.helpers import logged_in

SIZE = (128, 96)


def photo(shade: int, model: str, orientation: int) -> bytes:
    exif = exif_tiff([(0x010F, ASCII, "TestCam"), (0x0110, ASCII, model), (0x0112, SHORT, [orientation])])
    return jpeg(exif, size=SIZE, color=(shade, 90, 160))


@pytest.fixture
def pair(cast, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = ingest_file(cast.case, cast.bob, "first.jpg", photo(40, "Model A", 1)).image
        second = ingest_file(cast.case, cast.bob, "second.jpg", photo(200, "Model B", 6)).image
    return first, second


def compare_url(first, second) -> str:
    return reverse("cases:compare", args=[first.case_id]) + f"?a={first.pk}&b={second.pk}"


def test_the_diff_table_lists_only_the_tags_that_differ_in_printed_values(client, cast, pair):
    page = logged_in(client, cast.carol).get(compare_url(*pair)).content.decode()
    table = page.split('id="metadata-diff"')[1].split("</table>")[0]
    assert "<td>Model</td><td>Model A</td><td>Model B</td>" in table
    # Orientation printed as ExifTool prints it, not as the stored number
    assert "<td>Orientation</td><td>Horizontal (normal)</td><td>Rotate 90 CW</td>" in table
    assert "<td>Make</td>" not in table  # the same in both


def test_the_page_shows_both_pictures_the_overlay_and_both_readings(client, cast, pair):
    first, second = pair
    page = logged_in(client, cast.carol).get(compare_url(first, second)).content.decode()
    for image in pair:
        view = image.derived.get(kind="view")
        assert reverse("cases:derived", args=[image.case_id, image.pk, view.pk]) in page
        assert image.latest_analysis.summary in page
    assert "data-overlay-slider" in page and "imgmeta/compare.js" in page
    assert "Compute the difference" not in page  # carol is a viewer: she cannot store one
    assert "an owner or investigator of the case can compute it" in page
    assert not first.derived.filter(kind="difference").exists()
    viewed = AuditEvent.objects.filter(action=AuditEvent.Action.IMAGE_VIEWED)
    assert {(e.target_id, e.details["compared_with"]) for e in viewed} == {
        (str(first.pk), second.pk),
        (str(second.pk), first.pk),
    }


def test_the_difference_is_computed_on_request_aligned_to_the_first_image(
    client, cast, pair, django_capture_on_commit_callbacks
):
    first, second = pair
    logged_in(client, cast.bob)
    assert "Compute the difference" in client.get(compare_url(first, second)).content.decode()  # not on view
    assert not first.derived.filter(kind="difference").exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(compare_url(first, second))
    assert response.status_code == 302
    difference = first.derived.get(kind="difference", key=str(second.pk))
    assert difference.parameters["width"] == SIZE[0] and difference.statistics["mean_abs_difference"] > 0
    page = client.get(compare_url(first, second)).content.decode()
    assert reverse("cases:derived", args=[first.case_id, first.pk, difference.pk]) in page


def test_the_compare_script_is_served_from_the_app(client, cast, pair):
    response = logged_in(client, cast.carol).get(compare_url(*pair))
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "<script>" not in response.content.decode()


def test_an_image_id_that_is_not_a_number_is_404(client, cast, pair):
    url = reverse("cases:compare", args=[cast.case.pk])
    assert logged_in(client, cast.carol).get(url, {"a": pair[0].pk, "b": "x"}).status_code == 404
    assert client.get(url, {"a": "", "b": pair[0].pk}).status_code == 404


def test_a_viewer_cannot_store_a_difference_image(client, cast, pair, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(client, cast.carol).post(compare_url(*pair))
    assert response.status_code == 403
    assert not pair[0].derived.filter(kind="difference").exists()
