"""JPEG-specific pixel forensics: the quantisation tables as 8x8 grids, and evidence that the pixels were
JPEG-compressed before the last save (double compression).

Double compression is measured on the decoded luminance, not on the entropy-coded coefficients
(decoding those in pure Python is too slow): the 8x8 block DCT of the decoded Y plane gives back the
stored coefficients times the quantisation step, to within the decoder's rounding (about 0.3).

- Aligned (the grid kept its place): dividing the coefficients by the file's luminance step gives
  integers whose histogram, for one compression, falls off steadily from 1 outwards (a Laplacian).
  A first compression with a coarser step leaves periodic empty and doubled bins (the "double
  quantisation" artefact: J. Lukáš and J. Fridrich, "Estimation of Primary Quantization Matrix in
  Double Compressed JPEG Images", DFRWS 2003; A. Popescu and H. Farid, "Statistical Tools for
  Digital Forensics", IH 2004). The statistic is the share of the histogram that rises from one bin
  to the next, the median over low-frequency AC modes.
- Non-aligned (the picture was cropped between the two saves, so the first grid is shifted): at the
  first grid's shift the coefficients cluster on multiples of the first step, at other shifts they
  do not (T. Bianchi and A. Piva, "Detection of Nonaligned Double JPEG Compression Based on Integer
  Periodicity Maps", IEEE TIFS 2012). The statistic is how much more periodic the best shifted grid
  is than the median shift.

Either proves a re-save of JPEG pixels (an edit, a platform's re-encode, or a plain re-save); it
does not show an edit, nor what was edited. A first save at a finer quality than the last leaves
little trace, so absence proves nothing.
"""

from dataclasses import dataclass

import numpy as np
from PIL import Image

from ..result import Evidence, Finding, Severity
from .load import block_view, open_image

NAME = "jpeg_double_compression"

# Low-frequency AC modes (row, column) of the 8x8 DCT: they carry enough non-zero coefficients in any
# picture, and their first-save steps are large enough to leave gaps.
ALIGNED_MODES = ((0, 1), (1, 0), (1, 1), (0, 2), (2, 0), (1, 2), (2, 1), (2, 2), (0, 3), (3, 0))
NON_ALIGNED_MODES = ((0, 1), (1, 0), (1, 1), (0, 2), (2, 0))
# Histogram bins |n| = 1..30 in units of the last step; 0 is left out (it holds most coefficients
# whatever happened).
HISTOGRAM_BINS = 30
# A mode is used when its step is at least 2 (at 1 every integer is reachable and nothing can be seen)
# and it has this many non-zero coefficients.
MIN_STEP = 2
MIN_COEFFICIENTS = 500
# Candidate first-save steps for the shifted grids, and the region searched (a centred square, so
# the 64 shifts cost the same whatever the picture's size).
FIRST_STEPS = range(5, 41)
SHIFT_REGION = 512
# Full-size decoding is needed (the grid must stay where the encoder put it): refused beyond this
# many pixels (16.8 MP, about 50 MiB of YCbCr and 70 MiB of coefficients for the aligned test).
MAX_PIXELS = 4096 * 4096

# Thresholds, measured. Aligned: single saves of synthetic scenes at quality 60 and 90 score 0.005 at
# most and the 88 JPEGs of the shared exif-samples corpus 0.031 at most; a save at 60 then 90 on the
# same grid scores 0.92-0.93 (C2PA test files such as provenance/c2pa/CA.jpg 0.42-0.43). Shifted grid:
# single saves 0.07 at most, the exif-samples JPEGs 0.21 at most; 60 then 90 after a crop of (3, 5)
# pixels scores 0.31-0.41, 60 then 95 after (4, 4) 0.48-0.58; 75 then 90 leaves too little (missed).
ALIGNED_THRESHOLD = 0.3
NON_ALIGNED_THRESHOLD = 0.3

_DCT = np.array(
    [[np.sqrt((1 if k == 0 else 2) / 8) * np.cos((2 * n + 1) * k * np.pi / 16) for n in range(8)] for k in range(8)],
    dtype=np.float32,
)


@dataclass(frozen=True)
class QuantisationGrid:
    """One DQT table as an 8x8 grid (rows of the natural order): ``id`` (0-3, 0 is usually luminance),
    ``precision`` (8 or 16 bits) and ``grid`` (8 lists of 8 steps)."""

    id: int
    precision: int
    grid: list[list[int]]


