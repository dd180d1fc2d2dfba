"""API tokens for scripts (django-rest-knox): obtain one with a user name and password, revoke it.

Only a digest of each token is stored; tokens expire (``REST_KNOX["TOKEN_TTL"]``) and are revoked
when the password changes (imgmeta_site.accounts). Sign-in through ``/api/token/`` counts
towards the same failure limit as the login pages (django-axes).
"""

from drf_spectacular.utils import extend_schema, inline_serializer
from knox.views import LoginView, LogoutAllView, LogoutView
from rest_framework import serializers
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.permissions import AllowAny


class ObtainTokenView(LoginView):
    """``POST /api/token/`` with ``username`` and ``password`` (JSON or form) answers
    ``{"token", "expiry"}``: a new token, sent as ``Authorization: Token <token>``; 400 for
    wrong credentials, 429 once the sign-in limit is reached."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    serializer_class = AuthTokenSerializer

    @extend_schema(
        request=AuthTokenSerializer,
        responses=inline_serializer("Token", {"token": serializers.CharField(), "expiry": serializers.DateTimeField()}),
    )
    def post(self, request, format=None):
        # The Django request, not DRF's wrapper: django-axes flags a lock-out on the object it is
        # given, and its middleware reads the flag from the Django request.
        serializer = AuthTokenSerializer(data=request.data, context={"request": request._request})
        serializer.is_valid(raise_exception=True)
        request.user = serializer.validated_data["user"]
        return super().post(request, format)


@extend_schema(request=None, responses={204: None})
class RevokeTokenView(LogoutView):
    """``POST /api/token/logout/``: revoke the token this request is authenticated with (204)."""


@extend_schema(request=None, responses={204: None})
class RevokeAllTokensView(LogoutAllView):
    """``POST /api/token/logoutall/``: revoke every token of the requesting user (204)."""
