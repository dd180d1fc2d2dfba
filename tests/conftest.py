"""Shared fixtures: where the read-only corpus is, and the project's own fixture files."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("IMGMETA_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def shared() -> Path:
    """The read-only ``../shared`` corpus; tests that need it skip where it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"../shared corpus not present at {SHARED}")
    return SHARED


def fixture_bytes(relative: str) -> bytes:
    return (FIXTURES / relative).read_bytes()


def extract(data: bytes, filename: str | None = None, *, strict: bool = True) -> dict:
    """What ``POST /api/extract/`` answers for ``data``: the engine's report (strict by default,
    so a broken reader fails the test) through the original API's adapter."""
    from analysis import analyse
    from analysis.compat.response import extract_response

    return extract_response(analyse(data, filename, strict=strict), data, filename)
