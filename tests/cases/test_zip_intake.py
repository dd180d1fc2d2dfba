"""ZIP archives uploaded into a case: only image members are taken, names stay text, bombs and
nested archives are refused with a message, skipped members are named."""

import io
import struct
import zipfile
import zlib

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from cases import zipintake
from cases.models import AuditEvent
from tests.helpers import logged_in, named, photo, zip_of


@pytest.fixture
def bob(client, cast):
    return logged_in(client, cast.bob)


def upload_zip(client, case, data: bytes, name: str = "evidence.zip") -> list[dict]:
    response = client.post(
        reverse("cases:upload", args=[case.pk]), {"files": named(data, name)}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 200
    return response.json()["results"]


def outcomes(results: list[dict]) -> list[tuple[str, str]]:
    return [(r["name"], r["outcome"]) for r in results]


def test_only_image_members_are_taken(bob, cast):
    data = zip_of({"a.jpg": photo(shade=1), "notes.txt": b"interview notes", "b.jpg": photo(shade=2)})
    results = upload_zip(bob, cast.case, data)
    assert outcomes(results) == [("a.jpg", "stored"), ("notes.txt", "skipped"), ("b.jpg", "stored")]
    assert sorted(cast.case.images.values_list("original_filename", flat=True)) == ["a.jpg", "b.jpg"]


def test_skipped_members_are_reported_by_name(bob, cast):
    results = upload_zip(bob, cast.case, zip_of({"a.jpg": photo(), "docs/readme.txt": b"text"}))
    assert results[1]["message"] == "evidence.zip: docs/readme.txt skipped, not an image"


def test_the_page_without_script_lists_skipped_members_in_messages(bob, cast):
    data = zip_of({"a.jpg": photo(), "readme.txt": b"text"})
    response = bob.post(reverse("cases:upload", args=[cast.case.pk]), {"files": named(data, "evidence.zip")})
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "evidence.zip: a.jpg: stored",
        "evidence.zip: readme.txt skipped, not an image",
    ]


def test_zip_member_names_never_become_paths(bob, cast, evidence_dir):
    hostile = ["../../outside.jpg", "/etc/absolute.jpg", "C:\\windows\\drive.jpg", "dir/../../up.jpg"]
    data = zip_of({name: photo(shade=i) for i, name in enumerate(hostile)})
    results = upload_zip(bob, cast.case, data)
    assert [r["outcome"] for r in results] == ["stored"] * 4
    for image in cast.case.images.all():
        assert image.original_filename in hostile
        assert image.file.name == f"originals/{cast.case.pk}/{image.sha256}"
    written = {path.name for path in evidence_dir.parent.parent.rglob("*") if path.is_file()}
    assert not written & {"outside.jpg", "absolute.jpg", "drive.jpg", "up.jpg"}


def test_member_names_are_kept_exactly_and_shown_as_printable_text(bob, cast):
    results = upload_zip(bob, cast.case, zip_of({"bad\x1bname\x7f.jpg": photo()}))
    assert results[0]["name"] == "bad\x1bname\x7f.jpg"
    image = cast.case.images.get()
    assert image.original_filename == "bad\x1bname\x7f.jpg"
    assert "bad\\x1bname\\x7f.jpg" in bob.get(image.get_absolute_url()).content.decode()


def test_an_archive_with_too_many_members_is_refused_whole(bob, cast, settings):
    settings.ZIP_MAX_MEMBERS = 2
    results = upload_zip(bob, cast.case, zip_of({f"{i}.jpg": photo(shade=i) for i in range(3)}))
    assert outcomes(results) == [("evidence.zip", "refused")]
    assert "it has 3 members; the limit is 2" in results[0]["message"]
    assert not cast.case.images.exists()


def test_an_archive_expanding_beyond_the_total_cap_is_refused_whole(bob, cast, settings):
    settings.ZIP_MAX_TOTAL_BYTES = 1000
    results = upload_zip(bob, cast.case, zip_of({"a.jpg": photo(), "b.jpg": photo(shade=1)}))
    assert outcomes(results) == [("evidence.zip", "refused")]
    assert "possible ZIP bomb" in results[0]["message"]
    assert not cast.case.images.exists()


def test_a_member_with_a_bomb_compression_ratio_is_refused_whole(bob, cast):
    bomb = b"\xff\xd8\xff" + b"\x00" * (8 * 1024 * 1024)  # 8 MB that deflate to a few KB
    results = upload_zip(bob, cast.case, zip_of({"a.jpg": photo(), "bomb.jpg": bomb}))
    assert outcomes(results) == [("evidence.zip", "refused")]
    assert "member 'bomb.jpg' expands" in results[0]["message"]
    assert not cast.case.images.exists()


def test_a_nested_archive_is_not_opened(bob, cast):
    inner = zip_of({"hidden.jpg": photo(shade=7)})
    results = upload_zip(bob, cast.case, zip_of({"a.jpg": photo(), "inner.zip": inner, "disguised.jpg": inner}))
    assert outcomes(results) == [("a.jpg", "stored"), ("inner.zip", "skipped"), ("disguised.jpg", "skipped")]
    assert "nested archive" in results[1]["message"] and "nested archive (ZIP)" in results[2]["message"]
    assert list(cast.case.images.values_list("original_filename", flat=True)) == ["a.jpg"]


