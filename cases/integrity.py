"""Integrity of stored evidence: each original re-hashed against the sha256 taken at ingest."""

from . import audit
from .models import AuditEvent, Case, EvidenceImage


def verify_case(case: Case, request=None) -> list[tuple[EvidenceImage, bool]]:
    """Re-hash every stored original of ``case`` (streamed) and compare it with its ingest sha256.

    Returns ``(image, ok)`` per image in upload order; ``ok`` is False for a changed or missing
    original. Records one ``integrity_verified`` AuditEvent (``request`` None: a system action)
    with the count checked and the images that failed.
    """
    results = [(image, image.verify_integrity()) for image in case.images.all()]
    audit.record(
        request,
        AuditEvent.Action.INTEGRITY_VERIFIED,
        case,
        checked=len(results),
        mismatched=[
            {"image": image.pk, "filename": image.original_filename, "sha256": image.sha256}
            for image, ok in results
            if not ok
        ],
    )
    return results
