"""Members on the case page: the owner adds people, changes roles, removes them; a case keeps an owner."""

from django.contrib.messages import get_messages
from django.urls import reverse

from cases.models import AuditEvent, Membership
from tests.helpers import logged_in, make_case, make_user


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_the_owner_adds_a_member_and_it_is_audited(client, cast):
    erin = make_user("erin")
    logged_in(client, cast.alice).post(
        reverse("cases:member_add", args=[cast.case.pk]), {"username": "erin", "role": "investigator"}
    )
    assert cast.case.role_of(erin) == Membership.Role.INVESTIGATOR
    event = AuditEvent.objects.get(action=AuditEvent.Action.MEMBER_ADDED)
    assert event.details == {"user": "erin", "role": "investigator"}


def test_adding_an_unknown_user_gets_a_message_in_the_page(client, cast):
    response = logged_in(client, cast.alice).post(
        reverse("cases:member_add", args=[cast.case.pk]), {"username": "nobody", "role": "viewer"}
    )
    assert response.status_code == 400
    assert "There is no active user with this name." in response.content.decode()


def test_adding_someone_twice_gets_a_message(client, cast):
    response = logged_in(client, cast.alice).post(
        reverse("cases:member_add", args=[cast.case.pk]), {"username": "carol", "role": "owner"}
    )
    assert "already a member" in response.content.decode()
    assert cast.case.role_of(cast.carol) == Membership.Role.VIEWER


def test_the_owner_changes_a_role_and_it_is_audited(client, cast):
    carol = cast.case.memberships.get(user=cast.carol)
    logged_in(client, cast.alice).post(
        reverse("cases:member_role", args=[cast.case.pk, carol.pk]), {"role": "investigator"}
    )
    assert cast.case.role_of(cast.carol) == Membership.Role.INVESTIGATOR
    assert AuditEvent.objects.get(action=AuditEvent.Action.MEMBER_CHANGED).details == {
        "user": "carol",
        "role": ["viewer", "investigator"],
    }


def test_the_owner_removes_a_member_who_then_gets_404(client, cast):
    carol = cast.case.memberships.get(user=cast.carol)
    logged_in(client, cast.alice).post(reverse("cases:member_remove", args=[cast.case.pk, carol.pk]))
    assert cast.case.role_of(cast.carol) is None
    assert AuditEvent.objects.get(action=AuditEvent.Action.MEMBER_REMOVED).details == {"user": "carol"}
    assert logged_in(client, cast.carol).get(cast.case.get_absolute_url()).status_code == 404


def test_the_last_owner_can_be_neither_demoted_nor_removed(client, cast):
    alice = cast.case.memberships.get(user=cast.alice)
    logged_in(client, cast.alice)
    demoted = client.post(reverse("cases:member_role", args=[cast.case.pk, alice.pk]), {"role": "viewer"})
    removed = client.post(reverse("cases:member_remove", args=[cast.case.pk, alice.pk]))
    assert cast.case.role_of(cast.alice) == Membership.Role.OWNER
    assert "A case must keep at least one owner" in messages_of(demoted)[0]
    assert "A case must keep at least one owner" in messages_of(removed)[-1]
    assert not AuditEvent.objects.filter(action__startswith="member_").exists()


def test_an_owner_may_leave_when_another_owner_remains(client, cast):
    Membership.objects.filter(case=cast.case, user=cast.bob).update(role=Membership.Role.OWNER)
    alice = cast.case.memberships.get(user=cast.alice)
    response = logged_in(client, cast.alice).post(reverse("cases:member_remove", args=[cast.case.pk, alice.pk]))
    assert response["Location"] == reverse("cases:list")
    assert cast.case.role_of(cast.alice) is None


def test_a_member_of_another_case_cannot_be_changed_through_this_one(client, cast):
    other = make_case(cast.dave, viewer=[cast.carol])
    theirs = other.memberships.get(user=cast.carol)
    response = logged_in(client, cast.alice).post(
        reverse("cases:member_role", args=[cast.case.pk, theirs.pk]), {"role": "owner"}
    )
    assert response.status_code == 404
    assert other.role_of(cast.carol) == Membership.Role.VIEWER
