"""Fixtures for the cases tests: the ``cast`` of tests/helpers.py, a stored image, and private
evidence storage in a temporary folder for every test."""

import pytest

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
