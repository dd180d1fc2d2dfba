"""The admin: every model with list columns, search and filters; cases, images and findings
exportable as CSV, JSON and XLSX.

The admin follows the custody rules of the pages. Evidence is never edited here: images,
analyses and findings are read-only (images come in through ingest only), and the audit trail
cannot be added to, changed or deleted. What the admin does change (cases, members, deleting
images and users) goes into the audit trail like any other change, and so does looking at an
image, analysis or finding. A staff user sees only the cases they are a member of (a superuser
sees all). No storage URL is shown: an original leaves only through the audited download that
re-hashes it first (:func:`cases.downloads.original_response`).
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html
from import_export.admin import ExportActionMixin

from . import audit
from .access import cases_for
from .deletion import remove_stored_files
from .downloads import original_response
from .exports import EXPORT_FORMATS, CaseResource, EvidenceImageResource, FindingResource, record_export
from .models import Analysis, AuditEvent, Case, EvidenceImage, Finding, LastOwnerError, Membership

Action = AuditEvent.Action


class MemberCasesOnly(admin.ModelAdmin):
    """A staff user sees, and links rows to, only the cases they are a member of; a superuser
    sees all. ``case_path`` is the lookup from a row to its case ("" for cases themselves)."""

    case_path = "case"

    def get_queryset(self, request):
        rows = super().get_queryset(request)
        if request.user.is_superuser:
            return rows
        mine = cases_for(request.user)
        return rows.filter(**{f"{self.case_path}__in" if self.case_path else "pk__in": mine})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Case and not request.user.is_superuser:
            kwargs["queryset"] = cases_for(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class AuditedViews(admin.ModelAdmin):
    """Looking at one row (its admin page) is audited as a view of evidence."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        obj = self.get_object(request, unquote(object_id))
        if request.method == "GET" and response.status_code == 200 and obj is not None:
            audit.record(request, Action.IMAGE_VIEWED, obj, case=case_of(obj), via="admin")
        return response


class KeepsAnOwner(admin.ModelAdmin):
    """A change that would leave a case without an owner (:class:`cases.models.LastOwnerError`,
    raised inside the admin's transaction, so nothing of it is saved) answers with the reason."""

    def changeform_view(self, request, *args, **kwargs):
        return self._refusing_last_owner(request, super().changeform_view, *args, **kwargs)

    def delete_view(self, request, *args, **kwargs):
        return self._refusing_last_owner(request, super().delete_view, *args, **kwargs)

    def changelist_view(self, request, *args, **kwargs):
        return self._refusing_last_owner(request, super().changelist_view, *args, **kwargs)

    def _refusing_last_owner(self, request, view, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except LastOwnerError as exc:
            messages.error(request, str(exc))
            return HttpResponseRedirect(request.get_full_path())


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
    if isinstance(obj, Analysis):
        return obj.image.case
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
class CaseAdmin(AuditedExportMixin, DeletesWithItsAnalyses, KeepsAnOwner, MemberCasesOnly, AuditedAdmin):
    case_path = ""
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
class MembershipAdmin(KeepsAnOwner, MemberCasesOnly, AuditedAdmin):
    audit_actions = {"added": Action.MEMBER_ADDED, "changed": Action.MEMBER_CHANGED, "deleted": Action.MEMBER_REMOVED}
    list_display = ["case", "user", "role", "added_at"]
    list_filter = ["role"]
    search_fields = ["case__reference", "case__title", "user__username"]
    autocomplete_fields = ["case", "user"]
    list_select_related = ["case", "user"]

    def delete_queryset(self, request, queryset) -> None:
        # One by one, so that each goes through Membership.delete (a case keeps an owner).
        with transaction.atomic():
            for member in queryset:
                audit.record(request, self.audit_actions["deleted"], member, case=member.case, via="admin")
                member.delete()


@admin.register(EvidenceImage)
class EvidenceImageAdmin(AuditedExportMixin, DeletesWithItsAnalyses, AuditedViews, MemberCasesOnly, AuditedAdmin):
    audit_actions = {"deleted": Action.IMAGE_DELETED}
    # The stored files are never linked (a storage URL may be presigned and bypass the audit):
    # the original is offered through the audited, re-hashing download only.
    exclude = ["file", "thumbnail"]
    readonly_fields = ["original"]
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

    @admin.display(description="Original")
    def original(self, image: EvidenceImage) -> str:
        url = reverse("admin:cases_evidenceimage_original", args=[image.pk])
        return format_html('<a href="{}">Download {}</a> (re-hashed first, audited)', url, image.download_name)

    def get_urls(self):
        download = path(
            "<path:object_id>/original/",
            self.admin_site.admin_view(self.original_view),
            name="cases_evidenceimage_original",
        )
        return [download, *super().get_urls()]

    def original_view(self, request, object_id: str):
        """The stored original through :func:`cases.downloads.original_response` (re-hashed,
        audited, refused when altered), for an image this user may see here."""
        image = self.get_object(request, unquote(object_id))
        if image is None:
            raise Http404("No such image")
        if not self.has_view_permission(request, image):
            raise PermissionDenied
        return original_response(request, image)

    def delete_model(self, request, obj) -> None:
        remove_stored_files([obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset) -> None:
        remove_stored_files(list(queryset))
        super().delete_queryset(request, queryset)


@admin.register(Analysis)
class AnalysisAdmin(AuditedViews, MemberCasesOnly, ReadOnlyAdmin):
    case_path = "image__case"
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
    list_select_related = ["image__case"]


@admin.register(Finding)
class FindingAdmin(AuditedExportMixin, AuditedViews, MemberCasesOnly, ReadOnlyAdmin):
    resource_classes = [FindingResource]
    list_display = ["rule", "severity", "title", "case", "image"]
    list_filter = ["severity", "rule"]
    search_fields = ["rule", "title", "detail", "evidence", "case__reference", "image__original_filename"]
    list_select_related = ["case", "image"]


@admin.register(AuditEvent)
class AuditEventAdmin(MemberCasesOnly, ReadOnlyAdmin):
    """The trail. Its actor and case may have been deleted since (neither keeps a database
    constraint): the actor is shown by the user name stored with the event, the case by its id
    when it no longer exists. Events of no case (a user deleted) are shown to superusers only."""

    list_display = ["created_at", "actor_name", "action", "case_shown", "target_type", "target_repr", "ip_address"]
    list_filter = ["action", "target_type", "created_at"]
    search_fields = ["target_repr", "target_id", "actor_name", "case__reference"]
    date_hierarchy = "created_at"
    list_select_related = ["case"]
    fields = [
        "created_at",
        "actor_name",
        "action",
        "case_shown",
        "target_type",
        "target_id",
        "target_repr",
        "ip_address",
        "details",
    ]
    readonly_fields = fields

    @admin.display(description="case")
    def case_shown(self, event: AuditEvent) -> str:
        try:
            case = event.case
        except Case.DoesNotExist:
            case = None
        if case is None:
            return f"{event.case_id} (deleted)" if event.case_id else "—"
        return str(case)


class AuditedUserAdmin(UserAdmin):
    """Django's user admin, with deleting a user audited (their earlier events keep their name)."""

    def delete_model(self, request, obj) -> None:
        audit.record(request, Action.USER_DELETED, obj, via="admin", username=obj.get_username())
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset) -> None:
        for user in queryset:
            audit.record(request, Action.USER_DELETED, user, via="admin", username=user.get_username())
        super().delete_queryset(request, queryset)


admin.site.unregister(get_user_model())
admin.site.register(get_user_model(), AuditedUserAdmin)
