"""``POST /api/extract/``: the original Flask ``/extract``, stateless, as a drop-in replacement.

The upload is read into memory, analysed and dropped: nothing is stored or written to disk, and
no login is needed. Errors are JSON ``{"error": "..."}`` with the original's messages.
"""

from django.http import JsonResponse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import exceptions, serializers
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView

from analysis import analyse
from analysis.compat.response import extract_response

from .errors import as_api_error

# Engine error kind → HTTP status: unknown type 415, recognised but unreadable 400.
ERROR_STATUS = {"not_an_image": 415, "malformed": 400, "limit": 400}


class ExtractView(APIView):
    """Forensic reading of one uploaded image (multipart field ``image``)."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "print",
                bool,
                description="1: add metadata_print, every tag's value as ExifTool prints it (without -n), "
                "where it differs from the number in metadata",
            )
        ],
        request=inline_serializer("ExtractRequest", {"image": serializers.FileField()}),
        responses={
            200: OpenApiResponse(description="Flat EXIF keys, gps, analysis, file, metadata"),
            400: OpenApiResponse(description='{"error": "No image provided" | "Empty filename" | ...}'),
            413: OpenApiResponse(description="Body over 20 MB"),
            415: OpenApiResponse(description="Not an image type the engine knows"),
        },
    )
    def post(self, request):
        try:
            # The first file of the field, as the original's request.files["image"] gave it
            # (Django's .get() would give the last).
            upload = next(iter(request.FILES.getlist("image")), None)
            empty_name = upload is None and "image" in request.POST
        except exceptions.UnsupportedMediaType:
            upload, empty_name = None, False
        if empty_name:
            return JsonResponse({"error": "Empty filename"}, status=400)
        if upload is None:
            return JsonResponse({"error": "No image provided"}, status=400)
        data = upload.read()
        if not data:
            return JsonResponse({"error": "Empty file: the upload holds no bytes"}, status=400)
        report = analyse(data, filename=upload.name, keep_header=True)
        printed = request.query_params.get("print", "").lower() in ("1", "true", "yes")
        body = extract_response(report, data, upload.name, printed=printed)
        if report.error:
            return JsonResponse(body, status=ERROR_STATUS[report.error_kind])
        # A file Pillow cannot open was an error for the original API, metadata or not.
        return JsonResponse(body, status=400 if report.image is None else 200)

    def handle_exception(self, exc):
        # Keep the original API's error shape for DRF's own errors (405, malformed multipart) and
        # Django's request limits (too many fields or files, an oversized form field).
        response = super().handle_exception(as_api_error(exc))
        detail = response.data.get("detail", response.data) if isinstance(response.data, dict) else response.data
        return JsonResponse({"error": str(detail)}, status=response.status_code)
