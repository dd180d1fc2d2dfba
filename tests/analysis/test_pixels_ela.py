"""Error level analysis and the noise residual (analysis.pixels.ela, analysis.pixels.noise)."""

import io

import numpy as np
import pytest
from PIL import Image

from analysis.errors import LimitError, MalformedDataError
from analysis.pixels import MAX_SIDE, error_level_analysis, noise_residual
from tests.analysis.pixel_scenes import decoded, jpeg_bytes, scene

# The pasted region, in pixels and in whole 8x8 blocks (rows, columns).
PASTE = (200, 136, 392, 296)
PASTE_BLOCKS = (slice(136 // 8, 296 // 8), slice(200 // 8, 392 // 8))


def pasted_jpeg() -> bytes:
    """A JPEG saved at quality 60, a region of another picture that was never compressed pasted into
    it, and the whole exported at quality 95 (as an editor does)."""
    background = decoded(jpeg_bytes(scene(1), 60))
    background.paste(scene(2).crop((3, 5, 3 + 192, 5 + 160)), PASTE[:2])
    return jpeg_bytes(background, 95)


def inside_and_outside(blocks: np.ndarray) -> tuple[float, float]:
    mask = np.zeros(blocks.shape, bool)
    mask[PASTE_BLOCKS] = True
    return float(blocks[mask].mean()), float(blocks[~mask].mean())


def test_the_pasted_region_has_higher_error_levels_than_the_rest():
    result = error_level_analysis(pasted_jpeg())
    inside, outside = inside_and_outside(result.block_mean)
    assert inside > 3 * outside
    inside_max, outside_max = inside_and_outside(result.block_max.astype(np.float32))
    assert inside_max > 3 * outside_max


def test_block_statistics_cover_every_whole_8x8_block_and_the_png_has_the_picture_size():
    result = error_level_analysis(jpeg_bytes(scene(3, (100, 60)), 90))
    assert result.block_mean.shape == result.block_max.shape == (60 // 8, 100 // 8)
    with Image.open(io.BytesIO(result.png)) as png:
        assert (png.format, png.size) == ("PNG", (100, 60))
    assert (result.quality, result.scale, result.parameters()["method"]) == (90, 1.0, "ela")
    assert result.max_difference == int(result.block_max.max())


@pytest.mark.parametrize("kind", ["PNG", "WEBP", "HEIF"])
def test_it_works_on_the_decoded_pixels_of_other_formats(kind):
    import analysis  # noqa: F401  (registers the HEIF opener)

    out = io.BytesIO()
    scene(4, (96, 64)).save(out, kind, **({"quality": 90} if kind != "PNG" else {}))
    result = error_level_analysis(out.getvalue(), quality=85)
    assert result.block_mean.shape == (8, 12)
    assert result.max_difference > 0


def test_it_refuses_a_quality_that_is_not_offered():
    with pytest.raises(ValueError, match="quality"):
        error_level_analysis(jpeg_bytes(scene(1, (32, 32)), 90), quality=50)


def test_it_refuses_a_picture_over_the_decompression_bomb_limit(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(LimitError, match="decompression-bomb"):
        error_level_analysis(jpeg_bytes(scene(1, (64, 32)), 90))


def test_a_large_picture_is_worked_on_at_the_bounded_size_and_says_so():
    big = Image.new("RGB", (MAX_SIDE * 2, 64), (90, 120, 150))
    result = error_level_analysis(jpeg_bytes(big, 90))
    assert (result.width, result.height) == (MAX_SIDE, 32)
    assert result.scale == 0.5


def test_the_noise_residual_shows_where_the_noise_differs():
    picture = np.full((64, 128, 3), 128, np.uint8)
    picture[:, 64:] += np.random.default_rng(0).integers(0, 40, (64, 64, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(picture).save(out, "PNG")
    result = noise_residual(out.getvalue())
    residual = np.asarray(Image.open(io.BytesIO(result.png)))
    assert residual[:, :60].max() == 0
    assert residual[:, 68:].mean() > 20
    assert result.max_residual > 0 and result.parameters()["median_size"] == 3


def test_a_truncated_picture_is_refused_as_malformed():
    data = jpeg_bytes(scene(1, (256, 256)), 90)
    with pytest.raises(MalformedDataError):
        error_level_analysis(data[: len(data) // 3])
