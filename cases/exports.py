"""Exports of cases, evidence images and findings as CSV, JSON and XLSX (django-import-export).

Exports only: nothing is ever imported. Each export is recorded in the audit trail of every
case whose rows it contains.
"""

import tablib
from django.db.models import Count, QuerySet
from import_export import fields, resources
from import_export.formats import base_formats
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from . import audit
from .models import AuditEvent, Case, EvidenceImage, Finding

# A spreadsheet runs a cell starting with one of these as a formula. Text in an export comes
# from uploaded files (names, metadata), so such a cell is written with a leading apostrophe
# (OWASP "CSV injection"); JSON keeps values exactly as stored.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(dataset: tablib.Dataset) -> tablib.Dataset:
    """A copy of ``dataset`` where text cells cannot be read as formulas or break an XLSX file."""

    def cell(value):
        if not isinstance(value, str):
            return value
        value = ILLEGAL_CHARACTERS_RE.sub("\N{REPLACEMENT CHARACTER}", value)
        return "'" + value if value.startswith(FORMULA_STARTS) else value

    safe = tablib.Dataset(headers=dataset.headers)
    for row in dataset:
        safe.append([cell(value) for value in row])
    return safe


class CSV(base_formats.CSV):
    def export_data(self, dataset, **kwargs):
        return super().export_data(spreadsheet_safe(dataset), **kwargs)


class XLSX(base_formats.XLSX):
    def export_data(self, dataset, **kwargs):
        return super().export_data(spreadsheet_safe(dataset), **kwargs)


EXPORT_FORMATS = [CSV, base_formats.JSON, XLSX]


class CaseResource(resources.ModelResource):
    created_by = fields.Field(attribute="created_by__username", column_name="created_by")

    class Meta:
        model = Case
        fields = ("id", "reference", "title", "description", "status", "created_by", "created_at", "updated_at")
        export_order = fields


class EvidenceImageResource(resources.ModelResource):
    case = fields.Field(attribute="case__reference", column_name="case")
    uploaded_by = fields.Field(attribute="uploaded_by__username", column_name="uploaded_by")

    class Meta:
        model = EvidenceImage
        fields = EvidenceImage.FACT_FIELDS
        export_order = fields


class FindingResource(resources.ModelResource):
    case = fields.Field(attribute="case__reference", column_name="case")
    image = fields.Field(attribute="image__original_filename", column_name="image")
    image_sha256 = fields.Field(attribute="image__sha256", column_name="image_sha256")
    engine_version = fields.Field(attribute="analysis__engine_version", column_name="engine_version")

    class Meta:
        model = Finding
        fields = (
            "id",
            "case",
            "image",
            "image_sha256",
            "analysis",
            "engine_version",
            "rule",
            "severity",
            "title",
            "detail",
            "evidence",
        )
        export_order = fields


def record_export(request, queryset: QuerySet, file_format: str) -> None:
    """Audit an export of ``queryset`` (cases, or rows that belong to a case) as ``file_format``:
    one ``exported`` event per case, with the number of its rows exported."""
    model = queryset.model
    by_case = "pk" if model is Case else "case"
    rows = dict(queryset.order_by().values_list(by_case).annotate(rows=Count("pk")))
    for case in Case.objects.filter(pk__in=rows):
        audit.record(
            request, AuditEvent.Action.EXPORTED, case, model=model._meta.label, format=file_format, rows=rows[case.pk]
        )
