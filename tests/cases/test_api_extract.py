"""``POST /api/extract/`` as a drop-in for the original ``POST /extract``."""

import hashlib
import io
import json
import tempfile
import threading
import urllib.request
import uuid

import pytest
from django.test import Client

from imgmeta_site.wsgi import ChunkedBodyLimit
from tests.builders import ASCII, exif_tiff, jpeg
from tests.conftest import fixture_bytes

URL = "/api/extract/"


def upload(client, data: bytes, name: str = "photo.jpg", path: str = URL):
    return client.post(path, {"image": io.BytesIO(data) if not name else _named(data, name)})


def _named(data: bytes, name: str):
    f = io.BytesIO(data)
    f.name = name
    return f


def multipart(parts: list[tuple[str, str | None, bytes]]) -> tuple[bytes, str]:
    """A raw multipart body from ``(field, filename or None, content)`` parts."""
    boundary = uuid.uuid4().hex
    body = b""
    for field, filename, content in parts:
        disposition = f'form-data; name="{field}"' + (f'; filename="{filename}"' if filename is not None else "")
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + content + b"\r\n"
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def test_it_returns_the_original_keys_for_a_camera_jpeg(client):
    response = upload(client, fixture_bytes("jpg/Canon_40D.jpg"), "Canon_40D.jpg")
    assert response.status_code == 200
    out = response.json()
    assert (out["format"], out["mode"], out["width"], out["height"]) == ("JPEG", "RGB", 100, 68)
    assert (out["Make"], out["Model"], out["FNumber"]) == ("Canon", "Canon EOS 40D", "(71, 10)")
    assert out["analysis"]["software_detected"] == ["gimp 2.4.5"]
    assert out["analysis"]["is_modified"] is True
    assert out["analysis"]["verdict"] == "edited"
    assert out["filesize_bytes"] == out["file"]["size"] == 7958
    assert out["file"]["sha256"] == hashlib.sha256(fixture_bytes("jpg/Canon_40D.jpg")).hexdigest()


def test_it_carries_the_reading_beside_the_original_keys(client):
    out = upload(client, fixture_bytes("jpg/Canon_40D.jpg"), "Canon_40D.jpg").json()["analysis"]
    assert out["summary"] == "Edited in GIMP 2.4.5 after capture on a Canon EOS 40D; origin confidence 0.90"
    assert out["software"][0]["name"] == "GIMP" and out["software"][0]["places"][0]["where"] == "IFD0:Software"
    assert out["origin"]["label"] == "edited" and out["rules_run"] > 0
    assert all(finding["evidence"] for finding in out["findings"])
    assert out["ai"]["declared"] is False


def test_printed_values_come_only_when_asked_for(client):
    data = fixture_bytes("jpg/Canon_40D.jpg")
    assert "metadata_print" not in upload(client, data).json()
    out = upload(client, data, path=URL + "?print=1").json()
    assert out["metadata"]["ExifIFD"]["ExposureTime"] == 0.00625
    assert out["metadata_print"]["ExifIFD"]["ExposureTime"] == "1/160"
    assert out["metadata_print"]["ExifIFD"]["Flash"] == "On, Fired"


def test_pillow_reads_the_header_once_for_the_engine_and_the_original_keys(client, monkeypatch):
    from PIL import JpegImagePlugin

    opened = []
    real_open = JpegImagePlugin.JpegImageFile._open
    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "_open", lambda self: opened.append(1) or real_open(self))
    response = upload(client, fixture_bytes("jpg/Canon_40D.jpg"), "Canon_40D.jpg")
    assert response.status_code == 200
    assert response.json()["Make"] == "Canon"
    assert opened == [1]


def test_the_original_address_is_an_alias(client):
    for path in ("/extract", "/extract/"):
        assert upload(client, jpeg(), path=path).status_code == 200


def test_it_reads_heic_which_the_original_could_not(client):
    response = upload(client, fixture_bytes("heic/L_exif_xmp_iptc.heic"), "x.heic")
    assert response.status_code == 200
    assert response.json()["file"]["mime"] == "image/heic"


def test_no_image_field_is_400(client):
    response = client.post(URL, {"file": _named(jpeg(), "a.jpg")})
    assert response.status_code == 400
    assert response.json() == {"error": "No image provided"}


def test_a_json_body_is_400_no_image(client):
    response = client.post(URL, data=json.dumps({"image": "x"}), content_type="application/json")
    assert (response.status_code, response.json()) == (400, {"error": "No image provided"})


