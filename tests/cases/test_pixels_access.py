"""Derived images are private like originals: served only to members of the image's case (and of the
other image's case for a comparison), re-hashed and audited when served; the ELA quality request path."""

import hashlib
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from cases import pixels
from cases.ingest import ingest_file
from cases.models import AuditEvent, DerivedImage
from tests.analysis.pixel_scenes import jpeg_bytes, scene
from tests.helpers import logged_in, make_case

SIZE = (128, 96)


@pytest.fixture
def image(cast, django_capture_on_commit_callbacks):
    """An analysed image of the cast's case with its derived images."""
    with django_capture_on_commit_callbacks(execute=True):
        return ingest_file(cast.case, cast.bob, "photo.jpg", jpeg_bytes(scene(20, SIZE), 90)).image


def derived_url(derived) -> str:
    return reverse("cases:derived", args=[derived.image.case_id, derived.image_id, derived.pk])


def test_a_member_gets_a_derived_image_as_a_private_png_and_it_is_audited(client, cast, image):
    ela = image.derived.get(kind="ela")
    response = logged_in(client, cast.carol).get(derived_url(ela))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response.content == ela.file.open("rb").read()
    assert response["X-Content-Type-Options"] == "nosniff" and response["Cache-Control"] == "private, no-store"
    event = AuditEvent.objects.get(action=AuditEvent.Action.DERIVED_VIEWED)
    assert (event.actor, event.case, event.target_id) == (cast.carol, cast.case, str(ela.pk))
    assert event.details | {} == {
        "image": image.pk,
        "kind": "ela",
        "key": "90",
        "sha256": ela.sha256,
        "intact": True,
    }


def test_a_non_member_gets_404_for_every_pixel_page_and_file(client, cast, image):
    logged_in(client, cast.dave)
    case, pk = cast.case.pk, image.pk
    for derived in image.derived.all():
        assert client.get(derived_url(derived)).status_code == 404
    assert client.get(reverse("cases:structure", args=[case, pk])).status_code == 404
    assert client.get(reverse("cases:compare", args=[case]), {"a": pk, "b": pk}).status_code == 404
    assert (
        client.post(reverse("cases:pixels_request", args=[case, pk]), {"what": "ela", "quality": 75}).status_code == 404
    )
    assert not image.derived.filter(kind="ela", key="75").exists()


def test_a_derived_image_is_not_reachable_through_another_case(client, cast, image):
    other = make_case(cast.alice)
    ela = image.derived.get(kind="ela")
    response = logged_in(client, cast.alice).get(reverse("cases:derived", args=[other.pk, image.pk, ela.pk]))
    assert response.status_code == 404


@pytest.fixture
def elsewhere(cast, image, django_capture_on_commit_callbacks):
    """An image of another case of alice's (she is the owner of both; bob is a member of the first only)."""
    other_case = make_case(cast.alice)
    with django_capture_on_commit_callbacks(execute=True):
        return ingest_file(other_case, cast.alice, "other.jpg", jpeg_bytes(scene(21, SIZE), 90)).image


