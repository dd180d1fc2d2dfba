"""Background analysis: through Celery when a broker is configured, in-process otherwise.

Whichever way it runs, an analysis that raises leaves the image ``failed`` with the error and
keeps everything already stored; the image can be analysed again later.
"""

import logging

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError, transaction
from kombu.exceptions import OperationalError as BrokerError

from analysis import ENGINE_VERSION

from . import audit
from .errors import shown_error
from .models import AuditEvent, EvidenceImage
from .thumbnails import make_thumbnail

log = logging.getLogger(__name__)

# Errors that may pass on their own (the database restarting): worth another try in a worker.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)
RETRY_DELAYS = (5, 30, 120)  # seconds before each retry


@shared_task(bind=True, max_retries=len(RETRY_DELAYS))
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


def run_analysis(image: EvidenceImage, *, may_raise_transient: bool = False) -> None:
    """Analyse ``image`` in this process, then make its thumbnail.

    Any error marks the image failed with it, except a transient database error when
    ``may_raise_transient`` (a worker that will retry), which is raised.
    """
    from .ingest import analyse_image

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


def schedule_analysis(image: EvidenceImage) -> None:
    """Queue the analysis of ``image`` once the current transaction commits (Celery), or run
    it now in this process when no broker is configured (the embedded default). When the
    broker cannot be reached the analysis runs here instead, so an upload is never left
    waiting for a message that was not sent."""
    if settings.CELERY_BROKER_URL:
        transaction.on_commit(lambda: _enqueue(image))
    else:
        run_analysis(image)


def _enqueue(image: EvidenceImage) -> None:
    try:
        analyse_image_task.delay(image.pk)
    except BrokerError:
        log.warning("Celery broker unreachable; analysing image %s in this process", image.pk, exc_info=True)
        run_analysis(image)


def reanalyse(image: EvidenceImage, request=None, **details) -> None:
    """Analyse ``image`` again with the current engine: it goes back to pending and the analysis
    is scheduled; earlier analyses are kept. The request is audited with the engine version,
    ``details`` and its ``outcome``: ``queued`` for a worker, else how the analysis in this
    process ended (``done``, or ``failed`` with the ``error``). ``image`` is left as it ended."""
    image.status, image.error = EvidenceImage.Status.PENDING, ""
    image.save(update_fields=["status", "error"])
    schedule_analysis(image)
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
