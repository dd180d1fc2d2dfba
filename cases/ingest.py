"""Evidence intake: store an upload once, hash it, dedupe it, and run the engine on it.

An upload comes as bytes or as a file (a case upload's private temporary file, see
cases.uploads and cases.resumable) and is read in chunks: only a file the engine can read whole
(``analysis.limits.MAX_FILE_BYTES``) is ever held in memory. A larger one is stored as evidence,
hashed, but not analysed: it stays ``failed`` with :data:`TOO_LARGE` (the engine takes bytes and
caps what it reads at that limit; analysing the first bytes alone would read a different file).
"""

import hashlib
import io
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.db import IntegrityError, transaction
from django.utils import timezone

import analysis
from analysis import formats
from analysis.derived import hashes
from analysis.limits import MAX_FILE_BYTES

from . import audit, zipintake
from .errors import shown_error
from .integrity import CHANGED, IntegrityCheck
from .models import Analysis, AuditEvent, Case, EvidenceImage, Finding
from .storage_full import StorageFullError, is_storage_full
from .uploads import CHUNK_BYTES, Digester, ReceivedFile, file_digests

# The start of the error of an image stored but larger than the engine reads.
TOO_LARGE = "stored, too large to analyse"
# Bytes of a file read to tell what it is (formats.detect; tar's magic is at offset 257).
HEAD_BYTES = 4096
# Stored images of one upload are scheduled for analysis in batches of this many, so that a large
# archive is analysed while the rest of it is still being stored.
ANALYSIS_BATCH = 100


def too_large_message(size: int) -> str:
    """The error of an image of ``size`` bytes, over ``MAX_FILE_BYTES``: kept, not analysed."""
    mb = 1024 * 1024
    return f"{TOO_LARGE} ({size / mb:.1f} MB; the engine reads files of at most {MAX_FILE_BYTES // mb} MB)"


@dataclass
class IngestResult:
    """The outcome for one uploaded file: the image (new or already present) and a message."""

    image: EvidenceImage
    created: bool
    message: str


def ingest_file(
    case: Case,
    user,
    name: str,
    data: bytes,
    request=None,
    *,
    archive: str | None = None,
    upload: str | None = None,
    analyse: bool = True,
) -> IngestResult:
    """Store ``data`` as evidence in ``case`` (:func:`ingest_content`), hashed here."""
    return ingest_content(
        case,
        user,
        name,
        ContentFile(data),
        hashes.digests(data),
        data[:HEAD_BYTES],
        request,
        archive=archive,
        upload=upload,
        analyse=analyse,
    )


