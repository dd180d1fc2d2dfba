"""The answer to a request refused by Django's CSRF check (settings.CSRF_FAILURE_VIEW).

Clients of the API and of the tus upload endpoint read JSON errors ``{"error": ...}`` (README:
resumable uploads); Django's own CSRF page is HTML, which such a client cannot show. Pages get the
site's 403 page instead of Django's unstyled one."""

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve

from cases.resumable import TUS_VERSION

# The tus endpoint (cases/urls.py): its answers are JSON and carry Tus-Resumable.
TUS_VIEWS = frozenset({"cases:resumable_create", "cases:resumable_upload"})
CLIENT_MESSAGE = (
    "CSRF check failed ({reason}): send the X-CSRFToken header with the csrftoken cookie's value "
    "(and, over HTTPS, a Referer or Origin of this site)."
)
PAGE_MESSAGE = (
    "The form's security check failed ({reason}); nothing was changed. Reload the page and try again "
    "(a page left open across a sign-in or sign-out carries an outdated token)."
)


def _view_name(path: str) -> str:
    try:
        return resolve(path).view_name
    except Resolver404:
        return ""


def csrf_failure(request, reason: str = ""):
    """403: JSON ``{"error": ...}`` for ``/api/`` and the tus endpoint (with ``Tus-Resumable``),
    the site's 403 page for anything else."""
    reason = reason or "no reason given"
    tus = _view_name(request.path_info) in TUS_VIEWS
    if tus or request.path_info.startswith("/api/"):
        response = JsonResponse({"error": CLIENT_MESSAGE.format(reason=reason)}, status=403)
        response["Cache-Control"] = "no-store"
        if tus:
            response["Tus-Resumable"] = TUS_VERSION
        return response
    return render(request, "403.html", {"exception": PAGE_MESSAGE.format(reason=reason)}, status=403)
