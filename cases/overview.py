"""What the case page and the printable report show about a case's images, read from each
image's latest analysis: map points, the capture-time timeline and finding counts."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db.models import Count

from .api.filters import latest_analysis_of_image
from .facts import (
    COMPOSITE_GROUP,
    EXIF_GROUP,
    GPS_GROUP,
    CaptureTime,
    capture_time,
    gps_point,
    is_placeholder,
    key_metadata,
)
from .models import Analysis, Case, EvidenceImage, Finding

SEVERITIES = [choice.value for choice in reversed(Finding.Severity)]  # high first

# The parts of a report the case page reads, so a large case does not load every full report.
_FACT_PATHS = {
    ("gps",): "report__gps",
    ("DateTimeOriginal",): "report__DateTimeOriginal",
    ("OffsetTimeOriginal",): "report__OffsetTimeOriginal",
    ("analysis", "verdict"): "report__analysis__verdict",
    ("metadata", EXIF_GROUP): f"report__metadata__{EXIF_GROUP}",
    ("metadata", GPS_GROUP): f"report__metadata__{GPS_GROUP}",
    ("metadata", COMPOSITE_GROUP): f"report__metadata__{COMPOSITE_GROUP}",
    ("c2pa", "state"): "report__c2pa__state",
    ("c2pa", "ai", "declared"): "report__c2pa__ai__declared",
}


@dataclass
class ImageFacts:
    """One image with what its latest analysis says (``report`` may be partial, see ``full``)."""

    image: EvidenceImage
    analysis_id: int | None
    report: dict[str, Any]
    findings: Counter = field(default_factory=Counter)
    finding_rows: list[Finding] = field(default_factory=list)

    @property
    def point(self) -> tuple[float, float] | None:
        """The GPS position to map and count: none for the (0, 0) placeholder."""
        point = gps_point(self.report)
        return None if is_placeholder(point) else point

    @property
    def placeholder_point(self) -> bool:
        """True when the file records GPS exactly (0, 0), see :func:`cases.facts.is_placeholder`."""
        return is_placeholder(gps_point(self.report))

    @property
    def c2pa(self) -> dict[str, Any] | None:
        """The report's C2PA Content Credentials section (only ``state`` and ``ai.declared``
        unless the overview was made ``full``)."""
        c2pa = self.report.get("c2pa")
        return c2pa if isinstance(c2pa, dict) else None

    @property
    def captured(self) -> CaptureTime | None:
        return capture_time(self.report)

    @property
    def verdict(self) -> str | None:
        return (self.report.get("analysis") or {}).get("verdict")

    @property
    def key_metadata(self) -> list[tuple[str, Any]]:
        return key_metadata(self.report)

    @property
    def finding_total(self) -> int:
        return sum(self.findings.values())

    @property
    def top_severity(self) -> str | None:
        return next((severity for severity in SEVERITIES if self.findings[severity]), None)


@dataclass
class TimelineEntry:
    facts: ImageFacts
    captured: CaptureTime
    since_previous: timedelta | None


@dataclass
class Overview:
    images: list[ImageFacts]
    severity_counts: dict[str, int]

    @property
    def points(self) -> list[ImageFacts]:
        return [facts for facts in self.images if facts.point]

    @property
    def timeline(self) -> list[TimelineEntry]:
        dated = sorted((facts for facts in self.images if facts.captured), key=lambda f: f.captured.sort_key)
        entries, previous = [], None
        for facts in dated:
            when = facts.captured.sort_key
            entries.append(TimelineEntry(facts, facts.captured, when - previous if previous else None))
            previous = when
        return entries

    @property
    def status_counts(self) -> Counter:
        return Counter(facts.image.status for facts in self.images)

    def map_points(self) -> list[dict[str, Any]]:
        """The map's data: ``{"lat", "lon", "name", "url"}`` per image with a GPS position."""
        return [
            {"lat": f.point[0], "lon": f.point[1], "name": f.image.original_filename, "url": f.image.get_absolute_url()}
            for f in self.points
        ]


def case_overview(case: Case, *, full: bool = False) -> Overview:
    """The images of ``case`` with their latest analysis. ``full`` loads whole reports and the
    findings themselves (the printable report); otherwise only the parts this module reads."""
    images = list(case.images.select_related("uploaded_by").annotate(latest_analysis_id=latest_analysis_of_image()))
    latest_ids = [image.latest_analysis_id for image in images if image.latest_analysis_id]
    reports = _reports(latest_ids, full)
    findings: dict[int, Counter] = {}
    for row in (
        Finding.objects.filter(analysis_id__in=latest_ids).values("image_id", "severity").annotate(n=Count("pk"))
    ):
        findings.setdefault(row["image_id"], Counter())[row["severity"]] = row["n"]
    facts = [
        ImageFacts(
            image,
            image.latest_analysis_id,
            reports.get(image.latest_analysis_id, {}),
            findings.get(image.pk, Counter()),
        )
        for image in images
    ]
    if full:
        by_image = {f.image.pk: f for f in facts}
        for finding in Finding.objects.filter(analysis_id__in=latest_ids).order_by("image_id", "pk"):
            by_image[finding.image_id].finding_rows.append(finding)
    totals = sum((f.findings for f in facts), Counter())
    return Overview(facts, {severity: totals[severity] for severity in SEVERITIES})


def _reports(analysis_ids: list[int], full: bool) -> dict[int, dict[str, Any]]:
    analyses = Analysis.objects.filter(pk__in=analysis_ids)
    if full:
        return dict(analyses.values_list("pk", "report"))
    reports = {}
    for row in analyses.values("pk", *_FACT_PATHS.values()):
        report: dict[str, Any] = {}
        for keys, column in _FACT_PATHS.items():
            if row[column] is not None:
                parent = report
                for key in keys[:-1]:
                    parent = parent.setdefault(key, {})
                parent[keys[-1]] = row[column]
        reports[row["pk"]] = report
    return reports
