"""API tokens (django-rest-knox): obtained with a password at ``/api/token/``, stored only as a
digest, expiring, revocable, and revoked when the password changes."""

import hashlib
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from knox.models import AuthToken

from tests.helpers import make_user

PASSWORD = "a-long-test-password"
CASES = "/api/cases/"


@pytest.fixture
def carol(db):
    return make_user("carol", PASSWORD)


def obtain(client, username: str = "carol", password: str = PASSWORD) -> str:
    response = client.post("/api/token/", {"username": username, "password": password}, content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()["token"]


def status_with(client, token: str, url: str = CASES, method: str = "get") -> int:
    return getattr(client, method)(url, HTTP_AUTHORIZATION=f"Token {token}").status_code


def test_api_token_takes_json_and_answers_a_token_with_its_expiry(carol, client):
    before = timezone.now()
    response = client.post("/api/token/", {"username": "carol", "password": PASSWORD}, content_type="application/json")
    body = response.json()
    assert set(body) == {"token", "expiry"}
    expiry = AuthToken.objects.get(user=carol).expiry
    assert timedelta(hours=10) <= expiry - before < timedelta(hours=10, minutes=1)
    assert status_with(client, body["token"]) == 200


def test_only_a_digest_of_the_token_is_stored(carol, client):
    token = obtain(client)
    stored = AuthToken.objects.get(user=carol)
    assert stored.digest == hashlib.sha512(token.encode()).hexdigest()
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM knox_authtoken")
        rows = cursor.fetchall()
    assert len(rows) == 1
    assert not any(token in str(value) for value in rows[0])


def test_an_expired_token_is_refused(carol, client):
    token = obtain(client)
    AuthToken.objects.filter(user=carol).update(expiry=timezone.now() - timedelta(seconds=1))
    assert status_with(client, token) == 401


def test_logout_revokes_the_token_it_is_sent_with_and_no_other(carol, client):
    first, second = obtain(client), obtain(client)
    assert status_with(client, first, "/api/token/logout/", "post") == 204
    assert status_with(client, first) == 401
    assert status_with(client, second) == 200


def test_logoutall_revokes_every_token_of_the_user_only(carol, client):
    make_user("dave", PASSWORD)
    first, second, daves = obtain(client), obtain(client), obtain(client, "dave")
    assert status_with(client, first, "/api/token/logoutall/", "post") == 204
    assert status_with(client, second) == 401
    assert status_with(client, daves) == 200


def test_a_password_change_revokes_all_of_the_users_tokens(carol, client):
    make_user("dave", PASSWORD)
    tokens, daves = [obtain(client), obtain(client)], obtain(client, "dave")
    carol.set_password("another-long-password")
    carol.save()
    assert [status_with(client, token) for token in tokens] == [401, 401]
    assert status_with(client, daves) == 200


def test_saving_a_user_without_changing_the_password_keeps_the_tokens(carol, client):
    token = obtain(client)
    carol.first_name = "Carol"
    carol.save()
    carol.save(update_fields=["last_login"])
    assert status_with(client, token) == 200


def test_a_token_of_a_deactivated_user_is_refused(carol, client):
    token = obtain(client)
    carol.is_active = False
    carol.save()
    assert status_with(client, token) == 401
