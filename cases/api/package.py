"""``POST /api/cases/{id}/package/``: the case package (:mod:`cases.package`), for owners only;
other members get 403, non-members 404."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema

from ..access import get_case_for_user
from ..package import package_response
from .reports import ReportFileView


class CasePackage(ReportFileView):
    @extend_schema(
        operation_id="cases_package",
        request=None,
        responses={
            (200, "application/zip"): OpenApiResponse(
                OpenApiTypes.BINARY, description="The case package: originals, analyses, custody chain, PDF report"
            ),
            409: OpenApiResponse(description="A stored original no longer matches its ingest hash: nothing exported"),
        },
    )
    def post(self, request, pk: int):
        """The case as a ZIP anyone can verify offline with its verify_package.py (audited as an export)."""
        case, _ = get_case_for_user(request.user, pk, manage=True)
        return package_response(request, case)
