"""How evidence bytes leave the server: one place for the headers, shared by pages and API."""

from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import render

from . import audit
from .models import AuditEvent, EvidenceImage


def private(response: HttpResponse) -> HttpResponse:
    """Headers for evidence bytes: never sniffed into another type, never kept by shared caches."""
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def refusal(request, message: str) -> HttpResponse:
    """409 with ``message``: the 409 page for a browser, ``{"detail": message}`` otherwise."""
    if request.get_preferred_type(["application/json", "text/html"]) == "text/html":
        return private(render(request, "409.html", {"error": message}, status=409))
    return private(JsonResponse({"detail": message}, status=409))


def original_response(request, image: EvidenceImage) -> HttpResponse:
    """The stored original, byte for byte, as an attachment that no browser renders.

    The bytes are re-hashed first: the audit event records the sha256 of what is actually
    served, and an original that no longer matches its ingest hash is not served at all (409,
    audited), so altered evidence never leaves silently. Raises Http404 when the file is missing.
    """
    try:
        served = image.stored_sha256()
        stored = image.file.open("rb")
    except OSError:
        raise Http404("The stored original is missing; run the integrity check (manage.py verify_evidence)") from None
    intact = served == image.sha256
    audit.record(request, AuditEvent.Action.IMAGE_DOWNLOADED, image, case=image.case, sha256=served, intact=intact)
    if not intact:
        stored.close()
        return refusal(
            request,
            f"The stored original no longer matches its ingest hash (sha256 {image.sha256} at ingest, {served} now); "
            "it was not served. Run the integrity check.",
        )
    response = FileResponse(
        stored, as_attachment=True, filename=image.download_name, content_type="application/octet-stream"
    )
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return private(response)
