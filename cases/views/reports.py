"""Report files of the pages: the PDF case report, the single-image PDF, and the case's GPS
points as GeoJSON, KML or GPX (members only; audited as exports, see :mod:`cases.reports`)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404

from ..access import get_case_for_user
from ..reports import case_pdf_response, image_pdf_response, points_response


@login_required
def case_report_pdf(request, pk: int):
    case, _ = get_case_for_user(request.user, pk)
    return case_pdf_response(request, case)


@login_required
def image_report_pdf(request, pk: int, image_pk: int):
    case, _ = get_case_for_user(request.user, pk)
    image = get_object_or_404(case.images.select_related("case", "uploaded_by"), pk=image_pk)
    return image_pdf_response(request, image)


@login_required
def case_points(request, pk: int, file_format: str):
    """``points.geojson``, ``points.kml`` or ``points.gpx``; ``?from=&to=`` limits the time range."""
    case, _ = get_case_for_user(request.user, pk)
    return points_response(request, case, file_format)
