"""Django's own request limits (``DATA_UPLOAD_MAX_*`` settings) as API errors: Django would
answer them with its HTML 400 page, the API answers JSON as for any other bad request."""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from rest_framework.exceptions import ParseError

REQUEST_LIMIT_ERRORS = (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent)


def as_api_error(exc: Exception) -> Exception:
    """``exc``, or a ParseError (400) with its message when it is one of Django's request limits."""
    return ParseError(str(exc)) if isinstance(exc, REQUEST_LIMIT_ERRORS) else exc
