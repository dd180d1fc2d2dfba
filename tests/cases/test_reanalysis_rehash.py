"""Re-analysis re-hashes the original first: an original that no longer matches its ingest
sha256 is not analysed, the image is marked altered, the page says so and the attempt is audited."""

import hashlib
import os

import pytest
from django.urls import reverse

from cases import ingest, tasks
from cases.models import AuditEvent, EvidenceImage
from tests.builders import jpeg
from tests.helpers import logged_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def altered(cast) -> tuple[EvidenceImage, str]:
    """An analysed image whose stored original was then changed; with its sha256 now."""
    image = ingest.ingest_file(cast.case, cast.bob, "photo.jpg", jpeg()).image
    with open(image.file.path, "r+b") as stored:
        stored.seek(-3, os.SEEK_END)
        stored.write(b"\x00\x00\x00")
    with open(image.file.path, "rb") as stored:
        return image, hashlib.sha256(stored.read()).hexdigest()


def test_reanalysing_an_altered_original_does_not_analyse_it_and_marks_it_altered(cast, client, altered):
    image, now = altered
    response = logged_in(client, cast.bob).post(reverse("cases:reanalyse", args=[cast.case.pk, image.pk]))
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.FAILED
    assert image.error == f"altered: hash differs: sha256 now {now}, at ingest {image.sha256}; not analysed"
    assert image.analyses.count() == 1  # the analysis made at ingest, none of the altered bytes


def test_the_refused_attempt_is_audited_with_both_hashes(cast, client, altered):
    image, now = altered
    logged_in(client, cast.bob).post(reverse("cases:reanalyse", args=[cast.case.pk, image.pk]))
    check = AuditEvent.objects.get(action=AuditEvent.Action.INTEGRITY_VERIFIED)
    assert (check.target_id, check.case, check.details["during"]) == (str(image.pk), cast.case, "analysis")
    assert check.details["mismatched"] == [
        {
            "image": image.pk,
            "filename": "photo.jpg",
            "sha256": image.sha256,
            "problem": "hash differs",
            "stored_sha256": now,
        }
    ]
    request = AuditEvent.objects.get(action=AuditEvent.Action.REANALYSED)
    assert (request.actor, request.details["outcome"]) == (cast.bob, "failed")
    assert request.details["error"].startswith("altered: hash differs")


def test_the_image_page_says_the_original_was_altered(cast, client, altered):
    image, now = altered
    tasks.reanalyse(image)
    page = logged_in(client, cast.bob).get(image.get_absolute_url()).content.decode()
    assert f"altered: hash differs: sha256 now {now}" in page


def test_a_worker_refuses_an_altered_original_too(cast, altered):
    image, _ = altered
    EvidenceImage.objects.filter(pk=image.pk).update(status=EvidenceImage.Status.PENDING)
    tasks.analyse_image_task.apply(args=[image.pk])
    image.refresh_from_db()
    assert image.error.startswith("altered: ")
    assert image.analyses.count() == 1


def test_an_intact_original_is_analysed_again(cast):
    image = ingest.ingest_file(cast.case, cast.bob, "photo.jpg", jpeg()).image
    tasks.reanalyse(image)
    assert (image.status, image.analyses.count()) == (EvidenceImage.Status.DONE, 2)
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.INTEGRITY_VERIFIED).exists()
