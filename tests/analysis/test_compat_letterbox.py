"""The original API's letterbox check: a baseline JPEG is decoded once, a piece at a time, and
answered from its first rows when they prove "no"; always the answer of the full decode."""

import io
import random

import pytest
from PIL import Image, ImageStat

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
        patch.setattr(letterbox, "_decode_deciding", lambda image: None)
        return is_letterboxed(image, scans=1)


class _CountingDecoder:
    """Pillow's decoder, counting the bytes it consumes."""

    def __init__(self, decoder, consumed: list[int]):
        self._decoder, self._consumed = decoder, consumed

    def setimage(self, *args):
        return self._decoder.setimage(*args)

    def decode(self, data):
        consumed, error = self._decoder.decode(data)
        self._consumed.append(max(consumed, 0))
        return consumed, error

    def cleanup(self):
        return self._decoder.cleanup()


def _watch_decoding(monkeypatch) -> tuple[list[int], list[list[int]]]:
    """(an entry per full decode through Image.convert, the bytes each decoder consumed per call)."""
    converted, decoders = [], []
    real_decoder, real_convert = Image._getdecoder, Image.Image.convert

    def decoder(*args):
        decoders.append([])
        return _CountingDecoder(real_decoder(*args), decoders[-1])

    def convert(self, *args, **kwargs):
        converted.append(1)
        return real_convert(self, *args, **kwargs)

    monkeypatch.setattr(Image, "_getdecoder", decoder)
    monkeypatch.setattr(Image.Image, "convert", convert)
    return converted, decoders


def _jpeg_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def test_a_busy_camera_jpeg_is_answered_from_its_first_rows(monkeypatch):
    data = _jpeg_bytes(_noise((1600, 1200), 100, seed=1))
    converted, decoders = _watch_decoding(monkeypatch)
    assert is_letterboxed(Image.open(io.BytesIO(data)), scans=1) is False
    assert converted == []
    # One decoder, stopped near the 18 % of rows that prove the answer, far from the end.
    assert len(decoders) == 1
    assert 0 < sum(decoders[0]) < len(data) * 0.3


def test_a_jpeg_whose_top_is_flat_is_decoded_once_to_the_end(monkeypatch):
    # A flat sky over a busy scene: only the bottom rows can answer, from the same decode.
    image = _noise((1600, 1200), 100, seed=4)
    image.paste((90, 140, 200), (0, 0, 1600, 300))
    data = _jpeg_bytes(image)
    converted, decoders = _watch_decoding(monkeypatch)
    assert is_letterboxed(Image.open(io.BytesIO(data)), scans=1) is False
    assert converted == []
    assert len(decoders) == 1


@pytest.mark.parametrize("sides", [False, True])
def test_a_letterboxed_jpeg_is_still_found(sides):
    assert is_letterboxed(_jpeg(_bars((1600, 1200), 320 if sides else 240, 100, seed=2, sides=sides)), scans=1) is True


def test_a_truncated_jpeg_is_not_letterboxed():
    out = io.BytesIO()
    _bars((1600, 1200), 240, 100, seed=3, sides=False).save(out, "JPEG")
    data = out.getvalue()
    assert is_letterboxed(Image.open(io.BytesIO(data[: len(data) // 5])), scans=1) is False


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
    assert is_letterboxed(_jpeg(image, **options), scans=1) == _full_decode_answer(_jpeg(image, **options), monkeypatch)


@pytest.mark.parametrize("seed", range(8))
def test_the_spread_is_imagestats_to_the_bit(seed):
    rng = random.Random(seed)
    for _ in range(200):
        size = (rng.randrange(1, 120), rng.randrange(1, 120))
        image = Image.effect_noise(size, rng.choice([0.5, 3, 8, 30, 100]))
        box = (0, 0, *size)
        assert repr(letterbox._spread(image, box)) == repr(ImageStat.Stat(image.crop(box)).stddev[0])


def test_a_large_jpeg_of_several_scans_is_not_decoded(monkeypatch):
    # libjpeg would hold all of its coefficients, whatever the draft scale.
    data = _jpeg_bytes(_bars((2400, 1800), 360, 100, seed=5, sides=False))
    assert is_letterboxed(Image.open(io.BytesIO(data)), scans=1) is True
    converted, decoders = _watch_decoding(monkeypatch)
    assert is_letterboxed(Image.open(io.BytesIO(data)), scans=3) is False
    assert is_letterboxed(Image.open(io.BytesIO(data)), scans=None) is False
    assert (converted, decoders) == ([], [])


def test_the_api_adapter_gives_the_letterbox_check_the_scan_count(monkeypatch):
    from analysis import analyse
    from analysis.compat import response

    out = io.BytesIO()
    _noise((300, 200), 100, seed=6).save(out, "JPEG", progressive=True)
    report = analyse(out.getvalue())
    seen = []
    monkeypatch.setattr(response, "is_letterboxed", lambda image, scans: seen.append(scans) or False)
    response.extract_response(report, out.getvalue())
    assert seen == [report.sections["jpeg"]["scans"]]
    assert seen[0] > 1
