"""Custody rules: downloads named by their content, the name as uploaded kept exactly and shown
safely, the admin under the same rules as the pages, who did what surviving a user's deletion,
and closed cases keeping their evidence as it is."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from cases.ingest import ingest_file
from cases.models import AuditEvent, Case, EvidenceImage
from cases.templatetags.metadata import meta_value
from tests.helpers import logged_in, make_case, make_user, photo

Action = AuditEvent.Action
CLIENT_NAME_HANDLERS = [
    "cases.uploads.ClientNameUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]


def original_url(image: EvidenceImage) -> str:
    return reverse("cases:original", args=[image.case_id, image.pk])


# Downloads


@pytest.mark.parametrize(
    ("uploaded_as", "offered_as"),
    [
        ("evidence.hta", "evidence.jpg"),
        ("photos/day 1/quay.JPEG", "quay.jpg"),
        ("no extension", "no extension.jpg"),
        ("..\\..\\evil.exe", "evil.jpg"),
        ("\u202egpj.exe", "_gpj.jpg"),
        (".hta", "hta.jpg"),
    ],
)
def test_a_download_is_named_by_what_the_bytes_are(client, cast, uploaded_as, offered_as):
    image = ingest_file(cast.case, cast.bob, uploaded_as, photo()).image
    response = logged_in(client, cast.carol).get(original_url(image))
    assert response["Content-Disposition"] == f'attachment; filename="{offered_as}"'
    image.refresh_from_db()
    assert image.original_filename == uploaded_as


def test_an_unknown_type_downloads_as_bin(cast):
    image = ingest_file(cast.case, cast.bob, "photo.jpg", photo()).image
    image.file_type = ""
    assert image.download_name == "photo.bin"


# The name as uploaded


def multipart(filename: str, data: bytes, field: str) -> tuple[bytes, str]:
    """A multipart body whose file part carries ``filename`` exactly as a client may send it
    (Django's test client would strip its directory parts)."""
    boundary = "----imgmeta-test-boundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
        "Content-Type: image/jpeg\r\n\r\n"
    ).encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


SENT_NAME = "scans/2024 &amp; before/IMG_0001.jpg"


@pytest.fixture
def client_names(settings):
    settings.FILE_UPLOAD_HANDLERS = CLIENT_NAME_HANDLERS


def test_the_project_parses_uploads_keeping_the_client_name():
    from django.conf import settings

    assert settings.FILE_UPLOAD_HANDLERS[0] == "cases.uploads.ClientNameUploadHandler"


@pytest.mark.parametrize("via", ["page", "api"])
def test_the_name_as_uploaded_is_exactly_the_name_sent(client, cast, client_names, via):
    url, field = (
        (reverse("cases:upload", args=[cast.case.pk]), "files")
        if via == "page"
        else (f"/api/cases/{cast.case.pk}/images/", "file")
    )
    body, content_type = multipart(SENT_NAME, photo(shade=3), field)
    response = logged_in(client, cast.bob).post(url, body, content_type=content_type)
    assert response.status_code in (201, 302)
    assert cast.case.images.get().original_filename == SENT_NAME
    event = AuditEvent.objects.get(action=Action.IMAGE_UPLOADED)
    assert event.details["filename"] == SENT_NAME


def test_a_name_django_would_reduce_to_nothing_is_still_received(client, cast, client_names):
    body, content_type = multipart("../", photo(shade=4), "file")
    response = logged_in(client, cast.bob).post(f"/api/cases/{cast.case.pk}/images/", body, content_type=content_type)
    assert response.status_code == 201
    assert cast.case.images.get().original_filename == "../"


def test_a_name_is_shown_with_its_hidden_characters_written_out(client, cast):
    image = ingest_file(cast.case, cast.bob, "invoice\u202egpj.exe", photo()).image
    for url in (cast.case.get_absolute_url(), image.get_absolute_url()):
        page = logged_in(client, cast.carol).get(url).content.decode()
        assert "invoice\\u202egpj.exe" in page
        assert "\u202e" not in page


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("Canon\u202eSOD", "Canon\\u202eSOD"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
        ("bell\x07", "bell\\x07"),
        ("two\nlines", "two\nlines"),
        ({"key\u202e": "v"}, "key\\u202e: v"),
    ],
)
def test_metadata_values_show_bidirectional_and_zero_width_characters_escaped(value, shown):
    assert meta_value(value) == shown


# The admin


@pytest.fixture
def staff(db):
    """A staff user allowed to see everything of the cases app in the admin, superuser not."""
    user = make_user("sam")
    user.is_staff = True
    user.save()
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="cases"))
    return user


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", "a-long-root-password")


@pytest.fixture
def image(cast) -> EvidenceImage:
    return ingest_file(cast.case, cast.bob, "harbour.jpg", photo()).image


def admin_url(obj, view: str = "change") -> str:
    return reverse(f"admin:cases_{obj._meta.model_name}_{view}", args=[obj.pk])


def test_a_staff_user_sees_in_the_admin_only_the_cases_they_are_a_member_of(client, cast, staff, image):
    own = make_case(staff, reference="SAM-1")
    logged_in(client, staff)
    cases = client.get(reverse("admin:cases_case_changelist")).content.decode()
    assert "SAM-1" in cases and cast.case.reference not in cases
    for obj in (cast.case, image, image.latest_analysis):
        assert client.get(admin_url(obj)).status_code == 302  # the admin's answer for a row not there
    assert client.get(reverse("admin:cases_evidenceimage_original", args=[image.pk])).status_code == 404
    assert client.get(admin_url(own)).status_code == 200


