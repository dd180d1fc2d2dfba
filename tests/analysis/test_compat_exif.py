"""The original API's flat EXIF keys and gps, read by our bounded walker (no piexif parsing)."""

import json
import struct
import time

import piexif
import pytest

from tests.builders import ASCII, LONG, RATIONAL, SHORT, UNDEFINED, exif_tiff, jpeg
from tests.conftest import extract

GPS_SW = [
    (1, ASCII, "S"),
    (2, RATIONAL, [(33, 1), (51, 1), (3456, 100)]),
    (3, ASCII, "W"),
    (4, RATIONAL, [(151, 1), (12, 1), (0, 0)]),  # zero denominator counts as 0
]


def test_it_gives_signed_decimal_degrees_for_south_and_west():
    data = jpeg(exif_tiff([(0x010F, ASCII, "Canon")], gps=GPS_SW))
    gps = extract(data)["gps"]
    assert gps["latitude"] == pytest.approx(-(33 + 51 / 60 + 34.56 / 3600), abs=1e-12)
    assert gps["longitude"] == pytest.approx(-(151 + 12 / 60), abs=1e-12)


@pytest.mark.parametrize("order", ["<", ">"])
def test_it_reads_both_byte_orders(order):
    data = jpeg(exif_tiff([(0x010F, ASCII, "Canon"), (0x0112, SHORT, [6])], gps=GPS_SW, order=order))
    out = extract(data)
    assert (out["Make"], out["Orientation"]) == ("Canon", 6)
    assert out["gps"]["latitude"] < 0


def test_it_omits_gps_without_both_refs():
    gps = [entry for entry in GPS_SW if entry[0] != 3]
    assert "gps" not in extract(jpeg(exif_tiff([], gps=gps)), strict=False)


def test_it_renders_values_as_the_original_did():
    exif = [(0x829D, RATIONAL, [(71, 10)]), (0x9000, UNDEFINED, b"0231"), (0x8827, SHORT, [100])]
    out = extract(jpeg(exif_tiff([(0x0110, ASCII, "EOS")], exif=exif)))
    assert out["FNumber"] == "(71, 10)"
    assert out["ExifVersion"] == "0231"
    assert out["ISOSpeedRatings"] == 100
    assert out["Model"] == "EOS"
    assert isinstance(out["ExifTag"], int)


def test_it_never_hands_the_bytes_to_piexif(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("piexif.load must not parse uploads")

    monkeypatch.setattr(piexif, "load", refuse)
    assert extract(jpeg(exif_tiff([(0x010F, ASCII, "Canon")])))["Make"] == "Canon"


def test_crafted_counts_cannot_hang_or_allocate():
    # Counts of four billion for BYTE and SHORT pointing past the end: piexif would build a
    # 4-GB struct format; we drop the tags with a warning in well under a second.
    damaged = [
        (0x0100, 1, 0xFFFFFFFF, b"\x08\x00\x00\x00"),
        (0x0101, SHORT, 0xFFFFFFFF, b"\x08\x00\x00\x00"),
        (0x010F, ASCII, 0xFFFFFFFF, b"\x08\x00\x00\x00"),
        (0x0110, ASCII, "ok"),
    ]
    started = time.perf_counter()
    out = extract(jpeg(exif_tiff(damaged)))
    assert time.perf_counter() - started < 1.0
    assert out["Model"] == "ok"
    assert "ImageWidth" not in out and "ImageLength" not in out
    assert any("0x0100" in w["message"] for w in out["warnings"])


def test_an_exif_pointer_loop_is_read_once():
    # IFD0's ExifTag points back at IFD0 itself.
    tiff = exif_tiff([(0x010F, ASCII, "Canon"), (0x8769, LONG, [8])])
    out = extract(jpeg(tiff))
    assert out["Make"] == "Canon"


def test_a_truncated_exif_block_keeps_what_is_readable():
    tiff = exif_tiff([(0x010F, ASCII, "Cam"), (0x0110, ASCII, "EOS")])
    out = extract(jpeg(tiff[: 8 + 2 + 12 + 5]))  # cut inside entry 2
    assert out["Make"] == "Cam"
    assert "Model" not in out
    assert any("cut off" in w["message"] for w in out["warnings"])


def test_non_finite_floats_become_text_so_the_json_stays_valid():
    nan, inf = struct.pack("<f", float("nan")), struct.pack("<f", float("-inf"))
    exif = [(0x9400, 11, 1, nan), (0x9401, 11, 1, inf)]
    out = extract(jpeg(exif_tiff([(0x010F, ASCII, "X")], exif=exif)))
    assert (out["Temperature"], out["Humidity"]) == ("NaN", "-Inf")
    json.dumps(out, allow_nan=False)
