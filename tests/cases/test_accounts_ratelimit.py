"""Sign-in limits (django-axes): after ``AXES_FAILURE_LIMIT`` failures for one user name, or from
one client address, the login page, the admin login and ``/api/token/`` refuse with 429 for the
cool-off time, and the lock-out is logged and kept in axes' records."""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog

from cases.models import AuditEvent
from tests.helpers import make_user

PASSWORD = "a-long-test-password"
LIMIT = 3
PROXY = "10.0.0.1"
LOGIN = "/accounts/login/"


@pytest.fixture(autouse=True)
def fast_limits(settings):
    settings.AXES_FAILURE_LIMIT = LIMIT
    # Every attempt hashes a password: the fast hasher keeps these tests quick.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def carol(db):
    return make_user("carol", PASSWORD)


def sign_in(client, username: str, password: str, ip: str = "192.0.2.1", path: str = LOGIN, **extra):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=ip, **extra)


def test_the_login_page_locks_a_user_name_after_the_limit_whatever_the_address(carol, client):
    answers = [sign_in(client, "carol", "wrong", ip=f"192.0.2.{n}").status_code for n in range(LIMIT)]
    assert answers == [200] * (LIMIT - 1) + [429]
    refused = sign_in(client, "carol", PASSWORD, ip="198.51.100.7", HTTP_ACCEPT="text/html,*/*;q=0.8")
    assert refused.status_code == 429
    assert "<h1>Sign-in refused</h1>" in refused.content.decode()
    assert "Too many failed sign-ins: try again in 15 minutes" in refused.content.decode()
    assert "_auth_user_id" not in client.session


def test_failures_from_one_address_lock_that_address_for_every_user(carol, client):
    for n in range(LIMIT):
        sign_in(client, f"guess{n}", "wrong", ip="192.0.2.1")
    assert sign_in(client, "carol", PASSWORD, ip="192.0.2.1").status_code == 429
    assert sign_in(client, "carol", PASSWORD, ip="198.51.100.7").status_code == 302


def test_the_admin_login_is_limited(db, client):
    root = make_user("root", PASSWORD)
    root.is_staff = True
    root.save()
    for _ in range(LIMIT):
        sign_in(client, "root", "wrong", path="/admin/login/")
    assert sign_in(client, "root", PASSWORD, path="/admin/login/").status_code == 429


def test_api_token_is_limited_with_a_json_429_and_retry_after(carol, client):
    for _ in range(LIMIT):
        answer = client.post("/api/token/", {"username": "carol", "password": "wrong"}, content_type="application/json")
    refused = client.post("/api/token/", {"username": "carol", "password": PASSWORD}, content_type="application/json")
    assert (answer.status_code, refused.status_code) == (429, 429)
    assert refused.json() == {"error": "Too many failed sign-ins: try again in 15 minutes"}
    assert refused["Retry-After"] == "900"


def test_the_lock_ends_after_the_cool_off_time(carol, client):
    for _ in range(LIMIT):
        sign_in(client, "carol", "wrong")
    assert sign_in(client, "carol", PASSWORD).status_code == 429
    long_ago = AccessAttempt.objects.get().attempt_time - timedelta(minutes=16)
    AccessAttempt.objects.update(attempt_time=long_ago)
    assert sign_in(client, "carol", PASSWORD).status_code == 302


def test_a_lockout_is_logged_and_kept_in_the_failure_records(carol, client, caplog):
    with caplog.at_level(logging.WARNING, logger="imgmeta.accounts"):
        for _ in range(LIMIT):
            sign_in(client, "carol", "wrong", ip="192.0.2.44")
    [line] = [r.getMessage() for r in caplog.records if r.name == "imgmeta.accounts"]
    assert line == f"sign-in locked out after {LIMIT} failures: user name 'carol', address 192.0.2.44, path {LOGIN}"
    failures = AccessFailureLog.objects.filter(username="carol", ip_address="192.0.2.44")
    assert failures.count() == LIMIT
    assert failures.filter(locked_out=True).count() == 1
    [event] = AuditEvent.objects.filter(action=AuditEvent.Action.LOGIN_LOCKED_OUT)
    assert (event.target_repr, event.ip_address, event.details["path"]) == ("carol", "192.0.2.44", LOGIN)


def test_behind_a_trusted_proxy_the_forwarded_client_address_is_what_is_limited(carol, client, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    for n in range(LIMIT):
        # The left entry is whatever the client sent; the proxy appended the real address.
        sign_in(client, f"guess{n}", "wrong", ip=PROXY, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.1")
    assert sign_in(client, "carol", PASSWORD, ip=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.1").status_code == 429
    assert sign_in(client, "carol", PASSWORD, ip=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.2").status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.1"}
