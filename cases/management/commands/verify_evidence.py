"""``manage.py verify_evidence [--case REF]``: re-hash stored originals against their ingest sha256."""

from django.core.management.base import BaseCommand, CommandError

from cases.integrity import verify_case
from cases.models import Case


class Command(BaseCommand):
    help = (
        "Re-hash every stored original (of one case with --case) and compare it with the sha256 taken "
        "at ingest. Each original that fails is named, with whether its file is missing or its hash "
        "differs (both hashes shown). Each case checked gets an integrity_verified audit event. Exits 1 on any "
        "mismatch or missing original."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--case", metavar="REF", help="only the case with this reference")

    def handle(self, *args, case: str | None = None, **options) -> None:
        cases = Case.objects.order_by("reference")
        if case is not None:
            cases = cases.filter(reference=case)
            if not cases.exists():
                raise CommandError(f"No case with reference {case!r}")
        checked = mismatched = 0
        for each in cases:
            for check in verify_case(each):
                checked += 1
                if not check.ok:
                    mismatched += 1
                    self.stderr.write(
                        f"MISMATCH {each.reference}: image {check.image.pk} {check.image.original_filename!r} "
                        f"{check.describe()}"
                    )
        summary = (
            f"{checked} originals checked in {len(cases)} case{'' if len(cases) == 1 else 's'}, {mismatched} mismatched"
        )
        if mismatched:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
