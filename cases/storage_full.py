"""A full disk (or quota) while evidence is stored: recognised, and answered with a clear error.

:func:`cases.ingest.ingest_file` removes what a failed write left and raises
:class:`StorageFullError`; :class:`StorageFullMiddleware` answers it 507 Insufficient Storage, as
JSON for the API and for a page's script, as a page for a browser. Other pages (the login first)
keep working: nothing else is written to the evidence storage.
"""

import errno
import sqlite3

from django.db import DatabaseError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render

# OSError numbers of a full file system and of an exhausted quota (errno(3)).
FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
# PostgreSQL's SQLSTATE "disk_full" (PostgreSQL documentation, Appendix A, class 53).
POSTGRES_DISK_FULL = "53100"


class StorageFullError(Exception):
    """The original ``name`` could not be stored: no space left. Nothing of it was kept."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(
            f"The evidence storage is full: {name} was not stored, and nothing of it was kept. Files listed as "
            "stored before it are kept. Upload it again once space has been freed (files already stored are "
            "recognised as duplicates)."
        )


def is_storage_full(exc: BaseException) -> bool:
    """True for an OSError of a full disk or quota, or a database error whose cause is one
    (SQLite's SQLITE_FULL, PostgreSQL's disk_full)."""
    if isinstance(exc, OSError):
        return exc.errno in FULL_ERRNOS
    if isinstance(exc, DatabaseError):
        cause = exc.__cause__
        return (
            getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
            or getattr(cause, "sqlstate", None) == POSTGRES_DISK_FULL
        )
    return False


class StorageFullMiddleware:
    """Answer a :class:`StorageFullError` raised by a view with 507 and its message."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception) -> HttpResponse | None:
        if not isinstance(exception, StorageFullError):
            return None
        if request.get_preferred_type(["application/json", "text/html"]) == "text/html":
            return render(request, "507.html", {"error": str(exception)}, status=507)
        return JsonResponse({"error": str(exception)}, status=507)
