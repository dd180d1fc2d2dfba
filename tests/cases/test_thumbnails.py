"""Thumbnails: drawn after analysis, stored privately, served only to members."""

import io

from django.urls import reverse
from PIL import Image

from cases import thumbnails
from cases.ingest import ingest_file
from cases.thumbnails import THUMBNAIL_SIDE, make_thumbnail, render
from tests.builders import SHORT, exif_tiff, jpeg, png, png_chunk, png_header
from tests.conftest import fixture_bytes
from tests.helpers import logged_in


def pixels(data: bytes) -> tuple[int, int]:
    return Image.open(io.BytesIO(data)).size


def test_a_thumbnail_is_made_after_analysis(cast):
    image = ingest_file(cast.case, cast.bob, "big.jpg", jpeg(size=(1200, 900))).image
    assert image.thumbnail.name == f"thumbnails/{cast.case.pk}/{image.sha256}.jpg"
    assert pixels(image.thumbnail.open("rb").read()) == (THUMBNAIL_SIDE, 240)


def test_the_thumbnail_is_turned_as_the_camera_says(cast):
    upright = jpeg(exif_tiff([(0x0112, SHORT, [6])]), size=(400, 200))  # Orientation 6: rotate 90° clockwise
    assert pixels(render(upright)) == (160, 320)


def with_text_chunk(data: bytes, keyword: bytes, text: bytes) -> bytes:
    """``data`` (a PNG) with a tEXt chunk inserted right after its IHDR (8 + 25 bytes in)."""
    return data[:33] + png_chunk(b"tEXt", keyword + b"\x00" + text) + data[33:]


def test_a_png_whose_raw_profile_exif_is_malformed_gets_an_unturned_thumbnail():
    # ImageMagick's "Raw profile type exif" is hex text; Pillow raises ValueError reading this
    # one's EXIF, which must cost only the orientation, not the thumbnail.
    damaged = with_text_chunk(png(size=(64, 32)), b"Raw profile type exif", b"\nexif\n4\nzz not hex\n")
    assert pixels(render(damaged)) == (64, 32)


def test_the_corpus_png_with_malformed_raw_exif_gets_a_thumbnail(shared):
    data = (shared / "corpus/formats/png/paris_icc_exif_xmp.png").read_bytes()
    assert max(pixels(render(data))) == THUMBNAIL_SIDE


def test_a_heic_photo_gets_a_thumbnail():
    assert max(pixels(render(fixture_bytes("heic/L_exif_xmp_iptc.heic")))) <= THUMBNAIL_SIDE


def test_an_image_that_cannot_be_decoded_keeps_no_thumbnail_and_stays_stored(cast):
    broken = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 20
    image = ingest_file(cast.case, cast.bob, "broken.jpg", broken).image
    assert not image.thumbnail
    assert image.file.open("rb").read() == broken


def test_a_decompression_bomb_is_not_decoded_for_a_thumbnail():
    assert render(png_header(30000, 30000)) is None


def test_an_image_over_the_decode_cap_gets_no_thumbnail(monkeypatch):
    monkeypatch.setattr(thumbnails, "MAX_THUMBNAIL_DECODE_PIXELS", 100 * 100)
    assert render(png(size=(101, 100))) is None
    assert render(png(size=(100, 100))) is not None


def test_making_it_again_replaces_the_old_one(cast, evidence_dir):
    image = ingest_file(cast.case, cast.bob, "a.jpg", jpeg()).image
    make_thumbnail(image)
    assert image.thumbnail.name == f"thumbnails/{cast.case.pk}/{image.sha256}.jpg"
    assert len(list((evidence_dir / "thumbnails").rglob("*.jpg"))) == 1


def test_a_member_gets_the_thumbnail_as_a_jpeg_that_is_never_sniffed(client, cast, stored_image):
    response = logged_in(client, cast.carol).get(reverse("cases:thumbnail", args=[cast.case.pk, stored_image.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"


def test_an_image_without_thumbnail_answers_404(client, cast):
    image = ingest_file(cast.case, cast.bob, "broken.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20).image
    response = logged_in(client, cast.alice).get(reverse("cases:thumbnail", args=[cast.case.pk, image.pk]))
    assert response.status_code == 404
