"""Error level analysis (ELA): the picture against its own re-save at a known JPEG quality.

Source: N. Krawetz, "A Picture's Worth... Digital Image Analysis and Forensics" (Black Hat 2007),
as FotoForensics and Forensically show it. A region already compressed at this quality and grid
changes little when saved again; a region pasted from elsewhere (never compressed, compressed at
another quality, or off the 8x8 grid) changes more, so it stands out in the difference and in its
8x8 block statistics. Edges and fine texture also change more: ELA points where to look, it proves
nothing alone.
"""

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops

from .load import MAX_SIDE, block_view, display, working_image

# The qualities offered; 90 is FotoForensics' and Forensically's default.
QUALITIES = (75, 85, 90, 95)
DEFAULT_QUALITY = 90


@dataclass(frozen=True)
class ErrorLevels:
    """The result of :func:`error_level_analysis`.

    ``png``: the per-pixel absolute difference (RGB, 0-255) stretched so ``max_difference`` is
    white, ``width`` x ``height`` pixels (the working size; ``scale`` = working / stored width).
    ``block_max`` (uint8) and ``block_mean`` (float32) have one value per whole 8x8 block of the
    working picture, shape (height // 8, width // 8), from the largest channel difference of each
    pixel (0-255).
    """

    quality: int
    width: int
    height: int
    scale: float
    max_difference: int
    block_max: np.ndarray
    block_mean: np.ndarray
    png: bytes

    def parameters(self) -> dict:
        """What was computed, JSON-able, for storage beside the PNG."""
        return {
            "method": "ela",
            "quality": self.quality,
            "width": self.width,
            "height": self.height,
            "scale": self.scale,
            "max_side": MAX_SIDE,
            "max_difference": self.max_difference,
        }


def error_level_analysis(data: bytes, quality: int = DEFAULT_QUALITY) -> ErrorLevels:
    """ELA of the picture in ``data`` (JPEG, PNG, WebP, HEIC… anything Pillow decodes): its decoded
    RGB pixels re-saved as JPEG at ``quality`` (one of :data:`QUALITIES`, Pillow's default 4:2:0
    chroma subsampling), and the absolute difference. Works at most :data:`MAX_SIDE` on the longest
    side. Raises ``ValueError`` for another quality, and as :func:`analysis.pixels.load.working_image`
    (``LimitError`` over the decompression-bomb limit, ``MalformedDataError`` for undecodable data).
    Memory: about four RGB copies of the working picture.
    """
    if quality not in QUALITIES:
        raise ValueError(f"quality must be one of {QUALITIES}, not {quality!r}")
    working = working_image(data)
    resaved = io.BytesIO()
    working.image.save(resaved, "JPEG", quality=quality)
    with Image.open(resaved) as again:
        difference = np.asarray(ImageChops.difference(working.image, again.convert("RGB")))
    strongest = difference.max(axis=2)
    blocks = block_view(strongest)
    return ErrorLevels(
        quality=quality,
        width=working.image.width,
        height=working.image.height,
        scale=working.scale,
        max_difference=int(strongest.max()),
        block_max=blocks.max(axis=(2, 3)).astype(np.uint8),
        block_mean=blocks.mean(axis=(2, 3), dtype=np.float32),
        png=display(difference),
    )
