"""Perceptual hashes and near-duplicates (analysis.pixels.hashes)."""

import io

import pytest
from PIL import Image

from analysis.pixels import hamming, near_duplicates, perceptual_hashes
from analysis.pixels.hashes import NEAR_DUPLICATE
from tests.analysis.pixel_scenes import decoded, jpeg_bytes, scene


def test_two_reencodes_of_one_picture_are_near_duplicates():
    picture = scene(1)
    first = perceptual_hashes(jpeg_bytes(picture, 95))
    smaller = decoded(jpeg_bytes(picture, 60)).resize((384, 256))
    out = io.BytesIO()
    smaller.save(out, "WEBP", quality=70)
    second = perceptual_hashes(out.getvalue())
    distances = near_duplicates(first, second)
    assert distances is not None
    assert distances["phash"] <= NEAR_DUPLICATE["phash"] and distances["dhash"] <= NEAR_DUPLICATE["dhash"]


def test_two_different_pictures_are_not_near_duplicates():
    first, second = (perceptual_hashes(jpeg_bytes(scene(seed), 90)) for seed in (1, 2))
    assert near_duplicates(first, second) is None
    assert hamming(first.phash, second.phash) > 2 * NEAR_DUPLICATE["phash"]


def test_hashes_are_hex_of_their_stated_sizes():
    hashes = perceptual_hashes(jpeg_bytes(scene(1, (128, 96)), 90))
    assert (len(hashes.phash), len(hashes.dhash), len(hashes.colorhash)) == (16, 16, 11)
    assert set(hashes.to_dict()) == {"phash", "dhash", "colorhash"}


def test_hamming_counts_differing_bits_and_refuses_hashes_of_different_sizes():
    assert hamming("ff00", "0f01") == 5
    with pytest.raises(ValueError, match="lengths"):
        hamming("ff", "ff00")


def test_flat_pictures_are_never_near_duplicates_of_each_other():
    def flat(colour, size) -> bytes:
        out = io.BytesIO()
        Image.new("RGB", size, colour).save(out, "PNG")
        return out.getvalue()

    one, other = perceptual_hashes(flat((10, 10, 10), (1, 1))), perceptual_hashes(flat((200, 30, 30), (8, 8)))
    assert hamming(one.phash, other.phash) <= 1  # they hash alike ...
    assert near_duplicates(one, other) is None  # ... which proves nothing
