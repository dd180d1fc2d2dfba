"""Pixel forensics: what the decoded pixels show, computed on demand (never in the analysis pipeline,
which stays header-only). Bytes in, typed results out; every step refuses pictures over Pillow's
decompression-bomb limit and works at a bounded size (:data:`MAX_SIDE`) stated in its result.

- :func:`error_level_analysis`: ELA image and its 8x8 block statistics.
- :func:`embedded_images`: thumbnails and previews, decoded and compared with the picture.
- :func:`quantisation_grids`, :func:`double_compression`: JPEG tables and re-save evidence.
- :func:`noise_residual`: the picture minus its median filter.
- :func:`perceptual_hashes`, :func:`hamming`, :func:`near_duplicates`: finding the picture again.
"""

from .ela import QUALITIES, ErrorLevels, error_level_analysis
from .embedded import Comparison, EmbeddedImage, embedded_images
from .hashes import PerceptualHashes, hamming, near_duplicates, perceptual_hashes
from .jpeg import DoubleCompression, QuantisationGrid, double_compression, quantisation_grids
from .load import MAX_SIDE
from .noise import NoiseResidual, noise_residual

# Version of the pixel steps, stored with every derived image: bump when a method or threshold changes.
PIXELS_VERSION = "1"

__all__ = [
    "MAX_SIDE",
    "PIXELS_VERSION",
    "QUALITIES",
    "Comparison",
    "DoubleCompression",
    "EmbeddedImage",
    "ErrorLevels",
    "NoiseResidual",
    "PerceptualHashes",
    "QuantisationGrid",
    "double_compression",
    "embedded_images",
    "error_level_analysis",
    "hamming",
    "near_duplicates",
    "noise_residual",
    "perceptual_hashes",
    "quantisation_grids",
]
