"""Embedded pictures decoded and compared with the main picture (analysis.pixels.embedded)."""

import io

import piexif
from PIL import Image

from analysis import Evidence, analyse
from analysis.pixels import embedded_images
from analysis.pixels.embedded import DIFFERS_THRESHOLD
from tests.analysis.pixel_scenes import jpeg_bytes, scene

MAIN_SIZE = Evidence("File:ImageWidth", 768)


def with_exif_thumbnail(main: Image.Image, thumbnail: Image.Image) -> bytes:
    """``main`` as a JPEG whose EXIF IFD1 thumbnail is ``thumbnail`` (160x120 JPEG at quality 85)."""
    exif = piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: b"Test"},
            "1st": {piexif.ImageIFD.Compression: 6},
            "thumbnail": jpeg_bytes(thumbnail, 85),
        }
    )
    return jpeg_bytes(main, 92, exif=exif)


def only(data: bytes):
    (item,) = embedded_images(data, analyse(data, "photo.jpg", strict=True))
    return item


def test_a_thumbnail_of_another_picture_differs_and_makes_a_finding():
    data = with_exif_thumbnail(scene(1), scene(2).resize((160, 120)))
    item = only(data)
    assert item.place == "IFD1:ThumbnailImage" and (item.width, item.height) == (160, 120)
    assert item.differs and item.comparison.normalised_difference > DIFFERS_THRESHOLD
    finding = item.finding(MAIN_SIZE)
    assert finding.rule == "thumbnail_content" and finding.severity == "medium"
    evidence = finding.evidence[0]
    assert evidence.where == f"IFD1:ThumbnailImage at offset {item.offset}"
    assert data[item.offset : item.offset + 2] == b"\xff\xd8"
    assert evidence.value["threshold"] == DIFFERS_THRESHOLD
    assert evidence.value["normalised_difference"] == item.comparison.normalised_difference
    with Image.open(io.BytesIO(item.comparison.difference_png)) as png:
        assert png.size == (160, 120)


def test_the_cameras_own_scaled_thumbnail_matches_and_makes_no_finding():
    picture = scene(1)
    item = only(with_exif_thumbnail(picture, picture.resize((160, 107))))
    assert not item.differs and not item.aspect_mismatch
    assert item.comparison.mapping == "scaled"
    assert item.finding(MAIN_SIZE) is None


def test_a_thumbnail_padded_to_4_3_with_black_bars_matches():
    picture = scene(1)
    padded = Image.new("RGB", (160, 120))
    padded.paste(picture.resize((160, 107)), (0, 6))
    item = only(with_exif_thumbnail(picture, padded))
    assert item.comparison.mapping == "padded"
    assert item.finding(MAIN_SIZE) is None


def test_a_thumbnail_of_another_shape_is_an_aspect_mismatch():
    picture = scene(1)
    item = only(with_exif_thumbnail(picture, picture.resize((100, 120))))
    assert item.aspect_mismatch
    assert item.finding(MAIN_SIZE) is not None


def test_a_thumbnail_whose_bytes_are_not_a_jpeg_is_listed_with_the_reason():
    data = bytearray(with_exif_thumbnail(scene(1), scene(1).resize((160, 107))))
    report = analyse(bytes(data), "photo.jpg", strict=True)
    offset = report.metadata["IFD1"]["ThumbnailImage"]["offset"]
    data[offset : offset + 2] = b"\x00\x00"
    (item,) = embedded_images(bytes(data), report)
    assert item.comparison is None and "not a JPEG" in item.reason
    assert item.finding(MAIN_SIZE) is None


def test_a_file_without_embedded_pictures_lists_none():
    data = jpeg_bytes(scene(1, (64, 48)), 90)
    assert embedded_images(data, analyse(data, "photo.jpg", strict=True)) == []


def test_camera_originals_thumbnails_match(shared):
    for name in ["Canon_40D.jpg", "Nikon_D70.jpg", "exif-org/ricoh-rdc5300.jpg", "hdr/iphone_hdr_YES.jpg"]:
        data = (shared / "corpus/exif-samples/jpg" / name).read_bytes()
        (item,) = embedded_images(data, analyse(data, name, strict=True))
        assert item.comparison is not None, name
        assert item.finding(MAIN_SIZE) is None, (name, item.comparison)


def test_a_cropped_picture_with_the_old_thumbnail_and_preview_differs(shared):
    # The main picture shows only the middle of the scene that the Casio thumbnail and preview show.
    data = (shared / "corpus/exif-samples/jpg/tests/35-empty.jpg").read_bytes()
    items = embedded_images(data, analyse(data, "35-empty.jpg", strict=True))
    assert sorted((item.place, item.differs) for item in items) == [
        ("Casio:PreviewImage", True),
        ("IFD1:ThumbnailImage", True),
    ]


def test_heif_thumbnails_are_compared(shared):
    data = (shared / "corpus/formats/heic/sample1.heif").read_bytes()
    (item,) = embedded_images(data, analyse(data, "sample1.heif", strict=True))
    assert item.place == "HEIF thumbnail 1 of the primary image" and (item.width, item.height) == (240, 160)
    assert item.offset is None and not item.differs


def test_an_mpf_gain_map_is_shown_but_not_compared(shared):
    data = (shared / "corpus/formats/jpg/apple_gainmap_new.jpg").read_bytes()
    (item,) = embedded_images(data, analyse(data, "apple_gainmap_new.jpg", strict=True))
    assert item.kind == "mpf" and item.png is not None
    assert item.comparison is None and "not a scaled copy" in item.reason


def test_a_thumbnail_swapped_into_a_camera_original_differs(shared):
    original = Image.open(shared / "corpus/exif-samples/jpg/exif-org/canon-ixus.jpg").convert("RGB")
    item = only(with_exif_thumbnail(original, scene(5).resize((160, 120))))
    assert item.differs
