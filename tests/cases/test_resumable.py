"""Resumable uploads (tus 1.0.0, cases/resumable.py): a dropped upload continues from the server's
offset, the completed file is re-hashed against the declared sha256, every chunk checks access,
stale uploads expire; and the intake progress of a case on its page and in the API."""

import base64
import hashlib
import io
import json
import time

import pytest
from django.core.management import call_command
from django.urls import reverse

from cases.intake import UploadState
from cases.models import Case, EvidenceImage
from tests.helpers import logged_in, photo, zip_of

TUS = {"HTTP_TUS_RESUMABLE": "1.0.0"}


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def create(client, case, data: bytes, name: str = "dump.zip", sha256: str | None = None):
    metadata = f"filename {b64(name)}" + (f",sha256 {b64(sha256)}" if sha256 else "")
    return client.post(
        reverse("cases:resumable_create", args=[case.pk]),
        HTTP_UPLOAD_LENGTH=str(len(data)),
        HTTP_UPLOAD_METADATA=metadata,
        **TUS,
    )


def patch(client, location: str, offset: int, piece: bytes):
    return client.generic(
        "PATCH", location, piece, content_type="application/offset+octet-stream", HTTP_UPLOAD_OFFSET=str(offset), **TUS
    )


def offset_of(client, location: str) -> int:
    response = client.head(location, **TUS)
    assert response.status_code == 200
    return int(response["Upload-Offset"])


@pytest.fixture
def archive() -> bytes:
    return zip_of({"DCIM/a.jpg": photo(shade=1), "DCIM/b.jpg": photo(shade=2), "notes.txt": b"text"})


def test_an_upload_dropped_halfway_resumes_from_the_servers_offset_and_is_taken_in(client, cast, archive):
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive, sha256=hashlib.sha256(archive).hexdigest())["Location"]
    half = len(archive) // 2
    assert patch(client, location, 0, archive[:half]).status_code == 204
    # The connection drops; later (another session of the same user) asks where to go on from.
    client.logout()
    logged_in(client, cast.bob)
    offset = offset_of(client, location)
    assert offset == half
    response = patch(client, location, offset, archive[offset:])
    assert response.status_code == 204 and response["Upload-Offset"] == str(len(archive))
    progress = client.get(location, **TUS).json()
    assert (progress["phase"], progress["stored"], progress["skipped"]) == ("done", 2, 1)
    assert sorted(cast.case.images.values_list("original_filename", flat=True)) == ["DCIM/a.jpg", "DCIM/b.jpg"]
    assert not UploadState.load(cast.case.pk, location.rstrip("/").rsplit("/", 1)[1]).data_path.exists()


def test_a_completed_upload_whose_hash_differs_from_the_declared_one_stores_nothing(client, cast, archive):
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive, sha256="0" * 64)["Location"]
    patch(client, location, 0, archive)
    progress = client.get(location, **TUS).json()
    assert progress["phase"] == "failed"
    assert progress["error"].startswith(f"hash differs: received sha256 {hashlib.sha256(archive).hexdigest()}")
    assert not cast.case.images.exists()


def test_a_completed_upload_whose_hash_differs_is_answered_460_checksum_mismatch(client, cast, archive):
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive, sha256="0" * 64)["Location"]
    response = patch(client, location, 0, archive)
    assert (response.status_code, response.reason_phrase) == (460, "Checksum Mismatch")
    assert response.json()["error"].startswith("hash differs: received sha256 ")
    assert response["Tus-Resumable"] == "1.0.0"
    assert client.get(location, **TUS).json()["phase"] == "failed"
    assert patch(client, location, len(archive), b"x").status_code == 409  # no later request takes it in
    assert not cast.case.images.exists()


def test_head_on_a_failed_upload_is_gone_without_an_offset(client, cast, archive):
    # A full Upload-Offset would tell a tus client its upload was complete.
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive, sha256="0" * 64)["Location"]
    patch(client, location, 0, archive)
    response = client.head(location, **TUS)
    assert response.status_code == 410
    assert "Upload-Offset" not in response


def test_a_chunk_going_past_upload_length_is_refused_whole_and_nothing_of_it_is_kept(client, cast, archive):
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive)["Location"]
    assert patch(client, location, 0, archive[:100]).status_code == 204
    response = patch(client, location, 100, archive[100:] + b"one byte too many")
    assert response.status_code == 400 and "past Upload-Length" in response.json()["error"]
    # The offset is where it was: a client resuming from HEAD sends the rest again.
    assert offset_of(client, location) == 100
    assert client.get(location, **TUS).json()["phase"] == "receiving"
    assert patch(client, location, 100, archive[100:]).status_code == 204
    assert client.get(location, **TUS).json()["phase"] == "done"
    assert cast.case.images.count() == 2


def test_a_body_without_a_length_that_goes_past_upload_length_leaves_the_offset_unchanged(rf, cast, archive):
    """A body of unknown length (chunked, as an ASGI server may pass it) is only found too long
    once read: what was written of it is removed again."""
    from cases import resumable

    state = UploadState.create(cast.case, cast.bob, "dump.zip", len(archive))
    state.data_path.touch(mode=0o600)
    request = rf.generic(
        "PATCH", "/", b"x", content_type="application/offset+octet-stream", HTTP_UPLOAD_OFFSET="0", **TUS
    )
    request.META.pop("CONTENT_LENGTH", None)
    request._stream = io.BytesIO(archive + b"more")
    request.user = cast.bob
    response = resumable.upload(request, cast.case.pk, state.id)
    assert response.status_code == 400
    assert UploadState.load(cast.case.pk, state.id).received == 0
    assert not cast.case.images.exists()


