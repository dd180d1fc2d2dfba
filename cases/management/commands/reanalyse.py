"""``manage.py reanalyse [--case REF] [--all]``: analyse images again after an engine upgrade."""

from django.core.management.base import BaseCommand, CommandError

from analysis import ENGINE_VERSION
from cases.models import Case, EvidenceImage
from cases.tasks import reanalyse


class Command(BaseCommand):
    help = (
        f"Analyse again, with the current engine ({ENGINE_VERSION}), every image whose latest analysis "
        "an older engine made, or that has none; with --all, every image. Earlier analyses are kept; "
        "each image re-analysed gets a reanalysed audit event. With a Celery broker the analyses are queued."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--case", metavar="REF", help="only the images of the case with this reference")
        parser.add_argument("--all", action="store_true", dest="every", help="every image, not only the stale ones")

    def handle(self, *args, case: str | None = None, every: bool = False, **options) -> None:
        images = EvidenceImage.objects.select_related("case").order_by("pk")
        if case is not None:
            if not Case.objects.filter(reference=case).exists():
                raise CommandError(f"No case with reference {case!r}")
            images = images.filter(case__reference=case)
        count = 0
        for image in images.iterator():
            latest = image.latest_analysis
            if every or latest is None or latest.is_stale():
                reanalyse(image, previous_engine=latest.engine_version if latest else None)
                count += 1
        self.stdout.write(self.style.SUCCESS(f"{count} images re-analysed with engine {ENGINE_VERSION}"))
