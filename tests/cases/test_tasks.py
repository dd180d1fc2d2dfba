"""Scheduling analysis: in-process without a broker (the embedded default), through Celery with
one; a failing analysis marks the image failed and loses nothing. The real worker and broker
are in test_celery_worker.py."""

import os

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError
from kombu.exceptions import OperationalError as BrokerError

from analysis import ENGINE_VERSION
from cases import ingest, tasks
from cases.models import Analysis, AuditEvent, EvidenceImage
from tests.builders import jpeg
from tests.cases.fake_reading import PROVES, legacy_report, made_with, use_fake_reading
from tests.helpers import make_case

pytestmark = pytest.mark.django_db


def stored(cast) -> EvidenceImage:
    return ingest.ingest_file(cast.case, cast.bob, "photo.jpg", jpeg()).image


def left_pending(cast) -> EvidenceImage:
    """A stored image whose analysis has not run (as a worker finds it)."""
    image = stored(cast)
    image.analyses.all().delete()
    EvidenceImage.objects.filter(pk=image.pk).update(status=EvidenceImage.Status.PENDING)
    return image


def test_without_a_broker_an_upload_is_analysed_in_the_request_with_its_thumbnail(cast, settings):
    assert not settings.CELERY_BROKER_URL
    image = stored(cast)
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.DONE
    assert image.analyses.get().engine_version == ENGINE_VERSION
    assert image.thumbnail


def test_an_analysis_that_raises_marks_the_image_failed_and_keeps_the_original(cast, monkeypatch):
    def engine_bug(data, filename=None):
        raise ValueError("unexpected structure")

    monkeypatch.setattr(ingest.analysis, "analyse", engine_bug)
    image = stored(cast)
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.FAILED
    assert image.error == "analysis failed: ValueError: unexpected structure"
    assert not Analysis.objects.exists()
    assert image.stored_sha256() == image.sha256


def test_a_missing_original_fails_the_analysis_without_naming_the_server_path(cast, evidence_dir):
    image = EvidenceImage.objects.get(pk=stored(cast).pk)
    os.remove(image.file.path)
    ingest.analyse_image(image)
    image.refresh_from_db()
    assert (image.status, image.error) == (EvidenceImage.Status.FAILED, ingest.MISSING_ORIGINAL)
    assert str(evidence_dir) not in image.error and image.sha256 not in image.error


def test_an_unreadable_original_is_reported_by_its_reason_only(cast, monkeypatch):
    image = stored(cast)

    def refused(self, mode="rb"):
        raise PermissionError(13, "Permission denied", "/srv/imgmeta/var/evidence/originals/1/abc")

    monkeypatch.setattr(type(image.file), "open", refused)
    ingest.analyse_image(image)
    assert image.error == "the stored original could not be read (PermissionError: Permission denied)"


def test_an_os_error_during_analysis_is_recorded_without_its_file_name(cast, monkeypatch):
    def engine_os_error(data, filename=None):
        raise FileNotFoundError(2, "No such file or directory", "/srv/imgmeta/var/cache/x")

    monkeypatch.setattr(ingest.analysis, "analyse", engine_os_error)
    image = stored(cast)
    image.refresh_from_db()
    assert image.error == "analysis failed: FileNotFoundError: No such file or directory"


def test_a_thumbnail_that_cannot_be_made_does_not_fail_the_analysis(cast, monkeypatch):
    def broken(image):
        raise OSError("disk full")

    monkeypatch.setattr(tasks, "make_thumbnail", broken)
    image = stored(cast)
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.DONE


