"""The Celery application: configured from Django settings (the ``CELERY_`` names), tasks found
in each installed app's ``tasks.py``. Start a worker with ``celery -A imgmeta_site worker``, and
one beat (``celery -A imgmeta_site beat``, or ``worker -B`` on one worker only) for the sweep that
re-queues analyses left pending (``CELERY_BEAT_SCHEDULE``). Each worker also asks for a sweep
when it starts, so that work lost by the worker it replaces is picked up without waiting."""

import os

from celery import Celery, signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imgmeta_site.settings")

app = Celery("imgmeta_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@signals.worker_ready.connect
def sweep_when_a_worker_starts(sender=None, **kwargs) -> None:
    """Queue one :func:`cases.tasks.sweep_pending_task` when a worker is ready."""
    from cases.tasks import sweep_pending_task

    sweep_pending_task.delay()
