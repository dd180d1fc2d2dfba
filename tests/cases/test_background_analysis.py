"""Background analysis heals itself and never holds an upload: the sweep re-queues work left
pending, a task delivered twice does not analyse twice, and with no broker answering every ZIP
member is stored first and the answer comes within ANALYSIS_WAIT_SECONDS while this process's
analysis thread works on."""

import socket
import threading
import time
from datetime import timedelta

import pytest
from celery import Celery
from django.urls import reverse
from django.utils import timezone

from analysis import ENGINE_VERSION
from cases import audit, ingest, tasks
from cases.models import AuditEvent, EvidenceImage
from imgmeta_site import celery as site_celery
from tests.builders import jpeg
from tests.helpers import logged_in, named, photo, zip_of

AGE = 600


def left_pending(cast, *, since_seconds: float, shade: int = 0) -> EvidenceImage:
    """A stored image whose analysis never ran, uploaded ``since_seconds`` ago."""
    image = ingest.ingest_file(cast.case, cast.bob, f"p{shade}.jpg", photo(shade=shade)).image
    image.analyses.all().delete()
    uploaded = timezone.now() - timedelta(seconds=since_seconds)
    EvidenceImage.objects.filter(pk=image.pk).update(status=EvidenceImage.Status.PENDING, uploaded_at=uploaded)
    return image


@pytest.fixture
def age(settings):
    settings.ANALYSIS_PENDING_AGE = AGE
    return AGE


# The sweep


@pytest.mark.django_db
def test_the_sweep_analyses_an_image_pending_for_longer_than_the_age_and_audits_it(cast, age):
    image = left_pending(cast, since_seconds=age + 60)
    assert tasks.sweep_pending() == 1
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.DONE
    assert image.analyses.get().engine_version == ENGINE_VERSION
    event = AuditEvent.objects.get(action=AuditEvent.Action.REANALYSED)
    assert (event.actor, event.target_id, event.details["swept"], event.details["outcome"]) == (
        None,
        str(image.pk),
        True,
        "done",
    )
    assert event.details["pending_since"] == EvidenceImage.objects.get(pk=image.pk).uploaded_at.isoformat()


@pytest.mark.django_db
def test_the_sweep_leaves_work_pending_for_less_than_the_age(cast, age):
    image = left_pending(cast, since_seconds=age - 60)
    assert tasks.sweep_pending() == 0
    assert EvidenceImage.objects.get(pk=image.pk).status == EvidenceImage.Status.PENDING


@pytest.mark.django_db
def test_the_sweep_counts_the_age_from_the_last_requeue_not_the_upload(cast, age):
    image = left_pending(cast, since_seconds=age * 10)
    audit.record(None, AuditEvent.Action.REANALYSED, image, case=cast.case, outcome="queued")  # re-queued just now
    assert tasks.sweep_pending() == 0


@pytest.mark.django_db
def test_with_a_broker_the_sweep_queues_the_work_for_a_worker(
    cast, age, settings, monkeypatch, django_capture_on_commit_callbacks
):
    image = left_pending(cast, since_seconds=age + 60)
    settings.CELERY_BROKER_URL = "redis://broker.invalid:6379/0"
    queued = []
    monkeypatch.setattr(tasks.analyse_image_task, "delay", queued.append)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.sweep_pending() == 1
    assert queued == [image.pk]
    assert AuditEvent.objects.get(action=AuditEvent.Action.REANALYSED).details["outcome"] == "queued"


def test_celery_beat_runs_the_sweep_every_interval(settings):
    [entry] = settings.CELERY_BEAT_SCHEDULE.values()
    assert entry == {"task": "cases.tasks.sweep_pending_task", "schedule": settings.ANALYSIS_SWEEP_INTERVAL}
    assert entry["task"] in site_celery.app.tasks


def test_a_worker_that_starts_queues_a_sweep(monkeypatch):
    sent = []
    monkeypatch.setattr(tasks.sweep_pending_task, "delay", lambda: sent.append("sweep"))
    site_celery.sweep_when_a_worker_starts()
    assert sent == ["sweep"]


# Idempotent tasks


@pytest.mark.django_db
def test_a_task_delivered_again_after_the_analysis_does_not_analyse_twice(cast):
    image = ingest.ingest_file(cast.case, cast.bob, "photo.jpg", jpeg()).image
    assert tasks.analyse_image_task.apply(args=[image.pk]).successful()
    assert image.analyses.count() == 1


@pytest.mark.django_db
def test_a_task_for_an_image_analysed_by_an_older_engine_analyses_it(cast):
    image = ingest.ingest_file(cast.case, cast.bob, "photo.jpg", jpeg()).image
    image.analyses.update(engine_version="0.0.0-old")
    tasks.analyse_image_task.apply(args=[image.pk])
    assert image.latest_analysis.engine_version == ENGINE_VERSION


# No broker answering: store everything, answer within the wait, analyse after


