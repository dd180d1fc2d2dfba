"""The engine's contract: bytes in, a Report out, never an exception for bad input."""

import io
import zlib

import pytest
from PIL import Image

from analysis import analyse, engine
from analysis.compat.letterbox import is_letterboxed
from analysis.errors import NotAnImageError
from tests.builders import ASCII, RATIONAL, exif_tiff, jpeg, png, png_chunk, png_header
from tests.conftest import extract, fixture_bytes


def test_it_detects_the_type_from_content_not_filename():
    report = analyse(png(), filename="holiday.jpg")
    assert (report.file.type, report.file.mime) == ("PNG", "image/png")
    assert report.image.format == "PNG"


def test_it_hashes_the_exact_bytes():
    data = jpeg()
    file = analyse(data).file
    assert file.size == len(data)
    assert len(file.md5) == 32 and len(file.sha1) == 40 and len(file.sha256) == 64


def test_it_reads_heic():
    out = extract(fixture_bytes("heic/L_exif_xmp_iptc.heic"))
    assert out["file"]["type"] == "HEIC"
    assert out["format"] == "HEIF"
    assert out["Make"] == "SONY"
    assert out["analysis"]["verdict"] in {"camera_photo", "edited"}


def test_it_reads_avif():
    out = extract(fixture_bytes("avif/paris_icc_exif_xmp.avif"))
    assert (out["file"]["type"], out["file"]["mime"]) == ("AVIF", "image/avif")
    assert (out["width"], out["height"]) == (403, 302)


def test_unknown_content_is_not_an_image():
    report = analyse(b"%PDF-1.7 not an image at all")
    assert report.error_kind == "not_an_image"
    assert report.image is None
    with pytest.raises(NotAnImageError):
        analyse(b"hello", strict=True)


def test_a_recognised_but_broken_file_is_malformed():
    report = analyse(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    assert report.error_kind == "malformed"
    assert "PNG" in report.error


def test_truncated_jpeg_header_is_malformed_not_an_exception():
    report = analyse(jpeg()[:30])
    assert report.error_kind == "malformed"


def test_a_decompression_bomb_is_read_from_its_header_and_never_decoded(monkeypatch):
    data = png_header(200_000, 200_000, png_chunk(b"IDAT", zlib.compress(b"\x00" * 1024)))
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self.size))
    report = analyse(data, strict=True)
    assert report.error is None and decoded == []
    assert (report.image.width, report.image.pixels_refused) == (200_000, True)
    assert any(w.group == "Pixels" and "decompression-bomb limit" in w.message for w in report.warnings)


def _claiming(data: bytes, width: int, height: int, marker: bytes = b"\xff\xc0") -> bytes:
    """``data`` (a JPEG) with its frame header claiming ``width`` x ``height`` pixels."""
    data = bytearray(data)
    sof = data.index(marker)
    data[sof + 5 : sof + 9] = height.to_bytes(2, "big") + width.to_bytes(2, "big")
    return bytes(data)


def test_a_100_megapixel_photo_keeps_its_metadata_gps_and_reading():
    gps = [
        (1, ASCII, "N"),
        (2, RATIONAL, [(52, 1), (30, 1), (0, 1)]),
        (3, ASCII, "E"),
        (4, RATIONAL, [(13, 1), (0, 1), (0, 1)]),
    ]
    exif = exif_tiff([(0x010F, ASCII, "Hasselblad"), (0x0110, ASCII, "Hasselblad X2D 100C")], gps=gps)
    report = analyse(_claiming(jpeg(exif), 11656, 8742), "B0000001.JPG", strict=True)
    assert report.error is None
    assert report.image.pixels_refused and report.tag("GPS", "GPSLatitude") == 52.5
    assert report.rules_run and report.summary.startswith("Recorded as taken with a Hasselblad X2D 100C")
    assert "exceed the decompression-bomb limit" in next(w.message for w in report.warnings if w.group == "Pixels")


def test_the_old_apis_keys_for_a_photo_over_the_limit_come_without_decoding(monkeypatch):
    decoded = []
    monkeypatch.setattr(Image.Image, "convert", lambda self, *a, **k: decoded.append(1))
    exif = exif_tiff([(0x010F, ASCII, "Hasselblad"), (0x0110, ASCII, "X2D")])
    out = extract(_claiming(jpeg(exif), 11656, 8742))
    assert (out["width"], out["Make"], out["analysis"]["verdict"]) == (11656, "Hasselblad", "camera_photo")
    assert decoded == []


def test_it_never_decodes_pixels_of_a_large_png(monkeypatch):
    data = png((4000, 3000))
    calls = []
    monkeypatch.setattr(Image.Image, "load", lambda self: calls.append(self.size))
    analyse(data)
    assert calls == []


def test_a_pixel_decode_failure_is_not_letterboxed():
    # Pillow raises EOFError (not OSError) decoding some truncated HEIC files.
    class Broken:
        format, width, height = "HEIF", 10, 10

        def convert(self, mode):
            raise EOFError("truncated")

    assert is_letterboxed(Broken(), scans=None) is False


def test_an_unexpected_engine_failure_is_a_report_error_and_later_stages_still_run(monkeypatch):
    monkeypatch.setattr(engine, "find_software", lambda report: 1 / 0)
    report = analyse(jpeg(exif_tiff([(0x010F, ASCII, "Canon"), (0x0110, ASCII, "Canon EOS 40D")])))
    assert report.error_kind == "malformed"
    assert "ZeroDivisionError" in report.error
    assert report.rules_run is not None and report.summary.startswith("Recorded as taken with a Canon EOS 40D")


def test_a_file_pillow_refuses_still_gets_metadata_and_a_reading():
    # A JPEG whose EXIF is intact but whose frame header is cut off: Pillow cannot open it.
    data = jpeg(exif_tiff([(0x010F, ASCII, "Canon"), (0x0110, ASCII, "Canon EOS 40D")]))
    cut = data[: data.index(b"\xff\xdb")]
    report = analyse(cut, strict=True)
    assert report.error is None and report.image is None
    assert any(w.group == "Pixels" and "metadata and reading are complete" in w.message for w in report.warnings)
    assert report.tag("IFD0", "Model") == "Canon EOS 40D"
    assert report.rules_run is not None
    assert "Canon EOS 40D" in report.summary


def _progressive_jpeg_claiming(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("CMYK", (8, 8)).save(out, "JPEG", progressive=True, subsampling=0)
    return _claiming(out.getvalue(), width, height, b"\xff\xc2")


def test_a_large_progressive_jpeg_is_not_decoded_for_the_letterbox_check(monkeypatch):
    # A 700-byte progressive JPEG claiming 9450 x 9450 made libjpeg allocate ~700 MB at any
    # draft scale; such files are now judged without decoding.
    decoded = []
    monkeypatch.setattr(Image.Image, "convert", lambda self, *a, **k: decoded.append(1))
    report = analyse(_progressive_jpeg_claiming(9450, 9450))
    assert report.image.width == 9450
    assert decoded == []


def test_error_messages_name_no_object_addresses():
    for data in (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xd9"):
        report = analyse(data)
        assert report.error_kind == "malformed"
        assert "0x" not in report.error and "BytesIO" not in report.error and "'MPO'" not in report.error
