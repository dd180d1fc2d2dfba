"""``manage.py expire_uploads``: remove the case uploads (cases.intake) not written to for
``RESUMABLE_UPLOAD_EXPIRY_HOURS``, with what they received; run it from cron, e.g. hourly."""

from django.core.management.base import BaseCommand

from cases.intake import expire_uploads


class Command(BaseCommand):
    help = "Remove expired resumable uploads and stale temporary upload files."

    def handle(self, *args, **options) -> None:
        removed = expire_uploads()
        self.stdout.write(f"{removed} expired upload{'s' * (removed != 1)} removed")