def ingest_content(
    case: Case,
    user,
    name: str,
    content: File,
    digests: dict[str, str],
    head: bytes,
    request=None,
    *,
    archive: str | None = None,
    upload: str | None = None,
    analyse: bool = True,
) -> IngestResult:
    """Store ``content`` (its ``digests`` taken from the received bytes, ``head`` its first
    bytes) as evidence in ``case`` and, unless ``analyse`` is False (the caller schedules it),
    schedule its analysis, waiting for it at most ``ANALYSIS_WAIT_SECONDS``. A file larger than
    ``MAX_FILE_BYTES`` is stored ``failed`` with :func:`too_large_message`, and not analysed.

    ``name`` is the uploaded filename, kept as text only. The same bytes already in the case
    are not stored again: the existing image comes back with ``created=False``, and the receipt
    is recorded as a ``duplicate_received`` event on it (:func:`_record_duplicate`). The original
    is stored unaltered (copied in chunks, or moved when it is a temporary file) under a name
    derived from its sha256. ``archive`` names the uploaded ZIP the file came out of and
    ``upload`` is the id of the upload it came with (:class:`cases.intake.UploadState`), both
    recorded in the audit trail. The image row and its ``image_uploaded`` event are written together,
    and a file whose row could not be written is removed: no original is kept that no image or
    event accounts for. Raises :class:`~cases.storage_full.StorageFullError` when the storage or
    the database has no space left (nothing of this file is kept).
    """
    origin = {"archive": archive} if archive else {}
    if upload:
        origin["upload"] = upload
    existing = case.images.filter(sha256=digests["sha256"]).first()
    if existing:
        return _record_duplicate(request, case, existing, name, content.size, digests, origin)
    file_type = formats.detect(head)
    size = content.size
    too_large = size > MAX_FILE_BYTES
    image = EvidenceImage(
        case=case,
        original_filename=name[:255],
        size=size,
        mime=file_type.mime if file_type else "",
        file_type=file_type.name if file_type else "",
        uploaded_by=user,
        status=EvidenceImage.Status.FAILED if too_large else EvidenceImage.Status.PENDING,
        error=too_large_message(size) if too_large else "",
        **digests,
    )
    try:
        with transaction.atomic():
            _store_original(image, content)
            image.save()
            audit.record(
                request,
                AuditEvent.Action.IMAGE_UPLOADED,
                image,
                case=case,
                filename=name,
                size=size,
                **digests,
                **origin,
            )
    except Exception as exc:
        image.file.delete(save=False)
        if isinstance(exc, IntegrityError):  # the same bytes, stored by another request meanwhile
            existing = case.images.get(sha256=digests["sha256"])
            return _record_duplicate(request, case, existing, name, size, digests, origin)
        if is_storage_full(exc):
            raise StorageFullError(name) from exc
        raise
    if analyse and not too_large:
        from .tasks import schedule_analysis

        schedule_analysis(image, wait=settings.ANALYSIS_WAIT_SECONDS)
    return IngestResult(image, True, f"{name}: stored")


def _record_duplicate(
    request, case: Case, existing: EvidenceImage, name: str, size: int, digests: dict[str, str], origin: dict
) -> IngestResult:
    """The result for bytes already in ``case`` as ``existing``, received again as ``name``. The
    receipt is audited on the existing image: that the same picture was also at another path of
    a phone dump is evidence, and the upload's own state (cases.intake) expires."""
    audit.record(
        request,
        AuditEvent.Action.DUPLICATE_RECEIVED,
        existing,
        case=case,
        filename=name,
        existing_filename=existing.original_filename,
        size=size,
        **digests,
        **origin,
    )
    return IngestResult(existing, False, f"{name}: already in this case as {existing.original_filename}")


def _store_original(image: EvidenceImage, content: File) -> None:
    """Save ``content`` as the original of ``image``; a save that fails part-way (a full disk
    leaves an empty or partial file) has what it wrote removed before the error is raised."""
    storage = image.file.storage
    name = storage.get_available_name(image.file.field.generate_filename(image, "original"))
    try:
        image.file.name = storage.save(name, content)
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


class Outcomes(list):
    """The outcomes of one upload as they come: each appended one is passed to ``on_outcome``
    (intake progress, cases.resumable), and the images it stored are scheduled for analysis in
    batches of :data:`ANALYSIS_BATCH` (:meth:`schedule`)."""

    def __init__(self, request, on_outcome: Callable[[UploadOutcome], None] | None):
        super().__init__()
        self.request, self.on_outcome = request, on_outcome
        self.scheduled = 0

    def append(self, outcome: UploadOutcome) -> None:
        super().append(outcome)
        if self.on_outcome is not None:
            self.on_outcome(outcome)
        if len(self) - self.scheduled >= ANALYSIS_BATCH:
            self.schedule(wait=0.0 if self.request is not None else None)

    def schedule(self, wait: float | None) -> None:
        """Schedule the analysis of the images stored since the last call (not those too large),
        waiting at most ``wait`` seconds (None: until done)."""
        from .tasks import schedule_analyses

        new, self.scheduled = self[self.scheduled :], len(self)
        pending = EvidenceImage.Status.PENDING
        schedule_analyses([o.image for o in new if o.outcome == "stored" and o.image.status == pending], wait=wait)