@pytest.fixture
def analysis_thread(monkeypatch, settings):
    """This process's analysis thread as a web server runs it (the test database is in memory,
    where analyses would otherwise run in the caller), its analyses held until released; a
    thread of its own for this test, which never sweeps after its start."""
    settings.ANALYSIS_SWEEP_INTERVAL = 10**6
    monkeypatch.setattr(tasks, "shares_database_with_threads", lambda: True)
    monkeypatch.setattr(tasks, "background", tasks.AnalysisThread())
    released = threading.Event()
    engine = ingest.analysis.analyse

    def held(data, filename=None):
        assert released.wait(60), "the test never released the analyses"
        return engine(data, filename)

    monkeypatch.setattr(ingest.analysis, "analyse", held)
    yield released
    released.set()
    tasks.background.join()


@pytest.fixture
def dead_broker(settings):
    """A Celery app, current for this test, whose broker is a closed port on this machine."""
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    url = f"redis://127.0.0.1:{port}/0"
    app = Celery("imgmeta-dead-broker", set_as_current=False)
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.update(broker_url=url, task_always_eager=False)
    settings.CELERY_BROKER_URL = url
    app.set_current()
    yield url
    app.close()
    site_celery.app.set_current()
    site_celery.app.set_default()


@pytest.mark.django_db(transaction=True)
def test_with_the_broker_down_a_zip_is_stored_whole_and_answered_within_the_wait(
    cast, client, settings, dead_broker, analysis_thread
):
    settings.ANALYSIS_WAIT_SECONDS = 1
    members = {f"m{i:02d}.jpg": jpeg(size=(8 + i, 8)) for i in range(25)}
    started = time.monotonic()
    response = logged_in(client, cast.bob).post(
        reverse("cases:upload", args=[cast.case.pk]),
        {"files": named(zip_of(members), "many.zip")},
        headers={"Accept": "application/json"},
    )
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["outcome"] for r in results] == ["stored"] * 25
    assert {r["image"]["status"] for r in results} == {"pending"}  # answered without waiting for them
    assert elapsed < 10, f"the answer took {elapsed:.1f} s"
    assert cast.case.images.count() == 25

    analysis_thread.set()
    tasks.background.join()
    assert set(cast.case.images.values_list("status", flat=True)) == {EvidenceImage.Status.DONE}


@pytest.mark.django_db(transaction=True)
def test_without_a_broker_an_upload_waits_on_its_analysis_at_most_the_wait(cast, client, settings, analysis_thread):
    settings.ANALYSIS_WAIT_SECONDS = 0.5
    started = time.monotonic()
    response = logged_in(client, cast.bob).post(
        f"/api/cases/{cast.case.pk}/images/", {"file": named(photo(), "held.jpg")}
    )
    elapsed = time.monotonic() - started
    assert response.status_code == 201
    assert response.json()["results"][0]["image"]["status"] == "pending"
    assert 0.5 <= elapsed < 5

    analysis_thread.set()
    tasks.background.join()
    assert EvidenceImage.objects.get().status == EvidenceImage.Status.DONE


@pytest.mark.django_db(transaction=True)
def test_an_analysis_that_ends_within_the_wait_is_answered_done(cast, client, settings, analysis_thread):
    analysis_thread.set()
    response = logged_in(client, cast.bob).post(
        f"/api/cases/{cast.case.pk}/images/", {"file": named(photo(), "quick.jpg")}
    )
    assert response.json()["results"][0]["image"]["status"] == "done"


@pytest.mark.django_db(transaction=True)
def test_the_analysis_thread_sweeps_when_it_starts(cast, settings, monkeypatch):
    settings.ANALYSIS_SWEEP_INTERVAL = 10**6
    settings.ANALYSIS_PENDING_AGE = AGE
    image = left_pending(cast, since_seconds=AGE + 60)
    monkeypatch.setattr(tasks, "background", tasks.AnalysisThread())
    tasks.start_background()
    tasks.background.submit(0)  # no such image: done once the start-up sweep before it is
    tasks.background.join()
    assert EvidenceImage.objects.get(pk=image.pk).status == EvidenceImage.Status.DONE


def test_two_runs_of_one_image_at_once_store_one_analysis(cast, monkeypatch):
    # A task delivered twice: the second run's engine call is overtaken by a whole first run.
    image = left_pending(cast, since_seconds=0, shade=3)
    engine = ingest.analysis.analyse
    overtaken = []

    def slow_engine(*args, **kwargs):
        if not overtaken:
            overtaken.append(None)  # the first run, started inside the second, runs the engine itself
            overtaken[0] = ingest.analyse_image(EvidenceImage.objects.get(pk=image.pk))
        return engine(*args, **kwargs)

    monkeypatch.setattr(ingest.analysis, "analyse", slow_engine)
    second = ingest.analyse_image(image)
    assert image.analyses.count() == 1 and second == overtaken[0]
    assert image.status == EvidenceImage.Status.DONE
