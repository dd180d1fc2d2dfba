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
"""

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.http.multipartparser import MultiPartParser
from django.utils.encoding import force_str

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
        return ClientNameParser(META, input_data, others, encoding).parse()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        return raw_data  # never reached: handle_raw_input parses everything

    def file_complete(self, file_size: int) -> None:
        return None


def client_name(uploaded: UploadedFile) -> str:
    """The name the client sent for ``uploaded``, exactly (directory parts, entities and all);
    Django's sanitised name where the request was not parsed by :class:`ClientNameParser`."""
    return getattr(uploaded, "client_name", uploaded.name)
