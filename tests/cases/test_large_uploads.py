"""Large evidence, streamed: case uploads up to CASE_UPLOAD_MAX_BYTES go to private temporary files
in chunks and are hashed as they arrive (never held whole in memory), /api/extract/ keeps its
20 MB, ZIP members are read one at a time (ZIP64 included) with their folders kept in the name,
and an image over the engine's limit is stored, hashed, and marked too large to analyse."""

import asyncio
import hashlib
import io
import json
import os
import tracemalloc
import zipfile

import pytest
from django.conf import settings as site_settings
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import reverse

from analysis.limits import MAX_FILE_BYTES
from cases.ingest import TOO_LARGE, ingest_file
from cases.models import EvidenceImage
from cases.tasks import reanalyse
from cases.views.images import upload as upload_view
from imgmeta_site.asgi import BodyLimit
from imgmeta_site.middleware import body_limit
from tests.builders import jpeg
from tests.helpers import logged_in, named, photo, zip_of

MB = 1024 * 1024
# Bytes of a large image: a real JPEG followed by padding, over the engine's limit.
LARGE = 48 * MB
# What handling one large upload may allocate at its peak, far under the file's size.
PEAK_LIMIT = 8 * MB


@pytest.fixture
def bob(client, cast):
    return logged_in(client, cast.bob)


def large_jpeg(size: int = LARGE) -> bytes:
    head = photo(shade=7)
    return head + b"\x00" * (size - len(head))


def multipart(name: str, data: bytes) -> tuple[bytes, str]:
    boundary = "evidenceboundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def peak_while_uploading(cast, name: str, data: bytes) -> tuple[int, dict]:
    """Post ``data`` to the case upload view as bob; the bytes allocated at the peak of handling
    it (the request body is built before tracing starts) and the JSON answer."""
    body, content_type = multipart(name, data)
    request = RequestFactory().post(
        reverse("cases:upload", args=[cast.case.pk]),
        data=body,
        content_type=content_type,
        HTTP_ACCEPT="application/json",
    )
    request.user = cast.bob
    del body, data
    tracemalloc.start()
    try:
        response = upload_view(request, cast.case.pk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, json.loads(response.content)


def test_a_streamed_upload_far_larger_than_the_memory_it_may_use_is_stored_whole(cast):
    data = large_jpeg()
    sha256 = hashlib.sha256(data).hexdigest()
    peak, answer = peak_while_uploading(cast, "DCIM/big.jpg", data)
    assert peak < PEAK_LIMIT, f"handling a {LARGE // MB} MB upload allocated {peak / MB:.1f} MB at its peak"
    assert [r["outcome"] for r in answer["results"]] == ["stored"]
    image = cast.case.images.get()
    assert (image.sha256, image.size, image.original_filename) == (sha256, LARGE, "DCIM/big.jpg")
    assert image.stored_sha256() == sha256


def test_a_zip_member_larger_than_the_engine_reads_is_streamed_and_stored(cast):
    member = large_jpeg(30 * MB)
    archive = zip_of({"phone/DCIM/100/big.jpg": member, "phone/small.jpg": photo()}, compression=zipfile.ZIP_STORED)
    peak, answer = peak_while_uploading(cast, "dump.zip", archive)
    assert peak < PEAK_LIMIT, f"taking in a {len(archive) // MB} MB ZIP allocated {peak / MB:.1f} MB at its peak"
    assert [(r["name"], r["outcome"]) for r in answer["results"]] == [
        ("phone/DCIM/100/big.jpg", "stored"),
        ("phone/small.jpg", "stored"),
    ]
    big = cast.case.images.get(original_filename="phone/DCIM/100/big.jpg")
    assert big.sha256 == hashlib.sha256(member).hexdigest() == big.stored_sha256()


def test_an_image_over_the_engine_limit_is_kept_as_stored_too_large_to_analyse(bob, cast):
    response = bob.post(
        reverse("cases:upload", args=[cast.case.pk]), {"files": named(large_jpeg(MAX_FILE_BYTES + 1), "big.jpg")}
    )
    assert response.status_code == 302
    image = cast.case.images.get()
    assert image.status == EvidenceImage.Status.FAILED
    assert image.error.startswith(f"{TOO_LARGE} (20.0 MB; the engine reads files of at most 20 MB)")
    assert not image.analyses.exists()
    assert image.file_type == "JPEG"


def test_reanalysing_an_image_over_the_engine_limit_does_not_read_it(cast, monkeypatch):
    image = ingest_file(cast.case, cast.bob, "big.jpg", large_jpeg(MAX_FILE_BYTES + 1)).image
    monkeypatch.setattr(EvidenceImage.file.field.storage.__class__, "open", lambda *a, **k: pytest.fail("read"))
    reanalyse(image)
    image.refresh_from_db()
    assert (image.status, image.error.startswith(TOO_LARGE)) == (EvidenceImage.Status.FAILED, True)


def test_the_case_upload_takes_bodies_up_to_its_own_limit_and_extract_keeps_20_mb(settings):
    settings.CASE_UPLOAD_MAX_BYTES = 4 * 1024**3
    assert body_limit("/cases/7/upload/") == 4 * 1024**3
    assert body_limit("/api/cases/7/images/") == 4 * 1024**3
    assert body_limit("/cases/7/uploads/0123456789abcdef0123456789abcdef/") == 4 * 1024**3
    assert body_limit("/api/extract/") == 20 * MB
    assert body_limit("/cases/7/edit/") == 20 * MB


def test_extract_still_refuses_a_body_over_20_mb(client, cast):
    logged_in(client, cast.bob)
    body, content_type = multipart("big.jpg", b"\xff\xd8" + b"\x00" * (MAX_FILE_BYTES + 10))
    response = client.post("/api/extract/", data=body, content_type=content_type)
    assert response.status_code == 413


def test_extract_keeps_its_file_in_memory(rf, settings, tmp_path):
    request = rf.post("/api/extract/", {"image": named(jpeg(), "a.jpg")})
    request.user = AnonymousUser()
    received = request.FILES["image"]
    assert type(received).__name__ == "InMemoryUploadedFile"
    assert not (tmp_path / "uploads").exists() or not any((tmp_path / "uploads").iterdir())


def test_a_case_upload_file_is_hashed_as_it_arrives_in_a_private_temporary_file(rf, cast, settings):
    data = photo()
    request = rf.post(reverse("cases:upload", args=[cast.case.pk]), {"files": named(data, "a.jpg")})
    received = request.FILES["files"]
    path = received.temporary_file_path()
    assert path.startswith(str(settings.CASE_UPLOAD_TEMP_DIR))
    assert oct(os.stat(path).st_mode & 0o777) == "0o600"
    assert received.digests["sha256"] == hashlib.sha256(data).hexdigest()
    received.close()
    assert not os.path.exists(path)


def test_zip64_members_are_read_and_keep_their_folders_as_names(bob, cast):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for i, name in enumerate(["WhatsApp Images/IMG-1.jpg", "DCIM/Camera/IMG_2.jpg"]):
            with archive.open(name, "w", force_zip64=True) as member:  # ZIP64 extra fields
                member.write(photo(shade=i))
    assert b"\x01\x00" in out.getvalue()  # the ZIP64 extended information extra field's tag (APPNOTE 4.5.3)
    response = bob.post(
        reverse("cases:upload", args=[cast.case.pk]),
        {"files": named(out.getvalue(), "chat.zip")},
        headers={"Accept": "application/json"},
    )
    assert [(r["name"], r["outcome"]) for r in response.json()["results"]] == [
        ("WhatsApp Images/IMG-1.jpg", "stored"),
        ("DCIM/Camera/IMG_2.jpg", "stored"),
    ]
    assert sorted(cast.case.images.values_list("original_filename", flat=True)) == [
        "DCIM/Camera/IMG_2.jpg",
        "WhatsApp Images/IMG-1.jpg",
    ]


def test_zip_caps_default_to_a_phone_dump():
    assert site_settings.ZIP_MAX_MEMBERS == 20_000
    assert site_settings.ZIP_MAX_TOTAL_BYTES == 16 * 1024**3


def test_the_temporary_file_is_removed_after_intake(bob, cast, settings):
    bob.post(reverse("cases:upload", args=[cast.case.pk]), {"files": named(photo(), "a.jpg")})
    assert [path for path in settings.CASE_UPLOAD_TEMP_DIR.rglob("*") if path.is_file()] == [
        next(settings.CASE_UPLOAD_TEMP_DIR.rglob("state.json"))
    ]


class Recorder:
    """An ASGI app that records the body messages it is given."""

    def __init__(self):
        self.messages, self.headers = [], {}

    async def __call__(self, scope, receive, send):
        self.headers = dict(scope["headers"])
        while True:
            message = await receive()
            self.messages.append(message)
            if not message.get("more_body"):
                return


def run_asgi(path: str, chunks: list[bytes], declared: int | None) -> Recorder:
    app = Recorder()
    messages = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]
    headers = [(b"content-length", str(declared).encode())] if declared is not None else []

    async def receive():
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message):
        pass

    scope = {"type": "http", "path": path, "headers": headers}
    asyncio.run(BodyLimit(app, body_limit)(scope, receive, send))
    return app


