"""The admin: every model with list columns, search and filters; evidence read-only; what the
admin changes is audited; superusers see every case."""

import os

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, reverse

from cases.ingest import ingest_file
from cases.models import Analysis, AuditEvent, Case, EvidenceImage, Finding, Membership
from tests.builders import jpeg
from tests.helpers import logged_in, make_case

Action = AuditEvent.Action
MODELS = [Case, Membership, EvidenceImage, Analysis, Finding, AuditEvent]


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", "a-long-root-password")


@pytest.fixture
def image(cast) -> EvidenceImage:
    image = ingest_file(cast.case, cast.bob, "photo.jpg", jpeg()).image
    Finding.objects.create(
        analysis=image.latest_analysis, image=image, case=cast.case, rule="software_editor", severity="medium"
    )
    return image


def changelist(model) -> str:
    return reverse(f"admin:cases_{model._meta.model_name}_changelist")


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_is_registered_with_columns_search_and_filters(model):
    model_admin = admin.site._registry[model]
    assert len(model_admin.list_display) > 2
    assert model_admin.search_fields
    assert model_admin.list_filter


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_list_searches_and_filters(model, superuser, client, image):
    api = logged_in(client, superuser)
    assert api.get(changelist(model)).status_code == 200
    assert api.get(changelist(model), {"q": "photo"}).status_code == 200


def test_a_superuser_sees_every_case_member_or_not(cast, superuser, client):
    make_case(cast.dave, reference="DAVE-1")
    page = logged_in(client, superuser).get(changelist(Case), {"q": ""}).content.decode()
    assert cast.case.reference in page
    assert "DAVE-1" in page


def test_a_member_who_is_not_staff_has_no_admin(cast, client):
    response = logged_in(client, cast.alice).get(changelist(Case))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_evidence_images_cannot_be_added_or_changed(superuser, client, image):
    api = logged_in(client, superuser)
    assert api.get(reverse("admin:cases_evidenceimage_add")).status_code == 403
    change = reverse("admin:cases_evidenceimage_change", args=[image.pk])
    assert api.get(change).status_code == 200  # read-only view
    assert api.post(change, {"original_filename": "renamed.jpg"}).status_code == 403
    image.refresh_from_db()
    assert image.original_filename == "photo.jpg"


@pytest.mark.parametrize("model", [Analysis, Finding], ids=lambda m: m.__name__)
def test_analyses_and_findings_are_read_only(superuser, client, image, model):
    obj = model.objects.first()
    api = logged_in(client, superuser)
    name = model._meta.model_name
    assert api.get(reverse(f"admin:cases_{name}_add")).status_code == 403
    assert api.post(reverse(f"admin:cases_{name}_delete", args=[obj.pk]), {"post": "yes"}).status_code == 403
    assert model.objects.filter(pk=obj.pk).exists()


def test_nothing_can_be_imported(superuser):
    with pytest.raises(NoReverseMatch):
        reverse("admin:cases_case_import")


def test_a_case_created_in_the_admin_is_the_admins_and_is_audited(cast, superuser, client):
    response = logged_in(client, superuser).post(
        reverse("admin:cases_case_add"),
        {
            "reference": "ADM-1",
            "title": "From the admin",
            "status": "open",
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "0",
            "memberships-0-user": cast.dave.pk,
            "memberships-0-role": "owner",
        },
    )
    assert response.status_code == 302
    case = Case.objects.get(reference="ADM-1")
    assert case.created_by == superuser
    assert case.role_of(cast.dave) == "owner"
    created = AuditEvent.objects.get(action=Action.CASE_CREATED)
    assert (created.actor, created.case, created.details["via"]) == (superuser, case, "admin")
    added = AuditEvent.objects.get(action=Action.MEMBER_ADDED)
    assert (added.case, added.details["role"]) == (case, "owner")


def test_a_membership_changed_in_the_admin_is_audited(cast, superuser, client):
    carol = cast.case.memberships.get(user=cast.carol)
    response = logged_in(client, superuser).post(
        reverse("admin:cases_membership_change", args=[carol.pk]),
        {"case": cast.case.pk, "user": cast.carol.pk, "role": "investigator"},
    )
    assert response.status_code == 302
    event = AuditEvent.objects.get(action=Action.MEMBER_CHANGED)
    assert (event.actor, event.case, event.details["fields"]) == (superuser, cast.case, ["role"])


def test_an_image_deleted_in_the_admin_is_audited_and_its_file_removed(
    superuser, client, image, django_capture_on_commit_callbacks
):
    stored = image.file.path
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(client, superuser).post(
            reverse("admin:cases_evidenceimage_delete", args=[image.pk]), {"post": "yes"}
        )
    assert response.status_code == 302
    assert not EvidenceImage.objects.filter(pk=image.pk).exists()
    assert not os.path.exists(stored)
    event = AuditEvent.objects.get(action=Action.IMAGE_DELETED)
    assert (event.actor, event.target_id) == (superuser, str(image.pk))


def test_cases_deleted_in_bulk_in_the_admin_are_audited(cast, superuser, client, image):
    response = logged_in(client, superuser).post(
        changelist(Case), {"action": "delete_selected", "_selected_action": [cast.case.pk], "post": "yes"}
    )
    assert response.status_code == 302
    assert not Case.objects.exists()
    assert AuditEvent.objects.get(action=Action.CASE_DELETED).case_id == cast.case.pk
