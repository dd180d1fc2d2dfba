"""The audit trail is append-only: through the ORM, the admin and the API alike."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model

from cases import audit
from cases.models import AuditEvent
from tests.helpers import logged_in, make_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(cast) -> AuditEvent:
    return audit.record(None, AuditEvent.Action.CASE_UPDATED, cast.case, changed={"title": ["a", "b"]})


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", "a-long-root-password")


def test_an_event_cannot_be_changed_or_deleted_through_the_orm(event):
    event.target_repr = "rewritten"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=event.pk).update(target_repr="rewritten")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).target_repr == str(event.case)


def test_the_admin_shows_events_but_cannot_add_change_or_delete_them(event, superuser, client):
    api = logged_in(client, superuser)
    base = "/admin/cases/auditevent/"
    assert api.get(base).status_code == 200
    assert api.get(f"{base}{event.pk}/change/").status_code == 200  # a read-only view
    assert api.get(f"{base}add/").status_code == 403
    assert api.post(f"{base}{event.pk}/change/", {"target_repr": "rewritten"}).status_code == 403
    assert api.post(f"{base}{event.pk}/delete/", {"post": "yes"}).status_code == 403
    bulk = api.post(base, {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"})
    assert bulk.status_code == 200  # the changelist again: the action does not exist
    assert AuditEvent.objects.filter(pk=event.pk, target_repr=str(event.case)).exists()
    model_admin = admin.site._registry[AuditEvent]
    assert "delete_selected" not in model_admin.get_actions(bulk.wsgi_request)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_cannot_add_change_or_delete_events(event, cast, client, method):
    api = logged_in(client, cast.alice)
    target = "/api/audit-events/" if method == "post" else f"/api/audit-events/{event.pk}/"
    assert getattr(api, method)(target, {}, content_type="application/json").status_code == 405
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_members_read_their_cases_trail_newest_first(event, cast, client):
    audit.record(None, AuditEvent.Action.INTEGRITY_VERIFIED, cast.case, checked=0, mismatched=[])
    out = logged_in(client, cast.carol).get("/api/audit-events/", {"case": cast.case.pk}).json()["results"]
    assert [e["action"] for e in out] == ["integrity_verified", "case_updated"]
    assert out[1]["details"] == {"changed": {"title": ["a", "b"]}}


def test_members_filter_the_trail_by_action(event, cast, client):
    audit.record(None, AuditEvent.Action.INTEGRITY_VERIFIED, cast.case)
    out = logged_in(client, cast.carol).get("/api/audit-events/", {"action": "case_updated"}).json()
    assert [e["id"] for e in out["results"]] == [event.pk]


def test_an_outsider_sees_no_event_of_the_case(event, cast, client):
    make_case(cast.dave, reference="DAVE-1")
    api = logged_in(client, cast.dave)
    assert all(e["case"] != cast.case.pk for e in api.get("/api/audit-events/").json()["results"])
    assert api.get(f"/api/audit-events/{event.pk}/").status_code == 404
