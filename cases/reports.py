"""Report files that leave the app, shared by the pages and the REST API: the PDF case report,
the single-image PDF, and a case's GPS points as GeoJSON, KML or GPX.

Each is audited as an export (``AuditEvent.Action.EXPORTED``, with its format and what it held)
before it is made, so the report's own custody log shows it, and served as an attachment that
no cache keeps (``Cache-Control: private, no-store``).
"""

import re

from django.http import Http404, HttpResponse
from django.utils import timezone

from . import audit
from .downloads import private
from .geoexport import FORMATS, geo_points
from .models import AuditEvent, Case, EvidenceImage
from .overview import ImageFacts, case_overview
from .pdfreport import ReportInput, render
from .timefilter import TimeRange

PDF = "application/pdf"


def case_pdf_response(request, case: Case) -> HttpResponse:
    """The PDF report of every image of ``case``, with the case's whole custody log."""
    audit.record(request, AuditEvent.Action.EXPORTED, case, format="pdf report", images=case.images.count())
    return attachment(case_pdf(case, request.user), PDF, f"{case.reference}-report.pdf")


def case_pdf(case: Case, user) -> bytes:
    """The PDF report of every image of ``case`` made for ``user``, with the case's whole custody
    log as it is now (not audited here: the caller records the export first)."""
    content = ReportInput(
        reference=case.reference,
        title=case.title,
        subject="Case report",
        examiner=examiner(user),
        generated_at=timezone.now(),
        images=case_overview(case, full=True).images,
        events=list(case.audit_events.select_related("actor").order_by("sequence")),
    )
    return render(content)


def image_pdf_response(request, image: EvidenceImage) -> HttpResponse:
    """The PDF report of one image, laid out as the case report, with the image's own events."""
    case = image.case
    audit.record(request, AuditEvent.Action.EXPORTED, image, case=case, format="pdf report", sha256=image.sha256)
    latest = image.latest_analysis
    events = AuditEvent.objects.filter(case=case, target_type=EvidenceImage._meta.label, target_id=str(image.pk))
    content = ReportInput(
        reference=case.reference,
        title=case.title,
        subject=f"Image report: {image.original_filename}",
        examiner=examiner(request.user),
        generated_at=timezone.now(),
        images=[ImageFacts(image, latest.pk if latest else None, latest.report if latest else {})],
        events=list(events.select_related("actor").order_by("created_at", "pk")),
    )
    return attachment(render(content), PDF, f"{case.reference}-{image.sha256[:12]}-report.pdf")


def points_response(request, case: Case, file_format: str) -> HttpResponse:
    """The case's GPS points in ``file_format`` (a key of :data:`cases.geoexport.FORMATS`; else
    Http404), limited to the time range of the request's ``?from=&to=`` (:mod:`cases.timefilter`)."""
    if file_format not in FORMATS:
        raise Http404("Unknown format")
    window = TimeRange.from_query(request.GET)
    points = geo_points(window.apply(case_overview(case)))
    audit.record(
        request, AuditEvent.Action.EXPORTED, case, format=file_format, points=len(points), time_range=window.raw
    )
    write, media_type = FORMATS[file_format]
    content = write(points, f"{case.reference} — {case.title}")
    return attachment(content, media_type, f"{case.reference}-points.{file_format}")


def examiner(user) -> str:
    """ "Full Name (username)", or the user name alone."""
    full = user.get_full_name().strip()
    return f"{full} ({user.get_username()})" if full else user.get_username()


def attachment(content: bytes, media_type: str, filename: str) -> HttpResponse:
    """``content`` as a download named ``filename`` (cut to letters, digits, ``.``, ``-``, ``_``:
    a case reference is typed by users), private and never sniffed."""
    response = HttpResponse(content, content_type=media_type)
    response["Content-Disposition"] = f'attachment; filename="{safe_filename(filename)}"'
    return private(response)


def safe_filename(filename: str) -> str:
    """``filename`` cut to letters, digits, ``.``, ``-`` and ``_`` (others become ``_``), never
    empty: a case reference in a download's name is typed by users."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", filename).strip("._") or "report"