def test_a_difference_with_an_image_of_another_case_is_never_stored(
    client, cast, image, elsewhere, django_capture_on_commit_callbacks
):
    # Stored under the first image, it would show the other case's pixels to members of the first case only.
    compare = reverse("cases:compare", args=[cast.case.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(client, cast.alice).post(compare + f"?a={image.pk}&b={elsewhere.pk}")
    assert response.status_code == 302 and "difference=1" in response["Location"]
    assert not DerivedImage.objects.filter(kind="difference").exists()
    page = client.get(response["Location"]).content.decode()
    computed = reverse("cases:compare_difference", args=[cast.case.pk]) + f"?a={image.pk}&amp;b={elsewhere.pk}"
    assert computed in page and "not stored" in page
    assert not DerivedImage.objects.filter(kind="difference").exists()


def test_a_difference_with_an_image_of_another_case_is_computed_for_members_of_both_only(
    client, cast, image, elsewhere
):
    url = reverse("cases:compare_difference", args=[cast.case.pk])
    query = {"a": image.pk, "b": elsewhere.pk}
    response = logged_in(client, cast.alice).get(url, query)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG") and response["Cache-Control"] == "private, no-store"
    viewed = AuditEvent.objects.filter(action=AuditEvent.Action.IMAGE_VIEWED, details__view="difference")
    assert {(e.target_id, e.details["compared_with"]) for e in viewed} == {
        (str(image.pk), elsewhere.pk),
        (str(elsewhere.pk), image.pk),
    }
    assert not DerivedImage.objects.filter(kind="difference").exists()
    # bob is a member of the first case only: the comparison with alice's other case stays hidden
    logged_in(client, cast.bob)
    assert client.get(url, query).status_code == 404
    assert client.get(reverse("cases:compare", args=[cast.case.pk]), query).status_code == 404
    assert (
        client.post(reverse("cases:compare", args=[cast.case.pk]) + f"?a={image.pk}&b={elsewhere.pk}").status_code
        == 404
    )


def test_a_stored_difference_with_an_image_of_another_case_is_served_only_to_members_of_both(
    client, cast, image, elsewhere
):
    # One stored before such differences stopped being stored.
    png = b"\x89PNG\r\n\x1a\n-a-difference"
    difference = DerivedImage(image=image, kind="difference", key=str(elsewhere.pk), other=elsewhere, status="done")
    difference.sha256, difference.size = hashlib.sha256(png).hexdigest(), len(png)
    difference.file.save("difference.png", ContentFile(png))
    assert logged_in(client, cast.alice).get(derived_url(difference)).status_code == 200
    assert logged_in(client, cast.bob).get(derived_url(difference)).status_code == 404


def test_an_altered_derived_image_is_not_served_and_the_attempt_is_audited(client, cast, image):
    ela = image.derived.get(kind="ela")
    path = Path(ela.file.path)
    path.write_bytes(path.read_bytes() + b"tampered")
    response = logged_in(client, cast.alice).get(derived_url(ela), HTTP_ACCEPT="text/html")
    assert response.status_code == 409
    event = AuditEvent.objects.get(action=AuditEvent.Action.DERIVED_VIEWED)
    assert event.details["intact"] is False and event.details["sha256"] != ela.sha256


def test_asking_for_ela_at_another_quality_shows_it_pending_then_computed(
    client, cast, image, django_capture_on_commit_callbacks
):
    logged_in(client, cast.bob)
    page_url = reverse("cases:image", args=[cast.case.pk, image.pk])
    with django_capture_on_commit_callbacks() as queued:
        response = client.post(
            reverse("cases:pixels_request", args=[cast.case.pk, image.pk]), {"what": "ela", "quality": "75"}
        )
    assert response.status_code == 302 and response["Location"] == f"{page_url}?ela=75#pixels"
    assert image.derived.get(kind="ela", key="75").status == "pending"
    assert b"ELA at quality 75: pending" in client.get(page_url, {"ela": 75}).content
    for job in queued:
        job()
    computed = image.derived.get(kind="ela", key="75")
    assert computed.status == "done" and computed.parameters["quality"] == 75
    page = client.get(page_url, {"ela": 75}).content.decode()
    assert derived_url(computed) in page and "Block maximum" in page


def test_a_viewer_cannot_ask_for_pixel_work(client, cast, image):
    response = logged_in(client, cast.carol).post(
        reverse("cases:pixels_request", args=[cast.case.pk, image.pk]), {"what": "ela", "quality": "75"}
    )
    assert response.status_code == 403
    assert not image.derived.filter(kind="ela", key="75").exists()


@pytest.mark.parametrize("status", ["closed", "archived"])
def test_a_closed_or_archived_case_takes_no_new_pixel_work(client, cast, image, status):
    other = ingest_file(cast.case, cast.bob, "other.jpg", jpeg_bytes(scene(21, SIZE), 90)).image
    cast.case.status = status
    cast.case.save(update_fields=["status"])
    logged_in(client, cast.bob)
    response = client.post(
        reverse("cases:pixels_request", args=[cast.case.pk, image.pk]), {"what": "ela", "quality": "75"}, follow=True
    )
    assert f"This case is {status}: it takes no uploads or re-analysis" in response.content.decode()
    compare = reverse("cases:compare", args=[cast.case.pk]) + f"?a={image.pk}&b={other.pk}"
    response = client.post(compare, follow=True)
    assert f"This case is {status}" in response.content.decode()
    assert not image.derived.filter(kind="ela", key="75").exists()
    assert not image.derived.filter(kind="difference").exists()


def test_an_ela_quality_not_offered_is_refused(client, cast, image):
    response = logged_in(client, cast.bob).post(
        reverse("cases:pixels_request", args=[cast.case.pk, image.pk]), {"what": "ela", "quality": "80"}, follow=True
    )
    assert b"Choose an ELA quality among 75, 85, 90, 95" in response.content
    assert not image.derived.filter(kind="ela", key="80").exists()


def test_the_pixels_section_shows_each_derived_image_and_the_bounded_size(client, cast, image):
    page = logged_in(client, cast.carol).get(reverse("cases:image", args=[cast.case.pk, image.pk])).content.decode()
    for kind in ("ela", "noise"):
        assert derived_url(image.derived.get(kind=kind)) in page
    assert "at most 4096 pixels on the longest side" in page
    assert page.count('<table class="qgrid">') == 2  # luminance and chrominance tables as 8x8 grids
    assert DerivedImage.objects.filter(image=image).count() == 3  # ela, noise, view: nothing added by showing


def test_no_difference_job_stores_a_difference_with_an_image_of_another_case(image, elsewhere):
    with pytest.raises(ValueError):
        pixels.request_difference(image, elsewhere)
    pixels.run_job(image.pk, "difference", elsewhere.pk)  # one queued before the rule
    assert not DerivedImage.objects.filter(kind="difference").exists()
