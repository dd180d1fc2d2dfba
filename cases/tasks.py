"""Background analysis: through Celery when a broker is configured and answers, else in this
process; and the sweep that re-queues analyses left pending.

Where an analysis runs:

- a Celery worker, once the transaction that stored the image commits, when
  ``CELERY_BROKER_URL`` is set. Tasks are acknowledged late and requeued when their worker dies
  (``acks_late``, ``reject_on_worker_lost``), so a message can come twice: an image already
  analysed by the current engine is not analysed again (:func:`run_analysis`).
- this process's analysis thread (:data:`background`) when there is no broker, or when the broker
  does not answer: the caller waits for it at most ``wait`` seconds (a request passes
  ``ANALYSIS_WAIT_SECONDS``), so a web request never waits on analysis for longer, and the images
  not yet analysed then are answered ``pending``.
- the calling thread when nobody waits on an answer (``wait=None``: management commands), or when
  another thread could not see the image yet (the caller is inside a transaction, or the database
  is an in-memory SQLite, which a second connection would not share).

Whichever way it runs, an analysis that raises leaves the image ``failed`` with the error and
keeps everything already stored. Work that is lost anyway (a worker or web process killed, a
broker restarted without its queue) leaves images ``pending``: :func:`sweep_pending` re-queues
every image pending for longer than ``ANALYSIS_PENDING_AGE`` seconds. It runs from Celery beat
and when a worker starts (imgmeta_site/celery.py), or, without a broker, in the analysis thread of
each web process at its start and every ``ANALYSIS_SWEEP_INTERVAL`` seconds.
"""

import concurrent.futures
import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError, close_old_connections, connection, transaction
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from analysis import ENGINE_VERSION

from . import audit
from .errors import shown_error
from .models import AuditEvent, EvidenceImage, PixelProfile
from .thumbnails import make_thumbnail

log = logging.getLogger(__name__)

# Errors that may pass on their own (the database restarting): worth another try in a worker.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)
RETRY_DELAYS = (5, 30, 120)  # seconds before each retry


@shared_task(bind=True, max_retries=len(RETRY_DELAYS), acks_late=True, reject_on_worker_lost=True)
def analyse_image_task(self, image_id: int) -> None:
    """Analyse one stored image in a worker; an image deleted meanwhile is skipped."""
    image = EvidenceImage.objects.filter(pk=image_id).first()
    if image is None:
        return
    retries = self.request.retries
    try:
        run_analysis(image, may_raise_transient=retries < self.max_retries)
    except TRANSIENT_ERRORS as exc:
        raise self.retry(exc=exc, countdown=RETRY_DELAYS[retries]) from exc


@shared_task(acks_late=True, reject_on_worker_lost=True)
def pixels_task(image_id: int, job: str, argument: int | None = None) -> None:
    """One pixel job (:func:`cases.pixels.run_job`) in a worker."""
    from .pixels import run_job

    run_job(image_id, job, argument)


@shared_task
def sweep_pending_task() -> int:
    """:func:`sweep_pending` in a worker (Celery beat sends it every ``ANALYSIS_SWEEP_INTERVAL``)."""
    return sweep_pending()


def run_analysis(image: EvidenceImage, *, may_raise_transient: bool = False) -> None:
    """Analyse ``image`` in this process, then make its thumbnail; nothing is done for an image
    already ``done`` with an analysis by the current engine (a task delivered twice).

    Any error marks the image failed with it, except a transient database error when
    ``may_raise_transient`` (a worker that will retry), which is raised.
    """
    from .ingest import analyse_image

    if is_current(image):
        return
    try:
        result = analyse_image(image)
    except TRANSIENT_ERRORS as exc:
        if may_raise_transient:
            raise
        mark_failed(image, exc)
        return
    except Exception as exc:  # an engine bug or a time limit must not leave the image pending
        log.exception("analysis of image %s failed", image.pk)
        mark_failed(image, exc)
        return
    if result is not None:
        _make_thumbnail(image)
        from .pixels import request_profile

        request_profile(image)


def is_current(image: EvidenceImage) -> bool:
    """True when ``image`` is ``done`` and its latest analysis is by the current engine."""
    if image.status != EvidenceImage.Status.DONE:
        return False
    latest = image.analyses.order_by("-created_at", "-pk").values_list("engine_version", flat=True).first()
    return latest == ENGINE_VERSION


def mark_failed(image: EvidenceImage, exc: BaseException) -> None:
    """Record that the analysis of ``image`` stopped on ``exc``."""
    image.status, image.error = EvidenceImage.Status.FAILED, f"analysis failed: {shown_error(exc)}"
    EvidenceImage.objects.filter(pk=image.pk).update(status=image.status, error=image.error)


