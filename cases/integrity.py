"""Integrity of stored evidence: each original re-hashed against the sha256 taken at ingest."""

from dataclasses import dataclass

from . import audit
from .models import AuditEvent, Case, EvidenceImage

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


def verify_case(case: Case, request=None) -> list[IntegrityCheck]:
    """Re-hash every stored original of ``case`` and compare it with its ingest sha256.

    Returns one :class:`IntegrityCheck` per image in upload order. Records one
    ``integrity_verified`` AuditEvent (``request`` None: a system action) with the count checked
    and, for each image that failed, its ``problem`` (see :class:`IntegrityCheck`) and hashes.
    """
    results = [check_image(image) for image in case.images.all()]
    audit.record(
        request,
        AuditEvent.Action.INTEGRITY_VERIFIED,
        case,
        checked=len(results),
        mismatched=[
            {
                "image": check.image.pk,
                "filename": check.image.original_filename,
                "sha256": check.image.sha256,
                "problem": check.problem,
                "stored_sha256": check.stored_sha256,
            }
            for check in results
            if not check.ok
        ],
    )
    return results
