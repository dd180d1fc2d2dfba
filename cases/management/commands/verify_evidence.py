"""``manage.py verify_evidence [--case REF]``: re-hash stored originals against their ingest sha256,
look for stored files that no image refers to, and check the custody chains of the audit trail."""

from collections import defaultdict

from django.core.management.base import BaseCommand, CommandError

from cases.chain import chain_key
from cases.integrity import chained_cases, check_custody, orphan_files, verify_case
from cases.models import Case, evidence_storage


class Command(BaseCommand):
    help = (
        "Re-hash every stored original (of one case with --case) and compare it with the sha256 taken "
        "at ingest. Each original that fails is named, with whether its file is missing or its hash "
        "differs (both hashes shown). Each stored file that no image refers to (an orphan, such as what a "
        "failed write leaves) is named with its size. Each case checked gets an integrity_verified audit "
        "event. The custody chain of each case (and, without --case, the site's chain and those of deleted "
        "cases) is checked link by link, and the first broken link named. Exits 1 on any mismatch, missing "
        "original, orphan or broken chain."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--case", metavar="REF", help="only the case with this reference")

    def handle(self, *args, case: str | None = None, **options) -> None:
        cases = Case.objects.order_by("reference")
        if case is not None:
            cases = cases.filter(reference=case)
            if not cases.exists():
                raise CommandError(f"No case with reference {case!r}")
        one = cases.get().pk if case is not None else None
        orphans = orphan_files(one)
        by_case = defaultdict(list)  # "originals/<case id>/<name>": the case id is the second part
        for name in orphans:
            by_case[name.split("/")[1]].append(name)
        checked = mismatched = 0
        chains = [check_custody(case_id) for case_id in ([one] if one is not None else chained_cases())]
        custody = {check.chain: check for check in chains}
        for each in cases:
            for check in verify_case(each, orphans=by_case[str(each.pk)], custody=custody.get(chain_key(each.pk))):
                checked += 1
                if not check.ok:
                    mismatched += 1
                    self.stderr.write(
                        f"MISMATCH {each.reference}: image {check.image.pk} {check.image.original_filename!r} "
                        f"{check.describe()}"
                    )
        for name in orphans:
            self.stderr.write(f"ORPHAN {name} ({self._size(name)}): no image refers to this stored file")
        broken = [check for check in chains if not check.ok]
        for check in broken:
            self.stderr.write(f"BROKEN {check.describe()}")
        summary = (
            f"{checked} originals checked in {len(cases)} case{'' if len(cases) == 1 else 's'}, {mismatched} mismatched"
            + (f", {len(orphans)} orphaned files" if orphans else "")
            + f"; {len(chains)} custody chain{'' if len(chains) == 1 else 's'} checked, {len(broken)} broken"
        )
        if mismatched or orphans or broken:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

    @staticmethod
    def _size(name: str) -> str:
        try:
            return f"{evidence_storage().size(name)} bytes"
        except OSError:
            return "size unknown"
