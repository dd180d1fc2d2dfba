"""Request-body limit, enforced before Django reads the body."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render


def too_large_response(request=None) -> HttpResponse:
    """The 413 every oversized upload gets: JSON as the API's other errors, or a page for a
    browser's form post (which asks for HTML first)."""
    mb = settings.MAX_UPLOAD_BYTES // (1024 * 1024)
    message = f"File too large: the limit is {mb} MB"
    if request is not None and request.get_preferred_type(["application/json", "text/html"]) == "text/html":
        return render(request, "413.html", {"error": message}, status=413)
    return JsonResponse({"error": message}, status=413)


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
