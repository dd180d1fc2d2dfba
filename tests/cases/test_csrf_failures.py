"""A request refused by the CSRF check (imgmeta_site.csrf, settings.CSRF_FAILURE_VIEW): JSON
``{"error": ...}`` for the tus endpoint (as its other errors, README) and the API, the site's 403 page
for a page's form; nothing is created either way."""

import base64
import json

import pytest
from django.test import Client
from django.urls import reverse

from cases.models import Case
from imgmeta_site.csrf import csrf_failure
from tests.helpers import logged_in

TUS = {"HTTP_TUS_RESUMABLE": "1.0.0"}


@pytest.fixture
def strict():
    return Client(enforce_csrf_checks=True)


def test_a_tus_request_without_a_csrf_token_gets_a_json_error(strict, cast):
    logged_in(strict, cast.bob)
    response = strict.post(
        reverse("cases:resumable_create", args=[cast.case.pk]),
        HTTP_UPLOAD_LENGTH="10",
        HTTP_UPLOAD_METADATA="filename " + base64.b64encode(b"a.zip").decode(),
        **TUS,
    )
    assert response.status_code == 403 and response["Content-Type"] == "application/json"
    assert "CSRF" in response.json()["error"] and "X-CSRFToken" in response.json()["error"]
    assert response["Tus-Resumable"] == "1.0.0"


def test_a_tus_chunk_without_a_csrf_token_gets_a_json_error(strict, cast):
    logged_in(strict, cast.bob)
    location = reverse("cases:resumable_upload", args=[cast.case.pk, "0" * 32])
    response = strict.generic(
        "PATCH", location, b"x", content_type="application/offset+octet-stream", HTTP_UPLOAD_OFFSET="0", **TUS
    )
    assert response.status_code == 403 and "CSRF" in response.json()["error"]


def test_an_api_request_refused_by_the_csrf_check_gets_a_json_error(rf, settings):
    # The API's own views check CSRF themselves (REST framework); this covers any other /api/ path.
    assert settings.CSRF_FAILURE_VIEW == "imgmeta_site.csrf.csrf_failure"
    response = csrf_failure(rf.post("/api/cases/"), reason="CSRF cookie not set.")
    assert response.status_code == 403 and response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert list(body) == ["error"] and "CSRF cookie not set." in body["error"]
    assert "Tus-Resumable" not in response


def test_a_page_form_without_a_csrf_token_gets_the_sites_403_page(strict, cast):
    logged_in(strict, cast.bob)
    response = strict.post(reverse("cases:list"), {"title": "New", "reference": "N-1"})
    assert response.status_code == 403 and response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert "Not allowed" in page and "Reload the page and try again" in page
    assert not Case.objects.filter(reference="N-1").exists()