def test_a_staff_user_cannot_link_a_membership_to_another_teams_case(client, cast, staff):
    make_case(staff, reference="SAM-1")
    response = logged_in(client, staff).post(
        reverse("admin:cases_membership_add"), {"case": cast.case.pk, "user": staff.pk, "role": "owner"}
    )
    assert response.status_code == 200  # the form again, with the error
    assert cast.case.role_of(staff) is None


def test_the_admin_shows_no_storage_url_and_offers_the_audited_download(client, superuser, image):
    page = logged_in(client, superuser).get(admin_url(image)).content.decode()
    assert image.file.name not in page and image.file.url not in page
    download = reverse("admin:cases_evidenceimage_original", args=[image.pk])
    assert download in page
    response = client.get(download)
    assert b"".join(response.streaming_content) == Path(image.file.path).read_bytes()
    event = AuditEvent.objects.get(action=Action.IMAGE_DOWNLOADED)
    assert (event.actor_name, event.details) == ("root", {"sha256": image.sha256, "intact": True})


def test_the_admin_download_refuses_an_altered_original(client, superuser, image):
    Path(image.file.path).write_bytes(b"altered")
    response = logged_in(client, superuser).get(reverse("admin:cases_evidenceimage_original", args=[image.pk]))
    assert response.status_code == 409
    assert AuditEvent.objects.get(action=Action.IMAGE_DOWNLOADED).details["intact"] is False


def test_looking_at_evidence_in_the_admin_is_audited(client, superuser, image):
    logged_in(client, superuser)
    for obj in (image, image.latest_analysis):
        assert client.get(admin_url(obj)).status_code == 200
    events = AuditEvent.objects.filter(action=Action.IMAGE_VIEWED).order_by("pk")
    assert [(e.target_type, e.actor_name, e.details) for e in events] == [
        ("cases.EvidenceImage", "root", {"via": "admin"}),
        ("cases.Analysis", "root", {"via": "admin"}),
    ]


def test_the_admin_refuses_to_leave_a_case_without_an_owner(client, cast, superuser):
    owner = cast.case.memberships.get(user=cast.alice)
    response = logged_in(client, superuser).post(admin_url(owner, "delete"), {"post": "yes"}, follow=True)
    assert "must keep at least one owner" in response.content.decode()
    assert cast.case.role_of(cast.alice) == "owner"


# Deleting a user


def test_deleting_a_user_keeps_who_did_what_and_is_audited(client, cast, superuser):
    erin = make_user("erin")
    case = make_case(cast.alice, reference="ERIN-1", viewer=[erin])
    logged_in(client, erin).get(reverse("cases:report", args=[case.pk]))
    response = logged_in(client, superuser).post(reverse("admin:auth_user_delete", args=[erin.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(username="erin").exists()
    exported = AuditEvent.objects.get(action=Action.EXPORTED)
    assert exported.actor_name == "erin"
    deleted = AuditEvent.objects.get(action=Action.USER_DELETED)
    assert (deleted.actor_name, deleted.target_repr, deleted.details) == (
        "root",
        "erin",
        {"via": "admin", "username": "erin"},
    )
    trail = logged_in(client, cast.alice).get("/api/audit-events/", {"case": case.pk}).json()["results"]
    assert [e["actor"] for e in trail if e["action"] == "exported"] == ["erin"]


def test_the_admin_event_page_answers_after_its_actor_and_case_are_deleted(client, cast, superuser):
    erin = make_user("erin")
    case = make_case(erin, reference="ERIN-2")
    logged_in(client, erin).get(reverse("cases:report", args=[case.pk]))
    event = AuditEvent.objects.get(action=Action.EXPORTED)
    Case.objects.filter(pk=case.pk).delete()
    get_user_model().objects.filter(pk=erin.pk).delete()
    logged_in(client, superuser)
    page = client.get(admin_url(event))
    assert page.status_code == 200
    assert "erin" in page.content.decode() and f"{case.pk} (deleted)" in page.content.decode()
    assert client.get(reverse("admin:cases_auditevent_changelist")).status_code == 200


# Closed and archived cases


@pytest.mark.parametrize("status", [Case.Status.CLOSED, Case.Status.ARCHIVED])
def test_a_closed_or_archived_case_refuses_uploads_and_reanalysis(client, cast, image, status):
    Case.objects.filter(pk=cast.case.pk).update(status=status)
    logged_in(client, cast.bob)
    message = f"This case is {status.label.lower()}: it takes no uploads or re-analysis."
    api_upload = client.post(f"/api/cases/{cast.case.pk}/images/", {"file": [photo(shade=9)]})
    api_again = client.post(f"/api/images/{image.pk}/reanalyse/")
    page_upload = client.post(
        reverse("cases:upload", args=[cast.case.pk]), {"files": []}, headers={"Accept": "application/json"}
    )
    page_again = client.post(reverse("cases:reanalyse", args=[cast.case.pk, image.pk]), follow=True)
    assert (api_upload.status_code, api_again.status_code, page_upload.status_code) == (409, 409, 409)
    assert message in api_upload.json()["detail"] and message in api_again.json()["detail"]
    assert message in page_upload.json()["error"]
    assert message in page_again.content.decode()
    assert image.analyses.count() == 1 and cast.case.images.count() == 1
    page = client.get(cast.case.get_absolute_url()).content.decode()
    assert message.split(":")[0] in page and 'name="files"' not in page


def test_a_case_title_with_a_direction_override_is_shown_escaped(client, cast):
    cast.case.title = "Bob\u202eevil"
    cast.case.save()
    for url in (reverse("cases:case", args=[cast.case.pk]), reverse("cases:list")):
        html = logged_in(client, cast.carol).get(url).content.decode()
        assert "Bob\\u202eevil" in html and "\u202e" not in html
