"""``manage.py reanalyse [--case REF] [--all]``: analyse images again after an engine upgrade."""

from django.core.management.base import BaseCommand, CommandError

from analysis import ENGINE_VERSION
from cases.models import Case, EvidenceImage
from cases.tasks import reanalyse


class Command(BaseCommand):
    help = (
        f"Analyse again, with the current engine ({ENGINE_VERSION}), every image whose latest analysis "
        "an older engine made, that has none, or whose analysis failed or never finished (status failed or "
        "pending); with --all, every image. Earlier analyses are kept; "
        "each image re-analysed gets a reanalysed audit event. With a Celery broker the analyses are queued."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--case", metavar="REF", help="only the images of the case with this reference")
        parser.add_argument(
            "--all", action="store_true", dest="every", help="every image, not only the stale, failed or pending ones"
        )

    def handle(self, *args, case: str | None = None, every: bool = False, **options) -> None:
        images = EvidenceImage.objects.select_related("case").order_by("pk")
        if case is not None:
            if not Case.objects.filter(reference=case).exists():
                raise CommandError(f"No case with reference {case!r}")
            images = images.filter(case__reference=case)
        count = failed = 0
        for image in images.iterator():
            latest = image.latest_analysis
            unfinished = image.status != EvidenceImage.Status.DONE
            if every or unfinished or latest is None or latest.is_stale():
                reanalyse(image, previous_engine=latest.engine_version if latest else None)
                count += 1
                if image.status == EvidenceImage.Status.FAILED:  # analysed in this process, without success
                    failed += 1
                    self.stderr.write(f"FAILED image {image.pk} {image.original_filename!r}: {image.error}")
        summary = f"{count} images re-analysed with engine {ENGINE_VERSION}"
        self.stdout.write(self.style.SUCCESS(summary + (f", {failed} failed" if failed else "")))
