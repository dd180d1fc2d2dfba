"""Damaged and deceptive ZIP archives uploaded into a case: each is refused or its members
skipped with a message, never a server error, and member names cannot hide or reorder text."""

import io
import struct
import zipfile

import pytest
from django.urls import reverse

from tests.helpers import logged_in, named, photo, zip_of


@pytest.fixture
def bob(client, cast):
    return logged_in(client, cast.bob)


def upload_zip(client, case, data: bytes) -> list[tuple[str, str, str]]:
    response = client.post(
        reverse("cases:upload", args=[case.pk]),
        {"files": named(data, "evidence.zip")},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200
    return [(r["name"], r["outcome"], r["message"]) for r in response.json()["results"]]


def test_a_central_directory_pointing_before_the_archive_skips_its_members(bob, cast):
    data = bytearray(zip_of({"a.jpg": photo()}))
    end = data.rindex(b"PK\x05\x06")
    data[end + 16 : end + 20] = struct.pack("<I", 0xFFFFFF00)  # offset of the central directory (APPNOTE 4.3.16)
    name, outcome, message = upload_zip(bob, cast.case, bytes(data))[0]
    assert (name, outcome) == ("a.jpg", "skipped")
    assert "unreadable (" in message  # a negative seek: ValueError in memory, EINVAL on the temporary file


def test_a_zip64_member_offset_beyond_any_file_is_skipped(bob, cast):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.jpg", photo())
        archive.infolist()[0].header_offset = 2**64 - 1  # written as a zip64 extra field
    assert upload_zip(bob, cast.case, out.getvalue())[0][:2] == ("a.jpg", "skipped")


def test_an_archive_needing_an_unknown_zip_version_is_refused(bob, cast):
    data = bytearray(zip_of({"a.jpg": photo()}))
    central = data.rindex(b"PK\x01\x02")
    data[central + 6] = 99  # version needed to extract: 9.9 (APPNOTE 4.4.3)
    name, outcome, message = upload_zip(bob, cast.case, bytes(data))[0]
    assert (name, outcome) == ("evidence.zip", "refused")
    assert "not a readable ZIP archive (zip file version 9.9)" in message


def test_a_damaged_lzma_member_is_skipped_and_the_others_are_kept(bob, cast):
    data = bytearray(zip_of({"good.jpg": photo(shade=1), "damaged.jpg": photo(shade=2)}, zipfile.ZIP_LZMA))
    data[data.index(b"damaged.jpg") + len("damaged.jpg") + 20] ^= 0xFF  # inside its LZMA stream
    results = upload_zip(bob, cast.case, bytes(data))
    assert [(name, outcome) for name, outcome, _ in results] == [("good.jpg", "stored"), ("damaged.jpg", "skipped")]
    assert "unreadable (Corrupt input data)" in results[1][2]


def test_a_member_without_a_name_is_taken_under_a_placeholder(bob, cast):
    results = upload_zip(bob, cast.case, zip_of({"": photo()}))
    assert results[0][:2] == ("(unnamed member)", "stored")


def test_a_member_name_is_kept_exactly_and_shown_so_that_it_cannot_reorder_or_hide_text(bob, cast):
    results = upload_zip(bob, cast.case, zip_of({"\u202egnp.exe": photo(shade=1), "a\u200bb.jpg": photo(shade=2)}))
    assert [name for name, _, _ in results] == ["\u202egnp.exe", "a\u200bb.jpg"]
    assert sorted(cast.case.images.values_list("original_filename", flat=True)) == ["a\u200bb.jpg", "\u202egnp.exe"]
    page = bob.get(cast.case.get_absolute_url()).content.decode()
    assert "\\u202egnp.exe" in page and "a\\u200bb.jpg" in page
    assert "\u202e" not in page and "\u200b" not in page
