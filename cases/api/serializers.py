"""JSON shapes of cases and their evidence in the REST API."""

from typing import Any

from django.contrib.auth import get_user_model
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .. import facts
from ..forms import REFERENCE_IN_USE
from ..models import Analysis, AuditEvent, Case, EvidenceImage, Finding, Membership

# The keys of a stored report that engines before the reading (0.1.0) wrote and the API no
# longer shows: the original API's keyword verdict in ``analysis``; the flat EXIF keys, ``gps``
# and Pillow's ``format``/``mode``/``width``/``height`` at the top. Only ``/api/extract/``
# speaks that language, for old clients.
LEGACY_VERDICT_KEYS = frozenset(
    {"is_modified", "software_detected", "detected_origins", "verdict", "confidence", "notes", "features"}
)
# What is kept of such an old report: the keys it shares with the current report shape.
LEGACY_REPORT_KEYS = ("file", "metadata", "jpeg", "c2pa", "warnings", "analysis", "engine_version", "error")


class CaseSerializer(serializers.ModelSerializer):
    """A case. ``reference`` is given when the case is opened and never changes afterwards (as on
    the case page); it is unique among the cases the requesting user opened."""

    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    role = serializers.SerializerMethodField(help_text="The requesting user's role in this case")
    image_count = serializers.SerializerMethodField()

    class Meta:
        model = Case
        fields = [
            "id",
            "reference",
            "title",
            "description",
            "status",
            "created_by",
            "created_at",
            "updated_at",
            "role",
            "image_count",
        ]

    # The list and detail querysets annotate these; a case just created or changed is counted here.
    def get_role(self, case: Case) -> str | None:
        return getattr(case, "my_role", None) or case.role_of(self.context["request"].user)

    def get_image_count(self, case: Case) -> int:
        return case.image_count if hasattr(case, "image_count") else case.images.count()

    def validate_reference(self, reference: str) -> str:
        if self.instance is not None:
            if reference != self.instance.reference:
                raise serializers.ValidationError("The reference of a case cannot change.")
            return reference
        if Case.objects.filter(created_by=self.context["request"].user, reference=reference).exists():
            raise serializers.ValidationError(REFERENCE_IN_USE)
        return reference


class MembershipSerializer(serializers.ModelSerializer):
    user = serializers.SlugRelatedField(slug_field="username", queryset=get_user_model().objects.filter(is_active=True))

    class Meta:
        model = Membership
        fields = ["id", "user", "role", "added_at"]

    def validate_user(self, user):
        case = self.context["case"]
        if self.instance is None and case.memberships.filter(user=user).exists():
            raise serializers.ValidationError("Already a member of this case.")
        if self.instance is not None and user != self.instance.user:
            raise serializers.ValidationError("A membership's user cannot change; remove it and add another.")
        return user


def public_report(report: dict[str, Any] | None) -> dict[str, Any]:
    """``report`` as the API shows it: a report with a reading (engine 0.2.0 on) as stored; an
    older one without its legacy keys (:data:`LEGACY_VERDICT_KEYS`, flat keys), so that the old
    keyword verdict never reaches the case API."""
    report = report or {}
    if facts.reading(report):
        return report
    kept = {key: report[key] for key in LEGACY_REPORT_KEYS if key in report}
    if isinstance(kept.get("analysis"), dict):
        kept["analysis"] = {key: value for key, value in kept["analysis"].items() if key not in LEGACY_VERDICT_KEYS}
    return kept


class EmptyAsNullField(serializers.CharField):
    """Text stored as ``""`` when absent, shown as null."""

    def __init__(self, **kwargs) -> None:
        super().__init__(read_only=True, allow_null=True, **kwargs)

    def to_representation(self, value: str) -> str | None:
        return value or None


