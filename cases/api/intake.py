"""The shape of a case's intake progress in the API (cases.intake.intake_progress)."""

from rest_framework import serializers


class AnalysisCounts(serializers.Serializer):
    analysed = serializers.IntegerField()
    pending = serializers.IntegerField()
    failed = serializers.IntegerField(help_text="Analysis failed (not counting those too large)")
    too_large = serializers.IntegerField(help_text="Stored, too large to analyse (over the engine's 20 MB)")


class ImageCounts(AnalysisCounts):
    total = serializers.IntegerField()


class UploadProgressSerializer(AnalysisCounts):
    id = serializers.CharField()
    name = serializers.CharField(help_text="The uploaded file's name, as sent")
    size = serializers.IntegerField(help_text="Bytes")
    received = serializers.IntegerField(help_text="Bytes received so far")
    phase = serializers.ChoiceField(choices=["receiving", "checking", "intake", "done", "failed"])
    error = serializers.CharField(allow_blank=True)
    stored = serializers.IntegerField(help_text="Files or archive members stored")
    duplicate = serializers.IntegerField(help_text="Already in the case")
    skipped = serializers.IntegerField()
    refused = serializers.IntegerField(help_text="Whole archives refused")
    messages = serializers.ListField(child=serializers.CharField(), help_text="What was skipped or refused (first 50)")
    created = serializers.FloatField(help_text="Seconds since the epoch")
    updated = serializers.FloatField(help_text="Seconds since the epoch")


class IntakeSerializer(serializers.Serializer):
    images = ImageCounts()
    uploads = UploadProgressSerializer(many=True, help_text="The newest uploads, newest first")
    active = serializers.BooleanField(help_text="An upload is being received or taken in, or an image waits")
