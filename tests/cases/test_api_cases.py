"""``/api/cases/``: the user's cases; anyone logged in opens one; investigators change, owners delete."""

import os

import pytest
from knox.models import AuthToken

from cases.ingest import ingest_file
from cases.models import AuditEvent, Case, Membership
from tests.builders import jpeg
from tests.helpers import logged_in, make_case

PASSWORD = "a-long-test-password"

URL = "/api/cases/"


def detail(case: Case) -> str:
    return f"{URL}{case.pk}/"


def test_it_lists_the_cases_i_am_a_member_of_with_my_role(cast, client):
    make_case(cast.dave, title="Someone else's case")
    for user, role in ((cast.alice, "owner"), (cast.bob, "investigator"), (cast.carol, "viewer")):
        out = logged_in(client, user).get(URL).json()
        assert out["count"] == 1
        assert out["results"][0]["reference"] == cast.case.reference
        assert out["results"][0]["role"] == role
        assert out["results"][0]["created_by"] == "alice"


def test_an_outsider_sees_no_case(cast, client):
    assert logged_in(client, cast.dave).get(URL).json()["count"] == 0


def test_it_requires_login(cast, client):
    assert client.get(URL).status_code == 401
    assert client.get(detail(cast.case)).status_code == 401


def test_it_accepts_a_token_from_api_token(cast, client):
    cast.carol.set_password(PASSWORD)
    cast.carol.save()
    response = client.post("/api/token/", {"username": "carol", "password": PASSWORD})
    assert response.status_code == 200
    token = response.json()["token"]
    assert AuthToken.objects.filter(user=cast.carol).count() == 1
    out = client.get(URL, HTTP_AUTHORIZATION=f"Token {token}").json()
    assert [c["reference"] for c in out["results"]] == [cast.case.reference]


def test_it_refuses_a_wrong_password_for_a_token(cast, client):
    cast.carol.set_password(PASSWORD)
    cast.carol.save()
    assert client.post("/api/token/", {"username": "carol", "password": "wrong"}).status_code == 400


def test_it_filters_by_status_and_searches_reference_and_title(cast, client):
    make_case(cast.alice, title="Dockside theft", reference="DOCK-7").memberships.create(
        user=cast.carol, role=Membership.Role.VIEWER
    )
    Case.objects.filter(reference="DOCK-7").update(status=Case.Status.CLOSED)
    api = logged_in(client, cast.carol)
    assert [c["reference"] for c in api.get(URL, {"status": "closed"}).json()["results"]] == ["DOCK-7"]
    assert [c["reference"] for c in api.get(URL, {"q": "dockside"}).json()["results"]] == ["DOCK-7"]
    assert [c["reference"] for c in api.get(URL, {"q": "dock-7"}).json()["results"]] == ["DOCK-7"]
    assert api.get(URL, {"q": "nothing like it"}).json()["count"] == 0


def test_it_paginates(cast, client):
    for n in range(3):
        make_case(cast.alice, reference=f"PAGE-{n}")
    out = logged_in(client, cast.alice).get(URL, {"page_size": 2, "ordering": "reference"}).json()
    assert out["count"] == 4
    assert len(out["results"]) == 2
    assert "page=2" in out["next"]


def test_it_counts_images(cast, client):
    ingest_file(cast.case, cast.bob, "a.jpg", jpeg())
    assert logged_in(client, cast.carol).get(detail(cast.case)).json()["image_count"] == 1


def test_anyone_logged_in_opens_a_case_and_owns_it(cast, client):
    response = logged_in(client, cast.dave).post(
        URL, {"reference": "NEW-1", "title": "New case", "description": "x"}, content_type="application/json"
    )
    assert response.status_code == 201
    assert response.json()["role"] == "owner"
    case = Case.objects.get(reference="NEW-1")
    assert case.created_by == cast.dave
    assert case.role_of(cast.dave) == Membership.Role.OWNER
    event = AuditEvent.objects.get(action=AuditEvent.Action.CASE_CREATED)
    assert (event.actor, event.case) == (cast.dave, case)


def test_a_reference_is_unique_among_the_cases_one_opened(cast, client):
    response = logged_in(client, cast.alice).post(
        URL, {"reference": cast.case.reference, "title": "Copy"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == {"reference": ["You already have a case with this reference."]}


def test_another_teams_reference_is_not_revealed_and_can_be_used(cast, client):
    response = logged_in(client, cast.dave).post(
        URL, {"reference": cast.case.reference, "title": "Dave's own"}, content_type="application/json"
    )
    assert response.status_code == 201
    assert Case.objects.filter(reference=cast.case.reference).count() == 2


@pytest.mark.parametrize("who", ["alice", "bob"])
def test_the_reference_of_a_case_cannot_change_through_the_api_as_on_the_page(cast, client, who):
    response = logged_in(client, getattr(cast, who)).patch(
        detail(cast.case), {"reference": "OTHER-1"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == {"reference": ["The reference of a case cannot change."]}
    cast.case.refresh_from_db()
    assert cast.case.reference != "OTHER-1"


@pytest.mark.parametrize("method", ["get", "patch", "put", "delete"])
def test_an_outsider_gets_404_for_a_case(cast, client, method):
    response = getattr(logged_in(client, cast.dave), method)(detail(cast.case), {}, content_type="application/json")
    assert response.status_code == 404
    assert Case.objects.filter(pk=cast.case.pk).exists()


def test_a_viewer_reads_but_cannot_change_a_case(cast, client):
    api = logged_in(client, cast.carol)
    assert api.get(detail(cast.case)).status_code == 200
    response = api.patch(detail(cast.case), {"title": "Renamed"}, content_type="application/json")
    assert response.status_code == 403
    assert response.json() == {"detail": "Viewers cannot change this case"}
    cast.case.refresh_from_db()
    assert cast.case.title != "Renamed"


def test_an_investigator_changes_a_case_and_it_is_audited(cast, client):
    response = logged_in(client, cast.bob).patch(
        detail(cast.case), {"status": "closed"}, content_type="application/json"
    )
    assert response.status_code == 200
    cast.case.refresh_from_db()
    assert cast.case.status == Case.Status.CLOSED
    event = AuditEvent.objects.get(action=AuditEvent.Action.CASE_UPDATED)
    assert event.actor == cast.bob
    assert event.details == {"changed": {"status": ["open", "closed"]}}


@pytest.mark.parametrize("who", ["bob", "carol"])
def test_only_the_owner_deletes_a_case(cast, client, who):
    response = logged_in(client, getattr(cast, who)).delete(detail(cast.case))
    assert response.status_code == 403
    assert Case.objects.filter(pk=cast.case.pk).exists()


def test_the_owner_deletes_a_case_its_files_and_keeps_its_audit_trail(cast, client, django_capture_on_commit_callbacks):
    image = ingest_file(cast.case, cast.bob, "a.jpg", jpeg()).image
    stored = image.file.path
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(client, cast.alice).delete(detail(cast.case))
    assert response.status_code == 204
    assert not Case.objects.filter(pk=cast.case.pk).exists()
    deleted = AuditEvent.objects.get(action=AuditEvent.Action.CASE_DELETED)
    assert deleted.case_id == cast.case.pk
    assert deleted.details == {"reference": cast.case.reference, "images": 1}
    assert AuditEvent.objects.filter(case_id=cast.case.pk, action=AuditEvent.Action.IMAGE_UPLOADED).exists()
    assert not os.path.exists(stored)
