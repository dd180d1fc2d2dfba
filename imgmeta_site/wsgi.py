"""WSGI entry point (``imgmeta_site.wsgi:application``), with the chunked-body limit in front.

``./dev run`` serves the ASGI entry point (imgmeta_site/asgi.py), which holds slow clients
without a worker each; this one is for a WSGI server behind a buffering proxy. Its first request starts
the process's analysis thread (cases.tasks.start_background)."""

import io
import json
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imgmeta_site.settings")


class ChunkedBodyLimit:
    """Buffer a chunked request body up to ``limit`` bytes and give it a Content-Length.

    Django reads only a declared Content-Length, so without this a chunked upload would look
    empty. A body over the limit is answered 413; up to another ``limit`` bytes of it are read
    and dropped first, so that the client, still sending, sees the answer instead of a reset.
    """

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    def __call__(self, environ, start_response):
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if chunked and not environ.get("CONTENT_LENGTH"):
            body = environ["wsgi.input"].read(self.limit + 1)
            if len(body) > self.limit:
                self._drain(environ["wsgi.input"])
                payload = json.dumps({"error": f"File too large: the limit is {self.limit // (1024 * 1024)} MB"})
                start_response(
                    "413 Request Entity Too Large",
                    [("Content-Type", "application/json"), ("Connection", "close")],
                )
                return [payload.encode()]
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
        return self.app(environ, start_response)

    def _drain(self, stream) -> None:
        remaining = self.limit
        while remaining > 0 and (chunk := stream.read(min(65536, remaining))):
            remaining -= len(chunk)


def _application():
    from django.conf import settings

    django_app = get_wsgi_application()
    from cases.tasks import start_background

    limited = ChunkedBodyLimit(django_app, settings.MAX_UPLOAD_BYTES)

    def serve(environ, start_response):
        start_background()  # on the first request, not on import (tests import this module)
        return limited(environ, start_response)

    return serve


application = _application()
