"""The admin: every model with list columns, search and filters; cases, images and findings
exportable as CSV, JSON and XLSX.

Evidence is never edited here: images, analyses and findings are read-only (images come in
through ingest only), and the audit trail cannot be added to, changed or deleted. What the admin
does change (cases, members, deleting images) goes into the audit trail like any other change.
"""

from django.contrib import admin
from import_export.admin import ExportActionMixin

from . import audit
from .deletion import remove_stored_files
from .exports import EXPORT_FORMATS, CaseResource, EvidenceImageResource, FindingResource, record_export
from .models import Analysis, AuditEvent, Case, EvidenceImage, Finding, Membership

Action = AuditEvent.Action


class AuditedExportMixin(ExportActionMixin):
    """Export as CSV, JSON or XLSX, from the list page or the selected rows, and audit it."""

    export_formats = EXPORT_FORMATS

    def get_export_data(self, file_format, request, queryset, **kwargs):
        data = super().get_export_data(file_format, request, queryset, **kwargs)
        record_export(request, queryset, file_format.get_title())
        return data


class AuditedAdmin(admin.ModelAdmin):
    """What the admin saves and deletes is audited: ``audit_actions`` maps "added", "changed"
    and "deleted" to an AuditEvent.Action, for whichever of those the admin allows."""

    audit_actions: dict[str, str]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        action = self.audit_actions["changed" if change else "added"]
        audit.record(request, action, obj, case=case_of(obj), via="admin", fields=form.changed_data)

    def delete_model(self, request, obj) -> None:
        audit.record(request, self.audit_actions["deleted"], obj, case=case_of(obj), via="admin")
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset) -> None:
        for obj in queryset:
            audit.record(request, self.audit_actions["deleted"], obj, case=case_of(obj), via="admin")
        super().delete_queryset(request, queryset)


def case_of(obj) -> Case:
    return obj if isinstance(obj, Case) else obj.case


class DeletesWithItsAnalyses(admin.ModelAdmin):
    """Deleting an image (or a case) takes its analyses and findings with it, although those
    can never be deleted on their own."""

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        perms_needed -= {Analysis._meta.verbose_name, Finding._meta.verbose_name}
        return deleted, counts, perms_needed, protected


class ReadOnlyAdmin(admin.ModelAdmin):
    """Viewable, never added, changed or deleted here."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]
    readonly_fields = ["added_at"]


@admin.register(Case)
class CaseAdmin(AuditedExportMixin, DeletesWithItsAnalyses, AuditedAdmin):
    audit_actions = {"added": Action.CASE_CREATED, "changed": Action.CASE_UPDATED, "deleted": Action.CASE_DELETED}
    resource_classes = [CaseResource]
    list_display = ["reference", "title", "status", "created_by", "created_at", "updated_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["reference", "title", "description"]
    date_hierarchy = "created_at"
    readonly_fields = ["created_by", "created_at", "updated_at"]
    inlines = [MembershipInline]

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change) -> None:
        super().save_formset(request, form, formset, change)
        case = form.instance
        for member in formset.new_objects:
            audit.record(
                request, Action.MEMBER_ADDED, member, case, via="admin", user=str(member.user), role=member.role
            )
        for member, _ in formset.changed_objects:
            audit.record(
                request, Action.MEMBER_CHANGED, member, case, via="admin", user=str(member.user), role=member.role
            )
        for member in formset.deleted_objects:
            audit.record(request, Action.MEMBER_REMOVED, member, case, via="admin", user=str(member.user))

    def delete_model(self, request, obj) -> None:
        remove_stored_files(obj.images.all())
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset) -> None:
        remove_stored_files(EvidenceImage.objects.filter(case__in=queryset))
        super().delete_queryset(request, queryset)


@admin.register(Membership)
class MembershipAdmin(AuditedAdmin):
    audit_actions = {"added": Action.MEMBER_ADDED, "changed": Action.MEMBER_CHANGED, "deleted": Action.MEMBER_REMOVED}
    list_display = ["case", "user", "role", "added_at"]
    list_filter = ["role"]
    search_fields = ["case__reference", "case__title", "user__username"]
    autocomplete_fields = ["case", "user"]
    list_select_related = ["case", "user"]


@admin.register(EvidenceImage)
class EvidenceImageAdmin(AuditedExportMixin, DeletesWithItsAnalyses, AuditedAdmin):
    audit_actions = {"deleted": Action.IMAGE_DELETED}
    resource_classes = [EvidenceImageResource]
    list_display = ["original_filename", "case", "file_type", "size", "status", "uploaded_by", "uploaded_at"]
    list_filter = ["status", "file_type", "uploaded_at"]
    search_fields = ["original_filename", "sha256", "sha1", "md5", "case__reference"]
    date_hierarchy = "uploaded_at"
    list_select_related = ["case", "uploaded_by"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # evidence comes in through ingest, which hashes and audits it

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # an original and its ingest record are never altered

    def delete_model(self, request, obj) -> None:
        remove_stored_files([obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset) -> None:
        remove_stored_files(list(queryset))
        super().delete_queryset(request, queryset)


@admin.register(Analysis)
class AnalysisAdmin(ReadOnlyAdmin):
    list_display = [
        "pk",
        "image",
        "engine_version",
        "highest_severity",
        "ai_declared",
        "origin_label",
        "origin_confidence",
        "rules_run",
        "created_at",
    ]
    list_filter = ["engine_version", "highest_severity", "ai_declared", "origin_label", "created_at"]
    search_fields = ["image__original_filename", "image__sha256", "image__case__reference", "summary", "software"]
    list_select_related = ["image"]


@admin.register(Finding)
class FindingAdmin(AuditedExportMixin, ReadOnlyAdmin):
    resource_classes = [FindingResource]
    list_display = ["rule", "severity", "title", "case", "image"]
    list_filter = ["severity", "rule"]
    search_fields = ["rule", "title", "detail", "evidence", "case__reference", "image__original_filename"]
    list_select_related = ["case", "image"]


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "actor", "action", "case", "target_type", "target_repr", "ip_address"]
    list_filter = ["action", "target_type", "created_at"]
    search_fields = ["target_repr", "target_id", "actor__username", "case__reference"]
    date_hierarchy = "created_at"
    list_select_related = ["actor", "case"]
