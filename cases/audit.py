"""The only code that writes AuditEvent rows."""

from django.db import models

from .models import AuditEvent, Case


def client_ip(request) -> str | None:
    """The address the request came from (REMOTE_ADDR; proxies are not trusted here)."""
    return request.META.get("REMOTE_ADDR") if request is not None else None


def record(request, action: str, target: models.Model, case: Case | None = None, **details) -> AuditEvent:
    """Append one event: ``request.user`` did ``action`` (an AuditEvent.Action) to ``target``.

    ``details`` (JSON-serialisable: hashes, names, counts) are stored with the IP address.
    ``request`` may be None for system actions (management commands), with the actor then None.
    """
    user = getattr(request, "user", None)
    return AuditEvent.objects.create(
        actor=user if user is not None and user.is_authenticated else None,
        action=action,
        case=case if case is not None else (target if isinstance(target, Case) else None),
        target_type=target._meta.label,
        target_id=str(target.pk or ""),
        target_repr=str(target)[:255],
        ip_address=client_ip(request),
        details=details,
    )
