"""Hostile requests to the APIs: Django's request limits and out-of-range numbers are JSON 400s,
never an HTML page or a server error; a repeated ``image`` field reads as the original's did."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cases.ingest import ingest_file
from tests.builders import jpeg
from tests.helpers import logged_in

# A form field over DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB by default).
OVERSIZED_FIELD = "x" * (3 * 1024 * 1024)


def image() -> SimpleUploadedFile:
    return SimpleUploadedFile("a.jpg", jpeg())


def test_extract_answers_too_many_fields_as_json(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 5
    response = client.post("/api/extract/", {**{f"field{i}": "x" for i in range(10)}, "image": image()})
    assert response.status_code == 400
    assert "DATA_UPLOAD_MAX_NUMBER_FIELDS" in response.json()["error"]


def test_extract_answers_too_many_files_as_json(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    response = client.post("/api/extract/", {f"file{i}": image() for i in range(3)})
    assert response.status_code == 400
    assert "DATA_UPLOAD_MAX_NUMBER_FILES" in response.json()["error"]


def test_extract_answers_an_oversized_form_field_as_json(client):
    response = client.post("/api/extract/", {"note": OVERSIZED_FIELD, "image": image()})
    assert response.status_code == 400
    assert "DATA_UPLOAD_MAX_MEMORY_SIZE" in response.json()["error"]


def test_the_cases_api_answers_an_oversized_body_as_json(client, cast):
    body = {"reference": "BIG-1", "title": "Big", "description": OVERSIZED_FIELD}
    response = logged_in(client, cast.alice).post("/api/cases/", body, content_type="application/json")
    assert response.status_code == 400
    assert "DATA_UPLOAD_MAX_MEMORY_SIZE" in response.json()["detail"]


@pytest.mark.parametrize(
    "query",
    [
        "/api/images/?case={n}",
        "/api/analyses/?case={n}",
        "/api/analyses/?image={n}",
        "/api/findings/?case={n}",
        "/api/findings/?image={n}",
        "/api/findings/?analysis={n}",
        "/api/audit-events/?case={n}",
    ],
)
def test_an_id_filter_beyond_a_database_integer_is_a_400(client, cast, query):
    ingest_file(cast.case, cast.bob, "a.jpg", jpeg())
    member = logged_in(client, cast.carol)
    assert member.get(query.format(n=2**63 - 1)).json()["results"] == []
    response = member.get(query.format(n=10**23))
    assert response.status_code == 400
    assert "less than or equal to" in str(response.json())


def test_extract_reads_the_first_of_two_image_files_as_the_original_did(client):
    text = SimpleUploadedFile("notes.txt", b"interview notes")
    response = client.post("/api/extract/", {"image": [image(), text]})
    assert response.status_code == 200
    assert response.json()["format"] == "JPEG"


@pytest.mark.parametrize("charset", ["idna", "punycode"])
@pytest.mark.parametrize("form", ["multipart", "urlencoded"])
def test_a_charset_that_cannot_decode_the_body_is_a_400_not_a_server_error(client, charset, form):
    # Text codecs that raise on bytes they cannot decode, even with errors replaced.
    if form == "multipart":
        body = (
            b'--B\r\nContent-Disposition: form-data; name="image"; filename="a.jpg"\r\n\r\n' + jpeg() + b"\r\n--B--\r\n"
        )
        content_type = f"multipart/form-data; boundary=B; charset={charset}"
    else:
        body, content_type = b"image=x", f"application/x-www-form-urlencoded; charset={charset}"
    response = client.generic("POST", "/api/extract/", body, content_type=content_type)
    assert response.status_code == 400
    assert charset in response.json()["error"]
    page = client.generic(
        "POST", "/accounts/login/", b"username=a&password=b", content_type=content_type, HTTP_ACCEPT="text/html"
    )
    assert page.status_code == 400
    assert charset in page.content.decode()
