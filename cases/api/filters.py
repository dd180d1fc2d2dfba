"""Query-string filters of the REST API's lists (django-filter)."""

from django.db.models import OuterRef, Q, QuerySet, Subquery
from django_filters import rest_framework as filters

from analysis import ENGINE_VERSION

from ..models import Analysis, AuditEvent, Case, EvidenceImage, Finding


def latest_analysis_of_image(image_ref: str = "pk") -> Subquery:
    """The id of the newest Analysis of the image named by ``image_ref`` (an OuterRef path)."""
    newest = Analysis.objects.filter(image=OuterRef(image_ref)).order_by("-created_at", "-pk")
    return Subquery(newest.values("pk")[:1])


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


class EvidenceImageFilter(filters.FilterSet):
    uploaded_after = filters.IsoDateTimeFilter(field_name="uploaded_at", lookup_expr="gte")
    uploaded_before = filters.IsoDateTimeFilter(field_name="uploaded_at", lookup_expr="lt")
    filename = filters.CharFilter(field_name="original_filename", lookup_expr="icontains")
    case = id_filter()

    class Meta:
        model = EvidenceImage
        fields = ["case", "status", "file_type", "mime", "sha256"]


class AnalysisFilter(filters.FilterSet):
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
    severity = CharInFilter(help_text="One or more of info, low, medium, high, comma-separated")
    rule = CharInFilter(help_text="One or more rule ids, comma-separated")
    current = filters.BooleanFilter(method="filter_current", label="Only from each image's latest analysis")

    class Meta:
        model = Finding
        fields = ["case", "image", "analysis", "severity", "rule"]

    def filter_current(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        latest = Q(analysis_id=latest_analysis_of_image("image"))
        return queryset.filter(latest) if value else queryset.exclude(latest)


class AuditEventFilter(filters.FilterSet):
    case = id_filter()
    actor = filters.CharFilter(field_name="actor__username")
    since = filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    until = filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")

    class Meta:
        model = AuditEvent
        fields = ["case", "action", "actor", "target_type", "target_id"]
