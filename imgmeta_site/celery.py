"""The Celery application: configured from Django settings (the ``CELERY_`` names), tasks found
in each installed app's ``tasks.py``. Start a worker with ``celery -A imgmeta_site worker``."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imgmeta_site.settings")

app = Celery("imgmeta_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
