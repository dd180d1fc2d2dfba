"""The file name a client sent with an upload, exactly: the "as uploaded" name of evidence.

Django's multipart parser sanitises upload names for use as paths (it drops directory parts,
decodes HTML entities such as ``&amp;`` and removes characters that do not print), and drops a
file whose name it reduces to nothing. Evidence is never stored under its uploaded name
(originals are named by their hash, see :func:`cases.models.original_path`), so the name is kept
as the client sent it, as text, and shown through escaping filters
(:func:`cases.templatetags.metadata.visible`).

:class:`ClientNameUploadHandler` (first in ``FILE_UPLOAD_HANDLERS``) parses multipart bodies with
:class:`ClientNameParser`, which gives every uploaded file a ``client_name`` beside Django's
sanitised ``name``; :func:`client_name` reads it. Pages and the API both parse through it.

A case upload's files (the views of ``imgmeta_site.middleware.CASE_UPLOAD_VIEWS``) are streamed by
:class:`EvidenceUploadHandler` to private temporary files in ``CASE_UPLOAD_TEMP_DIR`` and hashed
(:class:`Digester`) as their chunks arrive: a file of any size up to ``CASE_UPLOAD_MAX_BYTES`` is
never held whole in memory. Every other upload (``/api/extract/``) is left to the next handler,
which keeps it in memory.

Such an in-memory body of the usual shape (every part a ``form-data`` field or file with at most
a Content-Type, CRLF line ends, nothing before the first boundary or after the last) is split at
its boundaries in one pass (:func:`_common_form`), each part's headers read by Django's own
parser; anything else goes to Django's parser whole. Django's parser copies the data over and
over on its way through its streams: it was a tenth of the time of a ``/api/extract/`` answer.
"""

import hashlib
import io
import itertools
import tempfile
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopFutureHandlers
from django.http import QueryDict
from django.http.multipartparser import FIELD, FILE, LazyStream, MultiPartParser, parse_boundary_stream
from django.utils.datastructures import MultiValueDict
from django.utils.encoding import force_str

from imgmeta_site.middleware import is_case_upload_request

# The name Django's own file handling gets for a file whose name it would reduce to nothing
# ("../", "dir/"): the file is still received, and its client name kept.
UNNAMED = "upload"


class ClientNameParser(MultiPartParser):
    """Django's multipart parser, keeping each file's name as sent (``client_name``)."""

    def sanitize_file_name(self, file_name: str) -> str:
        self._client_name = file_name
        return super().sanitize_file_name(file_name) or UNNAMED

    def handle_file_complete(self, old_field_name, counters) -> None:
        super().handle_file_complete(old_field_name, counters)
        # The file just completed, if a handler kept it, is the last of its field.
        files = self._files.getlist(force_str(old_field_name, self._encoding, errors="replace"))
        if files and not hasattr(files[-1], "client_name"):
            files[-1].client_name = self._client_name


