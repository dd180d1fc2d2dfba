"""Synthetic pictures for the pixel-forensics tests: photo-like scenes (smooth shading, shapes, sensor
noise) whose DCT coefficients fall off as a camera picture's do, and JPEG saves of them."""

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def scene(seed: int, size: tuple[int, int] = (768, 512)) -> Image.Image:
    """A photo-like RGB picture, different for each ``seed``."""
    rng = np.random.default_rng(seed)
    width, height = size
    y, x = np.mgrid[0:height, 0:width]
    base = 128 + 60 * np.sin(x / 37.0 + seed) * np.cos(y / 53.0) + 40 * np.sin((x + y) / 91.0 + seed)
    picture = Image.fromarray(np.clip(np.stack([base, base * 0.8 + 30, 255 - base * 0.7], -1), 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(picture)
    for _ in range(40):
        left, top = int(rng.integers(0, width)), int(rng.integers(0, height))
        box = [left, top, left + int(rng.integers(10, 120)), top + int(rng.integers(10, 120))]
        draw.ellipse(box, fill=tuple(int(v) for v in rng.integers(0, 255, 3)))
    noisy = np.asarray(picture.filter(ImageFilter.GaussianBlur(1.2)), np.float32) + rng.normal(0, 6, (height, width, 3))
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def jpeg_bytes(picture: Image.Image, quality: int, **options) -> bytes:
    """``picture`` saved as JPEG at ``quality`` (Pillow's options, e.g. ``exif=``)."""
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality, **options)
    return out.getvalue()


def decoded(data: bytes) -> Image.Image:
    """The RGB pixels of an encoded picture."""
    return Image.open(io.BytesIO(data)).convert("RGB")
