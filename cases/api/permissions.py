"""Role checks of the REST API, on top of querysets that only ever hold the user's own cases."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from ..access import get_case_for_user
from ..models import Case


class CaseRole(BasePermission):
    """Any member reads; writing needs an owner or investigator; the actions a view lists in
    ``owner_actions`` need the owner.

    Non-members never get this far: the view's queryset does not hold their cases, so they get
    404. The checks and their messages are :func:`cases.access.get_case_for_user`'s, whose
    PermissionDenied DRF answers with 403.
    """

    def has_object_permission(self, request, view, obj) -> bool:
        if request.method not in SAFE_METHODS:
            case_id = obj.pk if isinstance(obj, Case) else obj.case_id
            get_case_for_user(request.user, case_id, write=True, manage=view.action in view.owner_actions)
        return True