class ClientNameUploadHandler(FileUploadHandler):
    """Parses the whole multipart body with :class:`ClientNameParser`, storing the files through
    the request's other upload handlers (memory or temporary file, as configured)."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        others = [handler for handler in self.request.upload_handlers if handler is not self]
        if content_length <= settings.FILE_UPLOAD_MAX_MEMORY_SIZE and not is_case_upload_request(self.request):
            body = input_data.read(content_length)
            parsed = _common_form(body, boundary, encoding or settings.DEFAULT_CHARSET, others, META, content_length)
            if parsed is not None:
                return parsed
            input_data = io.BytesIO(body)
        return ClientNameParser(META, input_data, others, encoding).parse()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        return raw_data  # never reached: handle_raw_input parses everything

    def file_complete(self, file_size: int) -> None:
        return None


# Parts of a body of the common shape counted for a limit Django's settings leave open.
UNLIMITED_PARTS = 10_000
# Django reads a part's headers from its first 1024 bytes (parse_boundary_stream); longer ones go
# to Django's parser, whose own limit then applies.
COMMON_HEADER_BYTES = 1024


def _common_form(body: bytes, boundary: bytes, encoding: str, handlers: list, META, content_length: int):
    """``(POST, FILES)`` as :class:`ClientNameParser` gives them for a multipart ``body`` of the
    common shape, or None for any other body (Django's parser then reads it, and raises where it
    raises). ``handlers`` receive the files as Django's parser hands them over.

    The shape: ``--boundary CRLF`` first, parts separated by ``CRLF --boundary CRLF`` (the
    separator nowhere else), ``CRLF --boundary--`` and at most a CRLF last; each part's headers
    within :data:`COMMON_HEADER_BYTES`, a Content-Disposition with a name that is not blank (Django
    drops a file of a blank name), no Content-Transfer-Encoding or Content-Length; fields and files
    within Django's ``DATA_UPLOAD_*`` limits, checked before any part is read.
    """
    separator = b"--" + boundary
    if not body.startswith(separator + b"\r\n"):
        return None
    # Every separator, found as Django's parser finds them (each search after the last one), no
    # more than a form within Django's limits holds: a body of countless tiny parts goes to
    # Django's parser, which refuses it at the first part over a limit.
    most = _most_parts()
    marks = [0]
    while (found := body.find(separator, marks[-1] + len(separator))) >= 0:
        if len(marks) > most:
            return None
        marks.append(found)
    last = marks[-1] + len(separator)
    if len(marks) < 2 or body[last:] not in (b"--", b"--\r\n"):
        return None
    view = memoryview(body)
    read = []
    for start, stop in itertools.pairwise(marks):
        start += len(separator)
        if body[stop - 2 : stop] != b"\r\n" or body[start : start + 2] != b"\r\n":
            return None
        end = body.find(b"\r\n\r\n", start, stop - 2)
        if end < 0 or end + 4 - start > COMMON_HEADER_BYTES:
            return None
        kind, headers, _ = parse_boundary_stream(LazyStream(iter([body[start : end + 4]])), COMMON_HEADER_BYTES)
        if kind not in (FIELD, FILE) or set(headers) - {"content-disposition", "content-type"}:
            return None
        read.append((kind, headers, view[end + 4 : stop - 2]))
    fields = [entry for entry in read if entry[0] == FIELD]
    files = [entry for entry in read if entry[0] == FILE]
    field_bytes = sum(
        len(data) + len(headers["content-disposition"][1].get("name", b"")) + 2 for _, headers, data in fields
    )
    if (
        (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS is not None and len(fields) > settings.DATA_UPLOAD_MAX_NUMBER_FIELDS)
        or (settings.DATA_UPLOAD_MAX_NUMBER_FILES is not None and len(files) > settings.DATA_UPLOAD_MAX_NUMBER_FILES)
        or (settings.DATA_UPLOAD_MAX_MEMORY_SIZE is not None and field_bytes > settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        or any(not headers["content-disposition"][1].get("name", b"").strip() for _, headers, _ in read)
    ):
        return None
    for handler in handlers:
        handler.handle_raw_input(None, META, content_length, boundary, encoding)
    post, uploads = QueryDict(mutable=True), MultiValueDict()
    for kind, headers, data in read:
        disposition = headers["content-disposition"][1]
        name = force_str(disposition["name"].strip(), encoding, errors="replace")
        if kind == FIELD:
            post.appendlist(name, force_str(bytes(data), encoding, errors="replace"))
            continue
        sent = force_str(disposition["filename"], encoding, errors="replace")
        content_type, extra = headers.get("content-type", ("", {}))
        received = _receive(
            handlers, name, MultiPartParser.sanitize_file_name(None, sent) or UNNAMED, data, content_type.strip(), extra
        )
        if received is not None:
            received.client_name = sent
            uploads.appendlist(name, received)
    any(handler.upload_complete() for handler in handlers)
    post._mutable = False
    return post, uploads


def _most_parts() -> int:
    """The parts of a form within Django's DATA_UPLOAD_MAX_NUMBER_FIELDS and _FILES (a fixed
    number where either is unlimited), and the empty ones before the first separator and after
    the last."""
    fields, files = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS, settings.DATA_UPLOAD_MAX_NUMBER_FILES
    return (UNLIMITED_PARTS if fields is None else fields) + (UNLIMITED_PARTS if files is None else files) + 2


def _receive(handlers: list, field: str, name: str, data: bytes, content_type: str, extra: dict):
    """One file through the upload handlers as Django's parser passes it (new_file until one stops
    the others, the data down the chain until one keeps it, file_complete with what each got):
    the file, or None when no handler kept it."""
    for handler in handlers:
        try:
            handler.new_file(field, name, content_type, None, extra.get("charset"), extra)
        except StopFutureHandlers:
            break
    received = [0] * len(handlers)
    chunk = data
    for index, handler in enumerate(handlers):
        if not chunk:
            break
        received[index] = len(chunk)
        chunk = handler.receive_data_chunk(chunk, 0)
    for index, handler in enumerate(handlers):
        uploaded = handler.file_complete(received[index])
        if uploaded:
            return uploaded
    return None


def client_name(uploaded: UploadedFile) -> str:
    """The name the client sent for ``uploaded``, exactly (directory parts, entities and all);
    Django's sanitised name where the request was not parsed by :class:`ClientNameParser`."""
    return getattr(uploaded, "client_name", uploaded.name)


