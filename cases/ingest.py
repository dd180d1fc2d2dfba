"""Evidence intake: store an upload once, hash it, dedupe it, and run the engine on it."""

import hashlib
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

import analysis
from analysis import formats
from analysis.derived import hashes

from . import audit, zipintake
from .errors import shown_error
from .integrity import CHANGED, IntegrityCheck
from .models import Analysis, AuditEvent, Case, EvidenceImage, Finding
from .storage_full import StorageFullError, is_storage_full


@dataclass
class IngestResult:
    """The outcome for one uploaded file: the image (new or already present) and a message."""

    image: EvidenceImage
    created: bool
    message: str


def ingest_file(
    case: Case, user, name: str, data: bytes, request=None, *, archive: str | None = None, analyse: bool = True
) -> IngestResult:
    """Store ``data`` as evidence in ``case`` and, unless ``analyse`` is False (the caller
    schedules it), schedule its analysis, waiting for it at most ``ANALYSIS_WAIT_SECONDS``.

    ``name`` is the uploaded filename, kept as text only. The same bytes already in the case
    are not stored again: the existing image comes back with ``created=False``. The original
    is stored unaltered under a name derived from its sha256; its hashes are taken here, at
    ingest, from the received bytes. ``archive`` names the uploaded ZIP the file came out of
    (recorded in the audit trail). The image row and its ``image_uploaded`` event are written
    together, and a file whose row could not be written is removed: no original is kept that no
    image or event accounts for. Raises :class:`~cases.storage_full.StorageFullError` when the
    storage or the database has no space left (nothing of this file is kept).
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
    origin = {"archive": archive} if archive else {}
    try:
        with transaction.atomic():
            _store_original(image, data)
            image.save()
            audit.record(
                request,
                AuditEvent.Action.IMAGE_UPLOADED,
                image,
                case=case,
                filename=name,
                size=len(data),
                **digests,
                **origin,
            )
    except Exception as exc:
        image.file.delete(save=False)
        if isinstance(exc, IntegrityError):
            existing = case.images.get(sha256=digests["sha256"])
            return IngestResult(existing, False, f"{name}: already in this case as {existing.original_filename}")
        if is_storage_full(exc):
            raise StorageFullError(name) from exc
        raise
    if analyse:
        from .tasks import schedule_analysis

        schedule_analysis(image, wait=settings.ANALYSIS_WAIT_SECONDS)
    return IngestResult(image, True, f"{name}: stored")


def _store_original(image: EvidenceImage, data: bytes) -> None:
    """Save ``data`` as the original of ``image``; a save that fails part-way (a full disk
    leaves an empty or partial file) has what it wrote removed before the error is raised."""
    storage = image.file.storage
    name = storage.get_available_name(image.file.field.generate_filename(image, "original"))
    try:
        image.file.name = storage.save(name, ContentFile(data))
    except Exception:
        if storage.exists(name):
            storage.delete(name)
        raise


@dataclass
class UploadOutcome:
    """What became of one uploaded file or ZIP member, as the upload page reports it.

    ``outcome`` is one of ``stored``, ``duplicate`` (the same bytes were already in the case),
    ``skipped`` (a file or member not taken) or ``refused`` (a whole archive not opened);
    ``image`` is set for the first two.
    """

    name: str
    outcome: str
    message: str
    image: EvidenceImage | None = None


def receive_upload(case: Case, user, name: str, data: bytes, request=None) -> list[UploadOutcome]:
    """Take one uploaded file into ``case``: an image is ingested, a ZIP archive gives one
    outcome per member (its images ingested, every other member skipped by name, see
    :mod:`cases.zipintake`), anything else is skipped. Never raises for bad input.

    Every image is stored before any is analysed; then the new ones are scheduled together and
    waited for only as long as is left of the request's ``ANALYSIS_WAIT_SECONDS`` (one budget for
    all the files of one request). Raises :class:`~cases.storage_full.StorageFullError` when the
    storage fills up; what was stored before is kept, and analysed.
    """
    if not data:
        return [UploadOutcome(name, "skipped", f"{name}: empty file, nothing stored")]
    is_zip = zipintake.is_zip(data)
    if not is_zip and formats.detect(data) is None:
        return [UploadOutcome(name, "skipped", f"{name}: not an image of a known type, nothing stored")]
    outcomes: list[UploadOutcome] = []
    try:
        if is_zip:
            _receive_archive(case, user, name, data, request, outcomes)
        else:
            outcomes.append(_outcome(name, ingest_file(case, user, name, data, request, analyse=False)))
    finally:
        from .tasks import schedule_analyses

        stored = [outcome.image for outcome in outcomes if outcome.outcome == "stored"]
        schedule_analyses(stored, wait=analysis_wait(request))
    return outcomes


def analysis_wait(request) -> float:
    """Seconds ``request`` may still wait on analysis: ``ANALYSIS_WAIT_SECONDS`` from the first
    time it asked, so that a request of many files waits that long in all."""
    if request is None:
        return settings.ANALYSIS_WAIT_SECONDS
    if not hasattr(request, "analysis_deadline"):
        request.analysis_deadline = time.monotonic() + settings.ANALYSIS_WAIT_SECONDS
    return max(0.0, request.analysis_deadline - time.monotonic())


def _receive_archive(case: Case, user, name: str, data: bytes, request, outcomes: list[UploadOutcome]) -> None:
    """Append the outcome of each member of the archive ``data`` to ``outcomes`` as it is stored
    (so that they are known even when a later member raises)."""
    try:
        members = zipintake.image_members(data)
    except zipintake.ZipRefusedError as exc:
        outcomes.append(UploadOutcome(name, "refused", f"{name} refused: {exc}; nothing from it was stored"))
        return
    for member in members:
        if isinstance(member, zipintake.Skipped):
            outcomes.append(UploadOutcome(member.name, "skipped", f"{name}: {member.name} skipped, {member.reason}"))
        else:
            result = ingest_file(case, user, member.name, member.data, request, archive=name, analyse=False)
            outcomes.append(_outcome(member.name, result, prefix=f"{name}: "))
    if not any(outcome.image for outcome in outcomes):
        outcomes.append(UploadOutcome(name, "skipped", f"{name}: no image found in this archive"))


def _outcome(name: str, result: IngestResult, prefix: str = "") -> UploadOutcome:
    return UploadOutcome(name, "stored" if result.created else "duplicate", prefix + result.message, result.image)


MISSING_ORIGINAL = "the stored original is missing; run the integrity check (manage.py verify_evidence)"


# The start of the error of an image whose original no longer hashes to its ingest sha256.
ALTERED = "altered"


def analyse_image(image: EvidenceImage) -> Analysis | None:
    """Re-hash the stored original against its ingest sha256, then run the engine on it; save
    an Analysis (its reading's facts in columns, see :func:`cases.models.reading_columns`) and
    its Findings.

    The image ends ``done``, or ``failed`` with the error (an unreadable file, a missing
    original), worded without server paths. An original that no longer matches its ingest
    sha256 is not analysed: the image fails with ``altered: hash differs: sha256 now …, at
    ingest …`` and an ``integrity_verified`` event records the mismatch (system actor). Nothing
    already stored is removed. Returns the new Analysis, or None on failure.
    """
    try:
        with image.file.open("rb") as stored:
            data = stored.read()
    except FileNotFoundError:
        _mark(image, EvidenceImage.Status.FAILED, MISSING_ORIGINAL)
        return None
    except OSError as exc:
        _mark(image, EvidenceImage.Status.FAILED, f"the stored original could not be read ({shown_error(exc)})")
        return None
    stored_sha256 = hashlib.sha256(data).hexdigest()
    if stored_sha256 != image.sha256:
        _refuse_altered(IntegrityCheck(image, stored_sha256, CHANGED))
        return None
    report = analysis.analyse(data, filename=image.original_filename)
    stored = storable(report.to_dict())
    with transaction.atomic():
        result = Analysis.objects.create(image=image, engine_version=report.engine_version, report=stored)
        Finding.objects.bulk_create(
            Finding(analysis=result, image=image, case_id=image.case_id, **finding_columns(finding))
            for finding in stored["analysis"]["findings"]
        )
        if report.error:
            _mark(image, EvidenceImage.Status.FAILED, storable(report.error))
        else:
            _mark(image, EvidenceImage.Status.DONE, "")
    return result


def finding_columns(finding: dict[str, Any]) -> dict[str, Any]:
    """The columns of a :class:`Finding` (:attr:`Finding.ENGINE_FIELDS`) from one finding of a
    stored report's reading: text ``""`` where absent, ``evidence`` a list of ``{"where",
    "value"}``, the title cut to the column's 255 characters."""
    columns = {name: finding.get(name) or "" for name in Finding.ENGINE_FIELDS}
    columns["title"] = columns["title"][: Finding._meta.get_field("title").max_length]
    columns["evidence"] = list(finding.get("evidence") or [])
    return columns


def _refuse_altered(check: IntegrityCheck) -> None:
    image = check.image
    with transaction.atomic():
        _mark(image, EvidenceImage.Status.FAILED, f"{ALTERED}: {check.describe()}; not analysed")
        audit.record(
            None,
            AuditEvent.Action.INTEGRITY_VERIFIED,
            image,
            case=image.case,
            checked=1,
            during="analysis",
            mismatched=[check.as_details()],
        )


def _mark(image: EvidenceImage, status: str, error: str) -> None:
    image.status, image.error = status, error
    image.save(update_fields=["status", "error"])


# What a NUL character is stored as: PostgreSQL text and jsonb cannot hold U+0000, and the same
# report must read the same on every database. U+2400 is the symbol for NUL.
NUL, NUL_SYMBOL = "\x00", "\u2400"


def storable(value: Any) -> Any:
    """``value`` (report JSON: dicts, lists, text, numbers) with every NUL character in text and
    keys replaced by U+2400 (␀), so that it can be stored in any database."""
    if isinstance(value, str):
        return value.replace(NUL, NUL_SYMBOL)
    if isinstance(value, dict):
        return {storable(key): storable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [storable(item) for item in value]
    return value
