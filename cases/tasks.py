"""Background analysis: through Celery when a broker is configured, in-process otherwise."""

from celery import shared_task
from django.conf import settings
from django.db import transaction

from .models import EvidenceImage


@shared_task(acks_late=True)
def analyse_image_task(image_id: int) -> None:
    from .ingest import analyse_image

    image = EvidenceImage.objects.filter(pk=image_id).first()
    if image is not None:
        analyse_image(image)


def schedule_analysis(image: EvidenceImage) -> None:
    """Queue the analysis of ``image`` once the current transaction commits (Celery), or run
    it now in this process when no broker is configured (the embedded default)."""
    if settings.CELERY_BROKER_URL:
        transaction.on_commit(lambda: analyse_image_task.delay(image.pk))
    else:
        from .ingest import analyse_image

        analyse_image(image)
