"""The intake of case uploads: each upload's state in private temporary storage, and the progress
of a case's intake (files received, stored, analysed, failed) that the case page and the API show.

No table holds it: each upload (a form or API file, or a resumable upload, cases.resumable) has
a directory ``CASE_UPLOAD_TEMP_DIR/<case id>/<upload id>/`` (0700) with ``state.json`` (the
:class:`UploadState`) and, while a resumable upload is being received, ``data`` (its bytes so
far). The received bytes are removed once taken in; the state stays until it expires
(``RESUMABLE_UPLOAD_EXPIRY_HOURS`` after it last changed), so that the progress survives a page
reload. How far an upload's images are analysed is read from the images themselves.
"""

import contextlib
import json
import os
import re
import secrets
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from django.conf import settings
from django.db.models import Count, Q

from .ingest import TOO_LARGE, UploadOutcome, receive_upload
from .models import Case, EvidenceImage
from .uploads import upload_temp_dir

STATE_FILE, DATA_FILE = "state.json", "data"
UPLOAD_ID = re.compile(r"[0-9a-f]{32}")
# An upload's phases: bytes arriving (resumable only), re-hashed against the declared sha256,
# being taken in, taken in, or stopped (``error`` says why).
RECEIVING, CHECKING, INTAKE, DONE, FAILED = "receiving", "checking", "intake", "done", "failed"
# Messages of skipped or refused files kept in a state (a phone dump may skip thousands).
MAX_MESSAGES = 50
# The state of an upload being taken in is written at most this often (seconds).
SAVE_INTERVAL = 1.0
# Uploads shown with their progress, newest first (each costs one query).
SHOWN_UPLOADS = 10


@dataclass
class UploadState:
    """One upload into a case: who sent it, its name and length, its phase, and what its intake
    stored (``counts`` by outcome, the ids of the images it stored, the first messages of what
    it skipped). ``sha256`` is the hash the client declared, empty when it declared none."""

    id: str
    case_id: int
    user_id: int
    name: str
    length: int
    sha256: str = ""
    phase: str = RECEIVING
    error: str = ""
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)
    counts: dict[str, int] = field(default_factory=dict)
    image_ids: list[int] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, case: Case, user, name: str, length: int, *, sha256: str = "", phase: str = RECEIVING):
        """A new upload of ``length`` bytes into ``case`` by ``user``, its directory made and its state saved."""
        state = cls(secrets.token_hex(16), case.pk, user.pk, name, length, sha256.lower(), phase)
        state.directory.mkdir(mode=0o700, parents=True)
        state.save()
        return state

    @classmethod
    def load(cls, case_id: int, upload_id: str) -> "UploadState | None":
        """The state of upload ``upload_id`` of case ``case_id``; None when there is none (or
        it expired, or the id is not one this module makes)."""
        if not UPLOAD_ID.fullmatch(upload_id):
            return None
        try:
            state = cls(**json.loads((case_dir(case_id) / upload_id / STATE_FILE).read_text()))
        except (OSError, ValueError, TypeError):
            return None
        if state.expired:
            state.remove()
            return None
        return state

    @property
    def directory(self) -> Path:
        return case_dir(self.case_id) / self.id

    @property
    def data_path(self) -> Path:
        return self.directory / DATA_FILE

    @property
    def received(self) -> int:
        """Bytes received: what ``data`` holds while receiving (the truth after a dropped
        connection), all of them once received."""
        if self.phase != RECEIVING:
            return self.length
        try:
            return self.data_path.stat().st_size
        except FileNotFoundError:
            return 0

    @property
    def expires(self) -> float:
        """When the upload expires (seconds since the epoch)."""
        return self.updated + settings.RESUMABLE_UPLOAD_EXPIRY_HOURS * 3600

    @property
    def expired(self) -> bool:
        return time.time() > self.expires

    def save(self) -> None:
        """Write the state (whole: a reader never sees half of it), marking it updated now."""
        self.updated = time.time()
        written = self.directory / f"{STATE_FILE}.{os.getpid()}"
        written.write_text(json.dumps(asdict(self)))
        os.replace(written, self.directory / STATE_FILE)

    def finish(self, phase: str, error: str = "") -> None:
        """End in ``phase`` (:data:`DONE` or :data:`FAILED`), the received bytes removed."""
        self.phase, self.error = phase, error
        self.data_path.unlink(missing_ok=True)
        self.save()

    def remove(self) -> None:
        """Remove the upload's directory, received bytes and all."""
        shutil.rmtree(self.directory, ignore_errors=True)

    def record(self, outcome: UploadOutcome) -> None:
        """Count one outcome of the intake (``receive_upload``'s ``on_outcome``); saved at most
        every :data:`SAVE_INTERVAL` seconds, and by :meth:`finish`."""
        self.counts[outcome.outcome] = self.counts.get(outcome.outcome, 0) + 1
        if outcome.outcome == "stored":
            self.image_ids.append(outcome.image.pk)
        elif outcome.outcome in ("skipped", "refused") and len(self.messages) < MAX_MESSAGES:
            self.messages.append(outcome.message)
        if time.time() - self.updated >= SAVE_INTERVAL:
            self.save()


