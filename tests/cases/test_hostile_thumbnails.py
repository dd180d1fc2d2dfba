"""Thumbnails of hostile images stay within the decode cap: a progressive JPEG, which libjpeg
holds in memory at full size whatever the scale it is drawn at, counts at its full size."""

import io

from PIL import Image

from cases import thumbnails
from cases.thumbnails import render

SIDE = 1280  # drawn at 1/4 scale, 320x320, in draft mode


def jpeg(*, progressive: bool) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (SIDE, SIDE), (120, 80, 40)).save(out, "JPEG", progressive=progressive)
    return out.getvalue()


def test_a_progressive_jpeg_over_the_decode_cap_gets_no_thumbnail(monkeypatch):
    monkeypatch.setattr(thumbnails, "MAX_THUMBNAIL_DECODE_PIXELS", 400 * 400)
    assert render(jpeg(progressive=False)) is not None  # a baseline JPEG is decoded at 320x320
    assert render(jpeg(progressive=True)) is None