def receive_upload(
    case: Case,
    user,
    name: str,
    source: bytes | BinaryIO,
    request=None,
    *,
    digests: dict[str, str] | None = None,
    upload: str | None = None,
    on_outcome: Callable[[UploadOutcome], None] | None = None,
) -> list[UploadOutcome]:
    """Take one uploaded file into ``case``: an image is ingested, a ZIP archive gives one
    outcome per member (its images ingested, every other member skipped by name, see
    :mod:`cases.zipintake`), anything else is skipped. Never raises for bad input.

    ``source`` is bytes or a seekable binary file at its start (one with ``temporary_file_path``,
    a :class:`~cases.uploads.ReceivedFile`, may be moved into storage), read in chunks;
    ``digests`` are its hashes when taken as it arrived (otherwise they are taken here).
    ``upload`` is the id of the upload (cases.intake), recorded with each image's event.
    ``on_outcome`` is called with each outcome as it is known. Images are stored, and scheduled
    for analysis in batches as they are stored (:class:`Outcomes`); the request waits for them
    only as long as is left of its ``ANALYSIS_WAIT_SECONDS`` (one budget for all the files of one
    request). Raises :class:`~cases.storage_full.StorageFullError` when the storage fills up;
    what was stored before is kept, and analysed.
    """
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    size = stream.seek(0, os.SEEK_END)
    stream.seek(0)
    head = stream.read(HEAD_BYTES)
    stream.seek(0)
    outcomes = Outcomes(request, on_outcome)
    is_zip = zipintake.is_zip(head)
    if not size:
        outcomes.append(UploadOutcome(name, "skipped", f"{name}: empty file, nothing stored"))
    elif not is_zip and formats.detect(head) is None:
        outcomes.append(UploadOutcome(name, "skipped", f"{name}: not an image of a known type, nothing stored"))
    else:
        try:
            if is_zip:
                _receive_archive(case, user, name, stream, request, outcomes, upload)
            else:
                result = _ingest_stream(case, user, name, stream, size, head, digests, request, upload)
                outcomes.append(_outcome(name, result))
        finally:
            outcomes.schedule(wait=analysis_wait(request))
    return list(outcomes)


def _ingest_stream(
    case: Case,
    user,
    name: str,
    stream: BinaryIO,
    size: int,
    head: bytes,
    digests: dict[str, str] | None,
    request,
    upload: str | None,
) -> IngestResult:
    if size <= MAX_FILE_BYTES:
        return ingest_file(case, user, name, stream.read(), request, upload=upload, analyse=False)
    if digests is None:
        digests = file_digests(stream)
        stream.seek(0)
    content = stream if isinstance(stream, File) else File(stream, name="original")
    return ingest_content(case, user, name, content, digests, head, request, upload=upload, analyse=False)


def analysis_wait(request) -> float:
    """Seconds ``request`` may still wait on analysis: ``ANALYSIS_WAIT_SECONDS`` from the first
    time it asked, so that a request of many files waits that long in all."""
    if request is None:
        return settings.ANALYSIS_WAIT_SECONDS
    if not hasattr(request, "analysis_deadline"):
        request.analysis_deadline = time.monotonic() + settings.ANALYSIS_WAIT_SECONDS
    return max(0.0, request.analysis_deadline - time.monotonic())


