"""The 413 page says what is true of the URL that was asked: case uploads can send fewer files at a
time; /api/extract/ reads one file per request and stores nothing (imgmeta_site.middleware)."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.builders import jpeg
from tests.helpers import logged_in

HTML = {"Accept": "text/html"}


def test_a_browser_over_the_extract_limit_is_told_to_send_a_smaller_file(client, settings):
    settings.MAX_UPLOAD_BYTES = 1000
    response = client.post(
        "/api/extract/", {"image": SimpleUploadedFile("big.jpg", jpeg() + b"\x00" * 2000)}, headers=HTML
    )
    assert response.status_code == 413
    page = response.content.decode()
    assert "File too large: the limit is 0 MB" in page and "<html" in page
    assert "reads one file of at most 0 MB per request and stores nothing" in page
    assert "Send fewer files" not in page and "Nothing was stored" not in page


def test_a_browser_over_the_extract_limit_still_gets_json_when_it_asks_for_json(client, settings):
    settings.MAX_UPLOAD_BYTES = 1000
    response = client.generic(
        "POST", "/api/extract/", b"x" * 2000, content_type="application/octet-stream", HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 413 and response.json() == {"error": "File too large: the limit is 0 MB"}


def test_another_oversized_form_is_not_told_to_send_fewer_files(client, cast, settings):
    settings.MAX_UPLOAD_BYTES = 1000
    logged_in(client, cast.alice)
    response = client.post(reverse("cases:list"), {"title": "x" * 2000}, headers=HTML)
    assert response.status_code == 413
    page = response.content.decode()
    assert "Nothing was stored." in page and "Send fewer files" not in page
