"""dimensions: the sizes the metadata records must be the real pixel size (R7, C8)."""

import struct

from analysis.result import Severity
from analysis.rules import dimensions
from tests.builders import LONG, SHORT, ifd

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


# Camera raws that are TIFF inside: IFD0, the directory Pillow reads, holds a preview (CR2, DNG,
# NEF...), so the recorded size is compared with the full-resolution image's, or not at all.
SUBFILE_TYPE, WIDTH, HEIGHT, BITS, COMPRESSION, PHOTOMETRIC = 0x00FE, 0x0100, 0x0101, 0x0102, 0x0103, 0x0106
STRIPS, SAMPLES, ROWS, STRIP_BYTES, SUB_IFDS, EXIF_POINTER, DNG_VERSION = (
    0x0111,
    0x0115,
    0x0116,
    0x0117,
    0x014A,
    0x8769,
    0xC612,
)


def raw_tiff(
    preview: tuple[int, int],
    recorded: tuple[int, int],
    *,
    cr2: bool = False,
    dng: bool = False,
    full: tuple[int, int] | None = None,
) -> bytes:
    """A TIFF-based raw: IFD0 an uncompressed RGB ``preview`` Pillow can read, ExifIFD recording
    ``recorded``; with ``cr2`` the Canon signature after the header (the raw's size in no IFD),
    with ``dng`` a DNGVersion, and with ``full`` a SubIFD saying it holds the full-resolution
    ``full`` image (SubfileType 0) while IFD0 says it is a reduced one."""
    start = 16 if cr2 else 8
    strip = bytes(preview[0] * preview[1] * 3)

    def ifd0_entries(exif_at: int, sub_at: int, strip_at: int) -> list[tuple]:
        entries = [
            (WIDTH, LONG, [preview[0]]),
            (HEIGHT, LONG, [preview[1]]),
            (BITS, SHORT, [8, 8, 8]),
            (COMPRESSION, SHORT, [1]),
            (PHOTOMETRIC, SHORT, [2]),
            (STRIPS, LONG, [strip_at]),
            (SAMPLES, SHORT, [3]),
            (ROWS, LONG, [preview[1]]),
            (STRIP_BYTES, LONG, [len(strip)]),
            text(MAKE, "Canon"),
            (EXIF_POINTER, LONG, [exif_at]),
        ]
        if dng:
            entries.append((DNG_VERSION, 1, [1, 4, 0, 0]))
        if full:
            entries += [(SUBFILE_TYPE, LONG, [1]), (SUB_IFDS, LONG, [sub_at])]
        return entries

    exif_entries = [(EXIF_WIDTH, LONG, [recorded[0]]), (EXIF_HEIGHT, LONG, [recorded[1]])]
    sub_entries = [(SUBFILE_TYPE, LONG, [0]), (WIDTH, LONG, [full[0]]), (HEIGHT, LONG, [full[1]])] if full else []
    # every pointer is a 4-byte LONG, so the directories' lengths do not depend on their values
    exif_at = start + len(ifd(ifd0_entries(0, 0, 0), start))
    sub_at = exif_at + len(ifd(exif_entries, exif_at))
    strip_at = sub_at + (len(ifd(sub_entries, sub_at)) if full else 0)
    head = (b"II*\x00" + struct.pack("<I", start)) + (b"CR\x02\x00" + bytes(4) if cr2 else b"")
    return (
        head
        + ifd(ifd0_entries(exif_at, sub_at, strip_at), start)
        + ifd(exif_entries, exif_at)
        + (ifd(sub_entries, sub_at) if full else b"")
        + strip
    )


def test_an_untouched_cr2_is_not_read_as_resized_from_its_preview():
    # a CR2 keeps a 1536x1024 preview in IFD0 for a 3456x2304 picture, and gives the raw's size
    # in no IFD: the rule cannot know the picture's size, so it stays silent
    assert findings(dimensions, raw_tiff((48, 32), (3456, 2304), cr2=True), "IMG_0001.CR2") == []


def test_a_raw_is_compared_with_its_full_resolution_image_allowing_the_masked_border():
    # DNG raw data 3516x2328 for a 3456x2304 picture; Pillow reads the 8x8 preview in IFD0
    assert findings(dimensions, raw_tiff((8, 8), (3456, 2304), dng=True, full=(3516, 2328)), "a.dng") == []


def test_a_raw_recording_another_size_than_its_full_resolution_image_still_fires():
    (found,) = findings(dimensions, raw_tiff((8, 8), (6000, 4000), dng=True, full=(3516, 2328)), "a.dng")
    assert found.severity is Severity.LOW
    assert places(found) == {
        "SubIFD:ImageWidth": 3516,
        "SubIFD:ImageHeight": 2328,
        "ExifIFD:ExifImageWidth": 6000,
        "ExifIFD:ExifImageHeight": 4000,
    }