def test_with_a_broker_the_analysis_is_queued_once_the_upload_commits(
    cast, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.CELERY_BROKER_URL = "redis://broker.invalid:6379/0"
    queued = []
    monkeypatch.setattr(tasks.analyse_image_task, "delay", queued.append)
    with django_capture_on_commit_callbacks() as callbacks:
        image = stored(cast)
    assert queued == []  # nothing is sent before the image row is committed
    for callback in callbacks:
        callback()
    assert queued == [image.pk]
    assert EvidenceImage.objects.get(pk=image.pk).status == EvidenceImage.Status.PENDING


def test_an_unreachable_broker_falls_back_to_analysing_in_process(
    cast, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.CELERY_BROKER_URL = "redis://broker.invalid:6379/0"

    def unreachable(image_id):
        raise BrokerError("connection refused")

    monkeypatch.setattr(tasks.analyse_image_task, "delay", unreachable)
    with django_capture_on_commit_callbacks(execute=True):
        image = stored(cast)
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.DONE


def test_the_task_retries_a_transient_database_error(cast, monkeypatch):
    image = left_pending(cast)
    real = ingest.analyse_image
    calls = []

    def flaky(image):
        calls.append(image.pk)
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return real(image)

    monkeypatch.setattr(ingest, "analyse_image", flaky)
    tasks.analyse_image_task.apply(args=[image.pk])  # eager: a retry runs at once
    assert calls == [image.pk, image.pk]
    assert EvidenceImage.objects.get(pk=image.pk).status == EvidenceImage.Status.DONE


def test_the_task_marks_the_image_failed_when_retries_run_out(cast, monkeypatch):
    image = left_pending(cast)
    calls = []

    def down(image):
        calls.append(image.pk)
        raise OperationalError("database is down")

    monkeypatch.setattr(ingest, "analyse_image", down)
    tasks.analyse_image_task.apply(args=[image.pk])  # eager: the retries run at once
    assert len(calls) == 1 + len(tasks.RETRY_DELAYS)
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.FAILED
    assert image.error == "analysis failed: OperationalError: database is down"


def test_the_task_skips_an_image_deleted_meanwhile(cast):
    assert tasks.analyse_image_task.apply(args=[987654]).successful()


# manage.py reanalyse


def test_reanalyse_runs_the_current_engine_on_stale_images_only(cast, capsys):
    stale, fresh = stored(cast), ingest.ingest_file(cast.case, cast.bob, "b.jpg", jpeg(size=(9, 9))).image
    stale.analyses.update(engine_version="0.0.0-old")
    call_command("reanalyse")
    assert "1 images re-analysed" in capsys.readouterr().out
    assert stale.latest_analysis.engine_version == ENGINE_VERSION
    assert stale.analyses.count() == 2
    assert fresh.analyses.count() == 1
    event = AuditEvent.objects.get(action=AuditEvent.Action.REANALYSED)
    assert (event.actor, event.target_id, event.details) == (
        None,
        str(stale.pk),
        {"engine_version": ENGINE_VERSION, "previous_engine": "0.0.0-old", "outcome": "done"},
    )


def test_reanalyse_brings_old_engine_images_to_current(cast, monkeypatch, capsys):
    use_fake_reading(monkeypatch)
    image = ingest.ingest_file(cast.case, cast.bob, "edited.jpg", made_with("GIMP 2.10")).image
    image.analyses.all().delete()  # as stored before engine 0.2.0: a keyword verdict, no reading
    old = Analysis.objects.create(image=image, engine_version="0.1.0", report=legacy_report())
    assert not old.is_read
    call_command("reanalyse")
    assert "1 images re-analysed" in capsys.readouterr().out
    latest = image.latest_analysis
    assert latest.engine_version == ENGINE_VERSION != old.engine_version
    assert (latest.is_read, latest.rules_run, latest.highest_severity) == (True, 1, "medium")
    assert latest.software_names == ["GIMP 2.10"]
    assert [finding.proves for finding in latest.findings.all()] == [PROVES]
    assert "verdict" not in latest.report["analysis"]
    call_command("reanalyse")
    assert "0 images re-analysed" in capsys.readouterr().out  # now current: not picked again


def test_reanalyse_retries_a_failed_image_once_its_original_is_restored(cast, capsys):
    image = stored(cast)
    data = image.file.open("rb").read()
    os.remove(image.file.path)
    call_command("reanalyse", "--all")
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.FAILED
    capsys.readouterr()
    with open(image.file.path, "wb") as restored:
        restored.write(data)
    call_command("reanalyse")
    assert "1 images re-analysed" in capsys.readouterr().out
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.DONE


def test_reanalyse_retries_an_image_left_pending(cast, capsys):
    image = stored(cast)
    EvidenceImage.objects.filter(pk=image.pk).update(status=EvidenceImage.Status.PENDING)
    call_command("reanalyse")
    assert "1 images re-analysed" in capsys.readouterr().out
    assert image.analyses.count() == 2


def test_reanalyse_says_which_images_failed_again(cast, capsys):
    image = stored(cast)
    os.remove(image.file.path)
    call_command("reanalyse", "--all")
    out, err = capsys.readouterr()
    assert f"1 images re-analysed with engine {ENGINE_VERSION}, 1 failed" in out
    assert f"FAILED image {image.pk} 'photo.jpg': {ingest.MISSING_ORIGINAL}" in err


def test_reanalyse_all_of_one_case(cast):
    image = stored(cast)
    other = make_case(cast.dave, reference="DAVE-1")
    theirs = ingest.ingest_file(other, cast.dave, "d.jpg", jpeg()).image
    call_command("reanalyse", "--all", "--case", cast.case.reference)
    assert image.analyses.count() == 2
    assert theirs.analyses.count() == 1


def test_reanalyse_refuses_an_unknown_case(cast):
    with pytest.raises(CommandError, match="No case with reference 'NOPE'"):
        call_command("reanalyse", "--case", "NOPE")
