"""dimensions: the sizes the metadata records must be the real pixel size (R7, C8)."""

from analysis.result import Severity
from analysis.rules import dimensions
from tests.builders import LONG, SHORT

from .metadata_builders import (
    EXIF_HEIGHT,
    EXIF_WIDTH,
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


def recorded(width: int, height: int, orientation: int = 1, xmp: str | None = None) -> bytes:
    """A 64x48 JPEG whose EXIF records ``width`` x ``height``."""
    ifd0 = [text(MAKE, "Canon"), (ORIENTATION, SHORT, [orientation])]
    return exif_jpeg(ifd0, [(EXIF_WIDTH, LONG, [width]), (EXIF_HEIGHT, LONG, [height])], xmp=xmp)


def test_silent_when_the_recorded_size_is_the_pixel_size():
    assert findings(dimensions, recorded(64, 48)) == []


def test_it_fires_low_when_resized_keeping_the_shape():
    (found,) = findings(dimensions, recorded(640, 480))
    assert found.severity is Severity.LOW and found.title == "Resized after the metadata was written"
    assert places(found) == {
        "File:ImageWidth": 64,
        "File:ImageHeight": 48,
        "ExifIFD:ExifImageWidth": 640,
        "ExifIFD:ExifImageHeight": 480,
    }


def test_it_fires_medium_when_the_shape_changed():
    (found,) = findings(dimensions, recorded(640, 360))
    assert found.severity is Severity.MEDIUM and found.title.startswith("Cropped")


def test_a_size_recorded_turned_is_accepted_with_orientation_5_to_8_only():
    assert findings(dimensions, recorded(48, 64, orientation=6)) == []
    (found,) = findings(dimensions, recorded(48, 64, orientation=1))
    assert found.severity is Severity.LOW  # same shape turned: resized and rotated, not cropped


def test_a_recorded_zero_is_ignored():
    assert findings(dimensions, recorded(64, 0)) == []


def test_xmp_pixel_dimensions_are_compared_too():
    xmp = "<exif:PixelXDimension>3008</exif:PixelXDimension><exif:PixelYDimension>2000</exif:PixelYDimension>"
    (found,) = findings(dimensions, recorded(64, 48, xmp=xmp))
    assert found.severity is Severity.MEDIUM and places(found)["XMP-exif:ExifImageWidth"] == 3008


@on_camera_originals
def test_silent_on_a_camera_original(shared, path):
    assert_silent(dimensions, path)


def test_it_fires_on_the_corpus_copy_resized_from_2272x1704(shared):
    (found,) = corpus_findings(dimensions, shared, "Canon_PowerShot_S40.jpg")
    assert found.severity is Severity.LOW and places(found)["ExifIFD:ExifImageWidth"] == 2272