# The digests taken of every original (as analysis.derived.hashes.digests names them).
DIGESTS = ("md5", "sha1", "sha256")
# Bytes read at once when a file is hashed or copied.
CHUNK_BYTES = 1024 * 1024


class Digester:
    """The md5, sha1 and sha256 of bytes fed in pieces (:meth:`update`), as lower-case hex."""

    def __init__(self) -> None:
        self._hashes = {name: hashlib.new(name) for name in DIGESTS}

    def update(self, chunk: bytes) -> None:
        for digest in self._hashes.values():
            digest.update(chunk)

    def digests(self) -> dict[str, str]:
        """``{"md5", "sha1", "sha256"}`` of everything fed so far."""
        return {name: digest.hexdigest() for name, digest in self._hashes.items()}


def file_digests(stream: BinaryIO) -> dict[str, str]:
    """The digests of what ``stream`` holds from where it stands, read in chunks."""
    digester = Digester()
    for chunk in iter(lambda: stream.read(CHUNK_BYTES), b""):
        digester.update(chunk)
    return digester.digests()


def upload_temp_dir() -> Path:
    """``CASE_UPLOAD_TEMP_DIR``, created private (0700) if it is not there."""
    path = Path(settings.CASE_UPLOAD_TEMP_DIR)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


class ReceivedFile(UploadedFile):
    """An uploaded file in a private temporary file (0600, in :func:`upload_temp_dir`), removed
    when closed unless storage moved it away first; ``digests`` once complete.

    Storage that can move a file (``temporary_file_path``, as FileSystemStorage does) takes it
    without another copy."""

    def __init__(self, name: str, content_type: str | None, charset: str | None):
        # Removed by close(), not by the temporary file itself, which would fail once storage moved it.
        file = tempfile.NamedTemporaryFile(suffix=".upload", dir=upload_temp_dir(), delete=False)  # noqa: SIM115
        super().__init__(file, name, content_type, 0, charset)
        self.digests: dict[str, str] = {}

    def temporary_file_path(self) -> str:
        return self.file.name

    def close(self) -> None:
        self.file.close()
        Path(self.file.name).unlink(missing_ok=True)  # gone already when storage moved it


class EvidenceUploadHandler(FileUploadHandler):
    """For a case upload, stream each file to a :class:`ReceivedFile`, hashing its chunks as
    they arrive; for any other request, do nothing (the next handler takes the files)."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.activated = is_case_upload_request(self.request)

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        if self.activated:
            self.file = ReceivedFile(self.file_name, self.content_type, self.charset)
            self.digester = Digester()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        if not self.activated:
            return raw_data
        self.file.write(raw_data)
        self.digester.update(raw_data)
        return None

    def file_complete(self, file_size: int) -> UploadedFile | None:
        if not self.activated:
            return None
        self.file.seek(0)
        self.file.size = file_size
        self.file.digests = self.digester.digests()
        return self.file

    def upload_interrupted(self) -> None:
        if self.activated and hasattr(self, "file"):
            self.file.close()
