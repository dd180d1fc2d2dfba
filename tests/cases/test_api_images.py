"""Images in the API: upload into a case (files or ZIPs), list, originals, re-analysis, deletion;
and the analyses they get."""

import os

import pytest

from analysis import ENGINE_VERSION
from cases import tasks
from cases.ingest import MISSING_ORIGINAL, ingest_file
from cases.models import Analysis, AuditEvent, EvidenceImage
from tests.builders import jpeg, png
from tests.helpers import logged_in, make_case, named, zip_of

Action = AuditEvent.Action


def upload(client, case, *files: tuple[bytes, str]):
    return client.post(f"/api/cases/{case.pk}/images/", {"file": [named(data, name) for data, name in files]})


# Upload


def test_an_investigator_uploads_an_image_which_is_stored_hashed_analysed_and_audited(cast, client):
    data = jpeg()
    response = upload(logged_in(client, cast.bob), cast.case, (data, "photo.jpg"))
    assert response.status_code == 201
    [result] = response.json()["results"]
    assert (result["name"], result["outcome"]) == ("photo.jpg", "stored")
    image = EvidenceImage.objects.get(pk=result["image"]["id"])
    assert image.file.read() == data
    assert result["image"]["sha256"] == image.sha256
    assert result["image"]["uploaded_by"] == "bob"
    # No broker configured: analysed in the request.
    assert result["image"]["status"] == "done"
    assert result["image"]["latest_analysis"] == image.latest_analysis.pk
    event = AuditEvent.objects.get(action=Action.IMAGE_UPLOADED)
    assert (event.actor, event.case_id, event.details["sha256"]) == (cast.bob, cast.case.pk, image.sha256)


def test_the_upload_answer_shows_the_images_state_after_an_analysis_run_on_another_copy(cast, client, monkeypatch):
    # As a background thread does (or an analysis that ends after the request stopped waiting):
    # the analysis runs on the image's row, not on the object the upload made.
    from cases.ingest import analyse_image

    def analysed_elsewhere(images, wait):
        for image in images:
            analyse_image(EvidenceImage.objects.get(pk=image.pk))

    monkeypatch.setattr(tasks, "_in_process", analysed_elsewhere)
    response = upload(logged_in(client, cast.bob), cast.case, (jpeg(), "photo.jpg"))
    [result] = response.json()["results"]
    image = EvidenceImage.objects.get(pk=result["image"]["id"])
    assert (result["image"]["status"], image.status) == ("done", "done")
    assert result["image"]["latest_analysis"] == image.latest_analysis.pk
    assert result["image"]["reading"] is not None


def test_the_owner_uploads_several_files_at_once(cast, client):
    response = upload(logged_in(client, cast.alice), cast.case, (jpeg(), "a.jpg"), (png(), "b.png"))
    assert response.status_code == 201
    assert [r["outcome"] for r in response.json()["results"]] == ["stored", "stored"]
    assert cast.case.images.count() == 2


def test_an_empty_file_among_several_is_skipped_and_the_others_are_stored(cast, client):
    response = upload(logged_in(client, cast.bob), cast.case, (jpeg(), "a.jpg"), (b"", "empty.jpg"))
    assert response.status_code == 201
    outcomes = {r["name"]: (r["outcome"], r["message"]) for r in response.json()["results"]}
    assert outcomes["a.jpg"][0] == "stored"
    assert outcomes["empty.jpg"][0] == "skipped" and "empty" in outcomes["empty.jpg"][1].lower()
    assert list(cast.case.images.values_list("original_filename", flat=True)) == ["a.jpg"]


def test_the_same_bytes_are_not_stored_twice(cast, client):
    api = logged_in(client, cast.bob)
    upload(api, cast.case, (jpeg(), "first.jpg"))
    response = upload(api, cast.case, (jpeg(), "again.jpg"))
    assert response.status_code == 200
    [result] = response.json()["results"]
    assert result["outcome"] == "duplicate"
    assert result["image"]["original_filename"] == "first.jpg"
    assert cast.case.images.count() == 1


def test_a_zip_gives_one_result_per_member(cast, client):
    archive = zip_of({"one.jpg": jpeg(), "notes.txt": b"not an image", "dir/two.png": png()})
    response = upload(logged_in(client, cast.bob), cast.case, (archive, "evidence.zip"))
    assert response.status_code == 201
    outcomes = {r["name"]: r["outcome"] for r in response.json()["results"]}
    assert outcomes == {"one.jpg": "stored", "notes.txt": "skipped", "dir/two.png": "stored"}
    assert sorted(cast.case.images.values_list("original_filename", flat=True)) == ["dir/two.png", "one.jpg"]


