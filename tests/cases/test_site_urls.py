"""Addresses the site answers outside the apps' own URLs."""


def test_the_favicon_is_found_at_the_address_browsers_try(client):
    response = client.get("/favicon.ico", follow=True)
    assert response.status_code == 200
