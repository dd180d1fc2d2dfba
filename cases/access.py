"""Who may see and change a case. Non-members get 404 (a case's existence is not revealed);
members without the needed role get 403."""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from .models import Case, Membership


def cases_for(user) -> QuerySet[Case]:
    """The cases ``user`` is a member of."""
    if not user.is_authenticated:
        return Case.objects.none()
    return Case.objects.filter(memberships__user=user).distinct()


def get_case_for_user(user, pk, *, write: bool = False, manage: bool = False) -> tuple[Case, str]:
    """Return ``(case, role)``. Raises Http404 for non-members and PermissionDenied when
    ``write`` (owner/investigator) or ``manage`` (owner) is asked of a lesser role."""
    try:
        case = Case.objects.get(pk=pk, memberships__user=user) if user.is_authenticated else None
    except (Case.DoesNotExist, ValueError):
        case = None
    if case is None:
        raise Http404("No such case")
    role = case.role_of(user)
    if manage and role not in Membership.CAN_MANAGE:
        raise PermissionDenied("Only the case owner can do this")
    if write and role not in Membership.CAN_WRITE:
        raise PermissionDenied("Viewers cannot change this case")
    return case, role


def evidence_refusal(case: Case) -> str | None:
    """Why ``case`` takes no uploads or re-analysis now (closed or archived: its evidence is kept
    as it is), or None when it does. Pages and API show this message with a 409."""
    if case.takes_evidence:
        return None
    return (
        f"This case is {case.get_status_display().lower()}: it takes no uploads or re-analysis. "
        "An owner or investigator can reopen it first."
    )
