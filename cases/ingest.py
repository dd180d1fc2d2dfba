"""Evidence intake: store an upload once, hash it, dedupe it, and run the engine on it."""

from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

import analysis
from analysis import formats
from analysis.derived import hashes

from . import audit
from .models import Analysis, AuditEvent, Case, EvidenceImage, Finding


@dataclass
class IngestResult:
    """The outcome for one uploaded file: the image (new or already present) and a message."""

    image: EvidenceImage
    created: bool
    message: str


def ingest_file(case: Case, user, name: str, data: bytes, request=None) -> IngestResult:
    """Store ``data`` as evidence in ``case`` and schedule its analysis.

    ``name`` is the uploaded filename, kept as text only. The same bytes already in the case
    are not stored again: the existing image comes back with ``created=False``. The original
    is stored unaltered under a name derived from its sha256; its hashes are taken here, at
    ingest, from the received bytes.
    """
    digests = hashes.digests(data)
    existing = case.images.filter(sha256=digests["sha256"]).first()
    if existing:
        return IngestResult(existing, False, f"{name}: already in this case as {existing.original_filename}")
    file_type = formats.detect(data)
    image = EvidenceImage(
        case=case,
        original_filename=name[:255],
        size=len(data),
        mime=file_type.mime if file_type else "",
        file_type=file_type.name if file_type else "",
        uploaded_by=user,
        **digests,
    )
    try:
        with transaction.atomic():
            image.file.save("original", ContentFile(data), save=False)
            image.save()
    except IntegrityError:
        image.file.delete(save=False)
        existing = case.images.get(sha256=digests["sha256"])
        return IngestResult(existing, False, f"{name}: already in this case as {existing.original_filename}")
    audit.record(request, AuditEvent.Action.IMAGE_UPLOADED, image, case=case, filename=name, size=len(data), **digests)
    from .tasks import schedule_analysis

    schedule_analysis(image)
    return IngestResult(image, True, f"{name}: stored")


def analyse_image(image: EvidenceImage) -> Analysis | None:
    """Run the engine on the stored original; save an Analysis and its Findings.

    The image ends ``done``, or ``failed`` with the error (an unreadable file, a missing
    original). Nothing already stored is removed. Returns the new Analysis, or None on failure.
    """
    try:
        with image.file.open("rb") as stored:
            data = stored.read()
    except OSError as exc:
        _mark(image, EvidenceImage.Status.FAILED, f"original could not be read: {exc}")
        return None
    report = analysis.analyse(data, filename=image.original_filename)
    with transaction.atomic():
        result = Analysis.objects.create(image=image, engine_version=report.engine_version, report=report.to_dict())
        Finding.objects.bulk_create(
            Finding(
                analysis=result,
                image=image,
                case_id=image.case_id,
                rule=f.rule,
                severity=f.severity,
                title=f.title,
                detail=f.detail,
                evidence=f.evidence,
            )
            for f in report.findings
        )
        if report.error:
            _mark(image, EvidenceImage.Status.FAILED, report.error)
        else:
            _mark(image, EvidenceImage.Status.DONE, "")
    return result


def _mark(image: EvidenceImage, status: str, error: str) -> None:
    image.status, image.error = status, error
    image.save(update_fields=["status", "error"])
