"""``manage.py verify_evidence [--case REF]``: re-hash stored originals against their ingest sha256,
and look for stored files that no image refers to."""

from collections import defaultdict

from django.core.management.base import BaseCommand, CommandError

from cases.integrity import orphan_files, verify_case
from cases.models import Case, evidence_storage


class Command(BaseCommand):
    help = (
        "Re-hash every stored original (of one case with --case) and compare it with the sha256 taken "
        "at ingest. Each original that fails is named, with whether its file is missing or its hash "
        "differs (both hashes shown). Each stored file that no image refers to (an orphan, such as what a "
        "failed write leaves) is named with its size. Each case checked gets an integrity_verified audit "
        "event. Exits 1 on any mismatch, missing original or orphan."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--case", metavar="REF", help="only the case with this reference")

    def handle(self, *args, case: str | None = None, **options) -> None:
        cases = Case.objects.order_by("reference")
        if case is not None:
            cases = cases.filter(reference=case)
            if not cases.exists():
                raise CommandError(f"No case with reference {case!r}")
        orphans = orphan_files(cases.get().pk if case is not None else None)
        by_case = defaultdict(list)  # "originals/<case id>/<name>": the case id is the second part
        for name in orphans:
            by_case[name.split("/")[1]].append(name)
        checked = mismatched = 0
        for each in cases:
            for check in verify_case(each, orphans=by_case[str(each.pk)]):
                checked += 1
                if not check.ok:
                    mismatched += 1
                    self.stderr.write(
                        f"MISMATCH {each.reference}: image {check.image.pk} {check.image.original_filename!r} "
                        f"{check.describe()}"
                    )
        for name in orphans:
            self.stderr.write(f"ORPHAN {name} ({self._size(name)}): no image refers to this stored file")
        summary = (
            f"{checked} originals checked in {len(cases)} case{'' if len(cases) == 1 else 's'}, {mismatched} mismatched"
            + (f", {len(orphans)} orphaned files" if orphans else "")
        )
        if mismatched or orphans:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

    @staticmethod
    def _size(name: str) -> str:
        try:
            return f"{evidence_storage().size(name)} bytes"
        except OSError:
            return "size unknown"