def test_a_chunk_at_the_wrong_offset_is_refused_and_nothing_is_written(client, cast, archive):
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive)["Location"]
    patch(client, location, 0, archive[:100])
    response = patch(client, location, 50, archive[50:200])
    assert response.status_code == 409
    assert offset_of(client, location) == 100


def test_a_single_large_image_through_resumable_upload_is_stored_too_large_to_analyse(client, cast):
    data = photo() + b"\x00" * (21 * 1024 * 1024)
    logged_in(client, cast.bob)
    location = create(client, cast.case, data, name="phone/huge.jpg")["Location"]
    for start in range(0, len(data), 8 * 1024 * 1024):
        assert patch(client, location, start, data[start : start + 8 * 1024 * 1024]).status_code == 204
    image = cast.case.images.get()
    assert (image.original_filename, image.sha256) == ("phone/huge.jpg", hashlib.sha256(data).hexdigest())
    assert image.status == EvidenceImage.Status.FAILED and image.error.startswith("stored, too large to analyse")
    assert image.stored_sha256() == image.sha256


@pytest.mark.parametrize(("who", "status"), [("dave", 404), ("carol", 403)])
def test_every_chunk_checks_access(client, cast, archive, who, status):
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive)["Location"]
    logged_in(client, getattr(cast, who))
    assert create(client, cast.case, archive).status_code == status
    assert patch(client, location, 0, archive).status_code == status
    assert client.head(location, **TUS).status_code == status
    assert not cast.case.images.exists()


def test_an_upload_is_bound_to_the_user_who_started_it(client, cast, archive):
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive)["Location"]
    logged_in(client, cast.alice)  # the owner of the case, but not of this upload
    assert patch(client, location, 0, archive).status_code == 404


def test_a_closed_case_refuses_the_next_chunk(client, cast, archive):
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive)["Location"]
    Case.objects.filter(pk=cast.case.pk).update(status=Case.Status.CLOSED)
    response = patch(client, location, 0, archive)
    assert response.status_code == 409 and "closed" in response.json()["error"]


def test_a_request_without_the_tus_version_is_refused(client, cast, archive):
    logged_in(client, cast.bob)
    response = client.post(reverse("cases:resumable_create", args=[cast.case.pk]), HTTP_UPLOAD_LENGTH="10")
    assert response.status_code == 412 and response["Tus-Version"] == "1.0.0"


def test_an_upload_over_the_case_limit_is_refused_at_creation(client, cast, settings):
    settings.CASE_UPLOAD_MAX_BYTES = 1000
    logged_in(client, cast.bob)
    assert create(client, cast.case, b"x" * 1001).status_code == 413


def test_a_stale_upload_expires_with_what_it_received(client, cast, archive, settings):
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive)["Location"]
    patch(client, location, 0, archive[:100])
    state = UploadState.load(cast.case.pk, location.rstrip("/").rsplit("/", 1)[1])
    stale = json.loads((state.directory / "state.json").read_text())
    stale["updated"] = time.time() - settings.RESUMABLE_UPLOAD_EXPIRY_HOURS * 3600 - 1
    (state.directory / "state.json").write_text(json.dumps(stale))
    out = io.StringIO()
    call_command("expire_uploads", stdout=out)
    assert out.getvalue() == "1 expired upload removed\n"
    assert not state.directory.exists()
    assert client.head(location, **TUS).status_code == 404


def test_intake_progress_is_on_the_case_page_and_in_the_api_after_a_reload(client, cast, archive):
    logged_in(client, cast.bob)
    location = create(client, cast.case, archive, name="phone.zip")["Location"]
    patch(client, location, 0, archive)
    receiving = create(client, cast.case, archive, name="second.zip")["Location"]
    patch(client, receiving, 0, archive[:100])

    intake = client.get(reverse("case-intake", args=[cast.case.pk])).json()
    assert intake["images"] == {"total": 2, "analysed": 2, "pending": 0, "failed": 0, "too_large": 0}
    second, first = intake["uploads"]
    assert (second["name"], second["phase"], second["received"], second["size"]) == (
        "second.zip",
        "receiving",
        100,
        len(archive),
    )
    assert (first["name"], first["phase"], first["stored"], first["skipped"], first["analysed"]) == (
        "phone.zip",
        "done",
        2,
        1,
        2,
    )
    assert first["messages"] == ["phone.zip: notes.txt skipped, not an image"]
    assert intake["active"] is True

    logged_in(client, cast.carol)  # any member sees the intake
    html = client.get(cast.case.get_absolute_url()).content.decode()
    assert '<section class="panel" id="intake" data-live data-active>' in html
    assert "2 files in the case: 2 analysed · 0 pending · 0 failed" in html
    assert '<tr data-phase="receiving">' in html and "100\xa0bytes of" in html


def test_an_empty_file_is_refused_at_creation_so_no_upload_waits_forever(client, cast):
    response = create(logged_in(client, cast.bob), cast.case, b"", "empty.jpg")
    assert response.status_code == 400 and "empty" in response.json()["error"]
