"""Site-wide request and response rules: the upload body limit, the pages' CSP, error answers."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render


def error_response(request, status: int, message: str, template: str) -> HttpResponse:
    """``{"error": message}`` with ``status``, as the API's other errors, or ``template`` rendered
    with ``error`` for a browser (a request that asks for HTML before JSON)."""
    if request is not None and request.get_preferred_type(["application/json", "text/html"]) == "text/html":
        return render(request, template, {"error": message}, status=status)
    return JsonResponse({"error": message}, status=status)


def too_large_response(request=None) -> HttpResponse:
    """The 413 every oversized upload gets (see :func:`error_response`)."""
    mb = settings.MAX_UPLOAD_BYTES // (1024 * 1024)
    return error_response(request, 413, f"File too large: the limit is {mb} MB", "413.html")


class UploadLimitMiddleware:
    """Answer 413 to a request whose declared body is over ``MAX_UPLOAD_BYTES``.

    Django never reads past the declared Content-Length, so what is parsed is bounded by this
    check; chunked bodies get a declared length from :class:`imgmeta_site.wsgi.ChunkedBodyLimit`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return JsonResponse({"error": "Invalid Content-Length"}, status=400)
        if declared > settings.MAX_UPLOAD_BYTES:
            return too_large_response(request)
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
