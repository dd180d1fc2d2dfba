"""What the case page and the printable report show about a case's images, read from each
image's latest analysis: map points, the capture-time timeline, the badges of the image grid and
the finding counts of the images the forensic rules have read."""

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from .api.filters import latest_analysis_of_image
from .facts import (
    COMPOSITE_GROUP,
    EXIF_GROUP,
    GPS_GROUP,
    SEVERITY_ORDER,
    CaptureTime,
    ai_generator,
    camera_name,
    capture_time,
    edited,
    gps_point,
    highest_severity,
    is_placeholder,
    key_metadata,
    reading,
    rules_run,
    severity_counts,
    software_names,
)
from .models import Analysis, Case, EvidenceImage

SEVERITIES = list(reversed(SEVERITY_ORDER))  # high first
# The grid's badge filters (``?badge=``): value and label.
BADGES = {"ai": "AI", "edited": "edited", "camera": "camera"}

# The parts of a report the case page reads (those cases/facts.py reads for the functions used
# here), so a large case does not load every full report.
_FACT_PATHS = {
    keys: "report__" + "__".join(keys)
    for keys in (
        ("metadata", "IFD0", "Make"),
        ("metadata", "IFD0", "Model"),
        ("metadata", EXIF_GROUP, "DateTimeOriginal"),
        ("metadata", EXIF_GROUP, "OffsetTimeOriginal"),
        ("metadata", GPS_GROUP, "GPSLatitude"),
        ("metadata", GPS_GROUP, "GPSLatitudeRef"),
        ("metadata", GPS_GROUP, "GPSLongitude"),
        ("metadata", GPS_GROUP, "GPSLongitudeRef"),
        ("metadata", GPS_GROUP, "GPSDateStamp"),  # GPS date and time: the inferred time zone (cases/timezones.py)
        ("metadata", GPS_GROUP, "GPSTimeStamp"),
        ("metadata", COMPOSITE_GROUP, "GPSLatitude"),
        ("metadata", COMPOSITE_GROUP, "GPSLongitude"),
        ("c2pa", "state"),
        ("c2pa", "ai", "declared"),
        ("analysis", "summary"),
        ("analysis", "rules_run"),
        ("analysis", "ai", "declared"),
        ("analysis", "ai", "generator"),
        ("analysis", "software"),
        ("analysis", "findings"),
        ("analysis", "origin", "label"),
        ("analysis", "origin", "confidence"),
        ("analysis", "origin", "detail"),
    )
}


@dataclass
class ImageFacts:
    """One image with what its latest analysis says (``report`` may be partial, see ``full``)."""

    image: EvidenceImage
    analysis_id: int | None
    report: dict[str, Any]

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
    def key_metadata(self) -> list[tuple[str, Any]]:
        return key_metadata(self.report)

    @property
    def reading(self) -> dict[str, Any]:
        """The engine's reading (summary, findings, software, ai, rules_run), ``{}`` without one."""
        return reading(self.report)

    @property
    def rules_run(self) -> int | None:
        """How many rules read the file; None when they never did (then its findings say nothing)."""
        return rules_run(self.report)

    @property
    def severity_counts(self) -> dict[str, int]:
        return severity_counts(self.report)

    @property
    def top_severity(self) -> str | None:
        return highest_severity(self.report)

    @property
    def camera(self) -> str | None:
        return camera_name(self.report)

    @property
    def ai_generator(self) -> str | None:
        return ai_generator(self.report)

    @property
    def edited(self) -> bool:
        return edited(self.report)

    @property
    def software(self) -> list[str]:
        return software_names(self.report)

    @property
    def origin(self) -> dict[str, Any]:
        """The reading's origin (``label``, ``confidence``, ``detail``), ``{}`` without one."""
        origin = self.reading.get("origin")
        return origin if isinstance(origin, dict) and origin.get("label") else {}

    @property
    def origin_label(self) -> str | None:
        return self.origin.get("label")

    @property
    def badges(self) -> set[str]:
        """The :data:`BADGES` the image carries."""
        present = {"ai": bool(self.ai_generator), "edited": self.edited, "camera": bool(self.camera)}
        return {badge for badge, shown in present.items() if shown}


@dataclass
class TimelineEntry:
    facts: ImageFacts
    captured: CaptureTime
    since_previous: timedelta | None


@dataclass
class Overview:
    images: list[ImageFacts]

    @property
    def read(self) -> list[ImageFacts]:
        """The images whose latest analysis ran the forensic rules: only their findings count."""
        return [facts for facts in self.images if facts.rules_run is not None]

    @property
    def unread_count(self) -> int:
        """Images the rules have not read: not analysed yet, failed, or analysed by an engine
        before the reading."""
        return len(self.images) - len(self.read)

    @property
    def severity_counts(self) -> dict[str, int]:
        """Findings by severity (high first) over the :attr:`read` images only."""
        totals = sum((Counter(facts.severity_counts) for facts in self.read), Counter())
        return {severity: totals[severity] for severity in SEVERITIES}

    @property
    def rules_counted(self) -> str:
        """How many rules read the :attr:`read` images: ``"14 rules"``, or ``"12 to 14 rules"`` when
        engines of several versions read them; empty when none was read."""
        counts = sorted({facts.rules_run for facts in self.read})
        if not counts:
            return ""
        shown = str(counts[0]) if len(counts) == 1 else f"{counts[0]} to {counts[-1]}"
        return f"{shown} rule{'s' * (counts[-1] != 1)}"

    @property
    def origins(self) -> list[str]:
        """The origin labels of this case's images, most frequent first."""
        return [label for label, _ in Counter(f.origin_label for f in self.images if f.origin_label).most_common()]

    def filtered(self, badge: str | None = None, severity: str | None = None, origin: str | None = None) -> list:
        """The images carrying ``badge`` (one of :data:`BADGES`), whose highest finding is
        ``severity`` and whose origin label is ``origin``; None leaves that side unfiltered."""
        return [
            facts
            for facts in self.images
            if (badge is None or badge in facts.badges)
            and (severity is None or facts.top_severity == severity)
            and (origin is None or facts.origin_label == origin)
        ]

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
    """The images of ``case`` with their latest analysis, in two queries. ``full`` loads whole
    reports (the printable report); otherwise only the parts this module reads."""
    images = list(case.images.select_related("uploaded_by").annotate(latest_analysis_id=latest_analysis_of_image()))
    reports = _reports([image.latest_analysis_id for image in images if image.latest_analysis_id], full)
    return Overview(
        [ImageFacts(image, image.latest_analysis_id, reports.get(image.latest_analysis_id, {})) for image in images]
    )


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
