"""ASGI entry point (``imgmeta_site.asgi:application``), what ``./dev run`` serves with uvicorn.

An asynchronous server holds slow clients (headers or body arriving a byte at a time) without
tying up a thread each; Django sees a request only once its body has arrived, and
:class:`BodyLimit` bounds that body before Django buffers it. On the server's start (ASGI
lifespan) the process's analysis thread starts, which without a broker sweeps for analyses left
pending (cases.tasks).
"""

import os
import tempfile
from collections.abc import Callable

from django.conf import settings
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imgmeta_site.settings")


class ClientGone(Exception):
    """The client disconnected before its request body arrived."""


class BodyLimit:
    """Bound an HTTP request body by the limit of its URL before the app sees it.

    ``limit(path)`` gives that limit in bytes (imgmeta_site.middleware.body_limit: 20 MB, or
    ``CASE_UPLOAD_MAX_BYTES`` for the case upload views). Django's ASGI handler would read any
    body whole (spooled to disk past ``FILE_UPLOAD_MAX_MEMORY_SIZE``) before its middleware could
    refuse it. Here a body declared over the limit is not kept, and a chunked one stops being
    kept past it; either way up to another ``limit`` bytes are read and dropped, so that a client
    still sending sees the answer instead of a reset, and the app gets the request with an empty
    body and a ``content-length`` over the limit, which
    imgmeta_site.middleware.UploadLimitMiddleware answers 413 (JSON, or a page for a browser). A
    body declared within the limit goes to the app as it arrives (never held whole here); a
    chunked one within the limit is spooled (in memory up to ``FILE_UPLOAD_MAX_MEMORY_SIZE``, then
    to a private temporary file) and gets its ``content-length``, which Django needs to parse it.
    Other scopes than ``http`` go to the app, except ``lifespan``, answered here (``on_startup``
    is called on start).
    """

    # Bytes of a spooled body given to the app in one message.
    REPLAY_CHUNK = 64 * 1024

    def __init__(self, app, limit: Callable[[str], int], on_startup=None):
        self.app = app
        self.limit = limit
        self.on_startup = on_startup

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            return await self._lifespan(receive, send)
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and not declared.isdigit():  # left to Django, which answers 400
            return await self.app(scope, receive, send)
        limit = self.limit(scope["path"].removeprefix(scope.get("root_path", "")))
        if declared is not None and int(declared) <= limit:
            return await self.app(scope, receive, send)
        with tempfile.SpooledTemporaryFile(max_size=settings.FILE_UPLOAD_MAX_MEMORY_SIZE) as spool:
            try:
                if declared is not None:
                    await self._read(receive, limit, None)
                    length = int(declared)
                else:
                    length, more = await self._read(receive, limit + 1, spool)
                    if length > limit:
                        # Drain what is still coming, if anything: a body that has ended sends
                        # nothing more, and waiting for it would hold the connection forever.
                        if more:
                            await self._read(receive, limit, None)
                        spool.truncate(0)
            except ClientGone:
                return None
            spool.seek(0)
            headers = [(name, value) for name, value in scope["headers"] if name != b"content-length"]
            scope = dict(scope, headers=[*headers, (b"content-length", str(length).encode())])
            return await self.app(scope, self._replay(spool, receive), send)

    @staticmethod
    async def _read(receive, limit: int, spool) -> tuple[int, bool]:
        """Read up to ``limit`` more bytes of the body, written to ``spool`` (dropped when None);
        returns how many, and whether more of the body is to come. Raises :class:`ClientGone`
        when the client disconnects first."""
        read, more = 0, True
        while more and read < limit:
            message = await receive()
            if message["type"] != "http.request":
                raise ClientGone
            chunk = message.get("body", b"")
            read += len(chunk)
            if spool is not None:
                spool.write(chunk)
            more = message.get("more_body", False)
        return read, more

    @classmethod
    def _replay(cls, spool, receive):
        """A ``receive`` giving what ``spool`` holds from where it stands, then only what is not
        body (the disconnect): the rest of a body over the limit is dropped."""
        done = False

        async def replayed():
            nonlocal done
            if not done:
                chunk = spool.read(cls.REPLAY_CHUNK)
                done = len(chunk) < cls.REPLAY_CHUNK
                return {"type": "http.request", "body": chunk, "more_body": not done}
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
    django_app = get_asgi_application()
    from cases.tasks import start_background
    from imgmeta_site.middleware import body_limit

    return BodyLimit(django_app, body_limit, on_startup=start_background)


application = _application()
