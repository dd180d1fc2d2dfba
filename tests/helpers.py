"""People and cases for view and API tests.

One case, four people: alice owns it, bob investigates, carol views it, dave is not a member.
Use the ``cast`` fixture (tests/cases/conftest.py) or :func:`make_cast` directly.
"""

import io
import zipfile
from dataclasses import dataclass
from itertools import count

from django.contrib.auth import get_user_model

from cases.models import Case, Membership, evidence_storage
from tests.builders import ASCII, RATIONAL, exif_tiff, jpeg

_references = count(1)


@dataclass
class Cast:
    alice: object
    bob: object
    carol: object
    dave: object
    case: Case


def make_user(username: str, password: str | None = None):
    """A user; without ``password`` it cannot log in by form (tests log in with force_login),
    which keeps tests fast by skipping password hashing."""
    return get_user_model().objects.create_user(username, f"{username}@example.org", password)


def make_case(owner, *, title: str = "Harbour warehouse fire", reference: str | None = None, **roles) -> Case:
    """A case owned by ``owner``; ``roles`` maps a Membership.Role value to users, e.g.
    ``make_case(alice, viewer=[carol])``."""
    case = Case.objects.create(title=title, reference=reference or f"REF-{next(_references):04d}", created_by=owner)
    Membership.objects.create(case=case, user=owner, role=Membership.Role.OWNER)
    for role, users in roles.items():
        for user in users:
            Membership.objects.create(case=case, user=user, role=role)
    return case


def make_cast() -> Cast:
    alice, bob, carol, dave = (make_user(name) for name in ("alice", "bob", "carol", "dave"))
    case = make_case(alice, investigator=[bob], viewer=[carol])
    return Cast(alice, bob, carol, dave, case)


def logged_in(client, user):
    """``client`` with ``user`` logged in (returned for chaining)."""
    client.force_login(user)
    return client


def use_evidence_dir(path, monkeypatch):
    """Point the private evidence storage at ``path`` for one test (undone by ``monkeypatch``)."""
    storage = evidence_storage()
    for attribute in ("_location", "base_location", "location"):
        monkeypatch.setitem(storage.__dict__, attribute, str(path))
    return path


def photo(
    *, lat: float | None = None, lon: float | None = None, taken: str | None = None, offset: str | None = None, shade=0
) -> bytes:
    """A small JPEG with, optionally, a GPS position (signed degrees), DateTimeOriginal
    ("YYYY:MM:DD HH:MM:SS") and OffsetTimeOriginal ("+02:00"). ``shade`` makes distinct bytes."""
    exif = [(0x9003, ASCII, taken)] * bool(taken) + [(0x9011, ASCII, offset)] * bool(offset)
    gps = []
    if lat is not None and lon is not None:
        gps = [
            (0x0001, ASCII, "N" if lat >= 0 else "S"),
            (0x0002, RATIONAL, _dms(lat)),
            (0x0003, ASCII, "E" if lon >= 0 else "W"),
            (0x0004, RATIONAL, _dms(lon)),
        ]
    tiff = exif_tiff([(0x010F, ASCII, "TestCam")], exif or None, gps or None) if exif or gps else None
    return jpeg(tiff, color=(120, 80 + shade, 40))


def _dms(value: float) -> list[tuple[int, int]]:
    value = abs(value)
    degrees, minutes = int(value), int(value * 60) % 60
    seconds = round((value * 3600) % 60 * 1000)
    return [(degrees, 1), (minutes, 1), (seconds, 1000)]


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP archive holding ``members`` (name -> bytes), names written exactly as given."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return out.getvalue()


def named(data: bytes, name: str) -> io.BytesIO:
    """A file object for the test client's multipart uploads."""
    upload = io.BytesIO(data)
    upload.name = name
    return upload
