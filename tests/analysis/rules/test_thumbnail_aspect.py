"""thumbnail_aspect: the embedded thumbnail must have the picture's shape (R5, C3)."""

import pytest

from analysis.result import Severity
from analysis.rules import thumbnail_aspect
from tests.builders import SHORT, jpeg

from .metadata_builders import (
    MAKE,
    ORIENTATION,
    assert_silent,
    corpus_findings,
    exif_jpeg,
    findings,
    on_camera_originals,
    places,
    text,
)


def with_thumbnail(thumb: tuple[int, int], size: tuple[int, int] = (96, 64), orientation: int = 1) -> bytes:
    ifd0 = [text(MAKE, "Canon"), (ORIENTATION, SHORT, [orientation])]
    return exif_jpeg(ifd0, size=size, thumbnail=jpeg(size=thumb))


@pytest.mark.parametrize(
    "thumb",
    [(48, 32), (160, 107), (160, 120)],  # scaled, rounded, padded to 160x120 (4:3) as cameras do
)
def test_silent_when_the_thumbnail_has_the_pictures_shape_or_camera_padding(thumb):
    assert findings(thumbnail_aspect, with_thumbnail(thumb)) == []


def test_it_fires_medium_when_the_thumbnail_is_turned_the_other_way():
    (found,) = findings(thumbnail_aspect, with_thumbnail((32, 48)))
    assert found.severity is Severity.MEDIUM and "turned the other way" in found.detail
    evidence = places(found)
    assert evidence["IFD1:ThumbnailImage"].startswith("32x48 JPEG at offset ")
    assert (evidence["File:ImageWidth"], evidence["File:ImageHeight"]) == (96, 64)


def test_it_fires_medium_when_the_shape_differs_beyond_padding():
    (found,) = findings(thumbnail_aspect, with_thumbnail((160, 60)))
    assert found.severity is Severity.MEDIUM


def test_a_turned_thumbnail_is_accepted_when_orientation_turns_the_picture():
    assert findings(thumbnail_aspect, with_thumbnail((32, 48), orientation=6)) == []


@on_camera_originals
def test_silent_on_a_camera_original(shared, path):
    assert_silent(thumbnail_aspect, path)


@pytest.mark.parametrize("name", ["exif-org/ricoh-rdc5300.jpg", "tests/45-gps_ifd.jpg"])
def test_silent_on_corpus_cameras_padding_a_wider_picture_to_160x120(shared, name):
    assert corpus_findings(thumbnail_aspect, shared, name) == []


def test_a_16_9_thumbnail_of_a_square_picture_is_not_taken_for_camera_padding():
    # Padding means 160x120 exactly; a wide thumbnail of a square picture is another shape.
    (found,) = findings(thumbnail_aspect, with_thumbnail((160, 90), size=(64, 64)))
    assert found.severity is Severity.MEDIUM
