"""The case list: my cases only, search, status filter, opening a case; logging in and out."""

from django.urls import reverse

from cases.models import AuditEvent, Case, Membership
from tests.helpers import logged_in, make_case, make_user

LIST = reverse("cases:list")


def titles(response) -> list[str]:
    return [case.title for case in response.context["cases"]]


def test_it_lists_only_my_cases(client, cast):
    make_case(cast.dave, title="Dave's own case")
    assert titles(logged_in(client, cast.carol).get(LIST)) == ["Harbour warehouse fire"]
    assert titles(logged_in(client, cast.dave).get(LIST)) == ["Dave's own case"]


def test_it_shows_my_role_and_the_image_count(client, cast, stored_image):
    page = logged_in(client, cast.carol).get(LIST).content.decode()
    assert "Viewer" in page
    assert '<td class="num">1</td>' in page


def test_it_searches_by_title_or_reference(client, cast):
    make_case(cast.alice, title="Stolen bicycle", reference="BIKE-7")
    logged_in(client, cast.alice)
    assert titles(client.get(LIST, {"q": "bicycle"})) == ["Stolen bicycle"]
    assert titles(client.get(LIST, {"q": "bike-7"})) == ["Stolen bicycle"]
    assert titles(client.get(LIST, {"q": "nothing like it"})) == []


def test_it_filters_by_status(client, cast):
    closed = make_case(cast.alice, title="Closed matter")
    Case.objects.filter(pk=closed.pk).update(status=Case.Status.CLOSED)
    logged_in(client, cast.alice)
    assert titles(client.get(LIST, {"status": "closed"})) == ["Closed matter"]
    assert titles(client.get(LIST, {"status": "open"})) == ["Harbour warehouse fire"]


def test_opening_a_case_makes_me_its_owner_and_is_audited(client, db):
    erin = make_user("erin")
    response = logged_in(client, erin).post(
        reverse("cases:create"), {"title": "Fraud", "reference": "F-1", "description": ""}
    )
    case = Case.objects.get(reference="F-1")
    assert response["Location"] == case.get_absolute_url()
    assert case.created_by == erin
    assert case.role_of(erin) == Membership.Role.OWNER
    event = AuditEvent.objects.get(action=AuditEvent.Action.CASE_CREATED)
    assert (event.actor, event.case) == (erin, case)


def test_a_reference_in_use_gets_a_message_in_the_page(client, cast):
    response = logged_in(client, cast.alice).post(
        reverse("cases:create"), {"title": "Copy", "reference": cast.case.reference, "description": ""}
    )
    assert response.status_code == 400
    assert "You already have a case with this reference." in response.content.decode()
    assert Case.objects.count() == 1


def test_another_teams_reference_is_not_revealed(client, cast):
    response = logged_in(client, cast.dave).post(
        reverse("cases:create"), {"title": "Dave's own", "reference": cast.case.reference, "description": ""}
    )
    assert response.status_code == 302
    assert Case.objects.get(created_by=cast.dave).reference == cast.case.reference


def test_the_login_page_logs_in_and_the_logout_button_logs_out(client, db):
    make_user("erin", password="a-long-test-password")
    assert client.get(reverse("login")).status_code == 200
    response = client.post(reverse("login"), {"username": "erin", "password": "a-long-test-password"})
    assert response["Location"] == "/"
    assert client.get(LIST).status_code == 200
    client.post(reverse("logout"))
    assert client.get(LIST).status_code == 302


def test_a_wrong_password_gets_a_message(client, db):
    make_user("erin", password="a-long-test-password")
    response = client.post(reverse("login"), {"username": "erin", "password": "wrong"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
