"""A full disk while evidence is stored: a clear 507 error (JSON for the API and the page's script,
a page for a browser), no empty or partial original left behind, what was stored before kept and
analysed, and signing in still works."""

import errno
import os
import sqlite3

import pytest
from django.core.files.storage import FileSystemStorage
from django.db import OperationalError
from django.urls import reverse

from cases.models import AuditEvent, EvidenceImage
from tests.builders import jpeg
from tests.helpers import logged_in, make_user, named, zip_of

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


@pytest.fixture
def full_after(monkeypatch):
    """The evidence storage fills up after ``full_after.count`` more originals: then a save
    leaves an empty file, as a write on a full disk does, and raises ENOSPC."""
    real_save = FileSystemStorage._save
    state = {"left": 0}

    def save(self, name, content):
        if state["left"] > 0:
            state["left"] -= 1
            return real_save(self, name, content)
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "wb").close()
        raise OSError(errno.ENOSPC, "No space left on device", path)

    monkeypatch.setattr(FileSystemStorage, "_save", save)
    return state


def stored_files(evidence_dir) -> list[str]:
    return sorted(
        os.path.relpath(os.path.join(folder, name), evidence_dir)
        for folder, _, names in os.walk(evidence_dir)
        for name in names
    )


def test_an_api_upload_on_a_full_disk_is_507_json_and_leaves_no_empty_original(cast, client, evidence_dir, full_after):
    response = logged_in(client, cast.bob).post(
        f"/api/cases/{cast.case.pk}/images/", {"file": named(jpeg(), "photo.jpg")}
    )
    assert response.status_code == 507
    assert response.json()["error"].startswith("The evidence storage is full: photo.jpg was not stored")
    assert not EvidenceImage.objects.exists()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.IMAGE_UPLOADED).exists()
    assert stored_files(evidence_dir) == []


def test_a_browser_upload_on_a_full_disk_gets_a_page_saying_so(cast, client, full_after):
    response = logged_in(client, cast.bob).post(
        reverse("cases:upload", args=[cast.case.pk]),
        {"files": named(jpeg(), "photo.jpg")},
        headers={"Accept": "text/html"},
    )
    assert response.status_code == 507
    assert "Evidence storage full" in response.content.decode()


def test_members_stored_before_the_disk_filled_are_kept_and_analysed(cast, client, evidence_dir, full_after):
    full_after["left"] = 1
    archive = zip_of({"first.jpg": jpeg(size=(8, 8)), "second.jpg": jpeg(size=(9, 8)), "third.jpg": jpeg(size=(10, 8))})
    response = logged_in(client, cast.bob).post(
        reverse("cases:upload", args=[cast.case.pk]),
        {"files": named(archive, "many.zip")},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 507
    assert "second.jpg was not stored" in response.json()["error"]
    first = EvidenceImage.objects.get()
    assert (first.original_filename, first.status) == ("first.jpg", EvidenceImage.Status.DONE)
    assert stored_files(evidence_dir) == [first.file.name]  # its thumbnail could not be written either


def test_a_full_database_removes_the_original_it_could_not_record(cast, client, evidence_dir, monkeypatch):
    def full(self, *args, **kwargs):
        cause = sqlite3.OperationalError("database or disk is full")
        cause.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise OperationalError("database or disk is full") from cause

    monkeypatch.setattr(EvidenceImage, "save", full)
    response = logged_in(client, cast.bob).post(
        f"/api/cases/{cast.case.pk}/images/", {"file": named(jpeg(), "photo.jpg")}
    )
    assert response.status_code == 507
    assert stored_files(evidence_dir) == []


def test_signing_in_still_works_while_the_evidence_storage_is_full(client, full_after):
    make_user("erin", password=PASSWORD)
    response = client.post(reverse("login"), {"username": "erin", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("cases:list")).status_code == 200
