"""The "Export case" button: the case package (:mod:`cases.package`), for owners only."""

from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST

from ..access import get_case_for_user
from ..package import package_response


@login_required
@require_POST
def case_package(request, pk: int):
    """The case as a verifiable ZIP (audited as an export); 403 for members who are not owners."""
    case, _ = get_case_for_user(request.user, pk, manage=True)
    return package_response(request, case)
