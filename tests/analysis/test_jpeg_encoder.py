"""The JPEG encoder fingerprint: ExifTool's JPEGDigest and its match, the family and the quality.

Every pinned digest and match below was read with ExifTool 12.57 here (``exiftool -n -JPEGDigest`` and
``exiftool -JPEGDigest``) on the same bytes.
"""

import io

import pytest
from PIL import Image

from analysis import analyse
from analysis.derived.jpeg_digests import DIGESTS
from analysis.derived.jpeg_encoder import FAMILIES
from bench.make_jpeg_digests import read_table
from tests.builders import segment
from tests.conftest import fixture_bytes

IJG = "Independent JPEG Group library (used by many applications)"
IJG_75 = "2851eea5e15f1b977c1496a77c884b4f"


def encoder(data: bytes, *, strict: bool = True) -> dict | None:
    return analyse(data, "image.jpg", strict=strict).sections["jpeg"].get("encoder")


def pillow_jpeg(mode: str = "RGB", **save) -> bytes:
    out = io.BytesIO()
    Image.new(mode, (32, 32), 90).save(out, "JPEG", **save)
    return out.getvalue()


def dqt_segments(data: bytes) -> tuple[int, int]:
    """Offsets of the first two DQT segments of ``data`` (Pillow writes one per table)."""
    first = data.index(b"\xff\xdb")
    second = data.index(b"\xff\xdb", first + 2)
    return first, second


def end_of(data: bytes, offset: int) -> int:
    return offset + 2 + int.from_bytes(data[offset + 2 : offset + 4], "big")


@pytest.mark.parametrize(
    ("path", "digest", "match", "family", "quality"),
    [
        ("jpg/Canon_40D.jpg", "b55f27c368f119f25957c8e0036b27f8", f"{IJG}, Quality 65", "ijg", 65),
        ("jpg/gps/DSCN0010.jpg", "1bcf31bfce8460043bb1465121d8eeb1:211111", None, "ijg_scaled", 84),
        ("jpg/gps/DSCN0021.jpg", "75d8c97961d941cd35708313b87577c1:211111", None, "ijg_scaled", 87),
        ("c2pa/C.jpg", IJG_75, f"{IJG}, Quality 75", "ijg", 75),
    ],
)
def test_digest_and_match_equal_exiftools_on_the_fixtures(path, digest, match, family, quality):
    assert encoder(fixture_bytes(path)) == {"family": family, "quality": quality, "digest": digest, "match": match}


@pytest.mark.parametrize(
    ("path", "digest", "match", "family", "quality"),
    [
        # Photoshop CS2 "Save As" quality 0 (Photoshop:PhotoshopQuality 0, Software Adobe Photoshop CS2).
        (
            "exif-samples/jpg/xmp/BlueSquare.jpg",
            "683506a889c78d9bc230a0c7ee5f62f3:221111",
            "Adobe Photoshop, Quality 0",
            "photoshop",
            0,
        ),
        # Photoshop 21.1 quality 12 (Photoshop:PhotoshopQuality 12): 4:4:4 tables.
        (
            "provenance/c2pa/cloud.jpg",
            "5379e0133d4439b6f7c7039fc7f7734f:111111",
            "Adobe Photoshop, Quality 12",
            "photoshop",
            12,
        ),
        # Ducky:Quality 70%, XMP-xmp:CreatorTool Adobe Photoshop CS5.
        (
            "exif-samples/jpg/orientation/landscape_1.jpg",
            "240fffe5f8e2d8f3345b8175f9cb0a40:111111",
            "Adobe Photoshop, Save for web, Quality 70",
            "photoshop_save_for_web",
            70,
        ),
        (
            "provenance/c2pa/cloud-only-firefly.jpg",
            "5c508e529d045b6f0c800e29ba2d6ab5:111111",
            "Adobe Lightroom, Quality 77% - 84%",
            "lightroom",
            None,
        ),
        # A Canon PowerShot original (IFD0:Make Canon).
        (
            "exif-samples/jpg/hdr/canon_hdr_NO.jpg",
            "0147c5088beb16642f9754f8671f13b3:211111",
            "Canon PowerShot, Fine",
            "camera",
            None,
        ),
        ("exif-samples/jpg/hdr/iphone_hdr_NO.jpg", "58d4d9dcbbfd83dd638613e8b242e0ed:221111", None, "custom", None),
    ],
)
def test_digest_and_match_equal_exiftools_on_corpus_files(shared, path, digest, match, family, quality):
    result = encoder((shared / "corpus" / path).read_bytes())
    assert result == {"family": family, "quality": quality, "digest": digest, "match": match}


def test_a_greyscale_file_has_no_digest_as_in_exiftool(shared):
    # ExifTool computes JPEGDigest only when the first SOF has three components.
    assert encoder((shared / "corpus/origin/flickr/concert.jpg").read_bytes()) == {
        "family": "ijg_scaled",
        "quality": 90,
        "digest": None,
        "match": None,
    }


