"""``/api/cases/{id}/members/``: members see who is in the case; only the owner manages them."""

import pytest

from cases.models import AuditEvent, Membership
from tests.helpers import logged_in, make_user

Action = AuditEvent.Action


def url(case, member=None) -> str:
    return f"/api/cases/{case.pk}/members/" + (f"{member.pk}/" if member else "")


def membership(cast, user) -> Membership:
    return cast.case.memberships.get(user=user)


@pytest.mark.parametrize("who", ["alice", "bob", "carol"])
def test_members_see_the_members_and_their_roles(cast, client, who):
    out = logged_in(client, getattr(cast, who)).get(url(cast.case)).json()["results"]
    assert [(m["user"], m["role"]) for m in out] == [("alice", "owner"), ("bob", "investigator"), ("carol", "viewer")]


def test_an_outsider_gets_404(cast, client):
    api = logged_in(client, cast.dave)
    assert api.get(url(cast.case)).status_code == 404
    assert (
        api.post(url(cast.case), {"user": "dave", "role": "owner"}, content_type="application/json").status_code == 404
    )
    assert api.delete(url(cast.case, membership(cast, cast.carol))).status_code == 404


def test_the_owner_adds_a_member_and_it_is_audited(cast, client):
    response = logged_in(client, cast.alice).post(
        url(cast.case), {"user": "dave", "role": "viewer"}, content_type="application/json"
    )
    assert response.status_code == 201
    assert cast.case.role_of(cast.dave) == "viewer"
    event = AuditEvent.objects.get(action=Action.MEMBER_ADDED)
    assert (event.actor, event.case, event.details) == (cast.alice, cast.case, {"user": "dave", "role": "viewer"})


@pytest.mark.parametrize("who", ["bob", "carol"])
def test_only_the_owner_manages_members(cast, client, who):
    api = logged_in(client, getattr(cast, who))
    added = api.post(url(cast.case), {"user": "dave", "role": "viewer"}, content_type="application/json")
    assert added.status_code == 403
    assert added.json() == {"detail": "Only the case owner can do this"}
    carol = membership(cast, cast.carol)
    assert api.patch(url(cast.case, carol), {"role": "owner"}, content_type="application/json").status_code == 403
    assert api.delete(url(cast.case, carol)).status_code == 403
    assert cast.case.role_of(cast.dave) is None
    assert cast.case.role_of(cast.carol) == "viewer"


def test_a_member_cannot_be_added_twice(cast, client):
    response = logged_in(client, cast.alice).post(
        url(cast.case), {"user": "carol", "role": "owner"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "user" in response.json()


def test_an_unknown_user_is_a_400(cast, client):
    response = logged_in(client, cast.alice).post(
        url(cast.case), {"user": "nobody", "role": "viewer"}, content_type="application/json"
    )
    assert response.status_code == 400


def test_the_owner_changes_a_role_and_it_is_audited(cast, client):
    carol = membership(cast, cast.carol)
    response = logged_in(client, cast.alice).patch(
        url(cast.case, carol), {"role": "investigator"}, content_type="application/json"
    )
    assert response.status_code == 200
    assert cast.case.role_of(cast.carol) == "investigator"
    event = AuditEvent.objects.get(action=Action.MEMBER_CHANGED)
    assert event.details == {"user": "carol", "role": ["viewer", "investigator"]}


def test_a_membership_cannot_be_moved_to_another_user(cast, client):
    make_user("erin")
    carol = membership(cast, cast.carol)
    response = logged_in(client, cast.alice).patch(
        url(cast.case, carol), {"user": "erin"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert cast.case.role_of(cast.carol) == "viewer"


def test_the_owner_removes_a_member_and_it_is_audited(cast, client):
    response = logged_in(client, cast.alice).delete(url(cast.case, membership(cast, cast.bob)))
    assert response.status_code == 204
    assert cast.case.role_of(cast.bob) is None
    assert AuditEvent.objects.get(action=Action.MEMBER_REMOVED).details == {"user": "bob"}


def test_the_last_owner_cannot_leave_or_step_down(cast, client):
    api = logged_in(client, cast.alice)
    alice = membership(cast, cast.alice)
    assert api.delete(url(cast.case, alice)).status_code == 400
    demoted = api.patch(url(cast.case, alice), {"role": "viewer"}, content_type="application/json")
    assert demoted.status_code == 400
    assert cast.case.role_of(cast.alice) == "owner"
    assert not AuditEvent.objects.filter(action__in=[Action.MEMBER_REMOVED, Action.MEMBER_CHANGED]).exists()


def test_an_owner_may_step_down_once_there_is_another(cast, client):
    api = logged_in(client, cast.alice)
    api.patch(url(cast.case, membership(cast, cast.bob)), {"role": "owner"}, content_type="application/json")
    response = api.patch(
        url(cast.case, membership(cast, cast.alice)), {"role": "viewer"}, content_type="application/json"
    )
    assert response.status_code == 200
    assert cast.case.role_of(cast.alice) == "viewer"
