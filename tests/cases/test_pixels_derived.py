"""Derived images of a case image (cases.pixels): computed after the analysis in the background, stored
once beside the original with their sha256, parameters and version, audited, never computed on page
view; the pixel findings stored as Finding rows of the latest analysis."""

import hashlib
from datetime import timedelta
from pathlib import Path

from django.urls import reverse
from django.utils import timezone
from PIL import Image

from analysis.pixels import PIXELS_VERSION
from cases import pixels
from cases.ingest import ingest_file
from cases.models import AuditEvent, DerivedImage, Finding, PixelProfile
from cases.tasks import reanalyse, sweep_pending
from tests.analysis.pixel_scenes import jpeg_bytes, scene
from tests.analysis.test_pixels_embedded import with_exif_thumbnail
from tests.helpers import logged_in

SIZE = (256, 192)


def analysed_with_pixels(cast, name: str, data: bytes, capture):
    """``data`` ingested into the cast's case with its pixel job run (the job waits for the commit)."""
    with capture(execute=True):
        image = ingest_file(cast.case, cast.bob, name, data).image
    return image


def kinds(image) -> set[tuple[str, str]]:
    return set(image.derived.values_list("kind", "key"))


def test_each_derived_image_is_stored_with_its_sha256_parameters_and_version(cast, django_capture_on_commit_callbacks):
    data = with_exif_thumbnail(scene(1, SIZE), scene(1, SIZE).resize((160, 120)))
    image = analysed_with_pixels(cast, "photo.jpg", data, django_capture_on_commit_callbacks)
    assert kinds(image) == {
        ("ela", "90"),
        ("noise", ""),
        ("view", ""),
        ("embedded", "IFD1:ThumbnailImage"),
        ("embedded_difference", "IFD1:ThumbnailImage"),
    }
    for derived in image.derived.all():
        stored = derived.file.open("rb").read()
        assert stored.startswith(b"\x89PNG")
        assert derived.sha256 == hashlib.sha256(stored).hexdigest() and derived.size == len(stored)
        assert derived.pixels_version == PIXELS_VERSION and derived.status == "done"
        assert derived.file.name.startswith(f"derived/{cast.case.pk}/{image.sha256}/")
    ela = image.derived.get(kind="ela")
    assert ela.parameters["quality"] == 90 and ela.parameters["max_side"] == 4096
    assert ela.statistics["blocks"] == [SIZE[1] // 8, SIZE[0] // 8]
    profile = PixelProfile.objects.get(image=image)
    assert profile.status == "done" and len(profile.phash) == 16 and len(profile.dhash) == 16


def test_each_derived_image_computed_is_in_the_audit_trail(cast, django_capture_on_commit_callbacks):
    image = analysed_with_pixels(cast, "photo.jpg", jpeg_bytes(scene(2, SIZE), 90), django_capture_on_commit_callbacks)
    events = AuditEvent.objects.filter(action=AuditEvent.Action.DERIVED_COMPUTED, case=cast.case)
    assert {(e.details["kind"], e.details["sha256"]) for e in events} == set(
        image.derived.values_list("kind", "sha256")
    )
    assert all(e.details["image"] == image.pk and e.details["pixels_version"] == PIXELS_VERSION for e in events)


def test_derived_images_are_computed_once(cast, django_capture_on_commit_callbacks):
    image = analysed_with_pixels(cast, "photo.jpg", jpeg_bytes(scene(3, SIZE), 90), django_capture_on_commit_callbacks)
    before = list(image.derived.values_list("pk", "sha256", "file"))
    events = AuditEvent.objects.filter(action=AuditEvent.Action.DERIVED_COMPUTED).count()
    pixels.run_job(image.pk, "profile")
    pixels.run_job(image.pk, "ela", 90)
    assert list(image.derived.values_list("pk", "sha256", "file")) == before
    assert AuditEvent.objects.filter(action=AuditEvent.Action.DERIVED_COMPUTED).count() == events


def test_the_pixel_job_waits_for_the_analysis_to_commit_and_is_not_run_inside_it(
    cast, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        image = ingest_file(cast.case, cast.bob, "photo.jpg", jpeg_bytes(scene(4, SIZE), 90)).image
    assert PixelProfile.objects.get(image=image).status == "pending" and not image.derived.exists()
    assert callbacks  # the job, queued for the commit
    for callback in callbacks:
        callback()
    assert PixelProfile.objects.get(image=image).status == "done"


def test_with_a_broker_the_pixel_job_goes_to_a_worker(cast, settings, monkeypatch, django_capture_on_commit_callbacks):
    image = ingest_file(cast.case, cast.bob, "photo.jpg", jpeg_bytes(scene(5, SIZE), 90)).image
    sent = []
    monkeypatch.setattr("cases.tasks.pixels_task.delay", lambda *args: sent.append(args))
    settings.CELERY_BROKER_URL = "redis://broker.invalid:6379/0"
    with django_capture_on_commit_callbacks(execute=True):
        pixels.request_profile(image)
    assert sent == [(image.pk, "profile", None)]
    assert not image.derived.exists()


def test_showing_the_page_computes_nothing(client, cast, django_capture_on_commit_callbacks):
    image = ingest_file(cast.case, cast.bob, "photo.jpg", jpeg_bytes(scene(6, SIZE), 90)).image
    with django_capture_on_commit_callbacks(execute=True):
        page = logged_in(client, cast.carol).get(reverse("cases:image", args=[cast.case.pk, image.pk]))
        page = client.get(reverse("cases:image", args=[cast.case.pk, image.pk]) + "?ela=75")
    assert b'id="pixels"' in page.content and b"Pending" in page.content
    assert not DerivedImage.objects.exists()
    assert PixelProfile.objects.get(image=image).status == "pending"


def test_a_thumbnail_of_another_picture_is_stored_as_a_finding_of_the_latest_analysis(
    cast, django_capture_on_commit_callbacks
):
    data = with_exif_thumbnail(scene(7, SIZE), scene(8, SIZE).resize((160, 120)))
    image = analysed_with_pixels(cast, "edited.jpg", data, django_capture_on_commit_callbacks)
    finding = Finding.objects.get(image=image, rule="thumbnail_content")
    assert finding.analysis == image.latest_analysis and finding.severity == "medium"
    where, value = finding.evidence[0]["where"], finding.evidence[0]["value"]
    assert where.startswith("IFD1:ThumbnailImage at offset")
    assert value["normalised_difference"] > value["threshold"]


def test_a_re_analysis_gets_the_pixel_findings_again_without_recomputing(cast, django_capture_on_commit_callbacks):
    data = with_exif_thumbnail(scene(9, SIZE), scene(10, SIZE).resize((160, 120)))
    image = analysed_with_pixels(cast, "edited.jpg", data, django_capture_on_commit_callbacks)
    derived = list(image.derived.values_list("pk", "sha256"))
    computed = PixelProfile.objects.get(image=image).updated_at
    with django_capture_on_commit_callbacks(execute=True):
        reanalyse(image)
    assert image.analyses.count() == 2
    assert Finding.objects.filter(analysis=image.latest_analysis, rule="thumbnail_content").count() == 1
    assert list(image.derived.values_list("pk", "sha256")) == derived
    assert PixelProfile.objects.get(image=image).updated_at == computed  # neither set pending nor recomputed


def test_pixel_work_left_pending_by_a_stopped_process_is_queued_again_by_the_sweep(
    cast, settings, django_capture_on_commit_callbacks
):
    image = ingest_file(cast.case, cast.bob, "photo.jpg", jpeg_bytes(scene(15, SIZE), 90)).image  # job never ran
    long_ago = timezone.now() - timedelta(seconds=settings.ANALYSIS_PENDING_AGE + 60)
    PixelProfile.objects.filter(image=image).update(updated_at=long_ago)
    with django_capture_on_commit_callbacks(execute=True):
        sweep_pending()
    assert PixelProfile.objects.get(image=image).status == "done" and image.derived.exists()


def test_a_matching_thumbnail_raises_no_pixel_finding(cast, django_capture_on_commit_callbacks):
    data = with_exif_thumbnail(scene(11, SIZE), scene(11, SIZE).resize((160, 120)))
    image = analysed_with_pixels(cast, "camera.jpg", data, django_capture_on_commit_callbacks)
    assert PixelProfile.objects.get(image=image).statistics["embedded"][0]["differs"] is False
    assert not Finding.objects.filter(image=image, rule__in=pixels.PIXEL_RULES).exists()


def test_a_camera_original_of_the_corpus_raises_nothing_from_its_pixels(
    cast, shared, django_capture_on_commit_callbacks
):
    data = (shared / "corpus/exif-samples/jpg/Canon_40D.jpg").read_bytes()
    image = analysed_with_pixels(cast, "Canon_40D.jpg", data, django_capture_on_commit_callbacks)
    assert PixelProfile.objects.get(image=image).status == "done"
    assert ("embedded", "IFD1:ThumbnailImage") in kinds(image)
    assert not Finding.objects.filter(image=image, rule__in=pixels.PIXEL_RULES).exists()


def test_a_picture_over_the_decompression_bomb_limit_is_not_decoded(
    cast, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    image = analysed_with_pixels(
        cast, "big.jpg", jpeg_bytes(scene(14, (64, 32)), 90), django_capture_on_commit_callbacks
    )
    profile = PixelProfile.objects.get(image=image)
    assert profile.status == "failed" and "decompression-bomb" in profile.error
    assert not image.derived.exists()


def test_an_altered_original_is_not_worked_on(cast, django_capture_on_commit_callbacks):
    image = ingest_file(cast.case, cast.bob, "photo.jpg", jpeg_bytes(scene(12, SIZE), 90)).image
    path = Path(image.file.path)
    path.write_bytes(path.read_bytes()[:-10] + b"\xff" * 10)
    pixels.run_job(image.pk, "profile")
    profile = PixelProfile.objects.get(image=image)
    assert profile.status == "failed" and "no longer matches its ingest sha256" in profile.error
    assert not image.derived.exists()


def test_deleting_the_image_removes_its_derived_files(client, cast, django_capture_on_commit_callbacks):
    image = analysed_with_pixels(cast, "photo.jpg", jpeg_bytes(scene(13, SIZE), 90), django_capture_on_commit_callbacks)
    files = [Path(d.file.path) for d in image.derived.all()]
    assert files and all(f.exists() for f in files)
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(client, cast.alice).post(reverse("cases:image_delete", args=[cast.case.pk, image.pk]))
    assert not any(f.exists() for f in files)
