"""Uploading evidence from the case page: one file, many, duplicates, bad input."""

import json

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from cases.models import AuditEvent, EvidenceImage
from tests.cases.fake_reading import made_with, use_fake_reading
from tests.helpers import logged_in, named, photo


@pytest.fixture
def bob(client, cast):
    return logged_in(client, cast.bob)


def upload(client, case, *files, json=False):
    headers = {"Accept": "application/json"} if json else {}
    return client.post(reverse("cases:upload", args=[case.pk]), {"files": list(files)}, headers=headers)


def texts(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_investigator_uploads_one_image_and_it_is_analysed(bob, cast):
    response = upload(bob, cast.case, named(photo(), "quay.jpg"))
    assert response.status_code == 302 and response["Location"] == cast.case.get_absolute_url()
    image = cast.case.images.get()
    assert (image.original_filename, image.status, image.file_type) == ("quay.jpg", "done", "JPEG")
    assert image.analyses.count() == 1
    assert texts(response) == ["quay.jpg: stored"]


def test_many_files_in_one_request_are_each_stored(bob, cast):
    upload(
        bob, cast.case, named(photo(shade=1), "a.jpg"), named(photo(shade=2), "b.jpg"), named(photo(shade=3), "c.jpg")
    )
    assert sorted(cast.case.images.values_list("original_filename", flat=True)) == ["a.jpg", "b.jpg", "c.jpg"]


def test_same_bytes_twice_is_one_image(bob, cast):
    upload(bob, cast.case, named(photo(), "first.jpg"))
    response = upload(bob, cast.case, named(photo(), "again.jpg"))
    assert cast.case.images.count() == 1
    assert texts(response)[-1] == "again.jpg: already in this case as first.jpg"


def test_the_page_script_gets_the_images_state_after_an_analysis_run_on_another_copy(bob, cast, monkeypatch):
    # As a background thread does: the analysis runs on the image's row, not on the upload's object.
    from cases import tasks
    from cases.ingest import analyse_image

    def analysed_elsewhere(images, wait):
        for image in images:
            analyse_image(EvidenceImage.objects.get(pk=image.pk))

    monkeypatch.setattr(tasks, "_in_process", analysed_elsewhere)
    response = upload(bob, cast.case, named(photo(), "quay.jpg"), json=True)
    [result] = response.json()["results"]
    assert result["image"]["status"] == EvidenceImage.objects.get(pk=result["image"]["id"]).status == "done"


def test_the_page_script_gets_json_per_file(bob, cast):
    upload(bob, cast.case, named(photo(), "first.jpg"))
    response = upload(bob, cast.case, named(photo(), "again.jpg"), named(b"hello", "notes.txt"), json=True)
    assert response.status_code == 200
    results = response.json()["results"]
    assert [(r["name"], r["outcome"]) for r in results] == [("again.jpg", "duplicate"), ("notes.txt", "skipped")]
    image = cast.case.images.get()
    assert results[0]["image"] == {"id": image.pk, "url": image.get_absolute_url(), "status": "done", "error": ""}


def test_a_file_that_is_not_an_image_is_refused_with_a_message(bob, cast):
    response = upload(bob, cast.case, named(b"%PDF-1.4 not an image", "report.pdf"))
    assert not EvidenceImage.objects.exists()
    assert texts(response) == ["report.pdf: not an image of a known type, nothing stored"]


def test_an_empty_file_is_refused_with_a_message(bob, cast):
    response = upload(bob, cast.case, named(b"", "empty.jpg"))
    assert not EvidenceImage.objects.exists()
    assert texts(response) == ["empty.jpg: empty file, nothing stored"]


def test_posting_no_file_gets_a_message_not_an_error(bob, cast):
    response = bob.post(reverse("cases:upload", args=[cast.case.pk]), {})
    assert response.status_code == 302
    assert texts(response) == ["No file received: choose one or more images or ZIP archives."]
    assert upload(bob, cast.case, json=True).status_code == 400


def test_a_failed_analysis_marks_the_image_failed_and_keeps_it(bob, cast):
    broken = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 20  # a JPEG start, then nothing readable
    upload(bob, cast.case, named(broken, "broken.jpg"))
    image = cast.case.images.get()
    assert image.status == "failed"
    assert "JPEG" in image.error
    assert image.file.open("rb").read() == broken


def test_uploaded_filename_never_becomes_a_path(bob, cast, evidence_dir):
    upload(bob, cast.case, named(photo(), "../../../../tmp/evil.jpg"))
    image = cast.case.images.get()
    assert image.file.name == f"originals/{cast.case.pk}/{image.sha256}"
    assert (evidence_dir / image.file.name).is_file()
    assert not list(evidence_dir.parent.glob("**/evil.jpg"))


def test_upload_is_audited_with_the_hashes(bob, cast):
    upload(bob, cast.case, named(photo(), "quay.jpg"))
    image = cast.case.images.get()
    event = AuditEvent.objects.get(action=AuditEvent.Action.IMAGE_UPLOADED)
    assert (event.actor, event.case, event.target_id) == (cast.bob, cast.case, str(image.pk))
    assert event.details["sha256"] == image.sha256
    assert event.details["filename"] == "quay.jpg"


def test_a_body_over_the_case_upload_limit_gets_a_page_for_a_browser(bob, cast, settings):
    settings.CASE_UPLOAD_MAX_BYTES = 1000
    data = photo() + b"\x00" * 2000
    response = bob.post(
        reverse("cases:upload", args=[cast.case.pk]), {"files": named(data, "big.jpg")}, headers={"Accept": "text/html"}
    )
    assert response.status_code == 413
    assert b"File too large" in response.content and b"<html" in response.content
    assert not EvidenceImage.objects.exists()


def test_a_body_over_the_case_upload_limit_gets_json_for_the_page_script(bob, cast, settings):
    settings.CASE_UPLOAD_MAX_BYTES = 1000
    response = upload(bob, cast.case, named(photo() + b"\x00" * 2000, "big.jpg"), json=True)
    assert response.status_code == 413
    assert response.json() == {"error": "File too large: the limit is 0 MB"}


def test_a_report_holding_nul_characters_is_stored_the_same_on_every_database(bob, cast, monkeypatch):
    use_fake_reading(monkeypatch)  # its findings name a segment identifier holding NULs, "Exif\0\0"
    upload(bob, cast.case, named(made_with("GIMP 2.10"), "edited.jpg"))
    image = cast.case.images.get()
    assert image.status == "done"
    report = image.latest_analysis.report
    assert report["analysis"]["findings"][0]["evidence"][1]["value"] == "Exif\u2400\u2400"
    assert image.findings.get().evidence[1]["value"] == "Exif\u2400\u2400"
    assert "\\u0000" not in json.dumps(report)


def test_too_many_files_at_once_get_a_page_not_an_error(bob, cast, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    files = [named(photo(shade=i), f"{i}.jpg") for i in range(3)]
    response = upload(bob, cast.case, *files)
    assert response.status_code == 400
    assert "too many files at once" in response.content.decode()
    assert not EvidenceImage.objects.exists()
