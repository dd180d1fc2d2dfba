"""How evidence bytes leave the server: one place for the headers, shared by pages and API."""

from django.http import FileResponse, Http404, HttpResponse

from . import audit
from .models import AuditEvent, EvidenceImage


def private(response: HttpResponse) -> HttpResponse:
    """Headers for evidence bytes: never sniffed into another type, never kept by shared caches."""
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def original_response(request, image: EvidenceImage) -> FileResponse:
    """The stored original, byte for byte, as an attachment that no browser renders; audited as
    a download. Raises Http404 when the stored file is missing."""
    try:
        stored = image.file.open("rb")
    except OSError:
        raise Http404("The stored original is missing; run the integrity check (manage.py verify_evidence)") from None
    audit.record(request, AuditEvent.Action.IMAGE_DOWNLOADED, image, case=image.case, sha256=image.sha256)
    response = FileResponse(
        stored, as_attachment=True, filename=image.download_name, content_type="application/octet-stream"
    )
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return private(response)
