"""Report files of the REST API: ``/api/cases/{id}/report.pdf``, ``/api/images/{id}/report.pdf``
and ``/api/cases/{id}/points.{geojson,kml,gpx}`` — the same files as the pages
(:mod:`cases.reports`), for members only: a case or image of another user's answers 404."""

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.permissions import IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView

from ..access import cases_for, get_case_for_user
from ..geoexport import FORMATS
from ..models import EvidenceImage
from ..reports import PDF, case_pdf_response, image_pdf_response, points_response


class FileNegotiation(BaseContentNegotiation):
    """These views answer one file type whatever ``Accept`` says; their errors are JSON."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None


class ReportFileView(APIView):
    permission_classes = [IsAuthenticated]
    renderer_classes = [JSONRenderer]
    content_negotiation_class = FileNegotiation


class CaseReportPDF(ReportFileView):
    @extend_schema(
        operation_id="cases_report_pdf",
        responses={(200, PDF): OpenApiResponse(OpenApiTypes.BINARY, description="The PDF case report")},
    )
    def get(self, request, pk: int):
        """The PDF report of the case (audited as an export)."""
        case, _ = get_case_for_user(request.user, pk)
        return case_pdf_response(request, case)


class ImageReportPDF(ReportFileView):
    @extend_schema(
        operation_id="images_report_pdf",
        responses={(200, PDF): OpenApiResponse(OpenApiTypes.BINARY, description="The PDF image report")},
    )
    def get(self, request, pk: int):
        """The PDF report of one image (audited as an export)."""
        images = EvidenceImage.objects.filter(case__in=cases_for(request.user)).select_related("case", "uploaded_by")
        return image_pdf_response(request, get_object_or_404(images, pk=pk))


class CasePoints(ReportFileView):
    @extend_schema(
        operation_id="cases_points",
        parameters=[
            OpenApiParameter("file_format", str, OpenApiParameter.PATH, enum=list(FORMATS)),
            OpenApiParameter("from", str, description="Captured at or after (ISO 8601 date or date-time)"),
            OpenApiParameter("to", str, description="Captured before (a date alone: up to its end)"),
        ],
        responses={
            (200, media_type): OpenApiResponse(OpenApiTypes.BINARY, description=f"GPS points as {name}")
            for name, (_, media_type) in FORMATS.items()
        },
    )
    def get(self, request, pk: int, file_format: str):
        """The case's GPS points with file name, capture time and sha256 (audited as an export)."""
        case, _ = get_case_for_user(request.user, pk)
        return points_response(request, case, file_format)