def test_an_encrypted_member_is_skipped(bob, cast):
    data = bytearray(zip_of({"secret.jpg": photo()}, compression=zipfile.ZIP_STORED))
    data[6] |= 0x1  # general purpose flag bit 0 (APPNOTE 4.4.4), local header
    central = data.rindex(b"PK\x01\x02")
    data[central + 8] |= 0x1  # and in the central directory
    results = upload_zip(bob, cast.case, bytes(data))
    assert results[0] == {**results[0], "name": "secret.jpg", "outcome": "skipped"}
    assert "encrypted" in results[0]["message"]


def test_a_damaged_member_is_skipped_by_name_and_the_others_are_kept(bob, cast):
    good, damaged = photo(shade=1), photo(shade=2)
    data = bytearray(zip_of({"good.jpg": good, "damaged.jpg": damaged}, compression=zipfile.ZIP_STORED))
    at = data.index(damaged) + 200
    data[at] ^= 0xFF  # the stored bytes no longer match the member's CRC-32
    results = upload_zip(bob, cast.case, bytes(data))
    assert outcomes(results) == [("good.jpg", "stored"), ("damaged.jpg", "skipped")]
    assert "unreadable" in results[1]["message"]


def test_something_that_only_starts_like_a_zip_is_refused_with_a_message(bob, cast):
    results = upload_zip(bob, cast.case, b"PK\x03\x04" + b"\x00" * 100, name="fake.zip")
    assert outcomes(results) == [("fake.zip", "refused")]
    assert "not a readable ZIP archive" in results[0]["message"]


def test_an_archive_without_images_says_so(bob, cast):
    results = upload_zip(bob, cast.case, zip_of({"a.txt": b"text"}))
    assert results[-1]["message"] == "evidence.zip: no image found in this archive"


def test_images_from_an_archive_are_deduplicated_like_any_upload(bob, cast):
    upload_zip(bob, cast.case, zip_of({"a.jpg": photo()}))
    results = upload_zip(bob, cast.case, zip_of({"copy.jpg": photo()}), name="second.zip")
    assert outcomes(results) == [("copy.jpg", "duplicate")]
    assert cast.case.images.count() == 1


def test_the_audit_trail_names_the_archive_of_each_image(bob, cast):
    upload_zip(bob, cast.case, zip_of({"a.jpg": photo()}))
    event = AuditEvent.objects.get(action=AuditEvent.Action.IMAGE_UPLOADED)
    assert event.details["archive"] == "evidence.zip"
    assert event.details["filename"] == "a.jpg"


def test_it_recognises_a_zip_by_its_content_not_its_name():
    assert zipintake.is_zip(zip_of({"a.jpg": photo()}))
    assert not zipintake.is_zip(photo())


def unflagged_zip(raw_name: bytes, data: bytes, *, extra: bytes = b"") -> bytes:
    """A one-member ZIP whose name is ``raw_name`` byte for byte with the UTF-8 flag off, as Info-ZIP
    on Linux and macOS writes UTF-8 names (zipfile would set the flag for a non-ASCII name: the
    bytes of an ASCII stand-in of the same length are replaced in both headers)."""
    stand_in = b"n" * len(raw_name)
    info = zipfile.ZipInfo(stand_in.decode())
    info.extra = extra
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(info, data)
    written = out.getvalue()
    assert written.count(stand_in) == 2 and not zipfile.ZipFile(io.BytesIO(written)).infolist()[0].flag_bits & 0x800
    return written.replace(stand_in, raw_name)


def test_a_utf8_member_name_written_without_the_utf8_flag_is_kept_as_uploaded(bob, cast):
    name = "exif-samples/tiff/Crémieux11.jpg"
    results = upload_zip(bob, cast.case, unflagged_zip(name.encode(), photo()))
    assert outcomes(results) == [(name, "stored")]
    assert cast.case.images.get().original_filename == name
    event = AuditEvent.objects.get(action=AuditEvent.Action.IMAGE_UPLOADED)
    assert event.details["filename"] == name


def test_a_member_name_that_is_not_utf8_is_read_as_cp437_as_unzip_does(bob, cast):
    results = upload_zip(bob, cast.case, unflagged_zip(b"Cr\x82mieux.jpg", photo()))  # 0x82 is é in cp437
    assert outcomes(results) == [("Crémieux.jpg", "stored")]


def test_an_info_zip_unicode_path_field_gives_the_name_when_it_matches_the_header_name():
    raw = b"Cr\x82mieux.jpg"
    utf8 = "Crémieux (copie).jpg".encode()
    field = struct.pack("<BI", 1, zlib.crc32(raw)) + utf8
    archive = unflagged_zip(raw, photo(), extra=struct.pack("<HH", 0x7075, len(field)) + field)
    [member] = zipintake.image_members(archive)
    assert member.name == "Crémieux (copie).jpg"
    stale = struct.pack("<BI", 1, zlib.crc32(b"renamed")) + utf8
    archive = unflagged_zip(raw, photo(), extra=struct.pack("<HH", 0x7075, len(stale)) + stale)
    assert next(zipintake.image_members(archive)).name == "Crémieux.jpg"