def test_nothing_usable_is_a_400_with_the_reasons(cast, client):
    response = upload(logged_in(client, cast.bob), cast.case, (b"plain text", "notes.txt"))
    assert response.status_code == 400
    [result] = response.json()["results"]
    assert (result["outcome"], result["image"]) == ("skipped", None)
    assert not EvidenceImage.objects.exists()


def test_an_upload_without_a_file_is_a_400(cast, client):
    response = logged_in(client, cast.bob).post(f"/api/cases/{cast.case.pk}/images/", {})
    assert response.status_code == 400
    assert "file" in response.json()


def test_a_viewer_cannot_upload(cast, client):
    response = upload(logged_in(client, cast.carol), cast.case, (jpeg(), "photo.jpg"))
    assert response.status_code == 403
    assert not EvidenceImage.objects.exists()


def test_an_outsider_gets_404_when_uploading(cast, client):
    response = upload(logged_in(client, cast.dave), cast.case, (jpeg(), "photo.jpg"))
    assert response.status_code == 404
    assert not EvidenceImage.objects.exists()


# Listing and reading


@pytest.fixture
def image(cast) -> EvidenceImage:
    return ingest_file(cast.case, cast.bob, "photo.jpg", jpeg()).image


def test_images_are_listed_across_my_cases_and_filtered_by_case(cast, client, image):
    other = make_case(cast.carol, reference="OTHER-1")
    ingest_file(other, cast.carol, "mine.png", png())
    make_case(cast.dave, reference="DAVE-1")
    api = logged_in(client, cast.carol)
    assert api.get("/api/images/").json()["count"] == 2
    only = api.get("/api/images/", {"case": cast.case.pk}).json()["results"]
    assert [i["original_filename"] for i in only] == ["photo.jpg"]
    assert api.get("/api/images/", {"status": "done", "file_type": "PNG"}).json()["count"] == 1


def test_an_outsider_sees_no_image(cast, client, image):
    api = logged_in(client, cast.dave)
    assert api.get("/api/images/").json()["count"] == 0
    assert api.get(f"/api/images/{image.pk}/").status_code == 404
    assert api.get(f"/api/images/{image.pk}/original/").status_code == 404
    assert api.get("/api/images/", {"case": cast.case.pk}).json()["count"] == 0


