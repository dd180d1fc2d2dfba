"""Accounts: the answer to a locked-out sign-in, its log line, and the revocation of API tokens
when a password changes. Connected by :class:`imgmeta_site.apps.SiteConfig`."""

import logging
import math

from django.conf import settings
from django.http import HttpResponse
from knox.models import get_token_model

from .middleware import error_response

log = logging.getLogger("imgmeta.accounts")


def lockout_response(request, original_response=None, credentials=None) -> HttpResponse:
    """django-axes' ``AXES_LOCKOUT_CALLABLE``: 429 with a ``Retry-After`` of the whole lock-out
    time (each further failure restarts it), as JSON or as the sign-in page for a browser."""
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    message = f"Too many failed sign-ins: try again in {math.ceil(seconds / 60)} minutes"
    response = error_response(request, 429, message, "registration/locked_out.html")
    response["Retry-After"] = str(seconds)
    return response


def log_lockout(sender, request, username: str | None, ip_address: str | None, **kwargs) -> None:
    """Receiver of ``axes.signals.user_locked_out``: one warning line and one audit event per
    lock-out (axes keeps the attempts themselves in AccessAttempt and AccessFailureLog)."""
    path = getattr(request, "path", None)
    log.warning(
        "sign-in locked out after %d failures: user name %r, address %s, path %s",
        settings.AXES_FAILURE_LIMIT,
        username,
        ip_address,
        path,
    )
    from cases.models import AuditEvent  # the site's apps load before the cases app's models

    AuditEvent.objects.create(
        action=AuditEvent.Action.LOGIN_LOCKED_OUT,
        target_type="auth.user",
        target_repr=str(username or "")[:255],
        ip_address=ip_address or None,
        details={"path": path, "failures": settings.AXES_FAILURE_LIMIT},
    )


def revoke_tokens_on_password_change(sender, instance, update_fields=None, **kwargs) -> None:
    """``pre_save`` receiver of the user model: a save that changes the stored password hash
    deletes every API token of that user, as Django ends the user's other sessions then.

    That includes a hash upgrade Django makes at sign-in after its hasher settings change:
    tokens then end early, the safe direction.
    """
    if instance.pk is None or (update_fields is not None and "password" not in update_fields):
        return
    stored = sender.objects.filter(pk=instance.pk).values_list("password", flat=True).first()
    if stored is not None and stored != instance.password:
        revoked, _ = get_token_model().objects.filter(user_id=instance.pk).delete()
        if revoked:
            log.info("password of %s changed: %d API tokens revoked", instance.get_username(), revoked)
