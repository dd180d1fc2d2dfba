"""Evidence intake: store an upload once, hash it, dedupe it, and run the engine on it."""

from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

import analysis
from analysis import formats
from analysis.derived import hashes

from . import audit, zipintake
from .errors import shown_error
from .models import Analysis, AuditEvent, Case, EvidenceImage, Finding


@dataclass
class IngestResult:
    """The outcome for one uploaded file: the image (new or already present) and a message."""

    image: EvidenceImage
    created: bool
    message: str


def ingest_file(case: Case, user, name: str, data: bytes, request=None, *, archive: str | None = None) -> IngestResult:
    """Store ``data`` as evidence in ``case`` and schedule its analysis.

    ``name`` is the uploaded filename, kept as text only. The same bytes already in the case
    are not stored again: the existing image comes back with ``created=False``. The original
    is stored unaltered under a name derived from its sha256; its hashes are taken here, at
    ingest, from the received bytes. ``archive`` names the uploaded ZIP the file came out of
    (recorded in the audit trail).
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
    origin = {"archive": archive} if archive else {}
    audit.record(
        request, AuditEvent.Action.IMAGE_UPLOADED, image, case=case, filename=name, size=len(data), **digests, **origin
    )
    from .tasks import schedule_analysis

    schedule_analysis(image)
    return IngestResult(image, True, f"{name}: stored")


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
    :mod:`cases.zipintake`), anything else is skipped. Never raises for bad input."""
    if not data:
        return [UploadOutcome(name, "skipped", f"{name}: empty file, nothing stored")]
    if zipintake.is_zip(data):
        return _receive_archive(case, user, name, data, request)
    if formats.detect(data) is None:
        return [UploadOutcome(name, "skipped", f"{name}: not an image of a known type, nothing stored")]
    return [_outcome(name, ingest_file(case, user, name, data, request))]


def _receive_archive(case: Case, user, name: str, data: bytes, request) -> list[UploadOutcome]:
    try:
        members = zipintake.image_members(data)
    except zipintake.ZipRefusedError as exc:
        return [UploadOutcome(name, "refused", f"{name} refused: {exc}; nothing from it was stored")]
    outcomes = []
    for member in members:
        if isinstance(member, zipintake.Skipped):
            outcomes.append(UploadOutcome(member.name, "skipped", f"{name}: {member.name} skipped, {member.reason}"))
        else:
            result = ingest_file(case, user, member.name, member.data, request, archive=name)
            outcomes.append(_outcome(member.name, result, prefix=f"{name}: "))
    if not any(outcome.image for outcome in outcomes):
        outcomes.append(UploadOutcome(name, "skipped", f"{name}: no image found in this archive"))
    return outcomes


def _outcome(name: str, result: IngestResult, prefix: str = "") -> UploadOutcome:
    return UploadOutcome(name, "stored" if result.created else "duplicate", prefix + result.message, result.image)


MISSING_ORIGINAL = "the stored original is missing; run the integrity check (manage.py verify_evidence)"


def analyse_image(image: EvidenceImage) -> Analysis | None:
    """Run the engine on the stored original; save an Analysis (its reading's facts in
    columns, see :func:`cases.models.reading_columns`) and its Findings.

    The image ends ``done``, or ``failed`` with the error (an unreadable file, a missing
    original), worded without server paths. Nothing already stored is removed. Returns the new
    Analysis, or None on failure.
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
