"""Exports of cases, evidence images and findings as CSV, JSON and XLSX (django-import-export).

Exports only: nothing is ever imported. Each export is recorded in the audit trail of every
case whose rows it contains. Lists (software names, a finding's evidence) are JSON arrays in
the JSON export and JSON text in a CSV or XLSX cell.
"""

import json
from typing import Any

import tablib
from django.db.models import Count, QuerySet
from import_export import fields, resources, widgets
from import_export.formats import base_formats
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from . import audit, facts
from .models import Analysis, AuditEvent, Case, EvidenceImage, Finding, latest_analysis_of_image

# A spreadsheet runs a cell starting with one of these as a formula. Text in an export comes
# from uploaded files (names, metadata), so such a cell is written with a leading apostrophe
# (OWASP "CSV injection"); JSON keeps values exactly as stored.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(dataset: tablib.Dataset) -> tablib.Dataset:
    """A copy of ``dataset`` where text cells cannot be read as formulas or break an XLSX file,
    and lists and objects are JSON text."""

    def cell(value):
        if isinstance(value, list | dict):
            value = json.dumps(value, ensure_ascii=False)
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


class AsIs(widgets.Widget):
    """A value exported as it is (a list stays a list, None stays empty): each format writes it."""

    def render(self, value: Any, obj=None, **kwargs) -> Any:
        return value


# What the summary column says of an image whose latest analysis an engine made before the reading.
NOT_READ = "not yet read by the current engine"
# Rows of latest analyses (with their reports) loaded at a time.
REPORT_BATCH = 200


def reading_facts(analysis: Analysis | None) -> dict[str, Any]:
    """The columns an image export takes from the image's latest analysis: camera make and model
    (``IFD0``), capture time (ISO 8601, with the UTC offset when OffsetTimeOriginal records one),
    GPS position in signed degrees (empty for the 0, 0 placeholder, see
    :data:`cases.facts.PLACEHOLDER_POINT`), software names, the AI declaration and generator,
    highest severity, origin label and confidence, summary (:data:`NOT_READ` for a report without
    a reading), rules run and engine version. Empty without an analysis."""
    if analysis is None:
        return {}
    report = analysis.report
    make, model = facts.camera(report)
    taken = facts.capture_time(report)
    point = facts.gps_point(report)
    if facts.is_placeholder(point):
        point = None
    return {
        "camera_make": make,
        "camera_model": model,
        "captured_at": (taken.aware or taken.local).isoformat() if taken else None,
        "gps_latitude": point[0] if point else None,
        "gps_longitude": point[1] if point else None,
        "software": analysis.software_names,
        "ai_declared": analysis.ai_declared,
        "ai_generator": analysis.ai_generator or None,
        "highest_severity": analysis.highest_severity or None,
        "origin": analysis.origin_label or None,
        "origin_confidence": analysis.origin_confidence,
        "summary": analysis.summary if analysis.is_read else NOT_READ,
        "rules_run": analysis.rules_run,
        "engine_version": analysis.engine_version,
    }


READING_COLUMNS = (
    "camera_make",
    "camera_model",
    "captured_at",
    "gps_latitude",
    "gps_longitude",
    "software",
    "ai_declared",
    "ai_generator",
    "highest_severity",
    "origin",
    "origin_confidence",
    "summary",
    "rules_run",
    "engine_version",
)

# The :data:`READING_COLUMNS` as export fields, each read from the ``reading_facts`` an export
# attaches to the image (see :meth:`EvidenceImageResource.export_resource`).
ReadingColumns = type(
    "ReadingColumns",
    (resources.Resource,),
    {
        name: fields.Field(attribute=f"reading_facts__{name}", column_name=name, widget=AsIs())
        for name in READING_COLUMNS
    },
)


class EvidenceImageResource(ReadingColumns, resources.ModelResource):
    """Images with their hashes and, from the latest analysis, what they show and how they read
    (:func:`reading_facts`)."""

    case = fields.Field(attribute="case__reference", column_name="case")
    uploaded_by = fields.Field(attribute="uploaded_by__username", column_name="uploaded_by")

    class Meta:
        model = EvidenceImage
        fields = (*EvidenceImage.FACT_FIELDS, *READING_COLUMNS)
        export_order = fields

    def before_export(self, queryset: QuerySet | None, **kwargs) -> None:
        # The latest analyses of all exported images, loaded in batches, not one query per image.
        images = self.get_queryset() if queryset is None else queryset
        latest = dict(images.order_by().annotate(latest=latest_analysis_of_image()).values_list("pk", "latest"))
        analyses: dict[int, Analysis] = {}
        ids = [pk for pk in latest.values() if pk]
        for start in range(0, len(ids), REPORT_BATCH):
            analyses.update(Analysis.objects.in_bulk(ids[start : start + REPORT_BATCH]))
        self.facts = {image: reading_facts(analyses.get(pk)) for image, pk in latest.items()}

    def export_resource(self, instance: EvidenceImage, selected_fields=None, **kwargs) -> list:
        instance.reading_facts = self.facts.get(instance.pk, {})
        return super().export_resource(instance, selected_fields, **kwargs)


class FindingResource(resources.ModelResource):
    case = fields.Field(attribute="case__reference", column_name="case")
    image = fields.Field(attribute="image__original_filename", column_name="image")
    image_sha256 = fields.Field(attribute="image__sha256", column_name="image_sha256")
    engine_version = fields.Field(attribute="analysis__engine_version", column_name="engine_version")
    evidence = fields.Field(column_name="evidence", widget=AsIs())

    class Meta:
        model = Finding
        fields = ("id", "case", "image", "image_sha256", "analysis", "engine_version", *Finding.ENGINE_FIELDS)
        export_order = fields

    def dehydrate_evidence(self, finding: Finding) -> list[dict[str, Any]]:
        # Place before value, as read, whatever order the database keeps keys in (jsonb sorts them).
        return [{"where": item.get("where"), "value": item.get("value")} for item in finding.evidence or []]


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