def test_asgi_passes_a_declared_case_upload_body_through_as_it_arrives(db):
    chunks = [b"x" * MB] * 25  # 25 MB: over the 20 MB of other URLs
    app = run_asgi("/cases/1/upload/", chunks, declared=25 * MB)
    assert len(app.messages) == 25  # given piece by piece, not gathered into one
    assert sum(len(m["body"]) for m in app.messages) == 25 * MB


def test_asgi_drops_a_declared_body_over_the_limit_of_its_url(db):
    app = run_asgi("/api/extract/", [b"x" * MB] * 25, declared=25 * MB)
    assert app.messages[0]["body"] == b"" and app.headers[b"content-length"] == str(25 * MB).encode()


def test_asgi_spools_a_chunked_case_upload_and_declares_its_length(db):
    app = run_asgi("/cases/1/upload/", [b"x" * MB] * 25, declared=None)
    assert app.headers[b"content-length"] == str(25 * MB).encode()
    assert sum(len(m["body"]) for m in app.messages) == 25 * MB
    assert max(len(m["body"]) for m in app.messages) == BodyLimit.REPLAY_CHUNK


def test_asgi_answers_a_chunked_body_just_over_the_limit_that_has_ended(db):
    # The whole body is in when it crosses the limit: nothing more comes, and the client waits for
    # the answer (receive blocks until it gives up), so the app must be called at once.
    chunks = [b"x" * MB] * 20 + [b"x"]  # 20 MB and one byte: over /api/extract/'s limit
    messages = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]
    app = Recorder()

    async def receive():
        if messages:
            return messages.pop(0)
        await asyncio.Event().wait()  # a client waiting for its answer

    async def send(message):
        pass

    scope = {"type": "http", "path": "/api/extract/", "headers": []}
    asyncio.run(asyncio.wait_for(BodyLimit(app, body_limit)(scope, receive, send), timeout=5))
    assert app.headers[b"content-length"] == str(20 * MB + 1).encode()
    assert app.messages[0]["body"] == b""
