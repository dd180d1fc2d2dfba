"""Letterbox (uniform border) check of the original API, on a reduced decode.

The original converted the full image to grey, resized it to 100x100 and called it letterboxed
when the top and bottom 15-pixel bands (or the left and right ones) are flat (standard
deviation < 8) while the middle is not (> 15). Baseline JPEGs are decoded in draft mode (DCT
scaling to at least 100x100), so no full-size decode happens; progressive JPEGs and other
formats are decoded only when small.

Most camera photos are answered from their first rows alone (:func:`_first_rows_say_no`): entropy
decoding is most of the cost, and a photo's top band and left or right edge are rarely flat.
"""

import math

from PIL import Image, ImageStat

from ..limits import MAX_LETTERBOX_DECODE_PIXELS

SIDE = 100
BAND = 15
FLAT, BUSY = 8, 15
# Share of a draft-scaled JPEG's rows decoded before the full decode (measured on the shared
# corpus's camera JPEGs: 86 % of them are answered from 30 % of their rows).
FIRST_ROWS_SHARE = 0.3
# Pillow's BICUBIC filter support, in input pixels per output pixel (Resample.c, bicubic_filter).
BICUBIC_SUPPORT = 2.0


def is_letterboxed(image: Image.Image) -> bool:
    """True when ``image`` shows flat borders around a busy middle; False also when it cannot
    be decoded (truncated data) or is too large to decode without draft mode."""
    # libjpeg keeps a progressive JPEG's whole coefficient buffer whatever the draft scale
    # (hundreds of MB for a crafted 700-byte file), so only baseline JPEGs decode cheaply.
    cheap = image.format in ("JPEG", "MPO") and not image.info.get("progressive")
    try:
        if not cheap and image.width * image.height > MAX_LETTERBOX_DECODE_PIXELS:
            return False
        if image.format in ("JPEG", "MPO"):
            image.draft("L", (SIDE, SIDE))
            if cheap and _first_rows_say_no(image):
                return False
        # Palette images go through RGBA: the grey values are the same, and Pillow does not
        # warn about palette transparency on every such file.
        source = image.convert("RGBA") if image.mode == "P" else image
        small = source.convert("L").resize((SIDE, SIDE))
    except Exception:  # any decode failure (Pillow raises EOFError, OSError, ...) means "no"
        return False
    if _flat_around(small, (0, 0, SIDE, BAND), (0, SIDE - BAND, SIDE, SIDE), (0, BAND, SIDE, SIDE - BAND)):
        return True
    return _flat_around(small, (0, 0, BAND, SIDE), (SIDE - BAND, 0, SIDE, SIDE), (BAND, 0, SIDE - BAND, SIDE))


def _flat_around(small: Image.Image, first: tuple, second: tuple, middle: tuple) -> bool:
    return _spread(small, first) < FLAT and _spread(small, second) < FLAT and _spread(small, middle) > BUSY


def _spread(small: Image.Image, box: tuple) -> float:
    return ImageStat.Stat(small.crop(box)).stddev[0]


def _first_rows_say_no(image: Image.Image) -> bool:
    """True when the first rows of a draft-scaled baseline JPEG already prove the full check
    false; False means "decode it all" (never a wrong "no").

    The top band's spread is exact when the 100x100 rows it covers depend only on decoded rows;
    a side band's spread over all 100 rows is at least sqrt(k / 100) times its spread over its
    first k rows (the variance of a whole is at least each part's share of the part's variance),
    so a busy start of the left or right edge rules the side check out too.
    """
    if image.mode != "L" or image.height < SIDE or len(image.tile) != 1 or image.tile[0][0] != "jpeg":
        return False
    codec, _, offset, args = image.tile[0]
    rows = math.ceil(image.height * FIRST_ROWS_SHARE)
    exact = _exact_output_rows(image.height, rows)
    if exact < BAND:
        return False
    image.fp.seek(offset)
    data = image.fp.read()
    partial = Image.new("L", image.size)
    # Pillow's decoder, told the image is `rows` high, stops after them: libjpeg then refuses to
    # finish (too few scanlines read), which is the point, so its error code is not looked at.
    # A stream that ends first leaves the decoder waiting for data (n >= 0): no proof then.
    decoder = Image._getdecoder(image.mode, codec, args, image.decoderconfig)
    try:
        decoder.setimage(partial.im, (0, 0, image.width, rows))
        consumed, _ = decoder.decode(data)
    finally:
        decoder.cleanup()
    if consumed >= 0:
        return False
    small = partial.resize((SIDE, SIDE))
    if _spread(small, (0, 0, SIDE, BAND)) < FLAT:
        return False
    share = math.sqrt(exact / SIDE)
    # A hair above FLAT: the bound is exact arithmetic, the spreads are floating point.
    return any(
        _spread(small, box) * share >= FLAT + 1e-6 for box in ((0, 0, BAND, exact), (SIDE - BAND, 0, SIDE, exact))
    )


def _exact_output_rows(height: int, rows: int) -> int:
    """How many leading rows of ``resize((SIDE, SIDE))`` of a ``height``-row image depend only on
    its first ``rows`` rows. Pillow's resampling takes output row y from input rows up to
    int(center + support + 0.5), center = (y + 0.5) * height / SIDE, support = 2 * max(1,
    height / SIDE) for BICUBIC (Resample.c, precompute_coeffs)."""
    scale = height / SIDE
    support = BICUBIC_SUPPORT * max(scale, 1.0)
    exact = 0
    while exact < SIDE and min(int((exact + 0.5) * scale + support + 0.5), height) <= rows:
        exact += 1
    return exact
