"""A file received again (the same bytes already in the case) under another name or path is not
stored twice, but its receipt is evidence ("the same picture was also at path X"): it is recorded
in the case's audit trail, in its hash chain, beside the upload events."""

import pytest
from django.test import Client
from django.urls import reverse

from cases.ingest import ingest_file
from cases.integrity import check_custody
from cases.models import AuditEvent
from tests.cases.test_races import at_once, needs_postgresql
from tests.helpers import logged_in, make_case, make_user, named, photo, zip_of

Action = AuditEvent.Action


@pytest.fixture
def bob_client(cast):
    return logged_in(Client(), cast.bob)


def api_upload(client, case, *files: tuple[bytes, str]):
    return client.post(f"/api/cases/{case.pk}/images/", {"file": [named(data, name) for data, name in files]})


def page_upload(client, case, data: bytes, name: str):
    response = client.post(
        reverse("cases:upload", args=[case.pk]), {"files": named(data, name)}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 200
    return response.json()["results"]


def test_a_file_received_again_under_another_name_is_recorded_on_the_existing_image(cast, client):
    api = logged_in(client, cast.bob)
    api_upload(api, cast.case, (photo(), "IMG_0001.jpg"))
    response = api_upload(api, cast.case, (photo(), "IMG-20240312-WA0007.jpg"))
    image = cast.case.images.get()
    # The upload's answer is as before: a duplicate of the existing image.
    assert response.status_code == 200
    [result] = response.json()["results"]
    assert (result["outcome"], result["image"]["id"]) == ("duplicate", image.pk)
    uploaded = AuditEvent.objects.get(action=Action.IMAGE_UPLOADED)
    event = AuditEvent.objects.get(action=Action.DUPLICATE_RECEIVED)
    assert (event.actor, event.case_id, event.target_id) == (cast.bob, cast.case.pk, str(image.pk))
    assert event.details["filename"] == "IMG-20240312-WA0007.jpg"
    assert event.details["existing_filename"] == "IMG_0001.jpg"
    assert (event.details["sha256"], event.details["size"]) == (image.sha256, image.size)
    # Each upload is named by its id, the same in the events of every file it brought.
    assert event.details["upload"] and uploaded.details["upload"]
    assert event.details["upload"] != uploaded.details["upload"]


def test_every_path_of_a_picture_in_a_phone_dump_is_in_the_audit_trail(bob_client, cast):
    dump = zip_of({"DCIM/a.jpg": photo(), "Pictures/Screenshots/a copy.jpg": photo(), "Backup/a.jpg": photo()})
    results = page_upload(bob_client, cast.case, dump, "phone.zip")
    assert [r["outcome"] for r in results] == ["stored", "duplicate", "duplicate"]
    events = AuditEvent.objects.filter(action=Action.DUPLICATE_RECEIVED).order_by("sequence")
    assert [(e.details["filename"], e.details["archive"]) for e in events] == [
        ("Pictures/Screenshots/a copy.jpg", "phone.zip"),
        ("Backup/a.jpg", "phone.zip"),
    ]
    uploaded = AuditEvent.objects.get(action=Action.IMAGE_UPLOADED)
    assert {e.details["upload"] for e in events} == {uploaded.details["upload"]}


def test_a_duplicate_receipt_is_in_the_cases_hash_chain(bob_client, cast):
    page_upload(bob_client, cast.case, photo(), "a.jpg")
    page_upload(bob_client, cast.case, photo(), "b.jpg")
    event = AuditEvent.objects.get(action=Action.DUPLICATE_RECEIVED)
    assert event.sequence > 1 and event.hash
    check = check_custody(cast.case.pk)
    assert check.ok and check.events == AuditEvent.objects.filter(case=cast.case).count()


def test_members_see_duplicate_receipts_with_the_upload_events_in_the_api(bob_client, cast, client):
    page_upload(bob_client, cast.case, photo(), "a.jpg")
    page_upload(bob_client, cast.case, photo(), "again.jpg")
    viewer = logged_in(client, cast.carol)
    listed = viewer.get("/api/audit-events/", {"case": cast.case.pk}).json()["results"]
    assert [e["action"] for e in listed if e["action"] in ("image_uploaded", "duplicate_received")] == [
        "duplicate_received",
        "image_uploaded",
    ]
    only = viewer.get("/api/audit-events/", {"action": "duplicate_received"}).json()["results"]
    assert [e["details"]["filename"] for e in only] == ["again.jpg"]


@pytest.mark.django_db(transaction=True)
def test_the_same_file_received_twice_at_once_is_one_image_and_one_duplicate_receipt():
    needs_postgresql()
    alice = make_user("alice")
    case = make_case(alice)
    for attempt in range(10):
        data = photo(shade=attempt * 10)  # near shades can encode to the same bytes
        answers = at_once(
            *(lambda n=n: ingest_file(case, alice, f"copy-{n}.jpg", data, analyse=False) for n in range(2))
        )
        assert sorted(getattr(a, "created", a) for a in answers) == [False, True], answers
        [image] = case.images.filter(sha256=answers[0].image.sha256)
        events = AuditEvent.objects.filter(target_id=str(image.pk))
        assert sorted(events.values_list("action", flat=True)) == [Action.DUPLICATE_RECEIVED, Action.IMAGE_UPLOADED]
    assert check_custody(case.pk).ok
