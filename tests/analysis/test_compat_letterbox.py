"""The original API's letterbox check: answered from a JPEG's first rows when they prove "no",
and always the answer of the full decode."""

import io
import random

import pytest
from PIL import Image

from analysis.compat import letterbox
from analysis.compat.letterbox import is_letterboxed


def _jpeg(image: Image.Image, **options) -> Image.Image:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, **options)
    return Image.open(io.BytesIO(out.getvalue()))


def _noise(size: tuple[int, int], amplitude: int, seed: int, block: int = 24) -> Image.Image:
    """Blocks of random grey within 128 +- ``amplitude``: coarse enough to survive the 1/8 draft scale."""
    rng = random.Random(seed)
    coarse = Image.new("L", (-(-size[0] // block), -(-size[1] // block)))
    coarse.putdata([rng.randint(128 - amplitude, 127 + amplitude) for _ in range(coarse.width * coarse.height)])
    return (
        coarse.resize((coarse.width * block, coarse.height * block), Image.Resampling.NEAREST)
        .crop((0, 0, *size))
        .convert("RGB")
    )


def _bars(size: tuple[int, int], bar: int, amplitude: int, seed: int, sides: bool) -> Image.Image:
    """Noise of ``amplitude`` with flat black bars ``bar`` pixels deep (top/bottom, or left/right)."""
    image = _noise(size, amplitude, seed)
    width, height = size
    for box in (
        ((0, 0, bar, height), (width - bar, 0, width, height))
        if sides
        else ((0, 0, width, bar), (0, height - bar, width, height))
    ):
        image.paste((0, 0, 0), box)
    return image


def _full_decode_answer(image: Image.Image, monkeypatch) -> bool:
    with monkeypatch.context() as patch:
        patch.setattr(letterbox, "_first_rows_say_no", lambda image: False)
        return is_letterboxed(image)


def test_a_busy_camera_jpeg_is_answered_without_the_full_decode(monkeypatch):
    photo = _jpeg(_noise((1600, 1200), 100, seed=1))
    decoded = []
    real_convert = Image.Image.convert
    monkeypatch.setattr(Image.Image, "convert", lambda self, *a, **k: decoded.append(1) or real_convert(self, *a, **k))
    assert is_letterboxed(photo) is False
    assert decoded == []


@pytest.mark.parametrize("sides", [False, True])
def test_a_letterboxed_jpeg_is_still_found(sides):
    assert is_letterboxed(_jpeg(_bars((1600, 1200), 320 if sides else 240, 100, seed=2, sides=sides))) is True


def test_a_truncated_jpeg_is_not_letterboxed():
    out = io.BytesIO()
    _bars((1600, 1200), 240, 100, seed=3, sides=False).save(out, "JPEG")
    data = out.getvalue()
    assert is_letterboxed(Image.open(io.BytesIO(data[: len(data) // 5]))) is False


@pytest.mark.parametrize("seed", range(24))
def test_the_first_rows_never_change_the_answer(seed, monkeypatch):
    # Near the thresholds: bars of any depth on either axis, noise near FLAT and BUSY, sizes that
    # draft-scale to odd heights; each answer must equal the full decode's.
    rng = random.Random(seed)
    size = (rng.randrange(100, 1400), rng.randrange(100, 1400))
    image = _bars(size, rng.randrange(0, size[0] // 3), rng.choice([4, 12, 20, 30, 60]), seed, rng.random() < 0.5)
    if rng.random() < 0.5:
        image.paste(
            _noise((size[0], size[1] // 7), rng.choice([3, 9, 14]), seed + 100, block=rng.choice([8, 24])), (0, 0)
        )
    options = {"subsampling": rng.choice([0, 1, 2])}
    assert is_letterboxed(_jpeg(image, **options)) == _full_decode_answer(_jpeg(image, **options), monkeypatch)