class ReadingSerializer(serializers.ModelSerializer):
    """The facts of one analysis's reading (the columns :func:`cases.models.reading_columns` sets)."""

    summary = EmptyAsNullField(
        help_text="The reading in one sentence; null: not yet read by the current engine (re-analyse it)"
    )
    rules_run = serializers.IntegerField(
        read_only=True,
        allow_null=True,
        help_text="How many forensic rules read the file; null: they never ran (not yet read by the current "
        "engine, or the engine stopped before its rules), so no finding list, even an empty one, says anything",
    )
    highest_severity = EmptyAsNullField(help_text="info, low, medium or high; null: no findings")
    ai_declared = serializers.BooleanField(
        read_only=True,
        allow_null=True,
        help_text="The file itself declares AI generation; false: no declaration found (which does not show "
        "the image is not AI-generated); null: not yet read",
    )
    ai_generator = EmptyAsNullField(help_text="The declared AI generator; null when none is declared or named")
    software = serializers.ListField(
        child=serializers.CharField(),
        source="software_names",
        read_only=True,
        help_text='Programs the reading found, name and version ("Adobe Photoshop 24.0")',
    )

    origin = EmptyAsNullField(
        source="origin_label",
        help_text="Where the picture came from: camera, screenshot, ai_generated, edited, scanner, a platform "
        "(whatsapp, instagram, facebook, messenger, telegram, twitter, tiktok, flickr, signal, discord, snapchat) "
        "or unknown; null: not yet read",
    )
    origin_confidence = serializers.FloatField(
        read_only=True,
        allow_null=True,
        help_text="0..1: of the files labelled X at 0.7 or more, at least 95 % really are X; below 0.5 a hint only",
    )

    class Meta:
        model = Analysis
        fields = [
            "summary",
            "rules_run",
            "highest_severity",
            "ai_declared",
            "ai_generator",
            "software",
            "origin",
            "origin_confidence",
        ]


class EvidenceImageSerializer(serializers.ModelSerializer):
    uploaded_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    latest_analysis = serializers.SerializerMethodField()
    reading = ReadingSerializer(
        source="latest_analysis",
        read_only=True,
        allow_null=True,
        help_text="The reading of the latest analysis; null before the first",
    )

    class Meta:
        model = EvidenceImage
        fields = [*EvidenceImage.FACT_FIELDS, "latest_analysis", "reading"]
        read_only_fields = fields

    def get_latest_analysis(self, image: EvidenceImage) -> int | None:
        # Annotated by the views' querysets; a freshly stored image asks the database.
        if hasattr(image, "latest_analysis_id"):
            return image.latest_analysis_id
        latest = image.latest_analysis
        return latest.pk if latest else None


class UploadSerializer(serializers.Serializer):
    file = serializers.ListField(
        # An empty file is one "skipped" result beside the others' (the view), not a 400 for all.
        child=serializers.FileField(allow_empty_file=True),
        allow_empty=False,
        help_text="One or more images or ZIP archives of images (repeat the field)",
    )


class UploadOutcomeSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="The uploaded file's name, or the member's name in its archive")
    outcome = serializers.ChoiceField(choices=["stored", "duplicate", "skipped", "refused"])
    message = serializers.CharField()
    image = EvidenceImageSerializer(allow_null=True, help_text="The stored image (also for a duplicate)")


class UploadResponseSerializer(serializers.Serializer):
    results = UploadOutcomeSerializer(many=True)


class AnalysisSerializer(ReadingSerializer):
    case = serializers.IntegerField(source="image.case_id", read_only=True)
    stale = serializers.SerializerMethodField(help_text="Made by an older engine than the one running now")

    class Meta(ReadingSerializer.Meta):
        fields = ["id", "image", "case", "engine_version", "stale", "created_at", *ReadingSerializer.Meta.fields]

    def get_stale(self, analysis: Analysis) -> bool:
        return analysis.is_stale()


class AnalysisDetailSerializer(AnalysisSerializer):
    report = serializers.SerializerMethodField(
        help_text="The engine's report (file, image, metadata, sections such as jpeg and c2pa, warnings, "
        "analysis: the reading); of an engine before 0.2.0, without the original API's verdict keys"
    )

    class Meta(AnalysisSerializer.Meta):
        fields = [*AnalysisSerializer.Meta.fields, "report"]

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_report(self, analysis: Analysis) -> dict[str, Any]:
        return public_report(analysis.report)


class EvidenceSerializer(serializers.Serializer):
    where = serializers.CharField(help_text='The exact place: "Group:Tag", a segment and offset, a chunk, a manifest')
    value = serializers.JSONField(help_text="The value found there, or a description of it when binary")


class FindingSerializer(serializers.ModelSerializer):
    evidence = EvidenceSerializer(many=True, read_only=True, help_text="The places the finding rests on")

    class Meta:
        model = Finding
        fields = ["id", "case", "image", "analysis", *Finding.ENGINE_FIELDS]


class AuditEventSerializer(serializers.ModelSerializer):
    actor = serializers.CharField(
        source="actor_name", read_only=True, help_text="The actor's user name when it acted; empty: the system"
    )

    class Meta:
        model = AuditEvent
        fields = [
            "id",
            "created_at",
            "actor",
            "action",
            "case",
            "target_type",
            "target_id",
            "target_repr",
            "ip_address",
            "details",
        ]
