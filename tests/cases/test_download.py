"""Downloading an original: members only, byte for byte, as an attachment, never sniffed, audited."""

from pathlib import Path

from django.conf import settings
from django.urls import reverse

from cases.models import AuditEvent
from tests.helpers import logged_in


def original_url(image):
    return reverse("cases:original", args=[image.case_id, image.pk])


def test_original_is_not_reachable_without_login(client, stored_image):
    response = client.get(original_url(stored_image))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_member_downloads_the_exact_original_bytes(client, cast, stored_image):
    response = logged_in(client, cast.carol).get(original_url(stored_image))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == stored_image.file.open("rb").read()


def test_the_original_comes_as_an_attachment_that_is_never_sniffed(client, cast, stored_image):
    response = logged_in(client, cast.carol).get(original_url(stored_image))
    assert response["Content-Disposition"] == 'attachment; filename="harbour.jpg"'
    assert response["Content-Type"] == "application/octet-stream"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_zip_member_is_offered_under_its_last_name_only(client, cast, stored_image):
    stored_image.original_filename = "photos/day 1/quay.jpg"
    stored_image.save()
    response = logged_in(client, cast.alice).get(original_url(stored_image))
    assert response["Content-Disposition"] == 'attachment; filename="quay.jpg"'


def test_a_download_is_audited(client, cast, stored_image):
    logged_in(client, cast.carol).get(original_url(stored_image))
    event = AuditEvent.objects.get(action=AuditEvent.Action.IMAGE_DOWNLOADED)
    assert (event.actor, event.case, event.target_id) == (cast.carol, cast.case, str(stored_image.pk))
    assert event.details == {"sha256": stored_image.sha256, "intact": True}


def test_a_missing_original_answers_404_not_an_error(client, cast, stored_image):
    stored_image.file.storage.delete(stored_image.file.name)
    assert logged_in(client, cast.alice).get(original_url(stored_image)).status_code == 404


def test_originals_are_not_served_as_public_files(client, cast, stored_image):
    logged_in(client, cast.alice)
    name = stored_image.file.name
    for url in (f"/{name}", f"/{settings.STATIC_URL}{name}", f"/media/{name}"):
        assert client.get(url).status_code == 404, url


def _alter(image) -> None:
    path = Path(image.file.path)
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))


def test_an_altered_original_is_not_served_and_the_attempt_is_audited(cast, client, stored_image):
    image = stored_image
    _alter(image)
    logged_in(client, cast.carol)
    api = client.get(f"/api/images/{image.pk}/original/")
    page = client.get(original_url(image), HTTP_ACCEPT="text/html")
    assert (api.status_code, page.status_code) == (409, 409)
    assert "no longer matches its ingest hash" in api.json()["detail"]
    assert b"was not served" in page.content
    event = AuditEvent.objects.filter(action=AuditEvent.Action.IMAGE_DOWNLOADED).latest("pk")
    assert event.details["intact"] is False
    assert event.details["sha256"] != image.sha256
