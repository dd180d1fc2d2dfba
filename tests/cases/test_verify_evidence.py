"""``manage.py verify_evidence [--case REF]``: stored originals re-hashed against their ingest sha256."""

import os

import pytest
from django.core.management import CommandError, call_command, execute_from_command_line

from cases.ingest import ingest_file
from cases.models import AuditEvent
from tests.builders import jpeg, png
from tests.helpers import make_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def images(cast):
    first = ingest_file(cast.case, cast.bob, "a.jpg", jpeg()).image
    second = ingest_file(cast.case, cast.bob, "b.png", png()).image
    other = make_case(cast.dave, reference="DAVE-1")
    theirs = ingest_file(other, cast.dave, "d.jpg", jpeg()).image
    return first, second, theirs


def test_it_passes_when_every_original_is_intact_and_records_it(cast, images, capsys):
    call_command("verify_evidence")
    assert "3 originals checked in 2 cases, 0 mismatched" in capsys.readouterr().out
    events = AuditEvent.objects.filter(action=AuditEvent.Action.INTEGRITY_VERIFIED)
    assert sorted(e.case.reference for e in events) == sorted([cast.case.reference, "DAVE-1"])
    custody = {"chain": f"case:{cast.case.pk}", "events": 2, "problem": "", "event_id": None}
    assert events.get(case=cast.case).details == {"checked": 2, "mismatched": [], "orphans": [], "custody": custody}


def test_it_fails_on_a_changed_original_and_names_it_with_both_hashes(cast, images, capsys):
    first = images[0]
    with open(first.file.path, "r+b") as stored:
        stored.seek(-3, os.SEEK_END)
        stored.write(b"\x00\x00\x00")
    now = first.stored_sha256()
    with pytest.raises(CommandError, match="3 originals checked in 2 cases, 1 mismatched"):
        call_command("verify_evidence")
    assert (
        f"MISMATCH {cast.case.reference}: image {first.pk} 'a.jpg' "
        f"hash differs: sha256 now {now}, at ingest {first.sha256}"
    ) in capsys.readouterr().err
    event = AuditEvent.objects.get(action=AuditEvent.Action.INTEGRITY_VERIFIED, case=cast.case)
    assert event.details["mismatched"] == [
        {
            "image": first.pk,
            "filename": "a.jpg",
            "sha256": first.sha256,
            "problem": "hash differs",
            "stored_sha256": now,
        }
    ]


def test_it_fails_on_a_missing_original_and_says_it_is_missing(cast, images, capsys):
    second = images[1]
    os.remove(second.file.path)
    with pytest.raises(CommandError, match="1 mismatched"):
        call_command("verify_evidence")
    assert f"image {second.pk} 'b.png' file missing (sha256 at ingest {second.sha256})" in capsys.readouterr().err


def test_it_checks_one_case_with_case_ref(cast, images, capsys):
    os.remove(images[2].file.path)  # in DAVE-1, not checked
    call_command("verify_evidence", "--case", cast.case.reference)
    assert "2 originals checked in 1 case, 0 mismatched" in capsys.readouterr().out
    assert AuditEvent.objects.filter(action=AuditEvent.Action.INTEGRITY_VERIFIED).count() == 1


def test_it_exits_non_zero_from_the_command_line(cast, images):
    os.remove(images[0].file.path)
    with pytest.raises(SystemExit) as exit_:
        execute_from_command_line(["manage.py", "verify_evidence"])
    assert exit_.value.code == 1


def test_it_refuses_an_unknown_case(cast):
    with pytest.raises(CommandError, match="No case with reference 'NOPE'"):
        call_command("verify_evidence", "--case", "NOPE")


def write_stored(evidence_dir, name: str, data: bytes = b"") -> None:
    path = evidence_dir / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_it_fails_on_an_orphaned_original_and_names_it_with_its_size(cast, images, evidence_dir, capsys):
    write_stored(evidence_dir, f"originals/{cast.case.pk}/{'0' * 64}")
    with pytest.raises(CommandError, match="3 originals checked in 2 cases, 0 mismatched, 1 orphaned files"):
        call_command("verify_evidence")
    assert (
        f"ORPHAN originals/{cast.case.pk}/{'0' * 64} (0 bytes): no image refers to this stored file"
        in capsys.readouterr().err
    )
    event = AuditEvent.objects.get(action=AuditEvent.Action.INTEGRITY_VERIFIED, case=cast.case)
    assert event.details["orphans"] == [f"originals/{cast.case.pk}/{'0' * 64}"]


def test_it_reports_orphaned_thumbnails_and_files_of_deleted_cases(cast, images, evidence_dir, capsys):
    write_stored(evidence_dir, f"thumbnails/{cast.case.pk}/left.jpg", b"jpeg")
    write_stored(evidence_dir, "originals/987654/gone")
    with pytest.raises(CommandError, match="2 orphaned files"):
        call_command("verify_evidence")
    err = capsys.readouterr().err
    assert f"ORPHAN thumbnails/{cast.case.pk}/left.jpg (4 bytes)" in err
    assert "ORPHAN originals/987654/gone (0 bytes)" in err


def test_with_case_ref_it_reports_only_that_cases_orphans(cast, images, evidence_dir, capsys):
    write_stored(evidence_dir, "originals/987654/gone")
    call_command("verify_evidence", "--case", cast.case.reference)
    assert "ORPHAN" not in capsys.readouterr().err
