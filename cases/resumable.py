"""Resumable uploads into a case: the server side of tus 1.0.0 (https://tus.io/protocols/resumable-upload:
core protocol, and the creation, termination and expiration extensions), for the case page's script
(static/imgmeta/case.js) or any tus client.

- ``POST /cases/<id>/uploads/`` with ``Upload-Length`` and ``Upload-Metadata`` (``filename``, and
  optionally ``sha256``, the hex digest the client expects, each base64 as tus encodes them)
  creates an upload: 201 with its ``Location``.
- ``HEAD`` on that location gives ``Upload-Offset``: how many bytes the server holds, where a
  client continues after a dropped connection; 410 Gone, without an offset, once the upload failed.
- ``PATCH`` with ``Content-Type: application/offset+octet-stream`` and the ``Upload-Offset`` it
  continues from appends its body, streamed to the upload's private ``data`` file (never held
  whole here; a body cut off keeps what arrived). A body that goes past ``Upload-Length`` is
  refused whole (400, the offset unchanged: tus lets no server accept more than the length, and
  keeping the bytes up to it would show a complete offset for an upload never taken in). The
  request that completes the upload re-hashes the received file (streamed), refuses it when it
  does not match the declared ``sha256`` (460 Checksum Mismatch, as tus's checksum extension
  answers; the upload ends ``failed``, nothing stored), and takes it in (cases.intake).
- ``GET`` gives the upload's progress as JSON (cases.intake.upload_progress); ``DELETE`` removes it.

Every request checks access as the case's other changes do: a non-member gets 404, a viewer 403,
a closed case 409, and an upload is found only by the user who created it, in its case. A
stale upload expires (cases.intake); expired ones are removed when an upload starts and by
``manage.py expire_uploads``. Answers are JSON ``{"error": …}`` on failure.
"""

import base64
import binascii
import fcntl
from collections.abc import Callable
from email.utils import formatdate
from functools import wraps

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse

from .access import evidence_refusal, get_case_for_user
from .intake import CHECKING, FAILED, RECEIVING, UploadState, expire_uploads, take_in, upload_progress
from .models import Case
from .uploads import CHUNK_BYTES, file_digests

TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = "creation,termination,expiration"
CHUNK_TYPE = "application/offset+octet-stream"
LOCK_FILE = "lock"
PAST_LENGTH = "the body goes past Upload-Length; nothing of it was kept"


# tus checksum extension: the received bytes do not match the checksum the client declared.
CHECKSUM_MISMATCH = 460
# Reasons for the statuses HTTP does not name (Django would say "Unknown Status Code").
REASONS = {CHECKSUM_MISMATCH: "Checksum Mismatch"}