@dataclass(frozen=True)
class DoubleCompression:
    """The result of :func:`double_compression`.

    ``aligned`` is the double-quantisation statistic (0-1; None when no mode had enough non-zero
    coefficients with a step of at least 2), ``non_aligned`` the shifted-grid excess (0-1) and
    ``shift`` the best shifted grid as (rows, columns) 0-7. ``detected`` lists which tests passed
    their threshold (``"aligned"``, ``"non_aligned"``); ``reason`` says why a test could not run.
    """

    aligned: float | None
    non_aligned: float | None
    shift: tuple[int, int] | None
    width: int
    height: int
    reason: str | None = None

    @property
    def detected(self) -> list[str]:
        found = []
        if self.aligned is not None and self.aligned > ALIGNED_THRESHOLD:
            found.append("aligned")
        if self.non_aligned is not None and self.non_aligned > NON_ALIGNED_THRESHOLD:
            found.append("non_aligned")
        return found

    def evidence(self) -> tuple[Evidence, ...]:
        """The statistics that passed their thresholds, each with its threshold."""
        places = {
            "aligned": Evidence(
                "JPEG luminance DCT histograms, same 8x8 grid",
                {"statistic": self.aligned, "threshold": ALIGNED_THRESHOLD},
            ),
            "non_aligned": Evidence(
                f"JPEG luminance DCT, 8x8 grid shifted by {self.shift} pixels (rows, columns)",
                {"statistic": self.non_aligned, "threshold": NON_ALIGNED_THRESHOLD},
            ),
        }
        return tuple(places[name] for name in self.detected)

    def finding(self) -> Finding | None:
        """A finding when a test passed its threshold, else None."""
        if not self.detected:
            return None
        return Finding(
            rule=NAME,
            severity=Severity.LOW,
            title="The pixels were JPEG-compressed before the last save",
            detail="The luminance DCT coefficients keep the trace of an earlier JPEG compression ("
            + " and ".join("on the same grid" if name == "aligned" else "on a shifted grid" for name in self.detected)
            + "): the picture was decoded and saved again as JPEG.",
            proves="The file is a re-save of an earlier JPEG (by an editor, a platform or a plain re-save); "
            "with a shifted grid, the picture was also cropped or shifted in between",
            does_not_prove="That the content was edited, or what; a camera original can be re-saved unchanged",
            evidence=self.evidence(),
        )

    def parameters(self) -> dict:
        """What was computed, JSON-able, for storage."""
        return {
            "method": "double_compression",
            "aligned": self.aligned,
            "aligned_threshold": ALIGNED_THRESHOLD,
            "non_aligned": self.non_aligned,
            "non_aligned_threshold": NON_ALIGNED_THRESHOLD,
            "shift": list(self.shift) if self.shift else None,
            "detected": self.detected,
            "reason": self.reason,
        }


def quantisation_grids(jpeg_section: dict) -> list[QuantisationGrid]:
    """The report's ``sections["jpeg"]["quantization_tables"]`` (64 values each, natural order) as 8x8
    grids; an empty list when there are none."""
    return [
        QuantisationGrid(table["id"], table["precision"], [table["values"][row * 8 : row * 8 + 8] for row in range(8)])
        for table in jpeg_section.get("quantization_tables") or []
        if len(table.get("values") or []) == 64
    ]


def double_compression(data: bytes) -> DoubleCompression | None:
    """Both double-compression statistics of the JPEG in ``data``, or None when it is not a JPEG.
    Decodes the luminance at full size (refused with a ``reason`` beyond :data:`MAX_PIXELS`);
    raises as :func:`analysis.pixels.load.open_image`. Memory: the Y plane as float32 and its DCT
    (about 8 bytes per pixel); the shifted-grid search uses a :data:`SHIFT_REGION` square.
    """
    image = open_image(data)
    if image.format != "JPEG":
        return None
    width, height = image.size
    if width * height > MAX_PIXELS:
        return DoubleCompression(None, None, None, width, height, f"larger than {MAX_PIXELS:,} pixels")
    steps = _luminance_steps(image)
    luma = _luminance(image)
    aligned = _aligned_statistic(luma, steps)
    non_aligned, shift = _shifted_grid_statistic(luma)
    reason = None if aligned is not None else "too few non-zero coefficients with a step of 2 or more"
    return DoubleCompression(aligned, non_aligned, shift, width, height, reason)


