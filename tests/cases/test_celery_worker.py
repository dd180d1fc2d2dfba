"""Analysis through a real Celery worker and a real Redis broker.

The worker runs in a thread of the test process (celery.contrib.testing), on a Celery app of its
own with a queue named for this run only, so concurrent test runs on one Redis never take each
other's tasks. The broker is ``IMGMETA_TEST_REDIS_URL`` (default redis://127.0.0.1:6379/15).
Each test queues its task first and starts the worker after, so the test database (SQLite in
memory by default) is never written by two threads at once. Without Redis the tests skip, or
fail under ``IMGMETA_REQUIRE_SERVICES=1`` (.ci/run).
"""

import os
import threading
import uuid

import pytest
import redis
from celery import Celery
from celery import signals as celery_signals
from celery.contrib.testing.worker import start_worker
from django.db import connections

from cases import ingest
from cases.models import Analysis, EvidenceImage
from imgmeta_site.celery import app as site_app
from tests.builders import jpeg
from tests.conftest import fixture_bytes
from tests.helpers import logged_in, named
from tests.services import unavailable

REDIS_URL = os.environ.get("IMGMETA_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
WAIT_SECONDS = 60

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def broker(settings):
    """A Celery app on the Redis broker, current for this test; ``settings.CELERY_BROKER_URL`` set."""
    server = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        server.ping()
    except redis.RedisError as exc:
        unavailable(f"Redis is not reachable at {REDIS_URL} ({exc})")
    queue = f"imgmeta-test-{uuid.uuid4().hex}"
    app = Celery("imgmeta-test", set_as_current=False)
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.update(
        broker_url=REDIS_URL,
        task_always_eager=False,
        task_default_queue=queue,
        worker_hijack_root_logger=False,
    )
    settings.CELERY_BROKER_URL = REDIS_URL
    app.set_current()
    try:
        yield app
    finally:
        # The queue is also this run's exchange (task_default_exchange follows the queue name).
        server.delete(queue, f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}")
        app.close()
        site_app.set_current()
        site_app.set_default()


def run_worker_until(app, finished: int) -> None:
    """Start a worker, wait until it has finished ``finished`` tasks, then stop it."""
    done = threading.Semaphore(0)

    def task_finished(**kwargs):
        connections.close_all()  # the worker thread's own connections, so the test database can go
        done.release()

    celery_signals.task_postrun.connect(task_finished, weak=False)
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
            for _ in range(finished):
                assert done.acquire(timeout=WAIT_SECONDS), f"the worker did not finish within {WAIT_SECONDS} s"
    finally:
        celery_signals.task_postrun.disconnect(task_finished)


def test_an_upload_is_analysed_by_a_worker_through_the_broker(broker, cast, client):
    upload = named(fixture_bytes("jpg/Canon_40D.jpg"), "Canon_40D.jpg")
    response = logged_in(client, cast.bob).post(f"/api/cases/{cast.case.pk}/images/", {"file": upload})
    assert response.status_code == 201
    image = EvidenceImage.objects.get()
    # Queued, not analysed in the request: the broker holds the task until a worker runs it.
    assert image.status == EvidenceImage.Status.PENDING
    assert not Analysis.objects.exists()

    run_worker_until(broker, finished=1)

    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.DONE, image.error
    analysis = image.analyses.get()
    assert analysis.report["file"]["sha256"] == image.sha256
    assert image.thumbnail


def test_a_failing_analysis_in_the_worker_marks_the_image_failed(broker, cast, monkeypatch):
    def engine_bug(data, filename=None):
        raise RuntimeError("engine bug")

    monkeypatch.setattr(ingest.analysis, "analyse", engine_bug)
    result = ingest.ingest_file(cast.case, cast.bob, "photo.jpg", jpeg())
    run_worker_until(broker, finished=1)

    result.image.refresh_from_db()
    assert result.image.status == EvidenceImage.Status.FAILED
    assert "RuntimeError: engine bug" in result.image.error
    assert result.image.stored_sha256() == result.image.sha256  # the original is kept
