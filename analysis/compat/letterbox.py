"""Letterbox (uniform border) check of the original API, on a reduced decode.

The original converted the full image to grey, resized it to 100x100 and called it letterboxed
when the top and bottom 15-pixel bands (or the left and right ones) are flat (standard
deviation < 8) while the middle is not (> 15). Baseline JPEGs are decoded in draft mode (DCT
scaling to at least 100x100), so no full-size decode happens; progressive JPEGs and other
formats are decoded only when small.

A baseline JPEG is decoded once, a piece of its stream at a time (:func:`_decode_deciding`): most
camera photos are answered "no" from their first rows (entropy decoding is most of the cost, and
a photo's top band and left or right edge are rarely flat), and the rest go on to the end of the
same decode.
"""

import math
from operator import mul

from PIL import Image

from ..limits import MAX_LETTERBOX_DECODE_PIXELS

SIDE = 100
BAND = 15
FLAT, BUSY = 8, 15
# Bytes of a baseline JPEG fed to its decoder at a time, as a share of the file: small enough not
# to decode far past the rows that decide, large enough to keep the calls few.
FEED_SHARE = 0.04
MIN_FEED_BYTES = 4096
# Decoded rows, in percent of the draft-scaled height, after which "no" is tried: the first rows
# answer 60 % of camera photos, a few more rows most of the others (measured on 299 baseline
# JPEGs of the shared corpus, ExifTool's and metadata-extractor's test images).
TRY_AT_PERCENT = (18, 24, 32, 44, 56)
# Pillow's BICUBIC filter support, in input pixels per output pixel (Resample.c, bicubic_filter).
BICUBIC_SUPPORT = 2.0


def is_letterboxed(image: Image.Image, *, scans: int | None) -> bool:
    """True when ``image`` shows flat borders around a busy middle; False also when it cannot
    be decoded (truncated data) or is too large to decode without draft mode. ``scans`` is the
    number of scans of a JPEG (the report's ``jpeg`` section), None when unknown."""
    # libjpeg keeps the whole coefficient buffer of a JPEG of several scans (progressive, or
    # baseline with its components in separate scans) whatever the draft scale: hundreds of MB
    # for a crafted 700-byte file. Only a single-scan JPEG decodes cheaply.
    cheap = image.format in ("JPEG", "MPO") and scans == 1 and not image.info.get("progressive")
    try:
        if not cheap and image.width * image.height > MAX_LETTERBOX_DECODE_PIXELS:
            return False
        if image.format in ("JPEG", "MPO"):
            image.draft("L", (SIDE, SIDE))
            if cheap:
                decided = _decode_deciding(image)
                if decided is not None:
                    return decided
        # Palette images go through RGBA: the grey values are the same, and Pillow does not
        # warn about palette transparency on every such file.
        source = image.convert("RGBA") if image.mode == "P" else image
        small = source.convert("L").resize((SIDE, SIDE))
    except Exception:  # any decode failure (Pillow raises EOFError, OSError, ...) means "no"
        return False
    return _letterboxed(small)


def _letterboxed(small: Image.Image) -> bool:
    if _flat_around(small, (0, 0, SIDE, BAND), (0, SIDE - BAND, SIDE, SIDE), (0, BAND, SIDE, SIDE - BAND)):
        return True
    return _flat_around(small, (0, 0, BAND, SIDE), (SIDE - BAND, 0, SIDE, SIDE), (BAND, 0, SIDE - BAND, SIDE))


def _flat_around(small: Image.Image, first: tuple, second: tuple, middle: tuple) -> bool:
    return _spread(small, first) < FLAT and _spread(small, second) < FLAT and _spread(small, middle) > BUSY


LEVELS = range(256)
SQUARES = [level * level for level in LEVELS]


def _spread(small: Image.Image, box: tuple) -> float:
    """The standard deviation of the grey levels in ``box``, as ``ImageStat.Stat(...).stddev[0]``
    computes it (the same integer sums, the same float operations, so the same bits), with the
    sums taken in C rather than in ImageStat's Python loops."""
    histogram = small.crop(box).histogram()
    count = sum(histogram)
    if not count:
        return 0.0
    total = sum(map(mul, histogram, LEVELS))
    return math.sqrt((sum(map(mul, histogram, SQUARES)) - total**2 / count) / count)


def _decode_deciding(image: Image.Image) -> bool | None:
    """The answer for a draft-scaled baseline JPEG, decoding no further than it needs; None when
    this decode cannot give it (not a single grey JPEG tile, or a stream that is damaged or ends
    early: the caller then decodes as Pillow's ``load`` does, which raises for those).

    The stream goes to Pillow's decoder a piece at a time, as ``ImageFile.load`` feeds it, into a
    zeroed image; a row holding any non-zero pixel has been decoded, and so has every row above
    it. After each piece that reaches the next of :data:`TRY_AT_PERCENT`, :func:`_rows_say_no`
    tries to prove the answer false from the rows so far; the full image, when the decode ends,
    is the one ``load`` gives.
    """
    if image.mode != "L" or image.height < SIDE or len(image.tile) != 1 or image.tile[0][0] != "jpeg":
        return None
    codec, extents, offset, args = image.tile[0]
    data = image.fp.getvalue()  # the BytesIO's own bytes, not a copy
    feed = max(MIN_FEED_BYTES, int(len(data) * FEED_SHARE))
    tries = [math.ceil(image.height * percent / 100) for percent in TRY_AT_PERCENT]
    partial = Image.new("L", image.size)
    decoder = Image._getdecoder(image.mode, codec, args, image.decoderconfig)
    position = fed = offset
    with memoryview(data) as view:
        try:
            decoder.setimage(partial.im, extents)
            while True:
                fed = min(len(data), fed + feed)
                consumed, error = decoder.decode(view[position:fed])
                if consumed < 0:  # the decoder finished: all rows, or an error
                    break
                position += consumed
                if fed == len(data):
                    return None  # truncated
                reached = 0
                while tries and _row_decoded(partial, tries[0] - 1):
                    reached = tries.pop(0)
                if reached:
                    verdict = _rows_say_no(partial, reached)
                    if verdict:
                        return False
                    if verdict is False:
                        tries.clear()  # the top band is flat: only the whole image can answer
        finally:
            decoder.cleanup()
    return None if error < 0 else _letterboxed(partial.resize((SIDE, SIDE)))


def _row_decoded(partial: Image.Image, row: int) -> bool:
    return partial.crop((0, row, partial.width, row + 1)).getbbox() is not None


def _rows_say_no(partial: Image.Image, rows: int) -> bool | None:
    """Whether the first ``rows`` decoded rows of ``partial`` prove the full check false: True
    when they do; False when they never can (the top band is exactly known and flat); None when
    more rows may.

    The top band's spread is exact when the 100x100 rows it covers depend only on decoded rows;
    a side band's spread over all 100 rows is at least sqrt(k / 100) times its spread over its
    first k rows (the variance of a whole is at least each part's share of the part's variance),
    so a busy start of the left or right edge rules the side check out too.
    """
    exact = _exact_output_rows(partial.height, rows)
    if exact < BAND:
        return None
    small = partial.resize((SIDE, SIDE))
    if _spread(small, (0, 0, SIDE, BAND)) < FLAT:
        return False
    share = math.sqrt(exact / SIDE)
    # A hair above FLAT: the bound is exact arithmetic, the spreads are floating point.
    if any(_spread(small, box) * share >= FLAT + 1e-6 for box in ((0, 0, BAND, exact), (SIDE - BAND, 0, SIDE, exact))):
        return True
    return None


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
