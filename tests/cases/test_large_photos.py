"""Photos over Pillow's decompression-bomb limit: their metadata, GPS and reading are kept; only the
steps that decode pixels (the thumbnail) are skipped, and the report says so."""

from django.urls import reverse

from cases.ingest import ingest_file
from cases.models import EvidenceImage
from tests.builders import ASCII, RATIONAL, exif_tiff, jpeg
from tests.helpers import logged_in

GPS = [
    (1, ASCII, "N"),
    (2, RATIONAL, [(52, 1), (30, 1), (0, 1)]),
    (3, ASCII, "E"),
    (4, RATIONAL, [(13, 1), (0, 1), (0, 1)]),
]


def medium_format_photo() -> bytes:
    """A JPEG whose frame header claims 11656 x 8742 pixels (102 MP), with camera EXIF and GPS."""
    data = bytearray(jpeg(exif_tiff([(0x010F, ASCII, "Hasselblad"), (0x0110, ASCII, "X2D 100C")], gps=GPS)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = (8742).to_bytes(2, "big") + (11656).to_bytes(2, "big")
    return bytes(data)


def test_a_100_megapixel_photo_is_read_without_a_thumbnail(client, cast, evidence_dir):
    image = ingest_file(cast.case, cast.bob, "B0000001.JPG", medium_format_photo()).image
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.DONE and not image.thumbnail
    report = image.latest_analysis.report
    assert report["image"]["pixels_refused"] is True
    assert report["metadata"]["GPS"]["GPSLatitude"] == 52.5
    assert report["analysis"]["rules_run"]
    html = logged_in(client, cast.carol).get(reverse("cases:image", args=[cast.case.pk, image.pk])).content.decode()
    assert "exceed the decompression-bomb limit" in html and "the pixels are not decoded" in html


def test_a_jpeg_pillow_cannot_open_but_whose_metadata_was_read_is_done_not_failed(cast):
    data = jpeg(exif_tiff([(0x010F, ASCII, "Canon"), (0x0110, ASCII, "Canon EOS 40D")]))
    image = ingest_file(cast.case, cast.bob, "truncated.jpg", data[: data.index(b"\xff\xdb")]).image
    image.refresh_from_db()
    assert image.status == EvidenceImage.Status.DONE and image.error == ""
    report = image.latest_analysis.report
    assert report["image"] is None and any(w["group"] == "Pixels" for w in report["warnings"])
