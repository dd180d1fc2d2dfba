"""Query-string filters of the REST API's lists (django-filter)."""

from django.db.models import Exists, OuterRef, Q, QuerySet
from django_filters import rest_framework as filters
from rest_framework.exceptions import ValidationError

from analysis import ENGINE_VERSION
from analysis.origin import LABELS as ORIGIN_LABELS

from ..models import Analysis, AuditEvent, Case, EvidenceImage, Finding, latest_analysis_of_image


class CharInFilter(filters.BaseInFilter, filters.CharFilter):
    """``?name=a,b``: any of the comma-separated values."""


# Related objects are filtered by plain number, not a choice among all rows, so that asking
# about another team's case gives the same empty list as asking about no case at all. The number
# must fit a 64-bit database id: a larger one is a 400, not an error in the database (SQLite).
MAX_ID = 2**63 - 1


def id_filter(**kwargs) -> filters.NumberFilter:
    """A filter on a row id given as a plain number, at most :data:`MAX_ID`."""
    return filters.NumberFilter(min_value=-MAX_ID, max_value=MAX_ID, **kwargs)


class CaseFilter(filters.FilterSet):
    q = filters.CharFilter(method="filter_q", label="Reference or title contains")

    class Meta:
        model = Case
        fields = ["status", "reference"]

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(reference__icontains=value) | Q(title__icontains=value))


def _known(name: str, values: list[str], known) -> list[str]:
    """``values`` when each is one of ``known``; a 400 naming the others (a misspelt value would
    otherwise filter everything out in silence)."""
    unknown = [value for value in values if value not in known]
    if unknown:
        raise ValidationError({name: [f"unknown value {value!r}; one of {', '.join(known)}" for value in unknown]})
    return values


class ReadingFilter(filters.FilterSet):
    """Filters on the reading of one analysis per row: the row's own (analyses), or an image's
    latest (images). ``analysis_ref`` is the path from the row to that analysis's id."""

    analysis_ref = "pk"

    severity = CharInFilter(
        method="filter_severity",
        help_text="Has a finding of this severity (one or more of info, low, medium, high, comma-separated: "
        "any of them) in the analysis; not the highest severity, so ?severity=low also lists analyses that have "
        "low and high findings",
    )
    ai = filters.TypedChoiceFilter(
        choices=[("true", "true"), ("false", "false")],
        coerce=lambda value: value == "true",
        method="filter_ai",
        help_text="true: the file declares AI generation; false: the reading found no declaration (analyses "
        "not yet read by the current engine match neither)",
    )
    software = filters.CharFilter(
        method="filter_software",
        help_text="A program the reading found whose name (with version) contains this text, case-insensitive",
    )

    origin = CharInFilter(
        method="filter_origin",
        help_text="Origin label of the analysis (one or more, comma-separated: any of them), e.g. facebook,whatsapp",
    )
    origin_confidence_min = filters.NumberFilter(
        method="filter_origin_confidence", min_value=0, max_value=1, help_text="Origin confidence at least this"
    )

    def filter_origin(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        return self._where_analysis(queryset, origin_label__in=_known(name, value, ORIGIN_LABELS))

    def filter_origin_confidence(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return self._where_analysis(queryset, origin_confidence__gte=value)

    def filter_severity(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        severities = _known(name, value, Finding.Severity.values)
        findings = Finding.objects.filter(analysis_id=OuterRef(self.analysis_ref), severity__in=severities)
        return queryset.filter(Exists(findings))

    def filter_ai(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return self._where_analysis(queryset, ai_declared=value)

    def filter_software(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if "\n" in value:  # names are stored one per line: a line break would match across two names
            return queryset.none()
        return self._where_analysis(queryset, software__icontains=value)

    def _where_analysis(self, queryset: QuerySet, **lookups) -> QuerySet:
        return queryset.filter(Exists(Analysis.objects.filter(pk=OuterRef(self.analysis_ref), **lookups)))


class EvidenceImageFilter(ReadingFilter):
    """Images; ``severity``, ``ai``, ``software`` and ``origin`` read each image's latest analysis."""

    analysis_ref = "latest_analysis_id"

    uploaded_after = filters.IsoDateTimeFilter(field_name="uploaded_at", lookup_expr="gte")
    uploaded_before = filters.IsoDateTimeFilter(field_name="uploaded_at", lookup_expr="lt")
    filename = filters.CharFilter(field_name="original_filename", lookup_expr="icontains")
    case = id_filter()

    class Meta:
        model = EvidenceImage
        fields = ["case", "status", "file_type", "mime", "sha256"]


class AnalysisFilter(ReadingFilter):
    case = id_filter(field_name="image__case")
    image = id_filter()
    stale = filters.BooleanFilter(method="filter_stale", label="Made by an older engine")

    class Meta:
        model = Analysis
        fields = ["image", "case", "engine_version"]

    def filter_stale(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return (
            queryset.exclude(engine_version=ENGINE_VERSION) if value else queryset.filter(engine_version=ENGINE_VERSION)
        )


class FindingFilter(filters.FilterSet):
    case = id_filter()
    image = id_filter()
    analysis = id_filter()
    severity = CharInFilter(
        method="filter_severity", help_text="One or more of info, low, medium, high, comma-separated"
    )
    rule = CharInFilter(help_text="One or more rule ids, comma-separated")
    current = filters.BooleanFilter(method="filter_current", label="Only from each image's latest analysis")

    class Meta:
        model = Finding
        fields = ["case", "image", "analysis", "severity", "rule"]

    def filter_severity(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        return queryset.filter(severity__in=_known(name, value, Finding.Severity.values))

    def filter_current(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        latest = Q(analysis_id=latest_analysis_of_image("image"))
        return queryset.filter(latest) if value else queryset.exclude(latest)


class AuditEventFilter(filters.FilterSet):
    case = id_filter()
    actor = filters.CharFilter(field_name="actor_name")
    since = filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    until = filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")

    class Meta:
        model = AuditEvent
        fields = ["case", "action", "actor", "target_type", "target_id"]
