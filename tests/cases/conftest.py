"""Fixtures for the cases tests: the ``cast`` of tests/helpers.py, a stored image, custody signing keys, and private
evidence storage in a temporary folder for every test."""

import hashlib

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cases.ingest import ingest_file
from cases.models import EvidenceImage
from tests.helpers import Cast, make_cast, photo, use_evidence_dir


@pytest.fixture(autouse=True)
def evidence_dir(tmp_path, monkeypatch, settings):
    """Keep each test's originals, thumbnails and uploads being received in its own temporary
    folder, not var/."""
    settings.CASE_UPLOAD_TEMP_DIR = tmp_path / "uploads"
    return use_evidence_dir(tmp_path / "evidence", monkeypatch)


@pytest.fixture
def cast(db) -> Cast:
    """alice (owner), bob (investigator), carol (viewer) of ``cast.case``; dave is an outsider."""
    return make_cast()


@pytest.fixture
def stored_image(cast) -> EvidenceImage:
    """A photo with a GPS position and a capture time, uploaded by bob and analysed."""
    data = photo(lat=43.4674, lon=11.8851, taken="2008:10:22 16:28:39", offset="+02:00")
    return ingest_file(cast.case, cast.bob, "harbour.jpg", data).image


@pytest.fixture
def hmac_key(settings) -> bytes:
    """The site signs its custody chains with this HMAC secret (returned as bytes)."""
    settings.CUSTODY_HMAC_KEY = "a secret only the site knows"
    return settings.CUSTODY_HMAC_KEY.encode()


@pytest.fixture
def ed25519_private(settings, tmp_path) -> Ed25519PrivateKey:
    """A new Ed25519 key in a PEM file that ``CUSTODY_ED25519_KEY_FILE`` names."""
    private = Ed25519PrivateKey.generate()
    path = tmp_path / "custody.pem"
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.write_bytes(pem)
    settings.CUSTODY_ED25519_KEY_FILE = str(path)
    return private


@pytest.fixture
def ed25519_key(ed25519_private) -> str:
    """The id of the site's Ed25519 custody key, as packages name it."""
    public = ed25519_private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(public).hexdigest()[:16]
