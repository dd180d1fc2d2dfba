"""Members of a case: the owner adds people, changes their role and removes them. A case always
keeps at least one owner."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .. import audit
from ..access import get_case_for_user
from ..forms import ALREADY_A_MEMBER, MemberAddForm, MemberRoleForm
from ..models import AuditEvent, LastOwnerError, Membership
from .case_page import render_case


@login_required
@require_POST
def member_add(request, pk: int):
    case, role = get_case_for_user(request.user, pk, manage=True)
    form = MemberAddForm(request.POST, case=case)
    if not form.is_valid():
        return render_case(request, case, role, member_form=form, status=400)
    try:
        with transaction.atomic():
            member = Membership.objects.create(case=case, user=form.user, role=form.cleaned_data["role"])
    except IntegrityError:  # added by another request since the form checked
        form.add_error("username", ALREADY_A_MEMBER)
        return render_case(request, case, role, member_form=form, status=409)
    audit.record(
        request, AuditEvent.Action.MEMBER_ADDED, member, case=case, user=member.user.username, role=member.role
    )
    messages.success(request, f"{member.user.username} added as {member.get_role_display().lower()}.")
    return redirect(case)


@login_required
@require_POST
def member_role(request, pk: int, member_pk: int):
    case, _ = get_case_for_user(request.user, pk, manage=True)
    member = get_object_or_404(case.memberships.select_related("user"), pk=member_pk)
    form = MemberRoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose one of the roles offered.")
        return redirect(case)
    before, member.role = member.role, form.cleaned_data["role"]
    if member.role == before:
        return redirect(case)
    try:
        with transaction.atomic():
            member.save(update_fields=["role"])
            audit.record(
                request,
                AuditEvent.Action.MEMBER_CHANGED,
                member,
                case=case,
                user=member.user.username,
                role=[before, member.role],
            )
    except LastOwnerError as exc:
        messages.error(request, str(exc))
        return redirect(case)
    messages.success(request, f"{member.user.username} is now {member.get_role_display().lower()}.")
    return redirect(case)


@login_required
@require_POST
def member_remove(request, pk: int, member_pk: int):
    case, _ = get_case_for_user(request.user, pk, manage=True)
    member = get_object_or_404(case.memberships.select_related("user"), pk=member_pk)
    try:
        with transaction.atomic():
            audit.record(request, AuditEvent.Action.MEMBER_REMOVED, member, case=case, user=member.user.username)
            member.delete()
    except LastOwnerError as exc:
        messages.error(request, str(exc))
        return redirect(case)
    messages.success(request, f"{member.user.username} removed from the case.")
    if member.user == request.user:
        return redirect("cases:list")
    return redirect(case)
