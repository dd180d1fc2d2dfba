"""ASGI entry point (``imgmeta_site.asgi:application``), what ``./dev run`` serves with uvicorn.

An asynchronous server holds slow clients (headers or body arriving a byte at a time) without
tying up a thread each; Django sees a request only once its body has arrived, and
:class:`BodyLimit` bounds that body before Django buffers it. On the server's start (ASGI
lifespan) the process's analysis thread starts, which without a broker sweeps for analyses left
pending (cases.tasks).
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imgmeta_site.settings")


class ClientGone(Exception):
    """The client disconnected before its request body arrived."""


class BodyLimit:
    """Read an HTTP request body up to ``limit`` bytes before the app sees it.

    Django's ASGI handler would read any body whole (spooled to disk past
    ``FILE_UPLOAD_MAX_MEMORY_SIZE``) before its middleware could refuse it. Here a body declared
    over the limit is not kept, and a chunked one stops being kept past it; either way up to
    another ``limit`` bytes are read and dropped, so that a client still sending sees the answer
    instead of a reset, and the app gets the request with an empty body and a ``content-length``
    over the limit, which imgmeta_site.middleware.UploadLimitMiddleware answers 413 (JSON, or a
    page for a browser). A chunked body within the limit gets its ``content-length``, which
    Django needs to parse it. Other scopes than ``http`` go to the app, except ``lifespan``,
    answered here (``on_startup`` is called on start).
    """

    def __init__(self, app, limit: int, on_startup=None):
        self.app = app
        self.limit = limit
        self.on_startup = on_startup

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            return await self._lifespan(receive, send)
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = [(name, value) for name, value in scope["headers"] if name != b"content-length"]
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and not declared.isdigit():  # left to Django, which answers 400
            return await self.app(scope, receive, send)
        try:
            if declared is not None and int(declared) > self.limit:
                await self._read(receive, self.limit, keep=False)
                body, length = b"", int(declared)
            else:
                body = await self._read(receive, self.limit + 1, keep=True)
                length = len(body)
                if length > self.limit:
                    await self._read(receive, self.limit, keep=False)
                    body = b""
        except ClientGone:
            return None
        scope = dict(scope, headers=[*headers, (b"content-length", str(length).encode())])
        return await self.app(scope, self._replay(body, receive), send)

    @staticmethod
    async def _read(receive, limit: int, *, keep: bool) -> bytes:
        """Up to ``limit`` more bytes of the body (kept only if ``keep``); raises
        :class:`ClientGone` when the client disconnects first."""
        chunks, read, more = [], 0, True
        while more and read < limit:
            message = await receive()
            if message["type"] != "http.request":
                raise ClientGone
            chunk = message.get("body", b"")
            read += len(chunk)
            if keep:
                chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)

    @staticmethod
    def _replay(body: bytes, receive):
        """A ``receive`` giving ``body`` whole, then only what is not body (the disconnect):
        the rest of a body over the limit is dropped."""
        sent = False

        async def replayed():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    return message

        return replayed

    async def _lifespan(self, receive, send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                if self.on_startup is not None:
                    self.on_startup()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return


def _application():
    from django.conf import settings

    django_app = get_asgi_application()
    from cases.tasks import start_background

    return BodyLimit(django_app, settings.MAX_UPLOAD_BYTES, on_startup=start_background)


application = _application()
