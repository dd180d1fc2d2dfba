"""Site-wide request and response rules: the upload body limit, the pages' CSP, error answers."""

import codecs
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve


def error_response(request, status: int, message: str, template: str, **context) -> HttpResponse:
    """``{"error": message}`` with ``status``, as the API's other errors, or ``template`` rendered
    with ``error`` (and ``context``) for a browser (a request that asks for HTML before JSON)."""
    if request is not None and request.get_preferred_type(["application/json", "text/html"]) == "text/html":
        return render(request, template, {"error": message, **context}, status=status)
    return JsonResponse({"error": message}, status=status)


# The views that take case evidence, whose request bodies may be up to CASE_UPLOAD_MAX_BYTES
# (cases/urls.py, and the API router's "images" action of a case): their files are streamed to
# private temporary files (cases.uploads.EvidenceUploadHandler, cases.resumable).
CASE_UPLOAD_VIEWS = frozenset({"cases:upload", "cases:resumable_create", "cases:resumable_upload", "case-images"})


def is_case_upload(path: str) -> bool:
    """True when ``path`` (without the script prefix) is one of :data:`CASE_UPLOAD_VIEWS`."""
    try:
        return resolve(path).view_name in CASE_UPLOAD_VIEWS
    except Resolver404:
        return False


def is_case_upload_request(request) -> bool:
    """:func:`is_case_upload` for ``request``, from the URL match Django made for its view when it
    has one (inside a view), so the URL patterns are not walked again."""
    match = getattr(request, "resolver_match", None)
    return match.view_name in CASE_UPLOAD_VIEWS if match is not None else is_case_upload(request.path_info)


def body_limit(path: str) -> int:
    """The largest request body, in bytes, accepted for ``path`` (without the script prefix):
    ``CASE_UPLOAD_MAX_BYTES`` for the case upload views, ``MAX_UPLOAD_BYTES`` for any other
    (``/api/extract/`` reads its file in memory)."""
    return settings.CASE_UPLOAD_MAX_BYTES if is_case_upload(path) else settings.MAX_UPLOAD_BYTES


def too_large_response(request, limit: int) -> HttpResponse:
    """The 413 every oversized upload gets (see :func:`error_response`); ``limit`` in bytes. The page
    says what to do for the URL asked: sending fewer files at a time helps a case upload, while
    ``/api/extract/`` reads one file and keeps nothing (it is not a case upload)."""
    mb = limit // (1024 * 1024)
    path = request.path_info if request is not None else ""
    if is_case_upload(path):
        kind = "case"
    elif path.startswith("/api/extract/"):
        kind = "extract"
    else:
        kind = "other"
    return error_response(request, 413, f"File too large: the limit is {mb} MB", "413.html", kind=kind, limit_mb=mb)


# Text codecs that raise on bytes they cannot decode even with errors replaced, as Django's and
# DRF's parsers decode form data (every codec of Python 3.11's standard library was tried on random
# bytes; the others replace). Non-text codecs (rot13, hex, bz2) Django and DRF refuse themselves.
RAISING_CODECS = frozenset({"idna", "punycode"})


def undecodable_charset(encoding: str | None) -> bool:
    """True when ``encoding`` (the charset of a request's Content-Type, as Django read it) is one
    of :data:`RAISING_CODECS`: decoding the body with it would be a server error."""
    if not encoding:
        return False
    try:
        return codecs.lookup(encoding).name in RAISING_CODECS
    except LookupError:
        return True


class UploadLimitMiddleware:
    """Answer 413 to a request whose declared body is over the limit of its URL (:func:`body_limit`),
    and 400 to one whose body declares a charset that cannot decode it (:func:`undecodable_charset`).

    Django never reads past the declared Content-Length, so what is parsed is bounded by this
    check; chunked bodies get a declared length from :class:`imgmeta_site.wsgi.ChunkedBodyLimit`
    or :class:`imgmeta_site.asgi.BodyLimit`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return JsonResponse({"error": "Invalid Content-Length"}, status=400)
        limit = body_limit(request.path_info)
        if declared > limit:
            return too_large_response(request, limit)
        if declared and undecodable_charset(request.encoding):
            message = f'Unsupported charset "{request.encoding}" in the request\'s Content-Type'
            return error_response(request, 400, message, "400.html")
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """A strict Content-Security-Policy on imgmeta's own HTML pages.

    Pages show text taken from uploads (filenames, metadata values); the templates escape it,
    and this policy is the second line: no inline or foreign script, images only from the app
    and the configured map-tile host. The admin and the API docs bring their own inline code and
    are left as they are.
    """

    EXEMPT_PREFIXES = ("/admin/", "/api/")

    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def policy() -> str:
        # Leaflet's "{s}" subdomain placeholder becomes a CSP wildcard.
        tiles = urlsplit(settings.MAP_TILE_URL)
        tile_origin = f" {tiles.scheme}://{tiles.netloc.replace('{s}', '*')}" if tiles.netloc else ""
        return (
            "default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src 'self' data: blob:{tile_origin}; connect-src 'self'; object-src 'none'; "
            "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
        )

    def __call__(self, request):
        response = self.get_response(request)
        if (
            "Content-Security-Policy" not in response
            and response.get("Content-Type", "").startswith("text/html")
            and not request.path.startswith(self.EXEMPT_PREFIXES)
        ):
            response["Content-Security-Policy"] = self.policy()
        return response
