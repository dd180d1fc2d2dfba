"""Error text shown to users (pages, API, the image's stored error): never a server path."""


def shown_error(exc: BaseException) -> str:
    """``Type: message`` of ``exc``. An OSError gives only its reason (``strerror``): its text
    also names the file, which for stored evidence is a path on the server."""
    if isinstance(exc, OSError):
        return f"{type(exc).__name__}: {exc.strerror}" if exc.strerror else type(exc).__name__
    return f"{type(exc).__name__}: {exc}"