def _make_thumbnail(image: EvidenceImage) -> None:
    # The thumbnail is derived for display only; failing to store one says nothing about the evidence.
    try:
        make_thumbnail(image)
    except Exception:
        log.warning("thumbnail of image %s could not be made", image.pk, exc_info=True)
        _remove_unrecorded_thumbnail(image)


def _remove_unrecorded_thumbnail(image: EvidenceImage) -> None:
    """Remove what a failed thumbnail write left (a full disk leaves an empty file) unless the
    image's row refers to it."""
    name = image.thumbnail.field.generate_filename(image, "thumbnail.jpg")
    recorded = EvidenceImage.objects.filter(pk=image.pk).values_list("thumbnail", flat=True).first()
    storage = image.thumbnail.storage
    if name != recorded and storage.exists(name):
        storage.delete(name)


def schedule_analysis(image: EvidenceImage, *, wait: float | None = None) -> None:
    """:func:`schedule_analyses` for one image."""
    schedule_analyses([image], wait=wait)


def schedule_analyses(images: Sequence[EvidenceImage], *, wait: float | None = None) -> None:
    """Analyse ``images``: queued for a worker once the current transaction commits when a broker
    is configured, else in this process (see the module's docstring), waiting at most ``wait``
    seconds (None: until done). Each image object ends with its status and error as they are
    when this returns (``pending`` while queued or still being analysed)."""
    if not images:
        return
    if settings.CELERY_BROKER_URL:
        transaction.on_commit(lambda: _enqueue(images, wait))
    else:
        _in_process(images, wait)


def _enqueue(images: Sequence[EvidenceImage], wait: float | None) -> None:
    for sent, image in enumerate(images):
        try:
            analyse_image_task.delay(image.pk)
        except BrokerError:
            # Every other image would wait for the same retries: they all go to this process.
            log.warning("Celery broker unreachable; analysing %d images in this process", len(images) - sent)
            _in_process(images[sent:], wait)
            return


def _in_process(images: Sequence[EvidenceImage], wait: float | None) -> None:
    if wait is None or connection.in_atomic_block or not shares_database_with_threads():
        for image in images:
            run_analysis(image)
        return
    futures = [background.submit(image.pk) for image in images]
    concurrent.futures.wait(futures, timeout=wait)
    by_id = {image.pk: image for image in images}
    for pk, status, error in EvidenceImage.objects.filter(pk__in=by_id).values_list("pk", "status", "error"):
        by_id[pk].status, by_id[pk].error = status, error


def schedule_pixels(image_id: int, job: str, argument: int | None = None) -> None:
    """Run a pixel job (:func:`cases.pixels.run_job`) once the current transaction commits: in a
    Celery worker when a broker is configured and answers, else in this process's background thread,
    never waited on. Where that thread could not see the data (an in-memory SQLite database, or a
    transaction still open around the commit callbacks, as in a test) the job runs in the calling
    thread."""

    def start() -> None:
        if settings.CELERY_BROKER_URL:
            try:
                pixels_task.delay(image_id, job, argument)
                return
            except BrokerError:
                log.warning("Celery broker unreachable; pixel job %s of image %s runs in this process", job, image_id)
        # As for analyses: another thread sees the data only once it is committed (never, in a test's
        # transaction) and only on a database it can share.
        if shares_database_with_threads() and not connection.in_atomic_block:
            background.submit(image_id, _pixels_by_id, job, argument)
        else:
            _pixels_by_id(image_id, job, argument)

    transaction.on_commit(start)


def _pixels_by_id(image_id: int, job: str, argument: int | None) -> None:
    from .pixels import run_job

    run_job(image_id, job, argument)


def shares_database_with_threads() -> bool:
    """False for an in-memory SQLite database (tests): another thread's connection would open
    another database, or lock against this one, instead of sharing it."""
    return not (connection.vendor == "sqlite" and connection.is_in_memory_db())


