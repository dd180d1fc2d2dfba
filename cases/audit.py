"""The only code that writes AuditEvent rows."""

import ipaddress

from django.conf import settings
from django.db import models

from .models import AuditEvent, Case


def client_ip(request) -> str | None:
    """The address the request came from, as text; None without a request.

    REMOTE_ADDR, unless ``settings.CLIENT_IP_HEADER`` names the header a trusted reverse proxy
    sets (e.g. ``HTTP_X_FORWARDED_FOR``): then the entry ``CLIENT_IP_PROXY_COUNT`` from the
    right of its comma-separated list, the address the outermost trusted proxy received from
    (entries further left are whatever the client sent, so never trusted). A missing or
    malformed entry falls back to REMOTE_ADDR. Also django-axes' client address (settings).
    """
    if request is None:
        return None
    remote = request.META.get("REMOTE_ADDR")
    if not settings.CLIENT_IP_HEADER:
        return remote
    hops = request.META.get(settings.CLIENT_IP_HEADER, "").split(",")
    if len(hops) < settings.CLIENT_IP_PROXY_COUNT:
        return remote
    try:
        return str(ipaddress.ip_address(hops[-settings.CLIENT_IP_PROXY_COUNT].strip()))
    except ValueError:
        return remote


def record(request, action: str, target: models.Model, case: Case | None = None, **details) -> AuditEvent:
    """Append one event: ``request.user`` did ``action`` (an AuditEvent.Action) to ``target``.

    ``details`` (JSON-serialisable: hashes, names, counts) are stored with the IP address.
    ``request`` may be None for system actions (management commands), with the actor then None.
    The actor's user name is stored with the event, so that it still says who after the user
    is deleted.
    """
    user = getattr(request, "user", None)
    actor = user if user is not None and user.is_authenticated else None
    return AuditEvent.objects.create(
        actor=actor,
        actor_name=actor.get_username() if actor else "",
        action=action,
        case=case if case is not None else (target if isinstance(target, Case) else None),
        target_type=target._meta.label,
        target_id=str(target.pk or ""),
        target_repr=str(target)[:255],
        ip_address=client_ip(request),
        details=details,
    )