def test_a_viewer_downloads_the_original_byte_for_byte_and_it_is_audited(cast, client, image):
    response = logged_in(client, cast.carol).get(f"/api/images/{image.pk}/original/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == jpeg()
    assert 'filename="photo.jpg"' in response["Content-Disposition"]
    event = AuditEvent.objects.get(action=Action.IMAGE_DOWNLOADED)
    assert (event.actor, event.target_id) == (cast.carol, str(image.pk))


# Re-analysis


def test_an_investigator_reanalyses_an_image_and_keeps_the_earlier_analysis(cast, client, image):
    first = image.latest_analysis
    response = logged_in(client, cast.bob).post(f"/api/images/{image.pk}/reanalyse/")
    assert response.status_code == 200  # no broker: analysed in the request
    assert image.analyses.count() == 2
    assert response.json()["latest_analysis"] != first.pk
    assert response.json()["status"] == "done"
    event = AuditEvent.objects.get(action=Action.REANALYSED)
    assert (event.actor, event.details) == (
        cast.bob,
        {"engine_version": ENGINE_VERSION, "previous_analysis": first.pk, "outcome": "done"},
    )


def test_a_reanalysis_that_fails_in_the_request_answers_200_with_the_error(cast, client, image):
    os.remove(image.file.path)
    response = logged_in(client, cast.bob).post(f"/api/images/{image.pk}/reanalyse/")
    assert response.status_code == 200
    assert response.json()["status"] == "failed"
    assert response.json()["error"] == MISSING_ORIGINAL
    event = AuditEvent.objects.get(action=Action.REANALYSED)
    assert (event.details["outcome"], event.details["error"]) == ("failed", MISSING_ORIGINAL)


def test_an_image_whose_original_is_missing_shows_no_server_path(cast, client, image, evidence_dir):
    os.remove(image.file.path)
    api = logged_in(client, cast.bob)
    api.post(f"/api/images/{image.pk}/reanalyse/")
    body = api.get(f"/api/images/{image.pk}/").content.decode()
    assert MISSING_ORIGINAL in body
    assert str(evidence_dir) not in body and "originals/" not in body


def test_with_a_broker_a_reanalysis_is_queued_and_answers_202(
    cast, client, image, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.CELERY_BROKER_URL = "redis://broker.invalid:6379/0"
    queued = []
    monkeypatch.setattr(tasks.analyse_image_task, "delay", queued.append)
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(client, cast.bob).post(f"/api/images/{image.pk}/reanalyse/")
    assert response.status_code == 202
    assert response.json()["status"] == "pending"
    assert queued == [image.pk]
    assert AuditEvent.objects.get(action=Action.REANALYSED).details["outcome"] == "queued"


def test_a_viewer_cannot_reanalyse(cast, client, image):
    assert logged_in(client, cast.carol).post(f"/api/images/{image.pk}/reanalyse/").status_code == 403
    assert image.analyses.count() == 1


def test_an_outsider_gets_404_when_reanalysing(cast, client, image):
    assert logged_in(client, cast.dave).post(f"/api/images/{image.pk}/reanalyse/").status_code == 404


# Deletion


@pytest.mark.parametrize("who", ["bob", "carol"])
def test_only_the_owner_deletes_an_image(cast, client, image, who):
    assert logged_in(client, getattr(cast, who)).delete(f"/api/images/{image.pk}/").status_code == 403
    assert EvidenceImage.objects.filter(pk=image.pk).exists()


def test_the_owner_deletes_an_image_and_its_file_and_it_is_audited(
    cast, client, image, django_capture_on_commit_callbacks
):
    stored = image.file.path
    with django_capture_on_commit_callbacks(execute=True):
        assert logged_in(client, cast.alice).delete(f"/api/images/{image.pk}/").status_code == 204
    assert not EvidenceImage.objects.filter(pk=image.pk).exists()
    assert not os.path.exists(stored)
    event = AuditEvent.objects.get(action=Action.IMAGE_DELETED)
    assert event.details == {"filename": "photo.jpg", "sha256": image.sha256}


def test_an_outsider_gets_404_when_deleting(cast, client, image):
    assert logged_in(client, cast.dave).delete(f"/api/images/{image.pk}/").status_code == 404


# Analyses


def test_analyses_list_without_the_report_and_retrieve_with_it(cast, client, image):
    api = logged_in(client, cast.carol)
    [listed] = api.get("/api/analyses/", {"case": cast.case.pk}).json()["results"]
    assert listed["image"] == image.pk
    assert listed["engine_version"] == ENGINE_VERSION
    assert listed["stale"] is False
    assert "report" not in listed
    full = api.get(f"/api/analyses/{listed['id']}/").json()
    assert full["report"]["file"]["sha256"] == image.sha256


def test_analyses_filter_stale_ones(cast, client, image):
    Analysis.objects.create(image=image, engine_version="0.0.0-old", report={})
    api = logged_in(client, cast.carol)
    assert [a["engine_version"] for a in api.get("/api/analyses/", {"stale": "true"}).json()["results"]] == [
        "0.0.0-old"
    ]
    assert api.get("/api/analyses/", {"stale": "false"}).json()["count"] == 1


def test_an_outsider_gets_404_for_an_analysis(cast, client, image):
    api = logged_in(client, cast.dave)
    assert api.get(f"/api/analyses/{image.latest_analysis.pk}/").status_code == 404
    assert api.get("/api/analyses/").json()["count"] == 0


def test_analyses_are_read_only(cast, client, image):
    response = logged_in(client, cast.alice).delete(f"/api/analyses/{image.latest_analysis.pk}/")
    assert response.status_code == 405


def test_a_missing_original_is_a_json_404_not_a_crash(cast, client, image):
    os.remove(image.file.path)
    response = logged_in(client, cast.carol).get(f"/api/images/{image.pk}/original/")
    assert response.status_code == 404
    assert "missing" in response.json()["detail"]
    assert not AuditEvent.objects.filter(action=Action.IMAGE_DOWNLOADED).exists()


def test_too_many_files_in_one_upload_is_a_400(cast, client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    response = upload(logged_in(client, cast.bob), cast.case, *[(jpeg(size=(n + 8, 8)), f"{n}.jpg") for n in range(3)])
    assert response.status_code == 400
    assert "DATA_UPLOAD_MAX_NUMBER_FILES" in response.json()["detail"]
    assert not EvidenceImage.objects.exists()


def test_a_json_body_is_refused_as_unsupported_media(cast, client):
    response = logged_in(client, cast.bob).post(
        f"/api/cases/{cast.case.pk}/images/", {"file": "x"}, content_type="application/json"
    )
    assert response.status_code == 415
    assert "detail" in response.json()


def test_a_zip_members_original_downloads_under_its_last_name_part(cast, client):
    upload(logged_in(client, cast.bob), cast.case, (zip_of({"scene/day1/shot.jpg": jpeg()}), "evidence.zip"))
    image = EvidenceImage.objects.get()
    assert image.original_filename == "scene/day1/shot.jpg"
    response = client.get(f"/api/images/{image.pk}/original/")
    assert 'filename="shot.jpg"' in response["Content-Disposition"]


def test_the_api_download_carries_the_same_protective_headers_as_the_page(cast, client, image):
    response = logged_in(client, cast.carol).get(f"/api/images/{image.pk}/original/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["Content-Type"] == "application/octet-stream"
