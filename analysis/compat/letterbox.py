"""Letterbox (uniform border) check of the original API, on a reduced decode.

The original converted the full image to grey, resized it to 100x100 and called it letterboxed
when the top and bottom 15-pixel bands (or the left and right ones) are flat (standard
deviation < 8) while the middle is not (> 15). Baseline JPEGs are decoded in draft mode (DCT
scaling to at least 100x100), so no full-size decode happens; progressive JPEGs and other
formats are decoded only when small.
"""

from PIL import Image, ImageStat

from ..limits import MAX_LETTERBOX_DECODE_PIXELS

SIDE = 100
BAND = 15
FLAT, BUSY = 8, 15


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
    def spread(box: tuple) -> float:
        return ImageStat.Stat(small.crop(box)).stddev[0]

    return spread(first) < FLAT and spread(second) < FLAT and spread(middle) > BUSY