def _luminance_steps(image: Image.Image) -> np.ndarray:
    """The luminance component's quantisation table (natural order, as Pillow gives it) as 8x8."""
    table = image.layer[0][3] if getattr(image, "layer", None) else 0
    return np.array(image.quantization[table], dtype=np.float32).reshape(8, 8)


def _luminance(image: Image.Image) -> np.ndarray:
    """The decoded Y plane (float32, level-shifted by -128) as the decoder produced it: the colour
    conversion is skipped so no rounding is added."""
    if image.mode in ("RGB", "YCbCr"):
        image.draft("YCbCr", image.size)
    plane = image.getchannel(0) if image.mode == "YCbCr" else image.convert("L")
    return np.asarray(plane, dtype=np.float32) - 128


def _block_dct(luma: np.ndarray) -> np.ndarray:
    """The 8x8 DCT-II (orthonormal, as JPEG's) of every whole block: shape (rows, cols, 8, 8)."""
    return _DCT @ block_view(luma) @ _DCT.T


def _aligned_statistic(luma: np.ndarray, steps: np.ndarray) -> float | None:
    coefficients = _block_dct(luma)
    rises = []
    for row, col in ALIGNED_MODES:
        if steps[row, col] < MIN_STEP:
            continue
        levels = np.abs(np.rint(coefficients[..., row, col] / steps[row, col]).astype(np.int64))
        levels = levels[levels != 0]
        if levels.size < MIN_COEFFICIENTS:
            continue
        histogram = np.bincount(levels, minlength=HISTOGRAM_BINS + 1)[1 : HISTOGRAM_BINS + 1].astype(np.float64)
        rises.append(np.clip(np.diff(histogram), 0, None).sum() / histogram.sum())
    return round(float(np.median(rises)), 4) if rises else None


def _shifted_grid_statistic(luma: np.ndarray) -> tuple[float | None, tuple[int, int] | None]:
    height, width = luma.shape
    top = max(0, (height - SHIFT_REGION) // 2) // 8 * 8
    left = max(0, (width - SHIFT_REGION) // 2) // 8 * 8
    region = luma[top : top + SHIFT_REGION + 8, left : left + SHIFT_REGION + 8]
    periodicity = np.zeros((8, 8))
    for dy in range(8):
        for dx in range(8):
            coefficients = _block_dct(region[dy:, dx:])
            periodicity[dy, dx] = np.median([_periodicity(coefficients[..., r, c]) for r, c in NON_ALIGNED_MODES])
    # The unshifted grid is the last save's own: its coefficients are multiples of the last steps.
    periodicity[0, 0] = np.nan
    if np.isnan(periodicity).all() or not np.nanmax(periodicity):
        return None, None
    best = np.unravel_index(np.nanargmax(periodicity), periodicity.shape)
    excess = float(np.nanmax(periodicity) - np.nanmedian(periodicity))
    return round(excess, 4), (int(best[0]), int(best[1]))


def _periodicity(values: np.ndarray) -> float:
    """How strongly ``values`` cluster on the multiples of one step in :data:`FIRST_STEPS`: the largest
    |mean(exp(2 pi i v / q))| over the steps q. Values within q/2 of 0 are left out (they fit every
    step), and a step counts only when the values kept spread over more than one step (the smooth
    gradients of a graphic give the same value in every block, which fits every step)."""
    values = values.ravel()
    steps = np.array(FIRST_STEPS, dtype=np.float32)[:, None]
    kept = np.abs(values)[None, :] > steps / 2
    counts = np.maximum(kept.sum(axis=1), 1)
    angles = 2 * np.pi * values[None, :] / steps
    sums = np.hypot((np.cos(angles) * kept).sum(axis=1), (np.sin(angles) * kept).sum(axis=1))
    mean = (values * kept).sum(axis=1) / counts
    spread = np.sqrt(np.maximum((values**2 * kept).sum(axis=1) / counts - mean**2, 0))
    usable = (counts >= MIN_COEFFICIENTS // 2) & (spread > steps[:, 0])
    return float((sums[usable] / counts[usable]).max()) if usable.any() else 0.0
