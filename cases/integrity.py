"""Integrity of stored evidence: each original re-hashed against the sha256 taken at ingest, and
the custody chains of the audit trail checked link by link (:mod:`cases.chain`)."""

from collections.abc import Iterator
from dataclasses import dataclass

from . import audit, chain
from .models import AuditEvent, Case, ChainHead, EvidenceImage, evidence_storage

# The storage folders of originals and thumbnails, one subfolder per case id (see
# cases.models.original_path and thumbnail_path).
STORED_FOLDERS = ("originals", "thumbnails")

MISSING, CHANGED = "file missing", "hash differs"


@dataclass(frozen=True)
class IntegrityCheck:
    """One original re-hashed. ``problem`` is empty when it still hashes to its ingest sha256,
    else :data:`MISSING`, :data:`CHANGED` or ``file unreadable (<error type>)``;
    ``stored_sha256`` is what the stored file hashes to now (None when it could not be read)."""

    image: EvidenceImage
    stored_sha256: str | None
    problem: str

    @property
    def ok(self) -> bool:
        return not self.problem

    def as_details(self) -> dict:
        """The audit-event details of this check: image id, name, ingest sha256, problem and
        the sha256 the stored file has now."""
        return {
            "image": self.image.pk,
            "filename": self.image.original_filename,
            "sha256": self.image.sha256,
            "problem": self.problem,
            "stored_sha256": self.stored_sha256,
        }

    def describe(self) -> str:
        """The problem with both hashes where there are two, e.g. ``hash differs: sha256 now …,
        at ingest …``; empty when intact."""
        if self.ok:
            return ""
        if self.stored_sha256 is None:
            return f"{self.problem} (sha256 at ingest {self.image.sha256})"
        return f"{self.problem}: sha256 now {self.stored_sha256}, at ingest {self.image.sha256}"


def check_image(image: EvidenceImage) -> IntegrityCheck:
    """Re-hash the stored original of ``image`` (streamed) against its ingest sha256."""
    try:
        stored = image.stored_sha256()
    except FileNotFoundError:
        return IntegrityCheck(image, None, MISSING)
    except OSError as exc:  # its type only: an OSError's text names the path on the server
        return IntegrityCheck(image, None, f"file unreadable ({type(exc).__name__})")
    return IntegrityCheck(image, stored, "" if stored == image.sha256 else CHANGED)


def verify_case(
    case: Case, request=None, orphans: list[str] | None = None, custody: chain.ChainCheck | None = None
) -> list[IntegrityCheck]:
    """Re-hash every stored original of ``case`` and compare it with its ingest sha256.

    Returns one :class:`IntegrityCheck` per image in upload order. Records one
    ``integrity_verified`` AuditEvent (``request`` None: a system action) with the count checked,
    for each image that failed its ``problem`` (see :class:`IntegrityCheck`) and hashes, the
    ``orphans`` found in the case's folders when they were looked for (see :func:`orphan_files`),
    and the check of the case's ``custody`` chain when it was made (see :func:`check_custody`).
    """
    results = [check_image(image) for image in case.images.all()]
    looked_for = {"orphans": orphans} if orphans is not None else {}
    if custody is not None:
        looked_for["custody"] = custody.as_details()
    audit.record(
        request,
        AuditEvent.Action.INTEGRITY_VERIFIED,
        case,
        checked=len(results),
        mismatched=[check.as_details() for check in results if not check.ok],
        **looked_for,
    )
    return results


def check_custody(case_id: int | None) -> chain.ChainCheck:
    """Check the custody chain of the case ``case_id`` (None: the site's chain) up to its head as
    recorded now; events appended meanwhile are left for the next check. Streams the events."""
    key = chain.chain_key(case_id)
    head = ChainHead.objects.filter(chain=key).values_list("sequence", "hash").first()
    events = AuditEvent.objects.filter(case_id=case_id).order_by("sequence")
    if head is not None:
        events = events.filter(sequence__lte=head[0])
    return chain.check(key, events.iterator(), head, case_id)


def chained_cases() -> list[int | None]:
    """The case ids of every custody chain, deleted cases' included (None: the site's chain)."""
    keys = ChainHead.objects.order_by("pk").values_list("chain", flat=True)
    return [None if key == chain.SITE else int(key.removeprefix("case:")) for key in keys]


def orphan_files(case_id: int | None = None) -> list[str]:
    """Files in the evidence storage that no image refers to (an original or a thumbnail left by
    a failed write, or by a deletion that did not finish), as storage names in sorted order;
    only those of the case ``case_id`` when given. Streams the storage listing (local or S3)."""
    known = set()
    for original, thumbnail in EvidenceImage.objects.values_list("file", "thumbnail").iterator():
        known.update((original, thumbnail))
    storage = evidence_storage()
    cases = [str(case_id)] if case_id is not None else None
    return sorted(name for name in _stored_names(storage, cases) if name not in known)


def _stored_names(storage, cases: list[str] | None) -> Iterator[str]:
    for folder in STORED_FOLDERS:
        for case_folder in cases if cases is not None else _listdir(storage, folder)[0]:
            path = f"{folder}/{case_folder}"
            yield from (f"{path}/{name}" for name in _listdir(storage, path)[1])


def _listdir(storage, path: str) -> tuple[list[str], list[str]]:
    # A folder never written is absent on a file system (FileNotFoundError), empty on S3.
    try:
        return storage.listdir(path)
    except FileNotFoundError:
        return [], []