def case_dir(case_id: int) -> Path:
    return upload_temp_dir() / str(int(case_id))


def take_in(state: UploadState, case: Case, user, source: BinaryIO, request=None, *, digests=None):
    """Take the received ``source`` into ``case`` (:func:`cases.ingest.receive_upload`), the
    intake counted in ``state``, which ends :data:`DONE` (or :data:`FAILED` with the error, which
    is raised again); returns the outcomes."""
    state.phase = INTAKE
    state.save()
    try:
        outcomes = receive_upload(
            case, user, state.name, source, request, digests=digests, upload=state.id, on_outcome=state.record
        )
    except Exception as exc:
        state.finish(FAILED, f"intake stopped: {type(exc).__name__}")
        raise
    state.finish(DONE)
    return outcomes


def receive_file(case: Case, user, name: str, received, request=None) -> list[UploadOutcome]:
    """Take one file of a form or API upload (already received whole, ``received.digests`` taken
    as it arrived when it is a :class:`~cases.uploads.ReceivedFile`) into ``case``, with an
    upload state for the intake progress."""
    state = UploadState.create(case, user, name, received.size, phase=INTAKE)
    return take_in(state, case, user, received, request, digests=getattr(received, "digests", None))


def case_uploads(case: Case) -> list[UploadState]:
    """The case's uploads not expired, newest first (expired ones are removed)."""
    states = []
    with contextlib.suppress(FileNotFoundError):
        for directory in case_dir(case.pk).iterdir():
            state = UploadState.load(case.pk, directory.name)
            if state is not None:
                states.append(state)
    return sorted(states, key=lambda state: state.created, reverse=True)


def expire_uploads() -> int:
    """Remove every expired upload (and every form upload's temporary file older than the expiry,
    left by a process that stopped); returns how many uploads were removed."""
    removed = 0
    cutoff = time.time() - settings.RESUMABLE_UPLOAD_EXPIRY_HOURS * 3600
    for entry in upload_temp_dir().iterdir():
        if entry.is_dir() and entry.name.isdigit():
            for directory in entry.iterdir():
                state = UploadState.load(int(entry.name), directory.name)  # removes it when expired
                if state is None and directory.exists() and directory.stat().st_mtime < cutoff:
                    shutil.rmtree(directory, ignore_errors=True)  # no readable state, and old: left by a crash
                removed += not directory.exists()
        elif entry.is_file() and entry.stat().st_mtime < cutoff:
            entry.unlink(missing_ok=True)
    return removed


def status_counts(images) -> dict[str, int]:
    """``analysed``, ``pending``, ``failed`` and ``too_large`` (stored, not analysed: over the
    engine's limit) counts of the ``images`` queryset, in one query."""
    too_large = Q(status=EvidenceImage.Status.FAILED, error__startswith=TOO_LARGE)
    return images.aggregate(
        analysed=Count("pk", filter=Q(status=EvidenceImage.Status.DONE)),
        pending=Count("pk", filter=Q(status=EvidenceImage.Status.PENDING)),
        failed=Count("pk", filter=Q(status=EvidenceImage.Status.FAILED) & ~too_large),
        too_large=Count("pk", filter=too_large),
    )


def upload_progress(state: UploadState) -> dict[str, Any]:
    """One upload as the page and the API show it: ``id``, ``name``, ``size`` and ``received``
    (bytes), ``phase``, ``error``, ``stored``, ``duplicate``, ``skipped``, ``refused`` (files
    and archive members), the analysis of what it stored (:func:`status_counts`), the first
    ``messages`` of what it skipped, and ``created``/``updated`` (seconds since the epoch)."""
    outcomes = {name: state.counts.get(name, 0) for name in ("stored", "duplicate", "skipped", "refused")}
    analysed = status_counts(EvidenceImage.objects.filter(pk__in=state.image_ids)) if state.image_ids else {}
    return {
        "id": state.id,
        "name": state.name,
        "size": state.length,
        "received": state.received,
        "phase": state.phase,
        "error": state.error,
        **outcomes,
        **{name: analysed.get(name, 0) for name in ("analysed", "pending", "failed", "too_large")},
        "messages": state.messages,
        "created": state.created,
        "updated": state.updated,
    }


def intake_progress(case: Case) -> dict[str, Any]:
    """The intake of ``case``: ``images`` (``total`` and :func:`status_counts` of all its images)
    and ``uploads`` (:func:`upload_progress` of its :data:`SHOWN_UPLOADS` newest uploads not
    expired); ``active`` is True while an upload is being received or taken in, or an image
    waits for analysis."""
    images = {"total": case.images.count(), **status_counts(case.images.all())}
    uploads = [upload_progress(state) for state in case_uploads(case)[:SHOWN_UPLOADS]]
    active = images["pending"] > 0 or any(upload["phase"] in (RECEIVING, CHECKING, INTAKE) for upload in uploads)
    return {"images": images, "uploads": uploads, "active": active}