def _receive_archive(
    case: Case, user, name: str, source: BinaryIO, request, outcomes: Outcomes, upload: str | None
) -> None:
    """Append the outcome of each member of the archive in ``source`` to ``outcomes`` as it is
    stored (so that they are known even when a later member raises). A member's name, folders
    included, is its image's name."""
    try:
        members = zipintake.image_members(source)
    except zipintake.ZipRefusedError as exc:
        outcomes.append(UploadOutcome(name, "refused", f"{name} refused: {exc}; nothing from it was stored"))
        return
    for member in members:
        if isinstance(member, zipintake.LargeMember):
            member = _received_member(member)
        if isinstance(member, zipintake.Skipped):
            outcomes.append(UploadOutcome(member.name, "skipped", f"{name}: {member.name} skipped, {member.reason}"))
            continue
        if isinstance(member, zipintake.Member):
            member_name = member.name
            result = ingest_file(
                case, user, member_name, member.data, request, archive=name, upload=upload, analyse=False
            )
        else:
            member_name, received = member
            with received:
                head = received.read(HEAD_BYTES)
                received.seek(0)
                result = ingest_content(
                    case,
                    user,
                    member_name,
                    received,
                    received.digests,
                    head,
                    request,
                    archive=name,
                    upload=upload,
                    analyse=False,
                )
        outcomes.append(_outcome(member_name, result, prefix=f"{name}: "))
    if not any(outcome.image for outcome in outcomes):
        outcomes.append(UploadOutcome(name, "skipped", f"{name}: no image found in this archive"))


def _received_member(member: zipintake.LargeMember) -> tuple[str, ReceivedFile] | zipintake.Skipped:
    """A large member's name and its copy in a private temporary file (hashed as it is copied),
    or why it is skipped (not an image, a nested archive, unreadable)."""
    received, digester = ReceivedFile(member.name, None, None), Digester()
    try:
        with member.open() as stream:
            head = stream.read(HEAD_BYTES)
            reason = zipintake.refusal_from_content(head)
            chunk = head
            while chunk and not reason:
                received.write(chunk)
                digester.update(chunk)
                chunk = stream.read(CHUNK_BYTES)
    except zipintake.DAMAGED_ZIP_ERRORS as exc:
        reason = f"unreadable ({exc})"
    if reason:
        received.close()
        return zipintake.Skipped(member.name, reason)
    received.size = received.tell()
    received.seek(0)
    received.digests = digester.digests()
    return member.name, received


def _outcome(name: str, result: IngestResult, prefix: str = "") -> UploadOutcome:
    return UploadOutcome(name, "stored" if result.created else "duplicate", prefix + result.message, result.image)


def current_images(results: list[UploadOutcome]) -> list[EvidenceImage | None]:
    """The image of each upload result as the database holds it now. The results hold the
    objects the intake made, whose status is not refreshed when their analysis ran in another
    thread (or finished after the request stopped waiting for it): serialized as they are, an
    image could read ``pending`` beside its filled-in latest analysis. An analysis and its
    image's status are committed together, but the images and their newest analyses are read in
    two queries; an image whose analysis was committed between the two is read again."""
    wanted = {r.image.pk for r in results if r.image is not None}
    fresh: dict[int, EvidenceImage] = {}
    for _ in range(3):
        images = EvidenceImage.objects.filter(pk__in=wanted).select_related("uploaded_by").with_latest_analysis()
        for image in images:
            fresh[image.pk] = image
        wanted = {pk for pk, image in fresh.items() if pk in wanted and not _read_together(image)}
        if not wanted:
            break
    return [fresh.get(r.image.pk, r.image) if r.image is not None else None for r in results]


def _read_together(image: EvidenceImage) -> bool:
    """True when the newest analysis prefetched is the one annotated with the image's status."""
    latest = image.latest_analysis
    return (latest.pk if latest else None) == image.latest_analysis_id


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

    Two runs for one image at once (a task delivered twice, a sweep re-queueing work still
    queued) store one analysis: the second to finish finds the image's row, locked, already done
    by the current engine since it started, and returns that analysis instead.
    """
    started = timezone.now()
    if image.size > MAX_FILE_BYTES:
        _mark(image, EvidenceImage.Status.FAILED, too_large_message(image.size))
        return None
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
        locked = EvidenceImage.objects.select_for_update().filter(pk=image.pk).first()
        if locked is None:
            return None  # deleted meanwhile: nothing to store it with
        done_meanwhile = locked.analyses.filter(engine_version=report.engine_version, created_at__gte=started)
        if locked.status == EvidenceImage.Status.DONE and done_meanwhile.exists():
            image.status, image.error = locked.status, locked.error
            return done_meanwhile.first()
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