class TusError(Exception):
    """A request refused: ``status`` and a message for the client."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def tus_view(view: Callable) -> Callable:
    """Answer ``Tus-Resumable`` on every response, refuse a request of another tus version (412),
    and turn refusals (404, 403, :class:`TusError`) into JSON."""

    @wraps(view)
    def wrapped(request, *args, **kwargs) -> HttpResponse:
        try:
            if request.method not in ("OPTIONS", "GET") and request.headers.get("Tus-Resumable") != TUS_VERSION:
                raise TusError(412, f"this server speaks tus {TUS_VERSION}")
            response = view(request, *args, **kwargs)
        except Http404:
            response = JsonResponse({"error": "No such case or upload"}, status=404)
        except PermissionDenied as exc:
            response = JsonResponse({"error": str(exc)}, status=403)
        except TusError as exc:
            response = JsonResponse({"error": str(exc)}, status=exc.status, reason=REASONS.get(exc.status))
        response["Tus-Resumable"] = TUS_VERSION
        response["Cache-Control"] = "no-store"
        if response.status_code == 412:
            response["Tus-Version"] = TUS_VERSION
        return response

    return wrapped


def _open_case(request, pk: int) -> Case:
    """The case, for a member who may add evidence to it while it is open (see module docstring)."""
    case, _ = get_case_for_user(request.user, pk, write=True)
    if refusal := evidence_refusal(case):
        raise TusError(409, refusal)
    return case


def _metadata(header: str) -> dict[str, str]:
    """tus ``Upload-Metadata``: comma-separated ``key base64value`` pairs (a value may be absent)."""
    values = {}
    for pair in filter(None, (part.strip() for part in header.split(","))):
        key, _, encoded = pair.partition(" ")
        try:
            values[key] = base64.b64decode(encoded, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            raise TusError(400, f"Upload-Metadata {key!r} is not base64 of UTF-8 text") from None
    return values


def _whole_number(request, header: str) -> int:
    value = request.headers.get(header, "")
    if not value.isdigit():
        raise TusError(400, f"{header} must be a whole number of bytes")
    return int(value)


def _expires(state: UploadState) -> str:
    return formatdate(state.expires, usegmt=True)


@tus_view
def create(request, pk: int) -> HttpResponse:
    """``OPTIONS``: what this server supports; ``POST``: a new upload (module docstring)."""
    if request.method == "OPTIONS":
        response = HttpResponse(status=204)
        response["Tus-Version"] = TUS_VERSION
        response["Tus-Extension"] = TUS_EXTENSIONS
        response["Tus-Max-Size"] = str(settings.CASE_UPLOAD_MAX_BYTES)
        return response
    if request.method != "POST":
        raise TusError(405, "POST creates an upload")
    case = _open_case(request, pk)
    length = _whole_number(request, "Upload-Length")
    if length == 0:
        raise TusError(400, "The file is empty: nothing to store")
    if length > settings.CASE_UPLOAD_MAX_BYTES:
        raise TusError(413, f"File too large: the limit is {settings.CASE_UPLOAD_MAX_BYTES // (1024 * 1024)} MB")
    metadata = _metadata(request.headers.get("Upload-Metadata", ""))
    sha256 = metadata.get("sha256", "")
    if sha256 and not (len(sha256) == 64 and all(c in "0123456789abcdefABCDEF" for c in sha256)):
        raise TusError(400, "the sha256 metadata must be 64 hexadecimal digits")
    expire_uploads()
    state = UploadState.create(case, request.user, metadata.get("filename") or "upload", length, sha256=sha256)
    state.data_path.touch(mode=0o600)
    response = HttpResponse(status=201)
    response["Location"] = reverse("cases:resumable_upload", args=[case.pk, state.id])
    response["Upload-Expires"] = _expires(state)
    return response


@tus_view
def upload(request, pk: int, upload_id: str) -> HttpResponse:
    """``HEAD``, ``PATCH``, ``GET`` and ``DELETE`` of one upload (module docstring)."""
    case = _open_case(request, pk)
    state = UploadState.load(case.pk, upload_id)
    if state is None or state.user_id != request.user.pk:
        raise Http404
    if request.method == "GET":
        return JsonResponse(upload_progress(state))
    if request.method == "DELETE":
        state.remove()
        return HttpResponse(status=204)
    if request.method == "PATCH":
        _append(request, case, state)
    elif request.method != "HEAD":
        raise TusError(405, "HEAD, PATCH, GET or DELETE")
    elif state.phase == FAILED:
        # Its offset would read as complete; tus answers an upload that cannot go on without one.
        raise TusError(410, f"This upload failed ({state.error}); nothing of it was stored: start a new one")
    response = HttpResponse(status=204 if request.method == "PATCH" else 200)
    response["Upload-Offset"] = str(state.received)
    response["Upload-Length"] = str(state.length)
    response["Upload-Expires"] = _expires(state)
    return response


def _append(request, case: Case, state: UploadState) -> None:
    """Append the request's body at ``Upload-Offset``; take the upload in once it is complete.
    One request at a time writes an upload (a second one meanwhile gets 409)."""
    if request.content_type != CHUNK_TYPE:
        raise TusError(415, f"a PATCH carries {CHUNK_TYPE}")
    offset = _whole_number(request, "Upload-Offset")
    with open(state.directory / LOCK_FILE, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise TusError(409, "another request is writing this upload") from None
        if state.phase != RECEIVING:
            raise TusError(409, f"this upload is no longer receiving ({state.phase})")
        if offset != state.received:
            raise TusError(409, f"Upload-Offset is {offset}, the server holds {state.received} bytes")
        declared = request.headers.get("Content-Length", "")
        if declared.isdigit() and offset + int(declared) > state.length:
            raise TusError(400, PAST_LENGTH)  # refused before a byte of it is read
        with open(state.data_path, "ab") as data:
            room = state.length - offset
            while room > 0 and (chunk := request.read(min(CHUNK_BYTES, room))):
                data.write(chunk)
                room -= len(chunk)
            if room == 0 and request.read(1):
                # A body without a Content-Length that turns out too long: nothing of it is kept.
                data.truncate(offset)
                raise TusError(400, PAST_LENGTH)
        state.save()  # the upload is alive: it expires from now
        if state.received == state.length:
            _complete(request, case, state)


def _complete(request, case: Case, state: UploadState) -> None:
    """Re-hash the received file (streamed), check it against the declared sha256, take it in."""
    state.phase = CHECKING
    state.save()
    with open(state.data_path, "rb") as data:
        digests = file_digests(data)
        if state.sha256 and digests["sha256"] != state.sha256:
            received = digests["sha256"]
            error = f"hash differs: received sha256 {received}, declared {state.sha256}; nothing stored"
            state.finish(FAILED, error)
            raise TusError(CHECKSUM_MISMATCH, error)
        data.seek(0)
        take_in(state, case, request.user, ReceivedData(data, state), request, digests=digests)


class ReceivedData(File):
    """The received bytes of an upload, which storage may move into place (FileSystemStorage
    does, given ``temporary_file_path``) instead of copying them."""

    def __init__(self, file, state: UploadState):
        super().__init__(file, name=state.name)
        self.path, self.size = str(state.data_path), state.length

    def temporary_file_path(self) -> str:
        return self.path
