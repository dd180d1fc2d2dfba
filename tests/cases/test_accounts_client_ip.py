"""The client address of the audit trail and the sign-in limit (cases.audit.client_ip): the
connection's address, or, only where CLIENT_IP_HEADER is configured, the address the trusted
proxy appended to that header."""

import pytest
from django.test import RequestFactory

from cases.audit import client_ip, record
from cases.models import AuditEvent
from tests.helpers import make_case, make_user

PROXY = "10.0.0.1"


def request(forwarded: str | None = None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=PROXY, **extra)


def test_it_reads_the_forwarded_header_only_when_configured(settings):
    assert settings.CLIENT_IP_HEADER == ""
    assert client_ip(request("203.0.113.1")) == PROXY
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    assert client_ip(request("203.0.113.1")) == "203.0.113.1"


@pytest.mark.parametrize(
    "forwarded, proxies, expected",
    [
        ("203.0.113.1", 1, "203.0.113.1"),
        ("2001:db8::1", 1, "2001:db8::1"),
        # The left entries are whatever the client sent; each trusted proxy appends on the right.
        ("198.51.100.66, 203.0.113.1", 1, "203.0.113.1"),
        ("198.51.100.66, 203.0.113.1, 10.0.0.2", 2, "203.0.113.1"),
        # Missing, malformed, or too short for the proxies in front: the connection's address.
        (None, 1, PROXY),
        ("", 1, PROXY),
        ("not-an-address", 1, PROXY),
        ("203.0.113.1:443", 1, PROXY),
        ("203.0.113.1", 2, PROXY),
    ],
)
def test_it_takes_the_entry_the_outermost_trusted_proxy_appended(settings, forwarded, proxies, expected):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.CLIENT_IP_PROXY_COUNT = proxies
    assert client_ip(request(forwarded)) == expected


def test_the_audit_trail_records_the_forwarded_client_address(settings, db):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    case = make_case(make_user("alice"))
    event = record(request("198.51.100.66, 203.0.113.1"), AuditEvent.Action.CASE_UPDATED, case)
    assert AuditEvent.objects.get(pk=event.pk).ip_address == "203.0.113.1"
