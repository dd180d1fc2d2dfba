"""The case list: the user's cases, searched and filtered, and the form that opens a new one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .. import audit
from ..access import cases_for
from ..forms import REFERENCE_IN_USE, CaseForm, CaseSearchForm
from ..models import AuditEvent, Membership


@login_required
def case_list(request, *, form: CaseForm | None = None, status: int = 200):
    search = CaseSearchForm(request.GET)
    cases = cases_for(request.user).annotate(
        my_role=Subquery(Membership.objects.filter(case=OuterRef("pk"), user=request.user).values("role")[:1]),
        image_count=Count("images", distinct=True),
    )
    if search.is_valid():
        if query := search.cleaned_data["q"].strip():
            cases = cases.filter(Q(title__icontains=query) | Q(reference__icontains=query))
        if search.cleaned_data["status"]:
            cases = cases.filter(status=search.cleaned_data["status"])
    context = {"cases": cases, "search": search, "form": form or CaseForm(user=request.user)}
    return render(request, "cases/case_list.html", context, status=status)


@login_required
@require_POST
def case_create(request):
    form = CaseForm(request.POST, user=request.user)
    if not form.is_valid():
        return case_list(request, form=form, status=400)
    try:
        with transaction.atomic():
            case = form.save(commit=False)
            case.created_by = request.user
            case.save()
            Membership.objects.create(case=case, user=request.user, role=Membership.Role.OWNER)
            audit.record(request, AuditEvent.Action.CASE_CREATED, case, reference=case.reference)
    except IntegrityError:  # the same reference, created by another request since the form checked
        form.add_error("reference", REFERENCE_IN_USE)
        return case_list(request, form=form, status=409)
    messages.success(request, f"Case {case.reference} opened. You are its owner.")
    return redirect(case)
