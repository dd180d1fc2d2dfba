"""Multipart bodies held in memory (every upload but a case upload): the common shape is split in
one pass, and every body gives the POST and FILES Django's parser gives."""

import random

import pytest
from django.test import RequestFactory

from cases import uploads

BOUNDARY = "b0undary"
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"


def _part(name: str, data: bytes, filename: str | None = None, content_type: str | None = None) -> bytes:
    disposition = f'Content-Disposition: form-data; name="{name}"'
    if filename is not None:
        disposition += f'; filename="{filename}"'
    head = disposition + (f"\r\nContent-Type: {content_type}" if content_type else "")
    return f"--{BOUNDARY}\r\n{head}\r\n\r\n".encode() + data + b"\r\n"


def _body(*parts: bytes, end: bytes = b"\r\n") -> bytes:
    return b"".join(parts) + f"--{BOUNDARY}--".encode() + end


BODIES = {
    "one file": _body(_part("image", JPEG, "photo.jpg", "image/jpeg")),
    "file and fields": _body(_part("note", "café".encode()), _part("image", JPEG, "a.jpg"), _part("note", b"2")),
    "two files in one field": _body(_part("image", JPEG, "a.jpg"), _part("image", JPEG[:50], "b.jpg")),
    "no final CRLF": _body(_part("image", JPEG, "photo.jpg"), end=b""),
    "a name with folders and entities": _body(_part("image", JPEG, "../x/a&amp;b\\c.jpg")),
    "a name reduced to nothing": _body(_part("image", JPEG, "..")),
    "a UTF-8 name": _body(_part("image", JPEG, "ﬁlm фото.jpg")),
    "an empty file": _body(_part("image", b"", "empty.jpg")),
    "an empty file name": _body(_part("image", JPEG, "")),
    "a charset": _body(_part("image", JPEG, "a.jpg", "image/jpeg; charset=latin-1")),
    "data ending in CRLF": _body(_part("image", JPEG + b"\r\n", "a.jpg")),
    # Not the common shape: Django's parser reads these.
    "the separator inside the data": _body(_part("image", JPEG + f"--{BOUNDARY}".encode() + JPEG, "a.jpg")),
    "LF line ends": _body(_part("image", JPEG, "a.jpg")).replace(b"\r\n", b"\n"),
    "a preamble": b"preamble\r\n" + _body(_part("image", JPEG, "a.jpg")),
    "an epilogue": _body(_part("image", JPEG, "a.jpg")) + b"epilogue",
    "base64": _body(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="image"; filename="a.jpg"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n/9j/4A==\r\n".encode()
    ),
    "an RFC 2231 name": _body(
        f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"image\"; filename*=UTF-8''%C3%A9.jpg\r\n\r\n".encode()
        + JPEG
        + b"\r\n"
    ),
    "a part without a name": _body(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; filename="a.jpg"\r\n\r\nx\r\n'.encode()
    ),
    "no closing boundary": _part("image", JPEG, "a.jpg"),
    "a file with a blank field name": _body(_part(" ", JPEG, "a.jpg"), _part("image", JPEG, "b.jpg")),
    "a field with an empty name": _body(_part("", b"x"), _part("image", JPEG, "b.jpg")),
}


def _parsed(body: bytes) -> tuple[dict, dict] | str:
    """POST and FILES as lists per field, or the error the parser raised."""
    request = RequestFactory().generic(
        "POST", "/api/extract/", body, content_type=f"multipart/form-data; boundary={BOUNDARY}"
    )
    try:
        request.FILES  # parses the body
    except Exception as exc:  # the parser's own errors, compared as they are
        return f"{type(exc).__name__}: {exc}"
    files = {
        field: [
            (f.name, uploads.client_name(f), f.content_type, f.charset, f.content_type_extra, f.size, f.read())
            for f in request.FILES.getlist(field)
        ]
        for field in request.FILES
    }
    return {field: request.POST.getlist(field) for field in request.POST}, files


@pytest.mark.parametrize("body", BODIES.values(), ids=BODIES.keys())
def test_a_body_in_memory_gives_what_djangos_parser_gives(body, monkeypatch):
    ours = _parsed(body)
    monkeypatch.setattr(uploads, "_common_form", lambda *args: None)
    assert ours == _parsed(body)


@pytest.mark.parametrize("name", ["one file", "file and fields", "a UTF-8 name", "an empty file name"])
def test_the_common_shape_is_split_without_djangos_parser(name, monkeypatch):
    monkeypatch.setattr(uploads.ClientNameParser, "parse", lambda self: pytest.fail("Django's parser was used"))
    post, files = _parsed(BODIES[name])
    assert "image" in files or "image" in post


@pytest.mark.parametrize("name", ["the separator inside the data", "LF line ends", "base64", "an epilogue"])
def test_any_other_shape_goes_to_djangos_parser(name, monkeypatch):
    used = []
    real_parse = uploads.ClientNameParser.parse
    monkeypatch.setattr(uploads.ClientNameParser, "parse", lambda self: used.append(1) or real_parse(self))
    _parsed(BODIES[name])
    assert used == [1]


def test_too_many_files_are_still_refused(settings, client):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    body = _body(*(_part("image", JPEG, f"{i}.jpg") for i in range(3)))
    response = client.generic("POST", "/api/extract/", body, content_type=f"multipart/form-data; boundary={BOUNDARY}")
    assert response.status_code == 400
    assert "number of files" in response.json()["error"]


@pytest.mark.parametrize("seed", range(40))
def test_random_bodies_give_what_djangos_parser_gives(seed, monkeypatch):
    # Data full of the bytes that matter to the split (CR, LF, dashes, pieces of the boundary),
    # names with the characters Django sanitises, and now and then a damaged byte anywhere.
    rng = random.Random(seed)
    tokens = [b"\r\n", b"\r", b"\n", b"--", BOUNDARY.encode(), b"\r\n--", b"\x00", b"\xff\xd8", b"abc"]
    parts = []
    for index in range(rng.randint(1, 4)):
        data = b"".join(rng.choice(tokens) for _ in range(rng.randint(0, 30)))
        filename = rng.choice([None, "a.jpg", "", "../b.jpg", "c&amp;d.jpg", "é.jpg", "x\ty.jpg"])
        parts.append(_part(rng.choice(["image", "note", "é"]), data, filename, rng.choice([None, "image/jpeg"])))
    body = _body(*parts, end=rng.choice([b"", b"\r\n"]))
    if rng.random() < 0.3:
        at = rng.randrange(len(body))
        body = body[:at] + bytes([rng.randrange(256)]) + body[at + 1 :]
    ours = _parsed(body)
    monkeypatch.setattr(uploads, "_common_form", lambda *args: None)
    assert ours == _parsed(body)


def test_a_body_of_countless_parts_goes_to_djangos_parser_before_any_part_is_read(settings, client, monkeypatch):
    # Django's parser refuses at the first field over the limit; reading every part first would
    # let one anonymous request spend seconds of CPU on a 20 MB body of tiny parts.
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    headers_read = []
    real_parse = uploads.parse_boundary_stream
    monkeypatch.setattr(uploads, "parse_boundary_stream", lambda *a: headers_read.append(1) or real_parse(*a))
    body = _body(*(_part("note", b"x") for _ in range(5000)))
    response = client.generic("POST", "/api/extract/", body, content_type=f"multipart/form-data; boundary={BOUNDARY}")
    assert response.status_code == 400
    assert "DATA_UPLOAD_MAX_NUMBER_FIELDS" in response.json()["error"]
    assert headers_read == []
