"""JSON shapes of cases and their evidence in the REST API."""

from django.contrib.auth import get_user_model
from rest_framework import serializers

from ..models import Analysis, AuditEvent, Case, EvidenceImage, Finding, Membership


class CaseSerializer(serializers.ModelSerializer):
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


class EvidenceImageSerializer(serializers.ModelSerializer):
    uploaded_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    latest_analysis = serializers.SerializerMethodField()

    class Meta:
        model = EvidenceImage
        fields = [*EvidenceImage.FACT_FIELDS, "latest_analysis"]
        read_only_fields = fields

    def get_latest_analysis(self, image: EvidenceImage) -> int | None:
        # Annotated by the views' querysets; a freshly stored image asks the database.
        if hasattr(image, "latest_analysis_id"):
            return image.latest_analysis_id
        latest = image.latest_analysis
        return latest.pk if latest else None


class UploadSerializer(serializers.Serializer):
    file = serializers.ListField(
        child=serializers.FileField(allow_empty_file=False),
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


class AnalysisSerializer(serializers.ModelSerializer):
    case = serializers.IntegerField(source="image.case_id", read_only=True)
    stale = serializers.SerializerMethodField(help_text="Made by an older engine than the one running now")

    class Meta:
        model = Analysis
        fields = ["id", "image", "case", "engine_version", "stale", "created_at"]

    def get_stale(self, analysis: Analysis) -> bool:
        return analysis.is_stale()


class AnalysisDetailSerializer(AnalysisSerializer):
    class Meta(AnalysisSerializer.Meta):
        fields = [*AnalysisSerializer.Meta.fields, "report"]


class FindingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Finding
        fields = ["id", "case", "image", "analysis", "rule", "severity", "title", "detail", "evidence"]


class AuditEventSerializer(serializers.ModelSerializer):
    actor = serializers.SlugRelatedField(slug_field="username", read_only=True)

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
