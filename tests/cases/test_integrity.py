"""Integrity of the stored originals: re-hashed against the ingest sha256, from the case page."""

import hashlib

from django.contrib.messages import get_messages
from django.urls import reverse

from cases.integrity import CHANGED, MISSING, verify_case
from cases.models import AuditEvent
from tests.helpers import logged_in


def tamper(image, data: bytes = b"changed") -> None:
    path = image.file.path
    with open(path, "wb") as stored:
        stored.write(data)


def test_untouched_originals_verify(cast, stored_image):
    [check] = verify_case(cast.case)
    assert (check.image, check.ok, check.stored_sha256) == (stored_image, True, stored_image.sha256)


def test_a_changed_original_is_found_with_both_hashes(cast, stored_image):
    tamper(stored_image)
    [check] = verify_case(cast.case)
    assert (check.ok, check.problem, check.stored_sha256) == (False, CHANGED, hashlib.sha256(b"changed").hexdigest())
    assert check.describe() == (
        f"hash differs: sha256 now {hashlib.sha256(b'changed').hexdigest()}, at ingest {stored_image.sha256}"
    )


def test_a_missing_original_is_found_and_said_to_be_missing(cast, stored_image):
    stored_image.file.storage.delete(stored_image.file.name)
    [check] = verify_case(cast.case)
    assert (check.ok, check.problem, check.stored_sha256) == (False, MISSING, None)
    assert check.describe() == f"file missing (sha256 at ingest {stored_image.sha256})"


def test_an_unreadable_original_is_named_by_its_error_type_only(cast, stored_image, monkeypatch):
    def refused(self, mode="rb"):
        raise PermissionError(13, "Permission denied", "/srv/evidence/originals/1/abc")

    monkeypatch.setattr(type(stored_image.file), "open", refused)
    [check] = verify_case(cast.case)
    assert check.problem == "file unreadable (PermissionError)"
    assert "/srv/" not in check.describe()


def test_each_check_is_audited_with_what_did_not_match(cast, stored_image):
    tamper(stored_image)
    verify_case(cast.case)
    event = AuditEvent.objects.get(action=AuditEvent.Action.INTEGRITY_VERIFIED)
    assert event.actor is None and event.case == cast.case
    assert event.details == {
        "checked": 1,
        "mismatched": [
            {
                "image": stored_image.pk,
                "filename": "harbour.jpg",
                "sha256": stored_image.sha256,
                "problem": CHANGED,
                "stored_sha256": hashlib.sha256(b"changed").hexdigest(),
            }
        ],
    }


def test_any_member_can_verify_from_the_case_page(client, cast, stored_image):
    response = logged_in(client, cast.carol).post(reverse("cases:verify", args=[cast.case.pk]))
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "All 1 stored originals match the sha256 taken at ingest.",
        f"The custody chain case:{cast.case.pk} is intact: 1 event.",
    ]
    assert AuditEvent.objects.get(action=AuditEvent.Action.INTEGRITY_VERIFIED).actor == cast.carol


def test_the_case_page_names_the_originals_that_do_not_match_and_what_is_wrong(client, cast, stored_image):
    tamper(stored_image)
    response = logged_in(client, cast.alice).post(reverse("cases:verify", args=[cast.case.pk]), follow=True)
    assert (
        "1 of 1 stored originals no longer match their ingest hash: harbour.jpg: hash differs: "
        f"sha256 now {hashlib.sha256(b'changed').hexdigest()}, at ingest {stored_image.sha256}"
    ) in response.content.decode()


def test_the_case_page_says_which_original_is_missing(client, cast, stored_image):
    stored_image.file.storage.delete(stored_image.file.name)
    response = logged_in(client, cast.alice).post(reverse("cases:verify", args=[cast.case.pk]), follow=True)
    assert "harbour.jpg: file missing (sha256 at ingest" in response.content.decode()


def test_an_outsider_cannot_verify(client, cast, stored_image):
    assert logged_in(client, cast.dave).post(reverse("cases:verify", args=[cast.case.pk])).status_code == 404
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.INTEGRITY_VERIFIED).exists()