def test_pillow_at_quality_75_is_the_ijg_family_at_75():
    assert encoder(pillow_jpeg(quality=75)) == {
        "family": "ijg",
        "quality": 75,
        "digest": IJG_75,
        "match": f"{IJG}, Quality 75",
    }


def test_the_ijg_digest_does_not_depend_on_subsampling():
    assert encoder(pillow_jpeg(quality=75, subsampling=0))["digest"] == IJG_75


def test_an_alternative_in_the_description_gives_no_quality():
    assert encoder(pillow_jpeg(quality=1)) == {
        "family": "ijg",
        "quality": None,
        "digest": "f83c5bc303fa1f74265863c2c6844edf",
        "match": f"{IJG}, Quality 0 or 1",
    }


def test_pillow_with_custom_tables_is_custom_and_the_digest_carries_the_subsampling():
    assert encoder(pillow_jpeg(qtables=[[2] * 64, [3] * 64])) == {
        "family": "custom",
        "quality": None,
        "digest": "56fc922b4e29dd7f0bc3c132f5e03d6e:221111",
        "match": None,
    }


def test_a_greyscale_ijg_file_is_ijg_scaled_without_a_digest():
    assert encoder(pillow_jpeg("L", quality=75)) == {
        "family": "ijg_scaled",
        "quality": 75,
        "digest": None,
        "match": None,
    }


def test_tables_are_digested_in_index_order_not_file_order():
    data = pillow_jpeg(quality=75)
    first, second = dqt_segments(data)
    swapped = data[:first] + data[second : end_of(data, second)] + data[first:second] + data[end_of(data, second) :]
    assert encoder(swapped)["digest"] == IJG_75


def test_a_segment_holding_two_tables_is_digested_whole_under_its_first_index():
    # The IJG quality-75 tables in one DQT segment: ExifTool knows that digest as QuickTime's.
    data = pillow_jpeg(quality=75)
    first, second = dqt_segments(data)
    merged = segment(0xDB, data[first + 4 : second] + data[second + 4 : end_of(data, second)])
    assert encoder(data[:first] + merged + data[end_of(data, second) :]) == {
        "family": "apple_quicktime",
        "quality": None,
        "digest": "e66c03f97b19213f385136f014c78ac1:221111",
        "match": "Apple QuickTime, Quality 466-467 (46%)",
    }


def test_a_later_table_of_the_same_index_replaces_the_earlier():
    data = pillow_jpeg(quality=75)
    end = end_of(data, dqt_segments(data)[1])
    replaced = data[:end] + segment(0xDB, b"\x00" + bytes([7] * 64)) + data[end:]
    assert encoder(replaced)["digest"] == "ba5d0cc265eec0358d23e8e5d74f03ca:221111"


def test_a_table_after_the_first_scan_is_not_digested():
    data = pillow_jpeg(quality=75)
    assert encoder(data[:-2] + segment(0xDB, b"\x00" + bytes([7] * 64)) + data[-2:])["digest"] == IJG_75


def test_a_payload_perl_reads_as_false_is_skipped():
    # A one-byte DQT payload "0" (table 0) replaces the luminance table and is then skipped by
    # JPEGDigest.pm's `next unless $dat`. Pillow cannot open the damaged file, hence not strict.
    data = pillow_jpeg(quality=75)
    end = end_of(data, dqt_segments(data)[1])
    damaged = data[:end] + segment(0xDB, b"0") + data[end:]
    assert encoder(damaged, strict=False)["digest"] == "0ccab5367a4a1a6b9d4f5dc5b1b6da3f:221111"


def test_every_table_row_starts_with_exactly_one_family_prefix():
    unclassified = {
        description
        for description in DIGESTS.values()
        if sum(description.startswith(prefix) for prefix in FAMILIES) != 1
    }
    assert not unclassified


def test_the_generator_reads_exiftools_hash_with_perl_semantics():
    # Comments are skipped and, of a digest listed twice, the later row wins (as in ExifTool).
    table = """my %PrintConv = ( #JD
    # a comment
    '683506a889c78d9bc230a0c7ee5f62f3:221111' => 'Adobe Lightroom, Quality 0% - 7%',

    '683506a889c78d9bc230a0c7ee5f62f3:221111' => 'Adobe Photoshop, Quality 0',
  # 'Independent JPEG Group library (used by many applications), Quality 91' => 'Apple Aperture Quality 6',
);
"""
    assert read_table(table) == {"683506a889c78d9bc230a0c7ee5f62f3:221111": "Adobe Photoshop, Quality 0"}


def test_the_generator_stops_at_a_row_it_cannot_read():
    with pytest.raises(ValueError, match="unexpected line"):
        read_table("my %PrintConv = (\n    'aa' => 'not a digest',\n);\n")
