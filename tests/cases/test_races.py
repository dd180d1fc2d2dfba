"""Concurrent changes to the same case, as two people (or two browser tabs) make them at once.

The threaded tests need PostgreSQL (``DATABASE_URL=postgres://…``, as the second half of .ci/run
runs the suite): SQLite serialises whole transactions and never shows the race. They skip on SQLite.
"""

import threading
from collections.abc import Callable

import pytest
from django.db import IntegrityError, connection, connections
from django.test import Client
from django.urls import reverse

from cases.models import Case, Membership
from tests.helpers import make_case, make_user

RACES = 20


def needs_postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("races need PostgreSQL's concurrent transactions (run with DATABASE_URL=postgres://…)")


def at_once(*calls: Callable[[], object]) -> list[object]:
    """Run ``calls`` in threads released together; their results (or exceptions) in order."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(index: int, call: Callable[[], object]) -> None:
        try:
            barrier.wait()
            results[index] = call()
        except Exception as exc:  # the test reads what each thread met
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def two_owners(alice, erin) -> Case:
    case = make_case(alice)
    Membership.objects.create(case=case, user=erin, role=Membership.Role.OWNER)
    return case


def codes_of(answers: list[object]) -> list[object]:
    """Each answer's status code, or the exception a thread met (shown when the test fails)."""
    return sorted((getattr(answer, "status_code", answer) for answer in answers), key=str)


def client_of(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("how", ["page", "api"])
def test_two_owners_demoting_each_other_at_once_leave_one_owner(how):
    needs_postgresql()
    alice, erin = make_user("alice"), make_user("erin")
    clients = {user: client_of(user) for user in (alice, erin)}
    for _ in range(RACES):
        case = two_owners(alice, erin)
        mine = {m.user: m for m in case.memberships.all()}

        def demote(by, member: Membership) -> int:
            if how == "page":
                url = reverse("cases:member_role", args=[case.pk, member.pk])
                return clients[by].post(url, {"role": "viewer"}).status_code
            url = f"/api/cases/{case.pk}/members/{member.pk}/"
            return clients[by].patch(url, {"role": "viewer"}, content_type="application/json").status_code

        answers = at_once(lambda: demote(alice, mine[erin]), lambda: demote(erin, mine[alice]))
        assert all(isinstance(answer, int) and answer < 500 for answer in answers), answers
        assert case.memberships.filter(role=Membership.Role.OWNER).count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_owners_removing_each_other_at_once_leave_one_owner():
    needs_postgresql()
    alice, erin = make_user("alice"), make_user("erin")
    clients = {user: client_of(user) for user in (alice, erin)}
    for _ in range(RACES):
        case = two_owners(alice, erin)
        mine = {m.user: m for m in case.memberships.all()}

        def remove(by, member: Membership) -> int:
            return clients[by].post(reverse("cases:member_remove", args=[case.pk, member.pk])).status_code

        answers = at_once(lambda: remove(alice, mine[erin]), lambda: remove(erin, mine[alice]))
        assert all(isinstance(answer, int) and answer < 500 for answer in answers), answers
        assert case.memberships.filter(role=Membership.Role.OWNER).count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_same_reference_created_twice_at_once_is_one_case_and_a_409():
    needs_postgresql()
    alice = make_user("alice")
    clients = [client_of(alice), client_of(alice)]
    for attempt in range(RACES):
        body = {"title": "Warehouse", "reference": f"RACE-{attempt}"}
        answers = at_once(*(lambda c=c: c.post("/api/cases/", body, content_type="application/json") for c in clients))
        assert codes_of(answers) in ([201, 400], [201, 409]), [getattr(a, "content", a) for a in answers]
        assert Case.objects.filter(reference=f"RACE-{attempt}").count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_same_member_added_twice_at_once_is_one_membership_and_a_409():
    needs_postgresql()
    alice = make_user("alice")
    clients = [client_of(alice), client_of(alice)]
    for attempt in range(RACES):
        user = make_user(f"member{attempt}")
        case = make_case(alice)
        url = f"/api/cases/{case.pk}/members/"
        body = {"user": user.username, "role": "viewer"}
        answers = at_once(*(lambda c=c: c.post(url, body, content_type="application/json") for c in clients))
        assert codes_of(answers) in ([201, 400], [201, 409]), [getattr(a, "content", a) for a in answers]
        assert case.memberships.filter(user=user).count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_same_member_added_twice_at_once_on_the_page_never_answers_500():
    needs_postgresql()
    alice = make_user("alice")
    clients = [client_of(alice), client_of(alice)]
    for attempt in range(RACES):
        user = make_user(f"member{attempt}")
        case = make_case(alice)
        url = reverse("cases:member_add", args=[case.pk])
        body = {"username": user.username, "role": "viewer"}
        answers = at_once(*(lambda c=c: c.post(url, body) for c in clients))
        assert all(isinstance(code, int) and code < 500 for code in codes_of(answers)), answers
        assert case.memberships.filter(user=user).count() == 1


def test_a_case_deleted_while_an_analysis_is_being_saved_answers_409(client, cast, monkeypatch):
    """The analysis's new rows refer to the case being deleted: the database refuses the delete."""

    def refused(self, *args, **kwargs):
        raise IntegrityError('insert or update on table "cases_finding" violates foreign key constraint')

    monkeypatch.setattr(Case, "delete", refused)
    client.force_login(cast.alice)
    page = client.post(reverse("cases:delete", args=[cast.case.pk]), {"confirm": cast.case.reference})
    api = client.delete(f"/api/cases/{cast.case.pk}/")
    assert (page.status_code, api.status_code) == (409, 409)
    assert "try again" in page.content.decode()
    assert "try again" in api.json()["detail"]
    assert Case.objects.filter(pk=cast.case.pk).exists()