def test_empty_filename_is_400(client):
    body, content_type = multipart([("image", "", b"")])
    response = client.generic("POST", URL, body, content_type=content_type)
    assert response.status_code == 400
    assert response.json() == {"error": "Empty filename"}


def test_text_file_is_415(client):
    response = upload(client, b"just some text, not an image", "notes.jpg")
    assert response.status_code == 415
    assert "Unsupported file type" in response.json()["error"]


def test_recognised_but_broken_image_is_400(client):
    response = upload(client, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "broken.png")
    assert response.status_code == 400
    assert response.json()["error"]


def test_get_is_405_json(client):
    response = client.get(URL)
    assert response.status_code == 405
    assert "error" in response.json()


def test_body_over_20_mb_is_413_json(client):
    big = jpeg() + b"\x00" * (20 * 1024 * 1024)
    response = upload(client, big, "big.jpg")
    assert response.status_code == 413
    assert "20 MB" in response.json()["error"]


def test_a_declared_length_over_the_limit_is_413_before_reading(client):
    body, content_type = multipart([("image", "a.jpg", jpeg())])
    response = client.generic("POST", URL, body, content_type=content_type, CONTENT_LENGTH=str(21 * 1024 * 1024))
    assert response.status_code == 413


def _call_wsgi(app, body: bytes) -> tuple[str, bytes, dict]:
    seen = {}

    def start_response(status, headers):
        seen["status"] = status

    environ = {"HTTP_TRANSFER_ENCODING": "chunked", "wsgi.input": io.BytesIO(body), "REQUEST_METHOD": "POST"}
    result = b"".join(app(environ, start_response))
    return seen.get("status", ""), result, environ


def test_a_chunked_body_over_the_limit_is_413():
    app = ChunkedBodyLimit(lambda environ, start: pytest.fail("must not reach Django"), limit=1000)
    status, body, _ = _call_wsgi(app, b"x" * 5000)
    assert status.startswith("413")
    assert "error" in json.loads(body)


def test_a_chunked_body_under_the_limit_gets_a_content_length():
    def inner(environ, start_response):
        start_response("200 OK", [])
        return [environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"]))]

    status, body, _ = _call_wsgi(ChunkedBodyLimit(inner, limit=1000), b"y" * 500)
    assert (status, body) == ("200 OK", b"y" * 500)


def test_csrf_does_not_apply():
    response = upload(Client(enforce_csrf_checks=True), jpeg())
    assert response.status_code == 200


def test_no_login_is_needed(client):
    assert upload(client, jpeg()).status_code == 200


def test_nothing_is_left_on_disk(client, settings, tmp_path, monkeypatch):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    data = jpeg(size=(2000, 1500)) + b"\x00" * (6 * 1024 * 1024)  # well over Django's 2.5 MB default
    assert upload(client, data, "../../etc/passwd").status_code == 200
    assert list(tmp_path.iterdir()) == []


@pytest.mark.django_db(transaction=True)
def test_concurrent_same_name_uploads_never_see_each_other(live_server):
    makes = [f"Maker{i}" for i in range(8)]
    images = [jpeg(exif_tiff([(0x010F, ASCII, make)]), color=(i * 30, 10, 10)) for i, make in enumerate(makes)]
    results: dict[int, dict] = {}

    def post(index: int) -> None:
        body, content_type = multipart([("image", "photo.jpg", images[index])])
        request = urllib.request.Request(live_server.url + URL, data=body, headers={"Content-Type": content_type})
        with urllib.request.urlopen(request, timeout=30) as response:
            results[index] = json.loads(response.read())

    threads = [threading.Thread(target=post, args=(i,)) for i in range(len(images))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for index, data in enumerate(images):
        assert results[index]["Make"] == makes[index]
        assert results[index]["file"]["sha256"] == hashlib.sha256(data).hexdigest()


def test_a_file_pillow_cannot_open_is_still_an_error_for_old_clients_with_its_reading(client):
    data = jpeg(exif_tiff([(0x010F, ASCII, "Canon"), (0x0110, ASCII, "Canon EOS 40D")]))
    response = upload(client, data[: data.index(b"\xff\xdb")])
    assert response.status_code == 400
    out = response.json()
    assert "Cannot read this JPEG file" in out["error"] and out["metadata"]["IFD0"]["Model"] == "Canon EOS 40D"
    assert out["analysis"]["rules_run"]


def test_an_empty_file_is_400_saying_so(client):
    response = upload(client, b"", "empty.jpg")
    assert response.status_code == 400 and response.json() == {"error": "Empty file: the upload holds no bytes"}
