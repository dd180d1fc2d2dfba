"""Pages carry a strict Content-Security-Policy; the admin and API docs are left alone."""

from tests.helpers import logged_in


def test_pages_forbid_inline_and_foreign_scripts(cast, client):
    response = logged_in(client, cast.alice).get(cast.case.get_absolute_url())
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "https://tile.openstreetmap.org" in policy  # the map tiles, and only them, from outside


def test_the_login_page_has_the_policy_too(client):
    assert "default-src 'self'" in client.get("/accounts/login/")["Content-Security-Policy"]


def test_the_admin_keeps_its_own_inline_code(admin_client):
    assert "Content-Security-Policy" not in admin_client.get("/admin/")