class AnalysisThread:
    """One daemon thread per process that analyses images (and runs their pixel jobs) in the order
    submitted.

    Without a broker it also runs :func:`sweep_pending` when it starts and every
    ``ANALYSIS_SWEEP_INTERVAL`` seconds. The thread is a daemon: a process that stops leaves the
    images it had not analysed ``pending``, for the next sweep.
    """

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Callable[..., None], tuple, concurrent.futures.Future]] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the thread (once per process; later calls do nothing)."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="imgmeta-analysis", daemon=True)
                self._thread.start()

    def submit(self, image_id: int, job: Callable[..., None] | None = None, *args) -> concurrent.futures.Future:
        """Queue the analysis of image ``image_id`` (or ``job(image_id, *args)``); the future is done
        once it has run."""
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._jobs.put((job or _analyse_by_id, (image_id, *args), future))
        self.start()
        return future

    def join(self) -> None:
        """Wait until every analysis submitted so far has run."""
        self._jobs.join()

    def _run(self) -> None:
        sweeping = not settings.CELERY_BROKER_URL
        next_sweep = time.monotonic() if sweeping else float("inf")
        while True:
            if time.monotonic() >= next_sweep:
                self._guarded(sweep_pending)
                next_sweep = time.monotonic() + settings.ANALYSIS_SWEEP_INTERVAL
            try:
                job, args, future = self._jobs.get(timeout=max(0.0, min(next_sweep - time.monotonic(), 3600)))
            except queue.Empty:
                continue
            self._guarded(job, *args)
            future.set_result(None)
            self._jobs.task_done()

    @staticmethod
    def _guarded(job, *args) -> None:
        close_old_connections()  # a connection the database closed meanwhile is opened again
        try:
            job(*args)
        except Exception:  # the thread must outlive any one job; the image stays pending for the sweep
            log.exception("background analysis job %s%s failed", job.__name__, args)
        finally:
            close_old_connections()


def _analyse_by_id(image_id: int) -> None:
    image = EvidenceImage.objects.filter(pk=image_id).first()
    if image is not None:
        run_analysis(image)


background = AnalysisThread()


def start_background() -> None:
    """Start this process's analysis thread when there is no broker, so that it sweeps at once;
    called by the web server's entry points (imgmeta_site/asgi.py, wsgi.py)."""
    if not settings.CELERY_BROKER_URL:
        background.start()


def pending_since():
    """An expression for when an image went ``pending``: its latest ``reanalysed`` audit event
    (a re-analysis, or a re-queue by the sweep), else its upload."""
    requeued = AuditEvent.objects.filter(
        action=AuditEvent.Action.REANALYSED,
        target_type=EvidenceImage._meta.label,
        target_id=Cast(OuterRef("pk"), CharField()),
    ).order_by("-created_at", "-pk")
    return Coalesce(Subquery(requeued.values("created_at")[:1]), F("uploaded_at"))


def sweep_pending() -> int:
    """Re-queue (:func:`reanalyse`, audited with ``swept`` and ``pending_since``) every image that
    has been ``pending`` for more than ``ANALYSIS_PENDING_AGE`` seconds; returns how many. Pixel
    work pending as long is queued again too."""
    cutoff = timezone.now() - timedelta(seconds=settings.ANALYSIS_PENDING_AGE)
    stale = (
        EvidenceImage.objects.filter(status=EvidenceImage.Status.PENDING)
        .annotate(pending_since=pending_since())
        .filter(pending_since__lt=cutoff)
        .select_related("case")
        .order_by("pk")
    )
    count = 0
    for image in stale:
        log.warning("re-queueing image %s, pending since %s", image.pk, image.pending_since)
        reanalyse(image, swept=True, pending_since=image.pending_since.isoformat())
        count += 1
    _sweep_pending_pixels(cutoff)
    return count


def _sweep_pending_pixels(cutoff) -> None:
    """Queue again the pixel work pending since before ``cutoff`` (lost with a stopped process)."""
    from .pixels import request_profile

    for profile in PixelProfile.objects.filter(status=PixelProfile.Status.PENDING, updated_at__lt=cutoff):
        log.warning("re-queueing the pixel work of image %s", profile.image_id)
        request_profile(profile.image)


def reanalyse(image: EvidenceImage, request=None, **details) -> None:
    """Analyse ``image`` again with the current engine: it goes back to pending and the analysis
    is scheduled; earlier analyses are kept. The request is audited with the engine version,
    ``details`` and its ``outcome``: ``queued`` for a worker (or still running in this process
    when the request's wait ran out), else how the analysis in this process ended (``done``, or
    ``failed`` with the ``error``). ``image`` is left as it ended. A request waits at most
    ``ANALYSIS_WAIT_SECONDS``; without one (a command, the sweep) the analysis runs to its end."""
    image.status, image.error = EvidenceImage.Status.PENDING, ""
    image.save(update_fields=["status", "error"])
    schedule_analysis(image, wait=settings.ANALYSIS_WAIT_SECONDS if request is not None else None)
    image.refresh_from_db(fields=["status", "error"])
    outcome = {"outcome": "queued" if image.status == EvidenceImage.Status.PENDING else image.status}
    if image.status == EvidenceImage.Status.FAILED:
        outcome["error"] = image.error
    audit.record(
        request,
        AuditEvent.Action.REANALYSED,
        image,
        case=image.case,
        engine_version=ENGINE_VERSION,
        **details,
        **outcome,
    )
