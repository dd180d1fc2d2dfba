"""Drop-in compatibility: our output against what the original API returned for each corpus file.

``shared/compat/goldens`` (README-era version) and ``goldens-v2`` (its last commit) are the
oracle (SPEC §2). Skips where ``../shared`` is absent.
"""

import json

import pytest

from analysis import analyse
from tests.conftest import SHARED, extract

GOLDENS = SHARED / "compat" / "goldens"
CORPUS = SHARED / "corpus" / "exif-samples"

# Files where our verdict differs from the original's v2 verdict, and why ours is better.
VERDICT_DIFFERS = {
    # piexif raised on a damaged entry, so v2 thought there was no EXIF at all and called it a
    # platform re-encode; our bounded reader keeps the readable tags (Make/Model, Software).
    "jpg/tests/30-type_error.jpg": "edited",
    "jpg/tests/45-gps_ifd.jpg": "camera_photo",
}


def _golden_paths() -> list[str]:
    if not GOLDENS.is_dir():
        return []
    return sorted(str(p.relative_to(GOLDENS))[: -len(".json")] for p in GOLDENS.rglob("*.json"))


def _mismatches(golden: dict, ours: dict) -> list[str]:
    problems = []
    for key, expected in golden.items():
        if key in ("analysis", "MakerNote"):
            continue
        if key == "gps":
            got = ours.get("gps")
            if not got or any(abs(got[k] - expected[k]) > 1e-9 for k in ("latitude", "longitude")):
                problems.append(f"gps {expected} != {got}")
        elif ours.get(key, "<missing>") != expected:
            problems.append(f"{key}: {expected!r:.80} != {ours.get(key, '<missing>')!r:.80}")
    theirs, mine = golden["analysis"], ours["analysis"]
    for key in ("software_detected", "detected_origins"):
        missing = set(theirs[key]) - set(mine[key])
        if missing:
            problems.append(f"{key} lacks {sorted(missing)}")
    for key in theirs:
        if not isinstance(mine.get(key), type(theirs[key])):
            problems.append(f"analysis.{key} has type {type(mine.get(key)).__name__}")
    if theirs.get("is_modified") and not mine["is_modified"]:
        problems.append("is_modified became false")
    return problems


@pytest.mark.parametrize("relative", _golden_paths() or [pytest.param("-", marks=pytest.mark.skip("no ../shared"))])
def test_every_original_key_is_present_with_an_equal_value(relative):
    ours = extract((CORPUS / relative).read_bytes(), relative.rsplit("/", 1)[-1], strict=False)
    for version in ("goldens", "goldens-v2"):
        golden = json.loads((SHARED / "compat" / version / f"{relative}.json").read_text())
        if "error" in golden:
            continue  # the original could not parse it; nothing to be compatible with
        assert "error" not in ours, ours.get("error")
        assert _mismatches(golden, ours) == [], version
        if "verdict" in golden["analysis"]:
            expected = VERDICT_DIFFERS.get(relative, golden["analysis"]["verdict"])
            assert ours["analysis"]["verdict"] == expected


@pytest.mark.parametrize("relative", sorted(VERDICT_DIFFERS))
def test_verdict_exceptions_are_files_the_original_misread(shared, relative):
    golden = json.loads((shared / "compat" / "goldens" / f"{relative}.json").read_text())
    assert "error" in golden  # the README-era version failed on these outright


def test_files_the_original_could_not_read_now_succeed(shared):
    unread = [p for p in _golden_paths() if "error" in json.loads((GOLDENS / f"{p}.json").read_text())]
    assert unread, "expected some files the original failed on"
    for relative in unread:
        report = analyse((CORPUS / relative).read_bytes(), filename=relative)
        assert report.error is None, (relative, report.error)
