"""Noise residual: the picture minus its median filter, as Forensically's "noise analysis" shows it.

The median filter removes the sensor and compression noise but keeps edges, so the residual is the
noise alone. A region pasted from another picture, smoothed by an edit or synthesised often has
visibly different noise from its surroundings; the residual shows where, it does not say why.
"""

from dataclasses import dataclass

import numpy as np
from PIL import ImageChops, ImageFilter

from .load import MAX_SIDE, display, working_image

# 3x3 is the smallest median that removes single-pixel noise and keeps edges (Forensically's default).
MEDIAN_SIZE = 3


@dataclass(frozen=True)
class NoiseResidual:
    """The result of :func:`noise_residual`: ``png`` is |picture - median(picture)| per RGB channel,
    stretched so ``max_residual`` (0-255) is white, ``width`` x ``height`` pixels at ``scale``
    (working / stored width); ``mean_residual`` is the mean over pixels and channels (0-255)."""

    width: int
    height: int
    scale: float
    max_residual: int
    mean_residual: float
    png: bytes

    def parameters(self) -> dict:
        """What was computed, JSON-able, for storage beside the PNG."""
        return {
            "method": "noise_residual",
            "median_size": MEDIAN_SIZE,
            "width": self.width,
            "height": self.height,
            "scale": self.scale,
            "max_side": MAX_SIDE,
            "max_residual": self.max_residual,
            "mean_residual": self.mean_residual,
        }


def noise_residual(data: bytes) -> NoiseResidual:
    """The noise residual of the picture in ``data`` (any format Pillow decodes), at most
    :data:`MAX_SIDE` on the longest side. Raises as :func:`analysis.pixels.load.working_image`.
    Memory: about three RGB copies of the working picture."""
    working = working_image(data)
    residual = np.asarray(
        ImageChops.difference(working.image, working.image.filter(ImageFilter.MedianFilter(MEDIAN_SIZE)))
    )
    return NoiseResidual(
        width=working.image.width,
        height=working.image.height,
        scale=working.scale,
        max_residual=int(residual.max()),
        mean_residual=round(float(residual.mean()), 3),
        png=display(residual),
    )
